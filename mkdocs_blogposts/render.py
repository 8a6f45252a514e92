"""Rendering the blog's HTML fragments from Jinja2 templates a theme can override."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import jinja2.bccache
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup
from mkdocs.exceptions import PluginError

from .archive import months, posts_by_year
from .bios import clean_html
from .catalog import Catalog, neighbours
from .dialects.related_links import RelatedLink
from .excerpts import excerpt_html, split_after_h1
from .labels import Labels
from .latest import LatestRequest
from .listings import (
    ARCHIVE,
    AUTHOR,
    AUTHORS,
    CATEGORIES,
    CATEGORY,
    FEATURED,
    INDEX,
    TAG,
    TAGS,
    YEAR,
    Layout,
    Listing,
    Tabs,
)
from .metadata import PageHead
from .model import Author, Category, ImageRef, Post
from .related import RelatedIndex
from .urls import is_safe_link, root_prefix

CARD_KINDS = frozenset({INDEX, FEATURED})
"""Listings that show posts as cards; a category's, a tag's, an author's and a year's page
are compact lists (see `listings.plan_listings`)."""
FIRST_ROW = 3
"""Cards in the first row of a listing's grid on a desktop (the stylesheet's 3 columns)."""

TEMPLATES_DIR = Path(__file__).parent / "templates"
"""Holds `blogposts/*.html`. Not on the theme's dirs, so the fragments are not copied into the
site; a theme's `custom_dir/blogposts/<name>.html` overrides any of them."""

UrlOf = Callable[[str], str | None]
"""Maps a docs-relative path to the site URL of that file (`posts/x/`), None if missing."""

ROOT = "blogposts-site-root-\x7f/"
"""Stands for "the site root" in links until `localize` knows the page. The control character
DEL keeps it out of anything a user plausibly writes (were it typed into a post, `localize`
would only turn it into plain `../` text, never markup). It is ASCII on purpose: one non-ASCII
character would make Python store every card and page holding it at 2 bytes a character."""


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    url: str | None


@dataclass(frozen=True)
class RenderSettings:
    """The options that shape the fragments."""

    layout: Layout = field(default_factory=Layout)
    show_reading_time: bool = True
    locale: str = "en"
    """Babel's name of the reader's locale, for month names."""
    related_posts: int = 3


@dataclass(frozen=True, slots=True)
class AuthorView:
    """An author for the templates: `page_url` is their page on this blog (None without
    author pages), `url` their own site from the registry (only a safe link)."""

    name: str
    url: str | None
    avatar_url: str | None
    slug: str
    page_url: str | None = None
    links: Sequence[Link] = ()
    bio: Markup = field(default_factory=Markup)
    """The bio rendered from Markdown, links `ROOT`-relative; empty without one."""
    title: str | None = None
    """What they do (Docusaurus' `title`: "Editor"), shown under their name."""

    @property
    def link(self) -> str | None:
        """Where the author's name and avatar lead: their page here, else their own site."""
        return self.page_url or self.url


@dataclass(frozen=True, slots=True)
class PostView:
    """A post for the templates; its URLs start with `ROOT` until the HTML is localized."""

    post: Post
    title: str
    url: str | None
    date_iso: str | None
    date_display: str | None
    updated_iso: str | None
    updated_display: str | None
    reading_minutes: int | None
    """The estimated reading time, None when the `reading_time` option is off."""
    authors: Sequence[AuthorView]
    categories: Sequence[Link]
    tags: Sequence[Link]
    hero_url: str | None
    hero_alt: str
    """`image_alt`, else empty: the hero is decorative, the title is right above it."""
    status: str | None
    """`draft` or `scheduled` for an unpublished post (shown only by `mkdocs serve`)."""
    excerpt: Markup
    hero_size: tuple[int, int] | None = None
    """The hero file's width and height in pixels, when its header says: the browser
    reserves the box before the image loads, so the page does not jump."""


@dataclass(frozen=True, slots=True)
class PostFragments:
    """What the blog puts around a post's body, rendered for its page at `page_url`: the
    header (with the title when `show_title`, the post having no H1 of its own), the footer,
    and what goes into the page's head (its meta tags and JSON-LD, see `metadata`; None
    without `site_url`)."""

    page_url: str
    show_title: bool
    header: str
    footer: str
    head: PageHead | None = None


