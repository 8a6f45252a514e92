"""date_from_path: the day and slug a post's path names by Jekyll's and Docusaurus' rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.dialects.filenames import PathDate, date_from_path

AUG_25 = dt.date(2024, 8, 25)


@pytest.mark.parametrize(
    ("src_uri", "expected"),
    [
        pytest.param("2024-08-25-my-first-post.md", PathDate(AUG_25, "my-first-post"), id="jekyll"),
        pytest.param(
            "_posts/2024-08-25-my-first-post.markdown",
            PathDate(AUG_25, "my-first-post"),
            id="jekyll-markdown",
        ),
        pytest.param("blog/2024-08-25-post.mdx", PathDate(AUG_25, "post"), id="docusaurus-mdx"),
        pytest.param(
            "blog/2024-08-25-post/index.md", PathDate(AUG_25, "post"), id="docusaurus-folder"
        ),
        pytest.param(
            "2024-08-25-post/index.mdx", PathDate(AUG_25, "post"), id="docusaurus-folder-mdx"
        ),
        pytest.param("2024-08-25/post.md", PathDate(AUG_25, "post"), id="date-folder"),
        pytest.param("2024/08/25/post.md", PathDate(AUG_25, "post"), id="nested-date-folders"),
        pytest.param("2024/08-25-post.md", PathDate(AUG_25, "post"), id="partly-nested"),
        pytest.param("2024/08/25-post.md", PathDate(AUG_25, "post"), id="year-month-folders"),
        pytest.param(
            "posts/2024/08/25/post/index.md", PathDate(AUG_25, "post"), id="nested-post-folder"
        ),
        pytest.param("2024-8-5-post.md", PathDate(dt.date(2024, 8, 5), "post"), id="one-digit"),
        pytest.param("2024-02-29-leap.md", PathDate(dt.date(2024, 2, 29), "leap"), id="leap-day"),
        pytest.param("2024-08-25-v1.2-is-out.md", PathDate(AUG_25, "v1.2-is-out"), id="dots"),
        pytest.param("2024-08-25-Café au lait.md", PathDate(AUG_25, "Café au lait"), id="as-is"),
        pytest.param("2024-08-25-post.MD", PathDate(AUG_25, "post"), id="upper-case-extension"),
        pytest.param("2024-08-25-index.md", PathDate(AUG_25, "index"), id="jekyll-index-post"),
        pytest.param(
            "2021-05-28-old/2024-08-25-new.md", PathDate(AUG_25, "new"), id="nearest-date-wins"
        ),
        pytest.param(
            "2021/05/28/2024-08-25-new.md", PathDate(AUG_25, "new"), id="name-over-folders"
        ),
    ],
)
def test_dated_paths(src_uri: str, expected: PathDate) -> None:
    assert date_from_path(src_uri) == expected


@pytest.mark.parametrize(
    "src_uri",
    [
        pytest.param("my-first-post.md", id="no-date"),
        pytest.param("2023-02-30-x.md", id="february-30"),
        pytest.param("2023-02-29-x.md", id="not-a-leap-year"),
        pytest.param("2024-13-01-x.md", id="month-13"),
        pytest.param("2024-00-10-x.md", id="month-0"),
        pytest.param("2024/02/30/x.md", id="impossible-in-folders"),
        pytest.param("2024-08-25.md", id="no-name"),
        pytest.param("2024-08-25-.md", id="empty-name"),
        pytest.param("2024/08/25/index.md", id="index-in-date-folders"),
        pytest.param("2024-08-25/index.md", id="index-in-date-folder"),
        pytest.param("24-08-25-x.md", id="two-digit-year"),
        pytest.param("x2024-08-25-x.md", id="date-inside-a-word"),
        pytest.param("2024-08-25_x.md", id="underscore"),
        pytest.param("2024.08.25-x.md", id="dots-between"),
        pytest.param("2024-08-25-x.txt", id="not-markdown"),
        pytest.param("2024-08-25-x.md.bak", id="backup"),
        pytest.param("2024-08-25-x/notes.md", id="not-the-post-folder-s-index"),
        pytest.param("2024-08-25/notes/post.md", id="date-two-folders-up"),
        pytest.param("2024/notes/post.md", id="year-folder-only"),
        pytest.param("", id="empty"),
    ],
)
def test_paths_naming_no_day(src_uri: str) -> None:
    assert date_from_path(src_uri) is None


def test_a_path_date_is_frozen() -> None:
    found = date_from_path("2024-08-25-post.md")
    assert found is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.slug = "other"  # type: ignore[misc]


SLUGS = st.text(st.characters(exclude_characters="/"), min_size=1).filter(
    lambda slug: slug.lower() != "index"
)
FOLDERS = st.lists(st.sampled_from(["blog", "posts", "_posts", "2019", "a b"]), max_size=3)


def _shapes(day: dt.date, slug: str) -> list[str]:
    """`day` and `slug` in every shape the module documents."""
    y, m, d = f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}"
    return [
        f"{y}-{m}-{d}-{slug}.md",
        f"{y}-{m}-{d}-{slug}.markdown",
        f"{y}-{m}-{d}-{slug}.mdx",
        f"{y}-{m}-{d}-{slug}/index.md",
        f"{y}-{m}-{d}/{slug}.md",
        f"{y}/{m}/{d}/{slug}.md",
        f"{y}/{m}-{d}-{slug}.md",
        f"{y}/{m}/{d}-{slug}.md",
        f"{y}/{m}/{d}/{slug}/index.md",
        f"{y}-{day.month}-{day.day}-{slug}.md",
    ]


@given(st.dates(), SLUGS, FOLDERS, st.integers(0, 9))
def test_every_shape_round_trips(day: dt.date, slug: str, folders: list[str], shape: int) -> None:
    path = "/".join([*folders, _shapes(day, slug)[shape]])
    assert date_from_path(path) == PathDate(day, slug)


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31), SLUGS)
def test_numbers_that_name_no_day_give_none(year: int, month: int, day: int, slug: str) -> None:
    try:
        expected: PathDate | None = PathDate(dt.date(year, month, day), slug)
    except ValueError:
        expected = None
    assert date_from_path(f"{year:04d}-{month:02d}-{day:02d}-{slug}.md") == expected


@given(st.text(st.characters(exclude_characters="0123456789")))
def test_a_path_without_digits_names_no_day(src_uri: str) -> None:
    assert date_from_path(src_uri) is None
