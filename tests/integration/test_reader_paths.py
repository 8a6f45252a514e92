"""Every path a reader can take through the blog, on parsed HTML in both themes and URL styles:
author pages, the archive, tags, the post footer (tags, author cards, related posts, newer and
older), the tabs, and that every post is reached by following links from the "Blog" link.

Most checks read one studio blog (`studio`), built once per theme and URL style, with a
`site_url` under a sub-path; the other builds are small and each about one thing.
"""

from __future__ import annotations

import json
import textwrap
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from tests.conftest import THEMES, URL_STYLES, BuiltSite, SiteBuilder

ORIGIN = "http://site.invalid/"
SITE_URL = "https://example.org/studio/"

# The studio blog. Listing order: dated newest first, then undated by title.
POSTS = {
    "Spring Palettes": "posts/spring-palettes.md",
    "March Notes": "posts/march-notes.md",
    "New Year Plans": "posts/2024/new-year-plans.md",
    "Autumn Light": "posts/autumn-light.md",
    "Old Studio": "posts/old-studio.md",
    "An Undated Note": "posts/an-undated-note.md",
    "Undated Sketches": "posts/undated-sketches.md",
}
ORDER = list(POSTS)
DATED = ORDER[:5]
UNDATED_WARNINGS = [
    r"^mkdocs_blogposts: posts/an-undated-note\.md:\d+: no date .*listed after the dated posts",
    r"^mkdocs_blogposts: posts/undated-sketches\.md:\d+: no date .*listed after the dated posts",
]

STUDIO_AUTHORS = """\
michael-scott:
  name: Michael Scott
  avatar: authors/michael.png
  bio: |
    Regional **manager** of [Dunder](https://dunder.example/).

    Second paragraph, only on his page.
  url: https://example.com/michael
  links:
    Mastodon: https://mastodon.example/@michael
    Email: mailto:michael@example.org
pam-beesly:
  name: Pam Beesly
  avatar: https://example.com/pam.png
  bio: Draws *things*.
dwight-schrute:
  name: Dwight Schrute
"""


def write_studio_blog(site: SiteBuilder) -> None:
    """Seven posts over three years, two authors with posts (one without), tags spelled in
    several ways (as a list and as a string), two undated posts; three posts a page, as cards
    and in compact lists."""
    site.config["site_url"] = SITE_URL
    site.blogposts_options(posts_per_page=3, list_per_page=3)
    site.image("authors/michael.png")
    site.write("authors.yml", STUDIO_AUTHORS)
    both = "authors: [michael-scott, pam-beesly]"
    site.post(
        "spring-palettes.md",
        title="Spring Palettes",
        date="2024-03-15",
        author="pam-beesly",
        categories=["Design"],
        featured=True,
        image="./images/spring.png",
        extra="tags: [Color, Python]",
    )
    site.post(
        "march-notes.md",
        title="March Notes",
        date="2024-03-02",
        categories=["design"],
        extra="tags: [python, 'static  sites']",
    )
    site.post(
        "2024/new-year-plans.md",
        title="New Year Plans",
        date="2024-01-10",
        categories=["Studio Tips"],
        extra="tags: Planning",
    )
    site.post(
        "autumn-light.md",
        title="Autumn Light",
        date="2023-11-20",
        author=None,
        categories=["Design", "Studio Tips"],
        extra=f"{both}\ntags: [Color, Static Sites]",
    )
    site.post("old-studio.md", title="Old Studio", date="2021-08-10", categories=["Studio Tips"])
    site.post(
        "an-undated-note.md", title="An Undated Note", date="", categories=(), extra="tags: Python"
    )
    site.post(
        "undated-sketches.md",
        title="Undated Sketches",
        date="",
        author="pam-beesly",
        categories=["Design"],
        extra="tags: [color]",
    )


@pytest.fixture(
    scope="module",
    params=[(t, u) for t in THEMES for u in URL_STYLES],
    ids=lambda p: f"{p[0]}-{'dirurls' if p[1] else 'htmlurls'}",
)
def studio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BuiltSite]:
    """The studio blog, built once per theme and URL style (the `any_site` matrix) for every
    test that only reads it."""
    theme, use_directory_urls = request.param
    builder = SiteBuilder(
        tmp_path_factory.mktemp("studio"), theme=theme, use_directory_urls=use_directory_urls
    )
    write_studio_blog(builder)
    try:
        yield builder.build(expect=UNDATED_WARNINGS)
    finally:
        builder.close()


