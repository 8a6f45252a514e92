#!/usr/bin/env python3
"""Generate the example site's PNG images with nothing but the standard library.

Writes one 1200x630 hero image per post to ``example_site/docs/posts/images/`` and
one 256x256 avatar per author to ``example_site/docs/authors/``.

Heroes are a smooth three-stop diagonal gradient with a few soft, translucent
shapes (discs, rings and bands) on top; avatars are a shaded orb on a pale
background. Every image has its own palette, and the shapes are placed by a
random generator seeded with the image name, so the output is deterministic:
running the script again writes byte-identical files.

PNGs are encoded by hand (``zlib`` + ``struct``) as 8-bit RGB with the Sub filter
on every row, which keeps the smooth gradients small on disk (under 150 KB each).

Usage::

    python3 example_site/tools/make_images.py
"""

from __future__ import annotations

import math
import random
import struct
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

SITE_DIR = Path(__file__).resolve().parent.parent
HERO_DIR = SITE_DIR / "docs" / "posts" / "images"
AUTHOR_DIR = SITE_DIR / "docs" / "authors"

HERO_WIDTH, HERO_HEIGHT = 1200, 630
AVATAR_SIZE = 256

RGB = tuple[float, float, float]
Row = tuple[list[float], list[float], list[float]]

# One entry per post: hero image name (without ".png") -> three gradient stops.
HEROES: dict[str, tuple[str, str, str]] = {
    "a-small-studio-morning-routine": ("#ffecd2", "#fcb69f", "#ee7a84"),
    "choosing-a-color-palette-that-lasts": ("#2b5876", "#4e4376", "#c06c84"),
    "window-light-portraits-on-a-budget": ("#e0eafc", "#b8cbe0", "#f2c38b"),
    "naming-files-so-future-you-can-find-them": ("#134e5e", "#3a8f7a", "#9ccc8a"),
    "grids-for-people-who-hate-grids": ("#1f2a44", "#3b3f6b", "#e8707e"),
    "shooting-product-photos-for-a-client-portfolio": ("#efe6dd", "#c9b8a8", "#3d5a5f"),
    "from-sketchbook-to-screen": ("#fceabb", "#f8b500", "#e05d2a"),
    "the-studio-gear-we-actually-use": ("#0f2027", "#203a43", "#3f7f94"),
    "color-grading-photos-for-a-consistent-feed": ("#ee9ca7", "#ffdde1", "#a1c4fd"),
    "running-a-design-critique-that-actually-helps": ("#5f2c82", "#49a09d", "#b6e3c9"),
    "pricing-creative-work-without-panic": ("#f7f0ac", "#acf7c1", "#3bb2b8"),
    "lessons-from-a-year-of-film-photography": ("#3e2723", "#a1664b", "#f2c28b"),
}

# One entry per author slug: (background, orb highlight, orb shadow).
AVATARS: dict[str, tuple[str, str, str]] = {
    "michael-scott": ("#e3ecfa", "#8fb3ee", "#1f3f7a"),
    "ana-lopez": ("#fbe6e4", "#ffab91", "#a8324a"),
    "kenji-watanabe": ("#e2f5ec", "#8fe0b8", "#17665a"),
}


def hex_rgb(value: str) -> RGB:
    """Parse ``#rrggbb`` into a tuple of floats in 0..255."""
    text = value.lstrip("#")
    return (float(int(text[0:2], 16)), float(int(text[2:4], 16)), float(int(text[4:6], 16)))


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    """Limit ``value`` to the closed interval [low, high]."""
    return low if value < low else high if value > high else value


def smoothstep(edge0: float, edge1: float, value: float) -> float:
    """Hermite interpolation from 0 at ``edge0`` to 1 at ``edge1``."""
    if edge1 == edge0:
        return 0.0 if value < edge0 else 1.0
    t = clamp((value - edge0) / (edge1 - edge0))
    return t * t * (3.0 - 2.0 * t)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Linear interpolation between two colours."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def soft_edge(distance: float, half_width: float, soft: float) -> float:
    """Coverage (0..1) of a point ``distance`` from a shape's centre line or centre."""
    return 1.0 - smoothstep(half_width - soft, half_width + soft, distance)


class Shape(Protocol):
    """A translucent shape painted over the background."""

    @property
    def colour(self) -> RGB:
        """Colour painted where the shape is opaque."""
        ...

    @property
    def alpha(self) -> float:
        """Opacity at full coverage, 0..1."""
        ...

    def span(self, y: float, width: int) -> range:
        """Columns of row ``y`` the shape may touch."""
        ...

    def coverage(self, x: float, y: float) -> float:
        """How much of pixel (x, y) the shape covers, 0..1."""
        ...


