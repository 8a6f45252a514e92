"""Whatever a small blog holds, the build finishes, logs exactly the warnings its content
calls for, lists every post where it belongs with its text intact (the blog, its category,
tag, featured, author and year pages, and the related posts below other posts), offers a tab
only where there is something to show, and injects nothing.

The blogs come from `tests.strategies.blogs`: mostly valid posts with hostile text in every
field, a minority of invalid fields, and the model of the rules that says what each must
produce. Hypothesis' profile decides how many (`ci` by default, `deep` for `make deep`)."""

from __future__ import annotations

import calendar
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.slugs import slugify
from tests.conftest import THEMES, BuiltSite, SiteBuilder
from tests.strategies import (
    BUILD_EPOCH,
    IMAGE,
    MARKER,
    BlogCase,
    ExpectedPost,
    blogs,
    listing_order,
    match_warnings,
    normalised,
    posts_by_year,
    related_posts,
    through_markdown,
)

_IGNORED_BY_BROWSERS = "".join(map(chr, range(0x21)))


@given(blog=blogs(), theme=st.sampled_from(THEMES), directory_urls=st.booleans())
def test_hostile_blog_builds_lists_every_post_and_injects_nothing(
    blog: BlogCase, theme: str, directory_urls: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", BUILD_EPOCH)  # posts after BUILD_TIME: scheduled
        site = SiteBuilder(Path(folder), theme=theme, use_directory_urls=directory_urls)
        site.blogposts_options(posts_per_page=blog.posts_per_page, list_per_page=blog.list_per_page)
        site.image(IMAGE)
        for src_uri, text in blog.files().items():
            site.write(src_uri, text)
        expected_warnings = blog.expected_warnings()
        try:
            built = site.build(expect=expected_warnings)
        finally:
            site.close()
        unexpected, missing = match_warnings(built.warnings, expected_warnings)
        assert not unexpected, f"logged more often than expected: {unexpected}"
        assert not missing, f"expected more often than logged: {missing}"

        posts = blog.expected()
        listed = listing_order(blog.published(posts))
        per_page = blog.posts_per_page
        featured = [post for post in listed if post.featured]
        # The first three featured posts stand out at the top of the index's first page.
        _check_listing(built, "blog", listed, per_page, standing_out=featured[:3])
        tabs = ["Blog"]
        categories = {slug: label for post in listed for slug, label in post.categories}
        for slug, label in categories.items():
            assert slug == slugify(normalised(label))
            in_category = [post for post in listed if slug in dict(post.categories)]
            pages = _check_compact_listing(
                built, f"blog/category/{slug}", in_category, blog.list_per_page
            )
            assert through_markdown(label) in [_text(h1) for h1 in pages[0].select("h1")]
        if _check_overview(
            built,
            "blog/category.md",
            ".blogposts-category-index",
            [
                (normalised(label), sum(slug in dict(p.categories) for p in listed))
                for slug, label in sorted(categories.items(), key=_by_label)
            ],
        ):
            tabs.append("Categories")
        tags = {slug: label for post in listed for slug, label in post.tags}
        for slug, label in tags.items():
            assert slug == slugify(normalised(label))
            in_tag = [post for post in listed if slug in dict(post.tags)]
            pages = _check_compact_listing(built, f"blog/tag/{slug}", in_tag, blog.list_per_page)
            assert through_markdown(label) in [_text(h1) for h1 in pages[0].select("h1")]
        if _check_overview(
            built,
            "blog/tag.md",
            ".blogposts-tag-index",
            [
                (normalised(label), sum(slug in dict(p.tags) for p in listed))
                for slug, label in sorted(tags.items(), key=_by_label)
            ],
        ):
            tabs.append("Tags")
        if featured:
            _check_listing(built, "blog", featured, per_page, "featured.md")
            tabs.append("Featured")
        else:
            assert not built.exists("blog/featured.md")
        index_featured = built.soup("blog/index.md").select(".blogposts-featured")
        assert _cards(index_featured[0] if index_featured else None) == [
            (_name(p), normalised(p.title)) for p in featured[:3]
        ]
        author_pages = blog.author_pages(listed)
        for slug, folder in author_pages.items():
            by_author = [post for post in listed if slug in post.author_slugs]
            pages = _check_compact_listing(
                built, f"blog/author/{folder}", by_author, blog.list_per_page
            )
            name = through_markdown(blog.author_name(slug))
            assert name in [_text(h1) for h1 in pages[0].select("h1")]
            for page in pages:  # the profile above the list, on every page
                assert page.select(
                    ".blogposts-author-profile ~ .blogposts-listing ul.blogposts-post-list"
                ), folder
        if _check_overview(
            built,
            "blog/author.md",
            ".blogposts-author-index",
            [
                (normalised(blog.author_name(slug)), sum(slug in p.author_slugs for p in listed))
                for slug in author_pages
            ],
        ):
            tabs.append("Authors")
        years = posts_by_year(listed)
        for year, in_year in years.items():
            page = built.soup(f"blog/archive/{year}.md")
            assert _compact(page) == [(_name(p), normalised(p.title)) for p in in_year]
            months = [p.date.month for p in in_year if p.date is not None]
            headings = [_text(h2) for h2 in page.select(".blogposts-archive-month h2")]
            assert headings == [calendar.month_name[m] for m in dict.fromkeys(months)]
        if _check_overview(
            built,
            "blog/archive.md",
            ".blogposts-archive-index",
            [(str(year), len(in_year)) for year, in_year in years.items()],
        ):
            tabs.append("Archive")
        shown_tabs = built.soup("blog/index.md").select("nav.blogposts-tabs a")
        assert [_text(tab) for tab in shown_tabs] == tabs
        for post in posts:
            if post in listed:
                _check_post_page(built, blog, post, listed, author_pages)
            else:  # scheduled: no page under `mkdocs build`
                assert not built.exists(post.src_uri)
        _check_nothing_injected(built)


def _check_listing(
    built: BuiltSite,
    folder: str,
    posts: list[ExpectedPost],
    per_page: int,
    first: str = "",
    standing_out: list[ExpectedPost] = [],  # noqa: B006 (never changed)
) -> list[BeautifulSoup]:
    """Every page of a paginated listing: each post once, in order, with its title, date and
    authors as text; the posts `standing_out` on top of the first page are not among the
    cards of that page. Returns the pages' soups."""
    first_page = f"{folder}/{first or 'index.md'}"
    stem = f"{folder}/page" if first in ("", "index.md") else f"{folder}/featured/page"
    count = max(1, -(-len(posts) // per_page))
    sources = [first_page, *(f"{stem}/{n}.md" for n in range(2, count + 1))]
    assert not built.exists(f"{stem}/{count + 1}.md")
    pages = [built.soup(src_uri) for src_uri in sources]
    on_top = {id(post) for post in standing_out}
    posts = [
        post for number, post in enumerate(posts) if not (number < per_page and id(post) in on_top)
    ]
    shown = [card for page in pages for card in _cards(page.select_one(".blogposts-list"))]
    assert shown == [(_name(post), normalised(post.title)) for post in posts], folder
    cards = [card for page in pages for card in page.select(".blogposts-list article")]
    for card, post in zip(cards, posts, strict=True):
        if post.date is None:  # listed, without a date
            assert card.select("time") == []
        else:
            assert card.select_one("time")["datetime"] == post.date.date().isoformat()
        excerpt = _text(card.select_one(".blogposts-excerpt"))
        if post.description is not None:
            assert excerpt == normalised(post.description)
    return pages


def _check_compact_listing(
    built: BuiltSite, folder: str, posts: list[ExpectedPost], per_page: int
) -> list[BeautifulSoup]:
    """Every page of a paginated compact list (a category's, a tag's or an author's):
    `per_page` lines a page, each post once, in order, with its title, its date (none when
    undated) and its categories' labels as text; no cards, no excerpts. Returns the pages'
    soups."""
    count = max(1, -(-len(posts) // per_page))
    sources = [f"{folder}/index.md", *(f"{folder}/page/{n}.md" for n in range(2, count + 1))]
    assert not built.exists(f"{folder}/page/{count + 1}.md")
    pages = [built.soup(src_uri) for src_uri in sources]
    for number, page in enumerate(pages):
        chunk = posts[number * per_page : (number + 1) * per_page]
        assert _compact(page) == [(_name(p), normalised(p.title)) for p in chunk], folder
        assert page.select(".blogposts-card, .blogposts-excerpt") == [], folder
    items = [li for page in pages for li in page.select("ul.blogposts-post-list > li")]
    for item, post in zip(items, posts, strict=True):
        if post.date is None:  # listed, without a date
            assert item.select("time") == []
        else:
            assert item.select_one("time")["datetime"] == post.date.date().isoformat()
        chips = [_text(chip) for chip in item.select("a.blogposts-category")]
        assert chips == [normalised(label) for _, label in post.categories]
    return pages


def _by_label(term: tuple[str, str]) -> tuple[str, str]:
    """The overviews' order of terms, (slug, label) pairs: by label ignoring case, then slug."""
    slug, label = term
    return normalised(label).casefold(), slug


def _check_overview(
    built: BuiltSite,
    src_uri: str,
    index: str,
    expected: list[tuple[str, int]],
) -> bool:
    """An overview page lists exactly the `expected` (label, count) entries, in that order;
    with none expected, the page does not exist. Whether it does."""
    if not expected:
        assert not built.exists(src_uri), src_uri
        return False
    page = built.soup(src_uri)
    shown = [
        (_text(item.select_one("a")), int(_text(item.select_one(".blogposts-count")).split()[0]))
        for item in page.select(f"{index} li")
    ]
    assert shown == expected, src_uri
    return True


def _check_post_page(
    built: BuiltSite,
    blog: BlogCase,
    post: ExpectedPost,
    listed: list[ExpectedPost],
    author_pages: dict[str, str],
) -> None:
    """A post's page: its title, the authors' names and its categories' labels as text,
    each name linked to the author's page (else their own safe url, else nowhere), the hero's
    alt text as written; below it, its tags, a card per registry author and the related
    posts the model computes."""
    page = built.soup(post.src_uri)
    assert _text(page.select_one(".blogposts-title")) == normalised(post.title)
    byline = page.select_one(".blogposts-byline")
    names = [_text(tag) for tag in byline.select(".blogposts-author-name")]
    assert names == [normalised(blog.author_name(slug)) for slug in post.author_slugs]
    for slug, author in zip(post.author_slugs, byline.select(".blogposts-author"), strict=True):
        link = author.select_one("a.blogposts-author-name")
        url = blog.author_url(slug)
        if slug in author_pages:
            author_page = built.dest(f"blog/author/{author_pages[slug]}/index.md")
            assert _resolve(built, post.src_uri, str(link["href"])) == author_page
        elif url is not None and url.startswith(("https://", "mailto:")):
            assert link["href"] == url
        elif url is not None:  # a relative link, from the site's root
            target = _resolve(built, post.src_uri, str(link["href"]))
            assert target == _resolve(built, "index.md", url)
        else:
            assert link is None
    labels = [_text(tag) for tag in byline.select(".blogposts-category")]
    assert labels == [normalised(label) for _, label in post.categories]
    hero = page.select_one(".blogposts-hero img")
    assert (hero is not None) == post.image
    if hero is not None:
        assert normalised(str(hero["alt"])) == normalised(post.image_alt or "")
    footer = page.select_one(".blogposts-post-footer")
    tags = footer.select(".blogposts-tags a.blogposts-tag")
    assert [_text(tag) for tag in tags] == [normalised(label) for _, label in post.tags]
    for (slug, _), tag in zip(post.tags, tags, strict=True):
        tag_page = built.dest(f"blog/tag/{slug}/index.md")
        assert _resolve(built, post.src_uri, str(tag["href"])) == tag_page
    cards = [_text(name) for name in footer.select(".blogposts-author-card-name")]
    # A card for each registry author, and for a display name no slug could be
    # (`Ana López`): the post describes that author itself.
    described = [
        slug for slug in post.author_slugs if slug in blog.authors_by_slug or slugify(slug) != slug
    ]
    assert cards == [normalised(blog.author_name(slug)) for slug in described]
    related = [
        (_post_of(str(link["href"])), _text(link))
        for link in footer.select("a.blogposts-related-title")
    ]
    assert related == [(_name(p), normalised(p.title)) for p in related_posts(listed, post)]


def _resolve(built: BuiltSite, src_uri: str, href: str) -> Path:
    """The file a relative link on the page built from `src_uri` leads to."""
    target = (built.dest(src_uri).parent / unquote(urlsplit(href).path)).resolve()
    return target / "index.html" if href.endswith("/") else target


def _compact(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(post file name, title text) of each post in a page's compact lists, in page order."""
    return [
        (_post_of(str(link["href"])), _text(link))
        for link in page.select(".blogposts-post-list a.blogposts-post-list-title")
    ]


def _check_nothing_injected(built: BuiltSite) -> None:
    """No planted element, no event-handler attribute, no `javascript:` link, on any page."""
    for path in built.html_files():
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.find(MARKER) is None, path
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            assert not handlers, (path, str(tag)[:200])
            for name in ("href", "src"):
                url = tag.get(name)
                if isinstance(url, str):
                    scheme = urlsplit(url.strip(_IGNORED_BY_BROWSERS)).scheme.lower()
                    assert scheme not in ("javascript", "data", "vbscript"), (path, url)


def _cards(container: Tag | None) -> list[tuple[str, str]]:
    """(post file name, title text) of each card in `container`, in page order."""
    if container is None:
        return []
    return [
        (_post_of(str(link["href"])), _text(link))
        for link in container.select(".blogposts-card-title a")
    ]


def _post_of(href: str) -> str:
    """`p0` for a link to the post `posts/p0.md`, in either URL style."""
    path = urlsplit(href).path
    return path.rstrip("/").removesuffix(".html").rsplit("/", 1)[-1]


def _name(post: ExpectedPost) -> str:
    return post.src_uri.removeprefix("posts/").removesuffix(".md")


def _text(tag: Tag | None) -> str:
    assert tag is not None
    return normalised(tag.get_text())


ALIAS_BOMB = """\
---
a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
a7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
a8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
title: *a8
categories: *a8
author: *a8
description: *a8
image_alt: *a8
tags: *a8
date: 08/10/2021
---

Body.
"""


def test_yaml_alias_bomb_is_cheap(site: SiteBuilder) -> None:
    site.write("posts/bomb.md", ALIAS_BOMB)
    started = time.perf_counter()
    built = site.build(
        expect=[
            r"posts/bomb\.md:11: title \[\[\.\.\.\], .* is not text",
            r"posts/bomb\.md:12: categories .* non-text entries ignored",
            r"posts/bomb\.md:13: author .* non-text entries ignored",
            r"posts/bomb\.md:14: description .* is not text; ignored",
            r"posts/bomb\.md:15: image_alt .* is not text; ignored",
            r"posts/bomb\.md:16: tags .* non-text entries ignored",
        ]
    )
    assert time.perf_counter() - started < 30  # 9**9 leaves if anything walked them
    assert all(len(w) < 400 for w in built.warnings)
    assert built.card_titles("blog/index.md") == ["Bomb"]