# Reading the built HTML ----------------------------------------------------------------------


def rel(built: BuiltSite, src_uri: str) -> str:
    """The site-relative path of the HTML file built from `src_uri`."""
    return built.dest(src_uri).relative_to(built.site_dir).as_posix()


def resolve(page: str, href: str) -> str | None:
    """The site-relative file a link on the page at site path `page` leads to; None for a
    link out of the site or to a fragment of the same page."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    target = urljoin(ORIGIN + page, unquote(parts.path)).removeprefix(ORIGIN)
    return target + "index.html" if target.endswith("/") or not target else target


def target(built: BuiltSite, src_uri: str, link: Tag | None) -> str | None:
    """The site-relative file `link` (an element with an `href` or `src`) on the page built
    from `src_uri` leads to, or the URL itself when it leaves the site."""
    assert link is not None, f"missing link on {src_uri}"
    url = str(link.get("href") or link.get("src"))
    return resolve(rel(built, src_uri), url) or url


def content(soup: BeautifulSoup) -> Tag:
    """A page's own content, without the theme's navigation, in either theme."""
    main = soup.select_one("article.md-content__inner, div[role=main]")
    assert main is not None, "no page content found"
    return main


def text(element: Tag | None) -> str:
    """An element's text, whitespace collapsed."""
    assert element is not None
    return " ".join(element.get_text(" ", strip=True).split())


def tab_labels(soup: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in soup.select("nav.blogposts-tabs a")]


def listed(built: BuiltSite, src_uri: str, container: Tag | None = None) -> list[str]:
    """Titles of the posts the listing page built from `src_uri` lists (in `container`, by
    default all of it), in order, as cards or as a compact list: its links with text that
    lead to a post, outside the featured strip and the tabs."""
    posts = {rel(built, post): title for title, post in POSTS.items()}
    if container is None:
        container = built.soup(src_uri).select_one(".blogposts-listing")
    assert container is not None, f"no listing in {src_uri}"
    titles = []
    for link in container.select("a[href]"):
        if link.find_parent(class_=["blogposts-featured", "blogposts-tabs"]) or not text(link):
            continue
        title = posts.get(resolve(rel(built, src_uri), str(link["href"])) or "")
        if title is not None:
            assert text(link) == title, (src_uri, link)
            titles.append(title)
    return titles


def crawl(built: BuiltSite, start: str) -> set[str]:
    """Every HTML page reached from the page at site path `start` by following the links in
    pages' own content (tabs, cards, pagination, footers; never the theme's navigation)."""
    seen = {start}
    queue = deque([start])
    while queue:
        page = queue.popleft()
        soup = BeautifulSoup((built.site_dir / page).read_text(encoding="utf-8"), "html.parser")
        for link in content(soup).select("a[href]"):
            found = resolve(page, str(link["href"]))
            if found and found.endswith(".html") and found not in seen:
                assert (built.site_dir / found).is_file(), f"{page}: {link['href']} is broken"
                seen.add(found)
                queue.append(found)
    return seen


def blog_link_target(built: BuiltSite) -> str:
    """The page the home page's "Blog" navigation link leads to."""
    links = dict(built.top_nav("index.md"))
    href = links.get("Blog")
    assert href is not None, f"no Blog link in the navigation: {links}"
    found = resolve(rel(built, "index.md"), href)
    assert found is not None
    return found


# Author pages --------------------------------------------------------------------------------

MICHAEL = "blog/author/michael-scott/index.md"
PAM = "blog/author/pam-beesly/index.md"


