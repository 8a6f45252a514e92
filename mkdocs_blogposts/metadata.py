"""Social and search metadata for a post or listing page: Open Graph, X cards, JSON-LD.

Everything here is data: `head_tags` gives (attribute, key, value) triples that the
`blogposts/head.html` template writes with Jinja's escaping, and `script_json` gives JSON
that cannot end its `<script>` element, whatever text the values hold. Nothing here knows
MkDocs: the build fills a `PageMeta` and inserts the rendered tags into each page's head.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Literal
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from markupsafe import Markup

from .imagemeta import ImageFacts, image_mime

HeadTag = tuple[str, str, str]
"""(attribute, key, value): `("property", "og:title", "A post")` is written
`<meta property="og:title" content="A post">`."""

PageHead = tuple[list[HeadTag], str]
"""What the blog adds to a page's head: its meta tags, and its JSON-LD escaped for a script
element (`script_json`)."""

SVG = "image/svg+xml"
ELLIPSIS = "…"
SCHEMA_ORG = "https://schema.org"


@dataclass(frozen=True)
class PageMeta:
    """What the metadata of one page says; every URL absolute, every text plain (unescaped)."""

    kind: Literal["article", "website"]
    """"article" for a post, "website" for a listing page."""
    title: str
    description: str | None
    """Plain text: the post's `description`, else `plain_description` of its excerpt."""
    url: str
    """The page's absolute canonical URL."""
    site_name: str
    locale: str
    """A Babel locale name: `de`, `pt_BR`, `zh_Hant_TW`."""
    image_url: str | None = None
    image: ImageFacts | None = None
    """The facts of the file at `image_url` when the site has it; None for an external URL."""
    image_alt: str = ""
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    authors: Sequence[tuple[str, str | None]] = ()
    """(display name, absolute URL of their author page or own site, or None)."""
    section: str | None = None
    """The post's first category label."""
    tags: Sequence[str] = ()
    """The post's category and tag labels."""
    blog_name: str | None = None
    blog_url: str | None = None
    """The blog index's absolute URL: a post's `isPartOf`, a listing page's blog."""

    def __post_init__(self) -> None:
        # Search engines read a time without an offset in their own zone: refuse it here,
        # where the build's mistake shows, rather than publish the wrong time.
        for name in ("published", "modified"):
            moment: dt.datetime | None = getattr(self, name)
            if moment is not None and moment.utcoffset() is None:
                raise ValueError(f"PageMeta.{name} must be timezone-aware, got {moment!r}")


# --- locales ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def og_locale(locale: str) -> str:
    """Open Graph's `language_TERRITORY` for a Babel locale name (`de` -> `de_DE`,
    `zh_Hant` -> `zh_TW`): a locale without a territory takes the one CLDR's likely
    subtags give it. A name Babel doesn't know is returned with `_` for `-`."""
    identifier = locale.replace("-", "_")
    try:
        parsed = Locale.parse(identifier)
    except (UnknownLocaleError, ValueError):
        return identifier
    territory = parsed.territory or _likely_territory(parsed)
    return f"{parsed.language}_{territory}" if territory else parsed.language


def _likely_territory(parsed: Locale) -> str | None:
    """The territory CLDR expects for a language (and script): `zh_Hant` -> `TW`."""
    likely: Mapping[str, str] = get_global("likely_subtags")
    keys = ([f"{parsed.language}_{parsed.script}"] if parsed.script else []) + [parsed.language]
    for key in keys:
        if key in likely:
            expanded = Locale.parse(likely[key])
            if expanded.territory:
                return str(expanded.territory)
    return None


@functools.lru_cache(maxsize=64)
def language_tag(locale: str) -> str:
    """The BCP 47 tag (`pt-BR`, `zh-Hant-TW`) for a Babel locale name (`pt_BR`)."""
    return locale.replace("_", "-")


# --- descriptions ----------------------------------------------------------------------------

