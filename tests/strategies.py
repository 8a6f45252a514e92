"""Hypothesis strategies for hostile blogs, and the model of the rules that says what each
generated blog must show and which warnings it must log.

A generated `BlogCase` is a small blog (1-4 posts, sometimes an authors registry) where most
posts are valid, so hostile text in every field reaches the listing cards, bylines, post
footers, category, tag, author and archive pages; a minority of fields are deliberately
invalid. The strategy knows what it wrote, so `expected_post`, `BlogCase.expected_warnings`
and the models of the listings (`author_pages`, `related_posts`, `posts_by_year`) compute
exactly what the plugin must do with it.

Every rule and message of the plugin the tests rely on lives in the "model" section below:
when a message changes, that is the one place to update. Messages are matched by prefix up
to the offending value, then loosely, so rewording a hint does not break the properties.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml
from hypothesis import strategies as st

from mkdocs_blogposts.problems import show
from mkdocs_blogposts.slugs import slugify
from mkdocs_blogposts.yamlload import load_yaml

MARKER = "x-evil"
"""Tag name planted in hostile strings: it must never appear as an element in the output."""
PLANTED = f"<{MARKER} onload=alert(1)>"

POST_KEYS = (
    "title",
    "author",
    "authors",
    "categories",
    "tags",
    "date",
    "featured",
    "image",
    "image_alt",
    "description",
)
POSTS_DIR = "posts"
IMAGE = "posts/a.png"
"""An image every generated site has, so `image: ./a.png` is valid."""
REGISTRY = "authors.yml"
BUILD_TIME = dt.datetime(2040, 1, 1)
"""The build's time in property tests (`SOURCE_DATE_EPOCH`): later posts are scheduled."""
BUILD_EPOCH = str(int(BUILD_TIME.replace(tzinfo=dt.timezone.utc).timestamp()))

# --- hostile text ---------------------------------------------------------------------------

NASTY = (
    PLANTED,
    f"{PLANTED}</{MARKER}>",
    f'"><{MARKER} onerror=alert(1) src=x>',
    f"'><{MARKER}>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)",
    "javascript:alert(1)",
    "&amp; &lt;b&gt; &#60;x&#62; &",
    "{{ jinja }}",
    "{{ config.site_name }}",
    "{% raw %}{{ x }}{% endraw %}",
    "{# comment #}",
    "**bold** _em_ `code` [link](javascript:alert(1)) ![img](x.png)",
    "# heading",
    "<!-- more -->",
    "- list item",
    "\u202eevil\u202c",
    "\u200f\u200erl",
    "🎨 art",
    "👩‍👩‍👧 family",
    "Café  Crème",
    "İstanbul",
    "x" * 5000,
    "\t\x0b\x0c\x1c",
    "\x01\x02\x7f\x85\x9f",
    "a\nb\r\nc",
    "\ufeffbom",
    "---",
    "...",
    "*anchor",
    "&anchor",
    "!!python/object:os.system",
    "%",
    "@",
    "null",
    "true",
    "123",
    "2021-08-10",
    "08/10/2021",
)
"""Fixed nasty strings: markup, template syntax, Markdown, YAML look-alikes, bidi controls."""

_character = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
"""Any character but surrogates and NUL: control characters, bidi overrides, emoji included."""

WHITESPACE = (" ", "   ", "\t", " \u3000 ", "\u2028", "\u00a0", "\x1c\x1d", "\n")
"""Whitespace-only text (as Python's `str.strip` sees it)."""

hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.builds(
        lambda before, nasty, after: f"{before}{nasty}{after}",
        st.text(_character, max_size=8),
        st.sampled_from(NASTY),
        st.text(_character, max_size=8),
    ),
    st.text(_character, min_size=1, max_size=24),
    st.builds(lambda char, count: char * count, _character, st.integers(300, 3000)),
)
"""Text that tries to break out of HTML, templates, Markdown, YAML or the layout."""

visible_text = hostile_text.filter(lambda text: bool(text.strip()))
"""Hostile text that is not blank once stripped."""


# --- the model of the plugin's rules --------------------------------------------------------


def where(src_uri: str, line: int | None) -> str:
    """The start of a warning's regex: the plugin's prefix, the file and (if known) line."""
    at = re.escape(src_uri) + (f":{line}" if line is not None else "")
    return f"^mkdocs_blogposts: {at}: "


