"""plan_listings: every generated index page, its path, title, posts and neighbours."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import build_catalog
from mkdocs_blogposts.listings import (
    CATEGORIES,
    CATEGORY,
    FEATURED,
    INDEX,
    Listing,
    Titles,
    plan_listings,
    plan_tabs,
)
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.slugs import slugify


def make_post(number: int, categories: tuple[str, ...] = (), featured: bool = False) -> Post:
    return Post(
        src_uri=f"posts/p{number:02d}.md",
        title=f"Post {number:02d}",
        date=dt.datetime(2024, 1, 1) + dt.timedelta(days=number),
        # as read_post does: labels without a slug are skipped
        categories=tuple(Category(slugify(lb), lb) for lb in categories if slugify(lb)),
        featured=featured,
    )


def directory_url(src_uri: str) -> str:
    """The URL MkDocs gives a page with use_directory_urls (index.md is its folder)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def posts_of(listing: Listing) -> list[int]:
    return [int(post.src_uri[7:9]) for post in listing.posts]


# Five posts, newest (5) first: index pages [5, 4] [3, 2] [1]; design [5, 3] [1];
# "Studio Tips" [4]; featured [5, 2].
POSTS = [
    make_post(1, ("design",)),
    make_post(2, (), featured=True),
    make_post(3, ("design",)),
    make_post(4, ("Studio Tips",)),
    make_post(5, ("design",), featured=True),
]


@pytest.fixture
def plan() -> list[Listing]:
    return plan_listings(build_catalog(POSTS), "blog", per_page=2)


def test_plan_layout(plan: list[Listing]) -> None:
    summary = [
        (
            x.src_uri,
            x.kind,
            x.title,
            x.page,
            posts_of(x),
            x.in_nav,
            x.previous_src_uri,
            x.next_src_uri,
        )
        for x in plan
    ]
    assert summary == [
        ("blog/index.md", INDEX, "Blog", 1, [5, 4], True, None, "blog/page/2.md"),
        (
            "blog/page/2.md",
            INDEX,
            "Blog, page 2",
            2,
            [3, 2],
            False,
            "blog/index.md",
            "blog/page/3.md",
        ),
        ("blog/page/3.md", INDEX, "Blog, page 3", 3, [1], False, "blog/page/2.md", None),
        ("blog/category.md", CATEGORIES, "Categories", 1, [], False, None, None),
        (
            "blog/category/design/index.md",
            CATEGORY,
            "design",
            1,
            [5, 3],
            False,
            None,
            "blog/category/design/page/2.md",
        ),
        (
            "blog/category/design/page/2.md",
            CATEGORY,
            "design, page 2",
            2,
            [1],
            False,
            "blog/category/design/index.md",
            None,
        ),
        ("blog/category/studio-tips/index.md", CATEGORY, "Studio Tips", 1, [4], False, None, None),
        ("blog/featured.md", FEATURED, "Featured", 1, [5, 2], False, None, None),
    ]


def test_series_and_categories(plan: list[Listing]) -> None:
    by_uri = {listing.src_uri: listing for listing in plan}
    assert by_uri["blog/page/2.md"].series == ("blog/index.md", "blog/page/2.md", "blog/page/3.md")
    assert by_uri["blog/category/design/page/2.md"].series == (
        "blog/category/design/index.md",
        "blog/category/design/page/2.md",
    )
    assert by_uri["blog/category/design/index.md"].category == Category("design", "design")
    assert by_uri["blog/category/studio-tips/index.md"].category == Category(
        "studio-tips", "Studio Tips"
    )
    assert by_uri["blog/index.md"].category is None
    assert by_uri["blog/category.md"].series == ()


def test_featured_pagination() -> None:
    posts = [make_post(n, featured=True) for n in range(1, 6)]
    plan = plan_listings(build_catalog(posts), "blog", per_page=2)
    featured = [(x.src_uri, x.title, posts_of(x)) for x in plan if x.kind == FEATURED]
    assert featured == [
        ("blog/featured.md", "Featured", [5, 4]),
        ("blog/featured/page/2.md", "Featured, page 2", [3, 2]),
        ("blog/featured/page/3.md", "Featured, page 3", [1]),
    ]
    assert [x.in_nav for x in plan if x.kind == FEATURED] == [False, False, False]


def test_empty_blog_still_has_first_pages() -> None:
    plan = plan_listings(build_catalog([]), "blog", per_page=10)
    assert [(x.src_uri, x.kind, list(x.posts), x.in_nav) for x in plan] == [
        ("blog/index.md", INDEX, [], True),
        ("blog/category.md", CATEGORIES, [], False),
        ("blog/featured.md", FEATURED, [], False),
    ]


