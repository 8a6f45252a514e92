"""What a post's path says about its date and slug, by other blog tools' conventions.

Jekyll names every post `_posts/YYYY-MM-DD-title.md`; Docusaurus reads the date from a file
or folder name the same way, and from date folders too (`2024/08/25/title.md`). The date is
a day, never a time: a path says nothing of the hour or the time zone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DATED_PATH = re.compile(
    r"(?:.*/)?(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})"
    r"(?P<separator>[-/])(?P<slug>[^/]+?)(?:/index)?\.(?:md|markdown|mdx)",
    re.IGNORECASE,
)
"""A date, then the rest of the name, at the end of a path: Docusaurus' rule (its blog
plugin's `DATE_FILENAME_REGEX`: `-` or `/` between year, month, day and name; the name
optionally a folder holding `index.md`), which includes Jekyll's `YYYY-MM-DD-title.md`.
Only the last name, and the folders the date and name take, are read: `2021/notes/a.md` has
no date, and the date nearest the name wins (`2021-05-28-old/2024-01-02-new.md` is from 2024),
as in Docusaurus, whose leading `.*` is greedy too."""


@dataclass(frozen=True)
class PathDate:
    """The day a post's path names and the rest of its name."""

    date: dt.date
    slug: str
    """The name after the date, without extension or `/index`: `my-first-post`."""


def date_from_path(src_uri: str) -> PathDate | None:
    """The date and slug the docs-relative path `src_uri` names, or None when it names none.

    Recognised, with `.md`, `.markdown` (Jekyll) or `.mdx` (Docusaurus), below any folders:

    - `2024-08-25-my-first-post.md`: Jekyll's post name (`_posts/`), also Docusaurus' and
      Hugo's with `frontmatter.date = [":filename", ...]`;
    - `2024-08-25-my-first-post/index.md`: Docusaurus' post folder, for its images;
    - `2024-08-25/my-first-post.md`, `2024/08/25/my-first-post.md`,
      `2024/08-25-my-first-post.md`, `2024/08/25-my-first-post.md` and
      `2024/08/25/my-first-post/index.md`: Docusaurus' date folders (months and days may
      have one digit, as there).

    None for a path without that shape, a date that is no real day (`2023-02-30-x.md`) and
    an `index.md` right inside date folders (`2024/08/25/index.md`), which names no post.
    """
    match = _DATED_PATH.fullmatch(src_uri)
    if match is None or (match["separator"] == "/" and match["slug"].lower() == "index"):
        return None
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return PathDate(day, match["slug"])
