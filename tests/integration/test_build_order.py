"""Posts' headers, footers and head metadata are rendered a run ahead of the page being
written (see `lookahead`), and the build's objects are frozen for the collector while pages
are written (see `gcfreeze`). Neither may change what a build writes or logs."""

from __future__ import annotations

import gc
import json

from tests.conftest import SiteBuilder

TITLE_HOOK = """
def on_page_context(context, page, config, nav):
    # Runs before the blog's (priority -50): the blog sees this H1 only now, after it
    # rendered the post's header ahead, when the page had none.
    if page.file.src_uri == "posts/b.md":
        page.content = '<h1 id="own">Its own heading</h1>' + page.content
    return context
"""

FREEZE_HOOK = """
import gc, json

def on_post_page(output, page, config):
    with open(config.config_file_path + ".frozen.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps(gc.get_freeze_count()) + "\\n")
    return output
"""

FAILING_HOOK = """
from mkdocs.exceptions import PluginError

def on_post_page(output, page, config):
    if page.file.src_uri == "posts/b.md":
        raise PluginError("a hook failed")
    return output
"""


def _posts(site: SiteBuilder, count: int) -> None:
    site.authors_yaml()
    for number in range(1, count + 1):
        month, day = divmod(number - 1, 28)
        site.post(
            f"p{number:02}.md", title=f"Post {number}", date=f"{month + 1:02}/{day + 1:02}/2022"
        )


def test_a_heading_another_plugin_adds_later_is_honoured(site: SiteBuilder) -> None:
    """The header rendered ahead had the post's title; the page has its own H1 by the time
    it is written, so the header is rendered again, without it."""
    site.write("../hook.py", TITLE_HOOK)
    site.config["hooks"] = ["hook.py"]
    for name in ("a", "b", "c"):
        site.post(f"{name}.md", title=name.upper(), date="01/01/2022", author=None)
    built = site.build(strict=True)
    b = built.soup("posts/b.md")
    assert b.select_one(".blogposts-title") is None
    assert [h.get_text() for h in b.select("h1")] == ["Its own heading"]
    assert b.select_one(".blogposts-byline") is not None
    assert b.select_one(".blogposts-post-footer") is not None
    for other in ("a", "c"):
        page = built.soup(f"posts/{other}.md")
        assert page.select_one(".blogposts-title").get_text() == other.upper()


def test_a_warning_from_a_post_rendered_ahead_is_logged_once(site: SiteBuilder) -> None:
    site.config["site_url"] = "https://example.org/"
    _posts(site, 6)
    site.write(
        "posts/bad.md",
        "---\ntitle: Bad\ndate: 2022-02-01\nlinks:\n  - nowhere.md\n---\n\nText.\n",
    )
    built = site.build(expect=[r"posts/bad\.md:4: links: 'nowhere\.md' is neither"])
    assert len([m for m in built.warnings if "nowhere.md" in m]) == 1


def test_every_post_has_its_own_head_header_and_footer(site: SiteBuilder) -> None:
    """70 posts: more than one run of fragments; each page carries its own."""
    site.config["site_url"] = "https://example.org/"
    _posts(site, 70)
    built = site.build(strict=True)
    for number in range(1, 71):
        page = built.soup(f"posts/p{number:02}.md")
        assert page.select_one(".blogposts-title").get_text() == f"Post {number}"
        og_title = page.select_one('meta[property="og:title"]')
        assert og_title["content"] == f"Post {number}"
        data = json.loads(page.select_one('script[type="application/ld+json"]').get_text())
        assert data["headline"] == f"Post {number}"
        assert data["mainEntityOfPage"]["@id"].endswith(f"/posts/p{number:02}/")


def test_the_build_is_frozen_while_pages_are_written_and_thawed_after(
    site: SiteBuilder,
) -> None:
    site.write("../hook.py", FREEZE_HOOK)
    site.config["hooks"] = ["hook.py"]
    _posts(site, 3)
    assert gc.get_freeze_count() == 0
    site.build(strict=True)
    counts = (site.root / "mkdocs.yml.frozen.jsonl").read_text(encoding="utf-8").split()
    assert counts
    assert all(int(count) > 0 for count in counts)
    assert gc.get_freeze_count() == 0
    site.build(strict=True)  # a rebuild (mkdocs serve) freezes and thaws again
    assert gc.get_freeze_count() == 0


def test_a_failed_build_is_thawed(site: SiteBuilder) -> None:
    site.write("../hook.py", FAILING_HOOK)
    site.config["hooks"] = ["hook.py"]
    _posts(site, 3)
    site.post("b.md", title="B", date="01/01/2022")
    site.build_fails("BuildError", expect=["Error building page .posts/b\\.md.", "a hook failed"])
    assert gc.get_freeze_count() == 0
