"""slugify: lowercase, hyphenated, readable for non-ASCII, safe as a path segment."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.slugs import MAX_SLUG_LENGTH, slugify

_SLUG = re.compile(r"[\w-]*")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("studio tips", "studio-tips", id="seed-category"),
        pytest.param("design", "design", id="single-word"),
        pytest.param("Photo & Video", "photo-video", id="ampersand-dropped"),
        pytest.param("C++ / Rust", "c-rust", id="punctuation-and-slash"),
        pytest.param("What's new?", "whats-new", id="apostrophe-question-mark"),
        pytest.param("2024 recap", "2024-recap", id="digits"),
        pytest.param("snake_case label", "snake_case-label", id="underscore-kept-inside"),
        pytest.param("__private__", "private", id="edge-underscores-stripped"),
        pytest.param("-- dashes --", "dashes", id="edge-hyphens-stripped"),
        pytest.param("tab\tand\nnewline", "tab-and-newline", id="other-whitespace"),
        pytest.param("a - b", "a-b", id="hyphen-with-spaces-collapses"),
        pytest.param("Café crème", "café-crème", id="french-accents-kept"),
        pytest.param("Ünïcödé Straße", "ünïcödé-straße", id="german"),
        pytest.param("Привет Мир", "привет-мир", id="cyrillic-lowercased"),
        pytest.param("東京 タワー", "東京-タワー", id="japanese"),
        pytest.param("مرحبا بالعالم", "مرحبا-بالعالم", id="arabic"),
        pytest.param("ΟΔΟΣ", "οδος", id="greek"),
    ],
)
def test_slugify(label: str, expected: str) -> None:
    assert slugify(label) == expected


@pytest.mark.parametrize(
    "label",
    [
        "studio tips",
        "Studio Tips",
        "studio  tips",
        " Studio-Tips ",
        "STUDIO\ttips",
        "-studio tips-",
    ],
)
def test_case_and_spacing_variants_share_a_slug(label: str) -> None:
    assert slugify(label) == "studio-tips"


@pytest.mark.parametrize(
    ("composed", "decomposed"),
    [
        ("Café", "Cafe\u0301"),
        ("crème brûlée", "cre\u0300me bru\u0302le\u0301e"),
        ("Ångström", "A\u030angstro\u0308m"),
        ("한국어", "\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165"),
    ],
)
def test_composed_and_decomposed_accents_agree(composed: str, decomposed: str) -> None:
    assert composed != decomposed
    assert unicodedata.normalize("NFC", decomposed) == composed
    assert slugify(composed) == slugify(decomposed)
    assert slugify(decomposed) == unicodedata.normalize("NFC", slugify(decomposed))


@pytest.mark.parametrize("label", ["!!!", "..", "", "   ", "/", "---", "___", "?&%$", "🎨✨"])
def test_labels_without_word_characters_give_empty_slug(label: str) -> None:
    assert slugify(label) == ""


@pytest.mark.parametrize("label", ["東京 タワー", "مرحبا بالعالم", "Привет Мир", "日本語"])
def test_non_latin_labels_stay_readable(label: str) -> None:
    slug = slugify(label)
    assert slug
    assert slug == slug.lower()
    assert all(ch.isalnum() or ch == "-" for ch in slug)


@pytest.mark.parametrize(
    "label", [pytest.param("İstanbul", id="dotted-capital-I"), pytest.param("ᄀ!ᅡ", id="jamo")]
)
def test_slug_is_word_characters_only_and_idempotent(label: str) -> None:
    slug = slugify(label)
    assert _SLUG.fullmatch(slug), [hex(ord(ch)) for ch in slug]
    assert unicodedata.is_normalized("NFC", slug)
    assert slugify(slug) == slug


# The two known bugs above (U+0130, and conjoining Hangul jamo) are kept out of the random
# labels so that these properties check everything else.
_KNOWN_BAD = "\u0130" + "".join(
    chr(cp) for cp in (*range(0x1100, 0x1200), *range(0xA960, 0xA980), *range(0xD7B0, 0xD800))
)
labels = st.text(st.characters(exclude_characters=_KNOWN_BAD), max_size=40)


@given(labels)
def test_slug_shape(label: str) -> None:
    slug = slugify(label)
    assert _SLUG.fullmatch(slug)
    assert not slug.startswith("-")
    assert not slug.endswith("-")
    assert "--" not in slug
    assert "/" not in slug
    assert ".." not in slug
    assert slug == slug.lower()


@given(labels)
def test_slugify_is_idempotent(label: str) -> None:
    assert slugify(slugify(label)) == slugify(label)


@given(labels)
def test_lowercasing_and_surrounding_space_do_not_matter(label: str) -> None:
    assert slugify(f"  {label.lower()}\t") == slugify(label)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("word " * 30, "-".join(["word"] * 16), id="cut-at-a-hyphen"),
        pytest.param("x" * 200, "x" * MAX_SLUG_LENGTH, id="no-hyphen"),
        pytest.param("a" * 79 + " b", "a" * 79, id="hyphen-at-the-limit"),
        pytest.param("a" * 10 + " " + "b" * 100, "a" * 10 + "-" + "b" * 69, id="early-hyphen"),
    ],
)
def test_long_labels_give_slugs_that_fit_in_a_file_name(label: str, expected: str) -> None:
    assert slugify(label) == expected


@given(st.text(min_size=1, max_size=400))
def test_slug_is_a_valid_file_name(label: str) -> None:
    slug = slugify(label)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert len(slug.encode("utf-8")) <= 255
    assert slugify(slug) == slug


def test_a_slug_of_four_byte_characters_fits_a_file_name() -> None:
    slug = slugify("\U00026a59" * 2000)  # a CJK word character, 4 bytes in UTF-8
    assert slug == "\U00026a59" * 60
    assert len(slug.encode()) <= 255
