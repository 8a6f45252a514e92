"""Excerpts for listing cards, cut from a post's rendered HTML (rendered once, by MkDocs)."""

from __future__ import annotations

import re

from .urls import START_TAG

MORE_SEPARATOR = "<!-- more -->"

_FIRST_PARAGRAPH = re.compile(r"<p\b(?![^>]*admonition-title)[^>]*>.*?</p>", re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>\s*", re.DOTALL)
_HEADERLINK = re.compile(r'<a\b[^>]*\bclass="headerlink"[^>]*>.*?</a>', re.DOTALL)
_ID_ATTRIBUTE = re.compile(r'\sid="[^"]*"')


def excerpt_html(content_html: str, separator: str = MORE_SEPARATOR) -> str:
    """The HTML a card shows: everything before `separator`, else the first paragraph.

    The post's H1 is dropped (the card shows the title), as are heading permalinks and `id`s,
    which would otherwise repeat on listing pages that hold many excerpts.
    """
    head, found, _ = content_html.partition(separator)
    if found:
        excerpt = _H1.sub("", head, count=1)
    else:
        # An admonition's title is a <p> too, but no paragraph of the post.
        match = _FIRST_PARAGRAPH.search(content_html)
        excerpt = match.group(0) if match else ""
    without_ids = START_TAG.sub(
        lambda tag: _ID_ATTRIBUTE.sub("", tag.group(0)), _HEADERLINK.sub("", excerpt)
    )
    return without_ids.strip()


def split_after_h1(content_html: str) -> tuple[str, str]:
    """(leading H1, rest) of a post body that opens with an H1; ("", body) otherwise."""
    stripped = content_html.lstrip()
    if stripped.startswith("<h1"):
        end = stripped.find("</h1>")
        if end != -1:
            return stripped[: end + 5], stripped[end + 5 :]
    return "", content_html
