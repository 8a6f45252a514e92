"""MkDocs hook: the labels page's tables, generated from the plugin's label catalogues.

The English catalogue (`mkdocs_blogposts/translations/en.yml`) names every label a reader
can see and is what every other language falls back to; the folder's other files are the
languages the plugin speaks. Reading both from the installed package keeps the page right
when a label or a language is added.

`LABELS_MARKER` becomes a table of every label with its English text; `LANGUAGES_MARKER` a
list of the catalogues' languages. Every other page is left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel import Locale

from mkdocs_blogposts.labels import TRANSLATIONS_DIR, Label, catalogue

LABELS_MARKER = "<!-- labels-reference -->"
LANGUAGES_MARKER = "<!-- languages-reference -->"


def english_labels() -> dict[str, Label]:
    """Label name -> its English text, or its text per plural category, in file order (the
    plugin's own catalogue reader)."""
    return dict(catalogue("en"))


def catalogue_locales(folder: Path = TRANSLATIONS_DIR) -> list[str]:
    """The locales with a catalogue (`de`, `pt_BR`, `zh_Hant`, ...), sorted."""
    return sorted(path.stem for path in folder.glob("*.yml"))


def labels_markdown(labels: dict[str, Label]) -> str:
    """A table: each label's name and English text (a text per plural category for a label
    with a `{count}`)."""
    lines = ["| label | English text |", "| --- | --- |"]
    for name, text in labels.items():
        if isinstance(text, str):
            shown = f"`{text}`"
        else:
            shown = "<br>".join(f"{form}: `{form_text}`" for form, form_text in text.items())
        lines.append(f"| `{name}` | {shown} |")
    return "\n".join(lines) + "\n"


def languages_markdown(locales: list[str]) -> str:
    """A list of the catalogues' languages: the locale to set, and its English name."""
    items = [f"- `{locale}`: {Locale.parse(locale).english_name}" for locale in locales]
    return "\n".join(items) + "\n"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if LABELS_MARKER in markdown:
        markdown = markdown.replace(LABELS_MARKER, labels_markdown(english_labels()))
    if LANGUAGES_MARKER in markdown:
        markdown = markdown.replace(LANGUAGES_MARKER, languages_markdown(catalogue_locales()))
    return markdown
