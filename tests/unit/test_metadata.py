"""Social and search metadata: Open Graph locales, descriptions from excerpts, JSON-LD that
no value can break out of, the meta tags for each kind of page and image, and dropping the
tags a page's head already has."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

import mkdocs_blogposts
from mkdocs_blogposts.imagemeta import ImageFacts
from mkdocs_blogposts.metadata import (
    ELLIPSIS,
    HeadTag,
    PageMeta,
    existing_keys,
    head_html,
    head_tags,
    json_ld,
    language_tag,
    meta_elements,
    og_locale,
    plain_description,
    plain_text,
    script_json,
    without_existing,
)

TEMPLATES = Path(mkdocs_blogposts.__file__).parent / "templates"
CEST = dt.timezone(dt.timedelta(hours=2))
PUBLISHED = dt.datetime(2024, 5, 17, 9, 30, tzinfo=CEST)
MODIFIED = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
POST_URL = "https://example.org/blog/posts/hello/"
BLOG_URL = "https://example.org/blog/"
PNG = ImageFacts(1200, 630, "image/png", 52_000)
SVG = ImageFacts(640, 360, "image/svg+xml", 900)

POST = PageMeta(
    kind="article",
    title="Hello",
    description="A first post.",
    url=POST_URL,
    site_name="Example",
    locale="pt_BR",
    image_url="https://example.org/blog/posts/hero.png",
    image=PNG,
    image_alt="A sunrise",
    published=PUBLISHED,
    modified=MODIFIED,
    authors=(("Ada", "https://example.org/blog/authors/ada/"), ("Bob", None)),
    section="Python",
    tags=("Python", "MkDocs"),
    blog_name="The Blog",
    blog_url=BLOG_URL,
)
LISTING = PageMeta(
    kind="website",
    title="The Blog",
    description="Notes.",
    url=BLOG_URL,
    site_name="Example",
    locale="en",
    blog_name="The Blog",
    blog_url=BLOG_URL,
)

# --- locales ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de", "de_DE"),
        ("pt_BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("en", "en_US"),
        ("en_GB", "en_GB"),
        ("ja", "ja_JP"),
        ("fr", "fr_FR"),
        ("zh_Hant", "zh_TW"),
        ("zh_Hant_TW", "zh_TW"),
        ("zh_Hans", "zh_CN"),
        ("zh", "zh_CN"),
        ("sr_Latn", "sr_RS"),
        ("nb", "nb_NO"),
        ("pt-BR", "pt_BR"),
        ("xx_YY", "xx_YY"),  # unknown to Babel: as given
    ],
)
def test_og_locale(locale: str, expected: str) -> None:
    assert og_locale(locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"), [("pt_BR", "pt-BR"), ("de", "de"), ("zh_Hant_TW", "zh-Hant-TW")]
)
def test_language_tag(locale: str, expected: str) -> None:
    assert language_tag(locale) == expected


# --- descriptions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Fish &amp; chips &mdash; <em>tasty</em>!</p>", "Fish & chips — tasty!"),
        ("<p>One</p><p>Two</p>", "One Two"),
        ("<p>a<em>b</em>c</p>", "abc"),
        ("<p>line<br>break</p>", "line break"),
        ("<p>  lots \n\t of   space </p>", "lots of space"),
        ("<p>10&nbsp;km</p>", "10 km"),
        ("<p>&lt;b&gt;not bold&lt;/b&gt;</p>", "<b>not bold</b>"),
        ("<p>&#x27;quoted&#39; &unknown; &amp</p>", "'quoted' &unknown; &"),
        ("<p>Text</p><script>alert(1)</script><style>p{}</style>", "Text"),
        ("<ul><li>one</li><li>two</li></ul>", "one two"),
        ("<p>unclosed <em>tags", "unclosed tags"),
        ("", ""),
    ],
)
def test_plain_text(html: str, expected: str) -> None:
    assert plain_text(html) == expected
    assert plain_description(html) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("alpha beta gamma delta", 100, "alpha beta gamma delta"),
        ("alpha beta gamma delta", 22, "alpha beta gamma delta"),
        ("alpha beta gamma delta", 21, "alpha beta gamma…"),
        ("alpha beta gamma delta", 12, "alpha beta…"),
        ("alpha beta gamma delta", 11, "alpha beta…"),  # the cut falls on a space
        ("alpha beta gamma delta", 10, "alpha…"),
        ("Hello, world again", 8, "Hello…"),  # no comma before the ellipsis
        ("One two — three", 10, "One two…"),
        ("abcdefghij", 5, "abcd…"),  # one long word: cut inside it
        ("abc", 1, "…"),
    ],
)
def test_plain_description_trims_at_a_word(text: str, limit: int, expected: str) -> None:
    result = plain_description(f"<p>{text}</p>", limit)
    assert result == expected
    assert len(result) <= limit


def test_plain_description_default_limit() -> None:
    words = " ".join(["word"] * 100)
    result = plain_description(f"<p>{words}</p>")
    assert result.endswith(f"word{ELLIPSIS}")
    assert len(result) <= 200


def test_plain_description_counts_decoded_text() -> None:
    # "&amp;" is one character of the description, not five.
    assert plain_description("<p>a &amp; b</p>", 5) == "a & b"


def test_plain_description_refuses_a_limit_below_one() -> None:
    with pytest.raises(ValueError, match="limit"):
        plain_description("<p>x</p>", 0)


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_plain_description_is_a_prefix_within_the_limit(text: str, limit: int) -> None:
    html = "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>"
    result = plain_description(html, limit)
    full = " ".join(text.split())
    assert len(result) <= limit
    if len(full) <= limit:
        assert result == full
    else:
        assert result.endswith(ELLIPSIS)
        assert full.startswith(result.removesuffix(ELLIPSIS))


# --- script_json ---------------------------------------------------------------------------

HOSTILE = (
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!--",
    "-->",
    "<script>",
    "\u2028",
    "\u2029",
    "]]>",
    "&amp;",
    '"quoted" \\ back\\slash',
)


@pytest.mark.parametrize("value", HOSTILE)
def test_script_json_round_trips_hostile_text(value: str) -> None:
    data = {"headline": value, "keywords": [value], value: {"name": value}}
    text = script_json(data)
    assert json.loads(text) == data
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in text


def test_script_json_keeps_other_text_readable() -> None:
    assert script_json({"name": "Zoë 東京 ☕"}) == '{"name":"Zoë 東京 ☕"}'


def test_script_json_refuses_nan() -> None:
    with pytest.raises(ValueError, match="JSON"):
        script_json({"width": float("nan")})


# --- JSON-LD -------------------------------------------------------------------------------


def test_article_is_a_blog_posting() -> None:
    assert json_ld(POST) == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Hello",
        "description": "A first post.",
        "image": {
            "@type": "ImageObject",
            "url": "https://example.org/blog/posts/hero.png",
            "width": 1200,
            "height": 630,
        },
        "datePublished": "2024-05-17T09:30:00+02:00",
        "dateModified": "2024-06-01T12:00:00+00:00",
        "author": [
            {"@type": "Person", "name": "Ada", "url": "https://example.org/blog/authors/ada/"},
            {"@type": "Person", "name": "Bob"},
        ],
        "articleSection": "Python",
        "keywords": ["Python", "MkDocs"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": POST_URL},
        "url": POST_URL,
        "inLanguage": "pt-BR",
        "isPartOf": {"@type": "Blog", "name": "The Blog", "url": BLOG_URL},
    }


def test_article_without_optional_fields() -> None:
    bare = PageMeta("article", "Hi", None, POST_URL, "Example", "de", published=PUBLISHED)
    assert json_ld(bare) == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Hi",
        "datePublished": "2024-05-17T09:30:00+02:00",
        "dateModified": "2024-05-17T09:30:00+02:00",  # falls back to the publication
        "mainEntityOfPage": {"@type": "WebPage", "@id": POST_URL},
        "url": POST_URL,
        "inLanguage": "de",
    }


@pytest.mark.parametrize(
    "facts",
    [None, ImageFacts(None, None, "image/png", 10), ImageFacts(100, None, "image/png", 10)],
)
def test_article_image_without_both_sizes_is_its_url(facts: ImageFacts | None) -> None:
    data = json_ld(dataclasses.replace(POST, image=facts))
    assert data["image"] == "https://example.org/blog/posts/hero.png"


def test_blog_index_is_the_blog() -> None:
    assert json_ld(LISTING) == {
        "@context": "https://schema.org",
        "@type": "Blog",
        "name": "The Blog",
        "url": BLOG_URL,
        "description": "Notes.",
        "inLanguage": "en",
    }


def test_other_listing_page_is_a_collection_of_the_blog() -> None:
    page = dataclasses.replace(
        LISTING, title="Category: Python", url=BLOG_URL + "category/python/", description=None
    )
    assert json_ld(page) == {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": "Category: Python",
        "url": BLOG_URL + "category/python/",
        "inLanguage": "en",
        "isPartOf": {"@type": "Blog", "name": "The Blog", "url": BLOG_URL},
    }


def test_listing_without_blog_url_is_a_blog_named_by_its_title() -> None:
    page = dataclasses.replace(LISTING, blog_name=None, blog_url=None, title="News")
    assert json_ld(page)["@type"] == "Blog"
    assert json_ld(page)["name"] == "News"


def test_naive_dates_are_refused() -> None:
    naive = dt.datetime(2024, 1, 1)
    with pytest.raises(ValueError, match="published must be timezone-aware"):
        dataclasses.replace(POST, published=naive)
    with pytest.raises(ValueError, match="modified must be timezone-aware"):
        dataclasses.replace(POST, modified=naive)


# --- head tags -------------------------------------------------------------------------------


def keys(tags: list[HeadTag]) -> list[str]:
    return [key for _, key, _ in tags]


def test_post_with_png_hero() -> None:
    assert head_tags(POST) == [
        ("name", "description", "A first post."),
        ("property", "og:type", "article"),
        ("property", "og:title", "Hello"),
        ("property", "og:description", "A first post."),
        ("property", "og:url", POST_URL),
        ("property", "og:site_name", "Example"),
        ("property", "og:locale", "pt_BR"),
        ("property", "og:image", "https://example.org/blog/posts/hero.png"),
        ("property", "og:image:type", "image/png"),
        ("property", "og:image:width", "1200"),
        ("property", "og:image:height", "630"),
        ("property", "og:image:alt", "A sunrise"),
        ("property", "article:published_time", "2024-05-17T09:30:00+02:00"),
        ("property", "article:modified_time", "2024-06-01T12:00:00+00:00"),
        ("property", "article:author", "https://example.org/blog/authors/ada/"),
        ("property", "article:section", "Python"),
        ("property", "article:tag", "Python"),
        ("property", "article:tag", "MkDocs"),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", "Hello"),
        ("name", "twitter:description", "A first post."),
        ("name", "twitter:image", "https://example.org/blog/posts/hero.png"),
        ("name", "twitter:image:alt", "A sunrise"),
    ]


def test_svg_hero_gets_the_small_card_and_no_twitter_image() -> None:
    tags = head_tags(dataclasses.replace(POST, image_url=BLOG_URL + "hero.svg", image=SVG))
    assert ("name", "twitter:card", "summary") in tags
    assert not [key for key in keys(tags) if key.startswith("twitter:image")]
    assert ("property", "og:image", BLOG_URL + "hero.svg") in tags
    assert ("property", "og:image:type", "image/svg+xml") in tags


def test_external_svg_is_known_by_its_url() -> None:
    meta = dataclasses.replace(POST, image_url="https://cdn.example/a/logo.SVG?v=2", image=None)
    tags = head_tags(meta)
    assert ("name", "twitter:card", "summary") in tags
    assert "twitter:image" not in keys(tags)
    assert "og:image:width" not in keys(tags)


def test_external_raster_image_without_facts() -> None:
    meta = dataclasses.replace(POST, image_url="https://cdn.example/photo", image=None)
    tags = head_tags(meta)
    assert ("name", "twitter:card", "summary_large_image") in tags
    assert ("name", "twitter:image", "https://cdn.example/photo") in tags
    assert not {"og:image:type", "og:image:width", "og:image:height"} & set(keys(tags))


def test_no_image_no_alt() -> None:
    tags = head_tags(dataclasses.replace(POST, image_url=None, image=None, image_alt=""))
    assert ("name", "twitter:card", "summary") in tags
    assert not [key for key in keys(tags) if "image" in key]


def test_empty_alt_is_left_out() -> None:
    tags = head_tags(dataclasses.replace(POST, image_alt=""))
    assert not {"og:image:alt", "twitter:image:alt"} & set(keys(tags))


def test_listing_page_has_no_article_properties_and_no_empty_description() -> None:
    tags = head_tags(dataclasses.replace(LISTING, description=""))
    assert keys(tags) == [
        "og:type",
        "og:title",
        "og:url",
        "og:site_name",
        "og:locale",
        "twitter:card",
        "twitter:title",
    ]
    assert tags[0] == ("property", "og:type", "website")
    assert ("property", "og:locale", "en_US") in tags


def test_post_without_dates_or_authors_with_urls() -> None:
    meta = dataclasses.replace(
        POST, published=None, modified=None, authors=(("Bob", None),), section=None, tags=()
    )
    assert not [key for key in keys(head_tags(meta)) if key.startswith("article:")]


# --- without_existing --------------------------------------------------------------------

MATERIAL_SOCIAL_HEAD = """<head>
<meta charset="utf-8">
<meta name="description" content="Site description">
<!-- <meta property="og:title" content="commented out"> -->
<title>og:title og:url</title>
<meta property="og:image" content="https://example.org/assets/images/social/hello.png">
<meta property="og:image:type" content="image/png">
<meta name="Twitter:Card" content="summary_large_image">
<meta name="twitter:image" content="https://example.org/assets/images/social/hello.png">
<script>document.write('<meta property="og:url" content="x">')</script>
</head>
<body><meta property="og:site_name" content="in the body"></body>"""


def test_existing_keys_only_from_meta_elements_in_the_head() -> None:
    assert existing_keys(MATERIAL_SOCIAL_HEAD) == {
        "description",
        "og:image",
        "og:image:type",
        "twitter:card",
        "twitter:image",
    }


def test_without_existing_drops_what_the_head_has() -> None:
    kept = without_existing(head_tags(POST), MATERIAL_SOCIAL_HEAD)
    assert "description" not in keys(kept)
    # Another plugin's og:image stands: none of our image properties may describe it.
    assert not [key for key in keys(kept) if "image" in key]
    assert "twitter:card" not in keys(kept)
    assert keys(kept) == [
        "og:type",
        "og:title",
        "og:description",
        "og:url",
        "og:site_name",
        "og:locale",
        "article:published_time",
        "article:modified_time",
        "article:author",
        "article:section",
        "article:tag",
        "article:tag",
        "twitter:title",
        "twitter:description",
    ]


def test_without_existing_keeps_everything_for_a_bare_head() -> None:
    tags = head_tags(POST)
    assert without_existing(tags, '<head><meta charset="utf-8"><title>T</title></head>') == tags


def test_without_existing_reads_property_in_a_name_attribute() -> None:
    kept = without_existing(head_tags(LISTING), '<meta name="OG:TITLE" content="x">')
    assert "og:title" not in keys(kept)
    assert "twitter:title" in keys(kept)


# --- the template --------------------------------------------------------------------------


class _HeadReader(HTMLParser):
    """The (attribute, key, value) of each meta element and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[HeadTag] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "meta":
            assert len(attrs) == 2, attrs
            (attribute, key), (content, value) = attrs
            assert content == "content"
            assert key is not None
            assert value is not None
            self.tags.append((attribute, key, value))
        elif tag == "script":
            self.scripts.append((attributes, ""))
            self.in_script = True
        else:
            raise AssertionError(f"unexpected element {tag}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script:
            attributes, text = self.scripts[-1]
            self.scripts[-1] = (attributes, text + data)
        else:
            assert not data.strip(), data

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"unexpected comment {data!r}")


