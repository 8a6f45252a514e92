"""Deterministic corpus generator for the mkdocs-blogposts benchmark.

``generate(root, n, flavour)`` writes a complete MkDocs project (``mkdocs.yml`` and ``docs/``)
into ``root``. The three flavours are built from the *same* posts:

* ``plain``     -- plain MkDocs + Material theme; posts live in ``docs/posts/`` and are kept out
  of the navigation with ``not_in_nav``. The blog front matter is simply ignored by MkDocs.
* ``blogposts`` -- the same project with ``plugins: [search, blogposts]``, an authors registry
  ``docs/authors.yml`` and avatars in ``docs/authors/``.
* ``material``  -- Material for MkDocs' built-in blog plugin (``plugins: [search, blog]``) with the
  front matter translated to its format; posts live in ``docs/blog/posts/``.

Everything is derived from seeded ``random.Random`` instances (one per post, keyed by the post
index), so the same ``n`` always yields byte-identical files, and the first ``k`` posts of a
larger corpus are the same as the posts of a corpus of size ``k``.

Usage: ``python bench/generate.py ROOT N FLAVOUR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import re
import shutil
import struct
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FLAVOURS: tuple[str, ...] = ("plain", "blogposts", "material")
SEED = "mkdocs-blogposts-bench-v1"
MIN_WORDS, MAX_WORDS = 500, 900  # body length (prose, headings and list items)

# --------------------------------------------------------------------------------------------
# Fixed vocabulary
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    slug: str
    name: str
    bio: str


AUTHORS: tuple[Author, ...] = (
    Author(
        "michael-scott", "Michael Scott", "Regional manager, amateur filmmaker and storyteller."
    ),
    Author(
        "pam-beesly", "Pam Beesly", "Illustrator and watercolour painter who loves clean lines."
    ),
    Author(
        "jim-halpert", "Jim Halpert", "Writes about workflows, tooling and the art of shipping."
    ),
    Author("dwight-schrute", "Dwight Schrute", "Hardware reviewer and lighting rig perfectionist."),
    Author("angela-martin", "Angela Martin", "Typographer and print production specialist."),
    Author("oscar-martinez", "Oscar Martinez", "Colourist with a soft spot for film emulation."),
)

CATEGORIES: tuple[str, ...] = (
    "studio tips",
    "color grading",
    "photography",
    "ai art",
    "digital painting",
    "workflow",
    "hardware reviews",
    "tutorials",
    "industry news",
    "portfolio building",
    "lighting",
    "typography",
    "3d modeling",
    "animation",
    "illustration",
    "print production",
    "client work",
    "career advice",
    "open source tools",
    "behind the scenes",
)

TAGS: tuple[str, ...] = (
    *(
        f"{adjective} {noun}"
        for adjective in ("quick", "deep", "practical", "visual", "hands-on", "weekly")
        for noun in ("tips", "guide", "review", "notes", "case study", "recipe", "checklist", "q&a")
    ),
    *("python", "blender", "krita", "gimp", "darktable", "inkscape", "figma", "procreate"),
)
"""56 tags; `make_posts` favours the first ones."""

# (file name, RGB colour) of the shared hero images.
HERO_IMAGES: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("AI-artwork.png", (222, 94, 68)),
    ("studio-desk.png", (64, 120, 190)),
    ("color-palette.png", (240, 200, 80)),
    ("camera-rig.png", (40, 40, 48)),
    ("sketchbook.png", (236, 228, 212)),
    ("render-farm.png", (90, 170, 120)),
    ("gallery-wall.png", (150, 90, 160)),
    ("tablet-setup.png", (30, 160, 170)),
)

AVATAR_COLOUR = (120, 130, 140)

TITLE_VERBS = (
    "Unlocking",
    "Mastering",
    "Rethinking",
    "Exploring",
    "Demystifying",
    "Building",
    "Scaling",
    "Simplifying",
    "Improving",
    "Understanding",
    "Automating",
    "Planning",
)
TITLE_ADJECTIVES = (
    "Creative",
    "Reliable",
    "Consistent",
    "Modern",
    "Practical",
    "Collaborative",
    "Efficient",
    "Sustainable",
    "Expressive",
    "Predictable",
)
TITLE_NOUNS = (
    "Potential",
    "Workflows",
    "Colour Pipelines",
    "Lighting Setups",
    "Client Reviews",
    "Portfolios",
    "Sketching Habits",
    "Render Budgets",
    "Studio Routines",
    "Print Proofs",
    "Brush Libraries",
    "Asset Archives",
)
TITLE_TOPICS = (
    "AI-Generated Artwork",
    "Open Source Tools",
    "a Small Team",
    "Natural Light",
    "Reference Boards",
    "Version Control",
    "Custom LUTs",
    "Tablet Shortcuts",
    "Shared Libraries",
    "Weekly Critiques",
    "Batch Exports",
    "Colour Management",
    "Procedural Textures",
    "Remote Clients",
)
TITLE_TEMPLATES = (
    "{verb} {adj} {noun} with {topic}",
    "{verb} {noun} for {topic}",
    "How {topic} Changed Our {noun}",
    "A Field Guide to {adj} {noun}",
    "Notes on {topic} and {adj} {noun}",
    "Why {adj} {noun} Start with {topic}",
    "{verb} {topic} in Practice",
    "Lessons Learned from {topic}",
)

SUBJECTS = (
    "The studio",
    "Our team",
    "Every artist",
    "A good reference board",
    "The colour pipeline",
    "This workflow",
    "The client",
    "A calibrated monitor",
    "The render queue",
    "A small habit",
    "The final print",
    "Your portfolio",
    "The lighting rig",
    "A shared library",
    "Each review round",
)
VERBS = (
    "depends on",
    "benefits from",
    "starts with",
    "quietly improves",
    "rarely survives without",
    "makes room for",
    "is shaped by",
    "keeps track of",
    "should never ignore",
    "gets faster with",
    "pays off through",
    "is easier to manage with",
)
OBJECTS = (
    "consistent naming",
    "a predictable export step",
    "clear feedback from the client",
    "a handful of reusable presets",
    "honest critiques",
    "well organised source files",
    "soft, indirect light",
    "a fixed colour space",
    "short iteration loops",
    "careful version control",
    "a realistic schedule",
    "good reference material",
    "a calm working environment",
    "automated backups",
    "a written style guide",
)
TAILS = (
    "",
    "",
    " in the long run",
    " when deadlines get tight",
    " more than most people expect",
    " once the project grows",
    " during the first week",
    " for every new hire",
    " even on small projects",
    " when you least expect it",
    " across the whole team",
)
CONNECTORS = (
    "",
    "",
    "",
    "In practice, ",
    "Honestly, ",
    "Over time, ",
    "For us, ",
    "Surprisingly, ",
    "As a rule, ",
    "On most projects, ",
)
HEADINGS = (
    "Why it matters",
    "Getting started",
    "Setting up the studio",
    "A practical workflow",
    "Common mistakes",
    "What we changed",
    "Tools we rely on",
    "Working with clients",
    "Measuring the results",
    "Lessons learned",
    "Going further",
    "A quick checklist",
    "Keeping it sustainable",
    "The budget question",
    "Where to go next",
)
BULLETS = (
    "Name every file with the project code and a version number",
    "Export a low resolution proof before the final render",
    "Keep the reference board next to the canvas",
    "Schedule a short review at the end of each day",
    "Archive the raw files before touching the colour grade",
    "Write down the settings that produced a good result",
    "Check the print profile before sending anything out",
    "Ask for feedback early, not when the work is finished",
    "Back up the brush library together with the project",
    "Limit yourself to three colours for the first sketch",
    "Turn off notifications while painting",
    "Test the lighting with a grey card first",
)

CODE_BLOCKS: tuple[tuple[str, str], ...] = (
    (
        "python",
        "from pathlib import Path\n"
        "\n"
        "for image in sorted(Path('exports').glob('*.png')):\n"
        "    target = image.with_suffix('.webp')\n"
        "    print(f'converting {image} -> {target}')\n",
    ),
    (
        "bash",
        "#!/usr/bin/env bash\n"
        "set -euo pipefail\n"
        'rsync -a --delete "$HOME/studio/projects/" /mnt/backup/projects/\n'
        'echo "backup finished at $(date)"\n',
    ),
    (
        "yaml",
        "export:\n"
        "  format: png\n"
        "  colour_space: sRGB\n"
        "  sizes: [640, 1280, 2560]\n"
        "  sharpen: true\n",
    ),
    (
        "json",
        "{\n"
        '  "project": "spring-campaign",\n'
        '  "palette": ["#de5e44", "#4078be", "#f0c850"],\n'
        '  "review": {"rounds": 2, "deadline": "friday"}\n'
        "}\n",
    ),
    (
        "python",
        "def contact_sheet(images: list[str], columns: int = 4) -> list[list[str]]:\n"
        "    rows = []\n"
        "    for start in range(0, len(images), columns):\n"
        "        rows.append(images[start : start + columns])\n"
        "    return rows\n",
    ),
)

# --------------------------------------------------------------------------------------------
# Post model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    slug: str
    title: str
    author: str
    categories: tuple[str, ...]
    date: dt.date
    featured: bool
    image: str
    body: str
    tags: tuple[str, ...] = ()


_DATE_START = dt.date(2015, 1, 1)
_DATE_SPAN_DAYS = (dt.date(2024, 12, 31) - _DATE_START).days


def slugify(text: str) -> str:
    """Lower-case kebab-case slug, ASCII letters and digits only."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _sentence(rng: _Random) -> str:
    connector = rng.choice(CONNECTORS)
    subject = rng.choice(SUBJECTS)
    if connector:
        subject = subject[0].lower() + subject[1:]
    return f"{connector}{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."


