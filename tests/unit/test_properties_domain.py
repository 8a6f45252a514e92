"""Properties of the pure blog layer, checked without a build (so cheap at many examples):
reading front matter never raises, agrees with the model of the rules in `tests.strategies`,
and the listing order is a total order that ignores the order posts are read in."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import build_catalog, listing_order
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.posts import read_post
from tests.strategies import (
    IMAGE,
    PLANTED,
    BlogCase,
    blogs,
    front_matter,
    hostile_text,
    match_warnings,
    normalised,
    post_text,
)
from tests.strategies import listing_order as model_order

PREFIX = "mkdocs_blogposts: "


@given(data=front_matter, src_uri=st.sampled_from(["posts/p.md", "posts/a/b-c.md"]))
def test_read_post_never_raises_and_every_problem_names_the_file(
    data: dict[str, object], src_uri: str
) -> None:
    text = post_text(data)
    post, problems = read_post(src_uri, text, {IMAGE}, known_authors={"ana"})
    assert post.src_uri == src_uri
    assert post.title.strip()
    lines = text.count("\n") + 1
    for problem in problems:
        assert problem.path == src_uri
        assert problem.line is None or 1 <= problem.line <= lines, problem


@given(text=st.text(max_size=200) | hostile_text.map(lambda text: f"---\n{text}\n---\n"))
def test_read_post_never_raises_on_any_text(text: str) -> None:
    post, problems = read_post("posts/p.md", text, set())
    assert post.title.strip()
    assert all(problem.path == "posts/p.md" for problem in problems)


@given(blog=blogs())
def test_read_post_agrees_with_the_model(blog: BlogCase) -> None:
    known = None if blog.registry is None else set(blog.authors_by_slug)
    for case, expected in zip(blog.posts, blog.expected(), strict=True):
        post, problems = read_post(case.src_uri, case.text(), {IMAGE}, known)
        assert post.title == expected.title
        assert post.date == expected.date
        assert post.author_slugs == expected.author_slugs
        assert [c.slug for c in post.categories] == [slug for slug, _ in expected.categories]
        assert [normalised(c.label) for c in post.categories] == [
            normalised(label) for _, label in expected.categories
        ]
        assert post.featured == expected.featured
        assert post.description == expected.description
        assert post.image_alt == expected.image_alt
        assert (post.image is not None) == expected.image
        messages = [PREFIX + str(problem) for problem in problems]
        unexpected, missing = match_warnings(messages, expected.warnings)
        assert not unexpected, f"unexpected warnings: {unexpected}"
        assert not missing, f"expected warnings not logged: {missing}; got {messages}"


_days = st.sampled_from([dt.datetime(2021, 8, 10), dt.datetime(2021, 8, 10, 9), None])
_titles = st.sampled_from(["a", "A", "b", "B", "ä", "ß", "SS", PLANTED, "10", "9"])
_posts = st.lists(
    st.builds(
        lambda number, title, day: Post(f"posts/p{number}.md", title, day),
        st.integers(0, 20),
        _titles,
        _days,
    ),
    max_size=12,
    unique_by=lambda post: post.src_uri,
)


@given(posts=_posts, data=st.data())
def test_listing_order_is_total_and_ignores_input_order(
    posts: list[Post], data: st.DataObject
) -> None:
    ordered = listing_order(posts)
    shuffled = data.draw(st.permutations(posts))
    assert listing_order(shuffled) == ordered
    assert sorted(ordered, key=lambda post: post.src_uri) == sorted(
        posts, key=lambda post: post.src_uri
    )
    for newer, older in itertools.pairwise(ordered):
        if newer.date != older.date:
            assert older.date is None or (newer.date is not None and newer.date > older.date)
        else:
            assert (newer.title.casefold(), newer.src_uri) < (older.title.casefold(), older.src_uri)


@given(posts=_posts, labels=st.lists(st.sampled_from(["x", "y", "z"]), max_size=3, unique=True))
def test_catalog_lists_each_post_once_per_category(posts: list[Post], labels: list[str]) -> None:
    """No post is an orphan: dated or not, each is in the index and in each of its categories,
    once, in listing order (the undated after every dated one)."""
    categorised = [
        Post(post.src_uri, post.title, post.date, categories=tuple(Category(s, s) for s in labels))
        for post in posts
    ]
    catalog = build_catalog(categorised)
    ordered = listing_order(categorised)
    assert list(catalog.posts) == ordered
    assert list(catalog.dated) == [post for post in ordered if post.date is not None]
    for label in set(labels):
        assert list(catalog.posts_by_category.get(label, ())) == ordered


@given(blog=blogs())
def test_model_order_agrees_with_listing_order(blog: BlogCase) -> None:
    posts = [Post(expected.src_uri, expected.title, expected.date) for expected in blog.expected()]
    expected_order = [post.src_uri for post in model_order(blog.expected())]
    assert [p.src_uri for p in listing_order(posts)] == expected_order
