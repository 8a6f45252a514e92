"""parse_date: explicit, ordered formats; YAML dates; ISO date-times; helpful errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.dates import (
    DEFAULT_DATE_FORMATS,
    DateError,
    date_format_problem,
    parse_date,
)

UTC = dt.timezone.utc
PLUS_2 = dt.timezone(dt.timedelta(hours=2))
MINUS_5 = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("08/10/2021", dt.datetime(2021, 8, 10), id="seed-format"),
        pytest.param("10/6/2024", dt.datetime(2024, 10, 6), id="unpadded-month-day"),
        pytest.param("1/2/2023", dt.datetime(2023, 1, 2), id="single-digits"),
        pytest.param("  08/10/2021  ", dt.datetime(2021, 8, 10), id="surrounding-spaces"),
        pytest.param("12/31/1999", dt.datetime(1999, 12, 31), id="last-day-of-year"),
        pytest.param("02/29/2024", dt.datetime(2024, 2, 29), id="leap-day"),
        pytest.param("2021-08-10", dt.datetime(2021, 8, 10), id="iso-date"),
        pytest.param("2024-10-06T09:30:00", dt.datetime(2024, 10, 6, 9, 30), id="iso-datetime"),
        pytest.param("2024-10-06 09:30", dt.datetime(2024, 10, 6, 9, 30), id="iso-space-no-secs"),
        pytest.param("2024-10-06T09:30:00Z", dt.datetime(2024, 10, 6, 9, 30), id="iso-zulu"),
        pytest.param("2024-10-06T09", dt.datetime(2024, 10, 6, 9), id="iso-hour-only"),
        pytest.param(
            "2024-10-06T09:30:00+02:00", dt.datetime(2024, 10, 6, 9, 30), id="iso-plus-offset"
        ),
        pytest.param(
            "2024-10-06T23:30:00-05:00", dt.datetime(2024, 10, 6, 23, 30), id="iso-minus-offset"
        ),
    ],
)
def test_parses_strings(value: str, expected: dt.datetime) -> None:
    result = parse_date(value)
    assert result == expected
    assert result.tzinfo is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(dt.date(2021, 8, 10), dt.datetime(2021, 8, 10), id="yaml-date"),
        pytest.param(
            dt.datetime(2021, 8, 10, 9, 30, 15), dt.datetime(2021, 8, 10, 9, 30, 15), id="naive"
        ),
        pytest.param(
            dt.datetime(2021, 8, 10, 9, 30, tzinfo=UTC), dt.datetime(2021, 8, 10, 9, 30), id="utc"
        ),
        pytest.param(
            dt.datetime(2021, 8, 10, 23, 30, tzinfo=MINUS_5),
            dt.datetime(2021, 8, 10, 23, 30),
            id="wall-clock-kept-not-converted-to-utc",
        ),
        pytest.param(
            dt.datetime(2021, 8, 10, 0, 30, tzinfo=PLUS_2),
            dt.datetime(2021, 8, 10, 0, 30),
            id="early-morning-stays-on-its-day",
        ),
    ],
)
def test_yaml_date_and_datetime_values(value: dt.date, expected: dt.datetime) -> None:
    result = parse_date(value)
    assert result == expected
    assert result.tzinfo is None
    assert type(result) is dt.datetime


@pytest.mark.parametrize(
    ("value", "formats", "expected"),
    [
        pytest.param("08/10/2021", ["%d/%m/%Y"], dt.datetime(2021, 10, 8), id="day-first-only"),
        pytest.param(
            "08/10/2021", ["%d/%m/%Y", "%m/%d/%Y"], dt.datetime(2021, 10, 8), id="day-first-wins"
        ),
        pytest.param(
            "08/10/2021", ["%m/%d/%Y", "%d/%m/%Y"], dt.datetime(2021, 8, 10), id="month-first-wins"
        ),
        pytest.param(
            "15/10/2023", ["%m/%d/%Y", "%d/%m/%Y"], dt.datetime(2023, 10, 15), id="fallthrough"
        ),
        pytest.param("10.08.2021", ["%d.%m.%Y"], dt.datetime(2021, 8, 10), id="dotted"),
        pytest.param("August 10, 2021", ["%B %d, %Y"], dt.datetime(2021, 8, 10), id="words"),
        pytest.param(
            "2024-10-06T09:30:00", ["%d/%m/%Y"], dt.datetime(2024, 10, 6, 9, 30), id="iso-dt-always"
        ),
    ],
)
def test_custom_formats_are_tried_in_order(
    value: str, formats: list[str], expected: dt.datetime
) -> None:
    assert parse_date(value, formats) == expected


@pytest.mark.parametrize(
    ("value", "formats", "message"),
    [
        pytest.param(
            "15/10/2023",
            DEFAULT_DATE_FORMATS,
            "date '15/10/2023' matches none of %m/%d/%Y, %Y-%m-%d "
            "(add '%d/%m/%Y' to date_formats for day-first dates)",
            id="day-first-hint",
        ),
        pytest.param(
            "02/30/2021",
            DEFAULT_DATE_FORMATS,
            "date '02/30/2021' matches none of %m/%d/%Y, %Y-%m-%d (no such day in the calendar)",
            id="impossible-day",
        ),
        pytest.param(
            "2021-02-29",
            DEFAULT_DATE_FORMATS,
            "date '2021-02-29' matches none of %m/%d/%Y, %Y-%m-%d (no such day in the calendar)",
            id="not-a-leap-year",
        ),
        pytest.param(
            "soon",
            DEFAULT_DATE_FORMATS,
            "date 'soon' matches none of %m/%d/%Y, %Y-%m-%d (write it like 08/10/2021 or "
            "2021-08-10)",
            id="garbage",
        ),
        pytest.param(
            "  soon ",
            DEFAULT_DATE_FORMATS,
            "date 'soon' matches none of %m/%d/%Y, %Y-%m-%d (write it like 08/10/2021 or "
            "2021-08-10)",
            id="garbage-is-stripped-in-message",
        ),
        pytest.param(
            "",
            DEFAULT_DATE_FORMATS,
            "date '' matches none of %m/%d/%Y, %Y-%m-%d (write it like 08/10/2021 or 2021-08-10)",
            id="empty",
        ),
        pytest.param(
            "Tuesday T 10:00",
            DEFAULT_DATE_FORMATS,
            "date 'Tuesday T 10:00' matches none of %m/%d/%Y, %Y-%m-%d "
            "(write it like 08/10/2021 or 2021-08-10)",
            id="looks-like-a-time-but-is-not-iso",
        ),
        pytest.param(
            "10/15/2023",
            ["%d/%m/%Y"],
            "date '10/15/2023' matches none of %d/%m/%Y "
            "(add '%m/%d/%Y' to date_formats for month-first dates)",
            id="only-month-first-reads-it",
        ),
        pytest.param(
            "15/10/2023",
            ["%Y-%m-%d"],
            "date '15/10/2023' matches none of %Y-%m-%d "
            "(add '%d/%m/%Y' to date_formats for day-first dates)",
            id="only-day-first-reads-it",
        ),
        pytest.param(
            "08/10/2021",
            ["%Y-%m-%d"],
            "date '08/10/2021' matches none of %Y-%m-%d (08/10/2021 could be August 10 or "
            "8 October 2021; add '%m/%d/%Y' (month first) or '%d/%m/%Y' (day first) to "
            "date_formats)",
            id="ambiguous-shows-both-readings",
        ),
        pytest.param(
            "1/12/2021",
            ["%d.%m.%Y"],
            "date '1/12/2021' matches none of %d.%m.%Y (1/12/2021 could be January 12 or "
            "1 December 2021; add '%m/%d/%Y' (month first) or '%d/%m/%Y' (day first) to "
            "date_formats)",
            id="ambiguous-unpadded",
        ),
        pytest.param(
            "05/05/2022",
            ["%Y-%m-%d"],
            "date '05/05/2022' matches none of %Y-%m-%d "
            "(add '%m/%d/%Y' (month first) or '%d/%m/%Y' (day first) to date_formats)",
            id="same-day-either-way",
        ),
        pytest.param(
            "31/02/2021",
            ["%Y-%m-%d"],
            "date '31/02/2021' matches none of %Y-%m-%d (write it like 08/10/2021 or 2021-08-10)",
            id="neither-reading-is-a-day",
        ),
    ],
)
def test_unparseable_strings(value: str, formats: list[str], message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value, formats)
    assert str(caught.value) == message


def test_the_day_first_hint_never_leads_to_a_misreading() -> None:
    """Following the hint for a date both orders can read must not silently pick one."""
    with pytest.raises(DateError) as caught:
        parse_date("08/10/2021", ["%Y-%m-%d"])
    assert "(add '%d/%m/%Y' to date_formats" not in str(caught.value)
    assert "could be August 10 or 8 October 2021" in str(caught.value)


def test_strptime_time_zone_is_dropped_keeping_wall_clock() -> None:
    result = parse_date("2021-08-10 23:30 -0500", ["%Y-%m-%d %H:%M %z"])
    assert result == dt.datetime(2021, 8, 10, 23, 30)
    assert result.tzinfo is None


@pytest.mark.parametrize(
    ("date_format", "problem"),
    [
        ("%m/%d/%Y", None),
        ("%d %B %Y", None),
        ("%Y-%m-%dT%H:%M:%S%z", None),
        ("%Y-%m-%d %Z", None),
        ("%Q", "'Q' is a bad directive in format '%Q'"),
        ("%Y/%Y/%d", "it reads %Y twice"),
        ("%Y-%m", "it has no day"),
        ("%B %d", "it has no year"),
        ("%A", "it has no day, month or year"),
    ],
)
def test_date_format_problem(date_format: str, problem: str | None) -> None:
    assert date_format_problem(date_format) == problem


def test_date_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="matches none of"):
        parse_date("soon")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(2021, "date 2021 is an int, expected a date", id="int"),
        pytest.param(8.1, "date 8.1 is a float, expected a date", id="float"),
        pytest.param(["08/10/2021"], "date ['08/10/2021'] is a list, expected a date", id="list"),
        pytest.param(True, "date True is a bool, expected a date", id="bool"),
        pytest.param({"on": 1}, "date {'on': 1} is a dict, expected a date", id="dict"),
        pytest.param(None, "date None is a NoneType, expected a date", id="none"),
    ],
)
def test_non_string_non_date_values(value: object, message: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == f"{message} such as 08/10/2021 or 2021-08-10"


@pytest.mark.parametrize("value", ["10/6/24", "2021/08/10", "12/310/2021", "2/3/21"])
def test_wrong_shape_is_not_called_an_impossible_day(value: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert "no such day in the calendar" not in str(caught.value)


# strftime('%Y') does not zero-pad years below 1000 on glibc, and strptime's %Y wants 4 digits,
# so the month/day/year round trip is only meaningful for four-digit years.
@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_us_format_round_trips(day: dt.date) -> None:
    assert parse_date(day.strftime("%m/%d/%Y")) == dt.datetime.combine(day, dt.time())


@given(st.dates())
def test_iso_date_round_trips(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == dt.datetime.combine(day, dt.time())


@given(st.dates())
def test_yaml_date_round_trips(day: dt.date) -> None:
    assert parse_date(day).date() == day


@given(
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    st.sampled_from([None, UTC, PLUS_2, MINUS_5]),
)
def test_iso_datetime_round_trips_keeping_wall_clock(
    moment: dt.datetime, zone: dt.timezone | None
) -> None:
    aware = moment.replace(tzinfo=zone)
    assert parse_date(aware.isoformat()) == moment
    assert parse_date(aware) == moment


@pytest.mark.parametrize("value", ["02/30/2021", "2/30/2021", "2021-2-30", "2021-02-30"])
def test_an_impossible_day_in_a_configured_shape_is_called_one(value: str) -> None:
    # One digit for a two-digit field is the same shape (strptime reads 2/30 like 02/30).
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == (
        f"date {value!r} matches none of %m/%d/%Y, %Y-%m-%d (no such day in the calendar)"
    )


@pytest.mark.parametrize("value", ["2024-10-06T09:30:00z", "2024-10-06t09:30:00z"])
def test_a_lowercase_utc_suffix_is_read_like_z(value: str) -> None:
    # RFC 3339 allows `t` and `z` in lowercase; `t` was accepted already.
    assert parse_date(value) == dt.datetime(2024, 10, 6, 9, 30)
