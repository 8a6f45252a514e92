"""An image file's size, type and length for social metadata, read from its header only.

Open Graph and X show a hero image sooner and crop it better when the page states its
width, height and type. `imagesize` reads those from the first bytes of the file, so a
build never decodes an image or needs a heavy image library.
"""

from __future__ import annotations

import functools
import math
import mimetypes
import os
import stat
from dataclasses import dataclass

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".svg": "image/svg+xml",
}
"""The web's image types, looked up before `mimetypes`: its tables come from the system
(`/etc/mime.types`, the Windows registry), which may lack `.webp` and `.avif` or name
`.png` `image/x-png`. A table of our own also leaves the global `mimetypes` untouched."""


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What social metadata says about an image file; None for anything not known."""

    width: int | None
    """Pixels (CSS pixels for an SVG with an absolute `width`), None if unreadable."""
    height: int | None
    mime: str | None
    """Media type guessed from the file name, e.g. `image/png`."""
    length: int | None
    """The file's size in bytes; None when the file can't be read."""


def image_mime(path: str) -> str | None:
    """The media type of an image file by its name's extension, any case; None if unknown."""
    extension = os.path.splitext(path)[1].lower()
    return IMAGE_TYPES.get(extension) or mimetypes.guess_type(path)[0]


def read_image_facts(path: str) -> ImageFacts:
    """Size, type and length of the image at `path`; never raises.

    A missing or unreadable file gives only the type its name suggests. Results are cached
    by path, modification time and size, so a `mkdocs serve` rebuild reads a changed image
    again and an unchanged one never.
    """
    try:
        status = os.stat(path)
    except (OSError, ValueError):  # ValueError: a path with a NUL character
        return ImageFacts(None, None, image_mime(path), None)
    if not stat.S_ISREG(status.st_mode):
        return ImageFacts(None, None, image_mime(path), None)
    return _read_stamped(path, status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=4096)
def _read_stamped(path: str, mtime_ns: int, length: int) -> ImageFacts:
    """`read_image_facts` for one version of a file: the stamp is part of the cache key."""
    try:
        # Imported on first use: imagesize imports the network stack (urllib.request, ssl),
        # 2 MB and ~18 ms that a site without images never needs.
        import imagesize

        width, height = imagesize.get(path)
    except Exception:  # imagesize before 2.0 raises on some corrupt files
        width, height = -1, -1
    return ImageFacts(_pixels(width), _pixels(height), image_mime(path), length)


def _pixels(value: object) -> int | None:
    """A dimension from `imagesize` as whole pixels: it gives -1 when unknown and a float for
    SVG lengths (`10.5mm`); None for anything that is not a positive finite number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if not math.isfinite(value) or value <= 0:
        return None
    return max(1, round(value))
