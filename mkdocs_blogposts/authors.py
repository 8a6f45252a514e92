"""The authors registry, in every shape the blogs moving here already have.

1. A YAML file mapping slug -> fields (this plugin's `authors.yml`).
2. Material's `.authors.yml`: the same under a top-level `authors:` key.
3. Docusaurus' `authors.yml`: shape 1 with its own keys (`title`, `image_url`, `socials`,
   `page`).
4. A folder of one file per author, the file's stem being the slug, in any mix of:
   - Markdown profiles `<slug>.md`: fields in the front matter, the body being the bio
     (the Astro blog starters' convention); MkDocs also builds them as pages;
   - data files `<slug>.yaml`, `<slug>.yml`, `<slug>.json` (Astro content collections).
5. Authors written inline in a post's front matter (Docusaurus, some Astro themes): see
   `inline_author`.

The fields are the same in every shape: `name`; the avatar from `avatar`, else `image`, else
`image_url`; the bio from `bio`, else `description` (a profile's body comes first); `title`
(what they do); `url`; `links` (label -> URL); `socials` (platform -> handle or URL, made
URLs as Docusaurus does); `email`. Other keys (Docusaurus' `page`) are ignored: author pages
are generated anyway.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import yaml

from .images import ImageError, resolve_image
from .model import Author, ImageRef
from .posts import NotTextError, read_optional_text, split_front_matter
from .problems import Problem, decode_utf8, kind_of, show
from .slugs import slugify
from .urls import is_safe_link
from .yamlload import FrontMatterLoader, YamlError, load_yaml

REGISTRY_CANDIDATES = ("authors.yml", ".authors.yml", "authors")
"""Looked for, in this order, in each folder `find_registry` searches (the blog's folders,
then the docs folder) when the `authors` option is unset."""

AUTHOR_FILE_SUFFIXES = (".md", ".yaml", ".yml", ".json")
"""The files of a registry folder: Markdown profiles, and data files holding only fields."""

AVATAR_KEYS = ("avatar", "image", "image_url")
"""Where the avatar is, first found wins: ours and Material's, Astro's, Docusaurus'."""

BIO_KEYS = ("bio", "description")
"""Where the bio is, first non-blank wins (Material says `description`)."""

SOCIAL_PLATFORMS: dict[str, tuple[str, str]] = {
    "x": ("X", "https://x.com/{}"),
    "twitter": ("Twitter", "https://twitter.com/{}"),
    "github": ("GitHub", "https://github.com/{}"),
    "linkedin": ("LinkedIn", "https://www.linkedin.com/in/{}/"),
    "stackoverflow": ("Stack Overflow", "https://stackoverflow.com/users/{}"),
    "bluesky": ("Bluesky", "https://bsky.app/profile/{}"),
    "instagram": ("Instagram", "https://www.instagram.com/{}"),
    "threads": ("Threads", "https://www.threads.net/@{}"),
    "mastodon": ("Mastodon", "https://mastodon.social/@{}"),
    "twitch": ("Twitch", "https://twitch.tv/{}"),
    "youtube": ("YouTube", "https://youtube.com/@{}"),
    "email": ("Email", "mailto:{}"),
}
"""`socials` platform -> (link label, profile URL of a handle): Docusaurus' own list and
URLs (plugin-content-blog's `authorsSocials.ts`), so its `authors.yml` links the same."""

INLINE_FIELDS = "name, key, title, url, image_url, email, socials"
"""What an author written inline in a post may hold, for messages."""


@dataclass
class Registry:
    """The authors by slug, what was wrong in the registry, and its Markdown profile files."""

    authors: dict[str, Author] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    profile_pages: list[str] = field(default_factory=list)
    """Docs-relative paths of profile files that MkDocs also builds as pages (Markdown
    profiles only: a registry folder's data files are not pages)."""
    sources: dict[str, tuple[str, _Lines | None]] = field(default_factory=dict)
    """Author slug -> the file it is read from, as messages show it, and that file's lines
    (None for a folder's file: the file is the entry)."""

    def place_of(self, slug: str) -> str:
        """Where author `slug` is, as messages show it: `authors.yml:12` (the entry's line,
        found as for the registry's own problems), or a profile's file `authors/ana.md`."""
        shown, lines = self.sources.get(slug, ("", None))
        line = None if lines is None else lines.of(slug, None)
        return f"{shown}:{line}" if line else shown