def _paragraph(rng: _Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))


def _words(text: str) -> int:
    return len(text.split())


def _body(rng: _Random) -> str:
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    with_more = rng.random() < 0.30
    with_code = rng.random() < 0.50
    n_sections = rng.randint(3, 5)
    headings = rng.sample(HEADINGS, n_sections)
    list_section = rng.randrange(n_sections)
    code_section = rng.randrange(n_sections)

    blocks: list[str] = [_paragraph(rng)]
    if with_more:
        blocks.append("<!-- more -->")
    words = _words(blocks[0])

    sections: list[list[str]] = []
    for index, heading in enumerate(headings):
        section = [f"## {heading}", _paragraph(rng)]
        words += _words(section[0]) + _words(section[1])
        if index == list_section:
            items = rng.sample(BULLETS, rng.randint(3, 5))
            section.append("\n".join(f"- {item}" for item in items))
            words += sum(_words(item) + 1 for item in items)
        if with_code and index == code_section:
            language, code = rng.choice(CODE_BLOCKS)
            section.append(f"```{language}\n{code}```")
        sections.append(section)

    # Top the sections up with paragraphs (round-robin) until the word target is reached.
    index = 0
    while words < target:
        paragraph = _paragraph(rng)
        while words + _words(paragraph) > MAX_WORDS and ". " in paragraph:
            paragraph = paragraph.rsplit(". ", 1)[0] + "."  # drop the last sentence
        if words + _words(paragraph) > MAX_WORDS:
            break
        sections[index % n_sections].insert(2, paragraph)
        words += _words(paragraph)
        index += 1

    for section in sections:
        blocks.extend(section)
    return "\n\n".join(blocks) + "\n"


