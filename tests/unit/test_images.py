"""resolve_image: files inside docs (relative or /-rooted) or http(s) URLs, nothing else."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.images import ImageError, resolve_image
from mkdocs_blogposts.model import ImageRef

DOCS_FILES = frozenset(
    {
        "images/a.png",
        "posts/images/a.png",
        "posts/2021/hero.jpg",
        "posts/images/with space.png",
        "index.md",
    }
)


@pytest.mark.parametrize(
    ("value", "base_dir", "expected"),
    [
        pytest.param("./images/a.png", "posts", "posts/images/a.png", id="dot-relative"),
        pytest.param("images/a.png", "posts", "posts/images/a.png", id="plain-relative"),
        pytest.param("/images/a.png", "posts", "images/a.png", id="rooted-from-subfolder"),
        pytest.param("/images/a.png", "", "images/a.png", id="rooted-from-root"),
        pytest.param("/posts/images/a.png", "posts/2021", "posts/images/a.png", id="rooted-deep"),
        pytest.param("images/a.png", "", "images/a.png", id="relative-from-root"),
        pytest.param("../images/a.png", "posts/2021", "posts/images/a.png", id="parent"),
        pytest.param("../../images/a.png", "posts/2021", "images/a.png", id="grandparent"),
        pytest.param("./hero.jpg", "posts/2021", "posts/2021/hero.jpg", id="same-folder"),
        pytest.param("  ./images/a.png \n", "posts", "posts/images/a.png", id="stripped"),
        pytest.param("images/with%20space.png", "posts", "posts/images/with space.png", id="pct"),
        pytest.param("images/a.png?v=2", "posts", "posts/images/a.png", id="query-dropped"),
        pytest.param("images/./x/../a.png", "posts", "posts/images/a.png", id="normalised"),
    ],
)
def test_local_images(value: str, base_dir: str, expected: str) -> None:
    assert resolve_image(value, base_dir, DOCS_FILES) == ImageRef(expected, external=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a.png",
        "http://example.com/a.png",
        "HTTPS://EXAMPLE.COM/A.PNG",
        "https://cdn.example/i.png?w=800#x",
    ],
)
def test_external_images(url: str) -> None:
    assert resolve_image(url, "posts", DOCS_FILES) == ImageRef(url, external=True)


def test_external_url_is_stripped() -> None:
    url = "https://example.com/a.png"
    assert resolve_image(f"  {url}\n", "posts", DOCS_FILES) == ImageRef(url, external=True)


_NOT_URL_OR_PATH = (
    "is not an http(s) URL or a path (accepted: https://… URLs, paths relative to the file, "
    "or /paths from the docs folder)"
)


@pytest.mark.parametrize(
    ("value", "base_dir", "message"),
    [
        pytest.param(
            "../../../etc/passwd",
            "posts",
            "'../../../etc/passwd' points outside the docs folder",
            id="traversal",
        ),
        pytest.param("../a.png", "", "'../a.png' points outside the docs folder", id="above-root"),
        pytest.param(
            "/../etc/passwd",
            "posts",
            "'/../etc/passwd' points outside the docs folder",
            id="rooted",
        ),
        pytest.param(
            "%2e%2e/%2e%2e/etc/passwd",
            "posts",
            "'%2e%2e/%2e%2e/etc/passwd' points outside the docs folder",
            id="percent-encoded-traversal",
        ),
        pytest.param("..", "", "'..' points outside the docs folder", id="dotdot"),
        pytest.param(
            "javascript:alert(1)", "posts", f"'javascript:alert(1)' {_NOT_URL_OR_PATH}", id="js"
        ),
        pytest.param(
            "data:image/png;base64,xx",
            "posts",
            f"'data:image/png;base64,xx' {_NOT_URL_OR_PATH}",
            id="data",
        ),
        pytest.param("ftp://x/y.png", "posts", f"'ftp://x/y.png' {_NOT_URL_OR_PATH}", id="ftp"),
        pytest.param(
            "//cdn.example/a.png",
            "posts",
            f"'//cdn.example/a.png' {_NOT_URL_OR_PATH}",
            id="protocol-relative",
        ),
        pytest.param(
            "https:///a.png", "posts", f"'https:///a.png' {_NOT_URL_OR_PATH}", id="nohost"
        ),
        pytest.param(
            "file:///etc/passwd", "posts", f"'file:///etc/passwd' {_NOT_URL_OR_PATH}", id="file"
        ),
        pytest.param(
            "./images/missing.png",
            "posts",
            "'./images/missing.png' not found (looked for posts/images/missing.png "
            "in the docs folder)",
            id="missing",
        ),
        pytest.param(
            "images/a.png",
            "posts/2021",
            "'images/a.png' not found (looked for posts/2021/images/a.png in the docs folder)",
            id="relative-to-the-wrong-folder",
        ),
        pytest.param("", "posts", "'' is empty", id="empty"),
        pytest.param("   ", "posts", "'' is empty", id="blank"),
    ],
)
def test_rejected_images(value: str, base_dir: str, message: str) -> None:
    with pytest.raises(ImageError) as caught:
        resolve_image(value, base_dir, DOCS_FILES)
    assert str(caught.value) == message


def test_image_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not found"):
        resolve_image("nope.png", "", DOCS_FILES)


def test_docs_files_may_be_any_container() -> None:
    assert resolve_image("a.png", "x", ["x/a.png"]) == ImageRef("x/a.png")
