"""Hugo's TOML front matter, between `+++` lines.

Split by a python-frontmatter handler (the same boundary as its own `TOMLHandler`, which
exists only when the unmaintained `toml` package is installed) and loaded with the
standard library's `tomllib` (`tomli`, its backport, on Python 3.10). MkDocs reads only
YAML front matter, so it would print a TOML block as the page's first paragraph:
`strip_toml` removes it from the Markdown MkDocs renders.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from frontmatter.default_handlers import BaseHandler

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


class TomlHandler(BaseHandler):
    """python-frontmatter's handler for `+++` front matter, loading with `tomllib`."""

    FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
    START_DELIMITER = END_DELIMITER = "+++"

    def load(self, fm: str, **kwargs: object) -> Any:
        return tomllib.loads(fm)

    def export(self, metadata: dict[str, object], **kwargs: object) -> str:  # pragma: no cover
        raise NotImplementedError("blogposts only reads front matter")


TOML = TomlHandler()

_LEADING_TOML = re.compile(r"\A\ufeff?\+{3,}[ \t]*\r?\n.*?^\+{3,}[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def strip_toml(markdown: str) -> str:
    """`markdown` without a leading `+++` front-matter block; unchanged without one."""
    if not markdown.startswith(("+++", "\ufeff+++")):
        return markdown
    return _LEADING_TOML.sub("", markdown, count=1)


def toml_line_of(error: ValueError) -> int | None:
    """The 1-based line `tomllib` names in its message (`... (at line 3, column 7)`)."""
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None
