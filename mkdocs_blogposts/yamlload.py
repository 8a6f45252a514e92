"""Safe YAML loading for front matter and the authors registry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class FrontMatterLoader(_BaseLoader):
    """PyYAML's safe loader (C-accelerated when available) that leaves timestamps as text.

    YAML would turn `date: 2021-02-30` into a `ValueError` deep inside the loader; as text it
    reaches our date parser, which reports it with its line like any other bad date. Valid
    YAML dates and date-times parse the same either way (`dates.parse_date` reads ISO text).
    """

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class-level registry
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


@dataclass(eq=False)  # not frozen: Python itself sets attributes on an exception (notes)
class YamlError(Exception):
    """YAML that cannot be loaded: why, and the 0-based line in the text when known."""

    reason: str
    line: int | None


def load_yaml(text: str) -> object:
    """Load `text` safely: no object construction from tags; explicit tags that fail
    (`!!int abc`) are a `YamlError` like syntax errors, never another exception."""
    try:
        return yaml.load(text, Loader=FrontMatterLoader)
    except yaml.reader.ReaderError as error:  # a character YAML refuses, before parsing
        raise _reader_error(text, error) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or type(error).__name__
        raise YamlError(str(reason), mark.line if mark is not None else None) from error
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        raise YamlError(str(error) or type(error).__name__, None) from error


def _reader_error(text: str, error: yaml.reader.ReaderError) -> YamlError:
    """The `YamlError` for a character the YAML reader refuses: PyYAML's own words
    (`unacceptable character #x0001: control characters are not allowed`) and its line.

    The line is that of the character's first occurrence in `text` (the reader stops at the
    first it refuses), not taken from the error's `position`: that counts characters with
    the pure-Python loader but UTF-8 bytes with libyaml. The reader only refuses characters
    of `text`, so the character is always found.
    """
    reason = str(error).partition("\n")[0]  # without `in "<unicode string>", position 9`
    return YamlError(reason, text[: text.find(chr(error.character))].count("\n"))
