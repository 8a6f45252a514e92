"""RelatedIndex: the listed posts sharing the most categories and tags, newest first on ties,
computed once per distinct term set."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import Catalog, build_catalog
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.related import RelatedIndex
from mkdocs_blogposts.slugs import slugify


def make_post(
    name: str,
    date: dt.datetime | None = None,
    *,
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
) -> Post:
    return Post(
        src_uri=f"posts/{name}.md",
        title=name,
        date=date,
        categories=tuple(Category(slugify(label), label) for label in categories),
        tags=tuple(Category(slugify(label), label) for label in tags),
    )


def day(number: int) -> dt.datetime:
    return dt.datetime(2024, 1, number)


def names(posts: Sequence[Post]) -> list[str]:
    return [post.src_uri.removeprefix("posts/").removesuffix(".md") for post in posts]


def tag_index(catalog: Catalog) -> dict[str, tuple[Post, ...]]:
    """Tag slug -> its posts in listing order, as the catalog indexes categories."""
    posts_by_tag: dict[str, list[Post]] = defaultdict(list)
    for post in catalog.posts:
        for tag in post.tags:
            posts_by_tag[tag.slug].append(post)
    return {slug: tuple(posts) for slug, posts in posts_by_tag.items()}


def index_of(posts: Sequence[Post], count: int) -> tuple[Catalog, RelatedIndex]:
    catalog = build_catalog(posts)
    index = RelatedIndex(catalog.posts_by_category, tag_index(catalog), catalog.positions, count)
    return catalog, index


def test_best_scores_first() -> None:
    post = make_post("post", day(10), categories=("design", "photo"), tags=("python",))
    posts = [
        post,
        make_post("two", day(1), categories=("design",), tags=("python",)),
        make_post("one", day(2), categories=("photo",)),
        make_post("none", day(3), categories=("music",), tags=("rust",)),
        make_post("three", day(4), categories=("photo", "design"), tags=("python", "go")),
    ]
    _, index = index_of(posts, 5)
    assert names(index.related(post)) == ["three", "two", "one"]


def test_ties_newest_first_then_undated() -> None:
    post = make_post("post", day(20), tags=("python",))
    posts = [
        post,
        make_post("old", day(1), tags=("python",)),
        make_post("undated", None, tags=("python",)),
        make_post("new", day(9), tags=("python",)),
        make_post("mid", day(5), tags=("python",)),
    ]
    _, index = index_of(posts, 10)
    assert names(index.related(post)) == ["new", "mid", "old", "undated"]


def test_count_keeps_the_best() -> None:
    post = make_post("post", day(20), categories=("a", "b"))
    posts = [
        post,
        make_post("new-one", day(9), categories=("a",)),
        make_post("old-two", day(1), categories=("a", "b")),
        make_post("old-one", day(2), categories=("b",)),
    ]
    _, index = index_of(posts, 2)
    assert names(index.related(post)) == ["old-two", "new-one"]


def test_never_the_post_itself() -> None:
    """Posts with the same terms share one computation, which includes each of them."""
    posts = [make_post(f"p{number}", day(number), categories=("design",)) for number in (1, 2, 3)]
    _, index = index_of(posts, 2)
    for post in posts:
        related = index.related(post)
        assert post not in related
        assert len(related) == 2
    assert names(index.related(posts[2])) == ["p2", "p1"]
    assert names(index.related(posts[1])) == ["p3", "p1"]
    assert names(index.related(posts[0])) == ["p3", "p2"]


def test_count_zero_is_always_empty() -> None:
    posts = [make_post("a", day(1), categories=("x",)), make_post("b", day(2), categories=("x",))]
    _, index = index_of(posts, 0)
    assert index.related(posts[0]) == ()
    assert index.related(posts[1]) == ()


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        RelatedIndex({}, {}, {}, -1)


def test_count_larger_than_candidates() -> None:
    post = make_post("post", day(5), categories=("x",))
    posts = [post, make_post("a", day(1), categories=("x",)), make_post("b", day(2), tags=("x",))]
    _, index = index_of(posts, 50)
    assert names(index.related(post)) == ["a"]


def test_post_without_terms_has_none() -> None:
    bare = make_post("bare", day(5))
    posts = [bare, make_post("a", day(1), categories=("x",)), make_post("b", day(2))]
    _, index = index_of(posts, 3)
    assert index.related(bare) == ()
    assert index.related(posts[2]) == ()


def test_a_category_and_a_tag_with_the_same_slug_are_different_terms() -> None:
    post = make_post("post", day(9), categories=("python",))
    posts = [
        post,
        make_post("tagged", day(8), tags=("python",)),
        make_post("filed", day(1), categories=("Python",)),
    ]
    _, index = index_of(posts, 3)
    assert names(index.related(post)) == ["filed"]
    assert index.related(posts[1]) == ()


def test_unlisted_posts_are_never_related_but_get_related_posts() -> None:
    listed = make_post("listed", day(1), categories=("x",))
    hidden = make_post("hidden", day(9), categories=("x",))
    catalog, _ = index_of([listed, hidden], 3)
    positions = {listed.src_uri: 0}
    index = RelatedIndex(catalog.posts_by_category, {}, positions, 3)
    assert index.related(listed) == ()
    assert index.related(hidden) == (listed,)


def test_a_post_indexed_twice_under_one_term_counts_once() -> None:
    post = make_post("post", day(9), categories=("x",), tags=("y",))
    once = make_post("once", day(1), categories=("x",), tags=("y",))
    twice = make_post("twice", day(5), tags=("y",))
    positions = {post.src_uri: 0, twice.src_uri: 1, once.src_uri: 2}
    index = RelatedIndex({"x": (post, once)}, {"y": (post, twice, twice, once)}, positions, count=3)
    assert index.related(post) == (once, twice)


class CountingIndex(Mapping[str, Sequence[Post]]):
    """A term index that counts the lists read from it."""

    def __init__(self, lists: Mapping[str, Sequence[Post]]) -> None:
        self.lists = lists
        self.reads = 0

    def __getitem__(self, slug: str) -> Sequence[Post]:
        self.reads += 1
        return self.lists[slug]

    def __iter__(self) -> Iterator[str]:
        return iter(self.lists)

    def __len__(self) -> int:
        return len(self.lists)


def test_each_terms_list_is_read_once_however_many_posts_ask() -> None:
    same = [
        make_post(f"same{number}", day(number), categories=("design",), tags=("python",))
        for number in range(1, 6)
    ]
    other = make_post("other", day(20), categories=("design",))
    bare = make_post("bare", day(21))
    catalog = build_catalog([*same, other, bare])
    categories = CountingIndex(catalog.posts_by_category)
    tags = CountingIndex(tag_index(catalog))
    index = RelatedIndex(categories, tags, catalog.positions, 2)
    assert categories.reads == tags.reads == 0  # nothing computed before it is asked for
    for _ in range(2):
        for post in [*same, other, bare]:
            index.related(post)
    # Two terms, design and python: each list is read once, into its bitset; `bare` reads none.
    assert (categories.reads, tags.reads) == (1, 1)
    assert names(index.related(same[4])) == ["same4", "same3"]
    assert names(index.related(other)) == ["same5", "same4"]


# --- against a brute-force oracle -------------------------------------------------------------

DATES = (None, day(1), day(2), day(3))
"""Few dates, so ties in date (decided by title) are common."""


def oracle(catalog: Catalog, positions: Mapping[str, int], post: Post, count: int) -> list[Post]:
    """Score every other listed post: the definition, in O(n) per post."""

    def terms(of: Post) -> set[tuple[str, str]]:
        return {("category", c.slug) for c in of.categories} | {("tag", t.slug) for t in of.tags}

    scored = [
        (len(terms(post) & terms(other)), positions[other.src_uri], other)
        for other in catalog.posts
        if other.src_uri != post.src_uri and other.src_uri in positions
    ]
    best = sorted((item for item in scored if item[0] > 0), key=lambda item: (-item[0], item[1]))
    return [other for _, _, other in best][:count]


@st.composite
def blogs(draw: st.DrawFn) -> tuple[list[Post], set[str]]:
    """Up to 12 posts with terms from small pools (`a` is both a category and a tag), and
    the src_uris of the ones left unlisted."""
    labels = st.lists(st.sampled_from(["a", "b", "c"]), max_size=3, unique=True)
    posts = [
        make_post(
            f"p{number}",
            draw(st.sampled_from(DATES)),
            categories=tuple(draw(labels)),
            tags=tuple(draw(st.lists(st.sampled_from(["a", "x", "y"]), max_size=3, unique=True))),
        )
        for number in range(draw(st.integers(0, 12)))
    ]
    unlisted = draw(st.sets(st.sampled_from([p.src_uri for p in posts]))) if posts else set()
    return posts, unlisted


@given(blogs(), st.integers(0, 5))
def test_matches_scoring_every_post(blog: tuple[list[Post], set[str]], count: int) -> None:
    posts, unlisted = blog
    catalog = build_catalog(posts)
    positions = {uri: at for uri, at in catalog.positions.items() if uri not in unlisted}
    index = RelatedIndex(catalog.posts_by_category, tag_index(catalog), positions, count)
    for post in catalog.posts:
        assert list(index.related(post)) == oracle(catalog, positions, post, count), post