def _circle_span(cx: float, cy: float, outer: float, y: float, width: int) -> range:
    dy = abs(y - cy)
    if dy >= outer:
        return range(0)
    half = math.sqrt(outer * outer - dy * dy)
    return range(max(0, math.floor(cx - half)), min(width, math.ceil(cx + half) + 1))


@dataclass(frozen=True)
class Disc:
    """A filled circle with a feathered edge (a large ``soft`` makes a glow)."""

    cx: float
    cy: float
    radius: float
    soft: float
    colour: RGB
    alpha: float

    def span(self, y: float, width: int) -> range:
        return _circle_span(self.cx, self.cy, self.radius + self.soft, y, width)

    def coverage(self, x: float, y: float) -> float:
        return soft_edge(math.hypot(x - self.cx, y - self.cy), self.radius, self.soft)


@dataclass(frozen=True)
class Ring:
    """A circle outline of the given thickness."""

    cx: float
    cy: float
    radius: float
    thickness: float
    soft: float
    colour: RGB
    alpha: float

    def span(self, y: float, width: int) -> range:
        outer = self.radius + self.thickness / 2 + self.soft
        return _circle_span(self.cx, self.cy, outer, y, width)

    def coverage(self, x: float, y: float) -> float:
        distance = abs(math.hypot(x - self.cx, y - self.cy) - self.radius)
        return soft_edge(distance, self.thickness / 2, self.soft)


@dataclass(frozen=True)
class Band:
    """An infinite straight stripe through (px, py) at ``angle`` radians."""

    px: float
    py: float
    angle: float
    thickness: float
    soft: float
    colour: RGB
    alpha: float

    def _normal(self) -> tuple[float, float]:
        return (-math.sin(self.angle), math.cos(self.angle))

    def span(self, y: float, width: int) -> range:
        nx, ny = self._normal()
        outer = self.thickness / 2 + self.soft
        offset = (y - self.py) * ny
        if abs(nx) < 1e-9:
            return range(width) if abs(offset) <= outer else range(0)
        x0 = self.px + (-outer - offset) / nx
        x1 = self.px + (outer - offset) / nx
        lo, hi = min(x0, x1), max(x0, x1)
        return range(max(0, math.floor(lo)), min(width, math.ceil(hi) + 1))

    def coverage(self, x: float, y: float) -> float:
        nx, ny = self._normal()
        distance = abs((x - self.px) * nx + (y - self.py) * ny)
        return soft_edge(distance, self.thickness / 2, self.soft)


def render(
    width: int,
    height: int,
    background: Callable[[int], Row],
    shapes: Sequence[Shape],
) -> Iterable[bytes]:
    """Yield 8-bit RGB scanlines: ``background(y)`` with ``shapes`` blended on top."""
    for y in range(height):
        reds, greens, blues = background(y)
        cy = y + 0.5
        for shape in shapes:
            sr, sg, sb = shape.colour
            for x in shape.span(cy, width):
                a = shape.alpha * shape.coverage(x + 0.5, cy)
                if a <= 0.0:
                    continue
                reds[x] += (sr - reds[x]) * a
                greens[x] += (sg - greens[x]) * a
                blues[x] += (sb - blues[x]) * a
        line = bytearray(width * 3)
        line[0::3] = bytes(int(clamp(v, 0.0, 255.0) + 0.5) for v in reds)
        line[1::3] = bytes(int(clamp(v, 0.0, 255.0) + 0.5) for v in greens)
        line[2::3] = bytes(int(clamp(v, 0.0, 255.0) + 0.5) for v in blues)
        yield bytes(line)


