"""Publishing: `mkdocs gh-deploy` pushes the example blog to a `gh-pages` branch, and that
branch, served under the site's sub-path as GitHub Pages serves a project site, is a working
blog: every page, asset and feed there, every link leading to a file, no trace of a draft.

The remote is a local bare repository (no network); the deploy runs MkDocs' own command line,
as a user would, from a copy of the example site made a git repository."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .support import (
    EXAMPLE,
    ROOT,
    SITE_URL,
    blog_pages_in,
    broken_links,
    clean_env,
    copy_example,
    example_posts,
    expected_blog_pages,
    feed_titles,
    run,
    warnings_in,
)

pytestmark = [
    pytest.mark.release,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git (apt-get install git)"),
]

MKDOCS = Path(sys.executable).parent / "mkdocs"

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Studio Deployer",
    "GIT_AUTHOR_EMAIL": "deploy@example.org",
    "GIT_COMMITTER_NAME": "Studio Deployer",
    "GIT_COMMITTER_EMAIL": "deploy@example.org",
}

FIRST_DEPLOY = "WARNING -  Version check skipped: No version specified in previous deployment."


def _extract(bare: Path, branch: str, target: Path) -> Path:
    """The tree of `branch` in the bare repository, as GitHub Pages would serve it."""
    archive = subprocess.run(
        ["git", "--git-dir", str(bare), "archive", "--format=tar", branch],
        env=clean_env(),
        capture_output=True,
        check=True,
    )
    target.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(target, filter="data")
        else:  # an old Python without extraction filters; the archive is our own
            tar.extractall(target)
    return target


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(the bare `origin` after `mkdocs gh-deploy`, the extracted gh-pages tree, the commit
    of the source that was deployed)."""
    tmp = tmp_path_factory.mktemp("gh-deploy")
    env = clean_env(**GIT_ENV)
    bare = tmp / "origin.git"
    bare.mkdir()
    run(["git", "init", "--quiet", "--bare"], cwd=bare, env=env)
    project = copy_example(tmp / "studio")
    for command in (
        ["git", "init", "--quiet", "--initial-branch=main"],
        ["git", "add", "--all"],
        ["git", "commit", "--quiet", "--message", "The studio's blog"],
        ["git", "remote", "add", "origin", str(bare)],
    ):
        run(command, cwd=project, env=env)
    source_commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=project, env=env)
    deploy = run([MKDOCS, "gh-deploy", "--force", "--strict"], cwd=project, env=env)
    # MkDocs' own, on a first deploy (no earlier one to compare its version with): nothing else.
    assert warnings_in(deploy) == [FIRST_DEPLOY], deploy.stderr
    tree = _extract(bare, "gh-pages", tmp / "gh-pages")
    return bare, tree, source_commit.stdout.strip()


def test_gh_pages_is_one_deploy_commit_of_the_source(deployed: tuple[Path, Path, str]) -> None:
    bare, _, source_commit = deployed
    log = run(["git", "--git-dir", bare, "log", "--format=%s", "gh-pages"], cwd=bare)
    assert log.stdout.splitlines() == [
        f"Deployed {source_commit} with MkDocs version: "
        + run([MKDOCS, "--version"], cwd=bare).stdout.split()[2]
    ]
    branches = run(["git", "--git-dir", bare, "branch", "--list"], cwd=bare).stdout.split()
    assert "gh-pages" in branches


def test_every_blog_page_and_no_unpublished_post_is_deployed(
    deployed: tuple[Path, Path, str],
) -> None:
    """The posts, the index, every category, tag, author and archive page, and the featured
    page, exactly: a draft's or scheduled post's page, category, tag or year would be an
    extra page here. (GitHub Pages runs no Jekyll over it: `.nojekyll`.)"""
    _, tree, _ = deployed
    posts = example_posts()
    unpublished = [post for post in posts if not post.published]
    assert unpublished, "the example should keep a draft or scheduled post to check"
    assert (tree / ".nojekyll").is_file()
    assert (tree / "index.html").is_file()
    assert blog_pages_in(tree) == expected_blog_pages(posts)
    text = "\n".join(
        file.read_text(encoding="utf-8")
        for file in tree.rglob("*")
        if file.suffix in {".html", ".xml", ".json"}
    )
    for post in unpublished:
        assert post.title not in text, f"{post.stem} is unpublished but shows in the site"