def render_head(meta: PageMeta) -> str:
    environment = Environment(autoescape=True, loader=FileSystemLoader(TEMPLATES))
    template = environment.get_template("blogposts/head.html")
    tags = head_tags(meta)
    return template.render(
        tags=tags, meta_elements=meta_elements(tags), json_ld=script_json(json_ld(meta))
    )


def read_head(html: str) -> _HeadReader:
    reader = _HeadReader()
    reader.feed(html)
    reader.close()
    return reader


def test_template_writes_each_tag_and_the_script() -> None:
    html = render_head(POST)
    reader = read_head(html)
    assert reader.tags == head_tags(POST)
    assert len(reader.scripts) == 1
    attributes, text = reader.scripts[0]
    assert attributes == {"type": "application/ld+json"}
    assert json.loads(text) == json_ld(POST)
    assert '<meta property="og:type" content="article">' in html


def test_template_without_json_ld_writes_no_script() -> None:
    environment = Environment(autoescape=True, loader=FileSystemLoader(TEMPLATES))
    html = environment.get_template("blogposts/head.html").render(
        tags=[], meta_elements=meta_elements([]), json_ld=""
    )
    assert html.strip() == ""


hostile_text = st.one_of(
    st.text(), st.sampled_from(HOSTILE), st.lists(st.sampled_from(HOSTILE)).map("".join)
)


