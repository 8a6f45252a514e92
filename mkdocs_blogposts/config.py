"""The plugin's options, validated by MkDocs' own config machinery."""

from __future__ import annotations

import posixpath

from mkdocs.config import base
from mkdocs.config import config_options as c

from .dates import DEFAULT_DATE_FORMATS
from .excerpts import MORE_SEPARATOR


class _PositiveInt(c.Type[int]):
    """An integer of at least 1."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if isinstance(number, bool) or number < 1:
            raise base.ValidationError(f"Expected a whole number of at least 1, got {value!r}")
        return number


class _DocsFolder(c.Type[str]):
    """A folder inside the docs folder, written with forward slashes; '' is the docs root."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value).replace("\\", "/").strip("/")
        folder = posixpath.normpath(text) if text else ""
        if folder == ".":
            folder = ""
        if folder == ".." or folder.startswith("../"):
            raise base.ValidationError(f"Expected a folder inside docs_dir, got {value!r}")
        return folder


class BlogpostsConfig(base.Config):
    """Options of the `blogposts` plugin in `mkdocs.yml`."""

    posts_dir = _DocsFolder("posts")
    """Folder of posts, relative to `docs_dir`. Every Markdown file below it is a post, except
    an `index.md` directly inside it (that stays an ordinary page)."""

    authors: c.Optional[str] = c.Optional(c.Type(str))
    """Authors registry relative to `docs_dir`: a YAML file (`slug: {name, avatar, bio, url}`,
    optionally under a top-level `authors:` key as in Material) or a folder of `<slug>.md`
    profiles. Unset: the first of `authors.yml`, `.authors.yml`, `authors/` that exists. It
    may lie outside `docs_dir` (`../authors.yml`); it is then watched by `mkdocs serve`."""

    blog_dir = _DocsFolder("blog")
    """Where the generated index pages go: `blog/`, `blog/category/…`, `blog/featured/`."""

    date_formats = c.ListOfItems(c.Type(str), default=list(DEFAULT_DATE_FORMATS))
    """`strptime` formats tried in order for string dates. YAML dates and ISO 8601 date-times
    are always accepted; a date no format matches is a warning, never a guess."""

    posts_per_page = _PositiveInt(10)
    """Posts per page of the blog index, each category and the featured page."""

    featured_on_index = c.Type(int, default=3)
    """How many featured posts stand out at the top of the blog index (0: none)."""

    blog_title = c.Type(str, default="Blog")
    """Title of the blog index page, of its link in the navigation and of its tab."""

    categories_title = c.Type(str, default="Categories")
    """Title of the page listing every category."""

    featured_title = c.Type(str, default="Featured")
    """Title of the featured posts page."""

    reading_time = c.Type(bool, default=True)
    """Show the estimated reading time in bylines and cards."""

    words_per_minute = _PositiveInt(200)
    """Reading speed used for the reading time."""

    excerpt_separator = c.Type(str, default=MORE_SEPARATOR)
    """Marker ending a post's excerpt; without it the excerpt is the first paragraph (and a
    `description` in the front matter always wins)."""

    date_format = c.Type(str, default="long")
    """Babel date format for displayed dates: `short`, `medium`, `long`, `full` or a pattern
    such as `d MMM y`. The locale is the theme's language."""

    locale: c.Optional[str] = c.Optional(c.Type(str))
    """Locale for dates (e.g. `fr`, `pt_BR`); default: the theme's `language`/`locale`."""
