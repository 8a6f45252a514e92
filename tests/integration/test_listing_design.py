"""What the listing pages show besides their posts (issue 12's design): each post once per
page, the categories and authors overviews' counts and newest posts, a post count under a
category's, tag's or author's heading, and no sidebar left holding only the blog's link."""

from __future__ import annotations

import pytest

from tests.conftest import BuiltSite, SiteBuilder


def studio(site: SiteBuilder, registry: bool = True) -> None:
    if registry:
        site.authors_yaml()
    site.post("a.md", title="Alpha", date="01/01/2021", categories=["design"])
    site.post("b.md", title="Beta", date="01/02/2021", categories=["design", "photo"])
    site.post("c.md", title="Gamma", date="01/03/2021", categories=["photo"], featured=True)
    site.post("d.md", title="Delta", date="01/04/2021", categories=["design"], extra="tags: [ink]")


def text(built: BuiltSite, src_uri: str, selector: str) -> list[str]:
    return [
        " ".join(e.get_text(" ", strip=True).split()) for e in built.soup(src_uri).select(selector)
    ]


def test_a_featured_post_is_shown_once_on_the_index(any_site: SiteBuilder) -> None:
    studio(any_site)
    built = any_site.build(strict=True)
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == ["Gamma"]
    assert built.card_titles("blog/index.md") == ["Delta", "Beta", "Alpha"]
    # Elsewhere it keeps its place: its category's page and the featured page list it.
    assert built.list_titles("blog/category/photo/index.md") == ["Gamma", "Beta"]
    assert built.card_titles("blog/featured.md") == ["Gamma"]


def test_a_featured_post_on_a_later_page_is_listed_there_too(site: SiteBuilder) -> None:
    studio(site)
    site.blogposts_options(posts_per_page=2)
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == ["Gamma"]
    assert built.card_titles("blog/index.md") == ["Delta"]
    assert built.card_titles("blog/page/2.md") == ["Beta", "Alpha"]


def test_the_categories_overview_shows_counts_and_each_newest_post(any_site: SiteBuilder) -> None:
    studio(any_site)
    built = any_site.build(strict=True)
    overview = "blog/category.md"
    assert text(built, overview, ".blogposts-category-entry-title") == ["design", "photo"]
    assert text(built, overview, ".blogposts-category-entry .blogposts-count") == [
        "3 posts",
        "2 posts",
    ]
    newest = built.soup(overview).select(".blogposts-category-entry-newest a")
    assert [a.get_text() for a in newest] == ["Delta", "Gamma"]
    times = built.soup(overview).select(".blogposts-category-entry-newest time")
    assert [t["datetime"] for t in times] == ["2021-01-04", "2021-01-03"]
    for a in newest:
        target = (built.dest(overview).parent / str(a["href"])).resolve()
        assert (target / "index.html" if str(a["href"]).endswith("/") else target).is_file()


def test_term_and_author_pages_say_how_many_posts_they_hold(site: SiteBuilder) -> None:
    studio(site)
    site.blogposts_options(list_per_page=2)
    built = site.build(strict=True)
    # Every page of the category counts all its posts, not the page's.
    for page in ("blog/category/design/index.md", "blog/category/design/page/2.md"):
        assert text(built, page, ".blogposts-listing-count") == ["3 posts"], page
    assert text(built, "blog/tag/ink/index.md", ".blogposts-listing-count") == ["1 post"]
    assert text(built, "blog/author/michael-scott/index.md", ".blogposts-listing-count") == [
        "4 posts"
    ]
    assert text(built, "blog/author.md", ".blogposts-author-index .blogposts-count") == ["4 posts"]
    # The index and the overviews have no such line.
    for page in ("blog/index.md", "blog/category.md", "blog/tag.md"):
        assert built.soup(page).select(".blogposts-listing-count") == [], page


def primary_sidebar_hidden(built: BuiltSite, src_uri: str) -> bool:
    sidebar = built.soup(src_uri).select_one(".md-sidebar--primary")
    assert sidebar is not None, src_uri
    return sidebar.has_attr("hidden")


