"""Whatever a small blog holds, the build finishes, logs exactly the warnings its content
calls for, lists every post where it belongs with its text intact, and injects nothing.

The blogs come from `tests.strategies.blogs`: mostly valid posts with hostile text in every
field, a minority of invalid fields, and the model of the rules that says what each must
produce. Hypothesis' profile decides how many (`ci` by default, `deep` for `make deep`)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.slugs import slugify
from tests.conftest import THEMES, BuiltSite, SiteBuilder
from tests.strategies import (
    IMAGE,
    MARKER,
    BlogCase,
    ExpectedPost,
    blogs,
    listing_order,
    match_warnings,
    normalised,
    through_markdown,
)

_IGNORED_BY_BROWSERS = "".join(map(chr, range(0x21)))


@given(blog=blogs(), theme=st.sampled_from(THEMES), directory_urls=st.booleans())
def test_hostile_blog_builds_lists_every_post_and_injects_nothing(
    blog: BlogCase, theme: str, directory_urls: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = SiteBuilder(Path(folder), theme=theme, use_directory_urls=directory_urls)
        site.blogposts_options(posts_per_page=blog.posts_per_page)
        site.image(IMAGE)
        for src_uri, text in blog.files().items():
            site.write(src_uri, text)
        expected_warnings = blog.expected_warnings()
        try:
            built = site.build(expect=expected_warnings)
        finally:
            site.close()
        unexpected, missing = match_warnings(built.warnings, expected_warnings)
        assert not unexpected, f"logged more often than expected: {unexpected}"
        assert not missing, f"expected more often than logged: {missing}"

        posts = blog.expected()
        listed = listing_order(posts)
        _check_listing(built, "blog", listed, blog.posts_per_page)
        categories = {slug: label for post in listed for slug, label in post.categories}
        for slug, label in categories.items():
            assert slug == slugify(normalised(label))
            in_category = [post for post in listed if slug in dict(post.categories)]
            pages = _check_listing(
                built, f"blog/category/{slug}", in_category, blog.posts_per_page, "index.md"
            )
            assert through_markdown(label) in [_text(h1) for h1 in pages[0].select("h1")]
        _check_categories_page(built, listed, categories)
        featured = [post for post in listed if post.featured]
        _check_listing(built, "blog", featured, blog.posts_per_page, "featured.md")
        index_featured = built.soup("blog/index.md").select(".blogposts-featured")
        assert _cards(index_featured[0] if index_featured else None) == [
            (_name(p), normalised(p.title)) for p in featured[:3]
        ]
        for post in posts:
            _check_post_page(built, blog, post)
        _check_nothing_injected(built)


def _check_listing(
    built: BuiltSite, folder: str, posts: list[ExpectedPost], per_page: int, first: str = ""
) -> list[BeautifulSoup]:
    """Every page of a paginated listing: each post once, in order, with its title, date and
    authors as text. Returns the pages' soups."""
    first_page = f"{folder}/{first or 'index.md'}"
    stem = f"{folder}/page" if first in ("", "index.md") else f"{folder}/featured/page"
    count = max(1, -(-len(posts) // per_page))
    sources = [first_page, *(f"{stem}/{n}.md" for n in range(2, count + 1))]
    assert not built.exists(f"{stem}/{count + 1}.md")
    pages = [built.soup(src_uri) for src_uri in sources]
    shown = [card for page in pages for card in _cards(page.select_one(".blogposts-list"))]
    assert shown == [(_name(post), normalised(post.title)) for post in posts], folder
    cards = [card for page in pages for card in page.select(".blogposts-list article")]
    for card, post in zip(cards, posts, strict=True):
        if post.date is None:  # listed, without a date
            assert card.select("time") == []
        else:
            assert card.select_one("time")["datetime"] == post.date.date().isoformat()
        excerpt = _text(card.select_one(".blogposts-excerpt"))
        if post.description is not None:
            assert excerpt == normalised(post.description)
    return pages


def _check_categories_page(
    built: BuiltSite, listed: list[ExpectedPost], categories: dict[str, str]
) -> None:
    page = built.soup("blog/category.md")
    shown = sorted(
        (_text(item.select_one("a")), _text(item.select_one(".blogposts-count")))
        for item in page.select(".blogposts-category-index li:not(.blogposts-empty)")
    )
    counts = {slug: sum(slug in dict(p.categories) for p in listed) for slug in categories}
    expected = [(normalised(label), str(counts[slug])) for slug, label in categories.items()]
    assert shown == sorted(expected)


def _check_post_page(built: BuiltSite, blog: BlogCase, post: ExpectedPost) -> None:
    """A post's page: its title, the authors' names and its categories' labels as text,
    the hero's alt text as written."""
    page = built.soup(post.src_uri)
    assert _text(page.select_one(".blogposts-title")) == normalised(post.title)
    byline = page.select_one(".blogposts-byline")
    names = [_text(tag) for tag in byline.select(".blogposts-author-name")]
    assert names == [normalised(blog.author_name(slug)) for slug in post.author_slugs]
    labels = [_text(tag) for tag in byline.select(".blogposts-category")]
    assert labels == [normalised(label) for _, label in post.categories]
    hero = page.select_one(".blogposts-hero img")
    assert (hero is not None) == post.image
    if hero is not None:
        assert normalised(str(hero["alt"])) == normalised(post.image_alt or post.title)


def _check_nothing_injected(built: BuiltSite) -> None:
    """No planted element, no event-handler attribute, no `javascript:` link, on any page."""
    for path in built.html_files():
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.find(MARKER) is None, path
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            assert not handlers, (path, str(tag)[:200])
            for name in ("href", "src"):
                url = tag.get(name)
                if isinstance(url, str):
                    scheme = urlsplit(url.strip(_IGNORED_BY_BROWSERS)).scheme.lower()
                    assert scheme not in ("javascript", "data", "vbscript"), (path, url)


def _cards(container: Tag | None) -> list[tuple[str, str]]:
    """(post file name, title text) of each card in `container`, in page order."""
    if container is None:
        return []
    return [
        (_post_of(str(link["href"])), _text(link))
        for link in container.select(".blogposts-card-title a")
    ]


def _post_of(href: str) -> str:
    """`p0` for a link to the post `posts/p0.md`, in either URL style."""
    path = urlsplit(href).path
    return path.rstrip("/").removesuffix(".html").rsplit("/", 1)[-1]


def _name(post: ExpectedPost) -> str:
    return post.src_uri.removeprefix("posts/").removesuffix(".md")


def _text(tag: Tag | None) -> str:
    assert tag is not None
    return normalised(tag.get_text())


ALIAS_BOMB = """\
---
a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
a7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
a8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
title: *a8
categories: *a8
author: *a8
description: *a8
image_alt: *a8
date: 08/10/2021
---

Body.
"""


def test_yaml_alias_bomb_is_cheap(site: SiteBuilder) -> None:
    site.write("posts/bomb.md", ALIAS_BOMB)
    started = time.perf_counter()
    built = site.build(
        expect=[
            r"posts/bomb\.md:11: title \[\[\.\.\.\], .* is not text",
            r"posts/bomb\.md:12: categories .* non-text entries ignored",
            r"posts/bomb\.md:13: author .* non-text entries ignored",
            r"posts/bomb\.md:14: description .* is not text; ignored",
            r"posts/bomb\.md:15: image_alt .* is not text; ignored",
        ]
    )
    assert time.perf_counter() - started < 30  # 9**9 leaves if anything walked them
    assert all(len(w) < 400 for w in built.warnings)
    assert built.card_titles("blog/index.md") == ["Bomb"]
