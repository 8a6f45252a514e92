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
from mkdocs_blogposts.render import Renderer, make_date_formatter, make_environment, page_window
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
    )


def _url_of(src_uri: str) -> str:
    return "../" + src_uri.removesuffix(".md") + "/"


def _elements(html: str, name: str) -> list[Any]:
    return BeautifulSoup(html, "html.parser").find_all(name)


@settings(max_examples=300, deadline=None)
@given(front_matter)
def test_any_front_matter_renders_escaped(data: dict[str, Any]) -> None:
    post, _problems = read_post("posts/p.md", post_text(data), {"posts/a.png"}, None)
    renderer = _renderer([post])
    view = renderer.post_view(post, _url_of, "posts/p/", excerpt="<p>Excerpt.</p>")
    header = renderer.post_header(view, show_title=True)
    assert _elements(header, MARKER) == []
    listings = plan_listings(renderer.catalog, "blog", 10)
    for listing in listings:
        html = renderer.listing(listing, [view] if listing.posts else [], _url_of, True)
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
    html = renderer.post_header(renderer.post_view(post, _url_of, "posts/p/"), show_title=True)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".blogposts-author-name").get_text() == "Ana <b>López</b>"
    assert soup.select_one("time")["datetime"] == "2021-08-10"
    assert soup.select_one("img.blogposts-avatar")["src"] == "https://e.com/a.png"


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