def test_author_page_shows_the_profile_then_their_posts_paginated(studio: BuiltSite) -> None:
    soup = studio.soup(MICHAEL)
    assert soup.title is not None
    assert soup.title.get_text().startswith("Michael Scott")
    assert [text(h1) for h1 in content(soup).select("h1")] == ["Michael Scott"]
    profile = soup.select_one(".blogposts-author-profile")
    assert profile is not None
    assert target(studio, MICHAEL, profile.select_one("img.blogposts-avatar")) == rel(
        studio, "authors/michael.png"
    )
    bio = profile.select_one(".blogposts-author-bio")
    assert bio is not None
    # Markdown rendered, and the whole bio on the author's own page.
    assert text(bio.select_one("strong")) == "manager"
    assert bio.select_one("a")["href"] == "https://dunder.example/"
    assert [text(p) for p in bio.select("p")] == [
        "Regional manager of Dunder .",
        "Second paragraph, only on his page.",
    ]
    assert [(text(a), a["href"]) for a in profile.select(".blogposts-author-links a")] == [
        ("example.com", "https://example.com/michael"),
        ("Mastodon", "https://mastodon.example/@michael"),
        ("Email", "mailto:michael@example.org"),
    ]
    # Then his five posts as a compact list like a category's, `list_per_page` (three) a
    # page, the undated one last, without a date; no cards.
    second = "blog/author/michael-scott/page/2.md"
    assert studio.list_titles(MICHAEL) == ["March Notes", "New Year Plans", "Autumn Light"]
    assert studio.list_titles(second) == ["Old Studio", "An Undated Note"]
    assert listed(studio, MICHAEL) == ["March Notes", "New Year Plans", "Autumn Light"]
    assert listed(studio, second) == ["Old Studio", "An Undated Note"]
    assert not studio.exists("blog/author/michael-scott/page/3.md")
    items = [
        li
        for page in (MICHAEL, second)
        for li in studio.soup(page).select("ul.blogposts-post-list > li")
    ]
    assert [li.time["datetime"] if li.time else None for li in items] == [
        "2024-03-02",
        "2024-01-10",
        "2023-11-20",
        "2021-08-10",
        None,
    ]
    assert [[text(a) for a in li.select("a.blogposts-category")] for li in items] == [
        ["Design"],
        ["Studio Tips"],
        ["Design", "Studio Tips"],
        ["Studio Tips"],
        [],
    ]
    assert target(studio, MICHAEL, soup.select_one("a.blogposts-page-next")) == rel(studio, second)
    assert soup.select("a.blogposts-page-previous") == []
    back = studio.soup(second)
    assert target(studio, second, back.select_one("a.blogposts-page-previous")) == rel(
        studio, MICHAEL
    )
    assert back.select("a.blogposts-page-next") == []
    for page in (MICHAEL, second):
        page_soup = studio.soup(page)
        # The profile on every page, above the list; no cards, no excerpts.
        assert page_soup.select(
            ".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list"
        ), page
        assert page_soup.select(".blogposts-listing ~ .blogposts-author-profile") == []
        assert page_soup.select(".blogposts-card, .blogposts-excerpt, .blogposts-list") == []

    pam = studio.soup(PAM)
    avatar = pam.select_one(".blogposts-author-profile img.blogposts-avatar")
    assert avatar is not None
    assert avatar["src"] == "https://example.com/pam.png"
    assert str(pam.select_one(".blogposts-author-bio em")) == "<em>things</em>"
    assert pam.select(".blogposts-author-links") == []  # no url, no links
    assert studio.list_titles(PAM) == ["Spring Palettes", "Autumn Light", "Undated Sketches"]
    assert pam.select(".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list") != []
    assert pam.select(".blogposts-card, .blogposts-pagination") == []  # three: one page
    assert not studio.exists("blog/author/pam-beesly/page/2.md")
    # An author without posts gets no page.
    assert not studio.exists("blog/author/dwight-schrute/index.md")


