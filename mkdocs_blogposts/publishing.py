"""Which posts are published: drafts and scheduled posts, and the build's "now".

A post is unpublished when its front matter says `draft: true` (or Jekyll's
`published: false`), when its date is after the build's time and the `future_posts` option
is `draft` (the default), or when Hugo's `expiryDate` is past. `mkdocs build`
leaves no trace of an unpublished post; `mkdocs serve` shows it in place, with a badge,
unless the `drafts` option is off. This module decides; `BlogSite` applies it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping

from .model import Post

DRAFT, SCHEDULED, EXPIRED = "draft", "scheduled", "expired"


def build_time(environ: Mapping[str, str] = os.environ) -> dt.datetime:
    """The build's "now", in UTC without a time zone (post dates are wall-clock times as
    written): `SOURCE_DATE_EPOCH` when set, as packagers and reproducible builds set it,
    else the current time. A value that is not a whole number of seconds is ignored."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def status_of(post: Post, now: dt.datetime, future_posts: str) -> str | None:
    """`draft`, `scheduled` (dated after `now`, with `future_posts: draft`), `expired` (Hugo's
    `expiryDate` is past) or None when the post is published."""
    if post.draft:
        return DRAFT
    if post.expires is not None and post.expires <= now:
        return EXPIRED
    if future_posts == DRAFT and post.date is not None and post.date > now:
        return SCHEDULED
    return None


def unpublished(posts: Iterable[Post], now: dt.datetime, future_posts: str) -> dict[str, str]:
    """Docs path -> status of every post that is not published. O(n)."""
    statuses: dict[str, str] = {}
    for post in posts:
        status = status_of(post, now, future_posts)
        if status is not None:
            statuses[post.src_uri] = status
    return statuses
