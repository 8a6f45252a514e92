"""Helpers of the release tests: subprocesses, fresh virtual environments, the example site's
expected pages, and a check that a built tree works when served under its sub-path."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import yaml
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "example_site"
SITE_URL = yaml.safe_load((EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
"""The example's `site_url`, `https://example.org/studio/`: its site lives under a sub-path."""
SUB_PATH = urlsplit(SITE_URL).path
_ORIGIN = "http://site.invalid"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: nothing that would import this source tree instead
    of what is installed, no MkDocs 2.0 notice from Material, no user or system git config."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    }
    env.update(
        NO_MKDOCS_2_WARNING="1",
        DISABLE_MKDOCS_2_WARNING="true",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )
    env.update(extra)
    return env


def run(
    args: Sequence[str | Path], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    """Run a command; a non-zero exit fails the test with the command's output."""
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=clean_env() if env is None else env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(str(a) for a in args)} exited {result.returncode} in {cwd}\n"
        f"--- stdout\n{result.stdout[-6000:]}\n--- stderr\n{result.stderr[-6000:]}"
    )
    return result


def warnings_in(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The WARNING and ERROR lines an MkDocs or ProperDocs command logged."""
    return [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if re.match(r"\s*(WARNING|ERROR)\b", line)
    ]


@dataclass(frozen=True)
class Venv:
    """A fresh virtual environment, made by `python -m venv` without system site-packages."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def bin(self, name: str) -> Path:
        return self.path / "bin" / name

    def pip_install(self, *requirements: str | Path) -> None:
        # pip's own cache (~/.cache/pip) keeps repeated runs fast; nothing else is shared.
        run([self.python, "-m", "pip", "install", "--quiet", *requirements], cwd=self.path)


def make_venv(path: Path) -> Venv:
    run([sys.executable, "-m", "venv", path], cwd=path.parent)
    return Venv(path)


def copy_example(target: Path, config: dict[str, object] | None = None) -> Path:
    """A copy of the example site in `target` (outside the source tree), its `mkdocs.yml`
    updated with `config`; the copy's folder."""
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("site", "tools"))
    if config:
        config_file = target / "mkdocs.yml"
        loaded = yaml.safe_load(config_file.read_text(encoding="utf-8"))
        loaded.update(config)
        config_file.write_text(yaml.safe_dump(loaded, sort_keys=False), encoding="utf-8")
    return target


@dataclass(frozen=True)
class ExamplePost:
    stem: str
    title: str
    published: bool
    featured: bool
    year: int
    image: str
    """The hero image's path below the site's root (`posts/images/x.png`)."""
    categories: tuple[str, ...]
    tags: tuple[str, ...]


def example_posts() -> list[ExamplePost]:
    """The example's posts as its front matter says (all in the seed's shape): published
    unless `draft: true` or dated after the build's day (today, or `SOURCE_DATE_EPOCH`'s,
    as the plugin reckons it)."""
    posts = []
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else None
    today = now.date() if now else dt.datetime.now(dt.timezone.utc).date()
    for source in sorted((EXAMPLE / "docs" / "posts").glob("*.md")):
        front = yaml.safe_load(source.read_text(encoding="utf-8").split("---\n")[1])
        date = dt.datetime.strptime(str(front["date"]), "%m/%d/%Y").date()
        image = Path("posts") / str(front["image"])
        posts.append(
            ExamplePost(
                stem=source.stem,
                title=str(front["title"]),
                published=front.get("draft") is not True and date <= today,
                featured=front.get("featured") is True,
                year=date.year,
                image=os.path.normpath(image).replace(os.sep, "/"),
                categories=tuple(front.get("categories") or ()),
                tags=tuple(front.get("tags") or ()),
            )
        )
    return posts


def slug(label: str) -> str:
    """The slug of the example's simple labels (ASCII words and spaces)."""
    return "-".join(label.lower().split())


