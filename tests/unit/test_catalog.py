"""build_catalog and paginate: newest first, exact indexes, canonical category labels."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import build_catalog, listing_order, neighbours, paginate
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.slugs import slugify


def make_post(
    name: str,
    date: dt.datetime | None,
    *,
    title: str | None = None,
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    featured: bool = False,
    categories_line: int | None = None,
    tags_line: int | None = None,
) -> Post:
    return Post(
        src_uri=f"posts/{name}.md",
        title=title or name,
        date=date,
        author_slugs=authors,
        categories=tuple(Category(slugify(label), label) for label in categories),
        tags=tuple(Category(slugify(label), label) for label in tags),
        featured=featured,
        categories_line=categories_line,
        tags_line=tags_line,
    )


def day(month: int, number: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2024, month, number, hour)


def names(posts: tuple[Post, ...] | list[Post]) -> list[str]:
    return [post.src_uri.removeprefix("posts/").removesuffix(".md") for post in posts]


def test_newest_first() -> None:
    posts = [make_post("jan", day(1, 1)), make_post("mar", day(3, 1)), make_post("feb", day(2, 1))]
    assert names(build_catalog(posts).posts) == ["mar", "feb", "jan"]


def test_time_of_day_counts() -> None:
    posts = [make_post("morning", day(5, 1, 9)), make_post("evening", day(5, 1, 18))]
    assert names(build_catalog(posts).posts) == ["evening", "morning"]


def test_same_date_sorted_by_title_case_insensitively_then_path() -> None:
    posts = [
        make_post("p1", day(5, 1), title="banana"),
        make_post("p2", day(5, 1), title="Apple"),
        make_post("p3", day(5, 1), title="cherry"),
        make_post("p5", day(5, 1), title="apple"),
        make_post("p4", day(5, 1), title="apple"),
        make_post("newer", day(6, 1), title="zebra"),
    ]
    assert names(build_catalog(posts).posts) == ["newer", "p2", "p4", "p5", "p1", "p3"]


def test_undated_posts_are_listed_after_the_dated_ones() -> None:
    posts = [
        make_post("undated-b", None, title="B"),
        make_post("dated", day(1, 1)),
        make_post("undated-a", None, title="a", categories=("design",), featured=True),
    ]
    catalog = build_catalog(posts)
    assert names(catalog.posts) == ["dated", "undated-a", "undated-b"]
    assert names(catalog.dated) == ["dated"]
    assert names(catalog.undated) == ["undated-a", "undated-b"]
    assert names(catalog.featured) == ["undated-a"]
    assert catalog.categories == {"design": Category("design", "design")}
    assert names(catalog.posts_by_category["design"]) == ["undated-a"]
    assert set(catalog.by_src_uri) == {
        "posts/dated.md",
        "posts/undated-a.md",
        "posts/undated-b.md",
    }


def test_listing_order_puts_undated_last() -> None:
    posts = [
        make_post("u2", None, title="b"),
        make_post("old", dt.datetime(1, 1, 1, 0, 1)),
        make_post("u1", None, title="a"),
        make_post("new", day(1, 1)),
    ]
    assert names(listing_order(posts)) == ["new", "old", "u1", "u2"]


def test_listing_order_puts_undated_after_the_earliest_possible_date() -> None:
    posts = [make_post("u", None), make_post("old", dt.datetime(1, 1, 1))]
    assert names(listing_order(posts)) == ["old", "u"]


def test_indexes() -> None:
    a = make_post(
        "a", day(1, 1), categories=("design",), tags=("python",), authors=("ana",), featured=True
    )
    b = make_post(
        "b",
        day(2, 1),
        categories=("design", "photo"),
        tags=("web", "python"),
        authors=("ana", "mike"),
    )
    c = make_post("c", day(3, 1), categories=("photo",), authors=("mike",), featured=True)
    u = make_post("u", None, categories=("design",), tags=("web",), authors=("ana",), featured=True)
    catalog = build_catalog([a, u, b, c])
    assert catalog.posts == (c, b, a, u)
    assert catalog.dated == (c, b, a)
    assert catalog.undated == (u,)
    assert catalog.posts_by_category == {"design": (b, a, u), "photo": (c, b)}
    assert catalog.posts_by_author == {"ana": (b, a, u), "mike": (c, b)}
    assert catalog.featured == (c, a, u)
    assert catalog.categories == {
        "design": Category("design", "design"),
        "photo": Category("photo", "photo"),
    }
    assert catalog.posts_by_tag == {"python": (b, a), "web": (b, u)}
    assert catalog.tags == {"python": Category("python", "python"), "web": Category("web", "web")}
    assert catalog.by_src_uri == {p.src_uri: p for p in (a, b, c, u)}
    assert catalog.positions == {"posts/c.md": 0, "posts/b.md": 1, "posts/a.md": 2, "posts/u.md": 3}
    assert catalog.problems == ()


def test_canonical_label_is_the_most_common_spelling() -> None:
    posts = [
        make_post("a", day(1, 1), categories=("studio tips",)),
        make_post("b", day(2, 1), categories=("Studio Tips",)),
        make_post("c", day(3, 1), categories=("studio tips",)),
        make_post("d", day(4, 1), categories=("STUDIO TIPS",)),
    ]
    catalog = build_catalog(posts)
    assert catalog.categories == {"studio-tips": Category("studio-tips", "studio tips")}
    assert names(catalog.posts_by_category["studio-tips"]) == ["d", "c", "b", "a"]


@pytest.mark.parametrize(
    ("spellings", "label"),
    [
        pytest.param(("studio tips", "Studio Tips"), "Studio Tips", id="capitals-first"),
        pytest.param(("python", "Python"), "Python", id="name"),
        pytest.param(("Studio Tips", "STUDIO TIPS"), "STUDIO TIPS", id="code-point-order"),
        pytest.param(("C", "C++"), "C", id="clash-casefold-order"),
    ],
)
@pytest.mark.parametrize("newer", [0, 1], ids=["first-newer", "second-newer"])
def test_canonical_label_tie_does_not_depend_on_dates(
    spellings: tuple[str, str], label: str, newer: int
) -> None:
    posts = [
        make_post(f"p{i}", day(2, 1) if i == newer else day(1, 1), categories=(spelling,))
        for i, spelling in enumerate(spellings)
    ]
    # Undated posts are listed too, so their spellings count: one each keeps the tie.
    posts += [make_post(f"u{i}", None, categories=(s,)) for i, s in enumerate(spellings)]
    catalog = build_catalog(posts)
    assert [category.label for category in catalog.categories.values()] == [label]


def test_canonical_label_tie_is_the_same_whatever_the_order_or_names() -> None:
    spellings = ("studio tips", "Studio Tips", "STUDIO tips", "Studio tips")
    labels = set()
    for order in itertools.permutations(spellings):
        posts = [
            make_post(f"p{i}", day(1, 1 + i), title="T", categories=(spelling,))
            for i, spelling in enumerate(order)
        ]
        labels.add(build_catalog(posts).categories["studio-tips"].label)
    assert labels == {"STUDIO tips"}


def test_labels_sharing_a_slug_are_reported_on_the_categories_line() -> None:
    posts = [
        make_post("old", day(1, 1), categories=("C",), categories_line=4),
        make_post("older", day(1, 1), categories=("C",), categories_line=7),
        make_post("a", day(2, 1), categories=("C++",), categories_line=3),
        make_post("b", day(3, 1), categories=("C++",), categories_line=5),
        make_post("c", day(4, 1), categories=("C++",)),
    ]
    catalog = build_catalog(posts)
    assert [str(problem) for problem in catalog.problems] == [
        "posts/old.md:4: category 'C' has the same URL slug ('c') as 'C++'; both are listed "
        "as 'C++' (rename one to keep them apart)"
    ]


def test_categories_are_ordered_by_label() -> None:
    posts = [
        make_post("a", day(1, 1), categories=("zines", "Design")),
        make_post("b", day(2, 1), categories=("art", "Écriture", "béton")),
    ]
    catalog = build_catalog(posts)
    assert list(catalog.categories) == ["art", "béton", "design", "zines", "écriture"]
    assert [c.label for c in catalog.categories.values()] == [
        "art",
        "béton",
        "Design",
        "zines",
        "Écriture",
    ]


def test_empty_catalog() -> None:
    catalog = build_catalog([])
    assert catalog.posts == ()
    assert catalog.undated == ()
    assert catalog.categories == {}
    assert catalog.posts_by_category == {}
    assert catalog.tags == {}
    assert catalog.posts_by_tag == {}
    assert catalog.posts_by_author == {}
    assert catalog.featured == ()
    assert catalog.by_src_uri == {}
    assert catalog.problems == ()


# tags ----------------------------------------------------------------------------------------


def test_tags_are_labelled_and_ordered_like_categories() -> None:
    posts = [
        make_post("a", day(1, 1), tags=("web dev", "Zines")),
        make_post("b", day(2, 1), tags=("Web Dev", "art")),
        make_post("c", day(3, 1), tags=("web dev", "Écriture")),
        make_post("u", None, tags=("Art",)),
    ]
    catalog = build_catalog(posts)
    assert catalog.tags == {
        "art": Category("art", "Art"),  # a tie: capitals first
        "web-dev": Category("web-dev", "web dev"),  # the spelling most posts use
        "zines": Category("zines", "Zines"),
        "écriture": Category("écriture", "Écriture"),
    }
    assert list(catalog.tags) == ["art", "web-dev", "zines", "écriture"]
    assert names(catalog.posts_by_tag["web-dev"]) == ["c", "b", "a"]
    assert names(catalog.posts_by_tag["art"]) == ["b", "u"]  # undated last, as everywhere


def test_tags_and_categories_are_separate_indexes() -> None:
    """A tag and a category may share a slug: two terms, each with its own posts."""
    posts = [
        make_post("a", day(1, 1), categories=("Design",)),
        make_post("b", day(2, 1), tags=("design",)),
        make_post("c", day(3, 1), categories=("design",), tags=("python",)),
    ]
    catalog = build_catalog(posts)
    assert catalog.categories == {"design": Category("design", "Design")}
    assert names(catalog.posts_by_category["design"]) == ["c", "a"]
    assert catalog.tags == {
        "design": Category("design", "design"),
        "python": Category("python", "python"),
    }
    assert names(catalog.posts_by_tag["design"]) == ["b"]
    assert names(catalog.posts_by_tag["python"]) == ["c"]
    assert catalog.problems == ()  # the same slug in both taxonomies is no clash


def test_tag_labels_sharing_a_slug_are_reported_on_the_tags_line() -> None:
    posts = [
        make_post("old", day(1, 1), tags=("C",), tags_line=6, categories_line=2),
        make_post("older", day(1, 1), tags=("C",), tags_line=7),
        make_post("a", day(2, 1), tags=("C++",), tags_line=3),
        make_post("b", day(3, 1), tags=("C++", "studio tips"), tags_line=5),
        make_post("c", day(4, 1), tags=("C++", "Studio  Tips")),  # a spacing variant: no clash
    ]
    catalog = build_catalog(posts)
    assert [str(problem) for problem in catalog.problems] == [
        "posts/old.md:6: tag 'C' has the same URL slug ('c') as 'C++'; both are listed "
        "as 'C++' (rename one to keep them apart)"
    ]
    assert names(catalog.posts_by_tag["c"]) == ["c", "b", "a", "old", "older"]
    assert catalog.tags["c"] == Category("c", "C++")


def test_category_clashes_are_reported_before_tag_clashes() -> None:
    posts = [
        make_post("a", day(1, 1), categories=("C",), tags=("Go!",), categories_line=2, tags_line=3),
        make_post("b", day(2, 1), categories=("C++",), tags=("go",), categories_line=4),
        make_post("c", day(3, 1), categories=("C++",), tags=("go",)),
    ]
    catalog = build_catalog(posts)
    assert [(p.path, p.line, p.message.split(" has ")[0]) for p in catalog.problems] == [
        ("posts/a.md", 2, "category 'C'"),
        ("posts/a.md", 3, "tag 'Go!'"),
    ]


@pytest.mark.parametrize(
    ("count", "per_page", "sizes"),
    [
        pytest.param(0, 10, [0], id="empty-is-one-page"),
        pytest.param(1, 10, [1], id="one"),
        pytest.param(10, 10, [10], id="exactly-one-page"),
        pytest.param(20, 10, [10, 10], id="exact-multiple"),
        pytest.param(21, 10, [10, 10, 1], id="remainder-one"),
        pytest.param(7, 3, [3, 3, 1], id="remainder"),
        pytest.param(3, 1, [1, 1, 1], id="one-per-page"),
    ],
)
def test_paginate(count: int, per_page: int, sizes: list[int]) -> None:
    items = list(range(count))
    pages = paginate(items, per_page)
    assert [len(page) for page in pages] == sizes
    assert [item for page in pages for item in page] == items


def test_paginate_keeps_sequence_type() -> None:
    assert paginate((), 5) == [()]
    assert paginate((1, 2, 3), 2) == [(1, 2), (3,)]


@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=15))
def test_paginate_properties(items: list[int], per_page: int) -> None:
    pages = paginate(items, per_page)
    assert len(pages) == max(1, -(-len(items) // per_page))
    assert [item for page in pages for item in page] == items
    assert all(len(page) == per_page for page in pages[:-1])
    assert 0 < len(pages[-1]) <= per_page or not items


dates = st.one_of(st.none(), st.sampled_from([day(1, 1), day(1, 1, 5), day(2, 1)]), st.datetimes())


@given(
    st.lists(
        st.tuples(
            dates,
            st.sampled_from(["a", "B", "c", "A"]),
            st.lists(
                st.sampled_from(["x", "X", "y", "z z", "Z  Z"]), max_size=3, unique_by=slugify
            ),
        ),
        max_size=30,
    )
)
def test_catalog_order_properties(
    specs: list[tuple[dt.datetime | None, str, list[str]]],
) -> None:
    posts = [
        make_post(f"p{i}", date, title=title, tags=tuple(tags), categories=tuple(tags[:1]))
        for i, (date, title, tags) in enumerate(specs)
    ]
    catalog = build_catalog(posts)
    for index, terms_of in (
        (catalog.posts_by_tag, lambda post: post.tags),
        (catalog.posts_by_category, lambda post: post.categories),
    ):
        # Each term's posts: exactly the posts with it, in listing order, and nothing else.
        slugs = {term.slug for post in posts for term in terms_of(post)}
        assert index == {
            slug: tuple(p for p in catalog.posts if slug in {t.slug for t in terms_of(p)})
            for slug in slugs
        }
    assert set(catalog.tags) == set(catalog.posts_by_tag)
    assert set(catalog.categories) == set(catalog.posts_by_category)
    for newer, older in itertools.pairwise(catalog.dated):
        assert newer.date is not None
        assert older.date is not None
        assert newer.date > older.date or (
            newer.date == older.date
            and (newer.title.casefold(), newer.src_uri) < (older.title.casefold(), older.src_uri)
        )
    assert catalog.posts == catalog.dated + catalog.undated
    assert len(catalog.posts) == len(posts)
    assert all(p.date is None for p in catalog.undated)
    undated_keys = [(p.title.casefold(), p.src_uri) for p in catalog.undated]
    assert undated_keys == sorted(undated_keys)


def test_neighbours_follow_the_listing_order_undated_last() -> None:
    new, old, undated = (
        make_post("new", day(2, 1)),
        make_post("old", day(1, 1)),
        make_post("u", None),
    )
    catalog = build_catalog([old, undated, new])
    assert neighbours(catalog, new) == (None, old)
    assert neighbours(catalog, old) == (new, undated)
    assert neighbours(catalog, undated) == (old, None)
    assert neighbours(catalog, make_post("unlisted", day(3, 1))) == (None, None)
    assert neighbours(build_catalog([new]), new) == (None, None)


def test_last_changed_is_the_newest_publication_or_update_of_dated_posts() -> None:
    from mkdocs_blogposts.catalog import last_changed
    from mkdocs_blogposts.model import Post

    old = Post("posts/a.md", "A", dt.datetime(2020, 1, 2), updated=dt.datetime(2023, 5, 6))
    new = Post("posts/b.md", "B", dt.datetime(2021, 3, 4))
    undated = Post("posts/c.md", "C", None, updated=dt.datetime(2025, 1, 1))
    assert last_changed([new]) == dt.date(2021, 3, 4)
    assert last_changed([old, new]) == dt.date(2023, 5, 6)
    assert last_changed([undated]) is None  # an undated post dates nothing
    assert last_changed([]) is None