def test_bylines_cards_and_author_cards_link_to_author_pages(studio: BuiltSite) -> None:
    post = POSTS["Autumn Light"]
    soup = studio.soup(post)
    byline = soup.select_one(".blogposts-byline")
    assert byline is not None
    expected = [("Michael Scott", rel(studio, MICHAEL)), ("Pam Beesly", rel(studio, PAM))]
    assert [
        (text(a), target(studio, post, a)) for a in byline.select("a.blogposts-author-name")
    ] == expected
    assert [target(studio, post, a) for a in byline.select("a.blogposts-avatar-link")] == [
        rel(studio, MICHAEL),
        rel(studio, PAM),
    ]
    cards = soup.select(".blogposts-post-footer .blogposts-author-card")
    assert [
        (text(card.select_one(".blogposts-author-card-name")), target(studio, post, card.a))
        for card in cards
    ] == expected
    # Below a post, only the bio's first paragraph.
    assert text(cards[0].select_one(".blogposts-author-bio")) == "Regional manager of Dunder ."
    assert text(cards[1].select_one(".blogposts-author-bio")) == "Draws things ."

    pages = {"Michael Scott": rel(studio, MICHAEL), "Pam Beesly": rel(studio, PAM)}
    checked = 0
    # Every page of cards: the blog index's three (its featured strip included) and the
    # featured page; every author of every card linked: 3 names on the index's first page
    # (one in the strip, whose post is not repeated below it), 4 on its second, 1 on its
    # third, 1 on the featured page.
    card_pages = ("blog/index.md", "blog/page/2.md", "blog/page/3.md", "blog/featured.md")
    for listing in card_pages:
        for name in studio.soup(listing).select(".blogposts-card .blogposts-card-authors a"):
            assert target(studio, listing, name) == pages[text(name)], listing
            checked += 1
    assert checked == 9
    # A category's page and an author's page are compact lists: date, title and categories,
    # no authors.
    for listing in ("blog/category/design/index.md", MICHAEL, PAM):
        compact = studio.soup(listing).select_one(".blogposts-listing")
        assert compact is not None, listing
        assert compact.select(".blogposts-card, .blogposts-card-authors") == [], listing
        assert compact.select("ul.blogposts-post-list > li"), listing
        linked = {target(studio, listing, a) for a in compact.select("a[href]")}
        assert linked.isdisjoint(pages.values()), listing


def test_authors_overview_lists_each_author_with_posts_and_their_count(studio: BuiltSite) -> None:
    overview = "blog/author.md"
    items = studio.soup(overview).select(".blogposts-author-index-item")
    assert [
        (
            text(item.select_one(".blogposts-author-name")),
            text(item.select_one(".blogposts-count")),
            target(studio, overview, item.a),
            target(studio, overview, item.img),
        )
        for item in items
    ] == [
        ("Michael Scott", "5 posts", rel(studio, MICHAEL), rel(studio, "authors/michael.png")),
        ("Pam Beesly", "3 posts", rel(studio, PAM), "https://example.com/pam.png"),
    ]


# Archive -------------------------------------------------------------------------------------


def test_archive_lists_years_with_counts_and_each_year_by_month(studio: BuiltSite) -> None:
    overview = "blog/archive.md"
    years = studio.soup(overview).select(".blogposts-archive-index li")
    assert [
        (text(li.a), text(li.select_one(".blogposts-count")), target(studio, overview, li.a))
        for li in years
    ] == [
        ("2024", "3 posts", rel(studio, "blog/archive/2024.md")),
        ("2023", "1 post", rel(studio, "blog/archive/2023.md")),
        ("2021", "1 post", rel(studio, "blog/archive/2021.md")),
    ]
    expected = {
        2024: [("March", ["Spring Palettes", "March Notes"]), ("January", ["New Year Plans"])],
        2023: [("November", ["Autumn Light"])],
        2021: [("August", ["Old Studio"])],
    }
    for year, months in expected.items():
        src_uri = f"blog/archive/{year}.md"
        soup = studio.soup(src_uri)
        assert [text(h1) for h1 in content(soup).select("h1")] == [str(year)]
        sections = soup.select(".blogposts-archive-month")
        assert [(text(s.h2), listed(studio, src_uri, s)) for s in sections] == months
    march = studio.soup("blog/archive/2024.md").select_one(".blogposts-archive-month li")
    assert march is not None
    assert march.time["datetime"] == "2024-03-15"
    assert text(march.time) == "March 15, 2024"
    assert [text(a) for a in march.select("a.blogposts-category")] == ["Design"]
    # Undated posts have no year: in no archive page, and there is no other archive page.
    archive_pages = {studio.dest(overview), *(studio.site_dir / "blog" / "archive").rglob("*.html")}
    assert archive_pages == {
        studio.dest(src_uri)
        for src_uri in (overview, *(f"blog/archive/{year}.md" for year in expected))
    }
    for page in archive_pages:
        assert "Undated" not in page.read_text(encoding="utf-8"), page


