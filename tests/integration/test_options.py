"""Every option of the plugin, set to a non-default value in a real build, visibly takes effect.

Each check below fails if its option were ignored (the default would give another page), and
`test_every_option_has_a_build_test` fails when an option is added to `BlogpostsConfig`
without a check here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from mkdocs.config.base import get_schema

from mkdocs_blogposts.config import BlogpostsConfig
from tests.conftest import BuiltSite, SiteBuilder
from tests.integration.test_feeds import (
    SITE_URL,
    discovery_links,
    expected_links,
    feed_files,
    parse_xml_feed,
    read_feed,
    text_of,
)

ORIGIN = "http://site.invalid/"
OptionCheck = Callable[[SiteBuilder], None]
OPTION_CHECKS: dict[str, OptionCheck] = {}


def checks(option: str) -> Callable[[OptionCheck], OptionCheck]:
    """Register the function as the real-build check of `option`."""

    def register(check: OptionCheck) -> OptionCheck:
        OPTION_CHECKS[option] = check
        return check

    return register


def h1_texts(soup: BeautifulSoup) -> list[str]:
    """Every H1 of a page's content, in order: one title, shown once."""
    content = soup.select_one("article, [role=main]")
    return [h1.get_text(strip=True) for h1 in content.select("h1")]


def tab_labels(soup: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in soup.select("nav.blogposts-tabs a")]


def current_tab(soup: BeautifulSoup, current: str = "page") -> str:
    """The label of the one tab marked `aria-current`: "page" on the tab's own page, "true"
    on the other pages it holds (a category's page is in the categories tab)."""
    marked = soup.select(f'nav.blogposts-tabs a[aria-current="{current}"]')
    assert len(marked) == 1, f"expected one tab with aria-current={current}, got {marked}"
    return marked[0].get_text(strip=True)


def target_of(built: BuiltSite, src_uri: str, href: str) -> Path:
    """The file a relative link on the page built from `src_uri` leads to."""
    page = built.dest(src_uri).relative_to(built.site_dir).as_posix()
    target = urljoin(f"{ORIGIN}{page}", href).removeprefix(ORIGIN)
    assert "://" not in target, f"{href} on {src_uri} leaves the site"
    return built.site_dir / (target + "index.html" if target.endswith("/") else target)


def byline_date(built_soup: BeautifulSoup) -> str:
    return built_soup.select_one(".blogposts-byline time").get_text(strip=True)


@checks("posts_dir")
def _posts_dir(site: SiteBuilder) -> None:
    site.blogposts_options(posts_dir="articles")
    site.authors_yaml()
    site.write(
        "articles/a.md",
        "---\nauthor: michael-scott\ndate: 08/10/2021\ntitle: In Articles\n---\n\nText.\n",
    )
    site.write("posts/not-a-post.md", "# Just a page\n\nText.\n")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["In Articles"]
    assert built.soup("articles/a.md").select_one(".blogposts-byline") is not None
    assert built.soup("posts/not-a-post.md").select_one(".blogposts-byline") is None


@checks("authors")
def _authors(site: SiteBuilder) -> None:
    site.blogposts_options(authors="team/people.yml")
    site.write("team/people.yml", "michael-scott:\n  name: Michael From People\n")
    site.post("p.md", title="P")
    built = site.build(strict=True)
    name = built.soup("posts/p.md").select_one(".blogposts-byline .blogposts-author-name")
    assert name.get_text(strip=True) == "Michael From People"


@checks("blog_dir")
def _blog_dir(site: SiteBuilder) -> None:
    site.blogposts_options(blog_dir="news")
    site.post("p.md", title="P", author=None)
    built = site.build(strict=True)
    assert built.card_titles("news/index.md") == ["P"]
    assert built.list_titles("news/category/studio-tips/index.md") == ["P"]
    assert not (built.site_dir / "blog").exists()
    assert built.broken_links() == []


@checks("date_formats")
def _date_formats(site: SiteBuilder) -> None:
    site.blogposts_options(date_formats=["%d.%m.%Y"])
    site.post("p.md", title="P", author=None, date="10.08.2021")
    built = site.build(strict=True)
    time = built.soup("posts/p.md").select_one(".blogposts-byline time")
    assert time["datetime"] == "2021-08-10"
    assert built.card_titles("blog/index.md") == ["P"]


