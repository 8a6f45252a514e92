"""plan_listings and plan_tabs: every generated index page, its path, title, posts and
neighbours, and the tabs that lead to them (only where there is something to show)."""

from __future__ import annotations

import datetime as dt
import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import Catalog, build_catalog
from mkdocs_blogposts.config import BlogpostsConfig
from mkdocs_blogposts.listings import (
    ARCHIVE,
    AUTHOR,
    AUTHORS,
    CATEGORIES,
    CATEGORY,
    FEATURED,
    INDEX,
    TAG,
    TAGS,
    YEAR,
    Layout,
    Listing,
    Titles,
    plan_listings,
    plan_tabs,
)
from mkdocs_blogposts.model import Author, Category, Post
from mkdocs_blogposts.slugs import slugify

OVERVIEWS = (CATEGORIES, TAGS, AUTHORS, ARCHIVE)
"""Listing kinds that list terms, authors or years rather than posts."""


def make_post(
    number: int,
    categories: tuple[str, ...] = (),
    featured: bool = False,
    *,
    tags: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    year: int | None = 2024,
) -> Post:
    """Post `number`, dated `number` days into `year` (None: undated); a higher number is
    newer within a year."""
    return Post(
        src_uri=f"posts/p{number:02d}.md",
        title=f"Post {number:02d}",
        date=None if year is None else dt.datetime(year, 1, 1) + dt.timedelta(days=number),
        author_slugs=authors,
        # as read_post does: labels without a slug are skipped
        categories=tuple(Category(slugify(lb), lb) for lb in categories if slugify(lb)),
        tags=tuple(Category(slugify(lb), lb) for lb in tags if slugify(lb)),
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


def summary(plan: list[Listing]) -> list[tuple[str, str, str, int, list[int]]]:
    return [(x.src_uri, x.kind, x.title, x.page, posts_of(x)) for x in plan]


# Five posts, newest (5) first. Cards two a page: index [5, 4] [3, 2] [1], featured [5, 2];
# compact lists one a page: design [5] [3] [1], "Studio Tips" [4]; all of 2024.
POSTS = [
    make_post(1, ("design",)),
    make_post(2, (), featured=True),
    make_post(3, ("design",)),
    make_post(4, ("Studio Tips",)),
    make_post(5, ("design",), featured=True),
]


@pytest.fixture
def plan() -> list[Listing]:
    return plan_listings(build_catalog(POSTS), Layout(per_page=2, list_per_page=1))


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
    # No tags and no registry: no tag pages, no author pages, and no overview of either.
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
        ("blog/archive.md", ARCHIVE, "Archive", 1, [], False, None, None),
        # A category's page is a compact list, paginated by list_per_page, not per_page.
        (
            "blog/category/design/index.md",
            CATEGORY,
            "design",
            1,
            [5],
            False,
            None,
            "blog/category/design/page/2.md",
        ),
        (
            "blog/category/design/page/2.md",
            CATEGORY,
            "design, page 2",
            2,
            [3],
            False,
            "blog/category/design/index.md",
            "blog/category/design/page/3.md",
        ),
        (
            "blog/category/design/page/3.md",
            CATEGORY,
            "design, page 3",
            3,
            [1],
            False,
            "blog/category/design/page/2.md",
            None,
        ),
        ("blog/category/studio-tips/index.md", CATEGORY, "Studio Tips", 1, [4], False, None, None),
        ("blog/featured.md", FEATURED, "Featured", 1, [5, 2], False, None, None),
        # A year is one page, however many posts it has: they are listed by month.
        ("blog/archive/2024.md", YEAR, "2024", 1, [5, 4, 3, 2, 1], False, None, None),
    ]


