"""MkDocs hook: the options page's reference, generated from the plugin's own config class.

Each option of `BlogpostsConfig` is a class attribute followed by a string literal, its
docstring. Python keeps no docstrings of attributes at runtime, so they are read from the
class's source with `ast`; the defaults come from the live class. The page therefore shows
what the installed plugin does, and an option added to the class is documented by writing
its docstring, nowhere else.

The options page holds `MARKER` where the reference goes; every other page is left alone.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import logging
import textwrap
from dataclasses import dataclass
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from mkdocs_blogposts.config import BlogpostsConfig

MARKER = "<!-- options-reference -->"
"""Replaced by the reference, on a line of its own in the page's Markdown."""

log = logging.getLogger("mkdocs.hooks.options_reference")


@dataclass(frozen=True)
class OptionDoc:
    """One option as the reference shows it."""

    name: str
    default: str
    """The default as Markdown: a YAML value in a code span, or *unset*."""
    description: str | None
    """The attribute docstring (Markdown), None when the option has none."""


def attribute_docstrings(config_class: type[base.Config]) -> dict[str, str]:
    """Attribute name -> the string literal right after its assignment in the class body,
    dedented (`inspect.cleandoc`), for every attribute that has one."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(config_class)))
    class_node = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == config_class.__name__
    )
    docstrings: dict[str, str] = {}
    body = class_node.body
    for statement, following in itertools.pairwise(body):
        name = _assigned_name(statement)
        text = _string_of(following)
        if name is not None and text is not None:
            docstrings[name] = inspect.cleandoc(text)
    return docstrings


def _assigned_name(statement: ast.stmt) -> str | None:
    """The one name a class-body statement assigns (`x = ...`, `x: T = ...`), else None."""
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    if (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
    ):
        return statement.targets[0].id
    return None


def _string_of(statement: ast.stmt) -> str | None:
    """The text of a statement that is a lone string literal, else None."""
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
        value = statement.value.value
        return value if isinstance(value, str) else None
    return None


def read_options(config_class: type[base.Config] = BlogpostsConfig) -> list[OptionDoc]:
    """Every option of `config_class`, in the order the class declares them."""
    docstrings = attribute_docstrings(config_class)
    return [
        OptionDoc(name, show_default(option), docstrings.get(name))
        for name, option in base.get_schema(config_class)
    ]


def show_default(option: c.BaseConfigOption[Any]) -> str:
    """The option's default as it would be written in `mkdocs.yml`, in a code span; an
    option without one (None) is *unset*, and its docstring says what that means."""
    default = option.default
    if default is None:
        return "*unset*"
    if isinstance(default, bool):
        text = "true" if default else "false"
    elif isinstance(default, str):
        text = default if default else "''"
    else:  # numbers, lists and mappings: JSON is YAML's flow style
        text = json.dumps(default, ensure_ascii=False)
    return f"`{text}`"


def first_sentence(text: str) -> str:
    """The first sentence of a docstring, for the summary table: up to the first full stop
    outside parentheses and code spans (so `(e.g. `fr`)` does not end it)."""
    depth, in_code = 0, False
    flat = " ".join(text.split())
    for index, char in enumerate(flat):
        if char == "`":
            in_code = not in_code
        elif in_code:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "." and depth == 0 and flat[index + 1 : index + 2] in (" ", ""):
            return flat[:index] + "."
    return flat


def _cell(text: str) -> str:
    """`text` safe in a Markdown table cell."""
    return text.replace("|", "\\|")


def reference_markdown(options: list[OptionDoc]) -> str:
    """A table of every option, its default and the first sentence of its description,
    linked to a section per option with the whole description. Each section's heading has
    the option's name as its anchor (`options/#posts_dir`), so other pages can link to one
    option."""
    lines = ["| option | default | summary |", "| --- | --- | --- |"]
    lines += [
        f"| [`{o.name}`](#{o.name}) | {o.default} | {_cell(first_sentence(o.description or ''))} |"
        for o in options
    ]
    for option in options:
        lines += [
            "",
            f"### `{option.name}` {{#{option.name}}}",
            "",
            f"Default: {option.default}",
            "",
            option.description or "*Not documented yet.*",
        ]
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Fill the options page's marker; a missing docstring is a warning (so `mkdocs build
    --strict` fails on an undocumented option)."""
    if MARKER not in markdown:
        return markdown
    options = read_options()
    for option in options:
        if option.description is None:
            log.warning(f"blogposts option {option.name!r} has no docstring in config.py")
    return markdown.replace(MARKER, reference_markdown(options))