@pytest.mark.parametrize(
    ("theme", "language"),
    [
        ("material", {"language": "de"}),  # Material's theme.language
        ("mkdocs", {"locale": "de"}),  # the plugin's own `locale`
    ],
    ids=["material-theme-language", "mkdocs-plugin-locale"],
)
def test_archive_month_names_are_in_the_sites_language(
    tmp_path: Path, theme: str, language: dict[str, str]
) -> None:
    site = SiteBuilder(tmp_path, theme=theme)
    if "language" in language:
        site.config["theme"] = {"name": theme, **language}
    else:
        site.blogposts_options(**language)
    for day in ("2024-03-15", "2024-01-02", "2023-12-24"):
        site.post(f"{day}.md", title=f"Post {day}", date=day, author=None)
    try:
        built = site.build(strict=True)
    finally:
        site.close()
    sections = built.soup("blog/archive/2024.md").select(".blogposts-archive-month")
    assert [text(s.h2) for s in sections] == ["März", "Januar"]
    assert text(sections[0].time) == "15. März 2024"
    december = built.soup("blog/archive/2023.md").select(".blogposts-archive-month h2")
    assert [text(h2) for h2 in december] == ["Dezember"]


# Tags ----------------------------------------------------------------------------------------

TAG_POSTS = {
    "color": ("Color", ["Spring Palettes", "Autumn Light", "Undated Sketches"]),
    "planning": ("Planning", ["New Year Plans"]),
    "python": ("Python", ["Spring Palettes", "March Notes", "An Undated Note"]),
    "static-sites": ("Static Sites", ["March Notes", "Autumn Light"]),
}


def test_tag_pages_list_exactly_their_posts(studio: BuiltSite) -> None:
    """`Python`/`python` and `Static Sites`/`static  sites` are one tag each; a tag given as a
    string is a tag too; undated posts come after the dated ones."""
    overview = "blog/tag.md"
    rows = studio.soup(overview).select(".blogposts-tag-index li")
    assert [
        (text(li.a), text(li.select_one(".blogposts-count")), target(studio, overview, li.a))
        for li in rows
    ] == [
        (label, str(len(posts)), rel(studio, f"blog/tag/{slug}/index.md"))
        for slug, (label, posts) in TAG_POSTS.items()
    ]
    for slug, (label, posts) in TAG_POSTS.items():
        src_uri = f"blog/tag/{slug}/index.md"
        assert listed(studio, src_uri) == posts
        assert [text(h1) for h1 in content(studio.soup(src_uri)).select("h1")] == [label]
    tag_dirs = sorted(p.name for p in (studio.site_dir / "blog" / "tag").iterdir() if p.is_dir())
    assert tag_dirs == sorted(TAG_POSTS)


def test_post_pages_link_their_tags(studio: BuiltSite) -> None:
    tags_of: dict[str, list[tuple[str, str]]] = {title: [] for title in POSTS}
    for slug, (label, posts) in TAG_POSTS.items():
        for title in posts:
            tags_of[title].append((label, rel(studio, f"blog/tag/{slug}/index.md")))
    for title, src_uri in POSTS.items():
        footer = studio.soup(src_uri).select_one(".blogposts-post-footer")
        assert footer is not None
        links = footer.select(".blogposts-tags a.blogposts-tag")
        shown = sorted((text(a), target(studio, src_uri, a)) for a in links)
        assert shown == sorted(tags_of[title]), title  # labels as the catalog spells them
        if not tags_of[title]:
            assert footer.select(".blogposts-tags") == []


# The end of every post -----------------------------------------------------------------------

RELATED = {
    # Most shared categories and tags first; ties: listing order (An Undated Note is listed
    # before Undated Sketches); never the post itself; never a post sharing nothing.
    "Spring Palettes": ["March Notes", "Autumn Light", "Undated Sketches"],
    "March Notes": ["Spring Palettes", "Autumn Light", "An Undated Note"],
    "New Year Plans": ["Autumn Light", "Old Studio"],
    # Undated Sketches shares two terms, New Year Plans (newer) one.
    "Autumn Light": ["Spring Palettes", "March Notes", "Undated Sketches"],
    "Old Studio": ["New Year Plans", "Autumn Light"],
    "An Undated Note": ["Spring Palettes", "March Notes"],
    "Undated Sketches": ["Spring Palettes", "Autumn Light", "March Notes"],
}


def test_related_posts_are_the_right_ones_in_the_right_order(studio: BuiltSite) -> None:
    for title, src_uri in POSTS.items():
        footer = studio.soup(src_uri).select_one(".blogposts-post-footer .blogposts-related")
        assert footer is not None, title
        links = footer.select("a.blogposts-related-title")
        assert [text(a) for a in links] == RELATED[title], title
        assert title not in [text(a) for a in links]
        for link in links:
            assert target(studio, src_uri, link) == rel(studio, POSTS[text(link)])
    # A related post shows its thumbnail and date when it has them.
    item = studio.soup(POSTS["March Notes"]).select_one(".blogposts-related-item")
    assert item is not None
    assert target(studio, POSTS["March Notes"], item.img) == rel(studio, "posts/images/spring.png")
    assert item.time["datetime"] == "2024-03-15"