def quoted(text: str) -> str:
    """`text` as the plugin's messages name a value (a repr, long ones shortened by
    `problems.show`), as a regex."""
    return re.escape(show(text))


class Messages:
    """The warnings' texts after `file:line: `, as regexes (prefix up to the value, then loose)."""

    LEFT_OUT = ".*listed after the dated posts, without a date$"

    @staticmethod
    def no_title(fallback: str) -> str:
        return re.escape("no title (add 'title: …' to the front matter); using ") + (
            quoted(fallback) + "$"
        )

    @staticmethod
    def empty_title(fallback: str) -> str:
        return f"title is empty; using {quoted(fallback)} instead$"

    @staticmethod
    def title_not_text(shown: str, fallback: str) -> str:
        return f"title {re.escape(shown)} is not text; using {quoted(fallback)} instead$"

    @staticmethod
    def no_date() -> str:
        return re.escape("no date (add e.g. 'date: 08/10/2021')") + Messages.LEFT_OUT

    @staticmethod
    def bad_date(shown: str) -> str:
        return f"date {re.escape(shown)} " + Messages.LEFT_OUT

    @staticmethod
    def not_strings(key: str, accepted: str, is_list: bool) -> str:
        tail = "non-text entries ignored" if is_list else "ignored"
        return f"{key} .* is not {re.escape(accepted)}; {tail}$"

    @staticmethod
    def category_without_slug() -> str:
        return Messages.term_without_slug("category")

    @staticmethod
    def term_without_slug(noun: str) -> str:
        # The label is shown whitespace-normalised (or not): matched loosely.
        return f"{noun} .+ has no letters or digits to make a URL from; skipped$"

    @staticmethod
    def unknown_author(slug: str) -> str:
        return f"author {quoted(slug)} is not in the authors registry; .*$"

    @staticmethod
    def not_boolean(key: str, shown: str) -> str:
        return f"{key} {re.escape(shown)} is not true or false; taken as false$"

    @staticmethod
    def bad_image(text: str) -> str:
        return f"image {quoted(text)} .*; no hero image$"

    @staticmethod
    def text_not_text(key: str, shown: str) -> str:
        return f"{key} {re.escape(shown)} is not text; ignored$"

    @staticmethod
    def author_without_name(slug: str) -> str:
        return f"author {quoted(slug)} has no name; the slug is shown instead$"

    @staticmethod
    def unsafe_author_url(slug: str, url: str) -> str:
        return f"author {quoted(slug)}: url {quoted(url)} is not .*; not linked$"

    @staticmethod
    def no_author_page(slug: str) -> str:
        return f"author {quoted(slug)} gets no author page: .*$"

    @staticmethod
    def no_registry() -> str:
        return "posts name authors but there is no authors registry .*$"


AUTHORS_ACCEPTED = "an author slug, a name or {name, title, url, image_url}, or a list of them"
CATEGORIES_ACCEPTED = "a category or a list of them"
TAGS_ACCEPTED = "a tag or a list of them"
TAXONOMIES = (("categories", "category", CATEGORIES_ACCEPTED), ("tags", "tag", TAGS_ACCEPTED))
"""Front-matter key, noun in messages, what is accepted: tags follow the categories' rules."""
RELATED_POSTS = 3
"""How many related posts end a post (the `related_posts` option's default)."""


def file_title(src_uri: str) -> str:
    """The title a post falls back to (its body has no H1): from its file name."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    return stem.replace("-", " ").replace("_", " ").strip().capitalize()


def strings_of(value: object) -> tuple[list[str], bool]:
    """A string-or-list field's stripped non-blank strings, and whether anything was dropped."""
    if value is None:
        return [], False
    items = value if isinstance(value, list) else [value]
    strings = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    return strings, len(strings) < len(items)


def normalised(text: str) -> str:
    """Text compared the way a reader sees it: runs of whitespace as one space, stripped."""
    return " ".join(text.split())


def through_markdown(text: str) -> str:
    """Text as it shows after passing through Python-Markdown, as the heading of a generated
    listing page does: its placeholder characters STX and ETX are removed from the input."""
    return normalised(text.replace("\x02", "").replace("\x03", ""))


# --- what is generated ----------------------------------------------------------------------