@checks("posts_per_page")
def _posts_per_page(site: SiteBuilder) -> None:
    site.blogposts_options(posts_per_page=1)
    site.authors_yaml()
    site.post("a.md", title="A", date="01/01/2021")
    site.post("b.md", title="B", date="01/02/2021")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["B"]
    assert built.card_titles("blog/page/2.md") == ["A"]
    # Cards only: a category's and an author's compact lists keep their own page size
    # (list_per_page).
    for folder in ("blog/category/studio-tips", "blog/author/michael-scott"):
        assert built.list_titles(f"{folder}/index.md") == ["B", "A"]
        assert not built.exists(f"{folder}/page/2.md")


@checks("list_per_page")
def _list_per_page(site: SiteBuilder) -> None:
    site.blogposts_options(list_per_page=2)
    site.authors_yaml()
    for day in range(1, 4):
        site.post(
            f"p{day}.md",
            title=f"P{day}",
            date=f"01/0{day}/2021",
            extra="tags: [python]",
        )
    built = site.build(strict=True)
    # A category's, a tag's and an author's compact list, two a page; the default 50 would
    # give one page.
    for folder, label in (
        ("blog/category/studio-tips", "studio tips"),
        ("blog/tag/python", "python"),
        ("blog/author/michael-scott", "Michael Scott"),
    ):
        first, second = f"{folder}/index.md", f"{folder}/page/2.md"
        assert built.list_titles(first) == ["P3", "P2"]
        assert built.list_titles(second) == ["P1"]
        assert not built.exists(f"{folder}/page/3.md")
        assert h1_texts(built.soup(second)) == [f"{label}, page 2"]
        pagination = built.soup(first).select_one(".blogposts-pagination")
        next_page = str(pagination.select_one("[rel=next]")["href"])
        assert target_of(built, first, next_page) == built.dest(second)
    # Cards keep posts_per_page (10): the blog index is one page of all three.
    assert built.card_titles("blog/index.md") == ["P3", "P2", "P1"]
    assert not built.exists("blog/page/2.md")
    assert built.broken_links() == []


@checks("featured_on_index")
def _featured_on_index(site: SiteBuilder) -> None:
    site.blogposts_options(featured_on_index=1)
    for day in range(1, 4):
        site.post(f"p{day}.md", title=f"P{day}", author=None, date=f"01/0{day}/2021", featured=True)
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == ["P3"]
    assert built.card_titles("blog/featured.md") == ["P3", "P2", "P1"]
    site.blogposts_options(featured_on_index=0)
    built = site.build(strict=True)
    assert built.soup("blog/index.md").select(".blogposts-featured") == []
    assert built.card_titles("blog/index.md") == ["P3", "P2", "P1"]


@checks("blog_title")
def _blog_title(site: SiteBuilder) -> None:
    site.blogposts_options(blog_title="Journal", posts_per_page=1)
    site.post("a.md", title="A", author=None, date="01/01/2021")
    site.post("b.md", title="B", author=None, date="01/02/2021")
    built = site.build(strict=True)
    index = built.soup("blog/index.md")
    assert h1_texts(index) == ["Journal"]
    assert index.title.get_text().startswith("Journal")
    assert current_tab(index) == "Journal"
    assert tab_labels(index)[0] == "Journal"
    assert "Blog" not in tab_labels(index)
    assert current_tab(built.soup("blog/page/2.md"), "true") == "Journal"
    assert [label for label, _ in built.top_nav()] == ["Home", "Journal"]
    assert h1_texts(built.soup("blog/page/2.md")) == ["Journal, page 2"]
    back = built.soup("posts/a.md").select_one(".blogposts-back a")
    assert back.get_text(" ", strip=True) == "\N{LEFTWARDS ARROW} Journal"


@checks("categories_title")
def _categories_title(site: SiteBuilder) -> None:
    site.blogposts_options(categories_title="Topics")
    site.post("a.md", title="A", author=None)
    built = site.build(strict=True)
    overview = built.soup("blog/category.md")
    assert h1_texts(overview) == ["Topics"]
    assert overview.title.get_text().startswith("Topics")
    assert current_tab(overview) == "Topics"
    assert current_tab(built.soup("blog/category/studio-tips/index.md"), "true") == "Topics"
    assert "Categories" not in tab_labels(built.soup("blog/index.md"))


