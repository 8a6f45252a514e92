"""Rendering the blog's HTML fragments from Jinja2 templates a theme can override."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup
from mkdocs.exceptions import PluginError

from .catalog import Catalog, neighbours
from .listings import CATEGORIES, Listing, Tab
from .model import Author, Category, ImageRef, Post
from .urls import is_safe_link, root_prefix

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


@dataclass(frozen=True, slots=True)
class AuthorView:
    name: str
    url: str | None
    avatar_url: str | None
    slug: str


@dataclass(frozen=True, slots=True)
class PostView:
    """A post for the templates; its URLs start with `ROOT` until the HTML is localized."""

    post: Post
    title: str
    url: str | None
    date_iso: str | None
    date_display: str | None
    reading_time: str | None
    authors: Sequence[AuthorView]
    categories: Sequence[Link]
    hero_url: str | None
    hero_alt: str
    excerpt: Markup


def make_environment(theme_dirs: Sequence[str]) -> jinja2.Environment:
    """A Jinja2 environment for the fragments: the theme's folders (custom_dir first) win over
    the package's own templates. Autoescaping is on: every user value is escaped."""
    loader = jinja2.FileSystemLoader([*theme_dirs, str(TEMPLATES_DIR)])
    # One environment per build: no need to stat template files on every include.
    return jinja2.Environment(loader=loader, autoescape=True, auto_reload=False)


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
        category_src_uri: Callable[[Category], str],
        show_reading_time: bool,
        site_url_of: UrlOf = lambda src_uri: None,
        excerpt_of: Callable[[Post], str] = lambda post: "",
    ) -> None:
        self.environment = environment
        self.catalog = catalog
        self.authors = authors
        self.format_post_date = format_post_date
        self.category_src_uri = category_src_uri
        self.show_reading_time = show_reading_time
        self.site_url_of = site_url_of
        """Docs path -> the file's site URL (`posts/x/`), None if there is no such file."""
        self.excerpt_of = excerpt_of
        """Post -> its excerpt HTML with links written as `ROOT` + site URL."""
        self._views: dict[str, PostView] = {}
        self._cards: dict[tuple[str, int], Markup] = {}
        self._category_links: dict[str, Link] = {}

    def url(self, src_uri: str) -> str | None:
        """The `ROOT`-relative link to the file at docs path `src_uri`."""
        site_url = self.site_url_of(src_uri)
        return None if site_url is None else ROOT + site_url

    def post_view(self, post: Post) -> PostView:
        """`post` for the templates, built once per build."""
        view = self._views.get(post.src_uri)
        if view is None:
            day = post.date.date() if post.date else None
            view = PostView(
                post=post,
                title=post.title,
                url=self.url(post.src_uri),
                date_iso=day.isoformat() if day else None,
                date_display=self.format_post_date(day) if day else None,
                reading_time=(
                    f"{post.reading_minutes} min read" if self.show_reading_time else None
                ),
                authors=[self._author_view(slug) for slug in post.author_slugs],
                categories=[self._category_link(category) for category in post.categories],
                hero_url=self._image_url(post.image),
                hero_alt=post.alt_text,
                excerpt=Markup(""),
            )
            self._views[post.src_uri] = view
        return view

    def _category_link(self, category: Category) -> Link:
        """The link to `category`'s page, labelled as the catalog spells it; one per category
        per build, shared by every post in it."""
        link = self._category_links.get(category.slug)
        if link is None:
            label = self.catalog.categories.get(category.slug, category).label
            link = Link(label, self.url(self.category_src_uri(category)))
            self._category_links[category.slug] = link
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

    def post_header(self, post: Post, page_url: str, show_title: bool) -> str:
        """Title (when the post has no H1 of its own), byline and hero above a post's body."""
        html = self.render("post_header.html", post=self.post_view(post), show_title=show_title)
        return localize(html, page_url)

    def post_footer(self, post: Post, page_url: str, blog_src_uri: str, blog_title: str) -> str:
        """Below a post's body: links to the newer and older post and back to the blog."""
        newer, older = neighbours(self.catalog, post)
        html = self.render(
            "post_footer.html",
            post=self.post_view(post),
            newer=newer and self.post_view(newer),
            older=older and self.post_view(older),
            blog_url=self.url(blog_src_uri),
            blog_title=blog_title,
        )
        return localize(html, page_url)

    def card(self, post: Post, heading: int) -> Markup:
        """A post's card (with `ROOT` links), rendered once per build and heading level."""
        card = self._cards.get((post.src_uri, heading))
        if card is None:
            view = replace(self.post_view(post), excerpt=Markup(self.excerpt_of(post)))
            card = Markup(self.render("card.html", post=view, heading=heading))
            self._cards[(post.src_uri, heading)] = card
        return card

    def listing(
        self,
        listing: Listing,
        page_url: str,
        show_title: bool,
        featured: Sequence[Post] = (),
        featured_src_uri: str | None = None,
        featured_title: str = "",
        tabs: Sequence[Tab] = (),
    ) -> str:
        """A generated index page's body, links relative to the page at `page_url`: the
        blog's tabs, then featured strip, cards and pagination, or the list of categories
        with their post counts."""
        categories = []
        if listing.kind == CATEGORIES:
            categories = [
                (self._category_link(category), len(self.catalog.posts_by_category[slug]))
                for slug, category in self.catalog.categories.items()
            ]
        pagination = {
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
        tab_links = [
            {
                "label": tab.title,
                "url": self.url(tab.src_uri),
                # "page" for the tab's own page, "true" for its other pages (WAI-ARIA).
                "current": (
                    ("page" if tab.src_uri == listing.src_uri else "true")
                    if tab.holds(listing)
                    else None
                ),
            }
            for tab in tabs
        ]
        html = self.render(
            "listing.html",
            tabs=tab_links,
            listing=listing,
            title=listing.title,
            show_title=show_title,
            posts=[self.post_view(post) for post in listing.posts],
            cards=[self.card(post, 2) for post in listing.posts],
            featured_cards=[self.card(post, 3) for post in featured],
            featured_url=featured_src_uri and self.url(featured_src_uri),
            featured_title=featured_title,
            categories=categories,
            pagination=pagination,
        )
        return localize(html, page_url)

    def author_name(self, slug: str) -> str:
        """The display name for `slug`: the registry's, else the slug itself."""
        author = self.authors.get(slug)
        return slug if author is None else author.name

    def _author_view(self, slug: str) -> AuthorView:
        author = self.authors.get(slug)
        if author is None:
            return AuthorView(name=slug, url=None, avatar_url=None, slug=slug)
        url = author.url
        if url is not None and not is_safe_link(url):
            url = None
        elif url is not None and not _is_absolute(url):
            url = ROOT + url.lstrip("/")  # a relative url in the registry: from the site root
        return AuthorView(
            name=author.name, url=url, avatar_url=self._image_url(author.avatar), slug=slug
        )

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
