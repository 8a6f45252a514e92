"""read_image_facts: size, type and length from real image headers written here; a missing or
corrupt file gives what its name says and never an exception."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from mkdocs_blogposts.imagemeta import ImageFacts, image_mime, read_image_facts


def png_bytes(width: int, height: int) -> bytes:
    """A complete greyscale PNG: signature, IHDR, IDAT of black rows, IEND, each with its CRC."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = (b"\x00" + b"\x00" * width) * height  # filter byte 0, then the pixels
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int, height: int) -> bytes:
    """A JPEG's header up to its frame: SOI, a JFIF APP0 segment, SOF0 (3 components), EOI."""
    app0 = b"JFIF\x00" + bytes([1, 1, 0]) + struct.pack(">HH", 1, 1) + bytes([0, 0])
    components = b"".join(bytes([index, 0x11, 0]) for index in (1, 2, 3))
    sof0 = bytes([8]) + struct.pack(">HH", height, width) + bytes([3]) + components
    return (
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", len(app0) + 2)
        + app0
        + b"\xff\xc0"
        + struct.pack(">H", len(sof0) + 2)
        + sof0
        + b"\xff\xd9"
    )


def gif_bytes(width: int, height: int) -> bytes:
    """A 1-colour GIF89a: logical screen, global colour table, one image, trailer."""
    screen = b"GIF89a" + struct.pack("<HH", width, height) + bytes([0x80, 0, 0])
    image = b"\x2c" + struct.pack("<HHHH", 0, 0, width, height) + b"\x00"
    return screen + b"\x00\x00\x00\xff\xff\xff" + image + b"\x02\x02\x44\x01\x00" + b"\x3b"


def webp_bytes(width: int, height: int) -> bytes:
    """An extended WebP (`VP8X` chunk): canvas width and height minus one, 24 bits each."""
    vp8x = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little")
    vp8x += (height - 1).to_bytes(3, "little")
    body = b"WEBP" + b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body


def write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "expected_size", "mime"),
    [
        pytest.param("hero.png", png_bytes(120, 63), (120, 63), "image/png", id="png"),
        pytest.param("hero.jpg", jpeg_bytes(800, 450), (800, 450), "image/jpeg", id="jpg"),
        pytest.param("hero.jpeg", jpeg_bytes(1, 2), (1, 2), "image/jpeg", id="jpeg"),
        pytest.param("hero.gif", gif_bytes(16, 9), (16, 9), "image/gif", id="gif"),
        pytest.param("hero.webp", webp_bytes(1200, 630), (1200, 630), "image/webp", id="webp"),
        pytest.param(
            "hero.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"></svg>',
            (640, 360),
            "image/svg+xml",
            id="svg-px",
        ),
        pytest.param(
            "hero.svg",
            '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
            'width="10.5mm" height="1in"></svg>',
            (40, 96),  # 10.5 mm = 39.69 CSS px, rounded
            "image/svg+xml",
            id="svg-units",
        ),
        pytest.param("HERO.PNG", png_bytes(3, 4), (3, 4), "image/png", id="upper-case-name"),
    ],
)
def test_reads_size_type_and_length(
    tmp_path: Path, name: str, data: bytes | str, expected_size: tuple[int, int], mime: str
) -> None:
    path = write(tmp_path, name, data)
    width, height = expected_size
    assert read_image_facts(path) == ImageFacts(width, height, mime, os.path.getsize(path))


def test_svg_without_absolute_size_has_no_dimensions(tmp_path: Path) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 4 3"></svg>'
    path = write(tmp_path, "logo.svg", svg)
    assert read_image_facts(path) == ImageFacts(None, None, "image/svg+xml", len(svg))


def test_missing_file_gives_the_type_its_name_says(tmp_path: Path) -> None:
    path = str(tmp_path / "gone.webp")
    assert read_image_facts(path) == ImageFacts(None, None, "image/webp", None)


def test_folder_is_no_image(tmp_path: Path) -> None:
    (tmp_path / "a.png").mkdir()
    assert read_image_facts(str(tmp_path / "a.png")) == ImageFacts(None, None, "image/png", None)


def test_path_with_nul_is_no_file() -> None:
    assert read_image_facts("bad\x00.png") == ImageFacts(None, None, "image/png", None)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not an image at all", id="garbage"),
        pytest.param(png_bytes(5, 5)[:20], id="truncated-png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00", id="truncated-jpeg"),
        pytest.param(b"RIFF\x10\x00\x00\x00WEBPVP8Z\x00\x00\x00\x00", id="unknown-webp"),
        pytest.param(b"", id="empty"),
    ],
)
def test_corrupt_file_has_no_dimensions_but_a_length(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "broken.png", data)
    assert read_image_facts(path) == ImageFacts(None, None, "image/png", len(data))


def test_changed_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, "hero.png", png_bytes(10, 10))
    assert read_image_facts(path).width == 10
    write(tmp_path, "hero.png", png_bytes(20, 30))
    assert read_image_facts(path) == ImageFacts(20, 30, "image/png", os.path.getsize(path))


def test_same_length_new_mtime_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, "hero.gif", gif_bytes(10, 10))
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert read_image_facts(path).width == 10
    write(tmp_path, "hero.gif", gif_bytes(11, 12))  # same length, other size
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert (read_image_facts(path).width, read_image_facts(path).height) == (11, 12)


@pytest.mark.parametrize(
    ("path", "mime"),
    [
        ("a.png", "image/png"),
        ("a.JPG", "image/jpeg"),
        ("dir.v2/a.webp", "image/webp"),
        ("a.avif", "image/avif"),
        ("a.svg", "image/svg+xml"),
        ("a.gif", "image/gif"),
        ("a", None),
        ("a.unknown-extension", None),
    ],
)
def test_image_mime_by_name(path: str, mime: str | None) -> None:
    assert image_mime(path) == mime