class _Random:
    """Tiny typed facade over ``random.Random`` (keeps the call sites short and typed)."""

    def __init__(self, seed: str) -> None:
        self._rng = random.Random(seed)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self._rng.randrange(len(seq))]

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self._rng.sample(list(seq), k)

    def randint(self, a: int, b: int) -> int:
        return self._rng.randint(a, b)

    def randrange(self, n: int) -> int:
        return self._rng.randrange(n)

    def random(self) -> float:
        return self._rng.random()


def _title(rng: _Random) -> str:
    return rng.choice(TITLE_TEMPLATES).format(
        verb=rng.choice(TITLE_VERBS),
        adj=rng.choice(TITLE_ADJECTIVES),
        noun=rng.choice(TITLE_NOUNS),
        topic=rng.choice(TITLE_TOPICS),
    )


@functools.lru_cache(maxsize=4)
def make_posts(n: int) -> tuple[Post, ...]:
    """The ``n`` posts of the corpus (post ``i`` only depends on ``i`` and earlier slugs)."""
    posts: list[Post] = []
    seen: dict[str, int] = {}
    for i in range(n):
        rng = _Random(f"{SEED}:{i}")
        title = _title(rng)
        base = slugify(title)
        count = seen.get(base, 0) + 1
        seen[base] = count
        if count > 1:  # a recurring title becomes a series: "... (Part 2)"
            title = f"{title} (Part {count})"
        slug = slugify(title)
        author = rng.choice([a.slug for a in AUTHORS])
        categories = tuple(rng.sample(CATEGORIES, rng.randint(1, 3)))
        date = _DATE_START + dt.timedelta(days=rng.randint(0, _DATE_SPAN_DAYS))
        featured = rng.random() < 0.05
        image = rng.choice([name for name, _ in HERO_IMAGES])
        body = _body(rng)
        # Drawn last, so the fields above stay what earlier corpora had. Popular tags
        # first (a few tags hold many posts, as on real blogs): 0-4 tags a post.
        tags = tuple(
            dict.fromkeys(
                TAGS[min(int(rng.random() ** 2 * len(TAGS)), len(TAGS) - 1)]
                for _ in range(rng.randint(0, 4))
            )
        )
        posts.append(Post(slug, title, author, categories, date, featured, image, body, tags))
    return tuple(posts)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A tiny valid RGB PNG with a subtle vertical gradient (stdlib only)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = []
    for y in range(height):
        shade = tuple(max(0, c - y * 2) for c in rgb)
        rows.append(b"\x00" + bytes(shade) * width)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def _flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def seed_front_matter(post: Post) -> str:
    """Front matter in the seed format (the format the blogposts plugin reads)."""
    return (
        "---\n"
        f"author: {post.author}\n"
        f"categories: {_flow_list(post.categories)}\n"
        f"date: {post.date:%m/%d/%Y}\n"
        f"featured: {'true' if post.featured else 'false'}\n"
        f"image: ./images/{post.image}\n"
        + (f"tags: {_flow_list(post.tags)}\n" if post.tags else "")
        + f"title: {post.title}\n"
        "---\n"
    )