@checks("featured_title")
def _featured_title(site: SiteBuilder) -> None:
    site.blogposts_options(featured_title="Editor's Picks")
    site.post("a.md", title="A", author=None, featured=True)
    built = site.build(strict=True)
    featured = built.soup("blog/featured.md")
    assert h1_texts(featured) == ["Editor's Picks"]
    assert current_tab(featured) == "Editor's Picks"
    index = built.soup("blog/index.md")
    assert "Featured" not in tab_labels(index)
    strip = index.select_one(".blogposts-featured")
    assert strip["aria-label"] == "Editor's Picks"
    assert strip.select_one(".blogposts-section-title").get_text(strip=True) == "Editor's Picks"


@checks("tags_title")
def _tags_title(site: SiteBuilder) -> None:
    site.blogposts_options(tags_title="Keywords")
    site.post("a.md", title="A", author=None, extra="tags: [python]")
    built = site.build(strict=True)
    overview = built.soup("blog/tag.md")
    assert h1_texts(overview) == ["Keywords"]
    assert overview.title.get_text().startswith("Keywords")
    assert current_tab(overview) == "Keywords"
    assert current_tab(built.soup("blog/tag/python/index.md"), "true") == "Keywords"
    assert "Tags" not in tab_labels(built.soup("blog/index.md"))


@checks("archive_title")
def _archive_title(site: SiteBuilder) -> None:
    site.blogposts_options(archive_title="Past Years")
    site.post("a.md", title="A", author=None, date="08/10/2021")
    built = site.build(strict=True)
    overview = built.soup("blog/archive.md")
    assert h1_texts(overview) == ["Past Years"]
    assert overview.title.get_text().startswith("Past Years")
    assert current_tab(overview) == "Past Years"
    year = built.soup("blog/archive/2021.md")
    assert h1_texts(year) == ["2021"]
    assert current_tab(year, "true") == "Past Years"
    assert "Archive" not in tab_labels(built.soup("blog/index.md"))


@checks("authors_title")
def _authors_title(site: SiteBuilder) -> None:
    site.blogposts_options(authors_title="Writers")
    site.authors_yaml()
    site.post("a.md", title="A")
    built = site.build(strict=True)
    overview = built.soup("blog/author.md")
    assert h1_texts(overview) == ["Writers"]
    assert overview.title.get_text().startswith("Writers")
    assert current_tab(overview) == "Writers"
    author = built.soup("blog/author/michael-scott/index.md")
    assert h1_texts(author) == ["Michael Scott"]
    assert current_tab(author, "true") == "Writers"
    assert "Authors" not in tab_labels(built.soup("blog/index.md"))


@checks("author_pages")
def _author_pages(site: SiteBuilder) -> None:
    site.blogposts_options(author_pages=False)
    site.authors_yaml()
    site.post("a.md", title="A")
    built = site.build(strict=True)
    assert not built.exists("blog/author.md")
    assert not (built.site_dir / "blog" / "author").exists()
    assert "Authors" not in tab_labels(built.soup("blog/index.md"))
    post = built.soup("posts/a.md")
    byline = post.select_one(".blogposts-byline a.blogposts-author-name")
    assert byline["href"] == "https://example.com/michael"  # not the author's page
    card = post.select_one(".blogposts-author-card-name a")
    assert card["href"] == "https://example.com/michael"
    index = built.soup("blog/index.md")
    assert index.select_one(".blogposts-card-authors").get_text(strip=True) == "Michael Scott"
    assert index.select(".blogposts-card-authors a") == []
    assert built.broken_links() == []