def test_series_and_terms(plan: list[Listing]) -> None:
    by_uri = {listing.src_uri: listing for listing in plan}
    assert by_uri["blog/page/2.md"].series == ("blog/index.md", "blog/page/2.md", "blog/page/3.md")
    assert by_uri["blog/category/design/page/2.md"].series == (
        "blog/category/design/index.md",
        "blog/category/design/page/2.md",
        "blog/category/design/page/3.md",
    )
    assert by_uri["blog/category/design/index.md"].term == Category("design", "design")
    assert by_uri["blog/category/design/page/2.md"].term == Category("design", "design")
    assert by_uri["blog/category/design/page/3.md"].term == Category("design", "design")
    assert by_uri["blog/category/studio-tips/index.md"].term == Category(
        "studio-tips", "Studio Tips"
    )
    assert by_uri["blog/index.md"].term is None
    assert by_uri["blog/category.md"].series == ()
    assert by_uri["blog/archive.md"].series == ()
    year = by_uri["blog/archive/2024.md"]
    assert (year.year, year.series, year.term, year.author) == (2024, (), None, None)
    assert all(x.year is None for x in plan if x.kind != YEAR)
    assert all(x.author is None for x in plan)


def test_featured_pagination() -> None:
    posts = [make_post(n, featured=True) for n in range(1, 6)]
    plan = plan_listings(build_catalog(posts), Layout(per_page=2))
    featured = [(x.src_uri, x.title, posts_of(x)) for x in plan if x.kind == FEATURED]
    assert featured == [
        ("blog/featured.md", "Featured", [5, 4]),
        ("blog/featured/page/2.md", "Featured, page 2", [3, 2]),
        ("blog/featured/page/3.md", "Featured, page 3", [1]),
    ]
    assert [x.in_nav for x in plan if x.kind == FEATURED] == [False, False, False]


def test_an_empty_blog_has_only_its_index() -> None:
    """Nothing to show behind categories, tags, featured, authors or the archive: no page."""
    authors = {"ana": Author("ana", "Ana")}
    plan = plan_listings(build_catalog([]), Layout(per_page=10), authors)
    assert [(x.src_uri, x.kind, list(x.posts), x.in_nav, x.series) for x in plan] == [
        ("blog/index.md", INDEX, [], True, ("blog/index.md",)),
    ]


@pytest.mark.parametrize(
    ("blog_dir", "expected"),
    [
        pytest.param(
            "",
            [
                "index.md",
                "category.md",
                "tag.md",
                "author.md",
                "archive.md",
                "category/design/index.md",
                "tag/python/index.md",
                "author/ana/index.md",
                "archive/2024.md",
            ],
            id="docs-root",
        ),
        pytest.param(
            "news/blog",
            [
                "news/blog/index.md",
                "news/blog/category.md",
                "news/blog/tag.md",
                "news/blog/author.md",
                "news/blog/archive.md",
                "news/blog/category/design/index.md",
                "news/blog/tag/python/index.md",
                "news/blog/author/ana/index.md",
                "news/blog/archive/2024.md",
            ],
            id="nested",
        ),
    ],
)
def test_blog_dir(blog_dir: str, expected: list[str]) -> None:
    posts = [make_post(n, ("design",), tags=("python",), authors=("ana",)) for n in range(1, 3)]
    authors = {"ana": Author("ana", "Ana")}
    layout = Layout(blog_dir=blog_dir, per_page=1, list_per_page=1)
    plan = plan_listings(build_catalog(posts), layout, authors)
    first_pages = [x.src_uri for x in plan if x.page == 1]
    assert first_pages == expected
    assert (plan[1].page, plan[1].previous_src_uri) == (2, expected[0])
    later_pages = [x.src_uri for x in plan if x.page == 2]
    assert later_pages == [
        posixpath.join(blog_dir, path)
        for path in (
            "page/2.md",
            "category/design/page/2.md",
            "tag/python/page/2.md",
            "author/ana/page/2.md",
        )
    ]


def test_custom_titles() -> None:
    titles = Titles(
        blog="News",
        categories="Topics",
        featured="Picks",
        page=lambda title, page: f"{title} ({page})",
        tags="Keywords",
        archive="Past",
        authors="Writers",
    )
    posts = [
        make_post(n, ("design",), featured=True, tags=("python",), authors=("ana",))
        for n in range(1, 4)
    ]
    authors = {"ana": Author("ana", "Ana López")}
    layout = Layout(per_page=2, list_per_page=2, titles=titles)
    plan = plan_listings(build_catalog(posts), layout, authors)
    assert [x.title for x in plan] == [
        "News",
        "News (2)",
        "Topics",
        "Keywords",
        "Writers",
        "Past",
        "design",
        "design (2)",
        "python",
        "python (2)",
        "Picks",
        "Picks (2)",
        "Ana López",
        "Ana López (2)",
        "2024",
    ]


