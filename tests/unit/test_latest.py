"""Reading latest-posts blocks from a page's Markdown, and choosing their posts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.catalog import build_catalog
from mkdocs_blogposts.latest import LatestRequest, find_blocks, select_posts
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.problems import Problem


def _post(
    name: str,
    day: int | None,
    categories: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    author: str = "ana",
) -> Post:
    return Post(
        src_uri=f"posts/{name}.md",
        title=name,
        date=None if day is None else dt.datetime(2021, 1, day),
        author_slugs=(author,),
        categories=tuple(Category(c.lower(), c) for c in categories),
        tags=tuple(Category(t.lower(), t) for t in tags),
    )


CATALOG = build_catalog(
    [
        _post("a", 1, ("Design",), ("css",)),
        _post("b", 2, ("Design",)),
        _post("c", 3, (), ("css",), author="kenji"),
        _post("d", 4),
        _post("e", None, ("Design",)),
    ]
)


def _blocks(markdown: str, source: str | None = None) -> list[LatestRequest | Problem]:
    return list(find_blocks("index.md", markdown, markdown if source is None else source))


def test_a_page_without_blocks_has_none() -> None:
    assert _blocks("# Home\n\n<!-- a comment -->\n") == []


def test_a_bare_block_asks_for_three_cards_of_every_post() -> None:
    (block,) = _blocks("# Home\n\n<!-- blogposts latest -->\n")
    assert block == LatestRequest("<!-- blogposts latest -->", 3, "cards", None, None)
    assert isinstance(block, LatestRequest)
    assert [post.title for post in select_posts(CATALOG, block, "index.md")[0]] == ["d", "c", "b"]


def test_keys_narrow_count_and_lay_out_the_block() -> None:
    block_text = '<!-- blogposts latest count=5 category="Design" layout=list -->'
    text = f"---\ntitle: Home\n---\n\n  {block_text}\n"
    markdown = text.split("---\n", 2)[2]
    (block,) = _blocks(markdown, text)
    assert isinstance(block, LatestRequest)
    assert (block.count, block.layout, block.taxonomy, block.name, block.line) == (
        5,
        "list",
        "category",
        "Design",
        5,
    )
    posts, problem = select_posts(CATALOG, block, "index.md")
    assert problem is None
    # Undated posts come after every dated one, as on the listings.
    assert [post.title for post in posts] == ["b", "a", "e"]


@pytest.mark.parametrize(
    ("arguments", "titles"),
    [
        ("tag=CSS", ["c", "a"]),
        ("tag=css count=1", ["c"]),
        ("author=kenji", ["c"]),
        ("category='design'", ["b", "a", "e"]),
        ("count=10", ["d", "c", "b", "a", "e"]),
    ],
)
def test_each_filter_selects_its_posts_newest_first(arguments: str, titles: list[str]) -> None:
    (block,) = _blocks(f"<!-- blogposts latest {arguments} -->")
    assert isinstance(block, LatestRequest)
    posts, problem = select_posts(CATALOG, block, "index.md")
    assert problem is None
    assert [post.title for post in posts] == titles


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("count=0", "count '0' is not a whole number from 1"),
        ("count=two", "count 'two' is not a whole number from 1"),
        ("layout=grid", "layout 'grid' is not one of cards, list"),
        ("colour=red", "has the unknown key 'colour'"),
        ("five", "has 'five', which is not key=value"),
        ("tag=a category=b", "names both tag and category"),
        ('category="open', "cannot be read"),
        ("tag=", "tag is empty"),
    ],
)
def test_a_bad_block_is_one_problem_with_its_line(arguments: str, message: str) -> None:
    text = f"# Home\n\nText.\n\n<!-- blogposts latest {arguments} -->\n"
    (problem,) = _blocks(text)
    assert isinstance(problem, Problem)
    assert (problem.path, problem.line) == ("index.md", 5)
    assert message in problem.message
    assert "accepted: count=<number from 1>" in problem.message


def test_a_name_without_posts_shows_nothing_and_names_the_known_ones() -> None:
    (block,) = _blocks("x\n<!-- blogposts latest category=Photography -->\n")
    assert isinstance(block, LatestRequest)
    posts, problem = select_posts(CATALOG, block, "index.md")
    assert posts == ()
    assert problem is not None
    assert problem.line == 2
    assert "category 'Photography' has no posts" in problem.message
    assert "'Design'" in problem.message


def test_only_a_comment_on_its_own_line_is_a_block() -> None:
    text = "Write `<!-- blogposts latest -->` in a page.\n\n    <!-- blogposts latest -->x\n"
    assert _blocks(text) == []


def test_lines_follow_repeated_blocks_in_order() -> None:
    text = "<!-- blogposts latest -->\n\n<!-- blogposts latest -->\n"
    assert [block.line for block in _blocks(text) if isinstance(block, LatestRequest)] == [1, 3]


@given(st.text(max_size=80))
def test_any_arguments_give_a_request_or_a_problem(arguments: str) -> None:
    comment = f"<!-- blogposts latest {arguments.replace(chr(10), ' ')} -->"
    for block in _blocks(comment):
        if isinstance(block, LatestRequest):
            assert block.count >= 1
            assert block.layout in ("cards", "list")
            select_posts(CATALOG, block, "index.md")
        else:
            assert block.path == "index.md"
            assert block.line == 1


def test_a_block_shown_as_code_is_no_block() -> None:
    """Documentation that shows a block in a fenced code block (``` or ~~~, any length)
    asks for nothing and is never reported, even with a key that would be wrong."""
    markdown = (
        "Intro.\n\n"
        "```markdown\n<!-- blogposts latest blog=nowhere colour=red -->\n```\n\n"
        "~~~~\n<!-- blogposts latest count=zero -->\n```\nstill code\n~~~~\n\n"
        # A fence with an info string opens a block, never closes one.
        "```\n```python\n<!-- blogposts latest tag=x -->\n```\n\n"
        "<!-- blogposts latest count=2 -->\n\n"
        "````\nunclosed <!-- blogposts latest x -->\n"
        "<!-- blogposts latest count=9 -->\n"
    )
    found = _blocks(markdown)
    assert [block.count for block in found if isinstance(block, LatestRequest)] == [2]
    assert len(found) == 1