@checks("author_segment")
def _author_segment(site: SiteBuilder) -> None:
    site.blogposts_options(author_segment="people")
    site.authors_yaml()
    site.post("a.md", title="A")
    built = site.build(strict=True)
    page = "blog/people/michael-scott/index.md"
    assert h1_texts(built.soup(page)) == ["Michael Scott"]
    assert built.list_titles(page) == ["A"]
    assert built.soup(page).select(".blogposts-card") == []
    overview = built.soup("blog/people.md")
    assert h1_texts(overview) == ["Authors"]
    assert current_tab(overview) == "Authors"
    assert not built.exists("blog/author.md")
    assert not (built.site_dir / "blog" / "author").exists()
    byline = built.soup("posts/a.md").select_one(".blogposts-byline a.blogposts-author-name")
    assert target_of(built, "posts/a.md", str(byline["href"])) == built.dest(page)
    listed = overview.select_one(".blogposts-author-index a")
    assert target_of(built, "blog/people.md", str(listed["href"])) == built.dest(page)
    assert built.broken_links() == []


@checks("archive")
def _archive(site: SiteBuilder) -> None:
    site.blogposts_options(archive=False)
    site.post("a.md", title="A", author=None, date="08/10/2021")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["A"]
    assert not built.exists("blog/archive.md")
    assert not built.exists("blog/archive/2021.md")
    assert not (built.site_dir / "blog" / "archive").exists()
    assert "Archive" not in tab_labels(built.soup("blog/index.md"))
    assert built.broken_links() == []


@checks("drafts")
def _drafts(site: SiteBuilder) -> None:
    # Under `mkdocs serve` a draft is shown by default; `drafts: false` keeps it out there too.
    site.command = "serve"
    site.blogposts_options(drafts=False)
    site.post("a.md", title="Live", author=None, date="08/10/2021")
    site.post("b.md", title="Secret", author=None, date="08/11/2021", extra="draft: true")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Live"]
    assert not built.exists("posts/b.md")
    assert built.soup("blog/index.md").select(".blogposts-badge") == []
    site.blogposts_options()
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Secret", "Live"]


@checks("future_posts")
def _future_posts(site: SiteBuilder) -> None:
    # A post dated in 2999 is scheduled by default; `publish` publishes it now.
    site.blogposts_options(future_posts="publish")
    site.post("a.md", title="Live", author=None, date="08/10/2021")
    site.post("b.md", title="Far future", author=None, date="2999-01-01")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Far future", "Live"]
    assert built.exists("posts/b.md")
    site.blogposts_options()
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Live"]
    assert not built.exists("posts/b.md")


@checks("related_posts")
def _related_posts(site: SiteBuilder) -> None:
    # "Subject" shares its category and python with "Two shared", only its category with the
    # newer "One shared": one related post is the best; the default 3 would show both.
    site.blogposts_options(related_posts=1)
    python = "tags: [python]"
    site.post("a.md", title="Two shared", author=None, date="01/01/2021", extra=python)
    site.post("b.md", title="Subject", author=None, date="01/02/2021", extra=python)
    site.post("c.md", title="One shared", author=None, date="01/03/2021")
    built = site.build(strict=True)

    def related(src_uri: str) -> list[str]:
        footer = built.soup(src_uri).select_one(".blogposts-post-footer")
        return [a.get_text(strip=True) for a in footer.select(".blogposts-related-title")]

    assert related("posts/b.md") == ["Two shared"]
    assert related("posts/c.md") == ["Subject"]
    site.blogposts_options(related_posts=0)
    built = site.build(strict=True)
    for src_uri in ("posts/a.md", "posts/b.md", "posts/c.md"):
        post = built.soup(src_uri)
        assert post.select(".blogposts-related") == []
        assert post.select_one(".blogposts-post-footer .blogposts-post-nav") is not None


@checks("reading_time")
def _reading_time(site: SiteBuilder) -> None:
    site.blogposts_options(reading_time=False)
    site.authors_yaml()
    site.post("a.md", title="A")
    built = site.build(strict=True)
    post = built.soup("posts/a.md")
    assert post.select_one(".blogposts-byline") is not None
    assert post.select(".blogposts-reading-time") == []
    assert "min read" not in post.get_text()
    index = built.soup("blog/index.md")
    assert index.select(".blogposts-card") != []
    assert index.select(".blogposts-reading-time") == []


@checks("words_per_minute")
def _words_per_minute(site: SiteBuilder) -> None:
    site.blogposts_options(words_per_minute=10)
    site.authors_yaml()
    site.post("a.md", title="A", body=" ".join(["word"] * 95) + "\n")
    built = site.build(strict=True)
    shown = built.soup("posts/a.md").select_one(".blogposts-byline .blogposts-reading-time")
    assert shown.get_text(strip=True) == "10 min read"  # 200 words a minute would say 1