_BLOCK_ELEMENTS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl"),
        *("dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "td", "th", "tr", "ul"),
    }
)
"""Elements whose edges separate words: `<p>a</p><p>b</p>` reads "a b", `a<em>b</em>` "ab"."""
_HIDDEN_ELEMENTS = frozenset({"script", "style", "template"})
_TRIMMED_PUNCTUATION = " ,;:.-\u2013\u2014"
"""Left out before the "…": a space, punctuation, hyphens, en and em dashes."""


class _TextCollector(HTMLParser):
    """The text of an HTML fragment, entities decoded, without script or style content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_ELEMENTS:
            self.hidden += 1
        elif tag in _BLOCK_ELEMENTS:
            self.pieces.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_ELEMENTS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_ELEMENTS:
            self.pieces.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append(data)


def plain_text(html: str, enough: int | None = None) -> str:
    """The text of an HTML fragment on one line: tags dropped, entities decoded, every run of
    whitespace one space. With `enough`, parsing may stop once that many characters of text
    are read (a description needs its first 200, not a long excerpt's every tag)."""
    collector = _TextCollector()
    step = 1024
    for start in range(0, len(html), step):
        collector.feed(html[start : start + step])
        if enough is not None and sum(map(len, collector.pieces)) > enough:
            break
    collector.close()
    return " ".join("".join(collector.pieces).split())


def plain_description(html: str, limit: int = 200) -> str:
    """A page description from excerpt HTML: its plain text, and if longer than `limit`
    characters, cut after the last whole word that fits with a trailing "…" (a word longer
    than the limit is cut where it must be).

    Raises:
        ValueError: for a `limit` below 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    text = plain_text(html, enough=2 * limit)
    if len(text) <= limit:
        return text
    kept = text[: limit - 1]
    if text[limit - 1] != " ":
        kept = kept.rpartition(" ")[0] or kept
    return kept.rstrip(_TRIMMED_PUNCTUATION) + ELLIPSIS


# --- JSON-LD ---------------------------------------------------------------------------------


def json_ld(meta: PageMeta) -> dict[str, Any]:
    """The page's schema.org data: a `BlogPosting` for a post; for a listing page the `Blog`
    itself (the blog index, or any page when `blog_url` is not given), else a
    `CollectionPage` that is part of the blog."""
    if meta.kind == "article":
        return _blog_posting(meta)
    return _listing(meta)


def _blog_posting(meta: PageMeta) -> dict[str, Any]:
    """A post as a schema.org `BlogPosting`, with what Google's article guidelines ask for."""
    data: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "BlogPosting",
        "headline": meta.title,
    }
    if meta.description:
        data["description"] = meta.description
    if meta.image_url:
        data["image"] = _image_object(meta.image_url, meta.image)
    if meta.published:
        data["datePublished"] = meta.published.isoformat()
    changed = meta.modified or meta.published
    if changed:
        data["dateModified"] = changed.isoformat()
    if meta.authors:
        data["author"] = [_person(name, url) for name, url in meta.authors]
    if meta.section:
        data["articleSection"] = meta.section
    if meta.tags:
        data["keywords"] = list(meta.tags)
    data["mainEntityOfPage"] = {"@type": "WebPage", "@id": meta.url}
    data["url"] = meta.url
    data["inLanguage"] = language_tag(meta.locale)
    if meta.blog_name or meta.blog_url:
        data["isPartOf"] = _blog_reference(meta)
    return data


def _listing(meta: PageMeta) -> dict[str, Any]:
    """A listing page: the `Blog` at the blog index, a `CollectionPage` of it elsewhere."""
    is_index = meta.blog_url is None or meta.blog_url == meta.url
    data: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "Blog" if is_index else "CollectionPage",
        "name": (meta.blog_name or meta.title) if is_index else meta.title,
        "url": meta.url,
    }
    if meta.description:
        data["description"] = meta.description
    data["inLanguage"] = language_tag(meta.locale)
    if not is_index:
        data["isPartOf"] = _blog_reference(meta)
    return data


