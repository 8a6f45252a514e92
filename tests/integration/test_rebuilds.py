"""What `mkdocs serve` does: fresh config and a rebuild after each edit, same plugin instance."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config

from mkdocs_blogposts import site as blog_site
from mkdocs_blogposts.model import Post
from mkdocs_blogposts.render import PostView
from tests.conftest import SiteBuilder


def _html_bytes(site_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site_dir)): p.read_bytes() for p in sorted(site_dir.rglob("*.html"))}


def test_front_matter_edits_update_every_generated_page(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("a.md", title="A", date="01/01/2021")
    site.post("b.md", title="B", date="01/02/2021")
    built = site.build(strict=True)
    assert not built.exists("blog/featured.md")  # no featured post: no featured page
    assert not built.exists("blog/category/news/index.md")

    site.post(
        "a.md",
        title="A",
        date="01/01/2021",
        categories=["news"],
        featured=True,
        author="pam-beesly",
    )
    built = site.build(strict=True)
    assert built.card_titles("blog/featured.md") == ["A"]
    assert built.list_titles("blog/category/news/index.md") == ["A"]
    assert built.list_titles("blog/category/studio-tips/index.md") == ["B"]
    chips = built.soup("blog/category/news/index.md").select(
        ".blogposts-post-list .blogposts-category"
    )
    assert [chip.get_text(strip=True) for chip in chips] == ["news"]  # A's line, re-rendered
    byline = built.soup("posts/a.md").select_one(".blogposts-byline")
    assert byline.select_one(".blogposts-author-name").get_text(strip=True) == "Pam Beesly"

    site.post("a.md", title="A", date="01/01/2021")
    built = site.build(strict=True)
    assert not built.exists("blog/featured.md")
    assert not built.exists("blog/category/news/index.md")
    tabs = [a.get_text() for a in built.soup("blog/index.md").select(".blogposts-tab")]
    assert "Featured" not in tabs


def test_rebuilds_are_byte_identical(site: SiteBuilder) -> None:
    site.authors_yaml()
    for day in range(1, 8):
        site.post(f"p{day}.md", title=f"Post {day}", date=f"02/0{day}/2022", featured=day % 3 == 0)
    site.blogposts_options(posts_per_page=3, list_per_page=3)
    first = _html_bytes(site.build(strict=True).site_dir)
    for _ in range(19):
        assert _html_bytes(site.build(strict=True).site_dir) == first


def test_dirty_rebuild_keeps_untouched_posts_in_listings(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("a.md", title="A", date="01/01/2021", body="Alpha excerpt.\n\nMore.\n")
    site.post("b.md", title="B", date="01/02/2021", body="Beta excerpt.\n\nMore.\n")
    site.build(strict=True)
    site.post("b.md", title="B", date="01/02/2021", body="Beta edited.\n\nMore.\n")
    built = site.build(dirty=True, expect=["A .dirty. build is being performed"])
    assert built.card_titles("blog/index.md") == ["B", "A"]
    excerpts = [
        e.get_text(strip=True) for e in built.soup("blog/index.md").select(".blogposts-excerpt")
    ]
    assert excerpts == ["Beta edited.", "Alpha excerpt."]


def test_registry_outside_docs_is_added_to_watch(site: SiteBuilder) -> None:
    (site.root / "team.yml").write_text("michael-scott:\n  name: Michael Scott\n")
    site.blogposts_options(authors="../team.yml")
    config_file = site.root / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(site.config), encoding="utf-8")
    config = load_config(str(config_file))
    config = config.plugins.on_config(config)
    assert str(site.docs / "../team.yml") in config.watch


def test_registry_edits_show_on_the_next_build(site: SiteBuilder) -> None:
    site.write("authors.yml", "michael-scott:\n  name: Michael Scott\n")
    site.post("p.md", title="P")
    assert "Michael Scott" in site.build(strict=True).soup("posts/p.md").get_text()
    site.write("authors.yml", "michael-scott:\n  name: Michael G. Scott\n")
    assert "Michael G. Scott" in site.build(strict=True).soup("posts/p.md").get_text()


def test_dirty_rebuild_refreshes_the_users_own_index_page(site: SiteBuilder) -> None:
    site.write("blog/index.md", "# Journal\n\nIntro.\n")
    site.post("a.md", title="A", author=None, date="01/01/2021")
    site.build(strict=True)
    site.post("b.md", title="B", author=None, date="01/02/2021")
    built = site.build(dirty=True, expect=["A .dirty. build is being performed"])
    assert built.card_titles("blog/index.md") == ["B", "A"]


@pytest.fixture
def serving(site: SiteBuilder, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`site` building as `mkdocs serve` does; returns the src_uris of the posts each build
    actually read from disk, in order."""
    site.command = "serve"
    reads: list[str] = []
    real_read_post = blog_site.read_post

    def counting_read_post(src_uri: str, *args: Any, **kwargs: Any) -> Any:
        reads.append(src_uri)
        return real_read_post(src_uri, *args, **kwargs)

    monkeypatch.setattr(blog_site, "read_post", counting_read_post)
    return reads


