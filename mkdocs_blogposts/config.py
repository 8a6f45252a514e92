"""The plugin's options, validated by MkDocs' own config machinery."""

from __future__ import annotations

import datetime as dt
import posixpath
import zoneinfo
from collections.abc import Mapping

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import PATTERN_CHARS, format_date
from mkdocs.config import base
from mkdocs.config import config_options as c

from .dates import DEFAULT_DATE_FORMATS, date_format_problem
from .dialects.fields import FIELD_NAMES
from .dialects.post_urls import post_url_problem
from .excerpts import MORE_SEPARATOR
from .feeds.plan import FORMATS
from .labels import Label, problem_with

DATE_FORMAT_NAMES = ("short", "medium", "long", "full")
"""Babel's named date formats; anything else in `date_format` is a CLDR pattern."""

_DATE_FIELDS = frozenset("GyYuQqMLwWdDFgEec")
"""CLDR pattern letters about the day itself; the others in Babel's `PATTERN_CHARS` are
about the time of day or the time zone, which a post's date doesn't have."""


def locale_name(name: str) -> str | None:
    """The name Babel gives the locale `name` (`pt-BR` and `pt_BR` -> `pt_BR`, the deprecated
    `sh` -> `sr_Latn`), or None if Babel doesn't know it."""
    identifier = name.replace("-", "_")
    aliases: Mapping[str, str] = get_global("language_aliases")
    for candidate in (identifier, aliases.get(identifier)):
        if not candidate:
            continue
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            continue
    return None


class _WholeNumber(c.Type[int]):
    """An integer of at least `minimum` (YAML's `true` is not a number)."""

    def __init__(self, default: int, *, minimum: int) -> None:
        super().__init__(int, default=default)
        self.minimum = minimum

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if isinstance(number, bool) or number < self.minimum:
            raise base.ValidationError(
                f"Expected a whole number of at least {self.minimum}, got {value!r}"
            )
        return number


class _BabelLocale(c.BaseConfigOption[str]):
    """A locale Babel has data for, stored under Babel's name for it (`pt-BR` -> `pt_BR`)."""

    def run_validation(self, value: object) -> str:
        name = locale_name(value) if isinstance(value, str) else None
        if name is None:
            hint = " (YAML reads an unquoted no as false: write 'no')" if value is False else ""
            raise base.ValidationError(
                f"Expected a locale Babel knows, such as 'fr', 'de_CH' or 'pt-BR', "
                f"got {value!r}{hint}"
            )
        return name


class _Labels(c.BaseConfigOption[dict[str, Label]]):
    """Labels that replace the catalogue's: `newer: Previous`, or a text per plural
    category for a label with a `{count}` (`reading_time: {one: ..., other: ...}`)."""

    def __init__(self) -> None:
        super().__init__()
        self.default = {}

    def run_validation(self, value: object) -> dict[str, Label]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise base.ValidationError(
                f"Expected a mapping of label names to texts, such as "
                f"{{newer: Previous}}, got {value!r}"
            )
        for key, text in value.items():
            problem = problem_with(str(key), text)
            if problem is not None:
                raise base.ValidationError(problem)
        return {str(key): text for key, text in value.items()}


class _FeedFormats(c.BaseConfigOption[list[str]]):
    """Which feed formats to write: `true` (all), `false` (none) or a list of them."""

    def run_validation(self, value: object) -> list[str]:
        if value is True:
            return list(FORMATS)
        if value is False:
            return []
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(item in FORMATS for item in value):
            return [fmt for fmt in FORMATS if fmt in value]
        raise base.ValidationError(
            f"Expected true, false or a list of {', '.join(FORMATS)}, got {value!r}"
        )


class _TimeZone(c.Type[str]):
    """An IANA time zone name (`Europe/Berlin`) or `UTC`."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        name = super().run_validation(value)
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise base.ValidationError(
                f"Expected an IANA time zone such as 'UTC', 'Europe/Berlin' or "
                f"'America/New_York', got {value!r}"
            ) from None
        return name


class _StrptimeFormat(c.BaseConfigOption[str]):
    """A `strptime` format that reads a whole date: day, month and year."""

    def run_validation(self, value: object) -> str:
        if isinstance(value, str):
            problem = date_format_problem(value)
            if problem is None:
                return value
        else:
            problem = "not a string"
        raise base.ValidationError(
            "Expected strptime formats with a day, month and year, such as "
            f"'%m/%d/%Y' or '%Y-%m-%d', got {value!r} ({problem})"
        )


class _BabelDateFormat(c.Type[str]):
    """A Babel date format: one of `DATE_FORMAT_NAMES` or a CLDR pattern of date fields."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        pattern = super().run_validation(value)
        problem = _date_pattern_problem(pattern)
        if problem is not None:
            raise base.ValidationError(
                f"Expected {', '.join(DATE_FORMAT_NAMES)} or a CLDR date pattern "
                f"like 'd MMM y', got {pattern!r} ({problem})"
            )
        return pattern