def find_registry(
    docs_dir: Path, configured: str | None, *, folders: Sequence[str] = ()
) -> Path | None:
    """The registry path: the configured one (relative to `docs_dir`), else the first of
    `REGISTRY_CANDIDATES` that exists in `folders` (docs-relative, in order), then in the docs
    folder; None when there is none.

    Material and Docusaurus keep theirs in the blog folder (`blog/.authors.yml`), so a blog
    moved here unchanged is found there before anything at the docs root.
    """
    if configured:
        return docs_dir / configured
    for folder in (*folders, ""):
        for candidate in REGISTRY_CANDIDATES:
            path = docs_dir / folder / candidate
            if path.exists():
                return path
    return None


def load_registry(path: Path, docs_dir: Path, docs_files: Container[str]) -> Registry:
    """Read the registry at `path` (a YAML file or a folder of author files).

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
        _read_folder(path, docs_dir, docs_files, registry)
    else:
        _read_yaml_registry(path, shown, docs_files, registry)
    return registry


def inline_author(
    entry: Mapping[str, object], src_uri: str, base_dir: str, docs_files: Container[str]
) -> tuple[Author | None, list[Problem]]:
    """The author a post writes inline in its front matter (Docusaurus' and some Astro
    themes' `authors: [{name: ..., title: ...}]`), checked like a registry entry.

    Its slug is `key` (Docusaurus' reference to an `authors.yml` entry) if given, else its
    slugified name; with a key and no name the key is the name, without a problem, since the
    registry entry it names may give one. Avatars resolve against `base_dir` (the post's
    folder). Problems name the post `src_uri`, without a line: the entry's place in the front
    matter is not known here. No name and no key: one problem and None.
    """
    problems: list[Problem] = []
    key = _inline_text(entry, "key", src_uri, problems)
    name = _inline_text(entry, "name", src_uri, problems)
    slug = key or (slugify(name) if name else "")
    if not slug:
        why = "it has neither a name nor a key"
        if name:
            why = f"its name {show(name)} has no letters or digits to make a slug"
        problems.append(
            Problem(
                src_uri,
                None,
                f"authors: the inline author {show(dict(entry))} is left out: {why} "
                f"(accepted: {INLINE_FIELDS})",
            )
        )
        return None, problems
    reader = _EntryReader(slug, src_uri, base_dir, _NO_LINES, problems, file_is_entry=True)
    reader.name_is_reported = name is None  # no name: reported above, or the key stands in
    return reader.author({**entry, "name": name}, docs_files), problems


def _inline_text(
    entry: Mapping[str, object], key: str, src_uri: str, problems: list[Problem]
) -> str | None:
    """An inline author's `key` or `name` as text, read before there is a slug to name the
    author by in messages."""
    try:
        return read_optional_text(entry.get(key), key)
    except NotTextError as error:
        problems.append(Problem(src_uri, None, f"authors: inline author {error}; ignored"))
        return None


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
    """One YAML file of every author (ours, Material's, Docusaurus'): unreadable YAML loads
    no authors, a bad entry only loses what is wrong in it."""
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
        entry_reader = _EntryReader(str(slug), shown, base_dir, lines, registry.problems)
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            entry_reader.problem(
                None,
                f"author {show(str(slug))} is {kind_of(entry)}, expected name, avatar, "
                "bio, url; the slug is shown as the name",
            )
            entry, entry_reader.name_is_reported = {}, True
        author = entry_reader.author(entry, docs_files)
        registry.authors[author.slug] = author
        registry.sources[author.slug] = (shown, lines)


def _read_folder(
    path: Path, docs_dir: Path, docs_files: Container[str], registry: Registry
) -> None:
    """Read each author file of the folder, in sorted order. A slug given by two files (`ana.md`
    and `ana.yml`, as when a blog moves from one convention to the other) is read from the
    first that can be read; each later one is a problem naming both."""
    folder = path.resolve()
    read_from: dict[str, str] = {}
    files = sorted(f for suffix in AUTHOR_FILE_SUFFIXES for f in path.glob(f"*{suffix}"))
    for file in files:
        shown = _shown_path(file, docs_dir)
        if file.resolve().parent != folder:  # a symlink out of the folder
            registry.problems.append(
                Problem(shown, None, "links to a file outside the authors folder; not read")
            )
        elif file.stem in read_from:
            registry.problems.append(
                Problem(
                    shown,
                    None,
                    f"author {show(file.stem)} is also in {read_from[file.stem]}, which is "
                    "read; give each author one file; this one is not read",
                )
            )
        elif _read_author_file(file, shown, docs_files, registry):
            read_from[file.stem] = shown


def _read_author_file(
    path: Path, shown: str, docs_files: Container[str], registry: Registry
) -> bool:
    """Read one file of a registry folder; False when it cannot be read at all."""
    text = _read_text(path, shown, registry)
    if text is None:
        return False
    if path.suffix == ".md":
        _read_profile(path.stem, shown, text, docs_files, registry)
    else:
        _read_data_file(path.stem, shown, text, docs_files, registry)
    registry.sources[path.stem] = (shown, None)
    return True


def _read_profile(
    slug: str, shown: str, text: str, docs_files: Container[str], registry: Registry
) -> None:
    """A Markdown profile: fields in the front matter, its body the bio. It is also a page
    of the site (when MkDocs builds it), which the plugin keeps as the author's page."""
    front = split_front_matter(shown, text)
    registry.problems.extend(front.problems)
    if not shown.startswith("../") and shown in docs_files:
        registry.profile_pages.append(shown)
    lines = _Lines(front.yaml_text, front.yaml_line)
    reader = _EntryReader(
        slug, shown, posixpath.dirname(shown), lines, registry.problems, file_is_entry=True
    )
    reader.name_is_reported = bool(front.problems)  # unreadable YAML was reported already
    registry.authors[slug] = reader.author(front.data, docs_files, body=front.body.strip())


def _read_data_file(
    slug: str, shown: str, text: str, docs_files: Container[str], registry: Registry
) -> None:
    """One author's fields in a YAML or JSON file (an Astro content collection entry). A file
    that cannot be parsed still names an author, shown by the slug, so posts naming them
    get one problem (this one), not one each."""
    data, lines, problem = (
        _parse_json(shown, text) if shown.endswith(".json") else _parse_yaml(shown, text)
    )
    reader = _EntryReader(
        slug, shown, posixpath.dirname(shown), lines, registry.problems, file_is_entry=True
    )
    if problem is None and data is not None and not isinstance(data, dict):
        problem = Problem(
            shown,
            lines.of(None, None),
            f"is {kind_of(data)}, expected a mapping of name, avatar, bio, url; "
            f"author {show(slug)} is shown by their slug",
        )
    if problem is not None:
        registry.problems.append(problem)
        reader.name_is_reported = True
    entry = data if problem is None and isinstance(data, dict) else {}
    registry.authors[slug] = reader.author(entry, docs_files)


def _parse_yaml(shown: str, text: str) -> tuple[object, _Places, Problem | None]:
    """The data of a YAML author file, where its keys are, and why it cannot be read."""
    try:
        return load_yaml(text), _Lines(text), None
    except YamlError as error:
        line = error.line + 1 if error.line is not None else None
        message = f"is not valid YAML ({error.reason}); the slug is shown as the name"
        return None, _NO_LINES, Problem(shown, line, message)


def _parse_json(shown: str, text: str) -> tuple[object, _Places, Problem | None]:
    """The data of a JSON author file, where its keys are, and why it cannot be read."""
    try:
        return json.loads(text), _JsonLines(text), None
    except json.JSONDecodeError as error:
        message = f"is not valid JSON ({error.msg}); the slug is shown as the name"
        return None, _NO_LINES, Problem(shown, error.lineno, message)
    except RecursionError:
        message = "is not valid JSON (nested too deeply); the slug is shown as the name"
        return None, _NO_LINES, Problem(shown, None, message)


class _Places(Protocol):
    """Where an entry and its keys are in their file, for problems."""

    def of(self, slug: str | None, key: str | None) -> int | None: ...


class _NoLines:
    """No place known: an inline author (its post's lines are not at hand), or a file that
    could not be parsed."""

    def of(self, slug: str | None, key: str | None) -> int | None:
        return None


_NO_LINES = _NoLines()


class _JsonLines:
    """Where a JSON author file's keys are: the first `"key":` in the text. JSON has no
    composer like YAML's to ask, and an author file is small and flat enough for this."""

    def __init__(self, text: str) -> None:
        self.text = text

    def of(self, slug: str | None, key: str | None) -> int | None:
        if key is None:
            return None
        found = re.search(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", self.text)
        return self.text.count("\n", 0, found.start()) + 1 if found else None


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
    """Validates one author entry, in any shape, reporting problems with the file and line."""

    def __init__(
        self,
        slug: str,
        shown: str,
        base_dir: str,
        lines: _Places,
        problems: list[Problem],
        *,
        file_is_entry: bool = False,
    ) -> None:
        self.slug = slug
        self.entry_key = None if file_is_entry else slug
        """The entry's key in a YAML registry; None when the whole file (a profile, a data
        file) or mapping (an inline author) is the entry."""
        self.shown = shown
        self.base_dir = base_dir
        self.lines = lines
        self.problems = problems
        self.name_is_reported = False
        """Set when a problem already said why the entry has no name."""

    def problem(self, key: str | None, message: str) -> None:
        """Report `message` on the line of this entry's `key` (or of the entry itself)."""
        line = self.lines.of(self.entry_key, key)
        self.problems.append(Problem(self.shown, line, message))

    def author(
        self, entry: Mapping[Any, object], docs_files: Container[str], *, body: str = ""
    ) -> Author:
        """The author of `entry`; `body` is a profile's Markdown body, its bio if not blank."""
        name = self._text(entry, "name")
        if name is None:
            if not self.name_is_reported:
                self.problem(
                    None, f"author {show(self.slug)} has no name; the slug is shown instead"
                )
            name = self.slug
        bio = body or next((b for b in (self._text(entry, k) for k in BIO_KEYS) if b), "")
        return Author(
            slug=self.slug,
            name=name,
            avatar=self._avatar(entry, docs_files),
            bio=bio,
            url=self._link(entry, "url"),
            links=(*self._links(entry), *self._socials(entry)),
            email=self._email(entry),
            title=self._text(entry, "title"),
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
        key = next((k for k in AVATAR_KEYS if entry.get(k) is not None), AVATAR_KEYS[0])
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

    def _socials(self, entry: Mapping[Any, object]) -> Iterator[tuple[str, str]]:
        """Docusaurus' `socials`, platform -> handle or URL, as (label, URL) links."""
        socials = entry.get("socials")
        if socials is None:
            return
        if not isinstance(socials, dict):
            self.problem(
                "socials",
                f"author {show(self.slug)}: socials is {kind_of(socials)}, expected a mapping "
                "of platform -> handle or URL (github: ana); ignored",
            )
            return
        for platform, value in socials.items():
            link = self._social(str(platform), value)
            if link is not None:
                yield link

    def _social(self, platform: str, value: object) -> tuple[str, str] | None:
        """One `socials` entry as Docusaurus reads it: a full http(s) or mailto URL is kept,
        a handle (no `/`; nor `:`, that of another scheme) becomes the profile URL of a known
        platform, without a leading `@` (`@ana` is the handle `ana`). Stack Overflow ids are
        numbers in YAML, so numbers are handles too. A blank value is no link."""
        known = SOCIAL_PLATFORMS.get(platform.lower())
        label = known[0] if known is not None else platform
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and not value.strip():
            return None
        text = value.strip() if isinstance(value, str) else None
        if text is not None and text.lower().startswith(("http://", "https://", "mailto:")):
            if is_safe_link(text):
                return label, text
        elif text is not None and "/" not in text and ":" not in text and known is not None:
            return label, known[1].format(quote(text.removeprefix("@"), safe="@+"))
        self._social_problem(platform, value, known is not None)
        return None

    def _social_problem(self, platform: str, value: object, known: bool) -> None:
        accepted = (
            "a handle like 'ana' or a full https:// URL"
            if known
            else f"a full https:// URL; handles only for {', '.join(SOCIAL_PLATFORMS)}"
        )
        self.problem(
            "socials",
            f"author {show(self.slug)}: socials {show(platform)} -> {show(value)} is not "
            f"a link (accepted: {accepted}); left out",
        )