@dataclass(frozen=True)
class RawYaml:
    """A value written into the front matter as is (dates in their YAML spellings)."""

    text: str


@dataclass(frozen=True)
class DateValue:
    """A generated `date` field: its YAML text and what the plugin must make of it."""

    yaml: str
    expected: dt.datetime | None
    """The publication time; None for a value the plugin must reject."""
    shown: str = ""
    """How the rejection message names the value (its repr), for invalid values."""


@dataclass(frozen=True)
class PostCase:
    """One generated post: its front-matter fields, in file order."""

    name: str
    fields: dict[str, object]
    """Key -> value as YAML loads it (a `DateValue` for `date`)."""

    @property
    def src_uri(self) -> str:
        return f"{POSTS_DIR}/{self.name}.md"

    def line_of(self, key: str) -> int | None:
        """The file line of `key`: one line per field, after the opening `---`."""
        keys = list(self.fields)
        return keys.index(key) + 2 if key in keys else None

    def text(self) -> str:
        lines = [f"{key}: {yaml_value(value)}" for key, value in self.fields.items()]
        return "---\n" + "".join(f"{line}\n" for line in lines) + "---\n\nBody text.\n"


@dataclass(frozen=True)
class AuthorCase:
    """One entry of the generated authors registry."""

    slug: str
    entry: dict[str, object]

    @property
    def name(self) -> str:
        """The name bylines show: the registry's, else the slug."""
        name = self.entry.get("name")
        return name.strip() if isinstance(name, str) and name.strip() else self.slug


@dataclass(frozen=True)
class ExpectedPost:
    """What the plugin must make of a `PostCase`."""

    src_uri: str
    title: str
    date: dt.datetime | None
    categories: tuple[tuple[str, str], ...]
    """(slug, label) in the order written, one per slug."""
    tags: tuple[tuple[str, str], ...]
    """(slug, label) in the order written, one per slug."""
    author_slugs: tuple[str, ...]
    featured: bool
    description: str | None
    image: bool
    image_alt: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BlogCase:
    """A generated blog: posts, maybe an authors registry, and the listings' page sizes."""

    posts: tuple[PostCase, ...]
    registry: tuple[AuthorCase, ...] | None
    posts_per_page: int
    """Cards a page: the blog index, the featured page."""
    list_per_page: int
    """Lines a page of a compact list: a category's, a tag's or an author's page."""
    authors_by_slug: dict[str, AuthorCase] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        by_slug = {} if self.registry is None else {a.slug: a for a in self.registry}
        object.__setattr__(self, "authors_by_slug", by_slug)

    def files(self) -> dict[str, str]:
        """Docs-relative path -> text of every file to write."""
        files = {post.src_uri: post.text() for post in self.posts}
        if self.registry is not None:
            files[REGISTRY] = registry_text(self.registry)
        return files

    def expected(self) -> list[ExpectedPost]:
        known = None if self.registry is None else set(self.authors_by_slug)
        return [expected_post(post, known) for post in self.posts]

    def published(self, posts: Sequence[ExpectedPost]) -> list[ExpectedPost]:
        """The posts `mkdocs build` publishes: not dated after `BUILD_TIME` (the strategy
        writes no `draft:`)."""
        return [post for post in posts if post.date is None or post.date <= BUILD_TIME]

    def author_name(self, slug: str) -> str:
        author = self.authors_by_slug.get(slug)
        return slug if author is None else author.name

    def author_pages(self, posts: Sequence[ExpectedPost]) -> dict[str, str]:
        """The model of which authors get a page: slug -> the URL folder of their pages, in
        the order of the authors overview. Registry authors with a post, by name (then
        slug); the folder is the slug made a URL slug, and an author whose slug makes none,
        or one an author before them took, gets no page."""
        with_posts = {slug for post in posts for slug in post.author_slugs}
        authors = sorted(
            (author for author in self.registry or () if author.slug in with_posts),
            key=lambda author: (author.name.casefold(), author.slug),
        )
        folders: dict[str, str] = {}
        for author in authors:
            folder = slugify(author.slug)
            if folder and folder not in folders.values():
                folders[author.slug] = folder
        return folders

    def author_url(self, slug: str) -> str | None:
        """The author's own site as the registry gives it, when it is safe to link."""
        author = self.authors_by_slug.get(slug)
        url = None if author is None else author.entry.get("url")
        return url if url in SAFE_URLS else None

    def expected_warnings(self) -> list[str]:
        """Every warning the build must log, once each, as anchored regexes."""
        posts = self.expected()
        warnings = [w for post in posts for w in post.warnings]
        for author in self.registry or ():
            warnings.extend(registry_warnings(author))
        published = self.published(posts)
        with_page = self.author_pages(published)
        with_posts = {slug for post in published for slug in post.author_slugs}
        for author in self.registry or ():
            if author.slug in with_posts and author.slug not in with_page:
                warnings.append(REGISTRY_AT + Messages.no_author_page(author.slug))
        # Display names (values no slug could be) need no registry; a slug asks for one.
        if self.registry is None and any(
            slugify(slug) == slug for post in posts for slug in post.author_slugs
        ):
            warnings.append(where(REGISTRY, None) + Messages.no_registry())
        return warnings


