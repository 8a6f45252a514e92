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


def kind_of(value: object) -> str:
    """'a list', 'an int': the type of a user's value, for messages."""
    name = type(value).__name__
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"
