"""Real builds of small blogs, in both themes and both URL styles, checked on parsed HTML."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from unittest.mock import ANY

import pytest
from bs4 import BeautifulSoup

from tests.conftest import SEED_POST, BuiltSite, SiteBuilder


def seed_site(site: SiteBuilder) -> None:
    """The seed post, unchanged, beside posts that exercise ordering, featured, categories,
    tags, two registry authors and three years of archive."""
    site.authors_yaml()
    site.write("posts/ai-generated-artwork.md", SEED_POST)
    site.image("posts/images/AI-artwork.png")
    site.post("older.md", title="An Older Post", date="01/02/2020", image="./images/older.png")
    site.post(
        "newest.md",
        title="The Newest Post",
        date="10/6/2024",
        author="pam-beesly",
        categories=["Design", "Studio Tips"],
        featured=True,
        image="/posts/images/newest.png",
        extra="tags: [Color, python]",
    )
    site.post(
        "same-day-b.md",
        title="Beta Same Day",
        date="2022-05-05",
        categories=["design"],
        extra="tags: python",
    )
    site.post(
        "same-day-a.md",
        title="alpha same day",
        date="05/05/2022",
        categories=["design"],
        featured=True,
    )


ALL_POSTS_NEWEST_FIRST = [
    "The Newest Post",
    "alpha same day",
    "Beta Same Day",
    "Unlocking Creative Potential with AI-Generated Artwork",
    "An Older Post",
]


def test_seed_post_page_has_byline_and_hero(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    built = any_site.build(strict=True)
    page = built.soup("posts/ai-generated-artwork.md")

    byline = page.select_one(".blogposts-byline")
    assert byline is not None
    assert byline.select_one(".blogposts-author-name").get_text(strip=True) == "Michael Scott"
    time = byline.select_one("time")
    assert time["datetime"] == "2021-08-10"
    assert time.get_text(strip=True) == "August 10, 2021"
    avatar = byline.select_one("img.blogposts-avatar")
    assert avatar is not None
    assert avatar["src"].endswith("authors/michael.png")
    # Name and avatar lead to the author's page on the blog (their own site is on that page).
    author_page = built.dest("blog/author/michael-scott/index.md")
    links = [str(a["href"]) for a in byline.select(".blogposts-author a")]
    assert [a["class"] for a in byline.select(".blogposts-author a")] == [
        ["blogposts-avatar-link"],
        ["blogposts-author-name"],
    ]
    assert [resolve(built, "posts/ai-generated-artwork.md", href) for href in links] == [
        author_page,
        author_page,
    ]
    # One label per category site-wide: the spelling most posts use.
    assert [a.get_text(strip=True) for a in byline.select("a.blogposts-category")] == [
        "studio tips"
    ]
    assert "min read" in byline.select_one(".blogposts-reading-time").get_text()

    hero = page.select_one(".blogposts-hero img")
    assert hero is not None
    assert hero["src"].endswith("images/AI-artwork.png")
    # Decorative without `image_alt`: the title is right above it, read once.
    assert hero["alt"] == ""
    # Its box is reserved before it loads: the file's own size, from its header.
    assert (hero["width"], hero["height"]) == ("1", "1")  # TINY_PNG is 1x1
    assert hero.get("loading") != "lazy"
    assert byline.select_one(".blogposts-avatar").get("loading") != "lazy"
    content = page.select_one("article, [role=main]")
    assert [h.get_text(strip=True) for h in content.select("h1")] == [
        "Unlocking Creative Potential with AI-Generated Artwork"
    ]
    # Below the post: its author's card (linking their page and their own site); no tags.
    footer = page.select_one(".blogposts-post-footer")
    assert footer.select(".blogposts-tags") == []
    card = footer.select_one(".blogposts-about .blogposts-author-card")
    assert card.select_one(".blogposts-author-card-name").get_text(strip=True) == "Michael Scott"
    assert card.select_one(".blogposts-author-bio").get_text(strip=True) == "Regional manager."
    name_link = str(card.select_one(".blogposts-author-card-name a")["href"])
    assert resolve(built, "posts/ai-generated-artwork.md", name_link) == author_page
    assert [a["href"] for a in card.select(".blogposts-author-links a")] == [
        "https://example.com/michael"
    ]
    # Related posts share a category or tag: the other two "studio tips" posts, newer first.
    assert [a.get_text(strip=True) for a in footer.select("a.blogposts-related-title")] == [
        "The Newest Post",
        "An Older Post",
    ]
    assert built.broken_links() == []


def resolve(built: BuiltSite, src_uri: str, href: str) -> Path:
    """The file a relative link on the page built from `src_uri` leads to."""
    target = (built.dest(src_uri).parent / href).resolve()
    return target / "index.html" if href.endswith("/") else target


def test_index_lists_every_post_newest_first_with_featured_on_top(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    built = any_site.build(strict=True)

    featured = ["The Newest Post", "alpha same day"]
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == featured
    # Each post once on the page: the featured ones stand out on top, not again below.
    assert built.card_titles("blog/index.md") == [
        title for title in ALL_POSTS_NEWEST_FIRST if title not in featured
    ]
    assert built.card_titles("blog/featured.md") == featured


def test_category_pages_list_exactly_their_posts(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    built = any_site.build(strict=True)

    # A category's page is a compact list (date, title, categories), not cards.
    assert built.list_titles("blog/category/studio-tips/index.md") == [
        "The Newest Post",
        "Unlocking Creative Potential with AI-Generated Artwork",
        "An Older Post",
    ]
    assert built.list_titles("blog/category/design/index.md") == [
        "The Newest Post",
        "alpha same day",
        "Beta Same Day",
    ]
    design = built.soup("blog/category/design/index.md")
    assert design.select(".blogposts-card, .blogposts-excerpt") == []
    items = design.select("ul.blogposts-post-list > li")
    assert [[t["datetime"] for t in li.select("time")] for li in items] == [
        ["2024-10-06"],
        ["2022-05-05"],
        ["2022-05-05"],
    ]
    chips = [[a.get_text(strip=True) for a in li.select("a.blogposts-category")] for li in items]
    assert chips == [["design", "studio tips"], ["design"], ["design"]]
    for li in items:
        href = str(li.select_one("a.blogposts-post-list-title")["href"])
        assert resolve(built, "blog/category/design/index.md", href).is_file()
    overview = built.soup("blog/category.md")
    entries = [
        (li.select_one("a").get_text(strip=True), li.select_one(".blogposts-count").get_text())
        for li in overview.select(".blogposts-category-index li")
    ]
    # "studio tips", "Studio Tips" are one category, labelled as most posts spell it.
    assert entries == [("design", "3 posts"), ("studio tips", "3 posts")]


def test_cards_link_to_posts_and_show_excerpts(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    any_site.post(
        "with-more.md",
        title="With More",
        date="01/01/2019",
        body="Intro with [a link](older.md).\n\nSecond part.\n\n<!-- more -->\n\nHidden.\n",
    )
    any_site.post(
        "described.md",
        title="Described",
        date="01/01/2018",
        extra="description: A <b>summary</b> & more",
    )
    built = any_site.build(strict=True)
    index = built.soup("blog/index.md")
    cards = {
        card.select_one(".blogposts-card-title").get_text(strip=True): card
        for card in index.select(".blogposts-list .blogposts-card")
    }
    seed_card = cards["Unlocking Creative Potential with AI-Generated Artwork"]
    assert (
        seed_card.select_one(".blogposts-excerpt")
        .get_text(strip=True)
        .startswith("Art has always been a reflection of human creativity")
    )
    more = cards["With More"].select_one(".blogposts-excerpt")
    assert "Second part." in more.get_text()
    assert "Hidden." not in more.get_text()
    described = cards["Described"].select_one(".blogposts-excerpt")
    assert described.get_text(strip=True) == "A <b>summary</b> & more"
    assert described.select("b") == []
    assert built.broken_links() == []


def test_pagination_splits_listings_and_links_pages(any_site: SiteBuilder) -> None:
    """Cards `posts_per_page` a page; a category's compact list `list_per_page` a page."""
    any_site.blogposts_options(posts_per_page=2, list_per_page=3)
    for day in range(1, 6):
        any_site.post(f"p{day}.md", title=f"Post {day}", date=f"03/0{day}/2023", author=None)
    built = any_site.build(strict=True)

    assert built.card_titles("blog/index.md") == ["Post 5", "Post 4"]
    assert built.card_titles("blog/page/2.md") == ["Post 3", "Post 2"]
    assert built.card_titles("blog/page/3.md") == ["Post 1"]
    assert not built.exists("blog/page/4.md")
    second = built.soup("blog/page/2.md").select_one(".blogposts-pagination")
    assert second.select_one("[rel=prev]") is not None
    assert second.select_one("[rel=next]") is not None
    assert second.select_one("[aria-current=page]").get_text() == "2"
    category = "blog/category/studio-tips"
    assert built.list_titles(f"{category}/index.md") == ["Post 5", "Post 4", "Post 3"]
    assert built.list_titles(f"{category}/page/2.md") == ["Post 2", "Post 1"]
    assert not built.exists(f"{category}/page/3.md")
    first = built.soup(f"{category}/index.md").select_one(".blogposts-pagination")
    assert first.select_one("[rel=prev]") is None
    next_href = str(first.select_one("[rel=next]")["href"])
    assert resolve(built, f"{category}/index.md", next_href) == built.dest(f"{category}/page/2.md")
    last = built.soup(f"{category}/page/2.md").select_one(".blogposts-pagination")
    assert last.select_one("[rel=next]") is None
    assert last.select_one("[aria-current=page]").get_text() == "2"
    prev_href = str(last.select_one("[rel=prev]")["href"])
    assert resolve(built, f"{category}/page/2.md", prev_href) == built.dest(f"{category}/index.md")
    assert built.broken_links() == []