@given(
    title=hostile_text,
    description=st.one_of(st.none(), hostile_text),
    tags=st.lists(hostile_text, max_size=4),
    alt=hostile_text,
    author=hostile_text,
)
def test_hostile_text_stays_data(
    title: str, description: str | None, tags: list[str], alt: str, author: str
) -> None:
    meta = dataclasses.replace(
        POST,
        title=title,
        description=description,
        tags=tags,
        section=tags[0] if tags else None,
        image_alt=alt,
        authors=((author, f"https://example.org/{author}"),),
        blog_name=title,
    )
    data = json_ld(meta)
    text = script_json(data)
    assert "<" not in text
    assert json.loads(text) == data

    reader = read_head(render_head(meta))
    assert reader.tags == head_tags(meta)
    assert len(reader.scripts) == 1
    assert json.loads(reader.scripts[0][1]) == data
    # The build writes the package's head.html without rendering it: the very same HTML.
    assert head_html(meta_elements(head_tags(meta)), Markup(text)) == render_head(meta)


def _json_types(value: Any) -> bool:
    """Whether `value` is made of JSON's types only (what `json_ld` promises)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_types(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_types(item) for item in value)
    return isinstance(value, (str, int, bool)) or value is None


@pytest.mark.parametrize("meta", [POST, LISTING], ids=["post", "listing"])
def test_json_ld_holds_only_json_types(meta: PageMeta) -> None:
    assert _json_types(json_ld(meta))
