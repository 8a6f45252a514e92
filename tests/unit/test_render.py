"""Rendering the byline, hero, cards, post footer and listing pages: escaped whatever the
front matter holds, every link relative to the page it is on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from mkdocs_blogposts.bios import make_bio_renderer
from mkdocs_blogposts.catalog import build_catalog
from mkdocs_blogposts.listings import (
    ARCHIVE,
    AUTHOR,
    AUTHORS,
    CATEGORIES,
    CATEGORY,
    INDEX,
    TAGS,
    YEAR,
    Layout,
    Listing,
    Tabs,
    Titles,
    plan_listings,
    plan_tabs,
)
from mkdocs_blogposts.model import Author, Category, ImageRef, Post
from mkdocs_blogposts.posts import read_post
from mkdocs_blogposts.render import (
    ROOT,
    TEMPLATES_DIR,
    Renderer,
    RenderSettings,
    _QuietBytecodeCache,
    make_date_formatter,
    make_environment,
    page_window,
)
from mkdocs_blogposts.slugs import slugify
from mkdocs_blogposts.urls import root_prefix
from tests.strategies import MARKER, front_matter, post_text

REGISTRY = {
    "ana": Author(
        "ana",
        "Ana <b>López</b>",
        ImageRef("https://e.com/a.png", True),
        bio=f"Paints **big** murals. <{MARKER} onload=alert(1)>\n\nSecond paragraph.",
        url="https://www.ana.example/",
        links=(("Mastodon", "https://m.example/@ana"), ("Bad", "javascript:alert(1)")),
    ),
    "bo": Author("bo", "Bo", url="https://bo.example/"),
    "cy": Author("cy", "Cy"),
}
_render_bio = make_bio_renderer([], {})


def _bio_html(author: Author) -> str:
    return _render_bio(author.bio) if author.bio else ""


DEFAULTS = RenderSettings()
LAYOUT = Layout()


def _renderer(
    posts: Sequence[Post],
    author_pages: Mapping[str, str] = {},
    render_settings: RenderSettings = DEFAULTS,
) -> Renderer:
    return Renderer(
        make_environment([]),
        build_catalog(posts),
        REGISTRY,
        make_date_formatter("en", "long"),
        render_settings,
        site_url_of=_site_url,
        excerpt_of=lambda post: "<p>Excerpt.</p>",
        author_pages=author_pages,
        bio_html_of=_bio_html,
    )


class Blog:
    """A renderer as the site sets one up: the plan, its tabs and the authors' pages."""

    def __init__(self, posts: Sequence[Post], layout: Layout = LAYOUT, **options: Any) -> None:
        catalog = build_catalog(posts)
        self.plan = plan_listings(catalog, layout, REGISTRY)
        self.tabs: Tabs = plan_tabs(catalog, layout, REGISTRY)
        author_pages = {x.author: x.src_uri for x in self.plan if x.author and x.page == 1}
        self.renderer = _renderer(posts, author_pages, RenderSettings(layout=layout, **options))

    def listing(self, src_uri: str) -> Listing:
        return next(x for x in self.plan if x.src_uri == src_uri)

    def page(self, src_uri: str, page_content: str | None = None) -> BeautifulSoup:
        """The listing at `src_uri` as a generated page renders: its content the H1."""
        listing = self.listing(src_uri)
        if page_content is None:
            page_content = f"<h1>{escape(listing.title)}</h1>\n"
        html = self.renderer.listing(listing, _site_url(src_uri), page_content, tabs=self.tabs)
        assert ROOT not in html
        return BeautifulSoup(html, "html.parser")


def _site_url(src_uri: str) -> str:
    url = src_uri.removesuffix(".md").removesuffix("index")
    return url if url.endswith("/") or not url else url + "/"


def _elements(html: str, name: str) -> list[Any]:
    return BeautifulSoup(html, "html.parser").find_all(name)


def _texts(soup: Any, selector: str) -> list[str]:
    return [" ".join(tag.get_text(" ", strip=True).split()) for tag in soup.select(selector)]


def _hrefs(soup: Any, selector: str) -> list[str]:
    return [str(tag["href"]) for tag in soup.select(selector)]


