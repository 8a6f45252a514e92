"""Excerpts for listing cards, cut from a post's rendered HTML (rendered once, by MkDocs)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .urls import ATTRIBUTE, ATTRIBUTE_PATTERN, HTML_SPACE, SPACE, TAG_GAP

MORE_SEPARATOR = "<!-- more -->"
SEPARATORS = (MORE_SEPARATOR, "<!--more-->", "<!-- truncate -->", "<!--truncate-->")
"""Markers ending an excerpt in the tools blogs move from: Material and WordPress
(`<!-- more -->`), Hugo (`<!--more-->`), Docusaurus (`<!-- truncate -->`). Docusaurus' MDX
`{/* truncate */}` and a Jekyll post's own separator become `<!-- more -->` in its Markdown
(see `marked_markdown`)."""
_MDX_TRUNCATE = re.compile(r"^[ \t]*\{/\*\s*truncate\s*\*/\}[ \t]*$", re.MULTILINE)

_FIRST_PARAGRAPH = re.compile(r"<p\b(?![^>]*admonition-title)[^>]*>.*?</p>", re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>\s*", re.DOTALL)
_ATTRIBUTES_BEFORE = f"{TAG_GAP}(?:{TAG_GAP}*{ATTRIBUTE_PATTERN})*?{TAG_GAP}*"
"""A start tag's attributes, as few as possible, then the gap before the next one."""
_HEADERLINK = re.compile(
    f"<[aA](?={TAG_GAP}){_ATTRIBUTES_BEFORE}(?i:class){SPACE}*={SPACE}*(?:"
    f'"(?:[^"]*{SPACE})?headerlink(?:{SPACE}[^"]*)?"'
    f"|'(?:[^']*{SPACE})?headerlink(?:{SPACE}[^']*)?'"
    f"|headerlink(?![^{HTML_SPACE}>]))"
    f"(?:{TAG_GAP}*{ATTRIBUTE_PATTERN})*{TAG_GAP}*>"
    f"[^<]*(?:<(?!/?[aA][{HTML_SPACE}/>])[^<]*)*</[aA]{TAG_GAP}*>"
)
"""A heading's permalink: an `a` element with the class `headerlink`, however quoted. Its
content stops at the next `a` tag (HTML nests none), so one left open costs no rescan."""
_TAG_WITH_ID = re.compile(
    f"<[a-zA-Z][^{HTML_SPACE}/>]*(?={_ATTRIBUTES_BEFORE}(?i:id)(?![^{HTML_SPACE}/>=]))"
    f"({TAG_GAP}(?:{TAG_GAP}*{ATTRIBUTE_PATTERN})*{TAG_GAP}*)>"
)
"""A start tag with an `id` attribute (any case), group 1 its attributes. The lookahead
walks the attributes in C: most tags have no `id` and cost no Python call."""


def excerpt_html(content_html: str, separator: str = MORE_SEPARATOR) -> str:
    """The HTML a card shows: everything before `separator`, else the first paragraph."""
    return cut_excerpt(content_html, (separator,))[0]


def cut_excerpt(content_html: str, separators: Sequence[str]) -> tuple[str, bool]:
    """(the HTML a card shows, whether its author marked it): everything before the first
    of `separators` found (tried in order), else the first paragraph.

    The post's H1 is dropped (the card shows the title), as are heading permalinks and `id`s,
    which would otherwise repeat on listing pages that hold many excerpts.
    """
    end = next((i for i in map(content_html.find, separators) if i != -1), -1)
    if end != -1:
        excerpt = _H1.sub("", content_html[:end], count=1)
    else:
        # An admonition's title is a <p> too, but no paragraph of the post.
        match = _FIRST_PARAGRAPH.search(content_html)
        excerpt = match.group(0) if match else ""
    without_ids = _TAG_WITH_ID.sub(_without_ids, _HEADERLINK.sub("", excerpt))
    return without_ids.strip(), end != -1


def marked_markdown(markdown: str, own_separator: str | None) -> str:
    """`markdown` with Docusaurus' MDX marker `{/* truncate */}` (which Markdown would print)
    and a Jekyll post's own `excerpt_separator` made `<!-- more -->`. O(length)."""
    if own_separator and own_separator in markdown:
        markdown = markdown.replace(own_separator, f"\n\n{MORE_SEPARATOR}\n\n", 1)
    if "truncate" in markdown:
        markdown = _MDX_TRUNCATE.sub(MORE_SEPARATOR, markdown, count=1)
    return markdown


def _without_ids(tag: re.Match[str]) -> str:
    """A start tag without its `id` attributes (any quoting, any case, even valueless)."""
    html = tag.string
    pieces: list[str] = []
    done = tag.start()
    for attribute in ATTRIBUTE.finditer(html, tag.start(1), tag.end()):
        if attribute.group(1).lower() == "id":
            pieces.append(html[done : attribute.start()])
            done = attribute.end()
    if not pieces:
        return tag.group(0)
    pieces.append(html[done : tag.end()])
    return "".join(pieces)


def split_after_h1(content_html: str) -> tuple[str, str]:
    """(leading H1, rest) of a post body that opens with an H1; ("", body) otherwise."""
    stripped = content_html.lstrip()
    if stripped.startswith("<h1"):
        end = stripped.find("</h1>")
        if end != -1:
            return stripped[: end + 5], stripped[end + 5 :]
    return "", content_html
