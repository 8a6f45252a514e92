"""Packaging: the sdist and wheel a release uploads are complete and valid, and the wheel,
installed alone into a fresh virtual environment, builds the example blog.

`python -m build` makes both (the wheel from the sdist); `twine check --strict` reads them
as PyPI would. The wheel is installed into a new `python -m venv` with its dependencies from
the package index (no system site-packages, nothing of this source tree importable) and
builds the example site strictly from a folder outside the source tree: templates,
stylesheet and label catalogues must all be in the wheel for that to work."""

from __future__ import annotations

import email.parser
import re
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest
import trove_classifiers
import yaml
from bs4 import BeautifulSoup

import mkdocs_blogposts

from .conftest import Dist
from .support import (
    ROOT,
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

PACKAGE = ROOT / "mkdocs_blogposts"


def _source_files(folder: Path) -> set[str]:
    """The files below `folder` a distribution should carry, relative to the repository."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def _metadata(dist: Dist) -> Message:
    with zipfile.ZipFile(dist.wheel) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.BytesParser().parsebytes(wheel.read(name))


def test_twine_check_passes(dist: Dist) -> None:
    """What PyPI checks on upload: metadata fields, and the long description renders."""
    result = run(
        [sys.executable, "-m", "twine", "check", "--strict", dist.sdist, dist.wheel],
        cwd=dist.wheel.parent,
    )
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_metadata(dist: Dist) -> None:
    metadata = _metadata(dist)
    assert metadata["Name"] == "mkdocs-blogposts"
    assert metadata["Version"] == mkdocs_blogposts.__version__
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Requires-Python"] == ">=3.10"
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL", []))
    assert set(urls) == {"Homepage", "Documentation", "Repository", "Issues", "Changelog"}
    assert all(url.startswith("https://") for url in urls.values())
    assert "mkdocs" in metadata["Keywords"].split(",")


def test_classifiers_are_pypis_and_match_requires_python(dist: Dist) -> None:
    """PyPI rejects an upload with an unknown classifier; deprecated ones are refused too.
    The Python versions listed are those `requires-python` allows, up to 3.13."""
    classifiers = _metadata(dist).get_all("Classifier", [])
    unknown = [c for c in classifiers if c not in trove_classifiers.classifiers]
    assert not unknown
    assert not [c for c in classifiers if c in trove_classifiers.deprecated_classifiers]
    assert "Framework :: MkDocs" in classifiers
    versions = [c.rsplit(" :: ", 1)[1] for c in classifiers if re.search(r":: 3\.\d+$", c)]
    assert versions == ["3.10", "3.11", "3.12", "3.13"]


def test_description_is_the_readme_with_links_that_work_on_pypi(dist: Dist) -> None:
    """The README, whose links to files of the repository (screenshots, docs/) are made
    absolute: relative, they would be broken on PyPI's page."""
    metadata = _metadata(dist)
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = metadata.get_payload()
    assert isinstance(description, str)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert description.splitlines()[0] == readme.splitlines()[0]
    assert len(description.splitlines()) == len(readme.splitlines())
    relative = set(re.findall(r"\]\(([^)#:\s]+)\)", readme))
    into_repository = {target for target in relative if (ROOT / target).exists()}
    assert into_repository, "the README links no file of the repository any more?"
    for target in into_repository:
        assert f"]({target})" not in description, f"{target} stays relative on PyPI"
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", description)
    assert images
    assert all(url.startswith("https://raw.githubusercontent.com/") for url in images)


def test_entry_points_for_mkdocs_and_properdocs(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
        entry_points = wheel.read(name).decode()
    plugin = "blogposts = mkdocs_blogposts.plugin:BlogpostsPlugin"
    for group in ("mkdocs.plugins", "properdocs.plugins"):
        assert f"[{group}]\n{plugin}\n" in entry_points


def test_wheel_holds_the_package_and_nothing_else(dist: Dist) -> None:
    """Every file of the package (modules, templates, the stylesheet, the label catalogues,
    `py.typed`) and the licence, and no tests, example site or caches."""
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = set(wheel.namelist())
    package = _source_files(PACKAGE)
    assert package <= names, sorted(package - names)
    for folder in ("templates/blogposts", "assets", "translations"):
        assert any(name.startswith(f"mkdocs_blogposts/{folder}/") for name in names), folder
    assert "mkdocs_blogposts/py.typed" in names
    assert "mkdocs_blogposts/translations/en.yml" in names
    info = next(name.split("/")[0] for name in names if name.endswith(".dist-info/METADATA"))
    assert f"{info}/licenses/LICENSE" in names
    outside = {name for name in names if not name.startswith(("mkdocs_blogposts/", info))}
    assert not outside
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_sdist_holds_what_building_and_testing_need(dist: Dist) -> None:
    """The package, the tests with what they read (the example site; the documentation
    site, `mkdocs.yml` and `docs/`), and the README, changelog and licence; no virtual
    environment, build output or caches."""
    with tarfile.open(dist.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for required in ("pyproject.toml", "PKG-INFO", "README.md", "CHANGELOG.md", "LICENSE"):
        assert required in names
    expected = (
        _source_files(PACKAGE)
        | _source_files(ROOT / "tests")
        | _source_files(ROOT / "example_site")
        | _source_files(ROOT / "docs")
        | {"mkdocs.yml"}
    )
    assert expected <= names, sorted(expected - names)[:20]
    for unwanted in (".venv/", "site/", ".cache/", ".git/", ".hypothesis/", ".mypy_cache/"):
        assert not [name for name in names if name.startswith(unwanted)], unwanted
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


@pytest.fixture(scope="module")
def wheel_venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A new virtual environment with the wheel and its dependencies, and nothing else."""
    venv = make_venv(tmp_path_factory.mktemp("wheel") / "venv")
    venv.pip_install(dist.wheel)
    return venv


def test_wheel_installs_alone_and_is_what_gets_imported(wheel_venv: Venv, tmp_path: Path) -> None:
    """Its dependencies are consistent (`pip check`), and the plugin MkDocs finds through
    its entry point is the installed copy, not this source tree."""
    run([wheel_venv.python, "-m", "pip", "check"], cwd=tmp_path)
    found = run(
        [
            wheel_venv.python,
            "-c",
            "from mkdocs.plugins import get_plugins; import inspect;"
            "print(inspect.getfile(get_plugins()['blogposts'].load()))",
        ],
        cwd=tmp_path,
    )
    location = Path(found.stdout.strip())
    assert location.is_relative_to(wheel_venv.path), location
    assert not location.is_relative_to(ROOT)


@pytest.mark.parametrize("theme", ["material", "readthedocs", "mkdocs"])
def test_wheel_builds_the_example_blog_strictly(
    wheel_venv: Venv, tmp_path: Path, theme: str
) -> None:
    """`mkdocs build --strict` from the fresh environment, in a copy of the example outside
    the source tree (in its own Material set-up, and in MkDocs' two themes): every blog page,
    the package's stylesheet byte for byte, every link resolving under the site's sub-path."""
    project = copy_example(tmp_path / "studio", None if theme == "material" else {"theme": theme})
    site = tmp_path / "site"
    result = run([wheel_venv.bin("mkdocs"), "build", "--strict", "-d", site], cwd=project)
    assert not warnings_in(result)
    assert blog_pages_in(site) == expected_blog_pages(example_posts())
    css = site / "assets" / "blogposts" / "blogposts.css"
    assert css.read_bytes() == (PACKAGE / "assets" / "blogposts.css").read_bytes()
    assert broken_links(site) == []


def test_wheel_carries_the_label_catalogues(wheel_venv: Venv, tmp_path: Path) -> None:
    """The example in French and in Arabic: the blog's words are the catalogues' (English
    would mean a catalogue missing from the wheel), and the Arabic blog reads right to left."""
    for language in ("fr", "ar"):
        catalogue = yaml.safe_load(
            (PACKAGE / "translations" / f"{language}.yml").read_text(encoding="utf-8")
        )
        project = copy_example(
            tmp_path / language,
            {"theme": {"name": "material", "language": language, "font": False}},
        )
        site = tmp_path / f"site-{language}"
        result = run([wheel_venv.bin("mkdocs"), "build", "--strict", "-d", site], cwd=project)
        assert not warnings_in(result)
        soup = BeautifulSoup((site / "blog/index.html").read_text(encoding="utf-8"), "html.parser")
        tabs = soup.select_one(".blogposts-tabs").get_text(" ", strip=True)
        assert catalogue["categories"] in tabs, (language, tabs)
        assert catalogue["categories"] != "Categories"
        listing = soup.select_one(".blogposts-listing")
        assert listing.get("dir") == ("rtl" if language == "ar" else None)
