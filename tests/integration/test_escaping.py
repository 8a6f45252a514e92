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
