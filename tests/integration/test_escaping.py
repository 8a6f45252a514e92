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
tags: ["<svg onload=alert(12)>", "&lt;u&gt;tag"]
title: "<script>alert(1)</script> &lt;i&gt;"
---

Body.
"""

HOSTILE_REGISTRY = """\
mallory:
  name: "<script>alert(5)</script>Mallory"
  url: "javascript:alert(6)"
  avatar: "javascript:alert(7)"
  bio: "<script>alert(13)</script>Mal [link](javascript:alert(14)) <img src=y onerror=alert(15)>"
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
    # Linked to the author's page on the blog (never to the `javascript:` url).
    name = byline.select_one("a.blogposts-author-name")
    author_page = "blog/author/mallory/index.md"
    href = str(name["href"])
    target = (built.dest("posts/x.md").parent / href).resolve()
    target = target / "index.html" if href.endswith("/") else target
    assert target == built.dest(author_page).resolve()
    assert post.select_one(".blogposts-hero img")["alt"] == '" onerror="alert(4)'
    labels = sorted(a.get_text() for a in byline.select(".blogposts-category"))
    assert labels == ["&lt;b&gt;bold", "<img src=x onerror=alert(2)>"]
    tags = [a.get_text() for a in post.select(".blogposts-post-footer a.blogposts-tag")]
    assert tags == ["<svg onload=alert(12)>", "&lt;u&gt;tag"]
    # The bio is Markdown made safe: its text stays, the script and handlers go.
    bio = post.select_one(".blogposts-author-card .blogposts-author-bio")
    assert bio.get_text(" ", strip=True) == "Mal link"
    assert bio.select_one("a").get("href") is None
    # (the image stays, without its handler; its path is from the site root, as in YAML)
    assert [list(img.attrs) for img in bio.select("img")] == [["src"]]
    assert (built.dest("posts/x.md").parent / str(bio.select_one("img")["src"])).resolve() == (
        built.site_dir / "y"
    ).resolve()
    assert post.select(".blogposts-author-links") == []  # its only url is unsafe
    card = built.soup("blog/index.md").select_one(".blogposts-list .blogposts-card")
    assert card.select_one(".blogposts-excerpt").get_text(strip=True) == '"><svg onload=alert(3)>'
    # The generated pages titled by a hostile value show it as their heading, as text.
    for src_uri, title in [
        (author_page, "<script>alert(5)</script>Mallory"),
        ("blog/tag/svg-onloadalert12/index.md", "<svg onload=alert(12)>"),
        ("blog/tag/ltugttag/index.md", "&lt;u&gt;tag"),
    ]:
        content = built.soup(src_uri).select_one("article, [role=main]")
        assert [h1.get_text() for h1 in content.select("h1")] == [title], src_uri
    overview = built.soup("blog/author.md").select(".blogposts-author-index .blogposts-author-name")
    assert [tag.get_text() for tag in overview] == ["<script>alert(5)</script>Mallory"]


HOSTILE_TITLES = {
    "blog_title": "<script>alert(8)</script>Blog &amp;",
    "categories_title": '<img src=x onerror="alert(9)">Topics',
    "tags_title": "<script>alert(16)</script>Keywords",
    "featured_title": "<svg onload=alert(10)>Picks",
    "authors_title": "<b onclick=alert(17)>Writers",
    "archive_title": "&lt;Past&gt; <svg onload=alert(18)>",
}
"""In the order of the tabs."""


def test_hostile_listing_titles_are_text(any_site: SiteBuilder) -> None:
    """Generated listing pages print their title as an H1, in the tabs and in the featured
    strip; a user's own index page without an H1 gets the title from the listing template."""
    any_site.blogposts_options(**HOSTILE_TITLES)
    any_site.authors_yaml()
    any_site.post("p.md", title="P", featured=True, extra="tags: [python]")
    built = any_site.build(strict=True)
    pages = {
        "blog/index.md": HOSTILE_TITLES["blog_title"],
        "blog/category.md": HOSTILE_TITLES["categories_title"],
        "blog/tag.md": HOSTILE_TITLES["tags_title"],
        "blog/featured.md": HOSTILE_TITLES["featured_title"],
        "blog/author.md": HOSTILE_TITLES["authors_title"],
        "blog/archive.md": HOSTILE_TITLES["archive_title"],
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
    content = soup.select_one("article")
    # The page's heading comes first, then the user's text, then the listing.
    assert [h1.get_text() for h1 in content.select("h1")] == [HOSTILE_TITLES["blog_title"]]
    text = content.get_text(" ", strip=True)
    assert text.index("alert(8)") < text.index("Hand-written introduction") < text.index("P")
    assert content.select_one(".blogposts-listing").select("h1") == []


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
