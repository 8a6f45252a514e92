"""The plan of the blog's generated index pages: which exist, where, and what each lists."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .archive import posts_by_year
from .catalog import Catalog, paginate
from .model import Author, Category, Post
from .slugs import slugify

INDEX, FEATURED = "index", "featured"
CATEGORIES, CATEGORY = "categories", "category"
TAGS, TAG = "tags", "tag"
AUTHORS, AUTHOR = "authors", "author"
ARCHIVE, YEAR = "archive", "year"


@dataclass(frozen=True)
class Titles:
    """Titles of the generated pages (the `*_title` options)."""

    blog: str = "Blog"
    categories: str = "Categories"
    featured: str = "Featured"
    page: Callable[[str, int], str] = lambda title, page: f"{title}, page {page}"
    """Title of the second and later pages of a paginated listing, from the first's title
    and the page number (the `page_title` label)."""
    tags: str = "Tags"
    archive: str = "Archive"
    authors: str = "Authors"


@dataclass(frozen=True)
class Layout:
    """Where the generated pages go and which of the optional ones exist."""

    blog_dir: str = "blog"
    per_page: int = 24
    """Cards per page: the blog index and the featured page."""
    list_per_page: int = 100
    """Lines per page of a compact list: a category's, a tag's or an author's page."""
    author_pages: bool = True
    author_segment: str = "author"
    """The URL folder of author pages: `blog/<segment>/<slug>/`."""
    archive: bool = True
    titles: Titles = field(default_factory=Titles)

    def under(self, *parts: str) -> str:
        return posixpath.join(self.blog_dir, *parts)

    def category_src_uri(self, category: Category) -> str:
        """Docs path of the first page of `category`'s listing: a folder per category, so no
        slug (not even `index` or `page`) can collide with another page."""
        return self.under("category", category.slug, "index.md")

    def tag_src_uri(self, tag: Category) -> str:
        return self.under("tag", tag.slug, "index.md")

    def author_src_uri(self, slug: str) -> str:
        """Docs path of the first page of author `slug`'s listing, in a folder named by the
        slug made a URL slug: a registry key is not a path (`..`, `a/b`)."""
        return self.under(self.author_segment, slugify(slug), "index.md")

    def year_src_uri(self, year: int) -> str:
        return self.under("archive", f"{year}.md")


@dataclass(frozen=True, slots=True)
class Listing:
    """One generated index page: a page of posts, or an overview (categories, tags,
    authors, years)."""

    src_uri: str
    """Docs-relative path the page pretends to have (`blog/category/design/index.md`)."""
    kind: str
    """`index`, `author`, `featured` (pages of post cards), `category`, `tag` (pages of a
    compact list), `year` (a year's posts by month) or an overview: `categories`, `tags`,
    `authors`, `archive`."""
    title: str
    posts: Sequence[Post]
    page: int = 1
    series: tuple[str, ...] = ()
    """`src_uri` of every page of this paginated listing, first page first."""
    total: int = 0
    """How many posts all the pages of this listing hold together (a category's count under
    its heading, the same on each of its pages); a year's posts; 0 on an overview."""
    term: Category | None = None
    """The category or tag of a `category`/`tag` page."""
    author: str | None = None
    """The author slug of an `author` page."""
    year: int | None = None
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


def author_pages_for(
    catalog: Catalog, authors: Mapping[str, Author], layout: Layout
) -> dict[str, Author]:
    """The registry authors who get a page: those with at least one post, ordered by name.
    Not one whose slug has no letters or digits for a URL, nor one whose slug makes the same
    URL slug as an earlier author's (their bylines link to their `url`)."""
    if not layout.author_pages:
        return {}
    with_posts = [author for slug, author in authors.items() if catalog.posts_by_author.get(slug)]
    with_posts.sort(key=lambda author: (author.name.casefold(), author.slug))
    folders: set[str] = set()
    pages: dict[str, Author] = {}
    for author in with_posts:
        folder = slugify(author.slug)
        if folder and folder not in folders:
            folders.add(folder)
            pages[author.slug] = author
    return pages


