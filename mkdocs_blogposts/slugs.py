"""URL slugs for categories and other labels."""

from __future__ import annotations

import unicodedata

from markdown.extensions.toc import slugify_unicode

MAX_SLUG_LENGTH = 80
"""Slugs are folder names: at most 80 characters..."""
MAX_SLUG_BYTES = 240
"""...and at most 240 bytes of UTF-8 (a word character takes up to 4: `𦩙`), under the
255-byte file-name limit of common file systems."""


def slugify(label: str) -> str:
    """Return a lowercase, hyphenated slug that stays readable for non-ASCII labels.

    Uses Python-Markdown's Unicode slugifier (the one MkDocs users know from heading ids), after
    NFC normalisation so composed and decomposed accents agree. Labels differing only in case
    or spacing share a slug: "Studio Tips" and "studio  tips" are both `studio-tips`. The
    result holds only word characters and hyphens, so it is safe as a path segment; it is empty
    for labels with no word characters ("!!!"). A long label's slug is cut to
    `MAX_SLUG_LENGTH`, at a hyphen when there is one in its second half; two labels that then
    share a slug are reported like any other pair sharing one.
    """
    lowered = unicodedata.normalize("NFC", label).lower()  # "İ".lower() adds a combining dot
    slug = unicodedata.normalize("NFC", slugify_unicode(lowered, "-")).strip("-_")
    if len(slug) > MAX_SLUG_LENGTH or len(slug.encode()) > MAX_SLUG_BYTES:
        slug = _shortened(slug)
    return slug


def _shortened(slug: str) -> str:
    """`slug` cut to fit both limits: at its last hyphen in the second half, else hard."""
    limit = MAX_SLUG_LENGTH
    while len(slug[:limit].encode()) > MAX_SLUG_BYTES:
        limit -= 1
    cut = slug[: limit + 1]  # one more: a hyphen right after the limit is a clean cut too
    hyphen = cut.rfind("-")
    return (cut[:hyphen] if hyphen > limit // 2 else cut[:limit]).strip("-_")