def make_environment(theme_dirs: Sequence[str], labels: Labels | None = None) -> jinja2.Environment:
    """A Jinja2 environment for the fragments: the theme's folders (custom_dir first) win over
    the package's own templates. Autoescaping is on: every user value is escaped. Every
    template sees the reader's words as `label` (see `labels.Labels`)."""
    loader = jinja2.FileSystemLoader([*theme_dirs, str(TEMPLATES_DIR)])
    # One environment per build: no need to stat template files on every include.
    environment = jinja2.Environment(
        loader=loader, autoescape=True, auto_reload=False, bytecode_cache=_bytecode_cache()
    )
    environment.filters["blogposts_first_paragraph"] = first_paragraph
    environment.filters["blogposts_host"] = link_host
    environment.globals["label"] = labels or Labels()
    return environment


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, in a private folder of the system's temporary
    directory: compiling the blog's ~25 templates costs ~80 ms a build (2% of a 1,000-post
    build), loading them a few. Entries are keyed by the template's source, so an edited
    override is compiled again. A cache that cannot be read or written is no cache: never a
    failed build."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    try:
        return _QuietBytecodeCache()
    except (OSError, RuntimeError):  # no private temporary folder to be had
        return None


def first_paragraph(html: str) -> Markup:
    """The first paragraph of `html` (an author's bio, for the card below a post)."""
    return Markup(excerpt_html(str(html), separator="\x00"))


def link_host(url: str) -> str:
    """How a link reads in a list of links: its host (`example.org`), a mailto's address,
    else the link itself."""
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return parts.path
    return parts.netloc.removeprefix("www.") or url


def make_date_formatter(locale_name: str, date_format: str) -> Callable[[dt.date], str]:
    """Format dates with Babel in the locale `locale_name` (a name Babel knows: `pt_BR`) and
    `date_format` (named or a CLDR pattern), both as the options validated them."""
    locale = Locale.parse(locale_name)

    @functools.lru_cache(maxsize=4096)
    def format_post_date(day: dt.date) -> str:
        return str(format_date(day, format=date_format, locale=locale))

    return format_post_date