def encode_png(width: int, height: int, scanlines: Iterable[bytes]) -> bytes:
    """Encode 8-bit RGB scanlines as a PNG.

    Every row uses filter type 1 (Sub): on smooth horizontal gradients the
    byte-to-byte differences are almost all 0 or 1, which deflate squeezes well.
    (Choosing Sub/Up/Paeth per row with the usual sum-of-differences heuristic
    came out larger on these images.)
    """
    stride = width * 3
    raw = bytearray()
    rows = 0
    for line in scanlines:
        if len(line) != stride:
            raise ValueError(f"scanline {rows} has {len(line)} bytes, expected {stride}")
        raw.append(1)
        raw += bytes((a - b) & 0xFF for a, b in zip(line, bytes(3) + line[:-3], strict=True))
        rows += 1
    if rows != height:
        raise ValueError(f"got {rows} scanlines, expected {height}")

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def hero(name: str, stops: tuple[str, str, str]) -> bytes:
    """Render the hero image for one post."""
    rng = random.Random(name)
    width, height = HERO_WIDTH, HERO_HEIGHT
    first, middle, last = (hex_rgb(s) for s in stops)
    white: RGB = (255.0, 255.0, 255.0)

    # Diagonal gradient: t runs 0..1 along a direction 20-45 degrees below horizontal.
    angle = math.radians(rng.uniform(20.0, 45.0))
    dx, dy = math.cos(angle), math.sin(angle)
    t_max = width * dx + height * dy
    midpoint = rng.uniform(0.4, 0.6)

    def gradient(t: float) -> RGB:
        if t < midpoint:
            return mix(first, middle, smoothstep(0.0, midpoint, t))
        return mix(middle, last, smoothstep(midpoint, 1.0, t))

    def background(y: int) -> Row:
        row_offset = (y + 0.5) * dy
        colours = [gradient(((x + 0.5) * dx + row_offset) / t_max) for x in range(width)]
        return ([c[0] for c in colours], [c[1] for c in colours], [c[2] for c in colours])

    tints = (white, first, last)
    shapes: list[Shape] = [
        # A big, very soft glow somewhere in the upper half.
        Disc(
            cx=rng.uniform(0.15, 0.85) * width,
            cy=rng.uniform(0.1, 0.5) * height,
            radius=rng.uniform(160.0, 260.0),
            soft=rng.uniform(90.0, 140.0),
            colour=white,
            alpha=rng.uniform(0.18, 0.3),
        ),
        # A wide translucent band across the frame.
        Band(
            px=rng.uniform(0.3, 0.7) * width,
            py=rng.uniform(0.3, 0.7) * height,
            angle=math.radians(rng.choice((-1, 1)) * rng.uniform(15.0, 35.0)),
            thickness=rng.uniform(90.0, 180.0),
            soft=rng.uniform(20.0, 50.0),
            colour=rng.choice(tints),
            alpha=rng.uniform(0.1, 0.18),
        ),
    ]
    for _ in range(rng.randint(2, 3)):
        shapes.append(
            Disc(
                cx=rng.uniform(0.05, 0.95) * width,
                cy=rng.uniform(0.1, 0.9) * height,
                radius=rng.uniform(40.0, 150.0),
                soft=rng.uniform(1.5, 6.0),
                colour=rng.choice(tints),
                alpha=rng.uniform(0.15, 0.32),
            )
        )
    shapes.append(
        Ring(
            cx=rng.uniform(0.2, 0.8) * width,
            cy=rng.uniform(0.25, 0.75) * height,
            radius=rng.uniform(120.0, 230.0),
            thickness=rng.uniform(6.0, 16.0),
            soft=1.5,
            colour=white,
            alpha=rng.uniform(0.25, 0.4),
        )
    )
    return encode_png(width, height, render(width, height, background, shapes))


def avatar(colours: tuple[str, str, str]) -> bytes:
    """Render a round, softly shaded avatar for one author."""
    size = AVATAR_SIZE
    back, light, dark = (hex_rgb(c) for c in colours)
    centre = size / 2
    radius = size * 0.44
    # The orb is lit from the upper left.
    hx, hy = centre - radius * 0.45, centre - radius * 0.5
    reach = radius * 1.75

    def background(y: int) -> Row:
        cy = y + 0.5
        reds: list[float] = []
        greens: list[float] = []
        blues: list[float] = []
        for x in range(size):
            cx = x + 0.5
            inside = soft_edge(math.hypot(cx - centre, cy - centre), radius, 1.0)
            shade = mix(light, dark, smoothstep(0.0, reach, math.hypot(cx - hx, cy - hy)))
            r, g, b = mix(back, shade, inside)
            reds.append(r)
            greens.append(g)
            blues.append(b)
        return (reds, greens, blues)

    white: RGB = (255.0, 255.0, 255.0)
    shapes: list[Shape] = [
        Disc(cx=hx, cy=hy, radius=radius * 0.2, soft=radius * 0.3, colour=white, alpha=0.35),
        Ring(
            cx=centre,
            cy=centre,
            radius=radius * 0.72,
            thickness=3.0,
            soft=1.0,
            colour=white,
            alpha=0.3,
        ),
    ]
    return encode_png(size, size, render(size, size, background, shapes))


def main() -> None:
    """Write every hero and avatar image, replacing any previous versions."""
    HERO_DIR.mkdir(parents=True, exist_ok=True)
    AUTHOR_DIR.mkdir(parents=True, exist_ok=True)
    for name, stops in HEROES.items():
        path = HERO_DIR / f"{name}.png"
        path.write_bytes(hero(name, stops))
        print(f"wrote {path.relative_to(SITE_DIR)} ({path.stat().st_size // 1024} KiB)")
    for slug, colours in AVATARS.items():
        path = AUTHOR_DIR / f"{slug}.png"
        path.write_bytes(avatar(colours))
        print(f"wrote {path.relative_to(SITE_DIR)} ({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
