"""Reading a post's front matter into a `Post`, reporting every problem instead of failing."""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

import frontmatter

from .dates import DEFAULT_DATE_FORMATS, DateError, parse_date
from .images import ImageError, resolve_image
from .model import Category, ImageRef, Post
from .problems import Problem, kind_of, show
from .slugs import slugify
from .yamlload import YamlError, load_yaml

_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_YAML = frontmatter.YAMLHandler()


@dataclass(frozen=True)
class PostSettings:
    """The configuration that affects how front matter is read."""

    date_formats: Sequence[str] = DEFAULT_DATE_FORMATS
    words_per_minute: int = 200


@dataclass(frozen=True)
class FrontMatter:
    """A post file split into its front-matter data and Markdown body."""

    data: dict[str, object]
    body: str
    yaml_text: str
    """The raw YAML, used to find the line of a field only when something is wrong with it."""
    yaml_line: int = 1
    """The file line on which `yaml_text` starts."""
    problems: tuple[Problem, ...] = ()

    def line_of(self, key: str) -> int | None:
        """The 1-based file line of a top-level front-matter key, if it is there."""
        match = re.search(rf"^{re.escape(key)}[ \t]*:", self.yaml_text, re.MULTILINE)
        if match is None:
            return None
        return self.yaml_line + self.yaml_text.count("\n", 0, match.start())


def split_front_matter(src_uri: str, text: str) -> FrontMatter:
    """Split `text` with python-frontmatter's YAML handler and load the YAML safely (see
    `yamlload`: no object construction, timestamps kept as text); errors become a `Problem`."""
    if not _YAML.detect(text):
        return FrontMatter({}, text, "")
    try:
        yaml_text, body = _YAML.split(text)
    except ValueError:
        problem = Problem(src_uri, 1, "front matter starts with '---' but is never closed")
        return FrontMatter({}, text, "", problems=(problem,))
    yaml_line = text.count("\n", 0, text.find(yaml_text)) + 1
    try:
        data = load_yaml(yaml_text)
    except YamlError as error:
        line = yaml_line + (error.line or 0)
        message = f"front matter is not valid YAML ({error.reason}); read as if it had none"
        return FrontMatter({}, body, yaml_text, yaml_line, (Problem(src_uri, line, message),))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        message = f"front matter is {kind_of(data)}, expected 'key: value' lines; ignored"
        return FrontMatter({}, body, yaml_text, yaml_line, (Problem(src_uri, 1, message),))
    data = {str(key): value for key, value in data.items()}
    return FrontMatter(data, body, yaml_text, yaml_line)


def read_post(
    src_uri: str,
    text: str,
    docs_files: Container[str],
    known_authors: Container[str] | None = None,
    settings: PostSettings = PostSettings(),
) -> tuple[Post, list[Problem]]:
    """Build the `Post` for the file at `src_uri` with contents `text`.

    Every problem becomes a `Problem` and a fallback, so a post is never lost: a bad date
    lists it after the dated posts without a date, a bad category is skipped, a bad image drops
    the hero.

    Args:
        src_uri: Docs-relative path of the post.
        text: The file's contents.
        docs_files: Docs-relative paths of every file in the site, to check images exist.
        known_authors: Slugs of the authors registry; None when there is no registry (then
            author slugs are not checked, and the caller reports the missing registry once).
        settings: Date formats and reading speed.
    """
    front = split_front_matter(src_uri, text)
    reader = _FieldReader(src_uri, front)
    post = Post(
        src_uri=src_uri,
        title=reader.title(),
        date=(date := reader.date(settings.date_formats)),
        updated=reader.updated(settings.date_formats, date),
        author_slugs=reader.authors(known_authors),
        categories=reader.categories(),
        categories_line=front.line_of("categories") if "categories" in front.data else None,
        tags=reader.tags(),
        tags_line=front.line_of("tags") if "tags" in front.data else None,
        featured=reader.featured(),
        draft=reader.draft(),
        image=reader.image(docs_files),
        image_alt=reader.optional_text("image_alt"),
        description=reader.optional_text("description"),
        reading_minutes=(
            reader.readtime() or reading_minutes(front.body, settings.words_per_minute)
        ),
    )
    return post, [*front.problems, *reader.problems]


