"""The authors registry, in any of the three shapes users already have.

1. A YAML file mapping slug -> `name`, `avatar`, `bio` or `description`, `url`, `links`.
2. Material's `.authors.yml`: the same under a top-level `authors:` key.
3. A folder of Markdown profiles, `<slug>.md`, front matter `name` and `image` or `avatar`,
   the body being the bio (the Astro blog starters' convention).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .images import ImageError, resolve_image
from .model import Author, ImageRef
from .posts import NotTextError, read_optional_text, split_front_matter
from .problems import Problem, decode_utf8, kind_of, show
from .urls import is_safe_link
from .yamlload import FrontMatterLoader, YamlError, load_yaml

REGISTRY_CANDIDATES = ("authors.yml", ".authors.yml", "authors")
"""Looked for in the docs folder, in this order, when the `authors` option is unset."""


@dataclass
class Registry:
    """The authors by slug, what was wrong in the registry, and its Markdown profile files."""

    authors: dict[str, Author] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    profile_pages: list[str] = field(default_factory=list)
    """Docs-relative paths of profile files that MkDocs also builds as pages."""
    sources: dict[str, tuple[str, _Lines | None]] = field(default_factory=dict)
    """Author slug -> the file it is read from, as messages show it, and that file's lines
    (None for a profile: the file is the entry)."""

    def place_of(self, slug: str) -> str:
        """Where author `slug` is, as messages show it: `authors.yml:12` (the entry's line,
        found as for the registry's own problems), or a profile's file `authors/ana.md`."""
        shown, lines = self.sources.get(slug, ("", None))
        line = None if lines is None else lines.of(slug, None)
        return f"{shown}:{line}" if line else shown


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
        _read_yaml_registry(path, shown, docs_files, registry)
    return registry


def _shown_path(path: Path, docs_dir: Path) -> str:
    """A path as users know it: docs-relative, with forward slashes."""
    return Path(os.path.relpath(path, docs_dir)).as_posix()


def _read_text(path: Path, shown: str, registry: Registry) -> str | None:
    """The file's text; None (and a problem) when it cannot be read or is not UTF-8."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        registry.problems.append(Problem(shown, None, f"cannot be read ({error.strerror})"))
        return None
    text, problem = decode_utf8(shown, raw, "ignored")
    if problem is not None:
        registry.problems.append(problem)
        return None
    return text


def _read_yaml_registry(
    path: Path, shown: str, docs_files: Container[str], registry: Registry
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
    lines = _Lines(text)
    if isinstance(data, dict) and isinstance(data.get("authors"), dict):
        data = data["authors"]  # Material's .authors.yml shape
        lines.entries_key = "authors"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        registry.problems.append(
            Problem(
                shown,
                lines.of(None, None),
                f"is {kind_of(data)}, expected a mapping of author slug -> "
                "name, avatar, bio, url; no authors loaded",
            )
        )
        return
    base_dir = posixpath.dirname(shown)
    for slug, entry in data.items():
        entry_reader = _EntryReader(str(slug), shown, base_dir, lines, registry)
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            entry_reader.problem(
                None,
                f"author {show(str(slug))} is {kind_of(entry)}, expected name, avatar, "
                "bio, url; the slug is shown as the name",
            )
            entry, entry_reader.name_is_reported = {}, True
        author = entry_reader.author(entry, docs_files, bio_keys=("bio", "description"))
        registry.authors[author.slug] = author
        registry.sources[author.slug] = (shown, lines)


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
    lines = _Lines(front.yaml_text, front.yaml_line)
    reader = _EntryReader(
        path.stem, shown, posixpath.dirname(shown), lines, registry, is_profile=True
    )
    reader.avatar_keys = ("avatar", "image")
    reader.name_is_reported = bool(front.problems)  # unreadable YAML was reported already
    registry.authors[path.stem] = reader.author(entry, docs_files, bio_keys=("bio",))
    registry.sources[path.stem] = (shown, None)


class _Lines:
    """Where a registry file's entries and their keys are: found, by composing the YAML once
    more, only when a problem needs a line."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.text = text
        self.first_line = first_line
        """The file line on which `text` starts (a profile's front matter starts on line 2)."""
        self.entries_key: str | None = None
        """The key the entries are under (Material's `authors:`), if not at the top level."""
        self._root: yaml.Node | None = None
        self._composed = False

    def of(self, slug: str | None, key: str | None) -> int | None:
        """The line of `key` in the entry `slug`, else of the entry itself. `slug` None: the
        whole text is one entry (a profile) or, with `key` None, the document."""
        root = self._compose()
        entry_key, entry = None, root
        if slug is not None:
            entries = _value_of(root, self.entries_key) if self.entries_key else root
            item = _item(entries, slug)
            if item is None:
                return None
            entry_key, entry = item
        item = _item(entry, key) if key is not None else None
        node = item[0] if item is not None else entry if entry_key is None else entry_key
        if node is None:  # a profile without front matter: its place is the first line
            return self.first_line
        return self.first_line + node.start_mark.line

    def _compose(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self.text, Loader=FrontMatterLoader)
            except yaml.YAMLError:  # reported already, by `load_yaml`
                self._root = None
        return self._root


def _item(mapping: yaml.Node | None, name: str) -> tuple[yaml.Node, yaml.Node] | None:
    """The (key, value) nodes of `name` in a YAML mapping node; the last one, as loading does."""
    found = None
    if isinstance(mapping, yaml.MappingNode):
        for key, value in mapping.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                found = (key, value)
    return found


def _value_of(mapping: yaml.Node | None, name: str) -> yaml.Node | None:
    item = _item(mapping, name)
    return item[1] if item is not None else None


class _EntryReader:
    """Validates one registry entry, reporting problems with the file and line."""

    def __init__(
        self,
        slug: str,
        shown: str,
        base_dir: str,
        lines: _Lines,
        registry: Registry,
        *,
        is_profile: bool = False,
    ) -> None:
        self.slug = slug
        self.entry_key = None if is_profile else slug
        """The entry's key in a YAML registry; None for a profile (the file is the entry)."""
        self.shown = shown
        self.base_dir = base_dir
        self.lines = lines
        self.registry = registry
        self.avatar_keys: tuple[str, ...] = ("avatar",)
        """Keys holding the avatar, first found wins (profiles also take `image`)."""
        self.name_is_reported = False
        """Set when a problem already said why the entry has no name."""

    def problem(self, key: str | None, message: str) -> None:
        """Report `message` on the line of this entry's `key` (or of the entry itself)."""
        line = self.lines.of(self.entry_key, key)
        self.registry.problems.append(Problem(self.shown, line, message))

    def author(
        self, entry: Mapping[Any, object], docs_files: Container[str], bio_keys: tuple[str, ...]
    ) -> Author:
        name = self._text(entry, "name")
        if name is None:
            if not self.name_is_reported:
                self.problem(
                    None, f"author {show(self.slug)} has no name; the slug is shown instead"
                )
            name = self.slug
        bio = next((b for b in (self._text(entry, k) for k in bio_keys) if b), "")
        return Author(
            slug=self.slug,
            name=name,
            avatar=self._avatar(entry, docs_files),
            bio=bio,
            url=self._link(entry, "url"),
            links=tuple(self._links(entry)),
            email=self._email(entry),
        )

    def _email(self, entry: Mapping[Any, object]) -> str | None:
        """The author's e-mail address (`email`), for feeds: RSS names an author only by one."""
        value = self._text(entry, "email")
        if value is None:
            return None
        address = value.strip().removeprefix("mailto:")
        local, at, domain = address.partition("@")
        if not (local and at and "." in domain) or any(c.isspace() or c in "<>()" for c in address):
            self.problem(
                "email",
                f"author {show(self.slug)}: email {show(value)} is not an e-mail address "
                "like ana@example.org; left out",
            )
            return None
        return address

    def _text(self, entry: Mapping[Any, object], key: str) -> str | None:
        try:
            return read_optional_text(entry.get(key), key)
        except NotTextError as error:
            self.problem(key, f"author {show(self.slug)}: {error}; ignored")
            return None

    def _avatar(self, entry: Mapping[Any, object], docs_files: Container[str]) -> ImageRef | None:
        key = next((k for k in self.avatar_keys if entry.get(k) is not None), self.avatar_keys[0])
        value = self._text(entry, key)
        if value is None:
            return None
        try:
            return resolve_image(value, self.base_dir, docs_files)
        except ImageError as error:
            self.problem(key, f"author {show(self.slug)}: {key} {error}; no avatar shown")
            return None

    def _link(self, entry: Mapping[Any, object], key: str) -> str | None:
        value = self._text(entry, key)
        if value is not None and not is_safe_link(value):
            self.problem(
                key,
                f"author {show(self.slug)}: {key} {show(value)} is not an http(s) or mailto URL "
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
                "links", f"author {show(self.slug)}: links should map a label to a URL; ignored"
            )
            return
        for label, url in links.items():
            if isinstance(url, str) and is_safe_link(url):
                yield str(label), url.strip()
            else:
                self.problem(
                    "links",
                    f"author {show(self.slug)}: link {show(str(label))} -> {show(url)} is not "
                    "an http(s) or mailto URL or a relative link; left out",
                )
