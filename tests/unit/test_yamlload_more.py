"""load_yaml's errors for text the YAML reader refuses before parsing (control characters):
still a `YamlError`, never another exception, without a line (mutation testing found this
path unchecked: docs/testing.md)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.yamlload import YamlError, load_yaml


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("title: a\x07b\n", id="bell"),
        pytest.param("title: ok\nauthor: x\x00\n", id="nul-on-line-2"),
        pytest.param("\x1b[31mred\n", id="escape-sequence"),
    ],
)
def test_control_characters_are_a_yaml_error_without_a_line(text: str) -> None:
    with pytest.raises(YamlError) as caught:
        load_yaml(text)
    # The reader reports no position PyYAML marks, so no line; the reason names the error.
    assert caught.value == YamlError("ReaderError", None)