def test_braces_in_a_label_or_name_are_not_a_format_string() -> None:
    posts = [
        make_post(n, ("{page} tips",), tags=("{title}",), authors=("ana",)) for n in range(1, 3)
    ]
    authors = {"ana": Author("ana", "{page} {title}")}
    plan = plan_listings(build_catalog(posts), Layout(per_page=1, list_per_page=1), authors)
    assert [x.title for x in plan if x.kind == CATEGORY] == ["{page} tips", "{page} tips, page 2"]
    assert [x.title for x in plan if x.kind == TAG] == ["{title}", "{title}, page 2"]
    assert [x.title for x in plan if x.kind == AUTHOR] == [
        "{page} {title}",
        "{page} {title}, page 2",
    ]


AWKWARD = ["index", "page", "Page", "category", "tag", "author", "archive", "featured", "2", "2024"]


@pytest.mark.parametrize("label", AWKWARD)
def test_awkward_slugs_do_not_collide(label: str) -> None:
    slug = slugify(label)
    posts = [
        make_post(n, (label, "other"), tags=(label, "other"), authors=(slug, "bo"))
        for n in range(1, 4)
    ]
    authors = {slug: Author(slug, label), "bo": Author("bo", "Bo")}
    plan = plan_listings(build_catalog(posts), Layout(per_page=1, list_per_page=1), authors)
    uris = [x.src_uri for x in plan]
    assert len(uris) == len(set(uris))
    assert len({directory_url(uri) for uri in uris}) == len(uris)
    for folder in ("category", "tag", "author"):
        assert f"blog/{folder}/{slug}/index.md" in uris
        assert f"blog/{folder}/{slug}/page/2.md" in uris


# --- tags ------------------------------------------------------------------------------------


def test_a_tag_page_is_a_compact_list_paginated_by_list_per_page() -> None:
    """Tags are many and fine-grained: a compact list each, `list_per_page` posts a page,
    however few `per_page` (cards) is."""
    posts = [
        make_post(1, tags=("Python",)),
        make_post(2, tags=("python", "Web Dev")),
        make_post(3, tags=("web dev",), year=None),
        make_post(4, ("design",)),
        make_post(5, tags=("python",)),
    ]
    catalog = build_catalog(posts)
    python = Category("python", "python")  # the spelling most posts use
    web = Category("web-dev", "Web Dev")  # a tie: capitals first

    def tag_pages(layout: Layout) -> list[tuple[str, str, Category | None, list[int], int]]:
        plan = plan_listings(catalog, layout)
        return [(x.src_uri, x.title, x.term, posts_of(x), x.page) for x in plan if x.kind == TAG]

    # Cards two a page, lists 50 a page (the default): one page a tag.
    assert tag_pages(Layout(per_page=2)) == [
        ("blog/tag/python/index.md", "python", python, [5, 2, 1], 1),
        ("blog/tag/web-dev/index.md", "Web Dev", web, [2, 3], 1),
    ]
    # Lists two a page: a second page for python, whatever the cards per page.
    assert tag_pages(Layout(per_page=10, list_per_page=2)) == [
        ("blog/tag/python/index.md", "python", python, [5, 2], 1),
        ("blog/tag/python/page/2.md", "python, page 2", python, [1], 2),
        ("blog/tag/web-dev/index.md", "Web Dev", web, [2, 3], 1),
    ]
    plan = plan_listings(catalog, Layout(per_page=2))
    assert [x.series for x in plan if x.kind == TAG] == [
        ("blog/tag/python/index.md",),
        ("blog/tag/web-dev/index.md",),
    ]
    overview = [x for x in plan if x.kind == TAGS]
    assert [(x.src_uri, x.title, list(x.posts)) for x in overview] == [("blog/tag.md", "Tags", [])]
    # Tags are no categories: the category pages hold only the one post in a category.
    assert [(x.src_uri, posts_of(x)) for x in plan if x.kind == CATEGORY] == [
        ("blog/category/design/index.md", [4])
    ]