def make_post(
    name: str,
    day: int | None,
    *,
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    featured: bool = False,
) -> Post:
    """A post of August 2021 (`day` None: undated)."""
    return Post(
        src_uri=f"posts/{name}.md",
        title=name.title(),
        date=None if day is None else dt.datetime(2021, 8, day),
        author_slugs=authors,
        categories=tuple(Category(slugify(label), label) for label in categories),
        tags=tuple(Category(slugify(label), label) for label in tags),
        featured=featured,
    )


@settings(max_examples=300, deadline=None)
@given(front_matter)
def test_any_front_matter_renders_escaped(data: dict[str, Any]) -> None:
    post, _problems = read_post("posts/p.md", post_text(data), {"posts/a.png"}, None)
    other, _ = read_post("posts/q.md", post_text({**data, "title": "Q"}), {"posts/a.png"}, None)
    blog = Blog([post, other], Layout(per_page=1))
    renderer = blog.renderer
    for html in (
        renderer.post_header(post, "posts/p/", show_title=True),
        renderer.post_footer(post, "posts/p/", "blog/index.md", f"<{MARKER}>"),
    ):
        assert _elements(html, MARKER) == []
        assert ROOT not in html
    for listing in blog.plan:
        html = renderer.listing(
            listing,
            _site_url(listing.src_uri),
            f"<h1>{escape(listing.title)}</h1>\n",
            featured=listing.posts,
            tabs=blog.tabs,
        )
        assert _elements(html, MARKER) == []
        assert ROOT not in html
        for tag in BeautifulSoup(html, "html.parser").find_all(True):
            assert not any(name.startswith("on") for name in tag.attrs)
            assert not str(tag.get("href", "")).startswith("javascript:")


# --- bylines and cards ----------------------------------------------------------------------


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
    assert soup.select_one("time").get_text() == "August 10, 2021"
    assert soup.select_one("img.blogposts-avatar")["src"] == "https://e.com/a.png"
    assert soup.select_one(".blogposts-title").get_text() == "T"
    assert ROOT not in html


def test_without_author_pages_names_link_to_the_registry_url_or_nowhere() -> None:
    post = make_post("p", 10, authors=("ana", "bo", "cy", "ghost"))
    renderer = _renderer([post])
    byline = BeautifulSoup(renderer.post_header(post, "posts/p/", True), "html.parser")
    authors = [
        (
            _texts(author, ".blogposts-author-name")[0],
            [str(a["href"]) for a in author.select("a")],
        )
        for author in byline.select(".blogposts-author")
    ]
    assert authors == [
        # The avatar leads where the name does (but is hidden from screen readers).
        ("Ana <b>López</b>", ["https://www.ana.example/", "https://www.ana.example/"]),
        ("Bo", ["https://bo.example/"]),
        ("Cy", []),
        ("ghost", []),  # not in the registry: the slug, linked nowhere
    ]
    assert byline.select_one(".blogposts-avatar-link")["aria-hidden"] == "true"
    card = BeautifulSoup(str(renderer.card(post, 2)), "html.parser")
    # A card links an author only to their page on the blog, never away from it.
    card_authors = card.select_one(".blogposts-card-authors").get_text(strip=True)
    assert card_authors == "Ana <b>López</b>, Bo, Cy, ghost"
    assert card.select(".blogposts-card-authors a") == []


def test_with_author_pages_names_and_avatars_link_to_the_authors_page() -> None:
    post = make_post("p", 10, authors=("ana", "bo", "ghost"))
    renderer = _renderer([post], {"ana": "blog/author/ana/index.md"})
    byline = BeautifulSoup(renderer.post_header(post, "posts/p/", True), "html.parser")
    assert _hrefs(byline, ".blogposts-author a") == [
        "../../blog/author/ana/",  # avatar
        "../../blog/author/ana/",  # name
        "https://bo.example/",  # no page: their own site
    ]
    assert _hrefs(byline, "a[rel=author]") == ["../../blog/author/ana/", "https://bo.example/"]
    index = Listing("blog/index.md", INDEX, "B", [post])
    on_index = BeautifulSoup(renderer.listing(index, "blog/"), "html.parser")
    # A card links an author's name to their page only (the card itself leads to the post).
    assert _hrefs(on_index, ".blogposts-card-authors a[rel=author]") == ["../blog/author/ana/"]
    authors = on_index.select_one(".blogposts-card-authors").get_text(strip=True)
    assert authors == "Ana <b>López</b>, Bo, ghost"


