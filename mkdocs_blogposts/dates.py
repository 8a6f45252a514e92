"""Post dates: parsed by an explicit, ordered list of formats, never guessed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .problems import kind_of, show

DEFAULT_DATE_FORMATS: tuple[str, ...] = ("%m/%d/%Y", "%Y-%m-%d")
"""US month/day/year first (the seed format), then ISO 8601."""

_MONTH_FIRST = "%m/%d/%Y"
_DAY_FIRST = "%d/%m/%Y"
_DIGITS = re.compile(r"\d+")
_SAMPLE_DATE = dt.datetime(2021, 8, 10, 9, 30, 15)
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""English month names, for reading textual dates and for messages: strptime's %b and %B
(and strftime's) follow the process locale, so they are never used for either."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""English weekday names, in `date.weekday()` order."""

_ZONE = r"(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{1,2})"
"""A time's offset: `Z` (RFC 3339, also `z`), UTC, GMT, `+02:00` (RFC 3339, Hugo), `+0200`
(Jekyll, RFC 2822) or YAML's short `-5`."""
_CLOCK = (
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?"
    r"(?:\s*(?P<half>[AP])\.?M\.?)?"
    rf"(?:\s*{_ZONE})?"
)
"""A time of day, as `09`, `09:30`, `09:30:15.25` or `9:30 PM`, and its optional offset."""
_AT_CLOCK = rf"(?:(?:T|,?\s+(?=\d{{1,2}}:)){_CLOCK})?"
"""An optional time after a date: after `T`, or after spaces when it has minutes (a lone
number after a space would be a year or a day, not an hour)."""
_ISO = re.compile(
    rf"(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_AT_CLOCK}", re.IGNORECASE
)
"""ISO 8601 / RFC 3339 and YAML timestamps: `2024-01-02`, `2024-01-02T15:04:05-07:00`
(Hugo), `2013-05-06 02:12:52 +0200` (Jekyll), `2001-12-14 21:59:43.10 -5` (YAML)."""
_WEEKDAY = r"(?:(?P<weekday>[A-Z]+)\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[A-Z]+)\.?"
_YEAR = r"(?P<year>\d{4})"
_WORDS = (
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_AT_CLOCK}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_AT_CLOCK}", re.IGNORECASE),
)
"""English dates, day first (`Sun, 25 Aug 2024`: RFC 2822, RSS) or month first
(`Sunday, August 25th, 2024 10:30 AM`): never ambiguous, as the month is a word."""


class DateError(ValueError):
    """A front-matter date that no configured format accepts."""


class _NoSuchDay(ValueError):
    """A date written in an accepted shape whose numbers name no day (February 30)."""


def parse_date(value: object, formats: Sequence[str] = DEFAULT_DATE_FORMATS) -> dt.datetime:
    """Return the post's publication time from a front-matter value.

    Strings are tried against `formats` in order, then as an ISO 8601 / RFC 3339 / YAML
    date or date-time, then as an English date with the month in words (`Aug 25, 2024`):
    all unambiguous, whatever the process locale. A `date` is midnight of that day. The
    result is naive unless the value carries an offset (`Z`, `+02:00`, `-0500`, a `%z` in
    a format, an aware `datetime`): it is then aware, with the wall-clock time as written
    and that offset, never converted to another zone.

    Raises:
        DateError: with a message naming the value and the accepted formats.
    """
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if not isinstance(value, str):
        raise DateError(
            f"date {show(value)} is {kind_of(value)}, expected a date "
            f"such as 08/10/2021 or 2021-08-10"
        )
    text = value.strip()
    for date_format in formats:
        try:
            return dt.datetime.strptime(text, date_format)
        except ValueError:
            continue
    try:
        moment = _read_iso(text) or _read_words(text)
    except _NoSuchDay:
        raise DateError(f"{_matches_none(text, formats)} (no such day in the calendar)") from None
    if moment is None:
        raise DateError(_no_format_message(text, formats))
    return moment


def _read_iso(text: str) -> dt.datetime | None:
    """`text` read as an ISO 8601 / RFC 3339 / YAML date or date-time, or None.

    Parsed here rather than by `datetime.fromisoformat`, which on Python 3.10 reads no `Z`,
    no `+0200`, no offset after a space and only 3 or 6 digits of a second's fraction.

    Raises:
        _NoSuchDay: for `2021-02-30`.
    """
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    day = _calendar_day(int(match["year"]), int(match["month"]), int(match["day"]))
    return _at_clock(day, match)


def _read_words(text: str) -> dt.datetime | None:
    """`text` read as an English date whose month is a word (`25 Aug 2024`, `August 25th,
    2024`, `Sun, 25 Aug 2024 10:30:00 +0200`), or None.

    Raises:
        _NoSuchDay: for `Feb 30, 2024`.
        DateError: when a weekday is written and the day is another one.
    """
    match = next(filter(None, (shape.fullmatch(text) for shape in _WORDS)), None)
    if match is None:
        return None
    month = _english_index(match["month"], _MONTHS)
    weekday = _english_index(match["weekday"], _WEEKDAYS) if match["weekday"] else None
    if month is None or (match["weekday"] and weekday is None):
        return None
    day = _calendar_day(int(match["year"]), month + 1, int(match["day"]))
    if weekday is not None and weekday != day.weekday():
        raise DateError(
            f"date {show(text)} says {_WEEKDAYS[weekday]}, but {day.day} "
            f"{_MONTHS[day.month - 1]} {day.year} is a {_WEEKDAYS[day.weekday()]}"
        )
    return _at_clock(day, match)