def test_cards_and_compact_lists_paginate_separately() -> None:
    """`per_page` splits the card listings (index, featured); `list_per_page` the compact
    ones (a category's, a tag's, an author's page)."""
    posts = [
        make_post(n, ("design",), True, tags=("python",), authors=("ana",)) for n in range(1, 6)
    ]
    authors = {"ana": Author("ana", "Ana")}
    catalog = build_catalog(posts)

    def pages_per_kind(layout: Layout) -> dict[str, list[list[int]]]:
        pages: dict[str, list[list[int]]] = {}
        for x in plan_listings(catalog, layout, authors):
            if x.kind in (INDEX, FEATURED, AUTHOR, CATEGORY, TAG):
                pages.setdefault(x.kind, []).append(posts_of(x))
        return pages

    assert pages_per_kind(Layout(per_page=2, list_per_page=3)) == {
        INDEX: [[5, 4], [3, 2], [1]],
        CATEGORY: [[5, 4, 3], [2, 1]],
        TAG: [[5, 4, 3], [2, 1]],
        FEATURED: [[5, 4], [3, 2], [1]],
        AUTHOR: [[5, 4, 3], [2, 1]],
    }
    assert pages_per_kind(Layout(per_page=3, list_per_page=2)) == {
        INDEX: [[5, 4, 3], [2, 1]],
        CATEGORY: [[5, 4], [3, 2], [1]],
        TAG: [[5, 4], [3, 2], [1]],
        FEATURED: [[5, 4, 3], [2, 1]],
        AUTHOR: [[5, 4], [3, 2], [1]],
    }
    # The defaults: 24 cards (a grid of 2, 3 or 4 columns), 100 lines a page.
    assert (Layout().per_page, Layout().list_per_page) == (24, 100)


def test_a_category_and_a_tag_with_one_slug_each_get_a_page() -> None:
    posts = [make_post(1, ("Design",)), make_post(2, tags=("design",))]
    plan = plan_listings(build_catalog(posts), Layout())
    pages = {x.src_uri: (x.kind, posts_of(x)) for x in plan}
    assert pages["blog/category/design/index.md"] == (CATEGORY, [1])
    assert pages["blog/tag/design/index.md"] == (TAG, [2])


# --- authors ---------------------------------------------------------------------------------

REGISTRY = {
    "zoe": Author("zoe", "Ana Zed"),
    "bo": Author("bo", "bo Brown"),
    "cy": Author("cy", "Cy"),  # no post: no page
}
AUTHORED = [
    make_post(1, authors=("zoe",)),
    make_post(2, authors=("zoe", "bo")),
    make_post(3, authors=("ghost",)),  # not in the registry: no page
    make_post(4, authors=("bo",), year=None),
    make_post(5, authors=("zoe",)),
]


def test_author_pages_for_registry_authors_with_posts_ordered_by_name() -> None:
    plan = plan_listings(build_catalog(AUTHORED), Layout(per_page=2, list_per_page=2), REGISTRY)
    assert [
        (x.src_uri, x.title, x.page, posts_of(x), x.author) for x in plan if x.kind == AUTHOR
    ] == [
        ("blog/author/zoe/index.md", "Ana Zed", 1, [5, 2], "zoe"),
        ("blog/author/zoe/page/2.md", "Ana Zed, page 2", 2, [1], "zoe"),
        ("blog/author/bo/index.md", "bo Brown", 1, [2, 4], "bo"),
    ]
    overview = [(x.src_uri, x.kind, x.title, list(x.posts)) for x in plan if x.kind == AUTHORS]
    assert overview == [("blog/author.md", AUTHORS, "Authors", [])]
    assert all(x.author is None for x in plan if x.kind != AUTHOR)