def test_cards_render_once_and_localize_per_page() -> None:
    posts = [
        read_post("posts/a.md", post_text({"title": "A", "date": "01/02/2021"}), set())[0],
        read_post("posts/b.md", post_text({"title": "B", "date": "01/01/2021"}), set())[0],
    ]
    renderer = _renderer(posts)
    first, second = plan_listings(renderer.catalog, Layout(per_page=1))[:2]
    page_one = BeautifulSoup(renderer.listing(first, "blog/"), "html.parser")
    page_two = BeautifulSoup(renderer.listing(second, "blog/page/2/"), "html.parser")
    assert [a["href"] for a in page_one.select(".blogposts-card-title a")] == ["../posts/a/"]
    assert [a["href"] for a in page_two.select(".blogposts-card-title a")] == ["../../../posts/b/"]
    assert page_two.select_one("[rel=prev]")["href"] == "../../../blog/"
    assert renderer.card(posts[0], 2) is renderer.card(posts[0], 2)
    # ASCII posts give ASCII HTML: one non-ASCII character in the ROOT marker or a template
    # would make Python store every card and listing page at 2 bytes a character.
    assert str(renderer.card(posts[0], 2)).isascii()
    assert renderer.listing(second, "blog/page/2/").isascii()


# --- the post footer ------------------------------------------------------------------------

FOOTER_POSTS = [
    make_post("a", 10, categories=("design",), tags=("python", "web"), authors=("ana", "ghost")),
    make_post("b", 12, tags=("Python",), authors=("bo",)),
    make_post("c", 11, categories=("design",), tags=("web",)),
    make_post("d", 9),
    make_post("e", None, tags=("web",)),
]


def test_post_footer_shows_tags_author_cards_related_posts_and_neighbours() -> None:
    blog = Blog(FOOTER_POSTS)
    post = FOOTER_POSTS[0]
    html = blog.renderer.post_footer(post, "posts/a/", "blog/index.md", "Journal")
    assert ROOT not in html
    footer = BeautifulSoup(html, "html.parser")
    tags = footer.select(".blogposts-tags a.blogposts-tag")
    # Labelled as the catalog spells them (`python` and `Python` tie: capitals first).
    assert [(a.get_text(), a["href"], a["rel"]) for a in tags] == [
        ("Python", "../../blog/tag/python/", ["tag"]),
        ("web", "../../blog/tag/web/", ["tag"]),
    ]
    cards = footer.select(".blogposts-about .blogposts-author-card")
    assert len(cards) == 1  # `ghost` is not in the registry: no card
    card = cards[0]
    assert _texts(card, ".blogposts-author-card-name") == ["Ana <b>López</b>"]
    assert _hrefs(card, ".blogposts-author-card-name a") == ["../../blog/author/ana/"]
    assert card.select_one("img.blogposts-avatar")["src"] == "https://e.com/a.png"
    # The bio's first paragraph, rendered as Markdown and cleaned.
    bio = card.select_one(".blogposts-author-bio")
    assert bio.get_text(" ", strip=True) == "Paints big murals."
    assert [b.get_text() for b in bio.select("strong")] == ["big"]
    assert bio.find(MARKER) is None
    # Own site (shown by host) and safe links only.
    links = [(a.get_text(), a["href"]) for a in card.select(".blogposts-author-links a")]
    assert links == [
        ("ana.example", "https://www.ana.example/"),
        ("Mastodon", "https://m.example/@ana"),
    ]
    # Related: sharing terms with `a` (never `a`, never `d`): `c` shares two, then newer first.
    related = [(a.get_text(), a["href"]) for a in footer.select("a.blogposts-related-title")]
    assert related == [("C", "../../posts/c/"), ("B", "../../posts/b/"), ("E", "../../posts/e/")]
    assert _texts(footer, ".blogposts-related-item time") == ["August 11, 2021", "August 12, 2021"]
    assert _texts(footer, ".blogposts-post-nav-title") == ["C", "D"]  # newer, older
    assert _hrefs(footer, ".blogposts-back a") == ["../../blog/"]
    assert _texts(footer, ".blogposts-back a") == ["\N{LEFTWARDS ARROW} Journal"]


