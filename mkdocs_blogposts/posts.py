"""Reading a post's front matter into a `Post`, reporting every problem instead of failing."""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

import frontmatter

from . import fences
from .dates import DEFAULT_DATE_FORMATS, DateError, parse_date
from .dialects.fields import DEFAULT_FIELD_MAP, UNHONOURED_KEYS, FieldMap
from .dialects.filenames import PathDate, date_from_path
from .dialects.toml_matter import TOML, TOMLDecodeError, toml_line_of
from .images import ImageError, resolve_image
from .model import Author, Category, ImageRef, Post
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
    fields: FieldMap = DEFAULT_FIELD_MAP
    """Which keys hold which field (other tools' keys, the `fields` option)."""


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
        match = re.search(rf"^{re.escape(key)}[ \t]*[:=]", self.yaml_text, re.MULTILINE)
        if match is None:
            return None
        return self.yaml_line + self.yaml_text.count("\n", 0, match.start())


def split_front_matter(src_uri: str, text: str) -> FrontMatter:
    """Split `text` with python-frontmatter's YAML handler (`---`), or its TOML one (`+++`,
    Hugo), and load the data safely (see `yamlload`: no object construction, timestamps
    kept as text); errors become a `Problem`."""
    if TOML.detect(text):
        return _split_toml(src_uri, text)
    if not _YAML.detect(text):
        return FrontMatter({}, text, "")
    parts = _split(_YAML, "---", src_uri, text)
    if isinstance(parts, FrontMatter):
        return parts
    yaml_text, body, yaml_line = parts
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


def _split(
    handler: frontmatter.default_handlers.BaseHandler, fence: str, src_uri: str, text: str
) -> tuple[str, str, int] | FrontMatter:
    """(front matter, body, the file line the front matter starts on) as `handler` splits
    `text`; a front matter that is never closed is a `FrontMatter` holding that problem."""
    try:
        matter, body = handler.split(text)
    except ValueError:
        problem = Problem(src_uri, 1, f"front matter starts with '{fence}' but is never closed")
        return FrontMatter({}, text, "", problems=(problem,))
    return matter, body, text.count("\n", 0, text.find(matter)) + 1


def _split_toml(src_uri: str, text: str) -> FrontMatter:
    """Hugo's `+++` front matter. TOML dates arrive as `datetime`/`date` objects, which
    `parse_date` takes as they are (an offset written in TOML is kept)."""
    parts = _split(TOML, "+++", src_uri, text)
    if isinstance(parts, FrontMatter):
        return parts
    toml_text, body, toml_line = parts
    try:
        data = TOML.load(toml_text)
    except TOMLDecodeError as error:
        line = toml_line + (toml_line_of(error) or 1) - 1
        message = f"front matter is not valid TOML ({error}); read as if it had none"
        return FrontMatter({}, body, toml_text, toml_line, (Problem(src_uri, line, message),))
    return FrontMatter(dict(data), body, toml_text, toml_line)


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
    reader = _FieldReader(src_uri, front, settings.fields)
    path_date = date_from_path(src_uri)
    title = reader.title()
    date, date_zone = reader.date(settings.date_formats, path_date)
    updated, updated_zone = reader.updated(settings.date_formats, date)
    image, mapped_alt = reader.image(docs_files)
    slug = reader.slug()
    authors, inline_authors = reader.authors(known_authors, docs_files)
    post = Post(
        src_uri=src_uri,
        title=title,
        date=date,
        updated=updated,
        date_zone=date_zone,
        updated_zone=updated_zone,
        author_slugs=authors,
        inline_authors=inline_authors,
        categories=reader.categories(jekyll=path_date is not None),
        categories_line=reader.line_of_field("categories"),
        tags=reader.tags(jekyll=path_date is not None),
        tags_line=reader.line_of_field("tags"),
        featured=reader.flag("featured", problem_means=False),
        draft=reader.draft(),
        unlisted=reader.flag("unlisted", problem_means=False),
        expires=reader.expires(settings.date_formats),
        image=image,
        image_alt=reader.optional_text("image_alt") or mapped_alt,
        description=reader.optional_text("description"),
        slug=slug,
        file_slug=file_slug(src_uri, path_date),
        title_slug=slug or slugify(title) or file_slug(src_uri, path_date),
        links=reader.links(),
        links_line=reader.line_of_field("links"),
        unread_keys=tuple(key for key in front.data if key in UNHONOURED_KEYS),
        excerpt_separator=reader.optional_text("excerpt_separator"),
        reading_minutes=(
            reader.readtime() or reading_minutes(front.body, settings.words_per_minute)
        ),
    )
    return post, [*front.problems, *reader.problems]