def test_a_profile_page_is_the_authors_first_page() -> None:
    profiles = {"zoe": "authors/zoe.md", "cy": "authors/cy.md"}
    plan = plan_listings(
        build_catalog(AUTHORED), Layout(per_page=2, list_per_page=2), REGISTRY, profiles
    )
    pages = [(x.src_uri, x.page, posts_of(x), x.series) for x in plan if x.kind == AUTHOR]
    assert pages == [
        ("authors/zoe.md", 1, [5, 2], ("authors/zoe.md", "blog/author/zoe/page/2.md")),
        ("blog/author/zoe/page/2.md", 2, [1], ("authors/zoe.md", "blog/author/zoe/page/2.md")),
        ("blog/author/bo/index.md", 1, [2, 4], ("blog/author/bo/index.md",)),
    ]
    second = next(x for x in plan if x.src_uri == "blog/author/zoe/page/2.md")
    assert second.previous_src_uri == "authors/zoe.md"
    # An author without posts keeps their profile as a plain page: no listing there.
    assert "authors/cy.md" not in {x.src_uri for x in plan}


def test_author_pages_off_gives_no_author_pages_and_no_authors_tab() -> None:
    layout = Layout(per_page=2, author_pages=False)
    catalog = build_catalog(AUTHORED)
    plan = plan_listings(catalog, layout, REGISTRY, {"zoe": "authors/zoe.md"})
    assert [x for x in plan if x.kind in (AUTHOR, AUTHORS)] == []
    assert all(not x.src_uri.startswith(("blog/author", "authors/")) for x in plan)
    assert plan_tabs(catalog, layout, REGISTRY).of_kind(AUTHORS) is None


def test_author_segment_names_the_author_folder() -> None:
    layout = Layout(per_page=2, list_per_page=2, author_segment="people")
    catalog = build_catalog(AUTHORED)
    plan = plan_listings(catalog, layout, REGISTRY)
    author_uris = [x.src_uri for x in plan if x.kind in (AUTHOR, AUTHORS)]
    assert author_uris == [
        "blog/people.md",
        "blog/people/zoe/index.md",
        "blog/people/zoe/page/2.md",
        "blog/people/bo/index.md",
    ]
    tab = plan_tabs(catalog, layout, REGISTRY).of_kind(AUTHORS)
    assert tab is not None
    assert tab.src_uri == "blog/people.md"
    assert not any("/author" in x.src_uri for x in plan)


@pytest.mark.parametrize(
    ("slug", "folder"),
    [
        ("Ana López", "ana-lópez"),
        ("a/b", "ab"),
        ("../../../escaped", "escaped"),
        ("x?y#z", "xyz"),
        ("<x-evil>", "x-evil"),
    ],
)
def test_an_author_slug_is_made_a_url_slug_for_its_folder(slug: str, folder: str) -> None:
    """A registry key is anything YAML allows: never a path that leaves the blog's folder."""
    posts = [make_post(n, authors=(slug,)) for n in range(1, 3)]
    plan = plan_listings(
        build_catalog(posts), Layout(per_page=1, list_per_page=1), {slug: Author(slug, "A")}
    )
    assert [x.src_uri for x in plan if x.kind == AUTHOR] == [
        f"blog/author/{folder}/index.md",
        f"blog/author/{folder}/page/2.md",
    ]
    assert [x.author for x in plan if x.kind == AUTHOR] == [slug, slug]


@pytest.mark.parametrize("slug", ["..", ".", "!!!", "/"])
def test_an_author_slug_without_letters_or_digits_gets_no_page(slug: str) -> None:
    posts = [make_post(1, authors=(slug,)), make_post(2)]
    authors = {slug: Author(slug, "Dot")}
    catalog = build_catalog(posts)
    plan = plan_listings(catalog, Layout(), authors)
    assert [x.src_uri for x in plan] == ["blog/index.md", "blog/archive.md", "blog/archive/2024.md"]
    assert posts_of(plan[0]) == [2, 1]  # the blog index is still the blog index
    assert plan_tabs(catalog, Layout(), authors).of_kind(AUTHORS) is None


def test_authors_whose_slugs_make_one_url_slug_get_one_page() -> None:
    """The first by name gets the folder; the other gets no page (not the other's)."""
    posts = [make_post(1, authors=("Ana",)), make_post(2, authors=("ana",))]
    authors = {"ana": Author("ana", "B"), "Ana": Author("Ana", "A")}
    plan = plan_listings(build_catalog(posts), Layout(), authors)
    assert [(x.src_uri, x.author, posts_of(x)) for x in plan if x.kind == AUTHOR] == [
        ("blog/author/ana/index.md", "Ana", [1])
    ]