class NotTextError(ValueError):
    """A field that should be text is not; the message names the field and its value."""


def read_optional_text(value: object, key: str) -> str | None:
    """The text of the field `key` (of a post or an author), stripped; None when the field is
    absent or blank.

    Raises:
        NotTextError: `value` is not text, e.g. `description 42 is not text`.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise NotTextError(f"{key} {show(value)} is not text")


CJK_CHARACTERS_PER_MINUTE = 500
"""Reading speed for Chinese, Japanese and Korean, written without spaces between words:
counted by characters (Medium's rate), not by the few "words" whitespace makes of them."""

_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)
"""Hangul jamo, kana, Hangul compatibility jamo, CJK ideographs (and extension A),
Hangul syllables, compatibility ideographs, half-width katakana."""


def reading_minutes(markdown: str, words_per_minute: int) -> int:
    """Whole minutes to read `markdown`, at least one: words at `words_per_minute`, and
    Chinese, Japanese and Korean characters at `CJK_CHARACTERS_PER_MINUTE` (mixed text adds
    both). ASCII text, most posts, skips the character scan."""
    if markdown.isascii():
        return max(1, math.ceil(len(markdown.split()) / words_per_minute))
    cjk = len(_CJK.findall(markdown))
    words = len(_CJK.sub(" ", markdown).split()) if cjk else len(markdown.split())
    minutes = words / words_per_minute + cjk / CJK_CHARACTERS_PER_MINUTE
    return max(1, math.ceil(minutes))


