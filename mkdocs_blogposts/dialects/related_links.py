"""Material's `links` front matter: further reading listed below a post.

A link is a page of the site (a Markdown path, relative to the post as in its Markdown, or
to the docs folder as in Material's navigation-style `links`, with an optional `#anchor`)
or an http(s) URL; each may have a title (`- Setup: setup/blog.md`), else a page shows its
title (a post's) or a name made from its file, and a URL shows itself.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Container
from dataclasses import dataclass

from ..model import Post
from ..problems import Problem, show
from ..urls import is_safe_link


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """One resolved link: either a docs path (`src_uri`, with `anchor`) or an `external` URL."""

    title: str
    src_uri: str | None = None
    anchor: str = ""
    external: str | None = None


def resolve_links(
    post: Post,
    docs_files: Container[str],
    title_of: Callable[[str], str | None],
) -> tuple[list[RelatedLink], list[Problem]]:
    """The post's `links`, resolved; a target that is neither a file of the site nor a safe
    URL is one problem and left out. O(links)."""
    links: list[RelatedLink] = []
    problems: list[Problem] = []
    base = posixpath.dirname(post.src_uri)
    for title, target in post.links:
        if "://" in target or target.startswith("mailto:"):
            if is_safe_link(target):
                links.append(RelatedLink(title or target, external=target))
                continue
        else:
            path, _, anchor = target.partition("#")
            src_uri = _find(path, base, docs_files)
            if src_uri is not None:
                name = title or title_of(src_uri) or _name_of(src_uri)
                links.append(RelatedLink(name, src_uri=src_uri, anchor=anchor))
                continue
        problems.append(
            Problem(
                post.src_uri,
                post.links_line,
                f"links: {show(target)} is neither a Markdown file of the site (relative to "
                "the post or to the docs folder) nor an http(s) URL; left out",
            )
        )
    return links, problems


def _find(path: str, base: str, docs_files: Container[str]) -> str | None:
    """`path` relative to the post's folder, else to the docs folder (`/`-paths too)."""
    if not path:
        return None
    candidates = [posixpath.normpath(path.lstrip("/"))]
    if not path.startswith("/"):
        candidates.insert(0, posixpath.normpath(posixpath.join(base, path)))
    return next((c for c in candidates if not c.startswith("../") and c in docs_files), None)


def _name_of(src_uri: str) -> str:
    """A page's name from its file, as MkDocs names a page without a title."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    if stem.lower() in ("index", "readme"):
        stem = posixpath.basename(posixpath.dirname(src_uri)) or stem
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or src_uri