def test_related_posts_count_and_off() -> None:
    post = FOOTER_POSTS[0]
    one = Blog(FOOTER_POSTS, related_posts=1).renderer.post_footer(
        post, "posts/a/", "blog/index.md", "B"
    )
    assert _texts(BeautifulSoup(one, "html.parser"), "a.blogposts-related-title") == ["C"]
    off = Blog(FOOTER_POSTS, related_posts=0).renderer.post_footer(
        post, "posts/a/", "blog/index.md", "B"
    )
    assert BeautifulSoup(off, "html.parser").select(".blogposts-related") == []


def test_a_post_without_tags_authors_or_related_posts_has_only_the_way_on() -> None:
    post = make_post("alone", 1)
    html = Blog([post]).renderer.post_footer(post, "posts/alone/", "blog/index.md", "Blog")
    footer = BeautifulSoup(html, "html.parser")
    for absent in (
        ".blogposts-tags",
        ".blogposts-about",
        ".blogposts-related",
        ".blogposts-post-nav",
    ):
        assert footer.select(absent) == [], absent
    assert _hrefs(footer, ".blogposts-back a") == ["../../blog/"]


# --- listing pages --------------------------------------------------------------------------


def test_a_generated_pages_h1_is_its_only_heading_above_the_listing() -> None:
    soup = Blog(FOOTER_POSTS).page("blog/index.md")
    assert _texts(soup, "h1") == ["Blog"]
    assert soup.select_one("h1").find_next("div")["class"] == [
        "blogposts-listing",
        "blogposts-listing--index",
    ]


def test_the_users_own_page_keeps_its_h1_and_text_above_the_listing() -> None:
    soup = Blog(FOOTER_POSTS).page(
        "blog/index.md", '<h1 id="j">Our Journal</h1>\n<p>Hand-written.</p>\n'
    )
    assert _texts(soup, "h1") == ["Our Journal"]
    text = soup.get_text(" ", strip=True)
    assert text.index("Our Journal") < text.index("Hand-written.") < text.index("Excerpt.")
    assert soup.select_one(".blogposts-listing").find(string="Hand-written.") is None


def test_the_users_own_page_without_h1_gets_the_title_above_its_text() -> None:
    blog = Blog(FOOTER_POSTS, Layout(titles=Titles(blog="<i>News</i>")))
    soup = blog.page("blog/index.md", "<p>Hand-written, no heading.</p>")
    assert _texts(soup, "h1") == ["<i>News</i>"]
    assert soup.select("i") == []
    text = soup.get_text(" ", strip=True)
    assert text.index("<i>News</i>") < text.index("Hand-written") < text.index("Excerpt.")


def test_tabs_mark_the_page_and_the_tab_it_belongs_to() -> None:
    blog = Blog(FOOTER_POSTS)
    expected_tabs = ["Blog", "Categories", "Tags", "Authors", "Archive"]  # nothing featured
    for src_uri, current in [
        ("blog/index.md", {"Blog": "page"}),
        ("blog/category.md", {"Categories": "page"}),
        ("blog/category/design/index.md", {"Categories": "true"}),
        ("blog/tag/web/index.md", {"Tags": "true"}),
        ("blog/author.md", {"Authors": "page"}),
        ("blog/author/ana/index.md", {"Authors": "true"}),
        ("blog/archive/2021.md", {"Archive": "true"}),
    ]:
        soup = blog.page(src_uri)
        tabs = soup.select(".blogposts-listing > nav.blogposts-tabs a")
        assert [a.get_text() for a in tabs] == expected_tabs, src_uri
        marked = {a.get_text(): a["aria-current"] for a in tabs if a.get("aria-current")}
        assert marked == current, src_uri
        # Every tab's link leads to its page, from wherever it is shown.
        base = _site_url(src_uri)
        for tab, target in zip(tabs, blog.tabs.items, strict=True):
            assert str(tab["href"]) == root_prefix(base) + _site_url(target.src_uri), src_uri


