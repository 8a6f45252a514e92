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
"""English month names for messages (strftime's %B would follow the process locale)."""


class DateError(ValueError):
    """A front-matter date that no configured format accepts."""


def parse_date(value: object, formats: Sequence[str] = DEFAULT_DATE_FORMATS) -> dt.datetime:
    """Return the post's publication time from a front-matter value.

    YAML already turns `2021-08-10` into a date and `2021-08-10 09:30:00` into a datetime;
    strings are tried against `formats` in order, then as an ISO 8601 date-time (which is
    unambiguous). Time zones are dropped: the wall-clock time as written is kept, so the date
    shown is the date the author wrote.

    Raises:
        DateError: with a message naming the value and the accepted formats.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
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
            return dt.datetime.strptime(text, date_format).replace(tzinfo=None)
        except ValueError:
            continue
    if "T" in text or ":" in text:
        # Python 3.10's fromisoformat reads no `Z` (UTC), and none reads RFC 3339's `z`.
        iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
        try:
            return dt.datetime.fromisoformat(iso).replace(tzinfo=None)
        except ValueError:
            pass
    raise DateError(_no_format_message(text, formats))


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
    message = f"date {show(text)} matches none of {', '.join(formats)}"
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
    return f"{message} (write it like 08/10/2021 or 2021-08-10)"


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
