"""Drafts and scheduled posts: no trace under `mkdocs build`, shown with a badge under serve."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import THEMES, URL_STYLES, SiteBuilder

NOW = "1700000000"  # 2023-11-14 22:13:20 UTC: the build's fixed "now"
SECRET = ("Secret draft", "Future launch", "draft-only-tag", "future-only-tag")


def _blog(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("live.md", title="Live post", date="2023-11-01", categories=["news"])
    site.post(
        "draft.md",
        title="Secret draft",
        date="2023-10-01",
        categories=["drafts only"],
        author="pam-beesly",
        extra="draft: true\ntags: [draft-only-tag]",
    )
    site.post(
        "future.md",
        title="Future launch",
        date="2023-11-15",
        categories=["news"],
        extra="tags: [future-only-tag]",
    )


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("use_directory_urls", URL_STYLES)
def test_build_leaves_no_trace_of_unpublished_posts(
    tmp_path: Path, theme: str, use_directory_urls: bool
) -> None:
    site = SiteBuilder(tmp_path, theme=theme, use_directory_urls=use_directory_urls)
    site.config["site_url"] = "https://example.org/"
    _blog(site)
    built = site.build(strict=True)
    site.close()
    assert not built.exists("posts/draft.md")
    assert not built.exists("posts/future.md")
    # Not on any page, in the search index or the sitemap: grep every file written.
    for path in built.site_dir.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            for secret in (*SECRET, "posts/draft", "posts/future", "drafts-only"):
                assert secret not in text, (path, secret)
    assert built.card_titles("blog/index.md") == ["Live post"]
    assert built.list_titles("blog/category/news/index.md") == ["Live post"]
    assert not built.exists("blog/category/drafts-only/index.md")
    assert not built.exists("blog/author/pam-beesly/index.md")  # her only post is a draft
    assert not built.exists("blog/tag.md")  # both tags belong to unpublished posts
    assert built.soup("posts/live.md").select(".blogposts-post-nav a") == []
    assert built.soup("posts/live.md").select(".blogposts-badge") == []


def test_each_unpublished_post_is_named_once_at_info(
    site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    _blog(site)
    with caplog.at_level("INFO", logger="mkdocs"):
        site.build(strict=True)
    infos = [r.getMessage() for r in caplog.records if "not published" in r.getMessage()]
    assert sorted(infos) == [
        "mkdocs_blogposts: posts/draft.md: draft, not published; left out of the site",
        "mkdocs_blogposts: posts/future.md: scheduled (dated 2023-11-15 00:00), not published; "
        "left out of the site",
    ]


@pytest.mark.parametrize("theme", THEMES)
def test_serve_shows_unpublished_posts_in_place_with_a_badge(tmp_path: Path, theme: str) -> None:
    site = SiteBuilder(tmp_path, theme=theme, command="serve")
    _blog(site)
    built = site.build(strict=True)
    site.close()
    assert built.card_titles("blog/index.md") == ["Future launch", "Live post", "Secret draft"]
    index = built.soup("blog/index.md")
    badges = [badge.get_text(strip=True) for badge in index.select(".blogposts-badge")]
    assert badges == ["Scheduled: November 15, 2023", "Draft"]
    draft = built.soup("posts/draft.md")
    assert draft.select_one(".blogposts-byline .blogposts-badge--draft").get_text() == "Draft"
    assert draft.select_one(".mkdocs-draft-marker") is not None  # MkDocs' own marker
    assert built.list_titles("blog/tag/draft-only-tag/index.md") == ["Secret draft"]
    assert built.exists("blog/author/pam-beesly/index.md")


def test_serve_with_drafts_off_shows_them_nowhere(tmp_path: Path) -> None:
    site = SiteBuilder(tmp_path, command="serve")
    _blog(site)
    site.blogposts_options(drafts=False)
    built = site.build(strict=True)
    site.close()
    assert built.card_titles("blog/index.md") == ["Live post"]
    assert not built.exists("posts/draft.md")
    assert not built.exists("posts/future.md")


def test_future_posts_publish_publishes_them_at_once(site: SiteBuilder) -> None:
    site.config["site_url"] = "https://example.org/"
    _blog(site)
    site.blogposts_options(future_posts="publish")
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Future launch", "Live post"]
    assert built.soup("blog/index.md").select(".blogposts-badge") == []
    # A page's lastmod is never after the build (MkDocs dates sitemap.xml.gz by the newest).
    sitemap = (built.site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2023-11-15</lastmod>" not in sitemap
    assert "<lastmod>2023-11-14</lastmod>" in sitemap


def test_a_later_build_publishes_a_scheduled_post(
    site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _blog(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW) + 2 * 86400))
    built = site.build(strict=True)
    assert built.card_titles("blog/index.md") == ["Future launch", "Live post"]


def test_a_draft_value_that_is_not_a_boolean_keeps_the_post_unpublished(site: SiteBuilder) -> None:
    site.post("a.md", title="A", author=None, date="2023-01-01", extra='draft: "no"')
    site.post("b.md", title="B", author=None, date="2023-01-02")
    built = site.build(
        expect=[r"posts/a\.md:6: draft 'no' is not true or false; taken as true \(not published\)"]
    )
    assert built.card_titles("blog/index.md") == ["B"]
    assert not built.exists("posts/a.md")
