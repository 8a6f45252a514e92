"""Problems found in user content, collected by the pure blog layer and logged by the plugin."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One fixable mistake in a post or the authors registry.

    The blog layer never logs: it returns problems, so it stays testable without MkDocs
    and the plugin decides how to report them (one WARNING each).
    """

    path: str
    """Docs-relative path of the file at fault (or the path as configured, if outside docs)."""
    line: int | None
    """1-based line in that file, when it can be known."""
    message: str
    """What is wrong, the offending value, what is accepted and what the plugin did instead."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxlevel = 1
_SHORT_REPR.maxlist = _SHORT_REPR.maxdict = 5
_SHORT_REPR.maxstring = _SHORT_REPR.maxother = 60


def show(value: object) -> str:
    """A bounded repr of a user's value for messages: huge or deeply nested values (a YAML
    alias bomb) stay short and cheap."""
    return _SHORT_REPR.repr(value)


def shorten(text: str, limit: int = 120) -> str:
    """`text` as it is, or its start and end around "..." when longer than `limit`: for
    values derived from a user's (a path) that a message shows unquoted."""
    if len(text) <= limit:
        return text
    half = (limit - 3) // 2
    return f"{text[:half]}...{text[-half:]}"


def kind_of(value: object) -> str:
    """'a list', 'an int': the type of a user's value, for messages."""
    name = type(value).__name__
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def decode_utf8(path: str, raw: bytes, consequence: str) -> tuple[str, Problem | None]:
    """`raw` as text the way MkDocs reads a page: UTF-8, a leading BOM dropped, universal
    newlines.

    Bytes that are not UTF-8 are replaced by U+FFFD, and the problem names the first one by
    its value and place: `<path>:<line>: is not UTF-8 text (byte 0xe9 at column 12);
    <consequence>`. The caller decides whether to use the replaced text.
    """
    try:
        return _universal_newlines(raw.decode("utf-8-sig")), None
    except UnicodeDecodeError as error:
        data = error.object  # without the BOM, which `error.start` does not count either
        before = _universal_newlines(bytes(data[: error.start]).decode("utf-8"))
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        message = f"is not UTF-8 text (byte {data[error.start]:#04x} at column {column}); "
        text = _universal_newlines(raw.decode("utf-8-sig", errors="replace"))
        return text, Problem(path, line, message + consequence)


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
