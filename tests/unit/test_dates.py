"""parse_date: explicit, ordered formats; YAML dates; ISO date-times and their offsets; English
dates with the month in words; helpful errors."""

from __future__ import annotations

import datetime as dt
import locale
from collections.abc import Callable, Iterator

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
PLUS_5_30 = dt.timezone(dt.timedelta(hours=5, minutes=30))
HINT = "(write it like 08/10/2021, 2021-08-10 or Aug 10, 2021)"


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
        pytest.param("2024-10-06T09", dt.datetime(2024, 10, 6, 9), id="iso-hour-only"),
        pytest.param("2024-10-06 9:05", dt.datetime(2024, 10, 6, 9, 5), id="yaml-one-digit-hour"),
        pytest.param(
            "2024-10-06T09:30:00.5", dt.datetime(2024, 10, 6, 9, 30, 0, 500000), id="fraction"
        ),
        pytest.param(
            "2024-10-06T09:30:00.1234567",
            dt.datetime(2024, 10, 6, 9, 30, 0, 123456),
            id="fraction-beyond-microseconds",
        ),
        pytest.param("25 Aug 2024", dt.datetime(2024, 8, 25), id="day-abbreviated-month"),
        pytest.param("25 August 2024", dt.datetime(2024, 8, 25), id="day-month"),
        pytest.param("Aug 25, 2024", dt.datetime(2024, 8, 25), id="abbreviated-month-day"),
        pytest.param("August 25, 2024", dt.datetime(2024, 8, 25), id="month-day"),
        pytest.param("Aug 25 2024", dt.datetime(2024, 8, 25), id="no-comma"),
        pytest.param("Sept 5, 2024", dt.datetime(2024, 9, 5), id="sept"),
        pytest.param("Aug. 5, 2024", dt.datetime(2024, 8, 5), id="abbreviation-dot"),
        pytest.param("AUGUST 25, 2024", dt.datetime(2024, 8, 25), id="upper-case"),
        pytest.param("aug 25 2024", dt.datetime(2024, 8, 25), id="lower-case"),
        pytest.param("August 25th, 2024", dt.datetime(2024, 8, 25), id="ordinal"),
        pytest.param("1st March 2024", dt.datetime(2024, 3, 1), id="ordinal-day-first"),
        pytest.param("May 22ND 2024", dt.datetime(2024, 5, 22), id="ordinal-upper-case"),
        pytest.param("Sun, 25 Aug 2024", dt.datetime(2024, 8, 25), id="rfc-2822-weekday"),
        pytest.param("Sunday, August 25, 2024", dt.datetime(2024, 8, 25), id="long-weekday"),
        pytest.param("Thurs Aug 29 2024", dt.datetime(2024, 8, 29), id="thurs"),
        pytest.param("Aug 25, 2024 10:30", dt.datetime(2024, 8, 25, 10, 30), id="words-time"),
        pytest.param(
            "25 Aug 2024 10:30:15", dt.datetime(2024, 8, 25, 10, 30, 15), id="words-seconds"
        ),
        pytest.param("Aug 25, 2024 10:30 AM", dt.datetime(2024, 8, 25, 10, 30), id="am"),
        pytest.param("Aug 25, 2024, 10:30 pm", dt.datetime(2024, 8, 25, 22, 30), id="pm"),
        pytest.param("Aug 25, 2024 10:30p.m.", dt.datetime(2024, 8, 25, 22, 30), id="p.m."),
        pytest.param("Aug 25, 2024 12:05 AM", dt.datetime(2024, 8, 25, 0, 5), id="midnight-am"),
        pytest.param("Aug 25, 2024 12:05 PM", dt.datetime(2024, 8, 25, 12, 5), id="noon-pm"),
    ],
)
def test_parses_strings(value: str, expected: dt.datetime) -> None:
    result = parse_date(value)
    assert result == expected
    assert result.tzinfo is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2024-10-06T09:30:00Z", dt.datetime(2024, 10, 6, 9, 30, tzinfo=UTC), id="Z"),
        pytest.param(
            "2024-10-06T09:30:00+02:00",
            dt.datetime(2024, 10, 6, 9, 30, tzinfo=PLUS_2),
            id="iso-plus-offset",
        ),
        pytest.param(
            "2024-10-06T23:30:00-05:00",
            dt.datetime(2024, 10, 6, 23, 30, tzinfo=MINUS_5),
            id="iso-minus-offset",
        ),
        pytest.param(
            "2024-01-02T15:04:05-07:00",
            dt.datetime(2024, 1, 2, 15, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
            id="hugo",
        ),
        pytest.param(
            "2013-05-06 02:12:52 +0200",
            dt.datetime(2013, 5, 6, 2, 12, 52, tzinfo=PLUS_2),
            id="jekyll-space-no-colon",
        ),
        pytest.param(
            "2013-05-06 02:12:52 -05:00",
            dt.datetime(2013, 5, 6, 2, 12, 52, tzinfo=MINUS_5),
            id="jekyll-space-colon",
        ),
        pytest.param(
            "2021-03-01T10:30:00+05:30",
            dt.datetime(2021, 3, 1, 10, 30, tzinfo=PLUS_5_30),
            id="half-hour-offset",
        ),
        pytest.param(
            "2021-03-01T10:30:00+0530",
            dt.datetime(2021, 3, 1, 10, 30, tzinfo=PLUS_5_30),
            id="iso-basic-offset",
        ),
        pytest.param(
            "2001-12-14 21:59:43.10 -5",
            dt.datetime(2001, 12, 14, 21, 59, 43, 100000, tzinfo=MINUS_5),
            id="yaml-spec-example",
        ),
        pytest.param(
            "2024-10-06 09:30:00 UTC", dt.datetime(2024, 10, 6, 9, 30, tzinfo=UTC), id="utc"
        ),
        pytest.param(
            "Sun, 25 Aug 2024 10:30:00 +0200",
            dt.datetime(2024, 8, 25, 10, 30, tzinfo=PLUS_2),
            id="rfc-2822",
        ),
        pytest.param(
            "Sun, 25 Aug 2024 10:30:00 GMT",
            dt.datetime(2024, 8, 25, 10, 30, tzinfo=UTC),
            id="rss-gmt",
        ),
        pytest.param(
            "August 25th, 2024 10:30 PM -05:00",
            dt.datetime(2024, 8, 25, 22, 30, tzinfo=MINUS_5),
            id="words-pm-offset",
        ),
    ],
)
def test_keeps_the_offset_written(value: str, expected: dt.datetime) -> None:
    result = parse_date(value)
    assert result == expected
    assert result.replace(tzinfo=None) == expected.replace(tzinfo=None)  # wall clock as written
    assert result.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(dt.date(2021, 8, 10), dt.datetime(2021, 8, 10), id="yaml-date"),
        pytest.param(
            dt.datetime(2021, 8, 10, 9, 30, 15), dt.datetime(2021, 8, 10, 9, 30, 15), id="naive"
        ),
    ],
)
def test_yaml_date_and_datetime_values(value: dt.date, expected: dt.datetime) -> None:
    result = parse_date(value)
    assert result == expected
    assert result.tzinfo is None
    assert type(result) is dt.datetime


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(dt.datetime(2021, 8, 10, 9, 30, tzinfo=UTC), id="utc"),
        pytest.param(
            dt.datetime(2021, 8, 10, 23, 30, tzinfo=MINUS_5), id="wall-clock-not-converted-to-utc"
        ),
        pytest.param(dt.datetime(2021, 8, 10, 0, 30, tzinfo=PLUS_2), id="early-morning"),
    ],
)
def test_an_aware_datetime_keeps_its_offset(value: dt.datetime) -> None:
    result = parse_date(value)
    assert result.replace(tzinfo=None) == value.replace(tzinfo=None)
    assert result.utcoffset() == value.utcoffset()


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
        pytest.param("2024-10-06", ["%d/%m/%Y"], dt.datetime(2024, 10, 6), id="iso-date-always"),
        pytest.param("Aug 10, 2021", ["%d/%m/%Y"], dt.datetime(2021, 8, 10), id="words-always"),
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
            "date 'soon' matches none of %m/%d/%Y, %Y-%m-%d " + HINT,
            id="garbage",
        ),
        pytest.param(
            "  soon ",
            DEFAULT_DATE_FORMATS,
            "date 'soon' matches none of %m/%d/%Y, %Y-%m-%d " + HINT,
            id="garbage-is-stripped-in-message",
        ),
        pytest.param(
            "",
            DEFAULT_DATE_FORMATS,
            "date '' matches none of %m/%d/%Y, %Y-%m-%d " + HINT,
            id="empty",
        ),
        pytest.param(
            "Tuesday T 10:00",
            DEFAULT_DATE_FORMATS,
            "date 'Tuesday T 10:00' matches none of %m/%d/%Y, %Y-%m-%d " + HINT,
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
            "date '31/02/2021' matches none of %Y-%m-%d " + HINT,
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


def test_a_strptime_time_zone_is_kept_with_the_wall_clock() -> None:
    result = parse_date("2021-08-10 23:30 -0500", ["%Y-%m-%d %H:%M %z"])
    assert result.replace(tzinfo=None) == dt.datetime(2021, 8, 10, 23, 30)
    assert result.utcoffset() == dt.timedelta(hours=-5)


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
    for result in (parse_date(aware.isoformat()), parse_date(aware)):
        assert result.replace(tzinfo=None) == moment
        assert result.utcoffset() == aware.utcoffset()


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
    result = parse_date(value)
    assert result.replace(tzinfo=None) == dt.datetime(2024, 10, 6, 9, 30)
    assert result.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    "value",
    ["Feb 30, 2024", "30 February 2024", "February 29th, 2023", "Apr 31 2024 10:00", "Jun 0, 2024"],
)
def test_an_impossible_day_in_words_is_called_one(value: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == (
        f"date {value!r} matches none of %m/%d/%Y, %Y-%m-%d (no such day in the calendar)"
    )


@pytest.mark.parametrize(
    "value", ["2021-02-30T10:00", "2021-13-01 10:00:00 +02:00", "2021-02-29T00:00Z"]
)
def test_an_impossible_day_with_a_time_is_called_one(value: str) -> None:
    with pytest.raises(DateError, match=r"\(no such day in the calendar\)$"):
        parse_date(value)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2024-10-06T25:00", id="hour-25"),
        pytest.param("2024-10-06T09:60", id="minute-60"),
        pytest.param("2024-10-06T09:30+24:00", id="offset-of-a-day"),
        pytest.param("2024-10-06T09:30+0575", id="offset-minutes-past-59"),
        pytest.param("2024-10-06 +02:00", id="offset-without-a-time"),
        pytest.param("2024-10-06 09", id="hour-after-a-space"),
        pytest.param("Aug 25, 2024 13:00 PM", id="hour-13-pm"),
        pytest.param("Aug 25, 2024 0:30 AM", id="hour-0-am"),
        pytest.param("Aug 25, 2024 +0200", id="words-offset-without-a-time"),
        pytest.param("Aug 25, 24", id="two-digit-year"),
        pytest.param("Aug 2024", id="no-day"),
        pytest.param("Au 25, 2024", id="two-letter-month"),
        pytest.param("Smarch 25, 2024", id="no-such-month"),
        pytest.param("Augusta 25, 2024", id="longer-than-the-month"),
        pytest.param("Funday, 25 Aug 2024", id="no-such-weekday"),
        pytest.param("25 Aug 2024 10:30 CEST", id="zone-abbreviation"),
        pytest.param("Aug 25, 2024 at 10:30", id="at"),
        pytest.param("25 août 2024", id="not-english"),
    ],
)
def test_unreadable_times_and_words_get_the_hint(value: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == f"date {value!r} matches none of %m/%d/%Y, %Y-%m-%d {HINT}"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("Mon, 25 Aug 2024", "date 'Mon, 25 Aug 2024' says Monday, but 25 August 2024 is a Sunday"),
        (
            "thursday, March 1st, 2024 10:00",
            "date 'thursday, March 1st, 2024 10:00' says Thursday, but 1 March 2024 is a Friday",
        ),
    ],
)
def test_a_weekday_that_contradicts_the_day_is_refused(value: str, message: str) -> None:
    """Either the weekday or the day is a typo: which one is not guessed."""
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == message