def expected_post(case: PostCase, known_authors: set[str] | None) -> ExpectedPost:
    """The model of `posts.read_post`: what the post must show, and its warnings."""
    data = case.fields
    warnings: list[str] = []

    def warn(key: str, message: str) -> None:
        warnings.append(where(case.src_uri, case.line_of(key)) + message)

    fallback = file_title(case.src_uri)
    title = data.get("title")
    if isinstance(title, str) and title.strip():
        title = title.strip()
    elif isinstance(title, int) and not isinstance(title, bool):
        title = str(title)
    elif isinstance(title, str):
        warn("title", Messages.empty_title(fallback))
        title = fallback
    elif title is not None:
        warn("title", Messages.title_not_text(show(title), fallback))
        title = fallback
    else:
        warn("title", Messages.no_title(fallback))
        title = fallback

    date = data.get("date")
    expected_date = None
    if date is None:
        warn("date", Messages.no_date())
    else:
        assert isinstance(date, DateValue)
        expected_date = date.expected
        if expected_date is None:
            warn("date", Messages.bad_date(date.shown))

    slugs: list[str] = []
    for key in ("author", "authors"):
        if key not in data:
            continue
        strings, dropped = strings_of(data[key])
        if dropped:
            warn(key, Messages.not_strings(key, AUTHORS_ACCEPTED, isinstance(data[key], list)))
        for slug in strings:
            if slug in slugs:
                continue
            # A value no slug could be (`Ana López`) is a display name, shown as written.
            if known_authors is not None and slug not in known_authors and slugify(slug) == slug:
                warn(key, Messages.unknown_author(slug))
            slugs.append(slug)

    terms: dict[str, dict[str, str]] = {}
    for key, noun, accepted in TAXONOMIES:
        terms[key] = {}
        if key not in data:
            continue
        strings, dropped = strings_of(data[key])
        if dropped:
            warn(key, Messages.not_strings(key, accepted, isinstance(data[key], list)))
        for label in strings:
            slug = slugify(normalised(label))
            if not slug:
                warn(key, Messages.term_without_slug(noun))
            else:
                terms[key].setdefault(slug, label)

    featured = data.get("featured", False)
    if not isinstance(featured, bool):
        warn("featured", Messages.not_boolean("featured", show(featured)))
        featured = False

    image = data.get("image")
    image_ok = False
    if isinstance(image, str):
        image_ok = image in VALID_IMAGES
        if not image_ok:
            warn("image", Messages.bad_image(image.strip()))

    texts: dict[str, str | None] = {}
    for key in ("image_alt", "description"):
        value = data.get(key)
        if isinstance(value, str) or value is None:
            texts[key] = (value or "").strip() or None
        else:
            warn(key, Messages.text_not_text(key, show(value)))
            texts[key] = None

    return ExpectedPost(
        src_uri=case.src_uri,
        title=title,
        date=expected_date,
        categories=tuple(terms["categories"].items()),
        tags=tuple(terms["tags"].items()),
        author_slugs=tuple(slugs),
        featured=featured,
        description=texts["description"],
        image=image_ok,
        image_alt=texts["image_alt"],
        warnings=tuple(warnings),
    )


REGISTRY_AT = f"^mkdocs_blogposts: {re.escape(REGISTRY)}(:\\d+)?: "
"""The start of a warning about the registry (line numbers matched loosely)."""


