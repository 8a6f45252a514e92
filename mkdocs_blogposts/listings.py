"""The plan of the blog's generated index pages: which exist, where, and what each lists."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .catalog import Catalog, paginate
from .model import Category, Post

INDEX, CATEGORIES, CATEGORY, FEATURED = "index", "categories", "category", "featured"


@dataclass(frozen=True)
class Titles:
    """Titles of the generated pages (the `*_title` options)."""

    blog: str = "Blog"
    categories: str = "Categories"
    featured: str = "Featured"
    page: str = "{title}, page {page}"
    """Title of the second and later pages of a paginated listing."""


@dataclass(frozen=True, slots=True)
class Listing:
    """One generated index page: a page of posts, or the list of categories."""

    src_uri: str
    """Docs-relative path the page pretends to have (`blog/category/design/index.md`)."""
    kind: str
    """`index`, `category`, `featured` (pages of posts) or `categories` (the overview)."""
    title: str
    posts: Sequence[Post]
    page: int = 1
    series: tuple[str, ...] = ()
    """`src_uri` of every page of this paginated listing, first page first."""
    category: Category | None = None
    in_nav: bool = False
    """Whether MkDocs' automatic navigation shows it: the blog index's first page only. The
    other listings are reached through the blog's tabs (`plan_tabs`), so the site navigation
    gains a single "Blog" link rather than a section rendered into every page of the site."""

    @property
    def previous_src_uri(self) -> str | None:
        return self.series[self.page - 2] if self.page > 1 else None

    @property
    def next_src_uri(self) -> str | None:
        return self.series[self.page] if self.page < len(self.series) else None


def plan_listings(
    catalog: Catalog, blog_dir: str, per_page: int, titles: Titles = Titles()
) -> list[Listing]:
    """Every generated page, in a stable order. O(n) in posts plus O(c) in categories.

    Layout (with directory URLs): `blog/`, `blog/page/2/`, `blog/category/`,
    `blog/category/<slug>/`, `blog/category/<slug>/page/2/`, `blog/featured/`,
    `blog/featured/page/2/`. Category pages are folders with an `index.md`, so no category
    slug (not even `index` or `page`) can collide with another page.
    """

    def under(*parts: str) -> str:
        return posixpath.join(blog_dir, *parts)

    index, categories, featured = plan_tabs(blog_dir, titles)
    listings = list(
        _series(INDEX, index.title, catalog.posts, index.src_uri, under("page"), per_page, titles)
    )
    listings.append(Listing(categories.src_uri, CATEGORIES, categories.title, ()))
    for slug, category in catalog.categories.items():
        listings.extend(
            _series(
                CATEGORY,
                category.label,
                catalog.posts_by_category[slug],
                category_src_uri(blog_dir, category),
                under("category", slug, "page"),
                per_page,
                titles,
                category,
            )
        )
    listings.extend(
        _series(
            FEATURED,
            featured.title,
            catalog.featured,
            featured.src_uri,
            under("featured", "page"),
            per_page,
            titles,
        )
    )
    return listings


def category_src_uri(blog_dir: str, category: Category) -> str:
    """Docs path of the first page of `category`'s listing: a folder per category, so no
    slug (not even `index` or `page`) can collide with another page."""
    return posixpath.join(blog_dir, "category", category.slug, "index.md")


def _series(
    kind: str,
    title: str,
    posts: Sequence[Post],
    first_src_uri: str,
    pages_dir: str,
    per_page: int,
    titles: Titles,
    category: Category | None = None,
) -> Iterator[Listing]:
    """The pages of one paginated listing: the first at `first_src_uri`, then `<pages_dir>/N.md`."""
    chunks = paginate(posts, per_page)
    series = (
        first_src_uri,
        *(posixpath.join(pages_dir, f"{n}.md") for n in range(2, len(chunks) + 1)),
    )
    for number, (src_uri, chunk) in enumerate(zip(series, chunks, strict=True), start=1):
        yield Listing(
            src_uri=src_uri,
            kind=kind,
            title=title if number == 1 else titles.page.format(title=title, page=number),
            posts=chunk,
            page=number,
            series=series,
            category=category,
            in_nav=number == 1 and kind == INDEX,
        )


@dataclass(frozen=True, slots=True)
class Tab:
    """One of the blog's main listings, linked from the top of every listing page."""

    kind: str
    """The `Listing.kind` of the pages this tab stands for (`categories` also covers each
    `category` page)."""
    title: str
    src_uri: str
    """Docs-relative path of the tab's first page."""

    def holds(self, listing: Listing) -> bool:
        """Whether `listing` is one of this tab's pages."""
        return listing.kind == self.kind or (self.kind == CATEGORIES and listing.kind == CATEGORY)


class Tabs(NamedTuple):
    """The blog's tabs, in the order they are shown."""

    blog: Tab
    """The blog index: every post."""
    categories: Tab
    featured: Tab


def plan_tabs(blog_dir: str, titles: Titles = Titles()) -> Tabs:
    """The blog's tabs: all posts, categories and featured, at the paths `plan_listings` uses."""
    return Tabs(
        Tab(INDEX, titles.blog, posixpath.join(blog_dir, "index.md")),
        Tab(CATEGORIES, titles.categories, posixpath.join(blog_dir, "category.md")),
        Tab(FEATURED, titles.featured, posixpath.join(blog_dir, "featured.md")),
    )
