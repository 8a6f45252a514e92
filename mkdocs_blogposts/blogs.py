"""Several blogs in one site: one instance of the plugin per blog, each with its own posts
and pages. The folders of two blogs must not overlap, or one blog would read the other's
posts (or its generated pages) as its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BlogFolders:
    """Where one blog reads its posts and writes its pages (both relative to `docs_dir`)."""

    posts_dir: str
    blog_dir: str


def overlaps(blogs: Sequence[BlogFolders]) -> list[str]:
    """What two blogs of the site share: a folder of one that is, or is inside, a folder of
    the other (`''`, the docs folder itself, holds every other). O(b²) in blogs, a handful."""
    problems = []
    for first, blog in enumerate(blogs):
        for second in range(first + 1, len(blogs)):
            other = blogs[second]
            pairs = [
                ("posts_dir", blog.posts_dir, "posts_dir", other.posts_dir),
                ("blog_dir", blog.blog_dir, "blog_dir", other.blog_dir),
                ("posts_dir", blog.posts_dir, "blog_dir", other.blog_dir),
                ("blog_dir", blog.blog_dir, "posts_dir", other.posts_dir),
            ]
            for name, folder, other_name, other_folder in pairs:
                if _nested(folder, other_folder):
                    problems.append(
                        f"blog {first + 1}'s {name} {folder or '(docs_dir)'!r} and blog "
                        f"{second + 1}'s {other_name} {other_folder or '(docs_dir)'!r} overlap; "
                        "give each blog folders of its own (posts_dir and blog_dir)"
                    )
    return problems


def _nested(folder: str, other: str) -> bool:
    """Whether one of two docs folders is the other or inside it."""
    if not folder or not other:
        return True
    return folder == other or folder.startswith(f"{other}/") or other.startswith(f"{folder}/")