@checks("excerpt_separator")
def _excerpt_separator(site: SiteBuilder) -> None:
    site.blogposts_options(excerpt_separator="<!-- cut -->")
    body = "First part.\n\nSecond part.\n\n<!-- cut -->\n\nAfter the cut.\n"
    site.post("a.md", title="A", author=None, body=body)
    built = site.build(strict=True)
    excerpt = built.soup("blog/index.md").select_one(".blogposts-card .blogposts-excerpt")
    text = " ".join(excerpt.get_text(" ", strip=True).split())
    assert text == "First part. Second part."  # the default would cut after "First part."


@checks("excerpt_lines")
def _excerpt_lines(site: SiteBuilder) -> None:
    site.blogposts_options(excerpt_lines=2)
    site.post("a.md", title="A", author=None)
    built = site.build(strict=True)
    excerpt = built.soup("blog/index.md").select_one(".blogposts-card .blogposts-excerpt")
    assert "blogposts-excerpt--clamped" in excerpt["class"]
    assert excerpt["style"] == "--blogposts-excerpt-lines: 2"  # the default is 4
    site.blogposts_options(excerpt_lines=0)
    excerpt = site.build(strict=True).soup("blog/index.md").select_one(".blogposts-excerpt")
    assert "blogposts-excerpt--clamped" not in excerpt["class"]
    assert not excerpt.has_attr("style")


@checks("fields")
def _fields(site: SiteBuilder) -> None:
    site.blogposts_options(fields={"image": ["banner"], "date": ["published_on"]})
    site.image("posts/b.png")
    site.write(
        "posts/a.md",
        "---\ntitle: A\npublished_on: 2024-03-05\nbanner: b.png\n---\n\nText.\n",
    )
    built = site.build(strict=True)
    soup = built.soup("posts/a.md")
    assert soup.select_one(".blogposts-byline time")["datetime"] == "2024-03-05"
    hero = soup.select_one(".blogposts-hero img")
    assert hero is not None
    assert str(hero["src"]).endswith("b.png")


@checks("post_url")
def _post_url(site: SiteBuilder) -> None:
    site.blogposts_options(post_url="{blog}/{date}/{slug}")
    site.post("a.md", title="Hello There", date="08/10/2021", author=None)
    site.post(
        "b.md",
        title="B",
        date="08/11/2021",
        author=None,
        body="See [A](a.md).\n",
        extra="slug: custom-b",
    )
    built = site.build(strict=True)
    directory = site.use_directory_urls
    a = "blog/2021/08/10/hello-there/" + ("index.html" if directory else "")
    b = "blog/2021/08/11/custom-b/" + ("index.html" if directory else "")
    if not directory:
        a, b = a.rstrip("/") + ".html", b.rstrip("/") + ".html"
    assert (built.site_dir / a).is_file()
    assert (built.site_dir / b).is_file()
    assert not built.exists("posts/a.md")
    link = BeautifulSoup((built.site_dir / b).read_text(encoding="utf-8"), "html.parser")
    href = next(x["href"] for x in link.select(".md-content a, [role=main] a") if x.text == "A")
    target = (built.site_dir / b).parent / str(href)
    assert (
        target.resolve() == (built.site_dir / a).resolve().parent
        or target.resolve() == (built.site_dir / a).resolve()
    )


@checks("posts_in_nav")
def _posts_in_nav(site: SiteBuilder) -> None:
    site.blogposts_options(posts_in_nav=True)
    site.post("a.md", title="Alpha", author=None)
    built = site.build(strict=True)
    assert "Alpha" in built.nav_text("index.md")  # the default leaves posts out of it