def file_slug(src_uri: str, path_date: PathDate | None) -> str:
    """The post's name as its file says it: without a leading date (`2024-08-25-hello.md`,
    Jekyll and Docusaurus) and extension; a folder's `index.md` is named by its folder."""
    if path_date is not None:
        return path_date.slug
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    if stem.lower() in ("index", "readme"):
        stem = posixpath.basename(posixpath.dirname(src_uri)) or stem
    return stem


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
    """Validates one post's front-matter fields, collecting a `Problem` per bad field.

    Each field is read from the first of its keys the post has (see `dialects.fields`), and
    problems name the key the author wrote (`pubDate`, not `date`)."""

    def __init__(self, src_uri: str, front: FrontMatter, fields: FieldMap) -> None:
        self.src_uri = src_uri
        self.front = front
        self.data = front.data
        self.fields = fields
        self.problems: list[Problem] = []
        self._material_updated: object = None

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.src_uri, self.front.line_of(key), message))

    def missing(self, key: str, message: str) -> None:
        """Report a missing field, unless the front matter itself was unreadable (said once)."""
        if not self.front.problems:
            self.problem(key, message)

    def find(self, name: str) -> tuple[str, object] | None:
        """(key, value) of the field `name`, from the first of its keys the post has."""
        return self.fields.find(self.data, name)

    def line_of_field(self, name: str) -> int | None:
        found = self.find(name)
        return self.front.line_of(found[0]) if found else None

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

    def date(
        self, formats: Sequence[str], path_date: PathDate | None
    ) -> tuple[dt.datetime | None, dt.tzinfo | None]:
        """The publication time (wall clock as written) and its offset, if written. Without
        a date field, the date a Jekyll or Docusaurus file name carries."""
        found = self.find("date")
        from_path = (dt.datetime.combine(path_date.date, dt.time()), None) if path_date else None
        if found is None:
            if from_path is not None:
                return from_path
            self.missing(
                "date",
                "no date (add e.g. 'date: 08/10/2021'); listed after the dated posts, "
                "without a date",
            )
            return None, None
        key, value = found
        if isinstance(value, dict):  # Material: `date: {created: …, updated: …}`
            value = self._material_date(key, value)
            if value is None:
                return from_path or (None, None)
        try:
            return _split_zone(parse_date(value, formats))
        except DateError as error:
            message = str(error).removeprefix("date ")
            self.problem(key, f"{key} {message}; listed after the dated posts, without a date")
            return None, None

    def _material_date(self, key: str, value: dict[object, object]) -> object:
        """`created` of Material's date mapping (its `updated` is read by `updated`)."""
        extra = sorted(str(k) for k in value if k not in ("created", "updated"))
        if extra:
            self.problem(
                key,
                f"{key} has {', '.join(map(repr, extra))}: only 'created' and 'updated' are "
                "read from a date mapping; the rest is ignored",
            )
        self._material_updated = value.get("updated")
        created = value.get("created")
        if created is None:
            self.problem(
                key,
                f"{key} is a mapping without 'created' (write {key}: {{created: 2024-08-10}}); "
                "listed after the dated posts, without a date",
            )
        return created

    def updated(
        self, formats: Sequence[str], date: dt.datetime | None
    ) -> tuple[dt.datetime | None, dt.tzinfo | None]:
        """`updated:` (or another tool's key, or Material's `date.updated`), read like the
        date; one that cannot be read, or is before the post's date, is a problem and not
        shown (sorting stays by the date either way)."""
        found = self.find("updated")
        if found is None and self._material_updated is not None:
            found = (
                (self.fields.find(self.data, "date") or ("date", None))[0],
                (self._material_updated),
            )
        if found is None:
            return None, None
        key, value = found
        try:
            updated, zone = _split_zone(parse_date(value, formats))
        except DateError as error:
            message = str(error).removeprefix("date ")
            self.problem(key, f"{key} {message}; no updated date shown")
            return None, None
        if date is not None and updated < date:
            self.problem(
                key,
                f"{key} {show(value)} is before the post's date "
                f"({date.date().isoformat()}); no updated date shown",
            )
            return None, None
        return updated, zone

    def expires(self, formats: Sequence[str]) -> dt.datetime | None:
        """Hugo's `expiryDate`: the post is unpublished from then on."""
        found = self.find("expires")
        if found is None:
            return None
        key, value = found
        try:
            return _split_zone(parse_date(value, formats))[0]
        except DateError as error:
            message = str(error).removeprefix("date ")
            self.problem(key, f"{key} {message}; the post does not expire")
            return None

    def authors(
        self, known_authors: Container[str] | None, docs_files: Container[str]
    ) -> tuple[tuple[str, ...], tuple[Author, ...]]:
        """Author slugs, and the authors the post describes itself: Docusaurus' inline
        objects (`{name, title, url, image_url}`) and, Astro's way, a display name that is
        no registry slug (`author: Ana López`), shown as written."""
        from .authors import inline_author  # authors reads profiles with this module

        slugs: list[str] = []
        inline: dict[str, Author] = {}
        found = self.find("authors")
        keys = [k for k in self.fields.keys["authors"] if self.data.get(k) is not None]
        for key in keys if found else ():
            value = self.data[key]
            items = value if isinstance(value, list) else [value]
            bad = [item for item in items if not _is_author_item(item)]
            if bad:
                ignored = "non-text entries ignored" if isinstance(value, list) else "ignored"
                self.problem(
                    key,
                    f"{key} {show(value)} is not an author slug, a name or "
                    f"{{name, title, url, image_url}}, or a list of them; {ignored}",
                )
            for item in items:
                if isinstance(item, dict):
                    author, problems = inline_author(
                        {str(k): v for k, v in item.items()},
                        self.src_uri,
                        posixpath.dirname(self.src_uri),
                        docs_files,
                    )
                    for problem in problems:
                        self.problem(key, problem.message)
                    if author is not None and author.slug not in slugs:
                        slugs.append(author.slug)
                        inline.setdefault(author.slug, author)
                    continue
                if not _is_author_item(item):
                    continue
                written = str(item).strip()
                slug = written
                known = known_authors is not None and written in known_authors
                if slug in slugs:
                    continue
                if not known and slugify(written) != written:
                    # No slug could be written so (`Ana López`): a display name, shown as
                    # written, without a page of its own.
                    inline.setdefault(slug, Author(slug=slug, name=written))
                elif not known and known_authors is not None:
                    self.problem(
                        key,
                        f"author {show(written)} is not in the authors registry; "
                        f"the byline shows the slug as the name",
                    )
                if slug not in slugs:
                    slugs.append(slug)
        return tuple(slugs), tuple(inline.values())

    def categories(self, jekyll: bool = False) -> tuple[Category, ...]:
        """The post's categories (see `terms`); in a Jekyll post (a dated file name) a
        `categories` string is a space-separated list, as Jekyll reads it."""
        return self.terms("categories", "category", split_words=jekyll)

    def tags(self, jekyll: bool = False) -> tuple[Category, ...]:
        """The post's tags (see `terms`): the same rules as categories, a Jekyll post's
        `tags` string split at spaces too."""
        return self.terms("tags", "tag", split_words=jekyll)

    def terms(self, name: str, noun: str, split_words: bool = False) -> tuple[Category, ...]:
        """The labels in the field `name`, one per slug, with runs of whitespace made one space
        (`studio  tips` is the label `studio tips`)."""
        found = self.find(name)
        if found is None:
            return ()
        key, value = found
        terms: dict[str, Category] = {}
        clashing: set[str] = set()
        written_terms = self._strings(key, f"a {noun} or a list of them")
        if split_words and key == name and isinstance(value, str):  # not `category: a b`
            written_terms = value.split()
        for written in written_terms:
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

    def flag(self, name: str, problem_means: bool) -> bool:
        """A true-or-false field (`featured`, Material's `pin`, `unlisted`); any other value
        is a problem and taken as `problem_means`."""
        found = self.find(name)
        if found is None:
            return False
        key, value = found
        if isinstance(value, bool):
            return value
        taken = "true (not published)" if problem_means else "false"
        self.problem(key, f"{key} {show(value)} is not true or false; taken as {taken}")
        return problem_means

    def readtime(self) -> int | None:
        """Material's `readtime:` (whole minutes) overrides the estimate."""
        found = self.find("readtime")
        if found is None:
            return None
        key, value = found
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.problem(
            key,
            f"{key} {show(value)} is not a whole number of minutes from 1; "
            "the reading time is estimated instead",
        )
        return None

    def draft(self) -> bool:
        """`draft: true` (or Jekyll's `published: false`) keeps the post unpublished. Any
        other value than true or false is a problem and taken as unpublished: a post its
        author may have meant to hide is never published by mistake."""
        if self.flag("draft", problem_means=True):
            return True
        found = self.find("published")
        if found is None:
            return False
        key, value = found
        if isinstance(value, bool):
            return not value
        self.problem(
            key, f"{key} {show(value)} is not true or false; taken as false (not published)"
        )
        return True

    def image(self, docs_files: Container[str]) -> tuple[ImageRef | None, str | None]:
        """The hero image and the alt text given with it: a path or URL, a mapping
        (`coverImage: {src, alt}`, Hugo's `cover: {image, alt}`) or a list (Hugo's
        `images`: the first)."""
        found = self.find("image")
        if found is None:
            return None, None
        key, value = found
        alt = None
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            alt_value = value.get("alt")
            alt = alt_value.strip() or None if isinstance(alt_value, str) else None
            value = next(
                (value[k] for k in ("src", "url", "image", "path") if value.get(k) is not None),
                None,
            )
        if not isinstance(value, str):
            self.problem(
                key,
                f"{key} {show(found[1])} is not a path or URL (or {{src, alt}}); no hero image",
            )
            return None, None
        try:
            return resolve_image(value, posixpath.dirname(self.src_uri), docs_files), alt
        except ImageError as error:
            self.problem(key, f"{key} {error}; no hero image")
            return None, None

    def slug(self) -> str | None:
        """`slug:`: the URL's last part (with `post_url`); slashes at its ends are dropped
        (Docusaurus writes `/welcome`), `.` and `..` parts are refused."""
        text = self.optional_text("slug")
        if text is None:
            return None
        slug = text.strip("/")
        parts = slug.split("/")
        if not slug or any(part in ("", ".", "..") for part in parts) or "\\" in slug:
            self.problem(
                "slug",
                f"slug {show(text)} is not a URL path (letters, digits, '-', parts split "
                "by '/'); the file's name is used",
            )
            return None
        return slug

    def links(self) -> tuple[tuple[str | None, str], ...]:
        """Material's `links`: paths or URLs, or `title: target` mappings, or sections
        (`title: [ ... ]`) flattened in order."""
        found = self.find("links")
        if found is None:
            return ()
        key, value = found
        links: list[tuple[str | None, str]] = []
        bad: list[object] = []
        _collect_links(value, links, bad)
        if bad:
            self.problem(
                key,
                f"{key} has {', '.join(show(b) for b in bad[:3])}: a link is a path or URL "
                "or 'title: path or URL'; left out",
            )
        return tuple(links)

    def optional_text(self, name: str) -> str | None:
        found = self.find(name)
        if found is None:
            return None
        key, value = found
        try:
            return read_optional_text(value, key)
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


def _is_author_item(item: object) -> bool:
    return isinstance(item, dict) or (isinstance(item, str) and bool(item.strip()))


def _split_zone(moment: dt.datetime) -> tuple[dt.datetime, dt.tzinfo | None]:
    """(wall-clock time as written, its offset or None)."""
    return moment.replace(tzinfo=None), moment.tzinfo


def _collect_links(value: object, links: list[tuple[str | None, str]], bad: list[object]) -> None:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item.strip():
            links.append((None, item.strip()))
        elif isinstance(item, dict):
            for title, target in item.items():
                if isinstance(target, str) and target.strip():
                    links.append((str(title), target.strip()))
                elif isinstance(target, list):
                    _collect_links(target, links, bad)
                else:
                    bad.append(item)
        else:
            bad.append(item)


def _heading_title(markdown: str) -> str | None:
    """The first `# H1` outside fenced code blocks (a `# comment` in code is no heading;
    see `fences.lines`)."""
    for _, line, code in fences.lines(markdown):
        match = None if code else _H1.match(line)
        if match:
            return match.group(1).strip()
    return None


def _file_title(src_uri: str) -> str:
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or src_uri