def registry_warnings(author: AuthorCase) -> list[str]:
    """The model of an authors.yml entry's checks (line numbers matched loosely)."""
    at = REGISTRY_AT
    warnings = []
    name = author.entry.get("name")
    if not (isinstance(name, str) and name.strip()):
        warnings.append(at + Messages.author_without_name(author.slug))
    url = author.entry.get("url")
    if isinstance(url, str) and url not in SAFE_URLS:
        warnings.append(at + Messages.unsafe_author_url(author.slug, url.strip()))
    return warnings


def listing_order(posts: Sequence[ExpectedPost]) -> list[ExpectedPost]:
    """The model of the listings' order: newest first; same time: title case-insensitively,
    then path. Undated posts are listed too, after every dated one, by title then path."""
    return sorted(
        posts,
        key=lambda p: (p.date is None, -_timestamp(p.date), p.title.casefold(), p.src_uri),
    )


def _timestamp(moment: dt.datetime | None) -> float:
    return 0.0 if moment is None else (moment - dt.datetime(1, 1, 1)).total_seconds()


def terms_of(post: ExpectedPost) -> set[tuple[str, str]]:
    """The post's categories and tags as terms: a category and a tag are two terms even
    when they share a slug."""
    return {("category", slug) for slug, _ in post.categories} | {
        ("tag", slug) for slug, _ in post.tags
    }


def related_posts(
    listed: Sequence[ExpectedPost], post: ExpectedPost, count: int = RELATED_POSTS
) -> list[ExpectedPost]:
    """The model of related posts: the other listed posts sharing the most terms with `post`
    (at least one), ties in listing order, at most `count`."""
    mine = terms_of(post)
    scored = [
        (-len(mine & terms_of(other)), position, other)
        for position, other in enumerate(listed)
        if other.src_uri != post.src_uri and mine & terms_of(other)
    ]
    return [other for _, _, other in sorted(scored, key=lambda item: item[:2])[:count]]


def posts_by_year(listed: Sequence[ExpectedPost]) -> dict[int, list[ExpectedPost]]:
    """The model of the archive: year -> its dated posts in listing order, newest year
    first; undated posts are in no year."""
    years: dict[int, list[ExpectedPost]] = {}
    for post in listed:
        if post.date is not None:
            years.setdefault(post.date.year, []).append(post)
    return {year: years[year] for year in sorted(years, reverse=True)}


# --- YAML -----------------------------------------------------------------------------------


