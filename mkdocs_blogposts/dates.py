"""Post dates: parsed by an explicit, ordered list of formats, never guessed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .problems import kind_of, show

DEFAULT_DATE_FORMATS: tuple[str, ...] = ("%m/%d/%Y", "%Y-%m-%d")
"""US month/day/year first (the seed format), then ISO 8601."""

_DAY_FIRST = "%d/%m/%Y"
_DIGITS = re.compile(r"\d+")
_SAMPLE_DATE = dt.datetime(2021, 8, 10, 9, 30, 15)


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
            return dt.datetime.strptime(text, date_format)
        except ValueError:
            continue
    if "T" in text or ":" in text:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            pass
    raise DateError(_no_format_message(text, formats))


def _no_format_message(text: str, formats: Sequence[str]) -> str:
    message = f"date {text!r} matches none of {', '.join(formats)}"
    if _DAY_FIRST not in formats and _parses(text, _DAY_FIRST):
        return f"{message} (add '{_DAY_FIRST}' to date_formats for day-first dates)"
    if any(_out_of_range(text, date_format) for date_format in formats):
        return f"{message} (no such day in the calendar)"
    return f"{message} (write it like 08/10/2021 or 2021-08-10)"


def _parses(text: str, date_format: str) -> bool:
    try:
        dt.datetime.strptime(text, date_format)
    except ValueError:
        return False
    return True


def _out_of_range(text: str, date_format: str) -> bool:
    """Whether `text` is written in the shape of `date_format` (same separators, same number
    of digits per field) yet names no real day: 02/30/2021, or month 15 in 10/15/2023 for a
    day-first format. `10/6/24` (two-digit year) has another shape: no such hint for it."""
    if _parses(text, date_format):
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