def test_overviews_list_every_term_author_and_year_with_counts() -> None:
    posts = [*FOOTER_POSTS, make_post("old", None), make_post("f", 3, authors=("cy",))]
    posts.append(
        Post("posts/y.md", "Y", dt.datetime(2019, 5, 1), author_slugs=("ana",), featured=True)
    )
    blog = Blog(posts)

    def entries(src_uri: str, item: str) -> list[tuple[str, str, str]]:
        soup = blog.page(src_uri)
        return [
            (
                " ".join(li.select_one("a").get_text(" ", strip=True).split()),
                str(li.select_one("a")["href"]),
                li.select_one(".blogposts-count").get_text().split()[0],
            )
            for li in soup.select(item)
        ]

    assert blog.listing("blog/category.md").kind == CATEGORIES
    assert entries("blog/category.md", ".blogposts-category-index li") == [
        ("design", "../../blog/category/design/", "2")
    ]
    assert blog.listing("blog/tag.md").kind == TAGS
    assert entries("blog/tag.md", ".blogposts-tag-index li") == [
        ("Python", "../../blog/tag/python/", "2"),
        ("web", "../../blog/tag/web/", "3"),
    ]
    assert blog.listing("blog/author.md").kind == AUTHORS
    # Authors with a page, by name; the slug `ghost` has none.
    assert entries("blog/author.md", ".blogposts-author-index li") == [
        ("Ana <b>López</b>", "../../blog/author/ana/", "2"),
        ("Bo", "../../blog/author/bo/", "1"),
        ("Cy", "../../blog/author/cy/", "1"),
    ]
    assert blog.listing("blog/archive.md").kind == ARCHIVE
    assert entries("blog/archive.md", ".blogposts-archive-index li") == [
        ("2021", "../../blog/archive/2021/", "5"),
        ("2019", "../../blog/archive/2019/", "1"),
    ]


def test_a_tags_page_is_a_compact_list_of_every_post() -> None:
    soup = Blog(FOOTER_POSTS, Layout(per_page=1)).page("blog/tag/web/index.md")
    assert soup.select(".blogposts-card") == []
    assert soup.select(".blogposts-pagination") == []
    items = soup.select(".blogposts-post-list li")
    assert [_texts(li, "a.blogposts-post-list-title") for li in items] == [["C"], ["A"], ["E"]]
    assert _hrefs(soup, "a.blogposts-post-list-title") == [
        "../../../posts/c/",
        "../../../posts/a/",
        "../../../posts/e/",
    ]
    assert [[t["datetime"] for t in li.select("time")] for li in items] == [
        ["2021-08-11"],
        ["2021-08-10"],
        [],  # undated: listed, without a date
    ]
    assert _texts(items[0], ".blogposts-category") == ["design"]


def test_a_categorys_page_is_a_compact_list_paginated_by_list_per_page() -> None:
    posts = [*FOOTER_POSTS, make_post("f", None, categories=("design", "Misc"))]
    blog = Blog(posts, Layout(per_page=1, list_per_page=2))
    first, second = "blog/category/design/index.md", "blog/category/design/page/2.md"
    design = Category("design", "design")
    assert [x.src_uri for x in blog.plan if x.kind == CATEGORY and x.term == design] == [
        first,
        second,
    ]
    soup = blog.page(first)
    assert soup.select(".blogposts-card, .blogposts-excerpt") == []
    items = soup.select(".blogposts-post-list li")
    assert [_texts(li, "a.blogposts-post-list-title") for li in items] == [["C"], ["A"]]
    assert _hrefs(soup, "a.blogposts-post-list-title") == ["../../../posts/c/", "../../../posts/a/"]
    assert [[t["datetime"] for t in li.select("time")] for li in items] == [
        ["2021-08-11"],
        ["2021-08-10"],
    ]
    assert [_texts(li, ".blogposts-category") for li in items] == [["design"], ["design"]]
    assert _hrefs(soup, ".blogposts-pagination [rel=next]") == [
        "../../../blog/category/design/page/2/"
    ]
    assert soup.select(".blogposts-pagination [rel=prev]") == []
    later = blog.page(second)
    assert _texts(later, "h1") == ["design, page 2"]
    items = later.select(".blogposts-post-list li")
    assert [_texts(li, "a.blogposts-post-list-title") for li in items] == [["F"]]
    assert items[0].select("time") == []  # undated: after the dated posts, without a date
    assert _texts(items[0], ".blogposts-category") == ["design", "Misc"]
    assert _hrefs(later, ".blogposts-pagination [rel=prev]") == [
        "../../../../../blog/category/design/"
    ]
    assert later.select(".blogposts-pagination [rel=next]") == []