def yaml_value(value: object) -> str:
    """`value` as YAML on one line (so each field's line is known), strings double-quoted with
    every awkward character escaped."""
    if isinstance(value, DateValue):
        return value.yaml
    if isinstance(value, RawYaml):
        return value.text
    if isinstance(value, str):
        dumped = yaml.dump(
            value, Dumper=yaml.SafeDumper, default_style='"', allow_unicode=True, width=2**30
        )
        return dumped.removesuffix("\n...\n").rstrip("\n")
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(yaml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = (f"{yaml_value(key)}: {yaml_value(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"cannot write {value!r}")


def registry_text(registry: Sequence[AuthorCase]) -> str:
    """authors.yml: each slug as an explicit key (`? "slug"`: an implicit key is at most 1024
    characters long), and not PyYAML's own dump (a plain key holding U+0085 does not load
    back)."""
    data = {author.slug: author.entry for author in registry}
    text = "".join(f"? {yaml_value(slug)}\n: {yaml_value(entry)}\n" for slug, entry in data.items())
    assert load_yaml(text) == data, "the registry does not survive YAML"
    return text


# --- strategies -----------------------------------------------------------------------------


def _date_value(moment: dt.datetime, shape: str) -> DateValue:
    """`moment` written in one of the accepted shapes; date-only shapes mean midnight."""
    day = moment.date()
    midnight = dt.datetime.combine(day, dt.time())
    spellings = {
        "us": (f'"{day.month:02d}/{day.day:02d}/{day.year}"', midnight),
        "us-short": (f"{day.month}/{day.day}/{day.year}", midnight),
        "iso": (f'"{day.isoformat()}"', midnight),
        "yaml-date": (day.isoformat(), midnight),
        "yaml-timestamp": (f"!!timestamp {day.isoformat()}", midnight),
        "yaml-datetime": (moment.isoformat(sep=" "), moment),
        "iso-datetime": (f'"{moment.isoformat()}"', moment),
        "iso-datetime-z": (f'"{moment.isoformat()}Z"', moment),
        "iso-datetime-offset": (f'"{moment.isoformat()}+05:30"', moment),
    }
    text, expected = spellings[shape]
    return DateValue(text, expected)


DATE_SHAPES = (
    "us",
    "us-short",
    "iso",
    "yaml-date",
    "yaml-timestamp",
    "yaml-datetime",
    "iso-datetime",
    "iso-datetime-z",
    "iso-datetime-offset",
)
"""The accepted spellings: US and ISO strings, YAML dates, ISO date-times (time zones dropped,
the wall-clock time kept)."""

# A few days and times, so that posts often share a date (and then a time): ties are ordered
# by title, which the properties check.
_moments = st.builds(
    dt.datetime.combine,
    st.sampled_from([dt.date(2021, 8, 10), dt.date(2021, 8, 11), dt.date(1999, 12, 31)])
    | st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from([dt.time(0, 0), dt.time(9, 30, 15)]),
)
valid_dates = st.builds(_date_value, _moments, st.sampled_from(DATE_SHAPES))

INVALID_DATES = (
    DateValue('"next tuesday"', None, "'next tuesday'"),
    DateValue(f"{yaml_value(PLANTED)}", None, repr(PLANTED)),
    DateValue('"02/30/2021"', None, "'02/30/2021'"),
    DateValue('"2021-13-45"', None, "'2021-13-45'"),
    DateValue("20210810", None, "20210810"),
    DateValue("[2021, 8, 10]", None, "[2021, 8, 10]"),
    DateValue("true", None, "True"),
)
"""Dates the plugin must reject (none of them looks day-first: that hint is worded apart)."""

VALID_IMAGES = ("./a.png", "a.png", "/posts/a.png", "https://example.com/a.png")
INVALID_IMAGES = ("javascript:alert(1)", "./missing.png", "../../etc/passwd", PLANTED)
SAFE_URLS = ("https://example.com/me", "mailto:me@example.com", "about/")
UNSAFE_URLS = ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<x-evil>")


@st.composite
def authors_registries(draw: st.DrawFn) -> tuple[AuthorCase, ...]:
    """1-3 authors with hostile slugs, names and bios; a few without a usable name or url."""
    slugs = draw(
        st.lists(
            visible_text.map(str.strip).filter(lambda s: s not in ("authors",)),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    authors = []
    for slug in slugs:
        entry: dict[str, object] = {}
        name = draw(st.one_of(visible_text, visible_text, st.sampled_from(WHITESPACE), st.none()))
        if name is not None:
            entry["name"] = name
        entry["bio"] = draw(hostile_text)
        url = draw(st.one_of(st.none(), st.sampled_from(SAFE_URLS), st.sampled_from(UNSAFE_URLS)))
        if url is not None:
            entry["url"] = url
        authors.append(AuthorCase(slug, entry))
    return tuple(authors)


def _strings_field(pool: Sequence[str], invalid: Sequence[object]) -> st.SearchStrategy[object]:
    """A label-or-list field drawn from `pool`: mostly valid, sometimes with junk entries."""
    chosen = st.sampled_from(pool) if pool else st.nothing()
    valid: st.SearchStrategy[object] = st.one_of(chosen, st.lists(chosen, min_size=1, max_size=3))
    junk = st.lists(st.one_of(chosen, st.sampled_from(invalid)), min_size=1, max_size=3)
    if not pool:
        return junk
    return st.one_of(*[valid] * 6, junk, st.sampled_from(invalid))


@st.composite
def post_cases(
    draw: st.DrawFn,
    name: str,
    labels: Sequence[str],
    slugs: Sequence[str],
    tag_labels: Sequence[str] = (),
) -> PostCase:
    """A post: most fields valid with hostile text, a minority deliberately invalid."""
    fields: dict[str, object] = {}
    mostly_valid = st.integers(0, 9)
    # title
    choice = draw(mostly_valid)
    if choice <= 6:
        fields["title"] = draw(visible_text)
    elif choice == 7:
        fields["title"] = draw(st.sampled_from(WHITESPACE) | st.just(""))
    elif choice == 8:
        fields["title"] = draw(st.sampled_from([True, 42, [PLANTED], {"a": PLANTED}]))
    # date
    choice = draw(mostly_valid)
    if choice <= 7:
        fields["date"] = draw(valid_dates)
    elif choice == 8:
        fields["date"] = draw(st.sampled_from(INVALID_DATES))
    # authors: slugs of the registry, unknown hostile slugs, junk entries
    author_pool = [*slugs, *draw(st.lists(visible_text.map(str.strip), max_size=1))]
    author_junk: list[object] = [7, False, " ", [PLANTED]]
    for key in draw(st.sampled_from([(), ("author",), ("authors",), ("author", "authors")])):
        fields[key] = draw(_strings_field(author_pool, author_junk))
    # categories
    if draw(st.integers(0, 5)):
        fields["categories"] = draw(_strings_field(labels, [3, None, " ", {"a": 1}]))
    # tags: the same rules, their own labels (some spelled like a category)
    if draw(st.integers(0, 2)):
        fields["tags"] = draw(_strings_field(tag_labels, [4, None, "", [PLANTED]]))
    # featured
    choice = draw(mostly_valid)
    if choice <= 6:
        fields["featured"] = draw(st.booleans())
    elif choice == 7:
        fields["featured"] = draw(st.sampled_from(["yes", "true", 1, PLANTED]))
    # image and its alt text
    choice = draw(mostly_valid)
    if choice <= 3:
        fields["image"] = draw(st.sampled_from(VALID_IMAGES))
    elif choice == 4:
        fields["image"] = draw(st.sampled_from(INVALID_IMAGES))
    for key in ("image_alt", "description"):
        choice = draw(mostly_valid)
        if choice <= 5:
            fields[key] = draw(hostile_text)
        elif choice == 6:
            fields[key] = draw(st.sampled_from([5, [PLANTED], True]))
    order = draw(st.permutations(list(fields)))
    return PostCase(name, {key: fields[key] for key in order})


@st.composite
def blogs(draw: st.DrawFn) -> BlogCase:
    """A small blog: 1-4 posts sharing hostile category and tag labels (distinct slugs in
    each taxonomy, so which spelling labels a term never depends on a tie; a tag may share a
    category's label), sometimes an authors registry."""
    registry = draw(st.one_of(st.none(), authors_registries(), authors_registries()))
    labels = draw(
        st.lists(
            hostile_text,
            min_size=1,
            max_size=4,
            unique_by=lambda label: slugify(normalised(label)) or label,
        )
    )
    tag_labels = draw(
        st.lists(
            st.sampled_from(labels) | hostile_text,
            min_size=1,
            max_size=4,
            unique_by=lambda label: slugify(normalised(label)) or label,
        )
    )
    slugs = [author.slug for author in registry or ()]
    count = draw(st.integers(1, 4))
    posts = tuple(
        draw(post_cases(f"p{number}", labels, slugs, tag_labels)) for number in range(count)
    )
    per_page = draw(st.sampled_from([1, 2, 3, 10]))
    list_per_page = draw(st.sampled_from([1, 2, 3, 50]))
    return BlogCase(posts, registry, per_page, list_per_page)


# --- arbitrary front matter (for the pure never-raises property) ----------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.dates(),
    hostile_text,
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=3)
    ),
    max_leaves=10,
)
front_matter = st.dictionaries(st.sampled_from(POST_KEYS), values, max_size=len(POST_KEYS))


def post_text(data: dict[str, object], body: str = "Body text.") -> str:
    """A post file with `data` as its YAML front matter (any YAML layout)."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n{body}\n"


# --- checking warnings one for one ----------------------------------------------------------


def match_warnings(messages: Sequence[str], patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Pair each message with its own pattern (a maximum bipartite matching, so two identical
    patterns need two messages): (messages left unpaired, patterns left unpaired)."""
    owner: dict[int, int] = {}  # pattern index -> message index

    def assign(message: int, seen: set[int]) -> bool:
        for index, pattern in enumerate(patterns):
            if index in seen or not re.search(pattern, messages[message]):
                continue
            seen.add(index)
            if index not in owner or assign(owner[index], seen):
                owner[index] = message
                return True
        return False

    paired = {message for message in range(len(messages)) if assign(message, set())}
    unexpected = [m for i, m in enumerate(messages) if i not in paired]
    missing = [p for i, p in enumerate(patterns) if i not in owner]
    return unexpected, missing
