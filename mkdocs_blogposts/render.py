"""Rendering the blog's HTML fragments from Jinja2 templates a theme can override."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from markupsafe import Markup
from mkdocs.exceptions import PluginError

from .catalog import Catalog
from .listings import CATEGORIES, Listing
from .model import Author, Category, ImageRef, Post
from .urls import is_safe_link, relative_url

TEMPLATES_DIR = Path(__file__).parent / "templates"
"""Holds `blogposts/*.html`. Not on the theme's dirs, so the fragments are not copied into the
site; a theme's `custom_dir/blogposts/<name>.html` overrides any of them."""

UrlOf = Callable[[str], str | None]
"""Maps a docs-relative path to the URL of that file as seen from the page being rendered."""


@dataclass(frozen=True)
class Link:
    label: str
    url: str | None


@dataclass(frozen=True)
class AuthorView:
    name: str
    url: str | None
    avatar_url: str | None
    slug: str


@dataclass(frozen=True)
class PostView:
    """A post as one page sees it: every URL relative to that page."""

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
    return jinja2.Environment(loader=loader, autoescape=True, keep_trailing_newline=False)


def make_date_formatter(locale_name: str, date_format: str) -> Callable[[dt.date], str]:
    """Format dates with Babel in `locale_name` (falls back to English if Babel lacks it)."""
    try:
        locale = Locale.parse(locale_name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")

    @functools.lru_cache(maxsize=4096)
    def format_post_date(day: dt.date) -> str:
        return str(format_date(day, format=date_format, locale=locale))

    try:
        format_post_date(dt.date(2021, 8, 10))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise PluginError(
            f"blogposts: date_format {date_format!r} is not a Babel date format "
            f"(use short, medium, long, full or a pattern like 'd MMM y'): {error}"
        ) from error
    return format_post_date


class Renderer:
    """Builds page-relative views of posts and renders the templates for one build."""

    def __init__(
        self,
        environment: jinja2.Environment,
        catalog: Catalog,
        authors: Mapping[str, Author],
        format_post_date: Callable[[dt.date], str],
        category_src_uri: Callable[[Category], str],
        show_reading_time: bool,
    ) -> None:
        self.environment = environment
        self.catalog = catalog
        self.authors = authors
        self.format_post_date = format_post_date
        self.category_src_uri = category_src_uri
        self.show_reading_time = show_reading_time

    def post_view(self, post: Post, url_of: UrlOf, page_url: str, excerpt: str = "") -> PostView:
        """`post` as seen from the page at site URL `page_url`; `url_of` resolves docs paths."""
        return PostView(
            post=post,
            title=post.title,
            url=url_of(post.src_uri),
            date_iso=post.date.date().isoformat() if post.date else None,
            date_display=self.format_post_date(post.date.date()) if post.date else None,
            reading_time=f"{post.reading_minutes} min read" if self.show_reading_time else None,
            authors=[self._author_view(slug, url_of, page_url) for slug in post.author_slugs],
            categories=[
                Link(self.catalog.categories.get(c.slug, c).label, url_of(self.category_src_uri(c)))
                for c in post.categories
            ],
            hero_url=self._image_url(post.image, url_of),
            hero_alt=post.alt_text,
            excerpt=Markup(excerpt),
        )

    def render(self, template: str, **context: object) -> str:
        """Render `blogposts/<template>`; a broken override is a PluginError, not a traceback."""
        name = f"blogposts/{template}"
        try:
            return self.environment.get_template(name).render(**context)
        except jinja2.TemplateError as error:
            where = (
                f"{error.filename}:{error.lineno}"
                if isinstance(error, jinja2.TemplateSyntaxError)
                else name
            )
            raise PluginError(f"blogposts: template {where} failed: {error}") from error

    def post_header(self, view: PostView, show_title: bool) -> str:
        """Title (when the post has no H1 of its own), byline and hero above a post's body."""
        return self.render("post_header.html", post=view, show_title=show_title)

    def listing(
        self,
        listing: Listing,
        views: Sequence[PostView],
        url_of: UrlOf,
        show_title: bool,
        featured: Sequence[PostView] = (),
        featured_src_uri: str | None = None,
        featured_title: str = "",
    ) -> str:
        """A generated index page's body: featured strip, cards and pagination, or the list
        of categories with their post counts."""
        categories = []
        if listing.kind == CATEGORIES:
            categories = [
                (
                    Link(category.label, url_of(self.category_src_uri(category))),
                    len(self.catalog.posts_by_category[slug]),
                )
                for slug, category in self.catalog.categories.items()
            ]
        pagination = {
            "previous": listing.previous_src_uri and url_of(listing.previous_src_uri),
            "next": listing.next_src_uri and url_of(listing.next_src_uri),
            "count": len(listing.series),
            "pages": [
                None
                if number is None
                else {
                    "number": number,
                    "url": url_of(listing.series[number - 1]),
                    "current": number == listing.page,
                }
                for number in page_window(listing.page, len(listing.series))
            ],
        }
        return self.render(
            "listing.html",
            listing=listing,
            title=listing.title,
            show_title=show_title,
            posts=views,
            featured=featured,
            featured_url=featured_src_uri and url_of(featured_src_uri),
            featured_title=featured_title,
            categories=categories,
            pagination=pagination,
        )

    def author_name(self, slug: str) -> str:
        """The display name for `slug`: the registry's, else the slug itself."""
        author = self.authors.get(slug)
        return slug if author is None else author.name

    def _author_view(self, slug: str, url_of: UrlOf, page_url: str) -> AuthorView:
        author = self.authors.get(slug)
        if author is None:
            return AuthorView(name=slug, url=None, avatar_url=None, slug=slug)
        url = author.url
        if url is not None and not _is_absolute(url):
            url = relative_url(url.lstrip("/"), page_url)
        return AuthorView(
            name=author.name,
            url=url if url is None or is_safe_link(url) else None,
            avatar_url=self._image_url(author.avatar, url_of),
            slug=slug,
        )

    @staticmethod
    def _image_url(image: ImageRef | None, url_of: UrlOf) -> str | None:
        if image is None:
            return None
        return image.target if image.external else url_of(image.target)


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