@pytest.mark.parametrize(
    ("features", "nav", "hidden"),
    [
        (["navigation.tabs"], None, True),  # the blog is a tab of its own: "Blog" alone
        ([], None, False),  # no tabs: the sidebar holds the whole site's navigation
        (["navigation.tabs"], [{"Home": "index.md"}, {"Journal": ["blog/index.md"]}], True),
        (
            ["navigation.tabs"],
            [{"Home": "index.md"}, {"More": ["blog/index.md", "about.md"]}],
            False,
        ),
    ],
    ids=["tab", "no-tabs", "section-of-one", "section-shared"],
)
def test_listings_drop_a_navigation_column_holding_only_the_blog(
    site: SiteBuilder, features: list[str], nav: list[object] | None, hidden: bool
) -> None:
    studio(site)
    site.write("index.md", "# Home\n")
    site.write("about.md", "# About\n")
    site.config["theme"] = {"name": "material", "features": features}
    if nav is not None:
        site.config["nav"] = nav
    else:
        site.config["not_in_nav"] = "about.md"
    built = site.build(strict=True)
    for listing in ("blog/index.md", "blog/category.md", "blog/category/design/index.md"):
        assert primary_sidebar_hidden(built, listing) is hidden, listing
    # Posts keep theirs: a margin that keeps their lines a readable length.
    assert primary_sidebar_hidden(built, "posts/a.md") is False
    assert primary_sidebar_hidden(built, "index.md") is False


def test_an_authors_own_profile_page_is_laid_out_like_a_listing(site: SiteBuilder) -> None:
    studio(site, registry=False)  # the profiles are the registry
    site.config["theme"] = {"name": "material", "features": ["navigation.tabs"]}
    site.write("authors/michael-scott.md", "---\nname: Michael Scott\n---\n\nBio.\n")
    site.write("authors/pam.md", "---\nname: Pam\nhide: [footer]\n---\n\nBio.\n")
    site.post("p.md", title="Pam post", author="pam", date="01/05/2021")
    built = site.build(strict=True)
    assert built.soup("authors/michael-scott.md").select(".blogposts-author-profile")
    assert primary_sidebar_hidden(built, "authors/michael-scott.md")
    assert (
        built.soup("authors/michael-scott.md").select_one(".md-sidebar--secondary")["hidden"]
        is not None
    )
    # A profile whose front matter says what to hide keeps its own choice.
    assert not primary_sidebar_hidden(built, "authors/pam.md")


@pytest.mark.parametrize(
    ("front_matter", "toc_hidden"), [("", True), ("---\nhide: []\n---\n", False)]
)
def test_a_users_own_index_page_decides_with_hide(
    site: SiteBuilder, front_matter: str, toc_hidden: bool
) -> None:
    studio(site)
    site.write("blog/index.md", front_matter + "# Journal\n\n## About this journal\n\nText.\n")
    built = site.build(strict=True)
    toc = built.soup("blog/index.md").select_one(".md-sidebar--secondary")
    assert toc is not None
    assert toc.has_attr("hidden") is toc_hidden


def test_an_index_whose_posts_all_stand_out_says_nothing_is_missing(site: SiteBuilder) -> None:
    """Every post of the first page featured: they stand out on top, and the page does not
    also say "No posts yet." below them."""
    site.authors_yaml()
    site.post("a.md", title="Alpha", featured=True)
    site.post("b.md", title="Beta", featured=True, date="01/02/2021")
    built = site.build(strict=True)
    index = built.soup("blog/index.md")
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == ["Alpha", "Beta"]
    assert index.select(".blogposts-list, .blogposts-empty") == []


def test_a_blog_without_posts_says_so(site: SiteBuilder) -> None:
    site.write("posts/notes.txt", "Not a post.\n")
    built = site.build(strict=True)
    index = built.soup("blog/index.md")
    assert [p.get_text() for p in index.select(".blogposts-empty")] == ["No posts yet."]
    assert index.select(".blogposts-list, .blogposts-featured") == []