def test_numeric_dates_are_still_never_guessed_next_to_words() -> None:
    with pytest.raises(DateError, match="could be August 10 or 8 October 2021"):
        parse_date("08/10/2021", ["%Y-%m-%d"])


@pytest.fixture
def foreign_time_locale() -> Iterator[str]:
    """LC_TIME set to a locale whose month names are not English, if the system has one."""
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8", "de_DE", "fr_FR"):
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no non-English locale installed")
    try:
        yield name
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_words_are_read_whatever_the_process_locale(foreign_time_locale: str) -> None:
    assert parse_date("Mar 25, 2024") == dt.datetime(2024, 3, 25)
    assert parse_date("Sunday, 24 March 2024") == dt.datetime(2024, 3, 24)


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

TEXTUAL_SHAPES: dict[str, Callable[[dt.date, str, str], str]] = {
    "25 Aug 2024": lambda d, month, day: f"{day} {month[:3]} {d.year}",
    "25 August 2024": lambda d, month, day: f"{day} {month} {d.year}",
    "Aug 25, 2024": lambda d, month, day: f"{month[:3]} {day}, {d.year}",
    "August 25, 2024": lambda d, month, day: f"{month} {day}, {d.year}",
    "Aug 25 2024": lambda d, month, day: f"{month[:3]} {day} {d.year}",
    "Sept 5, 2024": lambda d, month, day: f"{month[:4]} {day}, {d.year}",
    "Sun, 25 Aug 2024": lambda d, month, day: (
        f"{WEEKDAYS[d.weekday()][:3]}, {day} {month[:3]} {d.year}"
    ),
    "Sunday, August 25, 2024": lambda d, month, day: (
        f"{WEEKDAYS[d.weekday()]}, {month} {day}, {d.year}"
    ),
}


