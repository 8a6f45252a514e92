"""Hypothesis strategies for hostile front matter."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

MARKER = "x-evil"
"""Tag name planted in hostile strings: it must never appear as an element in the output."""

POST_KEYS = (
    "title",
    "author",
    "authors",
    "categories",
    "date",
    "featured",
    "image",
    "image_alt",
    "description",
)

_characters = st.characters(exclude_categories=["Cs"])
hostile_text = st.one_of(
    st.text(_characters, max_size=30),
    st.builds(
        lambda before, after: f"{before}<{MARKER} onload=alert(1)>\"'&amp;{after}",
        st.text(_characters, max_size=10),
        st.text(_characters, max_size=10),
    ),
    st.sampled_from(
        [
            "javascript:alert(1)",
            "../../../etc/passwd",
            "08/10/2021",
            "2021-08-10",
            "15/10/2023",
            "",
            " ",
            "\u202eevil",
            "🎨 art",
            "x" * 5000,
        ]
    ),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.dates(),
    hostile_text,
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=3)
    ),
    max_leaves=10,
)
front_matter = st.dictionaries(st.sampled_from(POST_KEYS), values, max_size=len(POST_KEYS))


def post_text(data: dict[str, Any], body: str = "Body text.") -> str:
    """A post file with `data` as its YAML front matter."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n{body}\n"