def material_front_matter(post: Post) -> str:
    """Front matter translated to Material's blog plugin format."""
    return (
        "---\n"
        f"authors: [{post.author}]\n"
        f"categories: {_flow_list(post.categories)}\n"
        f"date: {post.date:%Y-%m-%d}\n"
        f"title: {post.title}\n"
        "---\n"
    )


def _mkdocs_yml(n: int, flavour: str) -> str:
    lines = [
        f"site_name: Bench blog ({n} posts)",
        "site_url: https://bench.example.com/",
        "theme:",
        "  name: material",
        "plugins:",
        "  - search",
    ]
    if flavour == "blogposts":
        lines.append("  - blogposts")
    elif flavour == "material":
        lines.append("  - blog")
    if flavour == "plain":
        lines += ["not_in_nav: |", "  /posts/"]
    return "\n".join(lines) + "\n"


def _authors_yml() -> str:
    lines = []
    for a in AUTHORS:
        lines += [
            f"{a.slug}:",
            f"  name: {a.name}",
            f"  avatar: authors/{a.slug}.png",
            f'  bio: "{a.bio}"',
        ]
    return "\n".join(lines) + "\n"


def _material_authors_yml() -> str:
    lines = ["authors:"]
    for a in AUTHORS:
        lines += [
            f"  {a.slug}:",
            f"    name: {a.name}",
            f'    description: "{a.bio}"',
            f"    avatar: authors/{a.slug}.png",
        ]
    return "\n".join(lines) + "\n"


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))


INDEX_MD = (
    "# Bench blog\n\n"
    "A synthetic blog used to benchmark MkDocs build times. "
    "The posts are generated deterministically by `bench/generate.py`.\n"
)


def generate(root: Path, n: int, flavour: str) -> None:
    """Write the complete MkDocs project for ``flavour`` with ``n`` posts into ``root``.

    ``root`` is wiped first, so the result only depends on ``n`` and ``flavour``.
    """
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown flavour {flavour!r} (expected one of {', '.join(FLAVOURS)})")
    if n < 0:
        raise ValueError("n must be >= 0")
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    _write(root / "mkdocs.yml", _mkdocs_yml(n, flavour))
    _write(docs / "index.md", INDEX_MD)

    posts_dir = docs / "blog" / "posts" if flavour == "material" else docs / "posts"
    for name, colour in HERO_IMAGES:
        _write(posts_dir / "images" / name, png_bytes(32, 20, colour))

    if flavour != "plain":
        avatar = png_bytes(8, 8, AVATAR_COLOUR)
        for a in AUTHORS:
            _write(docs / "authors" / f"{a.slug}.png", avatar)
    if flavour == "blogposts":
        _write(docs / "authors.yml", _authors_yml())
    if flavour == "material":
        _write(docs / "blog" / "index.md", "# Blog\n")
        _write(docs / "blog" / ".authors.yml", _material_authors_yml())

    render = material_front_matter if flavour == "material" else seed_front_matter
    for post in make_posts(n):
        _write(posts_dir / f"{post.slug}.md", render(post) + "\n" + post.body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("root", type=Path, help="output directory (wiped first)")
    parser.add_argument("n", type=int, help="number of posts")
    parser.add_argument("flavour", choices=FLAVOURS)
    args = parser.parse_args(argv)
    generate(args.root, args.n, args.flavour)
    return 0


if __name__ == "__main__":
    sys.exit(main())
