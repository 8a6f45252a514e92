"""Where a long label's slug is cut, beyond test_slugs.py: mutation testing (docs/testing.md)
found the limit itself, the choice of hyphen and the half-way rule unpinned."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.slugs import MAX_SLUG_LENGTH, slugify


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("a" * 80, "a" * 80, id="exactly-the-limit-is-kept"),
        pytest.param("a" * 39 + " " + "b" * 40, "a" * 39 + "-" + "b" * 40, id="limit-with-hyphen"),
        pytest.param(
            "a" * 10 + " " + "b" * 50 + " " + "c" * 100,
            "a" * 10 + "-" + "b" * 50,
            id="last-hyphen-in-the-second-half-wins",
        ),
        pytest.param("a" * 40 + " " + "b" * 100, "a" * 40 + "-" + "b" * 39, id="hyphen-at-half"),
        pytest.param("a" * 41 + " " + "b" * 100, "a" * 41, id="hyphen-just-past-half"),
        pytest.param("a" * 30 + " " + "b" * 100, "a" * 30 + "-" + "b" * 49, id="hyphen-at-30"),
        pytest.param(
            "a" * 20 + " " + "b" * 58 + "_" * 5 + "c" * 30,
            "a" * 20 + "-" + "b" * 58,
            id="underscore-left-at-the-cut-is-stripped",
        ),
    ],
)
def test_where_a_long_slug_is_cut(label: str, expected: str) -> None:
    slug = slugify(label)
    assert slug == expected
    assert len(slug) <= MAX_SLUG_LENGTH