@checks("post_url_redirects")
def _post_url_redirects(site: SiteBuilder) -> None:
    site.blogposts_options(post_url="{blog}/{date}/{slug}", post_url_redirects=True)
    site.post("a.md", title="Hello <b>", date="08/10/2021", author=None)
    built = site.build(strict=True)
    old = built.dest("posts/a.md")
    soup = BeautifulSoup(old.read_text(encoding="utf-8"), "html.parser")
    refresh = str(soup.select_one('meta[http-equiv="refresh"]')["content"])
    target = refresh.removeprefix("0; url=")
    assert target == soup.select_one('link[rel="canonical"]')["href"]
    landing = old.parent / target
    if site.use_directory_urls:
        landing = landing / "index.html"
    assert (
        landing.resolve()
        == (
            built.site_dir
            / "blog/2021/08/10"
            / ("hello-b/index.html" if site.use_directory_urls else "hello-b.html")
        ).resolve()
    )
    assert soup.title.get_text() == "Hello <b>"  # escaped, read back as text


@checks("post_url_date_format")
def _post_url_date_format(site: SiteBuilder) -> None:
    site.blogposts_options(post_url="{blog}/{date}/{slug}", post_url_date_format="%Y/%m")
    site.post("a.md", title="Hello", date="08/10/2021", author=None)
    built = site.build(strict=True)
    name = "blog/2021/08/hello/index.html" if site.use_directory_urls else "blog/2021/08/hello.html"
    assert (built.site_dir / name).is_file()


@checks("date_format")
def _date_format(site: SiteBuilder) -> None:
    site.blogposts_options(date_format="d MMM y")
    site.authors_yaml()
    site.post("a.md", title="A", date="08/10/2021")
    assert byline_date(site.build(strict=True).soup("posts/a.md")) == "10 Aug 2021"


@checks("locale")
def _locale(site: SiteBuilder) -> None:
    site.blogposts_options(locale="de")
    site.authors_yaml()
    site.post("a.md", title="A", date="08/10/2021")
    post = site.build(strict=True).soup("posts/a.md")
    assert byline_date(post) == "10. August 2021"
    assert post.select_one(".blogposts-byline .blogposts-reading-time").get_text() == (
        "1 Min. Lesezeit"
    )


@checks("labels")
def _labels(site: SiteBuilder) -> None:
    site.blogposts_options(
        labels={
            "newer": "Previous <story>",
            "reading_time": {"one": "{count} minute", "other": "{count} minutes"},
            "blog": "Journal",
        },
        posts_per_page=1,
    )
    site.post("a.md", title="A", author=None, date="01/01/2021")
    site.post("b.md", title="B", author=None, date="01/02/2021", body="word " * 500)
    built = site.build(strict=True)
    older = built.soup("posts/a.md")
    newer_label = older.select_one(".blogposts-post-newer .blogposts-post-nav-label")
    assert newer_label.get_text(" ", strip=True) == "\N{LEFTWARDS ARROW} Previous <story>"
    assert older.select_one(".blogposts-reading-time").get_text() == "1 minute"
    assert built.soup("posts/b.md").select_one(".blogposts-reading-time").get_text() == (
        "3 minutes"
    )
    index = built.soup("blog/index.md")
    assert h1_texts(index) == ["Journal"]
    assert [label for label, _ in built.top_nav()] == ["Home", "Journal"]
    # Only the overridden labels change: the others stay English.
    assert index.select_one(".blogposts-page-next").get_text(" ", strip=True) == (
        "Older \N{RIGHTWARDS ARROW}"
    )


@checks("feeds")
def _feeds(site: SiteBuilder) -> None:
    # One format, given as a string; the default writes all three.
    site.config["site_url"] = SITE_URL
    site.blogposts_options(feeds="atom")
    site.post("a.md", title="A", author=None)
    built = site.build(strict=True)
    assert feed_files(built) == {"blog": {"atom"}, "blog/category/studio-tips": {"atom"}}
    assert [
        entry.title for entry in parse_xml_feed(built.site_dir / "blog/atom.xml", "atom10").entries
    ] == ["A"]
    assert discovery_links(built, "index.md") == expected_links(("Blog", "blog"), formats=("atom",))
    site.blogposts_options(feeds=False)
    built = site.build(strict=True)
    assert feed_files(built) == {}
    assert discovery_links(built, "index.md") == []


