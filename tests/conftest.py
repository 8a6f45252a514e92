"""Shared fixtures: real MkDocs builds in temporary folders, with every warning accounted for."""

from __future__ import annotations

import base64
import logging
import os
import posixpath
import re
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, settings
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.plugins import PluginCollection
from mkdocs.structure.files import File

FIXTURES = Path(__file__).parent / "fixtures"
SEED_POST = (FIXTURES / "ai-generated-artwork.md").read_text(encoding="utf-8")
"""The reference post, byte for byte as the Astro blog starters write it."""

# A 1x1 PNG: enough for MkDocs to copy and for links to resolve.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)

# Hypothesis profiles: "ci" (the default, what `make test` runs) keeps the suite within a few
# minutes; "deep" (`make deep`, or HYPOTHESIS_PROFILE=deep) runs thousands of examples.
settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", parent=settings.get_profile("ci"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

THEMES = ("material", "mkdocs")
_ORIGIN = "http://site.invalid/"
URL_STYLES = (True, False)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _check_warnings(messages: Sequence[str], expect: Sequence[str]) -> None:
    """Every message matches one of the `expect` regexes, and each regex matches one."""
    unexpected = [m for m in messages if not any(re.search(p, m) for p in expect)]
    missing = [p for p in expect if not any(re.search(p, m) for m in messages)]
    assert not unexpected, f"unexpected warnings: {unexpected}"
    assert not missing, f"expected warnings not logged: {missing}; got {messages}"


@dataclass
class BuiltSite:
    """The output of one build, with helpers that know the URL style."""

    site_dir: Path
    use_directory_urls: bool
    warnings: list[str]

    def dest(self, src_uri: str) -> Path:
        """The output file of the page MkDocs builds from `src_uri` (as MkDocs maps it)."""
        file = File(src_uri, "", str(self.site_dir), self.use_directory_urls)
        return self.site_dir / file.dest_uri

    def exists(self, src_uri: str) -> bool:
        return self.dest(src_uri).is_file()

    def soup(self, src_uri: str) -> BeautifulSoup:
        return BeautifulSoup(self.dest(src_uri).read_text(encoding="utf-8"), "html.parser")

    def html_files(self) -> list[Path]:
        return sorted(self.site_dir.rglob("*.html"))

    def nav_text(self, src_uri: str = "index.md") -> str:
        """The text of the site navigation on a page, for either theme."""
        soup = self.soup(src_uri)
        nav = soup.select_one("nav.md-nav--primary") or soup.select_one(".navbar-collapse .nav")
        assert nav is not None, "no site navigation found"
        return " ".join(nav.get_text(" ", strip=True).split())

    def top_nav(self, src_uri: str = "index.md") -> list[tuple[str, str | None]]:
        """The top level of the site navigation on a page, for either theme: (label, href)
        for a link, (label, None) for a section."""
        soup = self.soup(src_uri)
        items = soup.select("nav.md-nav--primary > ul > li") or soup.select(
            ".navbar-collapse > ul.navbar-nav:first-of-type > li"
        )
        assert items, "no site navigation found"
        entries: list[tuple[str, str | None]] = []
        for item in items:
            classes = item.get_attribute_list("class")
            if "md-nav__item--nested" in classes or "dropdown" in classes:
                label = item.select_one("label, a")
                entries.append((" ".join(label.get_text(" ", strip=True).split()), None))
            else:
                link = item.select_one("a")
                entries.append((link.get_text(" ", strip=True), str(link["href"])))
        return entries

    def active_nav(self, src_uri: str) -> list[str]:
        """Labels of the top-level navigation entries a page marks active, for either theme."""
        soup = self.soup(src_uri)
        material = soup.select("nav.md-nav--primary > ul > li.md-nav__item--active")
        mkdocs = soup.select(".navbar-collapse > ul.navbar-nav:first-of-type > li > a.active")
        return [
            " ".join(item.select_one("a, label").get_text(" ", strip=True).split())
            if item.name == "li"
            else item.get_text(strip=True)
            for item in [*material, *mkdocs]
        ]

    def card_titles(self, src_uri: str, within: str = ".blogposts-list") -> list[str]:
        """Titles of the cards in a listing, in page order."""
        container = self.soup(src_uri).select_one(within)
        assert container is not None, f"{within} missing in {src_uri}"
        return [a.get_text(strip=True) for a in container.select(".blogposts-card-title a")]

    def list_titles(self, src_uri: str) -> list[str]:
        """Titles of the posts in a page's compact list (a category's, a tag's or an
        author's page), in page order."""
        container = self.soup(src_uri).select_one(".blogposts-listing ul.blogposts-post-list")
        assert container is not None, f"no compact list in {src_uri}"
        return [a.get_text(strip=True) for a in container.select("a.blogposts-post-list-title")]

    def broken_links(self, under: Sequence[str] = ("",)) -> list[str]:
        """Every relative href/src in pages under these folders that doesn't resolve to a file."""
        broken = []
        for page in self.html_files():
            relative = page.relative_to(self.site_dir).as_posix()
            if not any(relative.startswith(prefix) for prefix in under) or relative == "404.html":
                continue
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            for tag in soup.find_all(["a", "img", "link", "script"]):
                url = tag.get("href") or tag.get("src")
                if not isinstance(url, str) or not url or url.startswith("#"):
                    continue
                parts = urlsplit(url)
                if parts.scheme or parts.netloc:
                    continue
                target = urljoin(_ORIGIN + relative, unquote(parts.path))[len(_ORIGIN) :]
                path = self.site_dir / target
                if target.endswith("/") or not target:
                    path = path / "index.html"
                if not path.is_file():
                    broken.append(f"{relative}: {url}")
        return broken