def test_serve_rebuilds_read_only_the_posts_that_changed(
    site: SiteBuilder, serving: list[str]
) -> None:
    site.authors_yaml()
    site.post("a.md", title="A", date="01/01/2021")
    site.post("b.md", title="B", date="01/02/2021")
    site.build(strict=True)
    assert sorted(serving) == ["posts/a.md", "posts/b.md"]

    serving.clear()
    site.post("a.md", title="A", date="01/01/2021", categories=["news"], featured=True)
    built = site.build(strict=True)
    assert serving == ["posts/a.md"]
    assert built.card_titles("blog/featured.md") == ["A"]
    assert built.list_titles("blog/category/news/index.md") == ["A"]
    assert built.list_titles("blog/category/studio-tips/index.md") == ["B"]
    chips = built.soup("blog/category/news/index.md").select(
        ".blogposts-post-list .blogposts-category"
    )
    assert [chip.get_text(strip=True) for chip in chips] == ["news"]  # A's line, re-rendered
    # A, featured now, stands out at the top of the index rather than among the cards.
    assert built.card_titles("blog/index.md", within=".blogposts-featured") == ["A"]
    assert built.card_titles("blog/index.md") == ["B"]

    serving.clear()
    (site.docs / "posts/a.md").unlink()
    built = site.build(strict=True)
    assert serving == []
    assert built.card_titles("blog/index.md") == ["B"]
    assert not built.exists("blog/category/news/index.md")


def test_serve_rebuilds_report_an_unchanged_posts_problem_every_time(
    site: SiteBuilder, serving: list[str]
) -> None:
    site.authors_yaml()
    site.post("a.md", title="A", date="15/10/2023")
    problem = r"posts/a\.md:4: date '15/10/2023' matches none of"
    site.build(expect=[problem])
    site.post("b.md", title="B", date="01/02/2021")
    serving.clear()
    site.build(expect=[problem])
    assert serving == ["posts/b.md"]
    serving.clear()
    site.build(expect=[problem])
    assert serving == []


def test_serve_rebuilds_read_every_post_again_when_what_they_check_changes(
    site: SiteBuilder, serving: list[str]
) -> None:
    site.write("authors.yml", "michael-scott:\n  name: Michael Scott\n")
    site.post("a.md", title="A", author="pam-beesly", image="./images/a.png")
    (site.docs / "posts/images/a.png").unlink()
    site.build(
        expect=[
            r"posts/a\.md:\d+: author 'pam-beesly' is not in the authors registry",
            r"posts/a\.md:\d+: image .*images/a\.png",
        ]
    )
    site.write("authors.yml", "pam-beesly:\n  name: Pam Beesly\n")
    site.image("posts/images/a.png")
    serving.clear()
    built = site.build(strict=True)
    assert serving == ["posts/a.md"]
    page = built.soup("posts/a.md")
    assert page.select_one(".blogposts-author-name").get_text(strip=True) == "Pam Beesly"
    assert page.select_one(".blogposts-hero img") is not None


def test_a_finished_build_leaves_no_posts_behind(site: SiteBuilder) -> None:
    """The build's catalog, views and cards are freed when the build ends, not at the
    garbage collector's next pass: nothing the build made refers back to itself."""
    site.authors_yaml()
    for day in range(1, 4):
        site.post(f"left-behind-{day}.md", title=f"Post {day}", date=f"02/0{day}/2022")
    gc.collect()
    gc.disable()
    try:
        site.build(strict=True)
        # Only this site's: other test modules keep posts of their own in module constants.
        left = [
            o
            for o in gc.get_objects()
            if (isinstance(o, Post) and o.src_uri.startswith("posts/left-behind-"))
            or (isinstance(o, PostView) and o.post.src_uri.startswith("posts/left-behind-"))
        ]
    finally:
        gc.enable()
    assert left == []
