"""load_yaml's errors for text the YAML reader refuses before parsing (control characters):
still a `YamlError`, never another exception, with PyYAML's reason and the character's line
(mutation testing found this path unchecked: docs/testing.md)."""

from __future__ import annotations

import pytest
import yaml

from mkdocs_blogposts import yamlload
from mkdocs_blogposts.yamlload import YamlError, load_yaml


class _PureLoader(yaml.SafeLoader):
    """`FrontMatterLoader` on PyYAML's pure-Python reader."""

    yaml_implicit_resolvers = yamlload.FrontMatterLoader.yaml_implicit_resolvers


@pytest.mark.parametrize(
    ("text", "character", "line"),
    [
        pytest.param("title: a\x07b\n", "0007", 0, id="bell"),
        pytest.param("title: ok\nauthor: x\x00\n", "0000", 1, id="nul-on-line-2"),
        pytest.param("\x1b[31mred\n", "001b", 0, id="escape-sequence"),
        pytest.param("title: Café\nbio: née\n\nurl: a\x01\n", "0001", 3, id="after-non-ascii"),
    ],
)
@pytest.mark.parametrize("base", ["C", "pure-Python"])
def test_control_characters_are_a_yaml_error_with_reason_and_line(
    text: str, character: str, line: int, base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if base == "C" and not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    if base == "pure-Python":  # the reader without libyaml, where `position` counts characters
        monkeypatch.setattr(yamlload, "FrontMatterLoader", _PureLoader)
    with pytest.raises(YamlError) as caught:
        load_yaml(text)
    kind = "control" if base == "C" else "special"  # libyaml's word, PyYAML's
    reason = f"unacceptable character #x{character}: {kind} characters are not allowed"
    assert (caught.value.reason, caught.value.line) == (reason, line)


def test_the_line_is_that_of_the_first_refused_character() -> None:
    with pytest.raises(YamlError) as caught:
        load_yaml("title: ok\nname: a\x07b\nbio: c\x07d\n")
    assert caught.value.line == 1


def test_a_yaml_error_takes_attributes_like_any_exception() -> None:
    """Python and tools (exception groups, Hypothesis' notes) set attributes on exceptions."""
    with pytest.raises(YamlError) as caught:
        load_yaml("a: [unclosed")
    cause = ValueError("while reading posts/a.md")
    caught.value.__cause__ = cause
    assert caught.value.__cause__ is cause
