"""The "latest posts" block: the newest posts of the blog placed in any Markdown page.

A page asks for it with an HTML comment on a line of its own, which Markdown passes through
unchanged and which shows nothing where the plugin is off::

    <!-- blogposts latest -->
    <!-- blogposts latest count=5 category="Studio tips" layout=list -->

Keys: `count` (a whole number from 1, default 3), one of `category`, `tag` or `author` (a
label as posts write it, or a slug; an author by registry slug) to narrow the posts,
`layout` (`cards`, the default, or `list`: title and date), and, in a site with several
blogs, `blog` (the blog's `blog_dir`; without it, the first blog in `mkdocs.yml`). The
comment is replaced when the page renders, after every post is read, so the block is as new
as the listings.

This module only reads the comments (no MkDocs): `find_blocks` gives each block's request
or what is wrong with it, and `select_posts` the posts a request shows.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from . import fences
from .catalog import Catalog
from .listings import Layout
from .model import Category, Post
from .problems import Problem, show
from .slugs import slugify

MARKER = "<!-- blogposts latest"
"""How every block starts; a page without it costs one substring search."""

_BLOCK = re.compile(r"^[ \t]*<!--[ \t]+blogposts[ \t]+latest\b(.*?)-->[ \t]*$", re.MULTILINE)
LAYOUTS = ("cards", "list")
FILTERS = ("category", "tag", "author")
DEFAULT_COUNT = 3
_ACCEPTED = (
    "count=<number from 1>, one of category=/tag=/author=<name>, layout=cards|list, "
    "blog=<blog_dir> (in a site with several blogs), "
    'e.g. <!-- blogposts latest count=5 category="Studio tips" -->'
)


@dataclass(frozen=True, slots=True)
class LatestRequest:
    """What one block asks for."""

    comment: str
    """The comment exactly as written, which the rendered block replaces in the page."""
    count: int = DEFAULT_COUNT
    layout: str = "cards"
    taxonomy: str | None = None
    """`category`, `tag` or `author` when the block shows the posts of one; None: all."""
    name: str | None = None
    """The category, tag or author the block is narrowed to, as written."""
    line: int | None = field(default=None, compare=False)
    """The block's line in the page's file, for warnings."""
    blog: str | None = None
    """The `blog_dir` of the blog it shows, in a site with several; None: the first blog."""


def find_blocks(src_uri: str, markdown: str, source: str = "") -> Iterator[LatestRequest | Problem]:
    """Every block in `markdown` (a page's Markdown as MkDocs renders it): its request, or
    the problem with it (then the block is left out of the page). Lines are found in
    `source`, the page file's text, which includes the front matter `markdown` lacks."""
    if MARKER not in markdown:
        return
    searched_from = 0
    code = fences.code_line_offsets(markdown)
    for match in _BLOCK.finditer(markdown):
        if match.start() in code:  # a match starts its line, which `lines` also cuts there
            continue  # an example of a block, shown as code: not a block
        comment = match.group(0).strip()
        line = None
        found = source.find(comment, searched_from)
        if found != -1:
            line = source.count("\n", 0, found) + 1
            searched_from = found + len(comment)
        try:
            yield replace(_request(comment, match.group(1)), line=line)
        except ValueError as error:
            yield Problem(src_uri, line, f"latest posts block {error}; accepted: {_ACCEPTED}")


def _request(comment: str, arguments: str) -> LatestRequest:
    try:
        words = shlex.split(arguments)
    except ValueError as error:  # an unclosed quote
        raise ValueError(f"{show(arguments.strip())} cannot be read ({error})") from None
    count, layout = DEFAULT_COUNT, "cards"
    taxonomy: str | None = None
    name: str | None = None
    blog: str | None = None
    for word in words:
        key, equals, value = word.partition("=")
        if not equals:
            raise ValueError(f"has {show(word)}, which is not key=value")
        if key == "count":
            if not value.isdigit() or int(value) < 1:
                raise ValueError(f"count {show(value)} is not a whole number from 1")
            count = int(value)
        elif key == "layout":
            if value not in LAYOUTS:
                raise ValueError(f"layout {show(value)} is not one of {', '.join(LAYOUTS)}")
            layout = value
        elif key in FILTERS:
            if taxonomy is not None:
                raise ValueError(f"names both {taxonomy} and {key}; one of them is allowed")
            if not value.strip():
                raise ValueError(f"{key} is empty")
            taxonomy, name = key, value.strip()
        elif key == "blog":
            blog = value.strip().strip("/")
        else:
            raise ValueError(f"has the unknown key {show(key)}")
    return LatestRequest(comment, count, layout, taxonomy, name, blog=blog)


def select_posts(
    catalog: Catalog, request: LatestRequest, src_uri: str
) -> tuple[Sequence[Post], Problem | None]:
    """The posts `request` shows, newest first (undated ones only after every dated one),
    and a problem when it names a category, tag or author with no posts."""
    if request.taxonomy is None or request.name is None:
        return catalog.posts[: request.count], None
    if request.taxonomy == "author":
        index, slug = catalog.posts_by_author, request.name
        known = sorted(catalog.posts_by_author)
    elif request.taxonomy == "category":
        index, slug = catalog.posts_by_category, slugify(request.name)
        known = [category.label for category in catalog.categories.values()]
    else:
        index, slug = catalog.posts_by_tag, slugify(request.name)
        known = [tag.label for tag in catalog.tags.values()]
    posts = index.get(slug)
    if posts is None:
        names = ", ".join(show(name) for name in known[:10]) or "none yet"
        more = ", ..." if len(known) > 10 else ""
        return (), Problem(
            src_uri,
            request.line,
            f"latest posts block: {request.taxonomy} {show(request.name)} has no posts; "
            f"the block shows none (known: {names}{more})",
        )
    return posts[: request.count], None


def unknown_blog(src_uri: str, request: LatestRequest, blog_dirs: Sequence[str]) -> Problem:
    """The problem with a block naming a blog the site doesn't have."""
    known = ", ".join(show(blog) for blog in blog_dirs)
    return Problem(
        src_uri,
        request.line,
        f"latest posts block: blog {show(request.blog or '')} is no blog of this site; the "
        f"block shows nothing (blog= takes a blog's blog_dir: {known})",
    )


def more_src_uri(
    request: LatestRequest, layout: Layout, author_pages: Mapping[str, str], blog_src_uri: str
) -> str:
    """Docs path of the listing a block's "more" link leads to: the category's, tag's or
    author's page, else the blog index."""
    if request.taxonomy == "category" and request.name:
        return layout.category_src_uri(Category(slugify(request.name), request.name))
    if request.taxonomy == "tag" and request.name:
        return layout.tag_src_uri(Category(slugify(request.name), request.name))
    if request.taxonomy == "author" and request.name:
        return author_pages.get(request.name, blog_src_uri)
    return blog_src_uri
