"""decode_utf8: the text a post or registry is read as, and where its first bad byte is.

These pin what mutation testing found unchecked (docs/testing.md): the place of a bad byte
past the second line, the replaced text itself, the BOM on the fallback path, and lone
carriage returns.
"""

from __future__ import annotations

import pytest

from mkdocs_blogposts.problems import Problem, decode_utf8, shorten


def test_bad_byte_column_counts_from_the_last_line_start() -> None:
    raw = b"a: 1\nb: 2\nc: caf\xe9\n"
    text, problem = decode_utf8("posts/x.md", raw, "replaced")
    assert problem == Problem(
        "posts/x.md", 3, "is not UTF-8 text (byte 0xe9 at column 7); replaced"
    )
    assert text == "a: 1\nb: 2\nc: caf\ufffd\n"


def test_bom_is_dropped_from_the_replaced_text_and_not_counted() -> None:
    text, problem = decode_utf8("authors.yml", b"\xef\xbb\xbftitle: caf\xe9", "ignored")
    assert text == "title: caf\ufffd"
    assert problem == Problem(
        "authors.yml", 1, "is not UTF-8 text (byte 0xe9 at column 11); ignored"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(b"a\rb\r\nc\n", "a\nb\nc\n", id="lone-cr-and-crlf"),
        pytest.param(b"\r\r\n\r", "\n\n\n", id="only-line-breaks"),
    ],
)
def test_every_line_break_becomes_a_newline(raw: bytes, expected: str) -> None:
    assert decode_utf8("x.md", raw, "") == (expected, None)


def test_lone_cr_counts_as_a_line_before_a_bad_byte() -> None:
    text, problem = decode_utf8("x.md", b"one\rtwo\rt\xffree", "replaced")
    assert text == "one\ntwo\nt\ufffdree"
    assert problem is not None
    assert (problem.line, problem.message) == (
        3,
        "is not UTF-8 text (byte 0xff at column 2); replaced",
    )


def test_shorten_keeps_short_text_and_both_ends_of_long_text() -> None:
    assert shorten("posts/a.png") == "posts/a.png"
    assert shorten("x" * 120) == "x" * 120
    long = "a" * 100 + "b" * 100
    assert shorten(long) == "a" * 58 + "..." + "b" * 58
    assert len(shorten(long)) == 119
