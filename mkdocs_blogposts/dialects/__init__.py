"""Readers of other blog tools' conventions (Jekyll, Hugo, Docusaurus, Astro, Material for
MkDocs): what their posts' paths and front matter mean, so posts written for them keep their
dates and slugs here. Like the blog layer, no module here imports MkDocs."""