@pytest.mark.parametrize(
    ("blog_dir", "expected"),
    [
        pytest.param(
            "",
            ["index.md", "page/2.md", "category.md", "category/design/index.md", "featured.md"],
            id="docs-root",
        ),
        pytest.param(
            "news/blog",
            [
                "news/blog/index.md",
                "news/blog/page/2.md",
                "news/blog/category.md",
                "news/blog/category/design/index.md",
                "news/blog/featured.md",
            ],
            id="nested",
        ),
    ],
)
def test_blog_dir(blog_dir: str, expected: list[str]) -> None:
    posts = [make_post(1, ("design",)), make_post(2, ("design",))]
    plan = plan_listings(build_catalog(posts), blog_dir, per_page=1)
    first_category_pages = [x.src_uri for x in plan if x.kind != CATEGORY or x.page == 1]
    assert first_category_pages == expected
    assert plan[1].previous_src_uri == expected[0]


def test_custom_titles() -> None:
    titles = Titles(blog="News", categories="Topics", featured="Picks", page="{title} ({page})")
    posts = [make_post(n, ("design",), featured=True) for n in range(1, 4)]
    plan = plan_listings(build_catalog(posts), "blog", per_page=2, titles=titles)
    assert [x.title for x in plan] == [
        "News",
        "News (2)",
        "Topics",
        "design",
        "design (2)",
        "Picks",
        "Picks (2)",
    ]


def test_braces_in_a_category_label_are_not_a_format_string() -> None:
    posts = [make_post(n, ("{page} tips",)) for n in range(1, 3)]
    plan = plan_listings(build_catalog(posts), "blog", per_page=1)
    assert [x.title for x in plan if x.kind == CATEGORY] == ["{page} tips", "{page} tips, page 2"]


@pytest.mark.parametrize("label", ["index", "page", "Page", "category", "featured", "2"])
def test_awkward_category_slugs_do_not_collide(label: str) -> None:
    posts = [make_post(n, (label, "other")) for n in range(1, 4)]
    plan = plan_listings(build_catalog(posts), "blog", per_page=1)
    uris = [x.src_uri for x in plan]
    assert len(uris) == len(set(uris))
    assert len({directory_url(uri) for uri in uris}) == len(uris)
    assert f"blog/category/{slugify(label)}/index.md" in uris
    assert f"blog/category/{slugify(label)}/page/2.md" in uris


labels = st.one_of(
    st.sampled_from(["index", "page", "category", "featured", "2", "design", "Design", "a b"]),
    st.text("abcxyz- ", min_size=1, max_size=6),
)


@given(
    st.lists(st.tuples(st.lists(labels, max_size=3), st.booleans()), max_size=12),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["", "blog", "news/blog"]),
)
def test_src_uris_are_unique_and_series_consistent(
    specs: list[tuple[list[str], bool]], per_page: int, blog_dir: str
) -> None:
    posts = [make_post(n, tuple(cats), featured) for n, (cats, featured) in enumerate(specs, 1)]
    catalog = build_catalog(posts)
    plan = plan_listings(catalog, blog_dir, per_page)
    uris = [x.src_uri for x in plan]
    assert len(uris) == len(set(uris))
    urls = [directory_url(uri) for uri in uris]
    assert len(urls) == len(set(urls))
    assert all(uri.endswith(".md") and not uri.startswith("/") for uri in uris)
    for listing in plan:
        if listing.kind != CATEGORIES:
            assert listing.series[listing.page - 1] == listing.src_uri
        assert listing.in_nav == (listing.page == 1 and listing.kind == INDEX)
    listed = {
        slug: [p for x in plan if x.category and x.category.slug == slug for p in x.posts]
        for slug in catalog.categories
    }
    assert listed == {slug: list(ps) for slug, ps in catalog.posts_by_category.items()}
    assert [p for x in plan if x.kind == INDEX for p in x.posts] == list(catalog.posts)


def test_tabs_lead_to_the_first_page_of_each_main_listing(plan: list[Listing]) -> None:
    tabs = plan_tabs("blog", Titles(blog="Journal"))
    assert [(t.kind, t.title, t.src_uri) for t in tabs] == [
        (INDEX, "Journal", "blog/index.md"),
        (CATEGORIES, "Categories", "blog/category.md"),
        (FEATURED, "Featured", "blog/featured.md"),
    ]
    first_pages = {x.src_uri for x in plan if x.page == 1 and x.kind != CATEGORY}
    assert {t.src_uri for t in plan_tabs("blog")} == first_pages
    held = {t.kind: sorted({x.kind for x in plan if t.holds(x)}) for t in tabs}
    assert held == {
        INDEX: [INDEX],
        CATEGORIES: sorted([CATEGORIES, CATEGORY]),
        FEATURED: [FEATURED],
    }