def _blog_reference(meta: PageMeta) -> dict[str, Any]:
    """The blog a page belongs to, as its `isPartOf`."""
    blog: dict[str, Any] = {"@type": "Blog"}
    if meta.blog_name:
        blog["name"] = meta.blog_name
    if meta.blog_url:
        blog["url"] = meta.blog_url
    return blog


def _image_object(url: str, facts: ImageFacts | None) -> str | dict[str, Any]:
    """The image's URL, or an `ImageObject` with its size when both dimensions are known."""
    if facts is None or facts.width is None or facts.height is None:
        return url
    return {"@type": "ImageObject", "url": url, "width": facts.width, "height": facts.height}


def _person(name: str, url: str | None) -> dict[str, Any]:
    """An author as a schema.org `Person`."""
    person: dict[str, Any] = {"@type": "Person", "name": name}
    if url:
        person["url"] = url
    return person


_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}
"""Characters JSON only holds inside strings, where a `\\u` escape reads back the same: no
`</script>` or `<!--` can then appear, and old JavaScript parsers see no line ends."""


def script_json(data: Mapping[str, Any]) -> str:
    """`data` as JSON for a `<script type="application/ld+json">` element: no value can end
    the element or open a comment in it, and `json.loads` reads back `data`.

    Raises:
        TypeError, ValueError: for values JSON can't hold (objects, NaN).
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    # str.replace per character, not str.translate: translate looks each character of the
    # text up in a dict, about 50 µs a post page; five replaces take 2.
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(chr(char), escaped)
    return text


# --- meta tags -------------------------------------------------------------------------------


def head_tags(meta: PageMeta) -> list[HeadTag]:
    """The page's meta tags: its description, Open Graph (with `article:*` for a post) and
    X's card. X shows no SVG, so an SVG image gets the small card and no `twitter:image`."""
    tags: list[HeadTag] = []
    if meta.description:
        tags.append(("name", "description", meta.description))
    tags += _open_graph(meta)
    tags += _image_tags(meta)
    if meta.kind == "article":
        tags += _article_tags(meta)
    tags += _twitter_tags(meta)
    return tags


def _open_graph(meta: PageMeta) -> list[HeadTag]:
    """Open Graph's basic properties."""
    tags: list[HeadTag] = [
        ("property", "og:type", meta.kind),
        ("property", "og:title", meta.title),
    ]
    if meta.description:
        tags.append(("property", "og:description", meta.description))
    tags += [
        ("property", "og:url", meta.url),
        ("property", "og:site_name", meta.site_name),
        ("property", "og:locale", og_locale(meta.locale)),
    ]
    return tags


def _image_tags(meta: PageMeta) -> list[HeadTag]:
    """`og:image` and the structured properties that describe it, when known."""
    if not meta.image_url:
        return []
    tags: list[HeadTag] = [("property", "og:image", meta.image_url)]
    facts = meta.image
    if facts is not None:
        if facts.mime:
            tags.append(("property", "og:image:type", facts.mime))
        if facts.width is not None and facts.height is not None:
            tags.append(("property", "og:image:width", str(facts.width)))
            tags.append(("property", "og:image:height", str(facts.height)))
    if meta.image_alt:
        tags.append(("property", "og:image:alt", meta.image_alt))
    return tags


def _article_tags(meta: PageMeta) -> list[HeadTag]:
    """Open Graph's `article:*` properties of a post."""
    tags: list[HeadTag] = []
    if meta.published:
        tags.append(("property", "article:published_time", meta.published.isoformat()))
    if meta.modified:
        tags.append(("property", "article:modified_time", meta.modified.isoformat()))
    tags += [("property", "article:author", url) for _, url in meta.authors if url]
    if meta.section:
        tags.append(("property", "article:section", meta.section))
    tags += [("property", "article:tag", tag) for tag in meta.tags]
    return tags


