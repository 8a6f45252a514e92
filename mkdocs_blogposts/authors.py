"""The authors registry, in any of the three shapes users already have.

1. A YAML file mapping slug -> `name`, `avatar`, `bio` or `description`, `url`, `links`.
2. Material's `.authors.yml`: the same under a top-level `authors:` key.
3. A folder of Markdown profiles, `<slug>.md`, front matter `name` and `image` or `avatar`,
   the body being the bio (the Astro blog starters' convention).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .images import ImageError, resolve_image
from .model import Author, ImageRef
from .posts import split_front_matter
from .problems import Problem, kind_of, show
from .urls import is_safe_link
from .yamlload import YamlError, load_yaml

REGISTRY_CANDIDATES = ("authors.yml", ".authors.yml", "authors")
"""Looked for in the docs folder, in this order, when the `authors` option is unset."""


@dataclass
class Registry:
    """The authors by slug, what was wrong in the registry, and its Markdown profile files."""

    authors: dict[str, Author] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    profile_pages: list[str] = field(default_factory=list)
    """Docs-relative paths of profile files that MkDocs also builds as pages."""


def find_registry(docs_dir: Path, configured: str | None) -> Path | None:
    """The registry path: the configured one (relative to `docs_dir`), else the first default
    that exists; None when there is none."""
    if configured:
        return docs_dir / configured
    for candidate in REGISTRY_CANDIDATES:
        if (docs_dir / candidate).exists():
            return docs_dir / candidate
    return None


def load_registry(path: Path, docs_dir: Path, docs_files: Container[str]) -> Registry:
    """Read the registry at `path` (a YAML file or a folder of profiles).

    Avatars may be URLs or files relative to the entry's own file (or `/`-paths from the docs
    root); local avatars must be files of the site, so `docs_files` is checked.
    """
    registry = Registry()
    shown = _shown_path(path, docs_dir)
    if not path.exists():
        registry.problems.append(
            Problem(shown, None, "authors registry not found; bylines show author slugs")
        )
    elif path.is_dir():
        folder = path.resolve()
        for profile in sorted(path.glob("*.md")):
            if profile.resolve().parent != folder:  # a symlink out of the folder
                registry.problems.append(
                    Problem(
                        _shown_path(profile, docs_dir),
                        None,
                        "links to a file outside the authors folder; not read",
                    )
                )
                continue
            _read_profile(profile, docs_dir, docs_files, registry)
    else:
        _read_yaml_registry(path, shown, docs_dir, docs_files, registry)
    return registry


def _shown_path(path: Path, docs_dir: Path) -> str:
    """A path as users know it: docs-relative, with forward slashes."""
    return Path(os.path.relpath(path, docs_dir)).as_posix()


def _read_text(path: Path, shown: str, registry: Registry) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        registry.problems.append(
            Problem(shown, None, f"is not UTF-8 text (byte {error.start}); ignored")
        )
    except OSError as error:
        registry.problems.append(Problem(shown, None, f"cannot be read ({error.strerror})"))
    return None


def _read_yaml_registry(
    path: Path, shown: str, docs_dir: Path, docs_files: Container[str], registry: Registry
) -> None:
    text = _read_text(path, shown, registry)
    if text is None:
        return
    try:
        data = load_yaml(text)
    except YamlError as error:
        line = error.line + 1 if error.line is not None else None
        registry.problems.append(
            Problem(shown, line, f"is not valid YAML ({error.reason}); no authors loaded")
        )
        return
    if isinstance(data, dict) and isinstance(data.get("authors"), dict):
        data = data["authors"]  # Material's .authors.yml shape
    if data is None:
        data = {}
    if not isinstance(data, dict):
        registry.problems.append(
            Problem(
                shown,
                1,
                f"is {kind_of(data)}, expected a mapping of author slug -> "
                "name, avatar, bio, url; no authors loaded",
            )
        )
        return
    base_dir = posixpath.dirname(shown)
    for slug, entry in data.items():
        entry_reader = _EntryReader(str(slug), shown, base_dir, text, registry)
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            entry_reader.problem(
                None,
                f"author {str(slug)!r} is {kind_of(entry)}, expected name, avatar, "
                "bio, url; the slug is shown as the name",
            )
            entry, entry_reader.name_is_reported = {}, True
        author = entry_reader.author(entry, docs_files, bio_keys=("bio", "description"))
        registry.authors[author.slug] = author


def _read_profile(
    path: Path, docs_dir: Path, docs_files: Container[str], registry: Registry
) -> None:
    shown = _shown_path(path, docs_dir)
    text = _read_text(path, shown, registry)
    if text is None:
        return
    front = split_front_matter(shown, text)
    registry.problems.extend(front.problems)
    if not shown.startswith("../") and shown in docs_files:
        registry.profile_pages.append(shown)
    entry = {**front.data, "bio": front.body.strip()}
    reader = _EntryReader(path.stem, shown, posixpath.dirname(shown), front.yaml_text, registry)
    reader.line_offset = front.yaml_line - 1
    reader.avatar_keys = ("avatar", "image")
    reader.name_is_reported = bool(front.problems)  # unreadable YAML was reported already
    registry.authors[path.stem] = reader.author(entry, docs_files, bio_keys=("bio",))


class _EntryReader:
    """Validates one registry entry, reporting problems with the file and line."""

    def __init__(self, slug: str, shown: str, base_dir: str, text: str, registry: Registry):
        self.slug = slug
        self.shown = shown
        self.base_dir = base_dir
        self.text = text
        self.registry = registry
        self.line_offset = 0
        self.is_profile = shown.endswith(".md")
        self.avatar_keys: tuple[str, ...] = ("avatar",)
        """Keys holding the avatar, first found wins (profiles also take `image`)."""
        self.name_is_reported = False
        """Set when a problem already said why the entry has no name."""

    def problem(self, key: str | None, message: str) -> None:
        self.registry.problems.append(Problem(self.shown, self._line(key), message))

    def _line(self, key: str | None) -> int | None:
        """The line of this entry's `key` (or of the entry itself), found only on a problem."""
        start = 0
        if not self.is_profile:
            entry = re.search(rf"^[ \t]*['\"]?{re.escape(self.slug)}['\"]?[ \t]*:", self.text, re.M)
            if entry is None:
                return None
            start = entry.start()
        if key is not None:
            found = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*:", re.M).search(self.text, start)
            if found is not None:
                start = found.start()
        return self.line_offset + self.text.count("\n", 0, start) + 1

    def author(
        self, entry: Mapping[Any, object], docs_files: Container[str], bio_keys: tuple[str, ...]
    ) -> Author:
        name = self._text(entry, "name")
        if name is None:
            if not self.name_is_reported:
                self.problem(None, f"author {self.slug!r} has no name; the slug is shown instead")
            name = self.slug
        bio = next((b for b in (self._text(entry, k) for k in bio_keys) if b), "")
        return Author(
            slug=self.slug,
            name=name,
            avatar=self._avatar(entry, docs_files),
            bio=bio,
            url=self._link(entry, "url"),
            links=tuple(self._links(entry)),
        )

    def _text(self, entry: Mapping[Any, object], key: str) -> str | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return value.strip() or None
        self.problem(key, f"author {self.slug!r}: {key} {show(value)} is not text; ignored")
        return None

    def _avatar(self, entry: Mapping[Any, object], docs_files: Container[str]) -> ImageRef | None:
        key = next((k for k in self.avatar_keys if entry.get(k) is not None), self.avatar_keys[0])
        value = self._text(entry, key)
        if value is None:
            return None
        try:
            return resolve_image(value, self.base_dir, docs_files)
        except ImageError as error:
            self.problem(key, f"author {self.slug!r}: {key} {error}; no avatar shown")
            return None

    def _link(self, entry: Mapping[Any, object], key: str) -> str | None:
        value = self._text(entry, key)
        if value is not None and not is_safe_link(value):
            self.problem(
                key,
                f"author {self.slug!r}: {key} {value!r} is not an http(s) or mailto URL "
                "or a relative link; not linked",
            )
            return None
        return value

    def _links(self, entry: Mapping[Any, object]) -> Iterator[tuple[str, str]]:
        links = entry.get("links")
        if links is None:
            return
        if not isinstance(links, dict):
            self.problem(
                "links", f"author {self.slug!r}: links should map a label to a URL; ignored"
            )
            return
        for label, url in links.items():
            if isinstance(url, str) and is_safe_link(url):
                yield str(label), url.strip()
            else:
                self.problem(
                    "links",
                    f"author {self.slug!r}: link {str(label)!r} -> {show(url)} is not an http(s) "
                    "or mailto URL or a relative link; left out",
                )
