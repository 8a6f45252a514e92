"""PostCache and ExcerptCache: what lives between the builds of one `mkdocs serve`."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from mkdocs_blogposts.caches import ExcerptCache, PostCache
from mkdocs_blogposts.model import Post
from mkdocs_blogposts.problems import Problem

POST = Post("posts/a.md", "A", dt.datetime(2021, 8, 10))
PROBLEMS = (Problem("posts/a.md", 3, "date is odd"),)


def _cache_with_a_post(tmp_path: Path) -> tuple[PostCache, str]:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\n---\n", encoding="utf-8")
    cache = PostCache(enabled=True)
    cache.start_build("context")
    cache.put(POST.src_uri, str(path), cache.stamp(str(path)), POST, PROBLEMS)
    return cache, str(path)


def test_an_unchanged_file_gives_back_its_post_and_problems(tmp_path: Path) -> None:
    cache, path = _cache_with_a_post(tmp_path)
    cache.start_build("context")
    assert cache.get(POST.src_uri, path, cache.stamp(path)) == (POST, PROBLEMS)


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    cache, path = _cache_with_a_post(tmp_path)
    Path(path).write_text("---\ntitle: B\n---\n", encoding="utf-8")
    status = os.stat(path)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1))  # same size, new time
    assert cache.get(POST.src_uri, path, cache.stamp(path)) is None


def test_another_path_for_the_same_page_is_read_again(tmp_path: Path) -> None:
    cache, path = _cache_with_a_post(tmp_path)
    other = tmp_path / "b.md"
    other.write_bytes(Path(path).read_bytes())
    assert cache.get(POST.src_uri, str(other), cache.stamp(str(other))) is None


def test_a_new_context_forgets_every_post(tmp_path: Path) -> None:
    cache, path = _cache_with_a_post(tmp_path)
    cache.start_build("other context")
    assert cache.get(POST.src_uri, path, cache.stamp(path)) is None
    assert cache.entries == {}


def test_posts_that_are_gone_are_forgotten(tmp_path: Path) -> None:
    cache, _ = _cache_with_a_post(tmp_path)
    cache.keep_only({"posts/other.md"})
    assert cache.entries == {}


def test_off_missing_or_in_memory_files_have_no_stamp(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("x", encoding="utf-8")
    assert PostCache().stamp(str(path)) is None
    assert PostCache(enabled=True).stamp(str(tmp_path / "missing.md")) is None
    assert PostCache(enabled=True).stamp(None) is None
    cache = PostCache(enabled=True)
    cache.put(POST.src_uri, str(path), None, POST, ())
    assert cache.entries == {}


def test_excerpts_of_posts_that_are_gone_or_of_another_site_are_dropped() -> None:
    excerpts = ExcerptCache()
    excerpts.keep_only("/site/docs", set())
    excerpts.entries = {"posts/a.md": ("posts/a/", "<p>A</p>"), "posts/b.md": ("posts/b/", "")}
    excerpts.keep_only("/site/docs", {"posts/a.md"})
    assert list(excerpts.entries) == ["posts/a.md"]
    excerpts.keep_only("/other/docs", {"posts/a.md"})
    assert excerpts.entries == {}
