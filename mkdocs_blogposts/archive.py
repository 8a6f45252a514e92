"""The archive of dated posts: posts grouped by year, a year's posts grouped by month.

Both groupings take posts newest first (the catalog's `dated`) and keep that order, in one
pass. An undated post has no place in an archive: given one, they skip it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from babel.dates import get_month_names

from .model import Post


@dataclass(frozen=True, slots=True)
class Month:
    """One month of an archive year and its posts, newest first."""

    year: int
    month: int
    """1 (January) to 12."""
    name: str
    """The month's name in the blog's locale, in the form that stands alone as a heading
    (Russian `август`, not `августа` as in a date)."""
    posts: tuple[Post, ...]


def posts_by_year(dated: Sequence[Post]) -> dict[int, tuple[Post, ...]]:
    """Year -> its posts, years newest first, each year's posts in the order given.

    O(n) for the grouping; the years are sorted (O(y log y) for y years) so the order holds
    even if `dated` is not newest first. Undated posts are skipped.
    """
    by_year: dict[int, list[Post]] = {}
    for post in dated:
        if post.date is not None:
            by_year.setdefault(post.date.year, []).append(post)
    return {year: tuple(by_year[year]) for year in sorted(by_year, reverse=True)}


def months(posts: Sequence[Post], locale: str) -> list[Month]:
    """The months that have posts (normally one year's), newest first, each with its posts
    in the order given; names in `locale`, a name Babel knows (`de`, `pt_BR`).

    O(n), plus sorting the at most twelve months a year has. Undated posts are skipped.
    """
    by_month: dict[tuple[int, int], list[Post]] = {}
    for post in posts:
        if post.date is not None:
            by_month.setdefault((post.date.year, post.date.month), []).append(post)
    names = _month_names(locale)
    return [
        Month(year, month, names[month], tuple(by_month[year, month]))
        for year, month in sorted(by_month, reverse=True)
    ]


@functools.lru_cache(maxsize=16)
def _month_names(locale: str) -> Mapping[int, str]:
    """Month number -> standalone wide name in `locale`; cached, as every archive page of a
    build asks for the same locale's names."""
    return dict(get_month_names("wide", context="stand-alone", locale=locale))