@given(
    st.dates(min_value=dt.date(1000, 1, 1)),
    st.sampled_from(sorted(TEXTUAL_SHAPES)),
    st.sampled_from([str.title, str.lower, str.upper]),
    st.booleans(),
)
def test_every_textual_shape_round_trips(
    day: dt.date, shape: str, case: Callable[[str], str], ordinal: bool
) -> None:
    number = f"{day.day}{ORDINALS.get(day.day, 'th')}" if ordinal else str(day.day)
    text = case(TEXTUAL_SHAPES[shape](day, MONTHS[day.month - 1], number))
    assert parse_date(text) == dt.datetime.combine(day, dt.time())


def _offsets() -> st.SearchStrategy[dt.timezone]:
    """Fixed offsets in whole minutes, as written in front matter: -23:59 to +23:59."""
    return st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
        lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
    )


def _written(moment: dt.datetime, style: str) -> str:
    """`moment` written in `style`, without strftime (%Y is not zero-padded below 1000)."""
    offset = moment.utcoffset()
    assert offset is not None
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, minutes = divmod(abs(offset) // dt.timedelta(minutes=1), 60)
    day, clock = f"{moment:%m-%d}", f"{moment:%H:%M:%S}"
    year = f"{moment.year:04d}"
    return {
        "iso": moment.isoformat(),
        "rfc3339-z": f"{year}-{day}T{clock}Z" if offset == dt.timedelta(0) else moment.isoformat(),
        "jekyll": f"{year}-{day} {clock} {sign}{hours:02d}{minutes:02d}",
        "jekyll-colon": f"{year}-{day} {clock} {sign}{hours:02d}:{minutes:02d}",
    }[style]


@given(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    _offsets() | st.just(UTC),
    st.sampled_from(["iso", "rfc3339-z", "jekyll", "jekyll-colon"]),
)
def test_an_offset_written_iso_or_jekyll_style_is_kept(
    moment: dt.datetime, zone: dt.timezone, style: str
) -> None:
    if style != "iso":
        moment = moment.replace(microsecond=0)
    aware = moment.replace(tzinfo=zone)
    result = parse_date(_written(aware, style))
    assert result.replace(tzinfo=None) == moment
    assert result.utcoffset() == aware.utcoffset()
