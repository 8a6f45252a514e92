"""resolve_image, beyond test_images.py: what mutation testing found unchecked
(docs/testing.md) - a rooted path keeps every character of its first segment, and a value
naming the docs folder itself is rejected, not looked up as a file."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.images import ImageError, resolve_image
from mkdocs_blogposts.model import ImageRef

DOCS_FILES = frozenset({"Xmas/tree.png", "X.png", "posts/a.png"})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("/Xmas/tree.png", "Xmas/tree.png", id="folder-starting-with-X"),
        pytest.param("/X.png", "X.png", id="file-starting-with-X"),
    ],
)
def test_rooted_path_keeps_its_first_segment(value: str, expected: str) -> None:
    assert resolve_image(value, "posts", DOCS_FILES) == ImageRef(expected)


@pytest.mark.parametrize(
    ("value", "base_dir"),
    [
        pytest.param("/", "posts", id="root"),
        pytest.param(".", "", id="dot-at-root"),
        pytest.param("./", "", id="dot-slash-at-root"),
        pytest.param("..", "posts", id="parent-of-posts-is-docs"),
    ],
)
def test_the_docs_folder_itself_is_not_an_image(value: str, base_dir: str) -> None:
    # Even if "." were listed as a file, the folder is refused before the lookup.
    with pytest.raises(ImageError) as caught:
        resolve_image(value, base_dir, DOCS_FILES | {"."})
    assert str(caught.value) == f"{value!r} points outside the docs folder"