def test_every_folder_of_the_blog_is_refused_as_author_segment() -> None:
    """The folders every other listing uses: author pages in one would replace its pages
    (`blog/category/<slug>/`, `blog/archive/2024/`, `blog/page/2/`). (The messages are in
    test_config; this ties the refused names to the folders the plan really uses.)"""
    posts = [make_post(n, ("design",), True, tags=("python",), authors=("ana",)) for n in (1, 2)]
    authors = {"ana": Author("ana", "Ana")}
    plan = plan_listings(build_catalog(posts), Layout(per_page=1, author_segment="x"), authors)
    folders = {
        directory_url(x.src_uri).split("/")[1]
        for x in plan
        if x.kind not in (AUTHOR, AUTHORS) and (x.kind != INDEX or x.page > 1)
    }
    assert folders == {"category", "tag", "featured", "archive", "page"}
    # And `index`: the authors overview `blog/<segment>.md` would be the blog index.
    for folder in sorted({*folders, "index"}):
        config = BlogpostsConfig()
        config.load_dict({"author_segment": folder})
        errors, _ = config.validate()
        assert [name for name, _ in errors] == ["author_segment"], folder
        assert "choose another" in str(errors[0][1])
    config = BlogpostsConfig()
    config.load_dict({"author_segment": "people"})
    assert config.validate() == ([], [])


# --- archive ---------------------------------------------------------------------------------

YEARS = [
    make_post(1, year=2022),
    make_post(2, ("design",), year=2024),
    make_post(3, year=None),
    make_post(4, year=2022),
    make_post(5, year=2024),
    make_post(6, year=2021),
]


def test_archive_has_a_page_per_year_newest_first_without_undated_posts() -> None:
    plan = plan_listings(build_catalog(YEARS), Layout(per_page=1))
    assert [(x.src_uri, x.kind, x.title, x.year, posts_of(x)) for x in plan if x.kind == YEAR] == [
        ("blog/archive/2024.md", YEAR, "2024", 2024, [5, 2]),
        ("blog/archive/2022.md", YEAR, "2022", 2022, [4, 1]),
        ("blog/archive/2021.md", YEAR, "2021", 2021, [6]),
    ]
    assert [(x.src_uri, x.title) for x in plan if x.kind == ARCHIVE] == [
        ("blog/archive.md", "Archive")
    ]


def test_archive_false_gives_no_archive() -> None:
    layout = Layout(archive=False)
    catalog = build_catalog(YEARS)
    plan = plan_listings(catalog, layout)
    assert [x for x in plan if x.kind in (ARCHIVE, YEAR)] == []
    assert not any("archive" in x.src_uri for x in plan)
    assert plan_tabs(catalog, layout).archive is None


def test_a_blog_of_undated_posts_has_no_archive() -> None:
    catalog = build_catalog([make_post(n, year=None) for n in (1, 2)])
    plan = plan_listings(catalog, Layout())
    assert [x.src_uri for x in plan] == ["blog/index.md"]
    assert plan_tabs(catalog, Layout()).archive is None


# --- tabs ------------------------------------------------------------------------------------


