"""Several blogs in one site: one plugin instance each, and nothing leaks between them."""

from __future__ import annotations

import gc

import pytest

from tests.conftest import BuiltSite, SiteBuilder

NEWS: dict[str, object] = {"posts_dir": "news", "blog_dir": "blog", "blog_title": "News"}
ENGINEERING: dict[str, object] = {
    "posts_dir": "tech",
    "blog_dir": "engineering",
    "blog_title": "Engineering",
}
NEWS_TITLES = ["Opening Day", "Summer Hours"]
ENGINEERING_TITLES = ["Faster Builds", "Cache Design"]


def two_blogs(site: SiteBuilder, news: dict[str, object] = NEWS) -> None:
    """Two blogs that share an author, a category and a tag, each with its own posts."""
    site.config["plugins"] = ["search", {"blogposts": news}, {"blogposts": ENGINEERING}]
    site.authors_yaml()
    site.write(
        "index.md",
        "# Home\n\n<!-- blogposts latest count=5 -->\n\n"
        "<!-- blogposts latest count=5 blog=engineering layout=list -->\n",
    )
    for folder, titles in (("news", NEWS_TITLES), ("tech", ENGINEERING_TITLES)):
        for day, title in enumerate(titles, start=1):
            slug = title.lower().replace(" ", "-")
            site.write(
                f"{folder}/{slug}.md",
                f"---\ntitle: {title}\nauthor: michael-scott\ndate: 2021-03-0{day}\n"
                f"categories: [design]\ntags: [shared]\n---\n\nText of {title}.\n",
            )


def titles_in(built: BuiltSite, folder: str) -> set[str]:
    """Every post title named anywhere in the built site's `folder`."""
    found = set()
    for path in (built.site_dir / folder).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        found |= {title for title in NEWS_TITLES + ENGINEERING_TITLES if title in text}
    return found


def test_two_blogs_keep_their_posts_and_pages_apart(any_site: SiteBuilder) -> None:
    two_blogs(any_site)
    built = any_site.build(strict=True)
    assert [label for label, _ in built.top_nav()] == ["Home", "News", "Engineering"]
    # Each blog's pages (index, category, tag, author, archive) name only its own posts.
    assert titles_in(built, "blog") == set(NEWS_TITLES)
    assert titles_in(built, "engineering") == set(ENGINEERING_TITLES)
    assert built.card_titles("blog/index.md") == NEWS_TITLES[::-1]
    assert built.card_titles("engineering/index.md") == ENGINEERING_TITLES[::-1]
    for blog, titles in (("blog", NEWS_TITLES), ("engineering", ENGINEERING_TITLES)):
        assert built.list_titles(f"{blog}/category/design/index.md") == titles[::-1]
        assert built.list_titles(f"{blog}/tag/shared/index.md") == titles[::-1]
        author = f"{blog}/author/michael-scott/index.md"
        assert built.list_titles(author) == titles[::-1]
        assert built.soup(author).select(".blogposts-card") == []
    # A post's way onward stays in its blog.
    footer = built.soup("tech/faster-builds.md").select_one(".blogposts-post-footer")
    assert footer.get_text(" ", strip=True).count("Cache Design") == 2  # older and related
    assert not any(title in footer.get_text() for title in NEWS_TITLES)
    assert (
        footer.select_one(".blogposts-back a").get_text(" ", strip=True)
        == "\N{LEFTWARDS ARROW} Engineering"
    )
    assert built.broken_links() == []


def test_the_stylesheet_is_added_once(site: SiteBuilder) -> None:
    two_blogs(site)
    built = site.build(strict=True)
    for src_uri in ("index.md", "blog/index.md", "tech/faster-builds.md"):
        links = [
            link["href"]
            for link in built.soup(src_uri).select('link[rel="stylesheet"]')
            if "blogposts.css" in str(link["href"])
        ]
        assert len(links) == 1, src_uri


