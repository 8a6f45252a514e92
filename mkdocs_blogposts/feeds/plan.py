"""Which feeds a blog has, where they go, and which posts each holds."""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..catalog import Catalog
from ..listings import Layout
from ..model import Author, Post

FORMATS = ("rss", "atom", "json")
FILE_NAMES = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}
"""The file each format is written to, in the folder of the listing it belongs to."""
MEDIA_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}

BLOG, CATEGORY, TAG, AUTHOR = "blog", "category", "tag", "author"


@dataclass(frozen=True)
class FeedSettings:
    """The feed options."""

    formats: tuple[str, ...] = FORMATS
    """Which of `FORMATS` to write; none turns feeds off."""
    families: frozenset[str] = frozenset({BLOG, CATEGORY, TAG, AUTHOR})
    """Which feeds: the whole blog's, and one per category, tag and author."""
    entries: int = 20
    """Posts per feed, newest first."""
    full_content: frozenset[str] = frozenset({BLOG})
    """The families whose entries hold the whole post; the others' hold its excerpt. By
    default only the blog's own feeds: a post is in one feed per category, tag and author,
    and copying each whole post into every one of them doubled the built site at 1,000
    posts (30 MB of feeds beside 29 MB of pages) for readers the blog's feed serves."""


@dataclass(frozen=True)
class FeedPlan:
    """One feed (in each format): the posts of a listing, newest first."""

    kind: str
    """`blog`, `category`, `tag` or `author`."""
    folder: str
    """Docs folder the feed files go in: the listing's own (`blog/category/design`)."""
    page_src_uri: str
    """Docs path of the listing page the feed belongs to (its `link`)."""
    title: str
    """The listing's title: the blog's, the category's label, the author's name."""
    posts: tuple[Post, ...]

    def path(self, fmt: str) -> str:
        """Site path of the feed file in format `fmt`: `blog/category/design/rss.xml`."""
        return posixpath.join(self.folder, FILE_NAMES[fmt])


def plan_feeds(
    catalog: Catalog,
    layout: Layout,
    settings: FeedSettings,
    authors: Mapping[str, Author],
    author_pages: Mapping[str, str],
    unpublished: Collection[str] = (),
) -> list[FeedPlan]:
    """Every feed of the blog. A feed holds only published, dated posts (drafts, scheduled
    and undated posts never reach a reader's feed reader, even while `mkdocs serve` shows
    them); a category, tag or author without such a post has no feed. Authors get one only
    with an author page, which is the feed's link.

    O(f·e + skipped) for f feeds of e entries: each taxonomy's posts are newest first
    already, so each feed takes its first `entries` published ones.
    """
    if not settings.formats:
        return []
    families = settings.families
    index = layout.under("index.md")
    plans = []
    if BLOG in families:
        plans.append(_plan(BLOG, index, layout.titles.blog, catalog.dated, settings, unpublished))
    if CATEGORY in families:
        for slug, category in catalog.categories.items():
            page = layout.category_src_uri(category)
            posts = catalog.posts_by_category[slug]
            plans.append(_plan(CATEGORY, page, category.label, posts, settings, unpublished))
    if TAG in families:
        for slug, tag in catalog.tags.items():
            page = layout.tag_src_uri(tag)
            posts = catalog.posts_by_tag[slug]
            plans.append(_plan(TAG, page, tag.label, posts, settings, unpublished))
    if AUTHOR in families:
        for slug, page in author_pages.items():
            author = authors.get(slug)
            posts = catalog.posts_by_author.get(slug, ())
            name = author.name if author else slug
            # The feed lives in the generated author folder even when the author's page is
            # their Markdown profile (`authors/ana.md`), so two authors never share a folder.
            folder_page = layout.author_src_uri(slug)
            plan = _plan(AUTHOR, folder_page, name, posts, settings, unpublished)
            plans.append(FeedPlan(plan.kind, plan.folder, page, plan.title, plan.posts))
    return [plan for plan in plans if plan.posts or plan.kind == BLOG]


def _plan(
    kind: str,
    page_src_uri: str,
    title: str,
    posts: Iterable[Post],
    settings: FeedSettings,
    unpublished: Collection[str],
) -> FeedPlan:
    chosen: list[Post] = []
    for post in posts:
        if len(chosen) == settings.entries:
            break
        if post.date is not None and post.src_uri not in unpublished:
            chosen.append(post)
    return FeedPlan(kind, posixpath.dirname(page_src_uri), page_src_uri, title, tuple(chosen))


def posts_in_feeds(plans: Sequence[FeedPlan]) -> set[str]:
    """Docs paths of every post some feed holds: whose HTML the build keeps for the feeds."""
    return {post.src_uri for plan in plans for post in plan.posts}
