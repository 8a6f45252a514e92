"""Resolving the image paths and URLs users write, without ever leaving the docs folder."""

from __future__ import annotations

import posixpath
from collections.abc import Container
from urllib.parse import unquote, urlsplit

from .model import ImageRef
from .problems import shorten, show

SAFE_SCHEMES = ("http", "https")


class ImageError(ValueError):
    """An image reference that cannot be used; the message says why and what is accepted."""


def resolve_image(value: str, base_dir: str, docs_files: Container[str]) -> ImageRef:
    """Turn an `image`/`avatar` value into an `ImageRef`.

    Accepted: an http(s) URL; a path relative to `base_dir` (the docs-relative folder of the
    file that names it, `""` for the docs root); or a path starting with `/`, taken from the
    docs root. Local paths must name a file MkDocs knows (`docs_files`), so the image is in the
    built site and the plugin can link to it relatively.

    Raises:
        ImageError: for other schemes, paths leaving the docs folder, and missing files.
    """
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme or parts.netloc:
        if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc:
            return ImageRef(text, external=True)
        raise ImageError(
            f"{show(text)} is not an http(s) URL or a path (accepted: https://… URLs, paths "
            f"relative to the file, or /paths from the docs folder)"
        )
    path = unquote(parts.path)
    if not path:
        raise ImageError(f"{show(text)} is empty")
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base_dir, path)
    src_uri = posixpath.normpath(joined)
    if src_uri == ".." or src_uri.startswith("../") or src_uri == ".":
        raise ImageError(f"{show(text)} points outside the docs folder")
    if src_uri not in docs_files:
        looked_for = shorten(src_uri)
        raise ImageError(f"{show(text)} not found (looked for {looked_for} in the docs folder)")
    return ImageRef(src_uri)
