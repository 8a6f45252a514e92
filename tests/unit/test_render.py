"""Rendering the byline, hero and cards: escaped whatever the front matter holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import build_catalog
from mkdocs_blogposts.listings import plan_listings
from mkdocs_blogposts.model import Author, ImageRef
from mkdocs_blogposts.posts import read_post
from mkdocs_blogposts.render import (
    ROOT,
    Renderer,
    make_date_formatter,
    make_environment,
    page_window,
)
from mkdocs_blogposts.urls import root_prefix
from tests.strategies import MARKER, front_matter, post_text

AUTHORS = {"ana": Author("ana", "Ana <b>López</b>", ImageRef("https://e.com/a.png", True))}


def _renderer(posts: list[Any]) -> Renderer:
    return Renderer(
        make_environment([]),
        build_catalog(posts),
        AUTHORS,
        make_date_formatter("en", "long"),
        lambda category: f"blog/category/{category.slug}/index.md",
        show_reading_time=True,
        site_url_of=_site_url,
        excerpt_of=lambda post: "<p>Excerpt.</p>",
    )


def _site_url(src_uri: str) -> str:
    url = src_uri.removesuffix(".md").removesuffix("index")
    return url if url.endswith("/") else url + "/"


def _elements(html: str, name: str) -> list[Any]:
    return BeautifulSoup(html, "html.parser").find_all(name)


@settings(max_examples=300, deadline=None)
@given(front_matter)
def test_any_front_matter_renders_escaped(data: dict[str, Any]) -> None:
    post, _problems = read_post("posts/p.md", post_text(data), {"posts/a.png"}, None)
    renderer = _renderer([post])
    header = renderer.post_header(post, "posts/p/", show_title=True)
    assert _elements(header, MARKER) == []
    listings = plan_listings(renderer.catalog, "blog", 10)
    for listing in listings:
        html = renderer.listing(listing, "blog/", True, featured=listing.posts)
        assert _elements(html, MARKER) == []
        for tag in BeautifulSoup(html, "html.parser").find_all(True):
            assert not any(name.startswith("on") for name in tag.attrs)


def test_byline_shows_registry_values_as_text() -> None:
    post, problems = read_post(
        "posts/p.md",
        post_text({"title": "T", "author": "ana", "date": dt.date(2021, 8, 10)}),
        set(),
        {"ana"},
    )
    assert problems == []
    renderer = _renderer([post])
    html = renderer.post_header(post, "posts/p/", show_title=True)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".blogposts-author-name").get_text() == "Ana <b>López</b>"
    assert soup.select_one("time")["datetime"] == "2021-08-10"
    assert soup.select_one("img.blogposts-avatar")["src"] == "https://e.com/a.png"
    assert ROOT not in html


def test_cards_render_once_and_localize_per_page() -> None:
    posts = [
        read_post("posts/a.md", post_text({"title": "A", "date": "01/02/2021"}), set())[0],
        read_post("posts/b.md", post_text({"title": "B", "date": "01/01/2021"}), set())[0],
    ]
    renderer = _renderer(posts)
    first, second = plan_listings(renderer.catalog, "blog", 1)[:2]
    page_one = BeautifulSoup(renderer.listing(first, "blog/", True), "html.parser")
    page_two = BeautifulSoup(renderer.listing(second, "blog/page/2/", True), "html.parser")
    assert [a["href"] for a in page_one.select(".blogposts-card-title a")] == ["../posts/a/"]
    assert [a["href"] for a in page_two.select(".blogposts-card-title a")] == ["../../../posts/b/"]
    assert page_two.select_one("[rel=prev]")["href"] == "../../../blog/"
    assert renderer.card(posts[0], 2) is renderer.card(posts[0], 2)
    # ASCII posts give ASCII HTML: one non-ASCII character in the ROOT marker or a template
    # would make Python store every card and listing page at 2 bytes a character.
    assert str(renderer.card(posts[0], 2)).isascii()
    assert renderer.listing(second, "blog/page/2/", True).isascii()


@pytest.mark.parametrize(
    ("page_url", "prefix"),
    [
        ("", "./"),
        ("index.html", "./"),
        ("blog/", "../"),
        ("blog/page/2/", "../../../"),
        ("posts/x.html", "../"),
    ],
)
def test_root_prefix(page_url: str, prefix: str) -> None:
    assert root_prefix(page_url) == prefix


@pytest.mark.parametrize(
    ("current", "count", "expected"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (1, 10, [1, 2, 3, None, 10]),
        (5, 10, [1, 2, 3, 4, 5, 6, 7, None, 10]),
        (10, 10, [1, None, 8, 9, 10]),
        (500, 1000, [1, None, 498, 499, 500, 501, 502, None, 1000]),
    ],
)
def test_page_window_links_a_constant_number_of_pages(
    current: int, count: int, expected: list[int | None]
) -> None:
    assert page_window(current, count) == expected


@given(st.integers(1, 2000), st.integers(1, 2000))
def test_page_window_always_links_first_last_current_and_neighbours(a: int, b: int) -> None:
    current, count = min(a, b), max(a, b)
    window = page_window(current, count)
    numbers = [n for n in window if n is not None]
    assert numbers == sorted(set(numbers))
    assert {1, count, current} <= set(numbers)
    assert len(window) <= 9
    assert all(window[i] is not None or window[i + 1] is not None for i in range(len(window) - 1))
