"""Blogs written for other tools build unchanged (issue: dialects).

Each fixture under `tests/fixtures/dialects/<tool>/` is a small blog written for this project
in the documented format of Material for MkDocs' blog plugin, Astro, Jekyll, Hugo or
Docusaurus. It is copied into `docs/` as it is; only `posts_dir` and `post_url` are set.
Every post must be listed with its real date, author names, hero, excerpt and tags, in
both themes and URL styles, with no warning.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from tests.conftest import BuiltSite, SiteBuilder

FIXTURES = Path(__file__).parent.parent / "fixtures" / "dialects"


@dataclass(frozen=True)
class Card:
    """What the blog index shows of one post."""

    title: str
    date: str
    authors: tuple[str, ...]
    hero: bool
    excerpt: str


def copy_blog(site: SiteBuilder, tool: str) -> None:
    shutil.copytree(FIXTURES / tool, site.docs, dirs_exist_ok=True)


def _text(element: Tag | None) -> str:
    return " ".join(element.get_text(" ", strip=True).split()) if element else ""


def index_cards(built: BuiltSite) -> list[Card]:
    """The cards of the blog index's first page in page order: the featured (Material's
    pinned) posts on top, then the others, newest first."""
    soup = built.soup("blog/index.md")
    cards = []
    for card in soup.select(".blogposts-featured .blogposts-card, .blogposts-list .blogposts-card"):
        time = card.select_one("time")
        cards.append(
            Card(
                title=_text(card.select_one(".blogposts-card-title")),
                date=str(time["datetime"]) if time else "",
                authors=tuple(
                    name
                    for name in _text(card.select_one(".blogposts-card-authors")).split(" , ")
                    if name
                ),
                hero=card.select_one(".blogposts-card-image img") is not None,
                excerpt=_text(card.select_one(".blogposts-excerpt")),
            )
        )
    return cards


def page_at(built: BuiltSite, path: str) -> BeautifulSoup:
    """The page published at site path `path` (`blog/2024/08/10/x`), in either URL style."""
    file = built.site_dir / (f"{path}/index.html" if built.use_directory_urls else f"{path}.html")
    assert file.is_file(), f"nothing published at {path}: {sorted(built.site_dir.rglob('*.html'))}"
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def tags_of(soup: BeautifulSoup) -> list[str]:
    return [_text(tag) for tag in soup.select(".blogposts-post-footer .blogposts-tag")]


def test_material_blog_keeps_its_urls_dates_authors_and_excerpts(any_site: SiteBuilder) -> None:
    copy_blog(any_site, "material")
    any_site.config["site_url"] = "https://example.org/docs/"
    any_site.blogposts_options(posts_dir="blog/posts", post_url="{blog}/{date}/{slug}")
    built = any_site.build(strict=True)
    # `pin: true` is featured: shown first on the blog index, as Material pins it.
    assert index_cards(built) == [
        Card(
            "Release 2024: what is new",
            "2024-08-10",
            ("Martin Example",),
            False,
            # The text before `<!-- more -->`, not the `description`.
            "The release brings a faster build and a new blog. "
            "The second paragraph is part of the excerpt too.",
        ),
        Card(
            "A guide to writing guides",
            "2024-09-01",
            ("Ana Example",),
            False,
            "Start with the reader's goal.",
        ),
    ]
    featured = built.soup("blog/index.md").select(".blogposts-card--featured")
    assert {_text(c.select_one(".blogposts-card-title")) for c in featured} == {
        "Release 2024: what is new"
    }
    # The title made a slug (Material's rule), `slug:` when given.
    release = page_at(built, "blog/2024/08/10/release-2024-what-is-new")
    page_at(built, "blog/2024/09/01/writing-a-guide")
    byline = _text(release.select_one(".blogposts-byline"))
    assert "7 min read" in byline  # `readtime`
    assert release.select_one(".blogposts-updated time")["datetime"] == "2024-08-12"
    assert tags_of(release) == ["mkdocs"]
    # The meta description stays the post's own.
    assert release.select_one('meta[name="description"]')["content"] == (
        "What the release brings, for search engines."
    )
    links = [(_text(a), str(a["href"])) for a in release.select(".blogposts-links a")]
    assert links[1] == ("Theme docs", "https://example.com/theme/")
    assert links[0][0] == "A guide to writing guides"
    assert "writing-a-guide" in links[0][1]
    assert built.broken_links() == []


def test_astro_blog_dates_heroes_and_authors_collection(any_site: SiteBuilder) -> None:
    copy_blog(any_site, "astro")
    built = any_site.build(strict=True)
    assert index_cards(built) == [
        Card(
            "Third post",
            "2023-03-15",
            ("Cleo Example",),
            True,
            "A post whose author has a JSON entry.",
        ),
        Card(
            "Second post",
            "2023-01-30",
            ("Ben Example",),
            True,
            "The second post, by an author of the data collection.",
        ),
        # An author written as a display name is shown as written; `description` is the
        # excerpt when no marker is written.
        Card("First post", "2022-07-08", ("Ana Example",), True, "Lorem ipsum dolor sit amet"),
    ]
    second = built.soup("posts/second-post.md")
    hero = second.select_one(".blogposts-hero img")
    assert hero is not None
    assert hero["alt"] == "A desk with a notebook"
    assert second.select_one(".blogposts-updated time")["datetime"] == "2023-02-01"
    assert tags_of(second) == ["release"]
    assert not built.exists("posts/draft-post.md")
    # The registry's data files are the plugin's input, not part of the site.
    assert not (built.site_dir / "authors" / "ben.yaml").exists()
    assert not (built.site_dir / "authors" / "cleo.json").exists()
    ben = built.soup("posts/second-post.md").select_one(".blogposts-byline .blogposts-avatar")
    assert ben is not None


def test_jekyll_blog_dates_from_file_names_categories_and_permalinks(
    any_site: SiteBuilder,
) -> None:
    copy_blog(any_site, "jekyll")
    any_site.blogposts_options(posts_dir="_posts", post_url="{categories}/{date}/{slug}")
    built = any_site.build(strict=True)
    assert index_cards(built) == [
        Card(
            "Notes from the road",
            "2014-01-02",  # from the file name: no date in the front matter
            (),
            False,
            "Trains are the best way to see a country. Maps help too.",  # its own separator
        ),
        Card(
            "Welcome to Jekyll!",
            "2013-05-06",
            ("Ana Example",),
            False,
            "You'll find this post in your _posts directory.",
        ),
    ]
    welcome = page_at(built, "jekyll/update/2013/05/06/welcome-to-jekyll")
    categories = [_text(a) for a in welcome.select(".blogposts-byline .blogposts-categories a")]
    assert categories == ["jekyll", "update"]  # a space-separated string, as Jekyll reads it
    notes = page_at(built, "travel/2014/01/02/notes-from-the-road")
    assert tags_of(notes) == ["trains", "maps"]
    assert "<!--end-excerpt-->" not in notes.get_text()


def test_jekyll_date_keeps_its_offset_in_feeds(site: SiteBuilder) -> None:
    copy_blog(site, "jekyll")
    site.config["site_url"] = "https://example.org/"
    site.blogposts_options(posts_dir="_posts")
    built = site.build(strict=True)
    feed = json.loads((built.site_dir / "blog" / "feed.json").read_text(encoding="utf-8"))
    published = {item["title"]: item["date_published"] for item in feed["items"]}
    assert published["Welcome to Jekyll!"] == "2013-05-06T02:12:52+02:00"
    assert published["Notes from the road"] == "2014-01-02T00:00:00+00:00"


def test_hugo_blog_with_toml_front_matter(any_site: SiteBuilder) -> None:
    copy_blog(any_site, "hugo")
    built = any_site.build(strict=True)
    assert index_cards(built) == [
        Card("Second post", "2024-02-01", (), False, "The opening of the second post."),
        Card("My First Post", "2024-01-14", (), True, "A summary from the front matter."),
    ]
    first = built.soup("posts/my-first-post.md")
    body = _text(first.select_one("article") or first)
    assert "+++" not in body
    assert "title =" not in body
    assert first.select_one(".blogposts-updated time")["datetime"] == "2024-01-20"
    assert tags_of(first) == ["red", "green"]
    assert not built.exists("posts/expired-post.md")  # `expiryDate` is past


def test_docusaurus_blog_file_dates_truncate_markers_and_inline_authors(
    any_site: SiteBuilder,
) -> None:
    copy_blog(any_site, "docusaurus")
    any_site.blogposts_options(posts_dir="blog", post_url="{blog}/{date}/{slug}")
    built = any_site.build(strict=True)
    cards = index_cards(built)
    assert [(c.title, c.date, c.authors) for c in cards] == [
        ("Welcome", "2021-08-26", ("Guest Writer",)),
        ("First Blog Post", "2019-05-28", ("Seb Example", "Yang Example")),
    ]
    assert cards[0].excerpt == "Welcome to the blog, an excerpt with an image."
    assert cards[1].excerpt == "Lorem ipsum dolor sit amet, the excerpt."
    first = page_at(built, "blog/2019/05/28/first-blog-post")
    page_at(built, "blog/2021/08/26/welcome")
    assert tags_of(first) == ["hola", "docusaurus"]
    cards_below = first.select(".blogposts-author-card")
    assert [_text(c.select_one(".blogposts-author-title")) for c in cards_below] == [
        "Docusaurus maintainer",
        "Front End Engineer",
    ]
    socials = [str(a["href"]) for a in cards_below[0].select("a")]
    assert "https://x.com/sebexample" in socials
    assert "https://github.com/sebexample" in socials
    # `unlisted`: its page is built, no listing shows it.
    page_at(built, "blog/2021/08/01/hidden")
    assert "Hidden post" not in built.soup("blog/index.md").get_text()
    welcome = page_at(built, "blog/2021/08/26/welcome")
    assert "truncate" not in welcome.get_text()


@pytest.mark.parametrize(
    ("front", "expect"),
    [
        (
            "date:\n  updated: 2024-01-02\n",
            r"posts/a\.md:2: date is a mapping without 'created'",
        ),
        (
            "date:\n  created: 2024-01-01\n  modified: 2024-01-02\n",
            r"posts/a\.md:2: date has 'modified': only 'created' and 'updated' are read",
        ),
        ("pubDate: someday\n", r"posts/a\.md:2: pubDate 'someday' matches none of"),
        ("heroImage: 42\n", r"posts/a\.md:2: heroImage 42 is not a path or URL"),
        ("pin: maybe\n", r"posts/a\.md:2: pin 'maybe' is not true or false; taken as false"),
        (
            "published: later\n",
            r"posts/a\.md:2: published 'later' is not true or false; taken as false",
        ),
        ("slug: ../x\n", r"posts/a\.md:2: slug '\.\./x' is not a URL path"),
        ("links:\n  - nowhere.md\n", r"posts/a\.md:2: links: 'nowhere\.md' is neither"),
    ],
)
def test_a_dialect_value_of_the_wrong_shape_is_one_warning(
    site: SiteBuilder, front: str, expect: str
) -> None:
    dated = "date" in front.split(":")[0].lower()
    site.write(
        "posts/a.md",
        f"---\n{front}title: A\n{'' if dated else 'date: 2024-01-01'}\n---\n\nText.\n",
    )
    built = site.build(expect=[expect])
    # Every post stays listed, except one that may not have been meant for publishing.
    listed = "A" in [c.title for c in index_cards(built)]
    assert listed == (not front.startswith("published"))


def test_unread_keys_of_other_tools_are_named_once_at_info(
    site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("a", "b"):
        site.write(
            f"posts/{name}.md",
            f"---\ntitle: {name}\ndate: 2024-01-01\naliases: [/old/{name}/]\n---\n\nText.\n",
        )
    with caplog.at_level("INFO", logger="mkdocs"):
        site.build(strict=True)
    lines = [r.getMessage() for r in caplog.records if "'aliases'" in r.getMessage()]
    assert lines == [
        "mkdocs_blogposts: 'aliases' (in posts/a.md, posts/b.md) is not read by blogposts: "
        "redirect the old URLs with the mkdocs-redirects plugin"
    ]


def test_fields_option_is_validated(site: SiteBuilder) -> None:
    site.blogposts_options(fields={"picture": ["banner"]})
    site.build_fails(
        r"Aborted with a configuration error",
        expect=[r"option 'fields': unknown field 'picture'; the fields are title, date, "],
    )


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{blog}/{date}", r"has none of \{slug\}, \{file\}, \{title\}"),
        ("{blog}/{when}/{slug}", "names 'when'"),
        ("../{slug}", "must stay inside the site"),
    ],
)
def test_post_url_is_validated(site: SiteBuilder, pattern: str, message: str) -> None:
    site.blogposts_options(post_url=pattern)
    site.build_fails(
        r"Aborted with a configuration error", expect=[rf"option 'post_url': post_url .*{message}"]
    )


def test_two_posts_at_one_post_url_is_a_warning(site: SiteBuilder) -> None:
    site.blogposts_options(post_url="{blog}/{date}/{slug}")
    site.post("a.md", title="Same", author=None)
    site.post("b.md", title="Same", author=None)
    site.build(expect=[r"posts/b\.md: is published at the same URL .* as posts/a\.md"])


def test_an_mdx_post_is_named_not_lost(site: SiteBuilder) -> None:
    site.write("posts/2024-01-02-hello.mdx", "---\ntitle: Hello\n---\n\nText.\n")
    site.build(expect=[r"posts/2024-01-02-hello\.mdx: is MDX, which MkDocs does not render"])


def test_display_name_authors_need_no_registry(site: SiteBuilder) -> None:
    """AstroPaper's `author: Sat Naing` names the author as shown: without a registry the
    post builds strictly (no "no authors registry" warning) and its byline shows the name.
    A slug among them still asks for a registry."""
    site.post("a.md", title="A", author="Sat Naing")
    built = site.build(strict=True)
    byline = built.soup("posts/a.md").select_one(".blogposts-byline")
    assert _text(byline.select_one(".blogposts-author-name")) == "Sat Naing"
    site.post("b.md", title="B", author="sat-naing-2")
    site.build(expect=[r"posts name authors but there is no authors registry"])