def _date_pattern_problem(pattern: str) -> str | None:
    """Why Babel can't show a post's date with `pattern`, or None if it can.

    Babel itself prints unknown letters as they are (`Long` -> `8on2459437`), an unclosed
    quote as nothing, and fails only at the first date on a time field (`zzzz`); CLDR
    reserves every ASCII letter for fields and wants literal text in quotes, so this does too.
    """
    if pattern in DATE_FORMAT_NAMES:
        return None
    if pattern.lower() in DATE_FORMAT_NAMES:
        return "the names are lower case"
    if "%" in pattern:
        return "a strftime format; those go in date_formats"
    runs: list[str] = []  # unquoted letters, a run of one letter per field: d, MMM, y
    quoted = False
    for char in pattern:
        if char == "'":
            quoted = not quoted  # '' (a literal quote) closes and reopens
            runs.append("")
        elif quoted or not (char.isascii() and char.isalpha()):
            runs.append("")
        elif runs and runs[-1][-1:] == char:
            runs[-1] += char
        else:
            runs.append(char)
    if quoted:
        return "a quote is not closed"
    letters = [run for run in runs if run]
    for run in letters:
        if run[0] not in PATTERN_CHARS:
            return f"{run[0]!r} is not a pattern letter; put literal text in quotes: d 'de' MMMM"
        if run[0] not in _DATE_FIELDS:
            return f"{run!r} is not a date field"
    if not letters:
        return "it shows no part of the date"
    try:
        format_date(dt.date(2021, 8, 10), format=pattern, locale="en")
    except ValueError as error:  # a field too long: 'ddddd'
        return str(error)
    return None


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


