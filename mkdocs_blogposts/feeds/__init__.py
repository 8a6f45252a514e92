"""Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog and for each category, tag
and author. `plan` decides which feeds exist and which posts each holds; `entries` turns
posts into the entries every format shares; `rss_atom` (through ElementTree) and `jsonfeed`
write them. Nothing here imports MkDocs: `BlogSite` hands in the catalog, the
absolute URLs and the posts' HTML, and writes the bytes into the site."""