def test_assets_are_deployed_and_used(deployed: tuple[Path, Path, str]) -> None:
    """The plugin's stylesheet (byte for byte the package's), each post's hero image and
    each author's avatar, each linked from the pages that show it."""
    _, tree, _ = deployed
    css = tree / "assets" / "blogposts" / "blogposts.css"
    package_css = ROOT / "mkdocs_blogposts" / "assets" / "blogposts.css"
    assert css.read_bytes() == package_css.read_bytes()
    index = BeautifulSoup((tree / "blog/index.html").read_text(encoding="utf-8"), "html.parser")
    sheets = [str(link["href"]) for link in index.select("link[rel=stylesheet]")]
    assert "../assets/blogposts/blogposts.css" in sheets
    for post in example_posts():
        if post.published:
            hero = tree / post.image
            assert hero.is_file()
            assert hero in _images(tree / "posts" / post.stem / "index.html"), post.stem
    for avatar in sorted((EXAMPLE / "docs" / "authors").glob("*.png")):
        deployed_avatar = tree / "authors" / avatar.name
        assert deployed_avatar.read_bytes() == avatar.read_bytes()
        assert deployed_avatar in _images(tree / "authors" / avatar.stem / "index.html")


def _images(page: Path) -> set[Path]:
    """The files the `<img>` elements of a built page show."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return {Path(os.path.normpath(page.parent / str(img["src"]))) for img in soup.select("img")}


def test_feeds_list_the_published_posts(deployed: tuple[Path, Path, str]) -> None:
    """RSS, Atom and JSON Feed, each with every published post (the example has fewer than
    `feed_entries`), newest first in all three alike; their absolute links are checked with
    the rest below."""
    _, tree, _ = deployed
    published = {post.title for post in example_posts() if post.published}
    titles = feed_titles(tree)
    assert set(titles["rss"]) == published
    assert titles["atom"] == titles["rss"] == titles["json"]
    for category in (tree / "blog" / "category").iterdir():
        if category.is_dir():
            assert (category / "rss.xml").is_file(), category.name


def test_every_link_resolves_under_the_sub_path(deployed: tuple[Path, Path, str]) -> None:
    """Served at https://example.org/studio/, every `href`, `src` and `srcset` of every page
    (the 404 page's rooted `/studio/...` links too) and every absolute URL into the site (in
    metadata, JSON-LD, feeds and the sitemap) leads to a file of the branch."""
    _, tree, _ = deployed
    assert SITE_URL == "https://example.org/studio/"
    assert broken_links(tree) == []


def test_the_link_check_sees_what_a_sub_path_breaks(
    deployed: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """The check above is not vacuous: in a copy of the branch, a missing stylesheet and
    hero image, a rooted link that forgets the sub-path, a relative one that climbs out of
    it, and an absolute URL into the site with no page are each reported."""
    _, tree, _ = deployed
    broken = shutil.copytree(tree, tmp_path / "broken")
    (broken / "assets" / "blogposts" / "blogposts.css").unlink()
    post = next(post for post in example_posts() if post.published)
    (broken / post.image).unlink()
    home = broken / "index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace(
            "</body>",
            '<a href="/blog/">rooted</a><a href="../blog/">climbs out</a>'
            f'<a href="{SITE_URL}blog/nowhere/">absolute</a></body>',
        ),
        encoding="utf-8",
    )
    found = broken_links(broken)
    for expected in (
        "blog/index.html: ../assets/blogposts/blogposts.css (no file",
        f"posts/{post.stem}/index.html: ../../{post.image} (no file",
        "index.html: /blog/ (leaves /studio/)",
        "index.html: ../blog/ (leaves /studio/)",
        f"index.html: {SITE_URL}blog/nowhere/ (no file blog/nowhere/index.html)",
    ):
        assert any(line.startswith(expected) for line in found), (expected, found[:20])
