"""The stylesheet mirrors for right-to-left sites: logical properties only."""

from __future__ import annotations

import re

from mkdocs_blogposts.site import ASSETS_DIR

CSS = (ASSETS_DIR / "blogposts.css").read_text(encoding="utf-8")
DECLARATIONS = re.sub(r"/\*.*?\*/", "", CSS, flags=re.DOTALL)


def test_no_property_names_a_physical_side() -> None:
    """`margin-left` stays on the left in Arabic or Hebrew; `margin-inline-start` follows the
    reading direction. The same for padding, borders, text-align and floats."""
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\b|text-align:\s*(?:left|right)\b"
        r"|float:\s*(?:left|right)\b|(?<![-\w])(?:left|right):",
        DECLARATIONS,
    )
    assert physical == []


def test_the_stylesheet_uses_logical_properties_where_it_aligns() -> None:
    assert "text-align: end" in DECLARATIONS
    assert "margin-inline-start" in DECLARATIONS
