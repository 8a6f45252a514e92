"""The documentation site (`mkdocs.yml` at the repository's root) builds strictly with the
plugin from this working tree, and holds what its pages promise: every option on the
options page, every label on the labels page, the release notes' blog with its feeds, and
not one broken relative link.

One build serves every test here: the site takes a few seconds to build.
"""

from __future__ import annotations

import json
import logging
import posixpath
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.base import get_schema

from mkdocs_blogposts.config import BlogpostsConfig
from tests.conftest import BuiltSite

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "docs"
POSTS = sorted((DOCS / "blog" / "posts").glob("*.md"))
SITE_URL = "https://mkdocs-blogposts.github.io/mkdocs-blogposts/"


class _Warnings(logging.Handler):
    """Every WARNING or ERROR MkDocs and the plugin log while the site builds."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def docs_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The documentation site, built strictly into a temporary folder, as `mkdocs build
    --strict -f mkdocs.yml` builds it."""
    site_dir = tmp_path_factory.mktemp("docs-site")
    warnings = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        config = load_config(str(ROOT / "mkdocs.yml"), strict=True, site_dir=str(site_dir))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        logger.removeHandler(warnings)
    return BuiltSite(site_dir, use_directory_urls=True, warnings=warnings.messages)


def test_the_site_builds_without_a_warning(docs_site: BuiltSite) -> None:
    assert docs_site.warnings == []


def test_the_options_page_lists_every_option(docs_site: BuiltSite) -> None:
    soup = docs_site.soup("reference/options.md")
    names = [name for name, _ in get_schema(BlogpostsConfig)]
    sections = [heading["id"] for heading in soup.select("article h3[id]")]
    assert sections == names
    table = [link["href"] for link in soup.select("article table a[href^='#']")]
    assert table == [f"#{name}" for name in names]
    assert "Not documented yet" not in soup.get_text()
    assert "options-reference" not in str(soup)  # the marker was replaced


def test_the_labels_page_lists_every_label_and_language(docs_site: BuiltSite) -> None:
    soup = docs_site.soup("guide/languages.md")
    translations = ROOT / "mkdocs_blogposts" / "translations"
    labels = yaml.safe_load((translations / "en.yml").read_text(encoding="utf-8"))
    first_cells = [row.select_one("td code") for row in soup.select("article table tbody tr")]
    assert [cell.get_text() for cell in first_cells if cell] == list(labels)
    codes = {code.get_text() for code in soup.select("article li code")}
    assert {path.stem for path in translations.glob("*.yml")} <= codes


def test_the_release_notes_are_a_blog_with_every_post(docs_site: BuiltSite) -> None:
    assert len(POSTS) >= 5
    index = docs_site.soup("blog/index.md")
    shown = index.select(".blogposts-featured .blogposts-card, .blogposts-list .blogposts-card")
    assert len(shown) == len(POSTS)
    for post in POSTS:
        assert docs_site.exists(f"blog/posts/{post.name}"), post.name
        page = docs_site.soup(f"blog/posts/{post.name}")
        assert page.select_one(".blogposts-byline .blogposts-author-name"), post.name
        assert page.select_one(".blogposts-hero img"), post.name
    for listing in ("category.md", "featured.md", "author.md", "archive.md"):
        assert docs_site.exists(f"blog/{listing}"), listing


def test_the_release_notes_have_feeds(docs_site: BuiltSite) -> None:
    blog = docs_site.site_dir / "blog"
    assert (blog / "rss.xml").is_file()
    assert (blog / "atom.xml").is_file()
    feed = json.loads((blog / "feed.json").read_text(encoding="utf-8"))
    assert feed["home_page_url"].startswith(SITE_URL)
    assert len(feed["items"]) == len(POSTS)
    assert all(item["url"].startswith(f"{SITE_URL}blog/posts/") for item in feed["items"])
    head = docs_site.soup("index.md").select("head link[rel=alternate]")
    linked = {posixpath.normpath(str(link["href"])) for link in head}
    assert linked >= {"blog/rss.xml", "blog/atom.xml", "blog/feed.json"}


def test_the_home_page_shows_the_latest_posts(docs_site: BuiltSite) -> None:
    soup = docs_site.soup("index.md")
    assert len(soup.select(".blogposts-latest")) == 2
    assert "blogposts latest" not in str(soup.select_one("article"))


def test_no_relative_link_is_broken(docs_site: BuiltSite) -> None:
    assert docs_site.broken_links() == []


def test_the_hooks_are_not_published(docs_site: BuiltSite) -> None:
    assert not (docs_site.site_dir / "hooks").exists()
    assert not list(docs_site.site_dir.rglob("*.py"))