def _without_feed_family(site: SiteBuilder, option: str, listing: str) -> None:
    """With `option` false, no feed of that family (the others stay) and its listing page
    names only the blog's feeds."""
    site.config["site_url"] = SITE_URL
    site.authors_yaml()
    site.blogposts_options(**{"tag_feeds": True, option: False})
    site.post("a.md", title="A", extra="tags: [t]")
    built = site.build(strict=True)
    families = {"blog", "blog/author/michael-scott", "blog/category/studio-tips", "blog/tag/t"}
    assert set(feed_files(built)) == families - {listing}
    assert discovery_links(built, f"{listing}/index.md") == expected_links(("Blog", "blog"))
    assert read_feed(built, "blog").titles() == ["A"]


@checks("category_feeds")
def _category_feeds(site: SiteBuilder) -> None:
    _without_feed_family(site, "category_feeds", "blog/category/studio-tips")


@checks("tag_feeds")
def _tag_feeds(site: SiteBuilder) -> None:
    """Off by default (a blog has many tags); `true` gives each tag its three feeds."""
    _without_feed_family(site, "tag_feeds", "blog/tag/t")
    site.blogposts_options(tag_feeds=True)
    built = site.build(strict=True)
    assert "blog/tag/t" in feed_files(built)
    assert discovery_links(built, "blog/tag/t/index.md") == expected_links(
        ("Blog", "blog"), ("t", "blog/tag/t")
    )


@checks("author_feeds")
def _author_feeds(site: SiteBuilder) -> None:
    _without_feed_family(site, "author_feeds", "blog/author/michael-scott")


@checks("feed_entries")
def _feed_entries(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(feed_entries=1)
    site.post("a.md", title="A", author=None, date="2021-01-01")
    site.post("b.md", title="B", author=None, date="2021-01-02")
    built = site.build(strict=True)
    for folder in ("blog", "blog/category/studio-tips"):
        assert read_feed(built, folder).titles() == ["B"], folder  # the default: B and A


@checks("feed_content")
def _feed_content(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(feed_content="excerpt")
    body = "The excerpt.\n\n<!-- more -->\n\nThe rest.\n"
    site.post("a.md", title="A", author=None, body=body)
    contents = read_feed(site.build(strict=True), "blog").contents()
    assert {fmt: [text_of(html) for html in htmls] for fmt, htmls in contents.items()} == {
        "rss": ["The excerpt."],
        "atom": ["The excerpt."],
        "json": ["The excerpt."],
    }


@checks("taxonomy_feed_content")
def _taxonomy_feed_content(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(taxonomy_feed_content="full")
    body = "The excerpt.\n\n<!-- more -->\n\nThe rest.\n"
    site.post("a.md", title="A", author=None, body=body, categories=["notes"])
    contents = read_feed(site.build(strict=True), "blog/category/notes").contents()
    assert {fmt: [text_of(html) for html in htmls] for fmt, htmls in contents.items()} == {
        "rss": ["The excerpt. The rest."],
        "atom": ["The excerpt. The rest."],
        "json": ["The excerpt. The rest."],
    }


@checks("timezone")
def _timezone(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(timezone="America/New_York")
    site.post("a.md", title="A", author=None, date="2021-08-10")
    feed = read_feed(site.build(strict=True), "blog")
    assert feed.rss.entries[0].published == "Tue, 10 Aug 2021 00:00:00 -0400"  # not +0000
    assert feed.atom.entries[0].published == "2021-08-10T00:00:00-04:00"
    assert feed.json["items"][0]["date_published"] == "2021-08-10T00:00:00-04:00"


OPTIONS = [name for name, _ in get_schema(BlogpostsConfig)]


def test_every_option_has_a_build_test() -> None:
    assert sorted(OPTION_CHECKS) == sorted(OPTIONS)


@pytest.fixture(
    params=[("material", True), ("mkdocs", False)], ids=["material-dirurls", "mkdocs-htmlurls"]
)
def theme_site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SiteBuilder]:
    theme, use_directory_urls = request.param
    builder = SiteBuilder(tmp_path, theme=theme, use_directory_urls=use_directory_urls)
    yield builder
    builder.close()


@pytest.mark.parametrize("option", OPTIONS)
def test_option_takes_effect(theme_site: SiteBuilder, option: str) -> None:
    check = OPTION_CHECKS.get(option)
    if check is None:
        pytest.fail(f"option {option!r} has no real-build check in OPTION_CHECKS")
    check(theme_site)