class _FieldReader:
    """Validates one post's front-matter fields, collecting a `Problem` per bad field."""

    def __init__(self, src_uri: str, front: FrontMatter) -> None:
        self.src_uri = src_uri
        self.front = front
        self.data = front.data
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.src_uri, self.front.line_of(key), message))

    def missing(self, key: str, message: str) -> None:
        """Report a missing field, unless the front matter itself was unreadable (said once)."""
        if not self.front.problems:
            self.problem(key, message)

    def title(self) -> str:
        value = self.data.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        heading = _heading_title(self.front.body)
        fallback = heading or _file_title(self.src_uri)
        if isinstance(value, str):
            self.problem("title", f"title is empty; using {show(fallback)} instead")
        elif value is not None:
            self.problem(
                "title", f"title {show(value)} is not text; using {show(fallback)} instead"
            )
        elif heading is None:
            self.missing(
                "title",
                f"no title (add 'title: …' to the front matter); using {show(fallback)}",
            )
        return fallback

    def date(self, formats: Sequence[str]) -> dt.datetime | None:
        if self.data.get("date") is None:
            self.missing(
                "date",
                "no date (add e.g. 'date: 08/10/2021'); listed after the dated posts, "
                "without a date",
            )
            return None
        try:
            return parse_date(self.data["date"], formats)
        except DateError as error:
            self.problem("date", f"{error}; listed after the dated posts, without a date")
            return None

    def updated(self, formats: Sequence[str], date: dt.datetime | None) -> dt.datetime | None:
        """`updated:`, read like `date`; one that cannot be read, or is before the post's
        date, is a problem and not shown (sorting stays by `date` either way)."""
        value = self.data.get("updated")
        if value is None:
            return None
        try:
            updated = parse_date(value, formats)
        except DateError as error:
            message = str(error).removeprefix("date ")
            self.problem("updated", f"updated {message}; no updated date shown")
            return None
        if date is not None and updated < date:
            self.problem(
                "updated",
                f"updated {show(value)} is before the post's date "
                f"({date.date().isoformat()}); no updated date shown",
            )
            return None
        return updated

    def authors(self, known_authors: Container[str] | None) -> tuple[str, ...]:
        slugs: list[str] = []
        for key in ("author", "authors"):
            if key not in self.data:
                continue
            for slug in self._strings(key, "an author slug or a list of them"):
                if slug in slugs:
                    continue
                if known_authors is not None and slug not in known_authors:
                    self.problem(
                        key,
                        f"author {show(slug)} is not in the authors registry; "
                        f"the byline shows the slug as the name",
                    )
                slugs.append(slug)
        return tuple(slugs)

    def categories(self) -> tuple[Category, ...]:
        """The post's categories (see `terms`)."""
        return self.terms("categories", "category")

    def tags(self) -> tuple[Category, ...]:
        """The post's tags (see `terms`): the same rules as categories."""
        return self.terms("tags", "tag")

    def terms(self, key: str, noun: str) -> tuple[Category, ...]:
        """The labels in the field `key`, one per slug, with runs of whitespace made one space
        (`studio  tips` is the label `studio tips`)."""
        terms: dict[str, Category] = {}
        clashing: set[str] = set()
        for written in self._strings(key, f"a {noun} or a list of them"):
            label = " ".join(written.split())
            slug = slugify(label)
            kept = terms.get(slug)
            if not slug:
                self.problem(
                    key,
                    f"{noun} {show(label)} has no letters or digits to make a URL from; skipped",
                )
            elif kept is None:
                terms[slug] = Category(slug, label)
            elif label.casefold() not in (kept.label.casefold(), *clashing):
                clashing.add(label.casefold())  # one problem for `C` and `c`
                self.problem(
                    key,
                    f"{noun} {show(label)} has the same URL slug ({slug!r}) as "
                    f"{show(kept.label)} in this post; skipped (rename one to keep them apart)",
                )
        return tuple(terms.values())

    def featured(self) -> bool:
        value = self.data.get("featured", False)
        if isinstance(value, bool):
            return value
        self.problem("featured", f"featured {show(value)} is not true or false; taken as false")
        return False

    def readtime(self) -> int | None:
        """Material's `readtime:` (whole minutes) overrides the estimate."""
        value = self.data.get("readtime")
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.problem(
            "readtime",
            f"readtime {show(value)} is not a whole number of minutes from 1; "
            "the reading time is estimated instead",
        )
        return None

    def draft(self) -> bool:
        """`draft: true` keeps the post unpublished. Any other value than true or false is a
        problem and taken as true: a post its author may have meant to hide is never
        published by mistake."""
        value = self.data.get("draft", False)
        if isinstance(value, bool):
            return value
        self.problem(
            "draft",
            f"draft {show(value)} is not true or false; taken as true (not published)",
        )
        return True

    def image(self, docs_files: Container[str]) -> ImageRef | None:
        value = self.data.get("image")
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem("image", f"image {show(value)} is not a path or URL; no hero image")
            return None
        try:
            return resolve_image(value, posixpath.dirname(self.src_uri), docs_files)
        except ImageError as error:
            self.problem("image", f"image {error}; no hero image")
            return None

    def optional_text(self, key: str) -> str | None:
        try:
            return read_optional_text(self.data.get(key), key)
        except NotTextError as error:
            self.problem(key, f"{error}; ignored")
            return None

    def _strings(self, key: str, accepted: str) -> list[str]:
        """A string-or-list field's non-empty strings; anything else is one problem."""
        value = self.data.get(key)
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        strings = [item.strip() for item in items if isinstance(item, str) and item.strip()]
        if len(strings) < len(items):
            if isinstance(value, list):
                self.problem(
                    key, f"{key} {show(value)} is not {accepted}; non-text entries ignored"
                )
            else:
                self.problem(key, f"{key} {show(value)} is not {accepted}; ignored")
        return strings


def _heading_title(markdown: str) -> str | None:
    """The first `# H1` outside fenced code blocks (a `# comment` in code is no heading).

    As in CommonMark, a fence closes at a line of at least as many of its characters and
    nothing else: a ```` block can show a ``` block.
    """
    fence = ""
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if fence:
            if stripped.startswith(fence) and not stripped.lstrip(fence[0]).strip():
                fence = ""
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
        else:
            match = _H1.match(line)
            if match:
                return match.group(1).strip()
    return None


def _file_title(src_uri: str) -> str:
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or src_uri
