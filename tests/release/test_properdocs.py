"""ProperDocs, the maintained continuation of MkDocs 1.x: the released wheel works with it,
unchanged.

How ProperDocs runs an MkDocs plugin (properdocs 1.6.7): its command line first imports
`properdocs.replacement`, which makes `mkdocs` and every `mkdocs.*` module an alias of
`properdocs` (a `sys.meta_path` finder), so the plugin's `from mkdocs.plugins import ...`
gets ProperDocs' classes even though MkDocs itself is installed too (the plugin and Material
require it). It finds plugins in both entry point groups, `mkdocs.plugins` and its own
`properdocs.plugins` (which wins); the wheel declares both. It reads `properdocs.yml`, else
`mkdocs.yml`. It has no built-in theme: MkDocs' two come as `properdocs-theme-mkdocs` and
`properdocs-theme-readthedocs` (it ignores the copies inside the `mkdocs` package).

These tests install ProperDocs, those two themes and the wheel into a new virtual
environment and build the example blog strictly in Material, `readthedocs` and `mkdocs`."""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import pytest

from .conftest import Dist
from .support import (
    Venv,
    blog_pages_in,
    broken_links,
    copy_example,
    example_posts,
    expected_blog_pages,
    make_venv,
    run,
    warnings_in,
)

pytestmark = pytest.mark.release

PROPERDOCS = (
    "properdocs==1.6.7",
    "properdocs-theme-mkdocs==1.6.7",
    "properdocs-theme-readthedocs==1.6.5",
)
"""The versions tested, as the interoperability tests pin theirs."""

GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')


@pytest.fixture(scope="module")
def properdocs_venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    venv = make_venv(tmp_path_factory.mktemp("properdocs") / "venv")
    venv.pip_install(*PROPERDOCS, dist.wheel)
    return venv


def test_properdocs_finds_the_plugin_in_its_own_entry_point_group(
    properdocs_venv: Venv, tmp_path: Path
) -> None:
    """ProperDocs' plugin lookup returns ours, from the `properdocs.plugins` group (the one
    it prefers), and under ProperDocs' import alias it is a ProperDocs plugin."""
    script = (
        "import properdocs.replacement, inspect;"
        "from properdocs.plugins import BasePlugin, get_plugins;"
        "entry = get_plugins()['blogposts'];"
        "plugin = entry.load();"
        "print(entry.group, entry.dist.name, issubclass(plugin, BasePlugin),"
        " inspect.getfile(plugin))"
    )
    found = run([properdocs_venv.python, "-c", script], cwd=tmp_path).stdout.split()
    assert found[:3] == ["properdocs.plugins", "mkdocs-blogposts", "True"]
    assert Path(found[3]).is_relative_to(properdocs_venv.path)


def test_properdocs_builds_the_example_as_mkdocs_does(
    properdocs_venv: Venv, tmp_path: Path
) -> None:
    """`properdocs build --strict` in the example's folder (its `mkdocs.yml` found as
    ProperDocs' fallback) builds every blog page, all links resolving under the sub-path,
    and exactly the files `mkdocs build` makes from the same environment: the same bytes,
    but for the generator named in each page's `<meta>`."""
    project = copy_example(tmp_path / "studio")
    by_properdocs, by_mkdocs = tmp_path / "properdocs-site", tmp_path / "mkdocs-site"
    result = run(
        [properdocs_venv.bin("properdocs"), "build", "--strict", "-d", by_properdocs],
        cwd=project,
    )
    assert not warnings_in(result)
    assert "ProperDocs" in (by_properdocs / "index.html").read_text(encoding="utf-8")
    assert blog_pages_in(by_properdocs) == expected_blog_pages(example_posts())
    assert broken_links(by_properdocs) == []

    run([properdocs_venv.bin("mkdocs"), "build", "--strict", "-d", by_mkdocs], cwd=project)
    assert _files(by_properdocs) == _files(by_mkdocs)
    differing = []
    for name in sorted(_files(by_mkdocs)):
        ours, theirs = by_properdocs / name, by_mkdocs / name
        if filecmp.cmp(ours, theirs, shallow=False):
            continue
        if name.endswith(".html") and GENERATOR.sub("", ours.read_text(encoding="utf-8")) == (
            GENERATOR.sub("", theirs.read_text(encoding="utf-8"))
        ):
            continue
        differing.append(name)
    assert not differing


@pytest.mark.parametrize("theme", ["readthedocs", "mkdocs"])
def test_properdocs_builds_the_example_in_mkdocs_themes(
    properdocs_venv: Venv, tmp_path: Path, theme: str
) -> None:
    """MkDocs' own themes, from ProperDocs' theme packages, with the example as it is
    otherwise, strictly: every blog page, every link resolving."""
    project = copy_example(tmp_path / "studio", {"theme": {"name": theme}})
    site = tmp_path / "site"
    result = run(
        [properdocs_venv.bin("properdocs"), "build", "--strict", "-f", "mkdocs.yml", "-d", site],
        cwd=project,
    )
    assert not warnings_in(result)
    assert blog_pages_in(site) == expected_blog_pages(example_posts())
    assert broken_links(site) == []


def _files(tree: Path) -> set[str]:
    return {path.relative_to(tree).as_posix() for path in tree.rglob("*") if path.is_file()}