def _twitter_tags(meta: PageMeta) -> list[HeadTag]:
    """X's card: large with a raster image, the small summary without one or with an SVG."""
    shows_image = bool(meta.image_url) and not _is_svg(meta)
    tags: list[HeadTag] = [
        ("name", "twitter:card", "summary_large_image" if shows_image else "summary"),
        ("name", "twitter:title", meta.title),
    ]
    if meta.description:
        tags.append(("name", "twitter:description", meta.description))
    if shows_image and meta.image_url:
        tags.append(("name", "twitter:image", meta.image_url))
        if meta.image_alt:
            tags.append(("name", "twitter:image:alt", meta.image_alt))
    return tags


def _is_svg(meta: PageMeta) -> bool:
    """Whether the image is an SVG: by its file's type, else by its URL's path."""
    mime = meta.image.mime if meta.image is not None else None
    if mime is None and meta.image_url:
        mime = image_mime(urlsplit(meta.image_url).path)
    return mime == SVG


# --- deduplication ---------------------------------------------------------------------------

_STRUCTURED = {"og:image": "og:image:", "twitter:image": "twitter:image:"}
"""A property whose sub-properties describe the one before them: when the head has its own
`og:image`, our `og:image:width` would describe the wrong image."""


_HIDDEN_OR_END = re.compile(
    r"<!--.*?(?:-->|$)|<script\b.*?(?:</script\s*>|$)|<body\b.*|</head\s*>.*",
    re.IGNORECASE | re.DOTALL,
)
"""What of a page `existing_keys` skips: comments, scripts, and everything from the head's
end. One substitution and one search in C, ~10 µs a page; a token-by-token walk in Python
took three times that on every page of the site."""

_META_KEY = re.compile(
    r"""<meta\b[^>]*?\s(?:property|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
"""A meta element's `property` or `name` attribute, quoted either way or not at all."""


def existing_keys(head_html: str) -> frozenset[str]:
    """The keys of the meta tags a page's head already has (`og:image`, `description`),
    lowercase; meta elements in comments or scripts, or after `</head>` or `<body>`, don't
    count."""
    head = _HIDDEN_OR_END.sub("", head_html)
    keys = set()
    for quoted, single, bare in _META_KEY.findall(head):
        key = quoted or single or bare
        if "&" in key:
            key = html.unescape(key)
        key = key.strip().lower()
        if key:
            keys.add(key)
    return frozenset(keys)


def meta_elements(tags: Iterable[HeadTag]) -> Markup:
    """`tags` as `<meta>` elements, one a line, each value escaped. Built here rather than
    looped over in a template: ~25 elements on every post page. Attribute and key come from
    `head_tags` only (never user text); the value is escaped for a double-quoted attribute
    with `str.replace`, a tenth of the cost of an escaping call per value."""
    return Markup(
        "".join(
            f'\n<meta {attribute}="{key}" content="{_attribute(value)}">'
            for attribute, key, value in tags
        )
    )


def _attribute(value: str) -> str:
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def head_html(meta_html: Markup, json_ld: str) -> Markup:
    """What the package's `head.html` writes, built without a template render: the page's
    meta elements, then its JSON-LD (escaped by `script_json`) in a script element."""
    if not json_ld:
        return meta_html
    return Markup(f'{meta_html}\n<script type="application/ld+json">{json_ld}</script>')


def without_existing(tags: Iterable[HeadTag], head_html: str) -> list[HeadTag]:
    """`tags` without those whose key the head already has (any case, as `property` or
    `name`), so a theme's or another plugin's tags are never doubled; `description` is
    dropped like any other. Where the head has its own `og:image` (or `twitter:image`),
    our `og:image:*` (`twitter:image:*`) go too: they would describe its image."""
    existing = existing_keys(head_html)
    taken_prefixes = tuple(prefix for key, prefix in _STRUCTURED.items() if key in existing)
    return [
        tag
        for tag in tags
        if tag[1].lower() not in existing
        and not (taken_prefixes and tag[1].lower().startswith(taken_prefixes))
    ]