def _english_index(word: str, names: Sequence[str]) -> int | None:
    """The index in `names` of the English name `word` stands for, whatever its case: the
    whole name or its first three letters or more (`Aug`, `Sept`, `Thurs`), or None."""
    word = word.lower()
    if len(word) < 3:
        return None
    return next((i for i, name in enumerate(names) if name.lower().startswith(word)), None)


def _calendar_day(year: int, month: int, day: int) -> dt.date:
    """The day these numbers name.

    Raises:
        _NoSuchDay: when there is none (month 13, February 30).
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _NoSuchDay from None


def _at_clock(day: dt.date, match: re.Match[str]) -> dt.datetime | None:
    """`day` at the time and offset `match` holds (midnight, naive, when it holds none), or
    None when they name no time (25:00, 13:00 PM) or no offset (+24:00)."""
    try:
        return dt.datetime.combine(day, _clock(match), _offset(match["zone"]))
    except ValueError:
        return None


def _clock(match: re.Match[str]) -> dt.time:
    """The wall-clock time in `match`: midnight without one; `12 AM` is 0:00, `12 PM` noon.

    Raises:
        ValueError: for an hour, minute or second out of range.
    """
    hour = int(match["hour"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} with AM/PM")
        hour = hour % 12 + (12 if match["half"].upper() == "P" else 0)
    micro = int(((match["fraction"] or "") + "000000")[:6])
    return dt.time(hour, int(match["minute"] or 0), int(match["second"] or 0), micro)


def _offset(zone: str | None) -> dt.timezone | None:
    """The fixed offset `zone` writes (`Z`, `UTC`, `+02:00`, `-0500`, `-5`), None for none.

    Raises:
        ValueError: for minutes past 59 or an offset of a day or more.
    """
    if zone is None:
        return None
    if zone.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    digits = zone[1:].replace(":", "")  # 5, 05 or 0530: the pattern allows no other length
    hours, minutes = (int(digits[:2]), int(digits[2:])) if len(digits) > 2 else (int(digits), 0)
    if minutes > 59:
        raise ValueError(f"offset {zone} has {minutes} minutes")
    sign = -1 if zone[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def date_format_problem(date_format: str) -> str | None:
    """Why `date_format` cannot date a post, or None if it can.

    The format must read back what it writes (so every directive is one `strptime` knows)
    and what it reads must be the same day: a format without a day, a month or a year
    (`%Y-%m`, `%d %B`, `%H:%M`) would put every post on a made-up day, so it is refused.
    """
    sample = _SAMPLE_DATE.replace(tzinfo=dt.timezone.utc)  # lets %z and %Z round-trip too
    try:
        read = dt.datetime.strptime(sample.strftime(date_format), date_format)
    except ValueError as error:
        return str(error)
    except re.error as error:  # strptime's pattern names each field once: %m twice
        field = re.search(r"group name '(\w+)'", error.msg)
        return f"it reads %{field[1]} twice" if field else f"strptime cannot read it: {error.msg}"
    missing = [
        name
        for name, kept in (
            ("day", read.day == sample.day),
            ("month", read.month == sample.month),
            ("year", read.year == sample.year),
        )
        if not kept
    ]
    if not missing:
        return None
    names = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} or {missing[-1]}"
    return f"it has no {names}"


def _no_format_message(text: str, formats: Sequence[str]) -> str:
    """The reason `text` matched no format, and the fix.

    `08/10/2021` is August 10 month first and 8 October day first: when both readings are
    real days, either format would silently pick one, so the message shows both readings
    and leaves the choice to the author. Both slash formats are tried here only because
    neither is configured (a configured one would have matched).
    """
    message = _matches_none(text, formats)
    month_first = _parsed(text, _MONTH_FIRST)
    day_first = _parsed(text, _DAY_FIRST)
    if month_first is not None and day_first is not None:
        both = f"add '{_MONTH_FIRST}' (month first) or '{_DAY_FIRST}' (day first) to date_formats"
        if month_first == day_first:
            return f"{message} ({both})"
        readings = (
            f"{_MONTHS[month_first.month - 1]} {month_first.day} or "
            f"{day_first.day} {_MONTHS[day_first.month - 1]} {day_first.year}"
        )
        return f"{message} ({text} could be {readings}; {both})"
    if day_first is not None:
        return f"{message} (add '{_DAY_FIRST}' to date_formats for day-first dates)"
    if month_first is not None:
        return f"{message} (add '{_MONTH_FIRST}' to date_formats for month-first dates)"
    if any(_out_of_range(text, date_format) for date_format in formats):
        return f"{message} (no such day in the calendar)"
    return f"{message} (write it like 08/10/2021, 2021-08-10 or Aug 10, 2021)"


def _matches_none(text: str, formats: Sequence[str]) -> str:
    return f"date {show(text)} matches none of {', '.join(formats)}"


def _parsed(text: str, date_format: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, date_format)
    except ValueError:
        return None


def _out_of_range(text: str, date_format: str) -> bool:
    """Whether `text` is written in the shape of `date_format` (same separators, same number
    of digits per field) yet names no real day: 02/30/2021, or month 15 in 10/15/2023 for a
    day-first format. `10/6/24` (two-digit year) has another shape: no such hint for it."""
    if _parsed(text, date_format) is not None:
        return False
    sample = _DIGITS.findall(_SAMPLE_DATE.strftime(date_format))
    fields = _DIGITS.findall(text)
    return (
        _DIGITS.sub("0", _SAMPLE_DATE.strftime(date_format)) == _DIGITS.sub("0", text)
        and len(sample) == len(fields)
        and all(
            len(f) == len(s) or (len(s) == 2 and len(f) == 1)
            for f, s in zip(fields, sample, strict=True)
        )
    )