def test_latest_blocks_show_the_blog_they_name_else_the_first(site: SiteBuilder) -> None:
    two_blogs(site)
    home = site.build(strict=True).soup("index.md")
    cards, listed = home.select(".blogposts-latest")
    assert [a.get_text() for a in cards.select(".blogposts-card-title a")] == NEWS_TITLES[::-1]
    assert [a.get_text() for a in listed.select("li > a")] == ENGINEERING_TITLES[::-1]


def test_a_latest_block_naming_no_blog_of_the_site_is_one_warning(site: SiteBuilder) -> None:
    two_blogs(site)
    site.write("more.md", "# More\n\n<!-- blogposts latest blog=nope -->\n")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: more\.md:3: latest posts block: blog 'nope' is no blog of "
            r"this site; the block shows nothing \(blog= takes a blog's blog_dir: 'blog', "
            r"'engineering'\)$"
        ]
    )
    assert built.soup("more.md").select(".blogposts-latest") == []


def test_each_blog_names_its_own_files_once(site: SiteBuilder) -> None:
    two_blogs(site)
    site.write("news/bad.md", "---\ntitle: Bad\ndate: someday\n---\n\nText.\n")
    site.write("tech/bad.md", "---\ntitle: Worse\ndate: never\n---\n\nText.\n")
    site.write("more.md", "# More\n\n<!-- blogposts latest count=0 -->\n")
    site.build(
        expect=[
            r"^mkdocs_blogposts: news/bad\.md:3: date 'someday' ",
            r"^mkdocs_blogposts: tech/bad\.md:3: date 'never' ",
            r"^mkdocs_blogposts: more\.md:3: latest posts block count '0' ",
        ]
    )


@pytest.mark.parametrize(
    ("news", "message"),
    [
        (
            {**NEWS, "posts_dir": "tech"},
            r"blog 1's posts_dir 'tech' and blog 2's posts_dir 'tech' overlap",
        ),
        (
            {**NEWS, "posts_dir": "tech/old"},
            r"blog 1's posts_dir 'tech/old' and blog 2's posts_dir 'tech' overlap",
        ),
        (
            {**NEWS, "blog_dir": "engineering"},
            r"blog 1's blog_dir 'engineering' and blog 2's blog_dir 'engineering' overlap",
        ),
        (
            {**NEWS, "posts_dir": ""},
            r"blog 1's posts_dir '\(docs_dir\)' and blog 2's posts_dir 'tech' overlap",
        ),
    ],
)
def test_blogs_whose_folders_overlap_stop_the_build(
    site: SiteBuilder, news: dict[str, object], message: str
) -> None:
    two_blogs(site, news)
    site.build_fails("Aborted with a BuildError", expect=[rf"^blogposts: {message}; give each "])


def test_blogs_sharing_a_folder_of_profiles_each_get_author_pages(site: SiteBuilder) -> None:
    """The first blog makes each Markdown profile its author page; the second generates its
    own, so a profile page never shows two blogs' posts."""
    two_blogs(site)
    (site.docs / "authors.yml").unlink()
    site.image("authors/michael.png")
    site.write(
        "authors/michael-scott.md",
        "---\nname: Michael Scott\navatar: michael.png\n---\n\nRegional manager.\n",
    )
    built = site.build(strict=True)
    for page, titles in (
        ("authors/michael-scott.md", NEWS_TITLES),
        ("engineering/author/michael-scott/index.md", ENGINEERING_TITLES),
    ):
        # The profile, then that blog's posts by him as a compact list; no cards.
        assert built.list_titles(page) == titles[::-1]
        soup = built.soup(page)
        assert soup.select_one(
            ".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list"
        ), page
        assert soup.select(".blogposts-card") == [], page
    assert not built.exists("blog/author/michael-scott/index.md")


def test_two_blogs_freeze_once_and_thaw_once(site: SiteBuilder) -> None:
    """Each blog instance holds the collector's freeze (see `gcfreeze`); the first freezes,
    the last to let go thaws, so nothing stays frozen after the build."""
    two_blogs(site)
    site.build(strict=True)
    assert gc.get_freeze_count() == 0
    site.build(strict=True)
    assert gc.get_freeze_count() == 0