def test_navigation_gains_one_blog_link_and_no_posts(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    built = any_site.build(strict=True)
    home, blog = (
        (".", "blog/") if any_site.use_directory_urls else ("index.html", "blog/index.html")
    )
    assert built.top_nav() == [("Home", home), ("Blog", blog)]
    assert built.top_nav("blog/category/design/index.md") == [("Home", ANY), ("Blog", ANY)]
    nav_text = built.nav_text("blog/category/design/index.md").casefold()
    listings = ["Categories", "Tags", "Featured", "Authors", "Archive", "Blog, page 2", "2021"]
    for title in [*ALL_POSTS_NEWEST_FIRST, *listings, "Michael Scott", "python"]:
        assert title.casefold() not in nav_text


@pytest.mark.parametrize(
    ("src_uri", "current"),
    [
        ("blog/index.md", {"Blog": "page"}),
        ("blog/page/2.md", {"Blog": "true"}),
        ("blog/category.md", {"Categories": "page"}),
        ("blog/category/design/index.md", {"Categories": "true"}),
        ("blog/tag.md", {"Tags": "page"}),
        ("blog/tag/python/index.md", {"Tags": "true"}),
        ("blog/featured.md", {"Featured": "page"}),
        ("blog/author.md", {"Authors": "page"}),
        ("blog/author/michael-scott/index.md", {"Authors": "true"}),
        ("blog/author/michael-scott/page/2.md", {"Authors": "true"}),
        ("blog/archive.md", {"Archive": "page"}),
        ("blog/archive/2022.md", {"Archive": "true"}),
    ],
)
def test_every_listing_links_the_blogs_tabs(
    any_site: SiteBuilder, src_uri: str, current: dict[str, str]
) -> None:
    # Two cards a page gives the blog index a page 2; three lines a page gives Michael's
    # compact list of four posts a page 2 (and leaves every category and tag one page).
    any_site.blogposts_options(posts_per_page=2, list_per_page=3)
    seed_site(any_site)
    built = any_site.build(strict=True)
    tabs = built.soup(src_uri).select(".blogposts-listing > nav.blogposts-tabs a")
    assert [tab.get_text(strip=True) for tab in tabs] == [
        "Blog",
        "Categories",
        "Tags",
        "Featured",
        "Authors",
        "Archive",
    ]
    shown = {tab.get_text(strip=True): tab.get("aria-current") for tab in tabs}
    assert {label: value for label, value in shown.items() if value} == current
    assert built.broken_links(under=("blog/",)) == []


def test_a_blog_folder_with_the_users_own_pages_stays_a_section(site: SiteBuilder) -> None:
    seed_site(site)
    site.write("blog/about.md", "# About this blog\n")
    built = site.build(strict=True)
    assert built.top_nav() == [("Home", "."), ("Blog", None)]
    nav_text = built.nav_text()
    assert nav_text.index("Blog") < nav_text.index("About this blog")


def test_users_own_index_page_is_kept_with_the_listing_below(site: SiteBuilder) -> None:
    seed_site(site)
    site.write("blog/index.md", "# Our Journal\n\nHand-written introduction.\n")
    built = site.build(strict=True)
    page = built.soup("blog/index.md")
    content = page.select_one("article")
    assert content is not None
    text = content.get_text(" ", strip=True)
    assert text.index("Hand-written introduction.") < text.index("The Newest Post")
    assert [h.get_text(strip=True) for h in content.select("h1")] == ["Our Journal"]
    shown = built.card_titles("blog/index.md", within=".blogposts-listing")
    assert sorted(shown) == sorted(ALL_POSTS_NEWEST_FIRST)


def test_explicit_nav_places_blog_pages_where_the_user_wants(site: SiteBuilder) -> None:
    seed_site(site)
    site.config["nav"] = [
        {"Home": "index.md"},
        {"Journal": ["blog/index.md", "blog/featured.md"]},
        {"Topics": "blog/category.md"},
    ]
    built = site.build(strict=True)
    words = built.nav_text().split()
    assert words.index("Home") < words.index("Journal") < words.index("Featured")
    assert words.index("Featured") < words.index("Topics")
    assert "Categories" not in words


def test_a_post_with_its_own_h1_keeps_it_and_gets_the_byline_after_it(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("h.md", title="Front Matter Title", body="# Its Own Heading\n\nText.\n")
    page = site.build(strict=True).soup("posts/h.md")
    article = page.select_one("article")
    assert [h.get_text(strip=True) for h in article.select("h1")] == ["Its Own Heading"]
    header = article.select_one(".blogposts-post-header")
    assert header.find_previous("h1").get_text(strip=True) == "Its Own Heading"


def test_post_title_comes_from_front_matter(any_site: SiteBuilder) -> None:
    any_site.authors_yaml()
    any_site.post("t.md", title="Front Matter Title")
    built = any_site.build(strict=True)
    page = built.soup("posts/t.md")
    assert page.title is not None
    assert page.title.get_text().startswith("Front Matter Title")


@pytest.mark.parametrize("registry", ["authors.yml", ".authors.yml", "authors"])
def test_every_registry_shape_gives_names_and_working_avatars(
    site: SiteBuilder, registry: str
) -> None:
    site.image("people/ms.png")
    if registry == "authors.yml":
        site.write(
            "authors.yml", "michael-scott:\n  name: Michael Scott\n  avatar: people/ms.png\n"
        )
    elif registry == ".authors.yml":
        site.write(
            ".authors.yml",
            "authors:\n  michael-scott:\n    name: Michael Scott\n"
            "    description: Manager\n    avatar: people/ms.png\n",
        )
    else:
        site.write(
            "authors/michael-scott.md",
            "---\nname: Michael Scott\nimage: ../people/ms.png\n---\n\nThe **bio**.\n",
        )
    site.post("a/deep/post.md", title="Deep")
    built = site.build(strict=True)
    byline = built.soup("posts/a/deep/post.md").select_one(".blogposts-byline")
    assert byline.select_one(".blogposts-author-name").get_text(strip=True) == "Michael Scott"
    assert byline.select_one("img.blogposts-avatar")["src"] == "../../../../people/ms.png"
    # The author's page: their Markdown profile when they have one, else a generated page.
    page = (
        "authors/michael-scott.md"
        if registry == "authors"
        else "blog/author/michael-scott/index.md"
    )
    href = str(byline.select_one("a.blogposts-author-name")["href"])
    assert resolve(built, "posts/a/deep/post.md", href) == built.dest(page)
    # The profile, then the author's posts as a compact list: no cards.
    assert built.list_titles(page) == ["Deep"]
    soup = built.soup(page)
    assert (
        soup.select_one(".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list")
        is not None
    )
    assert soup.select(".blogposts-card, .blogposts-excerpt") == []
    assert built.broken_links() == []


def test_profile_folder_pages_stay_out_of_the_navigation(any_site: SiteBuilder) -> None:
    any_site.write("authors/michael-scott.md", "---\nname: Michael Scott\n---\n\nBio.\n")
    any_site.post("p.md", title="P")
    built = any_site.build(strict=True)
    assert built.exists("authors/michael-scott.md")
    # MkDocs would title the page from its file name ("Michael scott") or its H1.
    assert [label for label, _ in built.top_nav()] == ["Home", "Blog"]
    assert "scott" not in built.nav_text().casefold()


def test_registry_outside_docs_is_read(site: SiteBuilder) -> None:
    """(That it is also watched by `mkdocs serve` is in test_rebuilds.)"""
    (site.root / "team.yml").write_text("michael-scott:\n  name: Michael Scott\n")
    site.blogposts_options(authors="../team.yml")
    site.post("p.md", title="P")
    built = site.build(strict=True)
    name = built.soup("posts/p.md").select_one(".blogposts-author-name")
    assert name.get_text(strip=True) == "Michael Scott"


def test_dates_are_localised_with_the_theme_language(site: SiteBuilder) -> None:
    site.config["theme"] = {"name": "material", "language": "fr"}
    site.authors_yaml()
    site.post("p.md", title="P", date="08/10/2021")
    time = site.build(strict=True).soup("posts/p.md").select_one(".blogposts-byline time")
    assert time.get_text(strip=True) == "10 août 2021"


def test_a_content_problem_fails_strict_builds(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("bad.md", title="Bad", date="15/10/2023")
    site.build_fails(
        r"Aborted with 1 warnings in strict mode",
        strict=True,
        expect=[r"posts/bad\.md:4: date '15/10/2023' matches none of"],
    )


def test_a_post_without_a_valid_date_is_listed_after_the_dated_ones(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("bad.md", title="Undated", date="someday", categories=["design"])
    site.post("good.md", title="Dated", categories=["design"])
    built = site.build(
        expect=[r"posts/bad\.md:4: date 'someday' .*; listed after the dated posts, without a date"]
    )
    assert built.card_titles("blog/index.md") == ["Dated", "Undated"]
    assert built.list_titles("blog/category/design/index.md") == ["Dated", "Undated"]
    card = built.soup("blog/index.md").select(".blogposts-list .blogposts-card")[1]
    assert card.select("time") == []
    items = built.soup("blog/category/design/index.md").select("ul.blogposts-post-list > li")
    assert [len(li.select("time")) for li in items] == [1, 0]  # undated: shown without a date
    assert built.soup("posts/bad.md").select(".blogposts-byline time") == []


def test_a_blog_of_only_undated_posts_lists_every_one(any_site: SiteBuilder) -> None:
    """No post is ever an orphan: each is linked from a listing reachable from "Blog"."""
    any_site.blogposts_options(posts_per_page=2, list_per_page=2)
    titles = ["delta", "Alpha", "charlie", "Bravo", "echo"]
    for title in titles:
        any_site.post(
            f"{title.lower()}.md", title=title, author=None, date="", featured=title == "echo"
        )
    built = any_site.build(
        expect=[rf"^mkdocs_blogposts: posts/{t.lower()}\.md:3: no date" for t in titles]
    )
    listed = [
        *built.card_titles("blog/index.md"),
        *built.card_titles("blog/page/2.md"),
        *built.card_titles("blog/page/3.md"),
    ]
    assert listed == ["Alpha", "Bravo", "charlie", "delta", "echo"]  # by title
    category = "blog/category/studio-tips"
    in_category = [
        *built.list_titles(f"{category}/index.md"),
        *built.list_titles(f"{category}/page/2.md"),
        *built.list_titles(f"{category}/page/3.md"),
    ]
    assert in_category == ["Alpha", "Bravo", "charlie", "delta", "echo"]
    assert built.list_titles(f"{category}/page/3.md") == ["echo"]
    assert built.soup(f"{category}/index.md").select("ul.blogposts-post-list time") == []
    assert built.card_titles("blog/featured.md") == ["echo"]
    # No dated post: no archive, and no tab leading to an empty one.
    assert not built.exists("blog/archive.md")
    tabs = built.soup("blog/index.md").select("nav.blogposts-tabs a")
    assert [tab.get_text(strip=True) for tab in tabs] == ["Blog", "Categories", "Featured"]
    assert built.broken_links() == []


def test_tabs_lead_only_to_pages_with_something_to_show(any_site: SiteBuilder) -> None:
    """No category, tag, featured post or registry author: no such page and no such tab."""
    any_site.post("p.md", title="P", author="ghost", categories=())
    built = any_site.build(expect=[r"posts name authors but there is no authors registry"])
    for absent in ("blog/category.md", "blog/tag.md", "blog/featured.md", "blog/author.md"):
        assert not built.exists(absent), absent
    assert not (built.site_dir / "blog" / "author").exists()
    for page in ("blog/index.md", "blog/archive.md", "blog/archive/2021.md"):
        tabs = built.soup(page).select("nav.blogposts-tabs a")
        assert [tab.get_text(strip=True) for tab in tabs] == ["Blog", "Archive"], page
    assert built.card_titles("blog/index.md") == ["P"]
    byline = built.soup("posts/p.md").select_one(".blogposts-byline")
    assert byline.select("a") == []  # the unknown author is named, linked nowhere
    assert built.broken_links() == []


def test_enabled_false_turns_the_plugin_off(site: SiteBuilder) -> None:
    site.blogposts_options(enabled=False)
    site.post("p.md", title="P")
    built = site.build(strict=True)
    assert not built.exists("blog/index.md")
    assert built.soup("posts/p.md").select_one(".blogposts-byline") is None


def test_blog_at_the_site_root_lists_posts_below_the_home_page(site: SiteBuilder) -> None:
    site.blogposts_options(blog_dir="")
    site.authors_yaml()
    site.post("p.md", title="P")
    built = site.build(strict=True)
    home = built.soup("index.md").select_one("article")
    assert "Welcome." in home.get_text()
    assert built.card_titles("index.md") == ["P"]
    assert built.list_titles("category/studio-tips/index.md") == ["P"]
    assert built.broken_links() == []


def test_search_finds_posts_not_their_excerpts_on_listing_pages(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("p.md", title="Findable", body="A unique zebrafish sentence.\n\nMore.\n")
    built = site.build(strict=True)
    index = json.loads((built.site_dir / "search" / "search_index.json").read_text())
    hits = {doc["location"].split("#")[0] for doc in index["docs"] if "zebrafish" in doc["text"]}
    assert hits == {"posts/p/"}
    assert any(doc["title"] == "Blog" for doc in index["docs"])
    post_text = " ".join(doc["text"] for doc in index["docs"] if doc["location"] == "posts/p/")
    assert "min read" not in post_text  # snippets show the post's text, not its byline


def test_every_link_the_plugin_emits_is_relative(any_site: SiteBuilder) -> None:
    """So the site works when served under a sub-path (a gh-pages project site)."""
    seed_site(any_site)
    any_site.config["site_url"] = "https://example.org/project/"
    built = any_site.build(strict=True)
    external = {"https://example.com/michael", "https://example.com/pam.png"}
    checked = 0
    for page in built.html_files():
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("[class*=blogposts] [href], [class*=blogposts] [src]"):
            url = tag.get("href") or tag.get("src")
            assert isinstance(url, str)
            checked += 1
            assert url in external or not (url.startswith("/") or "://" in url), (page, url)
    assert checked > 50
    assert built.broken_links() == []


def test_a_very_long_category_gets_a_page_the_file_system_accepts(site: SiteBuilder) -> None:
    label = "A category named at great length " * 10
    site.post("p.md", title="P", author=None, categories=[label])
    built = site.build(strict=True)
    link = built.soup("posts/p.md").select_one(".blogposts-byline a.blogposts-category")
    assert link.get_text(strip=True) == label.strip()
    slug = "a-category-named-at-great-length-a-category-named-at-great-length-a-category"
    assert built.list_titles(f"blog/category/{slug}/index.md") == ["P"]
    assert built.broken_links() == []


def _footer_links(built: BuiltSite, src_uri: str) -> dict[str, tuple[str, str]]:
    """The post footer's links: role (newer, older, back) -> (title text, href)."""
    footer = built.soup(src_uri).select_one(".blogposts-post-footer")
    links = {}
    for role in ("newer", "older"):
        link = footer.select_one(f".blogposts-post-{role}")
        if link is not None:
            title = link.select_one(".blogposts-post-nav-title").get_text(strip=True)
            links[role] = (title, str(link["href"]))
    back = footer.select_one(".blogposts-back a")
    links["back"] = (back.get_text(" ", strip=True), str(back["href"]))
    return links


def test_every_post_ends_with_the_way_to_the_newer_and_older_post(any_site: SiteBuilder) -> None:
    seed_site(any_site)
    built = any_site.build(strict=True)
    by_title = {
        "The Newest Post": "posts/newest.md",
        "alpha same day": "posts/same-day-a.md",
        "Beta Same Day": "posts/same-day-b.md",
        "Unlocking Creative Potential with AI-Generated Artwork": "posts/ai-generated-artwork.md",
        "An Older Post": "posts/older.md",
    }
    order = ALL_POSTS_NEWEST_FIRST
    for number, title in enumerate(order):
        links = _footer_links(built, by_title[title])
        newer = order[number - 1] if number > 0 else None
        older = order[number + 1] if number + 1 < len(order) else None
        assert links.get("newer", (None,))[0] == newer
        assert links.get("older", (None,))[0] == older
        assert links["back"][0] == "\N{LEFTWARDS ARROW} Blog"
        # Each link leads to that post's page (or the blog index), relative to this page.
        page = built.dest(by_title[title]).parent
        for role, target in (("newer", newer), ("older", older)):
            if target is not None:
                href = links[role][1]
                resolved = (page / href).resolve()
                resolved = resolved / "index.html" if href.endswith("/") else resolved
                assert resolved == built.dest(by_title[target]).resolve()
        back = (page / links["back"][1]).resolve()
        back = back / "index.html" if links["back"][1].endswith("/") else back
        assert back == built.dest("blog/index.md").resolve()
    assert built.broken_links() == []


def test_a_lone_post_ends_with_only_the_way_back(site: SiteBuilder) -> None:
    site.blogposts_options(blog_title="Journal")
    site.post("only.md", title="Only <b>one</b>", author=None)
    footer = site.build(strict=True).soup("posts/only.md").select_one(".blogposts-post-footer")
    assert footer.select(".blogposts-post-nav") == []
    assert (
        footer.select_one(".blogposts-back a").get_text(" ", strip=True)
        == "\N{LEFTWARDS ARROW} Journal"
    )


def test_the_blog_link_is_active_on_every_blog_page_and_only_there(
    any_site: SiteBuilder,
) -> None:
    any_site.blogposts_options(posts_per_page=2)
    seed_site(any_site)
    any_site.write("about.md", "# About\n")
    any_site.write("zz/later.md", "# Later\n")  # built after the blog's pages
    built = any_site.build(strict=True)
    for src_uri in (
        "blog/index.md",
        "blog/page/2.md",
        "blog/category.md",
        "blog/category/design/index.md",
        "blog/tag.md",
        "blog/tag/python/index.md",
        "blog/featured.md",
        "blog/author.md",
        "blog/author/pam-beesly/index.md",
        "blog/archive.md",
        "blog/archive/2024.md",
        "posts/ai-generated-artwork.md",
        "posts/newest.md",
    ):
        assert built.active_nav(src_uri) == ["Blog"], src_uri
    assert built.active_nav("index.md") == ["Home"]
    assert built.active_nav("about.md") == ["About"]
    assert built.active_nav("zz/later.md") == ["Zz"]


@pytest.mark.parametrize("registry", ["authors.yml", "team/people.yml"])
def test_the_registry_file_is_read_but_not_published(site: SiteBuilder, registry: str) -> None:
    """The registry is the plugin's input, not a page (and may hold e-mail addresses);
    the avatars it names are still published."""
    site.authors_yaml(registry)
    if registry != "authors.yml":
        site.blogposts_options(authors=registry)
        site.image(posixpath.join(posixpath.dirname(registry), "authors/michael.png"))
    site.post("a.md", title="A")
    built = site.build(strict=True)
    assert not (built.site_dir / registry).exists()
    byline = built.soup("posts/a.md").select_one(".blogposts-byline")
    assert byline.select_one(".blogposts-author-name").get_text() == "Michael Scott"
    avatar = byline.select_one("img.blogposts-avatar")["src"]
    assert built.broken_links() == []
    assert avatar.endswith("authors/michael.png")
    assert not list(built.site_dir.rglob("*.yml"))


def test_the_registry_is_not_published_under_serve_either(tmp_path: Path) -> None:
    builder = SiteBuilder(tmp_path, command="serve")
    builder.authors_yaml()
    builder.post("a.md", title="A")
    built = builder.build(strict=True)
    builder.close()
    assert not (built.site_dir / "authors.yml").exists()
    assert (built.site_dir / "authors/michael.png").exists()


def test_an_updated_date_shows_in_the_byline_and_dates_the_sitemap(any_site: SiteBuilder) -> None:
    any_site.config["site_url"] = "https://example.org/studio/"
    any_site.post("old.md", title="Old", date="01/02/2020", extra="updated: 2023-05-06")
    any_site.post("new.md", title="New", date="03/04/2021")
    any_site.post("same.md", title="Same day", date="03/05/2021", extra="updated: 03/05/2021")
    any_site.post(
        "bad.md", title="Bad", date="03/06/2021", categories=["news"], extra="updated: 2019-01-01"
    )
    built = any_site.build(
        expect=[
            r"posts/bad\.md:7: updated '2019-01-01' is before the post's date \(2021-03-06\); "
            r"no updated date shown",
            r"authors registry",
        ]
    )
    updated = built.soup("posts/old.md").select_one(".blogposts-byline .blogposts-updated")
    assert updated.get_text(" ", strip=True) == "Updated May 6, 2023"
    assert updated.select_one("time")["datetime"] == "2023-05-06"
    for name in ("new.md", "same.md", "bad.md"):
        assert built.soup(f"posts/{name}").select(".blogposts-updated") == []
    # Sorting stays by publication date.
    assert built.card_titles("blog/index.md") == ["Bad", "Same day", "New", "Old"]
    sitemap = (built.site_dir / "sitemap.xml").read_text(encoding="utf-8")
    lastmod = dict(
        re.findall(r"<loc>https://example\.org/studio/([^<]*)</loc>\s*<lastmod>([^<]*)", sitemap)
    )
    directory = any_site.use_directory_urls
    page = (lambda path: f"{path}/") if directory else (lambda path: f"{path}.html")
    assert lastmod[page("posts/old")] == "2023-05-06"
    assert lastmod[page("posts/new")] == "2021-03-04"
    assert lastmod["blog/" if directory else "blog/index.html"] == "2023-05-06"
    news = "blog/category/news/" if directory else "blog/category/news/index.html"
    assert lastmod[news] == "2021-03-06"
    overview = "blog/category/" if directory else "blog/category.html"
    assert lastmod[overview] == "2023-05-06"


def test_an_unreadable_updated_date_is_one_warning(site: SiteBuilder) -> None:
    site.post("a.md", title="A", author=None, extra="updated: someday")
    built = site.build(
        expect=[
            r"posts/a\.md:6: updated 'someday' matches none of %m/%d/%Y, %Y-%m-%d "
            r"\(write it like 08/10/2021, 2021-08-10 or Aug 10, 2021\); no updated date shown"
        ]
    )
    assert built.soup("posts/a.md").select(".blogposts-updated") == []


def test_listing_pages_have_no_empty_contents_column_in_material(site: SiteBuilder) -> None:
    """A listing has no headings of its own: Material's `hide: [toc]` drops the empty
    table-of-contents column beside the cards; posts keep theirs."""
    site.authors_yaml()
    site.post("a.md", title="A", body="## Part one\n\nText.\n\n## Part two\n\nText.\n")
    built = site.build(strict=True)
    listing = built.soup("blog/index.md").select_one(".md-sidebar--secondary")
    post = built.soup("posts/a.md").select_one(".md-sidebar--secondary")
    assert listing is not None
    assert listing.has_attr("hidden")
    assert post is not None
    assert not post.has_attr("hidden")