def plan_listings(
    catalog: Catalog,
    layout: Layout = Layout(),
    authors: Mapping[str, Author] = {},
    profile_pages: Mapping[str, str] = {},
) -> list[Listing]:
    """Every generated page, in a stable order. O(n·k) in posts (k terms per post) plus the
    number of categories, tags, authors and years.

    Layout (with directory URLs): `blog/`, `blog/page/2/`, `blog/category/`,
    `blog/category/<slug>/` (and `page/2/` below it), the same for `tag` and `author`,
    `blog/featured/`, `blog/archive/`, `blog/archive/<year>/` (one page a year). An
    overview or a featured page exists only when it has something to show (see
    `plan_tabs`). An author with a Markdown profile in `profile_pages` (slug -> docs path)
    has that page as their first page.

    Args:
        catalog: The blog's posts and indexes.
        layout: Paths, page size, titles and which optional pages exist.
        authors: The authors registry by slug.
        profile_pages: Author slug -> docs path of their profile page.
    """
    titles = layout.titles
    tabs = plan_tabs(catalog, layout, authors)
    listings = list(
        _series(INDEX, titles.blog, catalog.posts, tabs.blog.src_uri, layout.under("page"), layout)
    )
    for tab in tabs.items[1:]:
        if tab.kind != FEATURED:
            listings.append(Listing(tab.src_uri, tab.kind, tab.title, ()))
    # Categories, tags and authors list their posts compactly (date, title, categories), 50 a
    # page: every generated page costs a theme render, and paginated cards per term or author
    # would add about 0.1 pages per post each. The blog index (and featured page) has cards.
    for slug, category in catalog.categories.items():
        listings.extend(
            _series(
                CATEGORY,
                category.label,
                catalog.posts_by_category[slug],
                layout.category_src_uri(category),
                layout.under("category", slug, "page"),
                layout,
                term=category,
                per_page=layout.list_per_page,
            )
        )
    for slug, tag in catalog.tags.items():
        listings.extend(
            _series(
                TAG,
                tag.label,
                catalog.posts_by_tag[slug],
                layout.tag_src_uri(tag),
                layout.under("tag", slug, "page"),
                layout,
                term=tag,
                per_page=layout.list_per_page,
            )
        )
    if tabs.featured is not None:
        listings.extend(
            _series(
                FEATURED,
                titles.featured,
                catalog.featured,
                tabs.featured.src_uri,
                layout.under("featured", "page"),
                layout,
            )
        )
    for slug, author in author_pages_for(catalog, authors, layout).items():
        listings.extend(
            _series(
                AUTHOR,
                author.name,
                catalog.posts_by_author[slug],
                profile_pages.get(slug) or layout.author_src_uri(slug),
                layout.under(layout.author_segment, slugify(slug), "page"),
                layout,
                author=slug,
                per_page=layout.list_per_page,
            )
        )
    if tabs.archive is not None:
        for year, posts in posts_by_year(catalog.dated).items():
            listings.append(
                Listing(
                    layout.year_src_uri(year), YEAR, str(year), posts, total=len(posts), year=year
                )
            )
    return listings


def _series(
    kind: str,
    title: str,
    posts: Sequence[Post],
    first_src_uri: str,
    pages_dir: str,
    layout: Layout,
    *,
    term: Category | None = None,
    author: str | None = None,
    per_page: int | None = None,
) -> Iterator[Listing]:
    """The pages of one paginated listing: the first at `first_src_uri`, then `<pages_dir>/N.md`,
    `per_page` posts each (default: the layout's cards per page)."""
    chunks = paginate(posts, per_page or layout.per_page)
    series = (
        first_src_uri,
        *(posixpath.join(pages_dir, f"{n}.md") for n in range(2, len(chunks) + 1)),
    )
    for number, (src_uri, chunk) in enumerate(zip(series, chunks, strict=True), start=1):
        yield Listing(
            src_uri=src_uri,
            kind=kind,
            title=title if number == 1 else layout.titles.page(title, number),
            posts=chunk,
            page=number,
            series=series,
            total=len(posts),
            term=term,
            author=author,
            in_nav=number == 1 and kind == INDEX,
        )


@dataclass(frozen=True, slots=True)
class Tab:
    """One of the blog's main listings, linked from the top of every listing page."""

    kind: str
    """The `Listing.kind` of the tab's first page."""
    title: str
    src_uri: str
    """Docs-relative path of the tab's first page."""
    holds_kinds: frozenset[str] = frozenset()
    """Every `Listing.kind` whose pages belong to this tab (the overview's own kind and the
    kind of the pages it lists: `categories` and `category`)."""

    def holds(self, listing: Listing) -> bool:
        """Whether `listing` is one of this tab's pages."""
        return listing.kind in self.holds_kinds


@dataclass(frozen=True)
class Tabs:
    """The blog's tabs that have something behind them, in the order they are shown."""

    items: tuple[Tab, ...]

    @property
    def blog(self) -> Tab:
        """The blog index: every post. Always there, even for a blog without posts."""
        return self.items[0]

    def of_kind(self, kind: str) -> Tab | None:
        return next((tab for tab in self.items if tab.kind == kind), None)

    @property
    def featured(self) -> Tab | None:
        return self.of_kind(FEATURED)

    @property
    def archive(self) -> Tab | None:
        return self.of_kind(ARCHIVE)


def plan_tabs(
    catalog: Catalog, layout: Layout = Layout(), authors: Mapping[str, Author] = {}
) -> Tabs:
    """The blog's tabs, at the paths `plan_listings` uses: all posts, then categories, tags,
    featured, authors and archive, each only when it has something to show (a category, a
    tag, a featured post, an author page, a dated post): a tab is never a dead end."""
    titles = layout.titles
    candidates = [
        (True, Tab(INDEX, titles.blog, layout.under("index.md"), frozenset({INDEX}))),
        (
            bool(catalog.categories),
            Tab(CATEGORIES, titles.categories, layout.under("category.md"), _kinds(CATEGORY)),
        ),
        (bool(catalog.tags), Tab(TAGS, titles.tags, layout.under("tag.md"), _kinds(TAG))),
        (
            bool(catalog.featured),
            Tab(FEATURED, titles.featured, layout.under("featured.md"), frozenset({FEATURED})),
        ),
        (
            bool(author_pages_for(catalog, authors, layout)),
            Tab(
                AUTHORS,
                titles.authors,
                layout.under(f"{layout.author_segment}.md"),
                _kinds(AUTHOR),
            ),
        ),
        (
            layout.archive and bool(catalog.dated),
            Tab(ARCHIVE, titles.archive, layout.under("archive.md"), _kinds(YEAR)),
        ),
    ]
    return Tabs(tuple(tab for shown, tab in candidates if shown))


def _kinds(page_kind: str) -> frozenset[str]:
    """An overview's kinds: its own (the plural) and its pages'."""
    overview = {CATEGORY: CATEGORIES, TAG: TAGS, AUTHOR: AUTHORS, YEAR: ARCHIVE}[page_kind]
    return frozenset({overview, page_kind})
