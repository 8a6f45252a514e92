"""posts_by_year and months: dated posts grouped newest first, months named in the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from mkdocs_blogposts.archive import Month, months, posts_by_year
from mkdocs_blogposts.model import Post


def make_post(name: str, date: dt.datetime | None) -> Post:
    return Post(src_uri=f"posts/{name}.md", title=name, date=date)


def names(posts: Sequence[Post]) -> list[str]:
    return [post.src_uri.removeprefix("posts/").removesuffix(".md") for post in posts]


NEW_YEAR = make_post("new-year", dt.datetime(2024, 1, 1, 0, 0))
NEW_YEARS_EVE = make_post("new-years-eve", dt.datetime(2023, 12, 31, 23, 59))


def test_posts_by_year_newest_year_first_in_given_order() -> None:
    dated = [
        make_post("aug-24", dt.datetime(2024, 8, 10)),
        make_post("mar-24", dt.datetime(2024, 3, 1)),
        make_post("dec-22", dt.datetime(2022, 12, 5)),
        make_post("jan-22", dt.datetime(2022, 1, 5)),
        make_post("jan-20", dt.datetime(2020, 1, 5)),
    ]
    by_year = posts_by_year(dated)
    assert list(by_year) == [2024, 2022, 2020]
    assert {year: names(posts) for year, posts in by_year.items()} == {
        2024: ["aug-24", "mar-24"],
        2022: ["dec-22", "jan-22"],
        2020: ["jan-20"],
    }


def test_posts_by_year_sorts_years_given_out_of_order() -> None:
    old, new = make_post("old", dt.datetime(2001, 5, 1)), make_post("new", dt.datetime(2002, 5, 1))
    assert list(posts_by_year([old, new])) == [2002, 2001]


def test_year_boundary() -> None:
    by_year = posts_by_year([NEW_YEAR, NEW_YEARS_EVE])
    assert by_year == {2024: (NEW_YEAR,), 2023: (NEW_YEARS_EVE,)}
    assert [(m.year, m.month, m.posts) for m in months([NEW_YEAR, NEW_YEARS_EVE], "en")] == [
        (2024, 1, (NEW_YEAR,)),
        (2023, 12, (NEW_YEARS_EVE,)),
    ]


def test_months_newest_first_in_given_order() -> None:
    later = make_post("aug-10-evening", dt.datetime(2021, 8, 10, 18))
    earlier = make_post("aug-10-morning", dt.datetime(2021, 8, 10, 9))
    first = make_post("aug-1", dt.datetime(2021, 8, 1))
    march = make_post("mar-5", dt.datetime(2021, 3, 5))
    assert months([later, earlier, first, march], "en") == [
        Month(2021, 8, "August", (later, earlier, first)),
        Month(2021, 3, "March", (march,)),
    ]


@pytest.mark.parametrize(
    ("locale", "august", "march"),
    [
        ("en", "August", "March"),
        ("de", "August", "März"),
        pytest.param("ru", "август", "март", id="ru-standalone-not-genitive"),
        pytest.param("fi", "elokuu", "maaliskuu", id="fi-standalone-not-partitive"),
        ("pt_BR", "agosto", "março"),
    ],
)
def test_month_names_stand_alone_in_the_locale(locale: str, august: str, march: str) -> None:
    posts = [make_post("aug", dt.datetime(2021, 8, 10)), make_post("mar", dt.datetime(2021, 3, 1))]
    assert [month.name for month in months(posts, locale)] == [august, march]


def test_undated_posts_are_skipped() -> None:
    undated = make_post("undated", None)
    dated = make_post("dated", dt.datetime(2021, 8, 10))
    assert posts_by_year([undated, dated, undated]) == {2021: (dated,)}
    assert months([undated, dated], "en") == [Month(2021, 8, "August", (dated,))]
    assert posts_by_year([undated]) == {}
    assert months([undated], "en") == []


def test_nothing_to_group() -> None:
    assert posts_by_year([]) == {}
    assert months([], "de") == []
