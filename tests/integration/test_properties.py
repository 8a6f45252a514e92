"""Whatever a post's front matter holds, the build finishes and nothing is injected."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import THEMES, SiteBuilder
from tests.strategies import MARKER, front_matter, post_text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=front_matter, theme=st.sampled_from(THEMES), directory_urls=st.booleans())
def test_any_front_matter_builds_without_injection(
    data: dict[str, Any], theme: str, directory_urls: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = SiteBuilder(Path(folder), theme=theme, use_directory_urls=directory_urls)
        site.write("authors.yml", "ana:\n  name: Ana\n")
        site.image("posts/a.png")
        site.write("posts/p.md", post_text(data))
        built = site.build(expect=[r"^mkdocs_blogposts: posts/p\.md", r".*"])
        assert built.exists("posts/p.md")
        for page in built.html_files():
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            assert soup.find_all(MARKER) == [], page
            for tag in soup.find_all(True):
                assert not [a for a in tag.attrs if a.startswith("on")], (page, str(tag)[:100])


ALIAS_BOMB = """\
---
a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
a7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
a8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
title: *a8
categories: *a8
author: *a8
description: *a8
image_alt: *a8
date: 08/10/2021
---

Body.
"""


def test_yaml_alias_bomb_is_cheap(site: SiteBuilder) -> None:
    site.write("posts/bomb.md", ALIAS_BOMB)
    started = time.perf_counter()
    built = site.build(
        expect=[
            r"posts/bomb\.md:11: title \[\[\.\.\.\], .* is not text",
            r"posts/bomb\.md:12: categories .* non-text entries ignored",
            r"posts/bomb\.md:13: author .* non-text entries ignored",
            r"posts/bomb\.md:14: description .* is not text; ignored",
            r"posts/bomb\.md:15: image_alt .* is not text; ignored",
        ]
    )
    assert time.perf_counter() - started < 30  # 9**9 leaves if anything walked them
    assert all(len(w) < 400 for w in built.warnings)
    assert built.card_titles("blog/index.md") == ["Bomb"]