def test_related_posts_zero_shows_none(site: SiteBuilder) -> None:
    write_studio_blog(site)
    site.blogposts_options(posts_per_page=3, list_per_page=3, related_posts=0)
    built = site.build(expect=UNDATED_WARNINGS)
    for title, src_uri in POSTS.items():
        soup = built.soup(src_uri)
        assert soup.select(".blogposts-related") == [], title
        assert soup.select(".blogposts-post-footer .blogposts-back") != [], title


def test_newer_and_older_follow_the_blog_order_to_both_ends(studio: BuiltSite) -> None:
    for number, title in enumerate(ORDER):
        src_uri = POSTS[title]
        nav = studio.soup(src_uri).select_one(".blogposts-post-footer .blogposts-post-nav")
        assert nav is not None, title
        for role, neighbour in (
            ("newer", ORDER[number - 1] if number > 0 else None),
            ("older", ORDER[number + 1] if number + 1 < len(ORDER) else None),
        ):
            link = nav.select_one(f"a.blogposts-post-{role}")
            if neighbour is None:
                assert link is None, (title, role)
            else:
                assert text(link.select_one(".blogposts-post-nav-title")) == neighbour
                assert target(studio, src_uri, link) == rel(studio, POSTS[neighbour])
        back = studio.soup(src_uri).select_one(".blogposts-back a")
        assert target(studio, src_uri, back) == rel(studio, "blog/index.md")


# Undated posts -------------------------------------------------------------------------------


def test_undated_posts_are_listed_after_the_dated_ones_without_a_date(studio: BuiltSite) -> None:
    pages = ["blog/index.md", "blog/page/2.md", "blog/page/3.md"]
    # "Spring Palettes" is featured: on the first page it stands out above the cards.
    assert studio.card_titles(pages[0], within=".blogposts-featured") == ORDER[:1]
    assert [title for page in pages for title in studio.card_titles(page)] == ORDER[1:]
    assert studio.list_titles("blog/category/design/index.md") == [
        "Spring Palettes",
        "March Notes",
        "Autumn Light",
    ]
    assert studio.list_titles("blog/category/design/page/2.md") == ["Undated Sketches"]
    design = studio.soup("blog/category/design/index.md").select("ul.blogposts-post-list > li")
    assert [[t["datetime"] for t in li.select("time")] for li in design] == [
        ["2024-03-15"],
        ["2024-03-02"],
        ["2023-11-20"],
    ]
    later = studio.soup("blog/category/design/page/2.md").select("ul.blogposts-post-list > li")
    assert [li.select("time") for li in later] == [[]]  # undated: listed, without a date
    for title in ("An Undated Note", "Undated Sketches"):
        assert studio.soup(POSTS[title]).select(".blogposts-byline time") == []
    undated = studio.soup("blog/page/3.md").select(".blogposts-list .blogposts-card")
    assert [card.select("time") for card in undated] == [[]]


# Tabs ----------------------------------------------------------------------------------------

FULL_TABS = {
    "Blog": "blog/index.md",
    "Categories": "blog/category.md",
    "Tags": "blog/tag.md",
    "Featured": "blog/featured.md",
    "Authors": "blog/author.md",
    "Archive": "blog/archive.md",
}


def test_a_full_blog_has_every_tab_and_each_leads_to_its_page(studio: BuiltSite) -> None:
    for page in (
        "blog/index.md",
        "blog/tag/python/index.md",
        MICHAEL,
        "blog/archive/2021.md",
        "blog/featured.md",
    ):
        tabs = studio.soup(page).select("nav.blogposts-tabs a")
        assert [(text(a), target(studio, page, a)) for a in tabs] == [
            (label, rel(studio, src_uri)) for label, src_uri in FULL_TABS.items()
        ], page


