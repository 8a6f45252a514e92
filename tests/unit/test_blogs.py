"""Several blogs in one site: which folders two blogs may not share."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.blogs import BlogFolders, overlaps
from mkdocs_blogposts.latest import LatestRequest, find_blocks


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        (("news", "blog"), ("tech", "engineering"), []),
        (("news", "blog"), ("newsletter", "blogroll"), []),  # a common prefix is no overlap
        (("news", "blog"), ("news", "engineering"), ["posts_dir 'news' and blog 2's posts_dir"]),
        (("news", "blog"), ("news/old", "old"), ["posts_dir 'news' and blog 2's posts_dir"]),
        (("news", "blog"), ("tech", "blog/tech"), ["blog_dir 'blog' and blog 2's blog_dir"]),
        (("news", "blog"), ("tech", "news/blog"), ["posts_dir 'news' and blog 2's blog_dir"]),
        (
            ("", "blog"),
            ("tech", "engineering"),
            ["posts_dir '(docs_dir)'", "posts_dir '(docs_dir)'"],
        ),
    ],
)
def test_two_blogs_may_not_share_a_folder(
    first: tuple[str, str], second: tuple[str, str], shared: list[str]
) -> None:
    problems = overlaps([BlogFolders(*first), BlogFolders(*second)])
    assert len(problems) == len(shared)
    for problem, start in zip(problems, shared, strict=True):
        assert problem.startswith(f"blog 1's {start}")


def test_one_blog_overlaps_nothing() -> None:
    assert overlaps([BlogFolders("", "")]) == []


def test_a_latest_block_may_name_its_blog_by_blog_dir() -> None:
    markdown = "<!-- blogposts latest blog=engineering/ count=2 -->\n<!-- blogposts latest -->\n"
    blocks = list(find_blocks("index.md", markdown))
    assert all(isinstance(block, LatestRequest) for block in blocks)
    assert [block.blog for block in blocks if isinstance(block, LatestRequest)] == [
        "engineering",
        None,
    ]