@dataclass
class SiteBuilder:
    """Writes an MkDocs project into a temporary folder and builds it in-process."""

    root: Path
    theme: str = "material"
    use_directory_urls: bool = True
    config: dict[str, Any] = field(default_factory=dict)
    command: Literal["build", "serve"] = "build"
    """The MkDocs command the builds stand for: `serve` builds share the plugin's caches."""
    _plugins: PluginCollection | None = None

    def __post_init__(self) -> None:
        self.docs = self.root / "docs"
        self.docs.mkdir(parents=True, exist_ok=True)
        self.site_dir = self.root / "site"
        self.config = {
            "site_name": "Test blog",
            "theme": {"name": self.theme},
            "use_directory_urls": self.use_directory_urls,
            "plugins": ["search", "blogposts"],
            **self.config,
        }
        self.write("index.md", "# Home\n\nWelcome.\n")

    def write(self, src_uri: str, text: str) -> Path:
        path = self.docs / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def image(self, src_uri: str) -> None:
        path = self.docs / src_uri
        assert self.docs in path.resolve().parents, f"{src_uri} is outside docs"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(TINY_PNG)

    def blogposts_options(self, **options: object) -> None:
        self.config["plugins"] = ["search", {"blogposts": options}]

    def post(
        self,
        name: str,
        *,
        title: str,
        date: str = "08/10/2021",
        author: str | None = "michael-scott",
        categories: Sequence[str] = ("studio tips",),
        featured: bool = False,
        image: str | None = None,
        body: str = "A first paragraph about the topic.\n\nA second paragraph.\n",
        extra: str = "",
    ) -> None:
        """A post in the seed's front-matter format (same keys, order and quoting)."""
        lines = ["---"]
        if author is not None:
            lines.append(f"author: {author}")
        quoted = ", ".join(f'"{c}"' for c in categories)
        lines += [f"categories: [{quoted}]", f"date: {date}", f"featured: {str(featured).lower()}"]
        if image is not None:
            lines.append(f"image: {image}")
            folder = posixpath.dirname(f"posts/{name}")
            relative = image.lstrip("/") if image.startswith("/") else f"{folder}/{image}"
            self.image(posixpath.normpath(relative))
        lines.append(f"title: {title}")
        if extra:
            lines.append(extra.strip())
        lines.append("---")
        self.write(f"posts/{name}", "\n".join(lines) + "\n\n" + body)

    def authors_yaml(self, name: str = "authors.yml") -> None:
        """A registry in the plain YAML shape, with a local avatar."""
        self.image("authors/michael.png")
        self.write(
            name,
            """\
            michael-scott:
              name: Michael Scott
              avatar: authors/michael.png
              bio: Regional manager.
              url: https://example.com/michael
            pam-beesly:
              name: Pam Beesly
              avatar: https://example.com/pam.png
            """,
        )

    def build(
        self, *, expect: Sequence[str] = (), strict: bool = False, dirty: bool = False
    ) -> BuiltSite:
        """Build; every WARNING must match one of the `expect` regexes and each regex must
        match some warning. A build that aborts fails the test (see `build_fails`), after its
        warnings are checked like a finished build's."""
        messages, error = self._run(strict=strict, dirty=dirty)
        _check_warnings(messages, expect)
        if error is not None:
            raise AssertionError(
                f"build aborted ({error}); use build_fails to expect that. Logged: {messages}"
            ) from error
        return BuiltSite(self.site_dir, self.use_directory_urls, messages)

    def build_fails(
        self, abort: str, *, expect: Sequence[str] = (), strict: bool = False
    ) -> list[str]:
        """Build, expecting MkDocs to abort with a message matching the regex `abort`; the
        warnings and errors logged on the way are checked exactly as `build` checks them."""
        messages, error = self._run(strict=strict, dirty=False)
        _check_warnings(messages, expect)
        assert error is not None, f"the build did not abort (expected {abort!r})"
        assert re.search(abort, str(error)), f"aborted with {error!r}, expected {abort!r}"
        return messages

    def _run(self, *, strict: bool, dirty: bool) -> tuple[list[str], Abort | None]:
        """Load the config and build once; (WARNING and ERROR messages, the abort if any)."""
        config_file = self.root / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(self.config, sort_keys=False), encoding="utf-8")
        collector = _Collector()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(collector)
        try:
            config = load_config(str(config_file), site_dir=str(self.site_dir), strict=strict)
            if self._plugins is None:  # like MkDocs: once per command, before the first build
                self._plugins = config.plugins
                self._plugins.on_startup(command=self.command, dirty=dirty)
            # Like `mkdocs serve`, whose builds include draft pages (MkDocs' own machinery).
            serve_url = "http://127.0.0.1:8000/" if self.command == "serve" else None
            build(config, dirty=dirty, serve_url=serve_url)
        except Abort as error:
            return collector.messages, error
        finally:
            logger.removeHandler(collector)
        return collector.messages, None

    def close(self) -> None:
        """End the command (`on_shutdown`), as MkDocs does when `build` or `serve` ends."""
        if self._plugins is not None:
            self._plugins.on_shutdown()
            self._plugins = None


@pytest.fixture(
    params=[(t, u) for t in THEMES for u in URL_STYLES],
    ids=lambda p: f"{p[0]}-{'dirurls' if p[1] else 'htmlurls'}",
)
def any_site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SiteBuilder]:
    """A site builder for each theme and URL style."""
    theme, use_directory_urls = request.param
    builder = SiteBuilder(tmp_path, theme=theme, use_directory_urls=use_directory_urls)
    yield builder
    builder.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[SiteBuilder]:
    """A Material site with directory URLs, for tests where theme and URL style don't matter."""
    builder = SiteBuilder(tmp_path)
    yield builder
    builder.close()