@pytest.mark.parametrize("dated", [False, True], ids=["undated", "dated"])
def test_a_bare_blog_has_only_the_tabs_it_can_fill(any_site: SiteBuilder, dated: bool) -> None:
    """No categories, tags, featured posts or registry: the Blog tab only, plus the Archive
    when a post has a date; the other overviews are not generated; every post is reachable."""
    any_site.blogposts_options(posts_per_page=2)
    titles = ["Echo", "Delta", "Charlie", "Bravo", "Alpha"]
    for day, title in enumerate(titles, start=1):
        date = f"2022-05-0{day}" if dated else ""
        any_site.post(f"{title.lower()}.md", title=title, date=date, author=None, categories=())
    expect = [] if dated else [rf"posts/{t.lower()}\.md:\d+: no date" for t in titles]
    built = any_site.build(expect=expect)
    tabs = ["Blog", "Archive"] if dated else ["Blog"]
    for page in ("blog/index.md", "blog/page/2.md", "blog/page/3.md"):
        assert tab_labels(built.soup(page)) == tabs, page
    for overview in ("category", "tag", "featured", "author"):
        assert not built.exists(f"blog/{overview}.md"), overview
        assert not (built.site_dir / "blog" / overview).exists(), overview
    assert built.exists("blog/archive.md") == dated
    assert built.exists("blog/archive/2022.md") == dated
    reached = crawl(built, blog_link_target(built))
    assert {rel(built, f"posts/{t.lower()}.md") for t in titles} <= reached
    for title in titles:
        footer = built.soup(f"posts/{title.lower()}.md").select_one(".blogposts-post-footer")
        assert footer is not None
        assert footer.select(".blogposts-related, .blogposts-tags, .blogposts-about") == []
    assert built.broken_links() == []


# Reachability and links ----------------------------------------------------------------------


def test_every_post_is_reachable_from_the_blog_link(studio: BuiltSite) -> None:
    reached = crawl(studio, blog_link_target(studio))
    assert {rel(studio, src_uri) for src_uri in POSTS.values()} <= reached
    # And so is every page the blog generated.
    blog_pages = {
        page.relative_to(studio.site_dir).as_posix()
        for page in (studio.site_dir / "blog").rglob("*.html")
    }
    assert blog_pages <= reached


BLOG_FOLDERS = ("blog/", "posts/", "authors/")


def site_rooted_links(built: BuiltSite) -> tuple[list[str], int]:
    """(links that lean on the site root: `/…`, or the `site_url` other than the canonical
    link; how many links were checked) in the pages under `BLOG_FOLDERS`."""
    found, checked = [], 0
    for page in built.html_files():
        relative = page.relative_to(built.site_dir).as_posix()
        if not relative.startswith(BLOG_FOLDERS):
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("[href], [src]"):
            url = str(element.get("href") or element.get("src"))
            checked += 1
            canonical = element.name == "link" and element.get("rel") == ["canonical"]
            if url.startswith("/") or (url.startswith(SITE_URL) and not canonical):
                found.append(f"{relative}: {url}")
    return found, checked


def test_no_broken_or_root_absolute_link_under_a_sub_path(studio: BuiltSite) -> None:
    assert studio.broken_links(under=BLOG_FOLDERS) == []
    found, checked = site_rooted_links(studio)
    assert found == []
    assert checked > 300


# Every registry shape, and hostile values in it ----------------------------------------------

BIO = """\
Writes **bold** things about [the studio](https://studio.example/).

<script>alert('bio')</script>

<img src="https://example.com/x.png" onerror="alert(2)"> [click](javascript:alert(3))
<b onclick="alert(5)">hi</b>
"""
HOSTILE_TAG = "<script>alert('tag')</script>"


def _registry(shape: str) -> tuple[str, str]:
    """(docs path, text) of a registry of the given shape with the author `mallory`, whose
    bio has Markdown and HTML and whose `url` and one link are `javascript:`."""
    fields = (
        "name: Mallory\n"
        "avatar: https://example.com/mallory.png\n"
        "url: 'javascript:alert(1)'\n"
        "links:\n  Site: https://mallory.example/\n  Evil: 'javascript:alert(4)'\n"
    )
    if shape == "profile":
        return "authors/mallory.md", f"---\n{fields}---\n\n{BIO}"
    entry = "mallory:\n" + textwrap.indent(fields + "bio: |\n" + textwrap.indent(BIO, "  "), "  ")
    if shape == "material":
        return ".authors.yml", "authors:\n" + textwrap.indent(entry, "  ")
    return "authors.yml", entry