def test_tabs_lead_to_the_first_page_of_each_main_listing() -> None:
    posts = [
        make_post(1, ("design",), tags=("python",), authors=("ana",)),
        make_post(2, featured=True),
    ]
    authors = {"ana": Author("ana", "Ana")}
    catalog = build_catalog(posts)
    layout = Layout(per_page=1, titles=Titles(blog="Journal"))
    tabs = plan_tabs(catalog, layout, authors)
    assert [(t.kind, t.title, t.src_uri) for t in tabs.items] == [
        (INDEX, "Journal", "blog/index.md"),
        (CATEGORIES, "Categories", "blog/category.md"),
        (TAGS, "Tags", "blog/tag.md"),
        (FEATURED, "Featured", "blog/featured.md"),
        (AUTHORS, "Authors", "blog/author.md"),
        (ARCHIVE, "Archive", "blog/archive.md"),
    ]
    assert tabs.blog is tabs.items[0]
    assert tabs.featured is tabs.items[3]
    assert tabs.archive is tabs.items[5]
    assert tabs.of_kind(CATEGORY) is None  # a kind of page, not of tab
    plan = plan_listings(catalog, layout, authors)
    first_pages = {
        x.src_uri for x in plan if x.page == 1 and x.kind in {INDEX, FEATURED, *OVERVIEWS}
    }
    assert {t.src_uri for t in tabs.items} == first_pages
    held = {t.kind: sorted({x.kind for x in plan if t.holds(x)}) for t in tabs.items}
    assert held == {
        INDEX: [INDEX],
        CATEGORIES: sorted([CATEGORIES, CATEGORY]),
        TAGS: sorted([TAGS, TAG]),
        FEATURED: [FEATURED],
        AUTHORS: sorted([AUTHORS, AUTHOR]),
        ARCHIVE: sorted([ARCHIVE, YEAR]),
    }


@pytest.mark.parametrize(
    ("posts", "authors", "shown"),
    [
        pytest.param([], {}, [INDEX], id="empty"),
        pytest.param([make_post(1, year=None)], {}, [INDEX], id="one-undated-post"),
        pytest.param([make_post(1)], {}, [INDEX, ARCHIVE], id="one-dated-post"),
        pytest.param(
            [make_post(1, ("design",), year=None)], {}, [INDEX, CATEGORIES], id="category"
        ),
        pytest.param([make_post(1, tags=("x",), year=None)], {}, [INDEX, TAGS], id="tag"),
        pytest.param(
            [make_post(1, featured=True, year=None)], {}, [INDEX, FEATURED], id="featured"
        ),
        pytest.param(
            [make_post(1, authors=("ana",), year=None)],
            {"ana": Author("ana", "Ana")},
            [INDEX, AUTHORS],
            id="registry-author",
        ),
        pytest.param(
            [make_post(1, authors=("ghost",), year=None)],
            {"ana": Author("ana", "Ana")},
            [INDEX],
            id="author-not-in-registry",
        ),
    ],
)
def test_a_tab_exists_only_when_its_page_has_something_to_show(
    posts: list[Post], authors: dict[str, Author], shown: list[str]
) -> None:
    catalog = build_catalog(posts)
    tabs = plan_tabs(catalog, Layout(), authors)
    assert [tab.kind for tab in tabs.items] == shown
    plan = plan_listings(catalog, Layout(), authors)
    assert {x.kind for x in plan if x.page == 1} - {CATEGORY, TAG, AUTHOR, YEAR} == set(shown)


# --- properties ------------------------------------------------------------------------------

labels = st.one_of(
    st.sampled_from(
        ["index", "page", "category", "tag", "author", "archive", "featured", "2", "Design", "a b"]
    ),
    st.text("abcxyz- ", min_size=1, max_size=6),
)
author_slugs = st.sampled_from(["ana", "Ana", "bo", "page", "2", "..", "x/y", "ghost"])
post_specs = st.tuples(
    st.lists(labels, max_size=3),
    st.lists(labels, max_size=2),
    st.lists(author_slugs, max_size=2, unique=True),
    st.booleans(),
    st.sampled_from([None, 1999, 2024, 2025]),
)


def _catalog_of(specs: list[tuple[list[str], list[str], list[str], bool, int | None]]) -> Catalog:
    return build_catalog(
        [
            make_post(n, tuple(cats), featured, tags=tuple(tags), authors=tuple(authors), year=year)
            for n, (cats, tags, authors, featured, year) in enumerate(specs, 1)
        ]
    )