class Renderer:
    """Renders the blog's fragments for one build, each post's view and card only once.

    Links in views and cards are written as `ROOT` + the target's site URL (MkDocs'
    `File.url`); `localize` swaps `ROOT` for the page's own way back to the site root
    (`../../`). So every link stays relative, yet a post's card is rendered once per build
    and reused on every listing that shows it: O(n) renders, not O(n x listings per post).
    """

    def __init__(
        self,
        environment: jinja2.Environment,
        catalog: Catalog,
        authors: Mapping[str, Author],
        format_post_date: Callable[[dt.date], str],
        settings: RenderSettings = RenderSettings(),
        site_url_of: UrlOf = lambda src_uri: None,
        excerpt_of: Callable[[Post], str] = lambda post: "",
        author_pages: Mapping[str, str] = {},
        bio_html_of: Callable[[Author], str] = lambda author: "",
        statuses: Mapping[str, str] = {},
        image_size_of: Callable[[ImageRef], tuple[int, int] | None] = lambda image: None,
    ) -> None:
        self.environment = environment
        self.catalog = catalog
        self.authors = authors
        self.format_post_date = format_post_date
        self.settings = settings
        self.layout = settings.layout
        self.site_url_of = site_url_of
        """Docs path -> the file's site URL (`posts/x/`), None if there is no such file."""
        self.excerpt_of = excerpt_of
        """Post -> its excerpt HTML with links written as `ROOT` + site URL."""
        self.author_pages = author_pages
        """Author slug -> docs path of the first page of their listing (with author pages)."""
        self.bio_html_of = bio_html_of
        """Author -> their bio as HTML, links written as `ROOT` + site URL."""
        self.statuses = statuses
        self.image_size_of = image_size_of
        """A local image -> its (width, height) from the file's header, None if unknown."""
        """Docs path of an unpublished post shown under serve -> `draft` or `scheduled`."""
        self.related = RelatedIndex(
            catalog.posts_by_category,
            catalog.posts_by_tag,
            catalog.positions,
            settings.related_posts,
        )
        self._views: dict[str, PostView] = {}
        self._cards: dict[tuple[str, int, bool], Markup] = {}
        self._list_items: dict[str, Markup] = {}
        self._term_links: dict[tuple[str, str], Link] = {}
        self._author_views: dict[str, AuthorView] = {}
        self._author_cards: dict[str, Markup] = {}
        self._overridden: dict[str, bool] = {}

    def url(self, src_uri: str) -> str | None:
        """The `ROOT`-relative link to the file at docs path `src_uri`."""
        site_url = self.site_url_of(src_uri)
        return None if site_url is None else ROOT + site_url

    def post_view(self, post: Post) -> PostView:
        """`post` for the templates, built once per build."""
        view = self._views.get(post.src_uri)
        if view is None:
            day = post.date.date() if post.date else None
            changed = post.updated.date() if post.updated else None
            if changed == day:  # updated the day it was published: nothing to add
                changed = None
            view = PostView(
                post=post,
                title=post.title,
                url=self.url(post.src_uri),
                date_iso=day.isoformat() if day else None,
                date_display=self.format_post_date(day) if day else None,
                updated_iso=changed.isoformat() if changed else None,
                updated_display=self.format_post_date(changed) if changed else None,
                reading_minutes=post.reading_minutes if self.settings.show_reading_time else None,
                authors=[self.author_view(slug) for slug in post.author_slugs],
                categories=[self._category_link(category) for category in post.categories],
                tags=[self._tag_link(tag) for tag in post.tags],
                hero_url=self._image_url(post.image),
                hero_alt=post.image_alt or "",
                hero_size=self.image_size_of(post.image) if post.image else None,
                status=self.statuses.get(post.src_uri),
                excerpt=Markup(""),
            )
            self._views[post.src_uri] = view
        return view

    def _category_link(self, category: Category) -> Link:
        """The link to `category`'s page, labelled as the catalog spells it; one per category
        per build, shared by every post in it."""
        return self._term_link("category", category)

    def _tag_link(self, tag: Category) -> Link:
        return self._term_link("tag", tag)

    def _term_link(self, taxonomy: str, term: Category) -> Link:
        link = self._term_links.get((taxonomy, term.slug))
        if link is None:
            if taxonomy == "category":
                label = self.catalog.categories.get(term.slug, term).label
                src_uri = self.layout.category_src_uri(term)
            else:
                label = self.catalog.tags.get(term.slug, term).label
                src_uri = self.layout.tag_src_uri(term)
            link = Link(label, self.url(src_uri))
            self._term_links[(taxonomy, term.slug)] = link
        return link

    def render(self, template: str, **context: object) -> str:
        """Render `blogposts/<template>`; a broken override is a PluginError, not a traceback."""
        name = f"blogposts/{template}"
        try:
            return self.environment.get_template(name).render(**context)
        except Exception as error:  # an override may fail in any way: `{{ 1 / 0 }}`
            where = _template_location(error) or name
            raise PluginError(
                f"blogposts: template {where} failed: {type(error).__name__}: {error}"
            ) from error

    def is_overridden(self, template: str) -> bool:
        """Whether the theme overrides `blogposts/<template>` (a file in its `custom_dir`);
        asked once per build and template."""
        overridden = self._overridden.get(template)
        if overridden is None:
            source = self.environment.get_template(f"blogposts/{template}").filename or ""
            overridden = Path(source).resolve().parent.parent != TEMPLATES_DIR.resolve()
            self._overridden[template] = overridden
        return overridden

    def post_header(self, post: Post, page_url: str, show_title: bool) -> str:
        """Title (when the post has no H1 of its own), byline and hero above a post's body."""
        html = self.render("post_header.html", post=self.post_view(post), show_title=show_title)
        return localize(html, page_url)

    def post_footer(
        self,
        post: Post,
        page_url: str,
        blog_src_uri: str,
        blog_title: str,
        links: Sequence[RelatedLink] = (),
    ) -> str:
        """Below a post's body: its tags, the links its author gave (Material's `links`), a
        card per author, related posts, the newer and older post and the link back to the
        blog."""
        newer, older = neighbours(self.catalog, post)
        html = self.render(
            "post_footer.html",
            post=self.post_view(post),
            links=[self._related_link(link) for link in links],
            newer=newer and self.post_view(newer),
            older=older and self.post_view(older),
            related=[self.post_view(other) for other in self.related.related(post)],
            author_cards=[self.author_card(slug) for slug in post.author_slugs],
            blog_url=self.url(blog_src_uri),
            blog_title=blog_title,
        )
        return localize(html, page_url)

    def _related_link(self, link: RelatedLink) -> Link:
        if link.src_uri is None:
            return Link(link.title, link.external)
        url = self.url(link.src_uri)
        return Link(link.title, url and url + (f"#{link.anchor}" if link.anchor else ""))

    def card(self, post: Post, heading: int, first_screen: bool = False) -> Markup:
        """A post's card (with `ROOT` links), rendered once per build, heading level and
        place: a card on a page's first screen loads its image at once, the others lazily."""
        key = (post.src_uri, heading, first_screen)
        card = self._cards.get(key)
        if card is None:
            view = replace(self.post_view(post), excerpt=Markup(self.excerpt_of(post)))
            card = Markup(
                self.render("card.html", post=view, heading=heading, first_screen=first_screen)
            )
            self._cards[key] = card
        return card

    def list_item(self, post: Post) -> Markup:
        """A post as one line of a compact list (a tag's page, a month of the archive), with
        `ROOT` links, rendered once per build however many lists show it."""
        item = self._list_items.get(post.src_uri)
        if item is None:
            item = Markup(self.render("post_list_item.html", post=self.post_view(post)))
            self._list_items[post.src_uri] = item
        return item

    def latest(
        self, block: LatestRequest, posts: Sequence[Post], page_url: str, more_src_uri: str
    ) -> str:
        """A latest-posts block (see `latest`): cards or a compact list, and a link to the
        listing holding the rest, relative to the page at `page_url`."""
        html = self.render(
            "latest.html",
            block=block,
            posts=[self.post_view(post) for post in posts],
            cards=[self.card(post, 3) for post in posts] if block.layout == "cards" else [],
            more_url=self.url(more_src_uri),
        )
        return localize(html, page_url)

    def author_card(self, slug: str) -> Markup:
        """ "About the author" below a post: avatar, name, the bio's first paragraph, links;
        rendered once per author per build. Empty for a slug the registry doesn't know."""
        card = self._author_cards.get(slug)
        if card is None:
            author = self.author_view(slug)
            card = Markup("")
            if slug in self.authors:
                card = Markup(self.render("author_card.html", author=author))
            self._author_cards[slug] = card
        return card

    def listing(
        self,
        listing: Listing,
        page_url: str,
        page_content: str = "",
        featured: Sequence[Post] = (),
        tabs: Tabs | None = None,
    ) -> str:
        """A listing page's body, links relative to the page at `page_url`: its heading (the
        page's own H1, else its title), the page's own text, the blog's tabs, then what the
        listing shows: featured strip, cards and pagination; an author's profile above their
        posts; a year's posts by month; or an overview (categories, tags, authors, years).

        `page_content` is the page's own rendered HTML: the H1 a generated page has for
        search, or the text of the user's own page at the listing's URL (for an author, their
        Markdown profile, which becomes their bio)."""
        heading, own_text = split_after_h1(page_content)
        author = None
        if listing.kind == AUTHOR and listing.author is not None:
            author = self.author_view(listing.author)
            if own_text.strip():  # a profile page: its text is the bio, cleaned like any bio
                author = replace(author, bio=Markup(clean_html(own_text)))
                own_text = ""
        featured_tab = tabs.featured if tabs else None
        # A post is shown once per page: one standing out at the top of the index is not
        # repeated in the cards below it (Astro's starters do the same); it keeps its place in
        # the pages that follow and on the featured page.
        standing_out = {post.src_uri for post in featured}
        shown = [post for post in listing.posts if post.src_uri not in standing_out]
        html = self.render(
            "listing.html",
            tabs=self._tab_links(listing, tabs),
            listing=listing,
            title=listing.title,
            heading=Markup(heading),
            page_content=Markup(own_text),
            show_title=not heading,
            author=author,
            posts=[self.post_view(post) for post in shown],
            cards=(
                [
                    # The first row is on the first screen, or just below the featured
                    # posts (readthedocs' narrower column brings it up to the fold).
                    self.card(post, 2, first_screen=number < FIRST_ROW)
                    for number, post in enumerate(shown)
                ]
                if listing.kind in CARD_KINDS
                else []
            ),
            total=listing.total,
            featured_cards=[self.card(post, 3, first_screen=True) for post in featured],
            featured_url=featured_tab and self.url(featured_tab.src_uri),
            featured_title=self.layout.titles.featured,
            pagination=self._pagination(listing),
            **self._overview(listing),
        )
        return localize(html, page_url)

    def _overview(self, listing: Listing) -> dict[str, object]:
        """What an overview or a year page lists, besides cards."""
        catalog = self.catalog
        if listing.kind == CATEGORIES:
            # Each category's newest post (its posts are newest first), shown under it.
            return {
                "categories": [
                    (self._category_link(category), len(catalog.posts_by_category[slug]))
                    for slug, category in catalog.categories.items()
                ],
                "newest": [
                    self.post_view(catalog.posts_by_category[slug][0])
                    for slug in catalog.categories
                ],
            }
        if listing.kind == TAGS:
            return {
                "terms": [
                    (self._tag_link(tag), len(catalog.posts_by_tag[slug]))
                    for slug, tag in catalog.tags.items()
                ]
            }
        if listing.kind == AUTHORS:
            return {
                "authors": [
                    (self.author_view(slug), len(catalog.posts_by_author.get(slug, ())))
                    for slug in self.author_pages
                ]
            }
        if listing.kind == ARCHIVE:
            return {
                "years": [
                    (Link(str(year), self.url(self.layout.year_src_uri(year))), len(posts))
                    for year, posts in posts_by_year(catalog.dated).items()
                ]
            }
        if listing.kind == YEAR:
            return {
                "months": [
                    (month, [self.list_item(post) for post in month.posts])
                    for month in months(listing.posts, self.settings.locale)
                ]
            }
        if listing.kind in (CATEGORY, TAG, AUTHOR):
            return {"items": [self.list_item(post) for post in listing.posts]}
        return {}

    def _pagination(self, listing: Listing) -> dict[str, object]:
        return {
            "previous": listing.previous_src_uri and self.url(listing.previous_src_uri),
            "next": listing.next_src_uri and self.url(listing.next_src_uri),
            "count": len(listing.series),
            "pages": [
                None
                if number is None
                else {
                    "number": number,
                    "url": self.url(listing.series[number - 1]),
                    "current": number == listing.page,
                }
                for number in page_window(listing.page, len(listing.series))
            ],
        }

    def _tab_links(self, listing: Listing, tabs: Tabs | None) -> list[dict[str, object]]:
        """The blog's tabs, the one holding `listing` marked current ("page" on the tab's own
        page, "true" on its other pages, as WAI-ARIA says)."""
        if tabs is None:
            return []
        return [
            {
                "label": tab.title,
                "url": self.url(tab.src_uri),
                "kind": tab.kind,
                "current": (
                    ("page" if tab.src_uri == listing.src_uri else "true")
                    if tab.holds(listing)
                    else None
                ),
            }
            for tab in tabs.items
        ]

    def author_name(self, slug: str) -> str:
        """The display name for `slug`: the registry's, else the slug itself."""
        author = self.authors.get(slug)
        return slug if author is None else author.name

    def author_view(self, slug: str) -> AuthorView:
        """The author `slug` for the templates, once per build; a slug the registry doesn't
        know is shown as it is, linked nowhere."""
        view = self._author_views.get(slug)
        if view is not None:
            return view
        author = self.authors.get(slug)
        if author is None:
            view = AuthorView(name=slug, url=None, avatar_url=None, slug=slug)
        else:
            page = self.author_pages.get(slug)
            view = AuthorView(
                name=author.name,
                url=self._external_link(author.url),
                avatar_url=self._image_url(author.avatar),
                slug=slug,
                page_url=None if page is None else self.url(page),
                links=[
                    Link(label, link)
                    for label, target in author.links
                    if (link := self._external_link(target)) is not None
                ],
                bio=Markup(self.bio_html_of(author)),
                title=author.title,
            )
        self._author_views[slug] = view
        return view

    def _external_link(self, url: str | None) -> str | None:
        """A registry link as an `href`: None if unsafe; a relative one is from the site root."""
        if url is None or not is_safe_link(url):
            return None
        return url if _is_absolute(url) else ROOT + url.lstrip("/")

    def _image_url(self, image: ImageRef | None) -> str | None:
        if image is None:
            return None
        return image.target if image.external else self.url(image.target)