def _hostile(soup: BeautifulSoup) -> list[str]:
    """Markup that exists only because a hostile value got in unescaped. JSON-LD holds
    values as data: it must parse, and no `<` may be left in it to end its element."""
    found = []
    for script in soup.find_all("script"):
        text = script.get_text()
        if script.get("type") == "application/ld+json":
            json.loads(text)
            if "<" in text:
                found.append(f"JSON-LD with '<': {text[:60]}")
        elif "alert(" in text:
            found.append(str(script)[:60])
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            shown = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") or shown.strip().lower().startswith("javascript:"):
                found.append(f"{element.name}[{name}={shown[:40]}]")
    return found


@pytest.mark.parametrize("shape", ["yaml", "material", "profile"])
def test_bios_render_markdown_and_lose_hostile_html_in_every_registry_shape(
    any_site: SiteBuilder, shape: str
) -> None:
    """A YAML `authors.yml`, Material's `.authors.yml` (under `authors:`) and a folder of
    Markdown profiles: the bio is Markdown rendered on the author page and in the author card;
    a script, an event handler or a `javascript:` link in it is dropped, a `javascript:` url
    or link is refused with a warning, and a tag label is text."""
    path, registry = _registry(shape)
    any_site.write(path, registry)
    any_site.config["site_url"] = SITE_URL
    any_site.post("x.md", title="X", author="mallory", extra=f'tags: ["{HOSTILE_TAG}"]')
    shown = path.replace(".", r"\.")
    built = any_site.build(
        expect=[
            rf"^mkdocs_blogposts: {shown}:\d+: author 'mallory': url 'javascript:alert\(1\)' "
            r"is not an http\(s\) or mailto URL or a relative link; not linked$",
            rf"^mkdocs_blogposts: {shown}:\d+: author 'mallory': link 'Evil' -> "
            r"'javascript:alert\(4\)' is not an http\(s\) or mailto URL .*; left out$",
        ]
    )
    # A Markdown profile is the author's page; the other shapes get a generated one.
    author_page = "authors/mallory.md" if shape == "profile" else "blog/author/mallory/index.md"
    assert built.exists("blog/author/mallory/index.md") == (shape != "profile")
    page = built.soup(author_page)
    assert page.title is not None
    assert page.title.get_text().startswith("Mallory")
    assert [text(h1) for h1 in content(page).select("h1")] == ["Mallory"]
    # The profile, then the author's posts as a compact list; no cards.
    assert built.list_titles(author_page) == ["X"]
    assert (
        page.select_one(".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list")
        is not None
    )
    assert page.select(".blogposts-card, .blogposts-excerpt") == []
    for bio in (
        page.select_one(".blogposts-author-profile .blogposts-author-bio"),
        built.soup("posts/x.md").select_one(".blogposts-author-card .blogposts-author-bio"),
    ):
        assert bio is not None, shape
        assert text(bio.select_one("strong")) == "bold"
        assert bio.select_one("a")["href"] == "https://studio.example/"
        assert bio.select("script, [onerror], [onclick], a[href^=javascript]") == []
    profile = page.select_one(".blogposts-author-profile")
    assert profile is not None
    assert [(text(a), a["href"]) for a in profile.select(".blogposts-author-links a")] == [
        ("Site", "https://mallory.example/")
    ]

    post = built.soup("posts/x.md")
    for src_uri, link in (
        ("posts/x.md", post.select_one(".blogposts-byline a.blogposts-author-name")),
        ("posts/x.md", post.select_one(".blogposts-author-card-name a")),
        ("blog/author.md", built.soup("blog/author.md").select_one(".blogposts-author-index a")),
    ):
        assert target(built, src_uri, link) == rel(built, author_page), src_uri

    tag = post.select_one(".blogposts-tags a.blogposts-tag")
    assert text(tag) == HOSTILE_TAG
    tag_page = "blog/tag/scriptalerttagscript/index.md"
    assert target(built, "posts/x.md", tag) == rel(built, tag_page)
    assert [text(h1) for h1 in content(built.soup(tag_page)).select("h1")] == [HOSTILE_TAG]
    assert text(built.soup("blog/tag.md").select_one(".blogposts-tag-index a")) == HOSTILE_TAG

    for html in built.html_files():
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        assert _hostile(soup) == [], html
    assert built.broken_links(under=BLOG_FOLDERS) == []
    assert site_rooted_links(built)[0] == []
