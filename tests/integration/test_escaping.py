"""Hostile values in posts and the registry are shown as text, never run, in both themes."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

HOSTILE_POST = """\
---
author: mallory
categories: ["<img src=x onerror=alert(2)>", "&lt;b&gt;bold"]
date: 08/10/2021
description: '"><svg onload=alert(3)>'
image: ./a.png
image_alt: '" onerror="alert(4)'
title: "<script>alert(1)</script> &lt;i&gt;"
---

Body.
"""

HOSTILE_REGISTRY = """\
mallory:
  name: "<script>alert(5)</script>Mallory"
  url: "javascript:alert(6)"
  avatar: "javascript:alert(7)"
"""


def _injected(soup: BeautifulSoup) -> list[str]:
    """Elements or attributes that only exist because a hostile value got in unescaped."""
    found = [str(s)[:80] for s in soup.find_all("script") if "alert(" in s.get_text()]
    found += [str(t)[:80] for t in soup.find_all(["svg", "img"]) if t.get("src") == "x"]
    found += [str(t)[:80] for t in soup.find_all("svg") if t.get("onload")]
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") or text.strip().lower().startswith("javascript:"):
                found.append(f"{tag.name}[{name}={text[:40]}]")
    return found


def test_hostile_values_are_text_everywhere(any_site: SiteBuilder) -> None:
    any_site.write("authors.yml", HOSTILE_REGISTRY)
    any_site.write("posts/x.md", HOSTILE_POST)
    any_site.image("posts/a.png")
    built = any_site.build(
        expect=[
            r"authors\.yml:3: author 'mallory': url 'javascript:alert\(6\)' is not an http",
            r"authors\.yml:4: author 'mallory': avatar 'javascript:alert\(7\)' is not an http",
        ]
    )
    for page in built.html_files():
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert _injected(soup) == [], page

    post = built.soup("posts/x.md")
    assert post.title.get_text().startswith("<script>alert(1)</script> &lt;i&gt;")
    byline = post.select_one(".blogposts-byline")
    assert byline.select_one(".blogposts-author-name").get_text() == (
        "<script>alert(5)</script>Mallory"
    )
    assert byline.select_one("a.blogposts-author-name") is None
    assert post.select_one(".blogposts-hero img")["alt"] == '" onerror="alert(4)'
    labels = sorted(a.get_text() for a in byline.select(".blogposts-category"))
    assert labels == ["&lt;b&gt;bold", "<img src=x onerror=alert(2)>"]
    card = built.soup("blog/index.md").select_one(".blogposts-list .blogposts-card")
    assert card.select_one(".blogposts-excerpt").get_text(strip=True) == '"><svg onload=alert(3)>'


HOSTILE_TITLES = {
    "blog_title": "<script>alert(8)</script>Blog &amp;",
    "categories_title": '<img src=x onerror="alert(9)">Topics',
    "featured_title": "<svg onload=alert(10)>Picks",
}


def test_hostile_listing_titles_are_text(any_site: SiteBuilder) -> None:
    """Generated listing pages print their title as an H1, in the tabs and in the featured
    strip; a user's own index page without an H1 gets the title from the listing template."""
    any_site.blogposts_options(**HOSTILE_TITLES)
    any_site.post("p.md", title="P", author=None, featured=True)
    built = any_site.build(strict=True)
    pages = {
        "blog/index.md": HOSTILE_TITLES["blog_title"],
        "blog/category.md": HOSTILE_TITLES["categories_title"],
        "blog/featured.md": HOSTILE_TITLES["featured_title"],
    }
    for src_uri, title in pages.items():
        soup = built.soup(src_uri)
        assert _injected(soup) == [], src_uri
        content = soup.select_one("article, [role=main]")
        assert [h1.get_text() for h1 in content.select("h1")] == [title], src_uri
        tabs = [a.get_text() for a in soup.select("nav.blogposts-tabs a")]
        assert tabs == list(HOSTILE_TITLES.values())
    strip = built.soup("blog/index.md").select_one(".blogposts-featured")
    assert (
        strip.select_one(".blogposts-section-title").get_text() == HOSTILE_TITLES["featured_title"]
    )


def test_hostile_title_above_the_users_own_index_page_is_text(site: SiteBuilder) -> None:
    site.blogposts_options(blog_title=HOSTILE_TITLES["blog_title"])
    site.write("blog/index.md", "Hand-written introduction, no heading.\n")
    site.post("p.md", title="P", author=None)
    soup = site.build(strict=True).soup("blog/index.md")
    assert _injected(soup) == []
    listing = soup.select_one(".blogposts-listing")
    assert [h1.get_text() for h1 in listing.select("h1")] == [HOSTILE_TITLES["blog_title"]]


def test_category_labels_beyond_the_bmp_are_text(any_site: SiteBuilder) -> None:
    """A generated page's title goes into its front matter; an emoji once made that YAML
    unreadable, and MkDocs rendered it as Markdown: an `<hr>`, a "title:" heading and the
    label's raw HTML (found by the property tests)."""
    label = "🎨 <script>alert(11)</script> \U0001d54f"
    any_site.post("p.md", title="T", author=None, categories=[label])
    built = any_site.build(strict=True)
    page = built.soup("blog/category/scriptalert11script-\U0001d54f/index.md")
    assert _injected(page) == []
    content = page.select_one("article, [role=main]")
    assert content.select("hr") == []
    assert [h1.get_text() for h1 in content.select("h1")] == [label]
    assert page.title.get_text().startswith(label)
