"""Every word the blog shows to readers, in the reader's language.

The catalogue lives in `translations/<locale>.yml`, one file per language; `en.yml` names
every label and is the fallback, label by label. A label is a text with `{name}` fields, or,
for a label with a `{count}`, one text per CLDR plural category (`one`, `few`, `many`,
`other`...): Babel's plural rules pick the form, so Polish gets "2 wpisy" and "5 wpisów"
where a hand-written `if n == 1` would get one of them wrong.

Templates receive a `Labels` as `label` and ask it for each word (`label("newer")`), so a
user who overrides a template can change any of them, and the `labels:` option overrides
any label for a site. Nothing here imports MkDocs.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping
from pathlib import Path

import yaml
from babel import Locale
from babel.numbers import format_decimal
from markupsafe import Markup, escape

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
"""CLDR's plural categories, in its order; `other` is every language's catch-all."""

Label = str | Mapping[str, str]
"""A label's text, or its text per plural category."""

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def catalogue(name: str) -> Mapping[str, Label]:
    """The labels of `translations/<name>.yml` (empty when there is no such file); read once
    per process, as every build of a `mkdocs serve` session asks for the same ones."""
    path = TRANSLATIONS_DIR / f"{name}.yml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_YamlLoader) or {}


def fields(text: str) -> set[str]:
    """The `{name}` fields of `text`. A field with a format spec or a conversion (`{count:>3}`,
    `{date!r}`) or without a name is a ValueError, as is an unbalanced brace: labels are
    words to translate, not format code."""
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(
                f"{{{name}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}} is not a plain {{name}} field"
            )
        names.add(name)
    return names


def label_fields(key: str) -> frozenset[str]:
    """The fields English's label `key` has: the ones a translation or override may use."""
    english = catalogue("en")[key]
    forms = [english] if isinstance(english, str) else list(english.values())
    return frozenset().union(*(fields(form) for form in forms))


def keys() -> tuple[str, ...]:
    """Every label, in the catalogue's order."""
    return tuple(catalogue("en"))


def problem_with(key: str, value: object) -> str | None:
    """Why `value` cannot be label `key` (a text, or texts by plural category, using only
    the fields English's label has), or None if it can. For the `labels:` option."""
    if key not in catalogue("en"):
        return f"there is no label {key!r}; the labels are: {', '.join(keys())}"
    if isinstance(value, str):
        forms: Mapping[object, object] = {"other": value}
    elif isinstance(value, Mapping) and value:
        forms = value
    else:
        return f"label {key!r} must be a text, or a text per plural category"
    allowed = label_fields(key)
    for category, text in forms.items():
        if category not in PLURAL_CATEGORIES:
            return (
                f"label {key!r}: {category!r} is not a plural category; "
                f"use {', '.join(PLURAL_CATEGORIES)}"
            )
        if not isinstance(text, str):
            return f"label {key!r}: {category} must be a text, got {type(text).__name__}"
        try:
            unknown = fields(text) - allowed
        except ValueError as error:
            return f"label {key!r}: {error}"
        if unknown:
            accepted = ", ".join(f"{{{name}}}" for name in sorted(allowed)) or "none"
            return (
                f"label {key!r} has no field {', '.join(f'{{{n}}}' for n in sorted(unknown))}"
                f" (it has: {accepted})"
            )
    if isinstance(value, Mapping) and "other" not in value:
        return f"label {key!r} needs an 'other' form, used for any number no other form takes"
    return None


def fallbacks(locale: str) -> list[str]:
    """The catalogues to look in for `locale` (a name Babel knows), most specific first:
    `pt_BR` -> pt_BR, pt, en; `zh_TW` -> zh_Hant_TW, zh_TW, zh_Hant, zh, en."""
    parsed = Locale.parse(locale)
    language, script, territory = parsed.language, parsed.script, parsed.territory
    names = [
        "_".join(part for part in (language, script, territory) if part),
        f"{language}_{territory}" if territory else "",
        f"{language}_{script}" if script else "",
        language,
        "en",
    ]
    return list(dict.fromkeys(name for name in names if name))


class Labels:
    """The labels for one locale, with a site's overrides, as templates ask for them:
    `label("newer")`, `label("reading_time", count=4)`, `label("updated", date=html)`.

    Each label is escaped, then its fields filled in, each value escaped unless it is
    already markup (a `<time>` element from the template): what a reader sees is the text
    as written, in HTML, whatever it holds.
    """

    def __init__(self, locale: str = "en", overrides: Mapping[str, Label] | None = None):
        self.locale = Locale.parse(locale)
        chosen: dict[str, Label] = {}
        for name in reversed(fallbacks(locale)):
            chosen.update(catalogue(name))
        chosen.update(overrides or {})
        self._labels = chosen
        self._memo: dict[tuple[object, ...], Markup] = {}
        """Labels already filled in: the same few (a reading time of 1 to 20 minutes,
        "Newer", a page number) are asked for on every card and page of a build, and Babel's
        number formatting and Markup's escaping formatter are slow enough to notice."""
        self.rtl = self.locale.character_order == "right-to-left"
        """Whether the language is written right to left (Arabic, Hebrew, Persian): the
        templates then give the blog's fragments `dir="rtl"`, whatever the theme does."""
        self.direction = "rtl" if self.rtl else "ltr"

    def __call__(self, key: str, /, **values: object) -> Markup:
        """Label `key` as HTML, its fields filled in from `values`."""
        if not values:  # most calls: "Newer", "Related posts"
            found = self._memo.get((key,))
            if found is not None:
                return found
        # The values' types are part of the key: Markup("<b>") equals "<b>", escaped differently.
        memo_key = (key, *((name, type(value), value) for name, value in values.items()))
        try:
            return self._memo[memo_key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value: fill in without the memo
            return escape(self._form(key, values)).format(**self._shown(values))
        html = escape(self._form(key, values)).format(**self._shown(values))
        if len(self._memo) < 10_000:  # a bound: dates and titles are many
            self._memo[memo_key] = html
        return html

    def text(self, key: str, /, **values: object) -> str:
        """Label `key` as plain text (for a page's title), its fields filled in."""
        return self._form(key, values).format(**self._shown(values))

    def _form(self, key: str, values: Mapping[str, object]) -> str:
        label = self._labels.get(key)
        if label is None:
            raise KeyError(f"there is no label {key!r}; the labels are: {', '.join(keys())}")
        if isinstance(label, str):
            return label
        count = values.get("count")
        category = self.locale.plural_form(count) if isinstance(count, int | float) else "other"
        return label.get(category) or label["other"]

    def _shown(self, values: Mapping[str, object]) -> dict[str, object]:
        """Numbers as the locale writes them (`1.234` in German)."""
        return {
            name: format_decimal(value, locale=self.locale)
            if isinstance(value, int | float) and not isinstance(value, bool)
            else value
            for name, value in values.items()
        }