@given(
    st.lists(post_specs, max_size=12),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["", "blog", "news/blog"]),
    st.sampled_from(["author", "people"]),
    st.booleans(),
    st.booleans(),
    st.sets(st.sampled_from(["ana", "bo", "cy"])),
)
def test_src_uris_are_unique_and_every_listing_holds_exactly_its_posts(
    specs: list[tuple[list[str], list[str], list[str], bool, int | None]],
    per_page: int,
    list_per_page: int,
    blog_dir: str,
    author_segment: str,
    author_pages: bool,
    archive: bool,
    with_profile: set[str],
) -> None:
    catalog = _catalog_of(specs)
    registry = {slug: Author(slug, slug.upper()) for slug in ("ana", "Ana", "bo", "cy", "..")}
    profiles = {slug: f"authors/{slug}.md" for slug in with_profile}
    layout = Layout(
        blog_dir=blog_dir,
        per_page=per_page,
        list_per_page=list_per_page,
        author_segment=author_segment,
        author_pages=author_pages,
        archive=archive,
    )
    plan = plan_listings(catalog, layout, registry, profiles)
    uris = [x.src_uri for x in plan]
    assert len(uris) == len(set(uris))
    urls = [directory_url(uri) for uri in uris]
    assert len(urls) == len(set(urls))
    assert all(uri.endswith(".md") and not uri.startswith("/") for uri in uris)
    assert all(".." not in uri.split("/") for uri in uris)
    for listing in plan:
        if listing.kind in OVERVIEWS:
            assert (listing.series, list(listing.posts)) == ((), [])
        elif listing.kind == YEAR:  # one page each, never empty
            assert (listing.series, listing.page) == ((), 1)
            assert listing.posts
        else:
            # Cards `per_page` a page; a compact list (category, tag, author) `list_per_page`.
            size = list_per_page if listing.kind in (CATEGORY, TAG, AUTHOR) else per_page
            assert listing.series[listing.page - 1] == listing.src_uri
            assert 0 < len(listing.posts) <= size or listing.series == (listing.src_uri,)
            if listing.page < len(listing.series):  # every page but the last is full
                assert len(listing.posts) == size
        assert listing.in_nav == (listing.page == 1 and listing.kind == INDEX)

    def posts_in(kind: str) -> dict[str, list[Post]]:
        """Key (term slug, author slug, year) -> the posts its pages list, in page order."""
        listed: dict[str, list[Post]] = {}
        for x in plan:
            if x.kind == kind:
                key = x.term.slug if x.term else x.author if x.author else str(x.year)
                listed.setdefault(key, []).extend(x.posts)
        return listed

    assert [p for x in plan if x.kind == INDEX for p in x.posts] == list(catalog.posts)
    assert posts_in(CATEGORY) == {s: list(ps) for s, ps in catalog.posts_by_category.items()}
    assert posts_in(TAG) == {s: list(ps) for s, ps in catalog.posts_by_tag.items()}
    assert [p for x in plan if x.kind == FEATURED for p in x.posts] == list(catalog.featured)
    # The model of author pages: registry authors with a post, whose slug makes a URL slug
    # no author before them (by name) has taken.
    expected_authors: dict[str, list[Post]] = {}
    taken: set[str] = set()
    for slug in sorted(registry, key=lambda s: (registry[s].name.casefold(), s)):
        folder = slugify(slug)
        if author_pages and catalog.posts_by_author.get(slug) and folder and folder not in taken:
            taken.add(folder)
            expected_authors[slug] = list(catalog.posts_by_author[slug])
    assert posts_in(AUTHOR) == expected_authors
    for x in plan:
        if x.kind == AUTHOR and x.page == 1:
            assert x.author is not None
            expected = profiles.get(x.author) or posixpath.join(
                blog_dir, author_segment, slugify(x.author), "index.md"
            )
            assert x.src_uri == expected
    years: dict[str, list[Post]] = {}
    for post in catalog.dated if archive else ():
        assert post.date is not None
        years.setdefault(str(post.date.year), []).append(post)
    assert posts_in(YEAR) == years
    assert list(posts_in(YEAR)) == sorted(years, reverse=True)
    # Tabs: one per overview or first page of a main listing, each leading to a planned page.
    tabs = plan_tabs(catalog, layout, registry)
    assert {t.src_uri for t in tabs.items} <= set(uris)
    kinds = {x.kind for x in plan}
    assert {t.kind for t in tabs.items} == kinds & {INDEX, FEATURED, *OVERVIEWS}
    assert all(any(t.holds(x) for t in tabs.items) for x in plan)
