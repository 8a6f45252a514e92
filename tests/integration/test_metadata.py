"""Social and search metadata in the head of posts and listings: Open Graph, X/Twitter,
JSON-LD and the meta description, with absolute values from `site_url`, each tag once."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import imagesize
import pytest
from bs4 import BeautifulSoup

from tests.conftest import BuiltSite, SiteBuilder
from tests.integration.test_feeds import (
    POSTS,
    SITE_URL,
    STUDIO_MATRIX,
    Studio,
    build_studio,
    page_url,
)


@pytest.fixture(**STUDIO_MATRIX)  # type: ignore[call-overload]
def studio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Studio]:
    """The feeds' studio blog, built once per theme and URL style."""
    yield from build_studio(request, tmp_path_factory)


def head_meta(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Every meta element of the head: key (property or name) -> its values, in order."""
    found: dict[str, list[str]] = defaultdict(list)
    for meta in soup.head.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            found[str(key)].append(str(meta.get("content", "")))
    return dict(found)


def json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    scripts = soup.find_all("script", type="application/ld+json")
    for script in scripts:
        assert "<" not in script.get_text()
    return [json.loads(script.get_text()) for script in scripts]


def test_a_posts_head_describes_it_as_an_article(studio: Studio) -> None:
    built = studio.built
    src_uri = POSTS["Spring Palettes"]
    soup = built.soup(src_uri)
    meta = head_meta(soup)
    url = page_url(built, src_uri)
    hero = SITE_URL + "posts/images/spring.png"
    width, height = imagesize.get(built.site_dir / "posts/images/spring.png")
    excerpt = "Spring starts with the March notes and a jump."
    once = {
        "og:type": "article",
        "og:title": "Spring Palettes",
        "og:description": excerpt,
        "og:url": url,
        "og:site_name": "Test blog",
        "og:locale": "en_US",
        "og:image": hero,
        "og:image:type": "image/png",
        "og:image:width": str(width),
        "og:image:height": str(height),
        "article:published_time": "2024-03-15T00:00:00+00:00",
        "article:modified_time": "2024-03-15T00:00:00+00:00",
        "article:author": page_url(built, "blog/author/pam-beesly/index.md"),
        "article:section": "Design",
        "twitter:card": "summary_large_image",
        "twitter:title": "Spring Palettes",
        "twitter:description": excerpt,
        "twitter:image": hero,
        "description": excerpt,  # the theme's, from the excerpt instead of the site's
    }
    for key, value in once.items():
        assert meta.get(key) == [value], key
    assert meta["article:tag"] == ["Design", "Color", "python"]
    assert "og:image:alt" not in meta  # no image_alt: the image is decorative
    [data] = json_ld(soup)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Spring Palettes"
    assert data["description"] == excerpt
    assert data["datePublished"] == data["dateModified"] == "2024-03-15T00:00:00+00:00"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Pam Beesly",
            "url": page_url(built, "blog/author/pam-beesly/index.md"),
        }
    ]
    assert data["keywords"] == ["Design", "Color", "python"]
    image = data["image"]
    assert (image if isinstance(image, str) else image["url"]) == hero
    assert data["isPartOf"]["@type"] == "Blog"
    assert data["isPartOf"]["url"] == page_url(built, "blog/index.md")


def test_a_description_and_an_updated_date_are_used(studio: Studio) -> None:
    soup = studio.built.soup(POSTS["March Notes"])
    meta = head_meta(soup)
    assert meta["description"] == ["Notes from March & more."]
    assert meta["og:description"] == ["Notes from March & more."]
    assert meta["article:modified_time"] == ["2024-04-01T00:00:00+00:00"]
    assert "og:image" not in meta  # no hero
    assert meta["twitter:card"] == ["summary"]
    [data] = json_ld(soup)
    assert data["dateModified"] == "2024-04-01T00:00:00+00:00"


def test_listing_pages_are_websites_with_the_newest_hero(studio: Studio) -> None:
    built = studio.built
    index = built.soup("blog/index.md")
    meta = head_meta(index)
    assert meta["og:type"] == ["website"]
    assert meta["og:url"] == [page_url(built, "blog/index.md")]
    assert meta["og:image"] == [SITE_URL + "posts/images/spring.png"]
    [data] = json_ld(index)
    assert data["@type"] == "Blog"
    category = built.soup("blog/category/design/index.md")
    [data] = json_ld(category)
    assert data["@type"] == "CollectionPage"
    assert head_meta(category)["og:title"] == ["Design"]
    # A listing is described by its first page; its later pages only link the feeds.
    later = built.soup("blog/category/design/page/2.md")
    assert not [key for key in head_meta(later) if key.startswith(("og:", "twitter:"))]
    assert json_ld(later) == []
    assert later.head.select('link[rel="alternate"]')


def test_other_pages_get_only_the_discovery_links(studio: Studio) -> None:
    home = studio.built.soup("index.md")
    meta = head_meta(home)
    assert not [key for key in meta if key.startswith(("og:", "article:", "twitter:"))]
    assert json_ld(home) == []
    assert home.head.select('link[rel="alternate"][type="application/rss+xml"]')


def test_without_site_url_there_is_no_social_metadata(site: SiteBuilder) -> None:
    site.post("a.md", title="A", author=None, body="The first words.\n\nMore.\n")
    built = site.build(strict=True)
    meta = head_meta(built.soup("posts/a.md"))
    assert not [key for key in meta if key.startswith(("og:", "article:", "twitter:"))]
    assert json_ld(built.soup("posts/a.md")) == []
    # The meta description needs no absolute URL: the excerpt, not the site's description.
    assert meta["description"] == ["The first words."]


def test_hostile_values_stay_text(any_site: SiteBuilder) -> None:
    title = '</script><script>alert(1)</script> & "quotes" <!--'
    any_site.config["site_url"] = SITE_URL
    any_site.post(
        "a.md",
        title=json.dumps(title),
        author=None,
        categories=["<b>bold</b>"],
        extra='description: "</title><script>alert(2)</script>"',
    )
    built: BuiltSite = any_site.build(strict=True)
    soup = built.soup("posts/a.md")
    meta = head_meta(soup)
    assert meta["og:title"] == [title]
    assert meta["og:description"] == ["</title><script>alert(2)</script>"]
    assert meta["article:tag"] == ["<b>bold</b>"]
    assert [s.get_text() for s in soup.find_all("script") if "alert(" in s.get_text()] == [
        s.get_text() for s in soup.find_all("script", type="application/ld+json")
    ]
    [data] = json_ld(soup)
    assert data["headline"] == title


def test_a_tag_the_head_has_already_is_not_written_twice(site: SiteBuilder) -> None:
    """As with Material's social plugin: its og:image (and card) stay, ours are left out,
    image properties included; the rest is still written."""
    site.config["site_url"] = SITE_URL
    site.config["theme"] = {"name": "material", "custom_dir": "overrides"}
    site.write(
        "../overrides/main.html",
        '{% extends "base.html" %}\n{% block extrahead %}\n'
        '<meta property="og:image" content="https://cards.example/card.png">\n'
        '<meta name="twitter:card" content="summary_large_image">\n{% endblock %}\n',
    )
    site.post("a.md", title="A", author=None, image="./images/a.png")
    meta = head_meta(site.build(strict=True).soup("posts/a.md"))
    assert meta["og:image"] == ["https://cards.example/card.png"]
    assert meta["twitter:card"] == ["summary_large_image"]
    assert "og:image:width" not in meta
    assert "og:image:type" not in meta
    assert meta["og:type"] == ["article"]
    assert meta["og:title"] == ["A"]


def test_an_overridden_head_template_is_used(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.config["theme"] = {"name": "material", "custom_dir": "overrides"}
    site.write(
        "../overrides/blogposts/head.html",
        '<meta name="blogposts-test" content="{{ tags | length }}">{{ meta_elements }}\n',
    )
    site.post("a.md", title="A", author=None)
    meta = head_meta(site.build(strict=True).soup("posts/a.md"))
    assert meta["og:title"] == ["A"]
    assert int(meta["blogposts-test"][0]) > 10