def test_a_years_page_lists_its_posts_by_month_in_the_blogs_language() -> None:
    posts = [
        make_post("aug", 10, categories=("design",)),
        Post("posts/jan.md", "Jan", dt.datetime(2021, 1, 5)),
        Post("posts/jan2.md", "Jan 2", dt.datetime(2021, 1, 20)),
        Post("posts/old.md", "Old", dt.datetime(2020, 1, 20)),
    ]
    blog = Blog(posts, locale="fr")
    listing = blog.listing("blog/archive/2021.md")
    assert (listing.kind, listing.year) == (YEAR, 2021)
    soup = blog.page("blog/archive/2021.md")
    months = soup.select(".blogposts-archive-month")
    assert [_texts(m, "h2") for m in months] == [["août"], ["janvier"]]
    assert [_texts(m, "a.blogposts-post-list-title") for m in months] == [
        ["Aug"],
        ["Jan 2", "Jan"],
    ]
    assert soup.select(".blogposts-card") == []
    assert _hrefs(months[0], "a.blogposts-category") == ["../../../blog/category/design/"]


def test_an_authors_page_shows_their_profile_above_their_posts() -> None:
    blog = Blog(FOOTER_POSTS)
    soup = blog.page("blog/author/ana/index.md")
    assert _texts(soup, "h1") == ["Ana <b>López</b>"]
    profile = soup.select_one(".blogposts-author-profile")
    # The whole bio (not only its first paragraph), rendered and cleaned.
    bio = profile.select_one(".blogposts-author-bio")
    assert [p.get_text(" ", strip=True) for p in bio.select("p")] == [
        "Paints big murals.",
        "Second paragraph.",
    ]
    assert bio.find(MARKER) is None
    assert profile.select_one("img")["src"] == "https://e.com/a.png"
    assert _hrefs(profile, ".blogposts-author-links a") == [
        "https://www.ana.example/",
        "https://m.example/@ana",
    ]
    # Then their posts, a compact list like a category's.
    assert profile.find_next(class_="blogposts-post-list") is not None
    assert _texts(soup, ".blogposts-post-list-title") == ["A"]
    assert soup.select(".blogposts-card") == []


def test_a_profile_pages_text_is_the_bio_cleaned() -> None:
    posts = [make_post("a", 10, authors=("cy",))]
    catalog = build_catalog(posts)
    plan = plan_listings(catalog, Layout(), REGISTRY, {"cy": "authors/cy.md"})
    listing = next(x for x in plan if x.kind == AUTHOR)
    assert listing.src_uri == "authors/cy.md"
    renderer = _renderer(posts, {"cy": "authors/cy.md"})
    html = renderer.listing(
        listing,
        "authors/cy/",
        "<h1>Cy</h1>\n<p>Draws <em>maps</em>.<script>alert(1)</script></p>\n"
        '<p onclick="x()">More.</p>',
        tabs=plan_tabs(catalog, Layout(), REGISTRY),
    )
    soup = BeautifulSoup(html, "html.parser")
    assert _texts(soup, "h1") == ["Cy"]
    bio = soup.select_one(".blogposts-author-profile .blogposts-author-bio")
    assert [p.get_text() for p in bio.select("p")] == ["Draws maps.", "More."]
    assert soup.find("script") is None
    assert all(not tag.get("onclick") for tag in soup.find_all(True))
    # The profile's text is shown once, as the bio, not again above the listing.
    assert soup.get_text().count("Draws") == 1
    assert _hrefs(soup, "a.blogposts-post-list-title") == ["../../posts/a/"]
    assert _hrefs(soup, "nav.blogposts-tabs a[aria-current]") == ["../../blog/author/"]


@pytest.mark.parametrize(
    ("page_url", "prefix"),
    [
        ("", "./"),
        ("./", "./"),
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


def test_a_template_cache_that_cannot_be_written_or_read_is_no_cache(tmp_path: Path) -> None:
    """Compiled templates are cached in a temporary folder; a folder that is gone or a file
    that is garbage must never fail a build."""
    gone = _QuietBytecodeCache(str(tmp_path / "missing" / "folder"))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), bytecode_cache=gone, autoescape=True
    )
    assert environment.get_template("blogposts/count.html") is not None
    cache = _QuietBytecodeCache(str(tmp_path))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), bytecode_cache=cache, autoescape=True
    )
    environment.get_template("blogposts/count.html")
    for entry in tmp_path.iterdir():
        entry.write_bytes(b"not bytecode")
    fresh = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), bytecode_cache=cache, autoescape=True
    )
    assert "blogposts-count" in fresh.get_template("blogposts/count.html").render(
        count=2, label=lambda *a, **k: ""
    )
