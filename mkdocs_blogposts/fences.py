"""Fenced code blocks in Markdown: where text is shown as code, not read as Markdown.

A `# comment` in a code block is no heading (a post's title from its H1), and a
`<!-- blogposts latest -->` shown in one is an example, not a block. Both readers walk the
lines with `lines`, so they agree with each other and with CommonMark on where code is.
"""

from __future__ import annotations

from collections.abc import Iterator


def lines(markdown: str) -> Iterator[tuple[int, str, bool]]:
    """Each line of `markdown` (as `str.splitlines` cuts them, without its line break) with
    its offset in the text and whether it is code: inside a fenced code block, or one of its
    fences (```` ``` ```` or `~~~`).

    As in CommonMark, a fence closes at a line of at least as many of its characters and
    nothing else (a ```` block can show a ``` block); an unclosed one runs to the end.
    """
    fence = ""
    offset = 0
    for line in markdown.splitlines(keepends=True):
        text = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = text.lstrip()
        if fence:
            if stripped.startswith(fence) and not stripped.lstrip(fence[0]).strip():
                fence = ""
            yield offset, text, True
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
            yield offset, text, True
        else:
            yield offset, text, False
        offset += len(line)


def code_line_offsets(markdown: str) -> frozenset[int]:
    """The offsets of the lines of `markdown` that are code (see `lines`)."""
    return frozenset(offset for offset, _, code in lines(markdown) if code)
