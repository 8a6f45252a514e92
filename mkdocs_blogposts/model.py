"""The blog's value objects: immutable, identified by slug or docs path, free of MkDocs.

They use `__slots__`: a blog holds several per post for the whole build, and without a
`__dict__` each is smaller and one object less for the garbage collector to walk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ImageRef:
    """An image a post or author points to: a file inside docs, or an http(s) URL."""

    target: str
    """Docs-relative path (`posts/images/a.png`) when `external` is false, else the URL."""
    external: bool = False


@dataclass(frozen=True, slots=True)
class Author:
    """An entry of the authors registry, looked up by the slug posts name in `author(s)`."""

    slug: str
    name: str
    avatar: ImageRef | None = None
    bio: str = ""
    """Markdown (a profile file's body) or plain text (a YAML `bio`/`description`)."""
    url: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    """(label, URL) pairs, in the order the registry gives them."""
    email: str | None = None
    """From the registry's `email`: feeds name the author by it (RSS `<author>`)."""
    title: str | None = None
    """What they do (Docusaurus' `title`, e.g. "Editor"), shown beside their name."""


@dataclass(frozen=True, slots=True)
class Category:
    """A category, one per slug: labels differing only in case or spacing are the same one."""

    slug: str
    label: str
    """The label as written (for a catalog's category: the spelling most posts use)."""


@dataclass(frozen=True, slots=True)
class Post:
    """What the blog knows of one post, read from its front matter before any page renders."""

    src_uri: str
    """Docs-relative path with forward slashes, e.g. `posts/ai-generated-artwork.md`; identity."""
    title: str
    date: dt.datetime | None
    """Publication time; None when the front matter has no valid date (then left out of lists)."""
    updated: dt.datetime | None = None
    """When the post was last changed (`updated:`), if given, valid and not before `date`."""
    author_slugs: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    tags: tuple[Category, ...] = ()
    """The post's tags: a second taxonomy beside categories, with the same slug rules."""
    featured: bool = False
    draft: bool = False
    """`draft: true`: not published by `mkdocs build` (see `publishing`)."""
    image: ImageRef | None = None
    image_alt: str | None = None
    description: str | None = None
    reading_minutes: int = 1
    date_zone: dt.tzinfo | None = None
    """The offset written with the date (`+02:00`), if any: feeds and metadata keep it;
    `date` itself is the wall-clock time as written."""
    updated_zone: dt.tzinfo | None = None
    slug: str | None = None
    """`slug:` from the front matter: the last part of the post's URL with `post_url`."""
    file_slug: str = ""
    """The file's name without a leading date (Jekyll, Docusaurus) or extension."""
    title_slug: str = ""
    """`slug`, else the title made a URL slug (Material's default post URL)."""
    unlisted: bool = False
    """Docusaurus' `unlisted: true`: its page is built, no listing or feed shows it."""
    expires: dt.datetime | None = None
    """Hugo's `expiryDate`: unpublished once the build is later."""
    links: tuple[tuple[str | None, str], ...] = ()
    """Material's `links`: (title or None, target) shown as related links below the post."""
    excerpt_separator: str | None = None
    """Jekyll's per-post `excerpt_separator`."""
    inline_authors: tuple[Author, ...] = ()
    """Authors the post describes itself (Docusaurus' inline objects, an Astro display
    name), for the ones the registry lacks."""
    categories_line: int | None = field(default=None, compare=False)
    """Line of the `categories` field in the post's file, for warnings about a category
    found only once every post is read (two labels sharing a slug); not part of the value."""
    unread_keys: tuple[str, ...] = field(default=(), compare=False)
    """Keys other blog tools read that blogposts does not (`permalink`, `aliases`), named
    once per build with what to do instead (see `dialects.fields.UNHONOURED_KEYS`)."""
    links_line: int | None = field(default=None, compare=False)
    """Line of the `links` field, for warnings about a link found only with the site's files."""
    tags_line: int | None = field(default=None, compare=False)
    """Line of the `tags` field, for the same warnings about tags."""
