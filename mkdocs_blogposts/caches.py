"""What the plugin keeps between the builds of one `mkdocs serve`; everything else is per build.

Both caches are plain data keyed by docs paths, free of MkDocs, and forget the posts that
no longer exist at every build, so nothing accumulates however long `mkdocs serve` runs.
"""

from __future__ import annotations

import os
from collections.abc import Container, Hashable
from dataclasses import dataclass, field
from typing import Any

from .model import Post
from .problems import Problem

Stamp = tuple[int, int, int]
"""A file's modification time (ns), size and inode: a save changes at least one of them (an
editor that saves by renaming a new file changes the inode)."""


@dataclass
class ExcerptCache:
    """Excerpts cut from posts' rendered HTML, kept between builds of one `mkdocs serve`.

    Under `mkdocs serve --dirty` MkDocs re-renders only the posts that changed; the others'
    excerpts come from here, so untouched posts never disappear from listings. Entries of
    posts that no longer exist are dropped at every build: nothing accumulates.
    """

    docs_dir: str = ""
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Post src_uri -> (post page URL, excerpt HTML with URLs relative to that page)."""
    marked: set[str] = field(default_factory=set)
    """Posts whose excerpt ends at a marker their author wrote: it wins over `description`."""
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Post src_uri -> (post page URL, its whole HTML): only for the posts some feed holds
    (at most `feed_entries` per feed), never every post: memory stays that of a plain build."""

    def keep_only(self, docs_dir: str, src_uris: Container[str]) -> None:
        if docs_dir != self.docs_dir:
            self.docs_dir, self.entries, self.bodies, self.marked = docs_dir, {}, {}, set()
        _keep_only(self.entries, src_uris)
        _keep_only(self.bodies, src_uris)
        self.marked.intersection_update(self.entries)

    def keep_only_bodies(self, src_uris: Container[str]) -> None:
        """Forget the HTML of posts no feed holds any more."""
        _keep_only(self.bodies, src_uris)


@dataclass
class PostCache:
    """Posts read by an earlier build of this `mkdocs serve`, reused while unchanged.

    Under `mkdocs serve` every save rebuilds the whole site; reading every post's front
    matter again is a few percent of each rebuild at any blog size. A post is read again
    when its file's stamp changes; every post is, when anything else `read_post` depends on
    changes (`context`: the settings, the registry's slugs, the site's files other than
    Markdown pages, against which image paths are checked). A post's problems are kept
    with it and logged by every build, so `--strict` and the terminal show them each time.

    Off (`enabled` false) for `mkdocs build`, which reads each post once anyway.
    """

    enabled: bool = False
    context: Hashable = None
    entries: dict[str, tuple[str, Stamp, Post, tuple[Problem, ...]]] = field(default_factory=dict)
    """Post src_uri -> (absolute path, stamp, post, its problems)."""

    def start_build(self, context: Hashable) -> None:
        """Forget every post if `context` differs from the previous build's."""
        if context != self.context:
            self.context, self.entries = context, {}

    def stamp(self, path: str | None) -> Stamp | None:
        """The stamp of the file at `path` now; None when off, in memory or unreadable."""
        if not self.enabled or path is None:
            return None
        try:
            status = os.stat(path)
        except OSError:
            return None
        return (status.st_mtime_ns, status.st_size, status.st_ino)

    def get(
        self, src_uri: str, path: str | None, stamp: Stamp | None
    ) -> tuple[Post, tuple[Problem, ...]] | None:
        """The post read from `path` when it had this `stamp`, if it was read then."""
        entry = self.entries.get(src_uri)
        if stamp is None or entry is None or entry[:2] != (path, stamp):
            return None
        return entry[2], entry[3]

    def put(
        self,
        src_uri: str,
        path: str | None,
        stamp: Stamp | None,
        post: Post,
        problems: tuple[Problem, ...],
    ) -> None:
        """Remember `post`, read from `path` as it was at `stamp` (taken before reading)."""
        if stamp is not None and path is not None:
            self.entries[src_uri] = (path, stamp, post, problems)

    def keep_only(self, src_uris: Container[str]) -> None:
        """Forget the posts that are gone."""
        _keep_only(self.entries, src_uris)


def _keep_only(entries: dict[str, Any], src_uris: Container[str]) -> None:
    """Drop the entries of posts not in `src_uris`, in place. O(entries)."""
    for src_uri in [uri for uri in entries if uri not in src_uris]:
        del entries[src_uri]
