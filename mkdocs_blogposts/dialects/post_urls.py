"""Where a post is published, by the `post_url` pattern: other tools' URLs kept.

Material publishes `blog/posts/hello.md` at `blog/2024/08/10/hello/`, Jekyll
`_posts/2024-08-10-hello.md` at `2024/08/10/hello.html`, Docusaurus at `blog/2024/08/10/hello`.
A moved blog keeps its published URLs with one pattern (`{blog}/{date}/{slug}`) instead of
a redirect per post.
"""

from __future__ import annotations

import re
import string
import urllib.parse

from markupsafe import escape

from ..model import Post
from .filenames import date_from_path

PLACEHOLDERS = (
    "blog",
    "date",
    "year",
    "month",
    "day",
    "slug",
    "file",
    "title",
    "category",
    "categories",
)
"""What a `post_url` pattern may name (see the option's documentation)."""

_SAFE_PATH = re.compile(r"[^/]+(?:/[^/]+)*")


def post_url_problem(pattern: str) -> str | None:
    """Why `pattern` cannot place posts, or None when it can."""
    if not pattern:
        return "post_url is empty; leave it unset to keep MkDocs' URLs"
    try:
        fields = [
            name for _, name, spec, _ in string.Formatter().parse(pattern) if name is not None
        ]
    except ValueError as error:
        return (
            f"post_url {pattern!r} is not a pattern ({error}); "
            "write e.g. '{blog}/{date}/{slug}'"
        )
    unknown = [name for name in fields if name not in PLACEHOLDERS]
    if unknown:
        return (
            f"post_url {pattern!r} names {', '.join(map(repr, unknown))}; the placeholders "
            f"are {', '.join('{' + name + '}' for name in PLACEHOLDERS)}"
        )
    if not {"slug", "file", "title"} & set(fields):
        return (
            f"post_url {pattern!r} has none of {{slug}}, {{file}}, {{title}}, so posts of one "
            "day would share a URL"
        )
    if any(part in (".", "..") for part in pattern.split("/")) or "\\" in pattern:
        return f"post_url {pattern!r} must stay inside the site (no '.', '..' or '\\')"
    return None


def post_path(pattern: str, post: Post, blog_dir: str, date_format: str) -> str | None:
    """The post's path without extension (`blog/2024/08/10/hello`), or None when the post
    lacks what the pattern names (no date, no category): it then keeps MkDocs' URL."""
    needs = {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
    date = post.date
    if date is None and needs & {"date", "year", "month", "day"}:
        return None
    if not post.categories and needs & {"category", "categories"}:
        return None
    dated_name = date_from_path(post.src_uri) is not None
    values = {
        "blog": blog_dir,
        # Jekyll and Docusaurus name a post by its file, Material by its title.
        "slug": post.slug or (post.file_slug if dated_name else post.title_slug),
        "file": post.slug or post.file_slug,
        "title": post.title_slug,
        "category": post.categories[0].slug if post.categories else "",
        "categories": "/".join(category.slug for category in post.categories),
    }
    if date is not None:
        values |= {
            "date": date.strftime(date_format),
            "year": f"{date.year:04d}",
            "month": f"{date.month:02d}",
            "day": f"{date.day:02d}",
        }
    path = "/".join(part for part in pattern.format_map(values).split("/") if part)
    if not _SAFE_PATH.fullmatch(path) or any(p in (".", "..") for p in path.split("/")):
        return None
    return path


def dest_of(path: str, use_directory_urls: bool) -> tuple[str, str]:
    """(dest_uri, url) of a page published at `path`, as MkDocs writes them."""
    if use_directory_urls:
        return f"{path}/index.html", urllib.parse.quote(f"{path}/")
    return f"{path}.html", urllib.parse.quote(f"{path}.html")


def redirect_page(target: str, title: str, locale: str) -> str:
    """A page that sends readers to `target` (relative to it) at once, and tells search
    engines the post lives there. Every value is escaped."""
    href, name = escape(target), escape(title)
    language = escape(locale.replace("_", "-"))
    return (
        f'<!doctype html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{name}</title>"
        f'<link rel="canonical" href="{href}"><meta name="robots" content="noindex">'
        f'<meta http-equiv="refresh" content="0; url={href}"></head>'
        f'<body><p><a href="{href}">{name}</a></p></body></html>\n'
    )
