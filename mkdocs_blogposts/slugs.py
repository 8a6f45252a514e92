"""URL slugs for categories and other labels."""

from __future__ import annotations

import unicodedata

from markdown.extensions.toc import slugify_unicode


def slugify(label: str) -> str:
    """Return a lowercase, hyphenated slug that stays readable for non-ASCII labels.

    Uses Python-Markdown's Unicode slugifier (the one MkDocs users know from heading ids), after
    NFC normalisation so composed and decomposed accents agree. Labels differing only in case
    or spacing share a slug: "Studio Tips" and "studio  tips" are both `studio-tips`. The
    result holds only word characters and hyphens, so it is safe as a path segment; it is empty
    for labels with no word characters ("!!!").
    """
    lowered = unicodedata.normalize("NFC", label).lower()  # "İ".lower() adds a combining dot
    slug = slugify_unicode(lowered, "-")
    return unicodedata.normalize("NFC", slug).strip("-_")