def _template_location(error: BaseException) -> str | None:
    """`file:line` of the template at fault: a syntax error knows it; for an error while
    rendering, Jinja2 rewrites the traceback so the template's frames carry its file name and
    line (the innermost one is where it failed, even inside an included template)."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{error.filename}:{error.lineno}"
    where = None
    frame = error.__traceback__
    while frame is not None:
        filename = frame.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".jinja", ".j2")):
            where = f"{filename}:{frame.tb_lineno}"
        frame = frame.tb_next
    return where


def localize(html: str, page_url: str) -> str:
    """Turn the `ROOT`-relative links in `html` into links relative to the page `page_url`."""
    return html.replace(ROOT, root_prefix(page_url))


def page_window(current: int, count: int, around: int = 2) -> list[int | None]:
    """Page numbers to link from page `current` of `count`: the first, the last and `around`
    either side of the current one, None marking each gap (shown as an ellipsis).

    A constant number of links per page: linking every page from every page would make a
    blog with n posts cost O(n²) to build and index.
    """
    shown = sorted(
        {1, count, *range(current - around, current + around + 1)} & {*range(1, count + 1)}
    )
    window: list[int | None] = []
    previous = 0
    for number in shown:
        if number - previous == 2:  # a gap of one page: show it rather than "…"
            window.append(previous + 1)
        elif number - previous > 2:
            window.append(None)
        window.append(number)
        previous = number
    return window


def _is_absolute(url: str) -> bool:
    return ":" in url.split("/", 1)[0]
