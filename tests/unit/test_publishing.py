"""Which posts are published, and the build's time."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_blogposts.model import Post
from mkdocs_blogposts.publishing import DRAFT, SCHEDULED, build_time, status_of, unpublished

NOW = dt.datetime(2023, 11, 14, 22, 13, 20)


def test_source_date_epoch_fixes_the_build_time() -> None:
    assert build_time({"SOURCE_DATE_EPOCH": "1700000000"}) == NOW


@pytest.mark.parametrize("value", ["", "soon", "-5", "1.5"])
def test_a_source_date_epoch_that_is_not_whole_seconds_is_ignored(value: str) -> None:
    before = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    now = build_time({"SOURCE_DATE_EPOCH": value})
    assert before <= now <= dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("post", "future_posts", "status"),
    [
        (Post("a.md", "A", NOW), "draft", None),  # exactly now: published
        (Post("a.md", "A", NOW + dt.timedelta(seconds=1)), "draft", SCHEDULED),
        (Post("a.md", "A", NOW + dt.timedelta(days=1)), "publish", None),
        (Post("a.md", "A", NOW, draft=True), "publish", DRAFT),
        (Post("a.md", "A", NOW + dt.timedelta(days=1), draft=True), "draft", DRAFT),
        (Post("a.md", "A", None), "draft", None),  # undated: listed, never scheduled
    ],
)
def test_status_of_a_post(post: Post, future_posts: str, status: str | None) -> None:
    assert status_of(post, NOW, future_posts) == status


def test_unpublished_names_only_the_unpublished() -> None:
    posts = [
        Post("a.md", "A", NOW),
        Post("b.md", "B", NOW, draft=True),
        Post("c.md", "C", NOW + dt.timedelta(days=3)),
    ]
    assert unpublished(posts, NOW, "draft") == {"b.md": DRAFT, "c.md": SCHEDULED}