class _UrlSegment(c.Type[str]):
    """One folder name of a URL: lower-case letters, digits, `-` and `_`."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        segment = super().run_validation(value)
        if not segment or not all(char in _SEGMENT_CHARS for char in segment):
            raise base.ValidationError(
                f"Expected one URL folder name of lower-case letters, digits, '-' or '_' "
                f"such as 'author' or 'people', got {value!r}"
            )
        if segment in _RESERVED_SEGMENTS:
            raise base.ValidationError(
                f"{value!r} is a folder the blog's other pages use "
                f"({', '.join(sorted(_RESERVED_SEGMENTS))}); choose another, such as 'people'"
            )
        return segment


class _FieldKeys(c.BaseConfigOption[dict[str, list[str]]]):
    """`field: [key, ...]` for the fields of `dialects.fields`; anything else is an error
    naming the fields."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, list[str]] = {}

    def run_validation(self, value: object) -> dict[str, list[str]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise c.ValidationError(
                f"expected a mapping of field -> keys, e.g. {{image: [banner]}}; got {value!r}"
            )
        fields: dict[str, list[str]] = {}
        for name, keys in value.items():
            if name not in FIELD_NAMES:
                raise c.ValidationError(
                    f"unknown field {name!r}; the fields are {', '.join(FIELD_NAMES)}"
                )
            items = [keys] if isinstance(keys, str) else keys
            if not isinstance(items, list) or not all(
                isinstance(k, str) and k.strip() for k in items
            ):
                raise c.ValidationError(
                    f"{name}: expected a key or a list of keys (text); got {keys!r}"
                )
            fields[str(name)] = [k.strip() for k in items]
        return fields


class _PostUrl(c.Type[str]):
    """A `post_url` pattern: known placeholders only, a relative path."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        pattern = super().run_validation(value).strip().strip("/")
        problem = post_url_problem(pattern)
        if problem:
            raise c.ValidationError(problem)
        return pattern


_SEGMENT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")
_RESERVED_SEGMENTS = frozenset({"archive", "category", "featured", "index", "page", "tag"})
"""The folders of the blog's other listings (see `listings.Layout`): author pages there
would replace theirs. `index` too: the authors overview `blog/index.md` would replace the
blog index."""


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

    posts_in_nav = c.Type(bool, default=False)
    """Leave posts in the site's navigation, for a hand-made one (`nav:` or mkdocs-awesome-nav's
    `.nav.yml`) that places them. Off: MkDocs' automatic navigation shows one "Blog" link,
    not a section of every post (a post listed in `nav:` is shown either way)."""

    blog_dir = _DocsFolder("blog")
    """Where the generated index pages go: `blog/`, `blog/category/…`, `blog/featured/`."""

    date_formats = c.ListOfItems(_StrptimeFormat(), default=list(DEFAULT_DATE_FORMATS))
    """`strptime` formats tried in order for string dates. YAML dates and ISO 8601 date-times
    are always accepted; a date no format matches is a warning, never a guess. Each format
    must read a day, a month and a year (`%Y-%j` and `%y` do): `%Y-%m` or `%H:%M` would give
    every post a made-up day, so they are refused, like directives `strptime` doesn't know."""

    posts_per_page = _WholeNumber(24, minimum=1)
    """Post cards per page of the blog index and the featured page. 24 fills a grid of 2, 3
    or 4 columns, whatever the screen's width (8 rows of 3 on a desktop); each page costs a
    theme render, so fewer, fuller pages keep a large blog's build fast."""

    list_per_page = _WholeNumber(100, minimum=1)
    """Posts per page of each category's, tag's and author's page, a compact list (date,
    title, categories) of one line a post: they are many, and each page costs a theme
    render."""

    featured_on_index = _WholeNumber(3, minimum=0)
    """How many featured posts stand out at the top of the blog index (0: none)."""

    blog_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the blog index page, of its link in the navigation and of its tab. Unset:
    the `blog` label in the site's language ("Blog", "Blog", "ブログ")."""

    categories_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the page listing every category (and of its tab). Unset: the `categories`
    label in the site's language."""

    featured_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the featured posts page (and of its tab). Unset: the `featured` label."""

    tags_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the page listing every tag (and of its tab). Unset: the `tags` label."""

    archive_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the archive page, which lists every year (and of its tab). Unset: the
    `archive` label."""

    authors_title: c.Optional[str] = c.Optional(c.Type(str))
    """Title of the page listing every author (and of its tab). Unset: the `authors`
    label."""

    author_pages = c.Type(bool, default=True)
    """Give every registry author with a post a page (`blog/author/<slug>/`: profile and
    posts) and list them at `blog/author/`; bylines link to it. An author with a Markdown
    profile (`authors/<slug>.md`) gets that page itself. Off: bylines link to the author's
    `url`."""

    author_segment = _UrlSegment("author")
    """The URL folder of author pages: `blog/<author_segment>/<slug>/`."""

    archive = c.Type(bool, default=True)
    """Generate the archive: `blog/archive/` lists the years, `blog/archive/<year>/` that
    year's posts by month."""

    related_posts = _WholeNumber(3, minimum=0)
    """How many related posts (sharing the most categories and tags) end each post (0: none)."""

    drafts = c.Type(bool, default=True)
    """Under `mkdocs serve`, show unpublished posts (`draft: true`, or dated in the future)
    in place, each with a "Draft" or "Scheduled" badge. `mkdocs build` never publishes them."""

    future_posts = c.Choice(("draft", "publish"), default="draft")
    """A post dated after the build's time (`SOURCE_DATE_EPOCH` when set, else now): `draft`
    keeps it unpublished until a build after its date; `publish` publishes it at once."""

    reading_time = c.Type(bool, default=True)
    """Show the estimated reading time in bylines and cards."""

    words_per_minute = _WholeNumber(200, minimum=1)
    """Reading speed used for the reading time."""

    excerpt_separator = c.Type(str, default=MORE_SEPARATOR)
    """Marker ending a post's excerpt, tried before the other tools' markers that are always
    recognised (`<!-- more -->`, `<!--more-->`, `<!-- truncate -->`, Docusaurus'
    `{/* truncate */}`, a Jekyll post's own `excerpt_separator`). The text before the marker
    is the excerpt; without one, the `description` (or `summary`), else the first paragraph."""

    excerpt_lines = _WholeNumber(4, minimum=0)
    """Lines of a card's excerpt shown at most (the rest is cut with an ellipsis), so cards
    of one row line up; 0 shows every excerpt whole."""

    fields = _FieldKeys()
    """Your own front-matter keys for a field, tried before the keys other blog tools use
    (`fields: {image: [banner], date: [published_on]}`). Fields: `title`, `date`,
    `updated`, `authors`, `categories`, `tags`, `featured`, `draft`, `published`,
    `unlisted`, `expires`, `image`, `image_alt`, `description`, `slug`, `readtime`, `links`,
    `excerpt_separator` (see the README's key table for the keys each already reads)."""

    post_url: c.Optional[str] = c.Optional(_PostUrl())
    """Where each post is published, as a pattern: `{blog}/{date}/{slug}` keeps a Material
    blog's URLs (`blog/2024/08/10/my-post/`). Placeholders: `{blog}` (the `blog_dir`),
    `{date}` (`post_url_date_format`), `{year}`, `{month}`, `{day}`, `{slug}` (the post's
    `slug:`, else the name after the date of a dated file name, as Jekyll and Docusaurus
    name posts, else the title as a slug, as Material does), `{file}` (`slug:`, else the
    file's name without a leading date), `{title}` (`slug:`, else the title as a slug),
    `{category}` (the first category's slug) and `{categories}` (all of them, as folders:
    Jekyll's `:categories`). Unset: the URL MkDocs gives the file. A post without a date
    (or without a category, for `{category}`) keeps MkDocs' URL."""

    post_url_redirects = c.Type(bool, default=False)
    """With `post_url`: also write a small page at each post's former MkDocs URL that sends
    readers on to its new one (for a blog that was already published with MkDocs' URLs;
    `mkdocs-redirects` does the same for URLs of your choosing)."""

    post_url_date_format = c.Type(str, default="%Y/%m/%d")
    """How `{date}` is written in `post_url` (strftime directives): `%Y/%m/%d` is Material's
    and Jekyll's `2024/08/10`."""

    date_format = _BabelDateFormat("long")
    """Babel date format for displayed dates: `short`, `medium`, `long`, `full` or a CLDR
    pattern of date fields such as `d MMM y` (literal text in quotes: `d 'de' MMMM`)."""

    locale: c.Optional[str] = c.Optional(_BabelLocale())
    """Language of the blog's words and dates (e.g. `fr`, `pt_BR`, `pt-BR`), stored under
    Babel's name (`pt_BR`). Unset: the theme's `language` (Material) or `locale`; if Babel
    doesn't know that one, the blog is in English and a warning says so. A language the
    label catalogue lacks shows its dates, numbers and plural forms through Babel and its
    words in English."""

    labels = _Labels()
    """Words to show instead of the catalogue's, by label name: `{newer: Previous, older:
    Next}`. A label with a `{count}` takes a text per plural category of the site's language
    (`reading_time: {one: "{count} minute", other: "{count} minutes"}`); a text may use
    only the `{fields}` the English label has. The label names and English texts are in
    `translations/en.yml`."""

    feeds: c.Optional[list[str]] = c.Optional(_FeedFormats())
    """Feeds to write for the blog and for each category, tag and author (next to the
    listing: `blog/rss.xml`, `blog/category/<slug>/atom.xml`): `rss` (RSS 2.0), `atom` (Atom
    1.0) and `json` (JSON Feed 1.1); `true` is all three, `false` none. Unset: all three.
    Feeds need absolute URLs: without `site_url` none is written, and a line says so (a
    warning when `feeds` is set)."""

    category_feeds = c.Type(bool, default=True)
    """A feed per category (with `feeds` on)."""

    tag_feeds = c.Type(bool, default=False)
    """A feed per tag (with `feeds` on). Off by default: a blog has many tags (56 in the
    benchmark's 1,000 posts), and their feeds took the build over its budget (1.27x a
    plain build's instructions, 1.25x without them)."""

    author_feeds = c.Type(bool, default=True)
    """A feed per author with an author page (with `feeds` on)."""

    feed_entries = _WholeNumber(20, minimum=1)
    """Posts per feed, newest first."""

    feed_content = c.Choice(("full", "excerpt"), default="full")
    """What an entry of the blog's feeds holds: the whole post (`full`) or its excerpt.
    Either way links and images are absolute, and the byline, hero and footer are left out."""

    taxonomy_feed_content = c.Choice(("full", "excerpt"), default="excerpt")
    """What an entry of a category's, tag's or author's feed holds. `excerpt` by default: a
    post is in one such feed per category, tag and author, and whole posts in each of them
    doubled the size of a 1,000-post site; the blog's own feed has them whole."""

    timezone = _TimeZone("UTC")
    """Time zone of post dates written without one, for feeds and metadata (`Europe/Berlin`)."""
