"""The options reference of the documentation site (docs/hooks/options_reference.py).

The options page is generated from `BlogpostsConfig`'s attribute docstrings: an option
without one would be documented as "not documented yet", so an option added to the config
fails here until its docstring is written.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from mkdocs.config import base
from mkdocs.config import config_options as c

from mkdocs_blogposts.config import BlogpostsConfig

HOOK = Path(__file__).parents[2] / "docs" / "hooks" / "options_reference.py"


def _load_hook() -> ModuleType:
    """The hook module, loaded from its file as MkDocs loads hooks (it is no package)."""
    name = "blogposts_docs_options_reference"
    spec = importlib.util.spec_from_file_location(name, HOOK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


hook = _load_hook()
OPTION_NAMES = [name for name, _ in base.get_schema(BlogpostsConfig)]


def test_every_option_has_a_docstring() -> None:
    docstrings = hook.attribute_docstrings(BlogpostsConfig)
    missing = [name for name in OPTION_NAMES if not docstrings.get(name, "").strip()]
    assert not missing, f"options of BlogpostsConfig without a docstring: {missing}"


def test_the_reference_lists_every_option_in_the_class_order() -> None:
    options = hook.read_options()
    assert [option.name for option in options] == OPTION_NAMES
    markdown = hook.reference_markdown(options)
    headings = re.findall(r"^### `(\w+)` \{#(\w+)\}$", markdown, re.MULTILINE)
    assert headings == [(name, name) for name in OPTION_NAMES]
    rows = re.findall(r"^\| \[`(\w+)`\]\(#(\w+)\) \|", markdown, re.MULTILINE)
    assert rows == [(name, name) for name in OPTION_NAMES]


def test_a_docstring_is_the_text_after_its_option_dedented() -> None:
    docstrings = hook.attribute_docstrings(BlogpostsConfig)
    assert docstrings["posts_dir"].startswith("Folder of posts, relative to `docs_dir`.")
    assert "\n    " not in docstrings["post_url"]  # the class body's indentation is gone


def test_a_docstring_belongs_to_the_assignment_right_before_it() -> None:
    class Example(base.Config):
        plain = c.Type(int, default=1)
        """Plain."""

        annotated: c.Optional[str] = c.Optional(c.Type(str))
        """Annotated."""

        undocumented = c.Type(bool, default=False)

        after_a_gap = c.Type(str, default="x")
        x = 1
        """Belongs to x, not to after_a_gap."""

    docstrings = hook.attribute_docstrings(Example)
    assert docstrings == {
        "plain": "Plain.",
        "annotated": "Annotated.",
        "x": "Belongs to x, not to after_a_gap.",
    }
    options = {option.name: option for option in hook.read_options(Example)}
    assert options["undocumented"].description is None
    assert "*Not documented yet.*" in hook.reference_markdown(list(options.values()))


@pytest.mark.parametrize(
    ("option", "shown"),
    [
        (c.Type(bool, default=True), "`true`"),
        (c.Type(bool, default=False), "`false`"),
        (c.Type(int, default=12), "`12`"),
        (c.Type(str, default="posts"), "`posts`"),
        (c.Type(str, default=""), "`''`"),
        (
            c.ListOfItems(c.Type(str), default=["%m/%d/%Y", "%Y-%m-%d"]),
            '`["%m/%d/%Y", "%Y-%m-%d"]`',
        ),
        (c.Optional(c.Type(str)), "*unset*"),
    ],
)
def test_defaults_are_shown_as_yaml(option: c.BaseConfigOption[object], shown: str) -> None:
    assert hook.show_default(option) == shown


def test_the_summary_is_the_first_sentence_outside_parentheses_and_code() -> None:
    text = "Language of the blog (e.g. `fr`, `a. b`). Unset: the theme's."
    assert hook.first_sentence(text) == "Language of the blog (e.g. `fr`, `a. b`)."


def test_the_hook_fills_only_its_marker() -> None:
    page = f"# Options\n\nIntro.\n\n{hook.MARKER}\n"
    filled = hook.on_page_markdown(page, page=None, config=None, files=None)
    assert hook.MARKER not in filled
    assert filled.startswith("# Options\n\nIntro.\n\n| option | default | summary |")
    assert hook.on_page_markdown("# Other page\n") == "# Other page\n"