def expected_blog_pages(posts: Sequence[ExamplePost]) -> set[str]:
    """Every page of the blog the example's published posts make, by output path."""
    published = [post for post in posts if post.published]
    pages = {
        "blog/index.html",
        "blog/category/index.html",
        "blog/tag/index.html",
        "blog/author/index.html",
        "blog/archive/index.html",
    }
    if any(post.featured for post in published):
        pages.add("blog/featured/index.html")
    for post in published:
        pages.add(f"posts/{post.stem}/index.html")
        pages.add(f"blog/archive/{post.year}/index.html")
        pages.update(f"blog/category/{slug(label)}/index.html" for label in post.categories)
        pages.update(f"blog/tag/{slug(label)}/index.html" for label in post.tags)
    pages.update(
        f"authors/{profile.stem}/index.html"
        for profile in (EXAMPLE / "docs" / "authors").glob("*.md")
    )
    return pages


def blog_pages_in(tree: Path) -> set[str]:
    """The blog's pages a built tree holds, in the same terms as `expected_blog_pages`."""
    found: set[str] = set()
    for folder in ("blog", "posts", "authors"):
        found.update(
            page.relative_to(tree).as_posix()
            for page in (tree / folder).rglob("index.html")
            if "/page/" not in page.relative_to(tree).as_posix()
        )
    return found


def _resolve(tree: Path, page: str, url: str) -> str | None:
    """Where `url`, on the page at `page` below the site's root, leads when the site is
    served at SUB_PATH: None when it leads to a file of the tree, else why not."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        if not url.startswith(SITE_URL):
            return None  # another site's: not ours to check
        path = urlsplit(url).path
    else:
        path = urlsplit(urljoin(f"{_ORIGIN}{SUB_PATH}{page}", parts.path)).path
    if not path.startswith(SUB_PATH):
        return f"leaves {SUB_PATH}"
    target = unquote(path[len(SUB_PATH) :])
    file = tree / target
    if not target or target.endswith("/"):
        file = file / "index.html"
    return None if file.is_file() else f"no file {file.relative_to(tree).as_posix()}"


_SITE_URLS = re.compile(re.escape(SITE_URL) + r"[^\s\"'<>\\)]*")


def _urls_of(tag: Tag) -> Iterator[str]:
    for attribute in ("href", "src"):
        value = tag.get(attribute)
        if isinstance(value, str):
            yield value
    srcset = tag.get("srcset")
    if isinstance(srcset, str):
        yield from (candidate.split()[0] for candidate in srcset.split(",") if candidate.strip())


def broken_links(tree: Path) -> list[str]:
    """Every link of the built site in `tree` that would not lead to a file when the tree is
    served at SITE_URL (GitHub Pages serving a project site, say): each `href`, `src` and
    `srcset` of every HTML page (relative or rooted, like the 404 page's), and every absolute
    URL into the site (`og:url`, canonical links, JSON-LD, feeds, the sitemap)."""
    broken = []
    for file in sorted(tree.rglob("*")):
        if file.suffix not in {".html", ".xml", ".json"} or not file.is_file():
            continue
        page = file.relative_to(tree).as_posix()
        text = file.read_text(encoding="utf-8")
        urls: list[str] = []
        if file.suffix == ".html":
            soup = BeautifulSoup(text, "html.parser")
            for tag in soup.find_all(True):
                assert isinstance(tag, Tag)
                urls.extend(url for url in _urls_of(tag) if url and not url.startswith("#"))
        urls.extend(_SITE_URLS.findall(html.unescape(text)))
        for url in urls:
            problem = _resolve(tree, page, url)
            if problem:
                broken.append(f"{page}: {url} ({problem})")
    return sorted(set(broken))


def feed_titles(tree: Path, folder: str = "blog") -> dict[str, list[str]]:
    """The entry titles of the three feeds in `folder`, by format, as a reader parses them."""
    rss = ElementTree.parse(tree / folder / "rss.xml").getroot()
    atom = ElementTree.parse(tree / folder / "atom.xml").getroot()
    atom_ns = "{http://www.w3.org/2005/Atom}"
    feed = json.loads((tree / folder / "feed.json").read_text(encoding="utf-8"))
    return {
        "rss": [item.findtext("title", "") for item in rss.iter("item")],
        "atom": [entry.findtext(f"{atom_ns}title", "") for entry in atom.iter(f"{atom_ns}entry")],
        "json": [str(item["title"]) for item in feed["items"]],
    }
