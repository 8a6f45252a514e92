"""The plugins users run beside this one (issue: ecosystem). Each test builds a real site
with the other plugin installed from the test extras (pinned in `pyproject.toml`)."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import BuiltSite, SiteBuilder


def test_rss_plugin_reads_seed_dates_from_page_meta(site: SiteBuilder) -> None:
    """mkdocs-rss-plugin with `date_from_meta: {as_creation: date}` reads `page.meta["date"]`:
    the seed's `08/10/2021` would stop a strict build ("Incompatible date found") and date
    every item by the build time; the plugin gives it the parsed date."""
    pytest.importorskip("mkdocs_rss_plugin")
    site.config["site_url"] = "https://example.org/studio/"
    site.authors_yaml()
    site.post("a.md", title="A", date="08/10/2021")
    site.post("b.md", title="B", date="2021-03-01T10:30:00+05:30")
    site.config["plugins"] = [
        "search",
        "blogposts",
        {
            "rss": {
                # Only posts: generated pages have no source file, which the rss plugin
                # needs for every page it matches (see the README's compatibility table).
                "match_path": "posts/.*",
                "use_git": False,
                "date_from_meta": {"as_creation": "date"},
            }
        },
    ]
    built = site.build(strict=True)
    feed = ET.parse(built.site_dir / "feed_rss_created.xml").getroot()
    dates = {item.findtext("title"): item.findtext("pubDate") for item in feed.iter("item")}
    assert dates == {
        "A": "Tue, 10 Aug 2021 00:00:00 +0000",
        "B": "Mon, 01 Mar 2021 10:30:00 +0530",
    }


HOOK = """
import json
import re


def shown(value):
    if isinstance(value, dict):
        return {k: shown(v) for k, v in value.items()}
    text = value.isoformat() if hasattr(value, "isoformat") else value
    return f"{type(value).__name__}:{text}"


def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith("posts/"):
        dates = {k: shown(page.meta[k]) for k in ("date", "updated") if k in page.meta}
        with open(config.config_file_path + ".meta.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps({page.file.src_uri: dates}) + "\\n")
    return html
"""


def test_page_meta_holds_parsed_dates_for_other_plugins(site: SiteBuilder) -> None:
    site.write("../hook.py", HOOK)
    site.config["hooks"] = ["hook.py"]
    site.write("posts/a.md", "---\ntitle: A\ndate: 08/10/2021\nupdated: 08/12/2021\n---\n\nT.\n")
    site.write("posts/b.md", "---\ntitle: B\npubDate: Jul 08 2022\n---\n\nT.\n")
    site.write(
        "posts/c.md",
        "---\ntitle: C\ndate:\n  created: 2024-08-10T09:00:00+02:00\n  updated: 2024-08-12\n---\n",
    )
    site.build(strict=True)
    lines = (site.root / "mkdocs.yml.meta.jsonl").read_text(encoding="utf-8").splitlines()
    seen = {k: v for line in lines for k, v in json.loads(line).items()}
    assert seen == {
        "posts/a.md": {
            "date": "datetime:2021-08-10T00:00:00",
            "updated": "datetime:2021-08-12T00:00:00",
        },
        "posts/b.md": {"date": "datetime:2022-07-08T00:00:00"},
        "posts/c.md": {
            "date": {
                "created": "datetime:2024-08-10T09:00:00+02:00",
                "updated": "datetime:2024-08-12T00:00:00",
            }
        },
    }


def test_redirects_to_the_blog_index_and_a_category_page(site: SiteBuilder) -> None:
    """mkdocs-redirects checks its targets among the pages it sees in `on_files`: the
    plugin adds its generated pages early there, so they can be redirect targets."""
    pytest.importorskip("mkdocs_redirects")
    site.authors_yaml()
    site.post("a.md", title="A")
    site.write("about.md", "# About\n\n[The blog](blog/index.md)\n")
    site.config["plugins"] = [
        "search",
        {
            "redirects": {
                "redirect_maps": {
                    "news.md": "blog/index.md",
                    "old/tips.md": "blog/category/studio-tips/index.md",
                }
            }
        },
        "blogposts",
    ]
    built = site.build(strict=True)
    for old, target in (
        ("news.md", "blog/index.md"),
        ("old/tips.md", "blog/category/studio-tips/index.md"),
    ):
        html = built.dest(old).read_text(encoding="utf-8")
        refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html)
        assert refresh is not None, html
        landing = (built.dest(old).parent / refresh.group(1)).resolve()
        if landing.is_dir():
            landing = landing / "index.html"
        assert landing == built.dest(target).resolve()
    assert built.broken_links() == []


GENERATING_HOOK = """
from mkdocs.structure.files import File


def on_files(files, config):
    files.append(
        File.generated(
            config,
            "posts/generated.md",
            content="---\\ntitle: Generated\\ndate: 2021-09-01\\n---\\n\\nWritten by a hook.\\n",
        )
    )
    return files
"""


def test_posts_other_plugins_add_in_on_files_are_in_the_blog_once(site: SiteBuilder) -> None:
    """Like mkdocs-gen-files: a post added in `on_files` after the blog's early pass is
    read in its late pass; the blog's problems are still said once."""
    site.write("../gen.py", GENERATING_HOOK)
    site.config["hooks"] = ["gen.py"]
    site.post("a.md", title="A", author="ghost")
    built = site.build(expect=[r"posts/a\.md:2: posts name authors|no authors registry"])
    assert built.card_titles("blog/index.md") == ["Generated", "A"]
    assert len(built.warnings) == 1  # said once, though the posts were read twice


def test_minify_plugin_minifies_the_blog_stylesheet(site: SiteBuilder) -> None:
    """mkdocs-minify-plugin minifies CSS files listed in `css_files` in the built site. With
    its `cache_safe: true` it reads them from `docs_dir` before the build instead, where the
    blog's stylesheet is not (it comes from the package): leave it out of `css_files` then
    (see the README's compatibility table)."""
    pytest.importorskip("mkdocs_minify_plugin")
    site.authors_yaml()
    site.post("a.md", title="A")
    site.config["plugins"] = [
        "search",
        "blogposts",
        {
            "minify": {
                "minify_html": True,
                "minify_css": True,
                "css_files": ["assets/blogposts/blogposts.css"],
            }
        },
    ]
    built = site.build(strict=True)
    # Minify renames it `.min.css` and links that from every page.
    assert "assets/blogposts/blogposts.min.css" in built.dest("posts/a.md").read_text("utf-8")
    css = (built.site_dir / "assets/blogposts/blogposts.min.css").read_text(encoding="utf-8")
    assert ".blogposts-card" in css
    assert "\n" not in css.strip()  # minified
    assert "/*" not in css
    assert built.card_titles("blog/index.md") == ["A"]


def nav_links(built: BuiltSite, src_uri: str) -> list[str]:
    soup = built.soup(src_uri)
    return [" ".join(a.get_text(" ", strip=True).split()) for a in soup.select("nav.md-nav a")]


def test_awesome_nav_places_posts_with_posts_in_nav(site: SiteBuilder) -> None:
    """mkdocs-awesome-nav builds the navigation from `.nav.yml` over the files MkDocs would
    put in it: with `posts_in_nav: true` the posts are there to place."""
    pytest.importorskip("mkdocs_awesome_nav")
    site.authors_yaml()
    site.post("a.md", title="Alpha post")
    site.post("b.md", title="Beta post", date="08/11/2021")
    site.write(".nav.yml", "nav:\n  - index.md\n  - Writing: posts\n  - blog\n")
    site.config["plugins"] = ["search", {"blogposts": {"posts_in_nav": True}}, "awesome-nav"]
    built = site.build(strict=True)
    links = nav_links(built, "index.md")
    assert "Writing" in built.nav_text("index.md")  # the section .nav.yml names
    assert "Alpha post" in links
    assert "Beta post" in links
    assert built.card_titles("blog/index.md") == ["Beta post", "Alpha post"]


def i18n_plugin(structure: str) -> dict[str, object]:
    return {
        "i18n": {
            "docs_structure": structure,
            "languages": [
                {"locale": "en", "default": True, "name": "English", "build": True},
                {"locale": "fr", "name": "Français", "build": True},
            ],
        }
    }


def test_glightbox_opens_body_images_not_the_hero(site: SiteBuilder) -> None:
    """mkdocs-glightbox wraps the images of a post's body in its lightbox link; the hero,
    the post's banner added after the body is rendered, stays a plain image (README)."""
    pytest.importorskip("mkdocs_glightbox")
    site.authors_yaml()
    site.image("posts/body.png")
    site.post("a.md", title="A", image="./hero.png", body="Text.\n\n![A sketch](body.png)\n")
    site.config["plugins"] = ["search", "blogposts", "glightbox"]
    built = site.build(strict=True)
    page = built.soup("posts/a.md")
    hero = page.select_one(".blogposts-hero img")
    assert hero is not None
    assert hero.find_parent("a", class_="glightbox") is None
    body_image = page.select_one("img[alt='A sketch']")
    assert body_image is not None
    assert body_image.find_parent("a", class_="glightbox") is not None


def test_a_blog_per_language_with_static_i18n_suffix_layout(site: SiteBuilder) -> None:
    """mkdocs-static-i18n builds the site once per language through MkDocs' own `build`:
    each language gets its own blog, with its posts (an untranslated post falls back to
    the English one, as i18n itself does), words and dates in that language, and links
    that stay inside it."""
    pytest.importorskip("mkdocs_static_i18n")
    site.config["site_url"] = "https://example.org/studio/"
    site.config["theme"] = {"name": "material", "language": "en"}
    site.authors_yaml()
    site.post("a.md", title="Alpha", date="08/10/2021")
    site.post("b.md", title="Beta", date="08/11/2021")
    site.write(
        "posts/b.fr.md",
        '---\nauthor: michael-scott\ncategories: ["studio tips"]\ndate: 08/11/2021\n'
        "title: Bêta en français\n---\n\nUn premier paragraphe.\n",
    )
    site.config["plugins"] = ["search", i18n_plugin("suffix"), "blogposts"]
    built = site.build(strict=True)
    english = built.soup("blog/index.md")
    assert built.card_titles("blog/index.md") == ["Beta", "Alpha"]
    assert "Categories" in english.get_text()
    french_index = built.site_dir / "fr" / "blog" / "index.html"
    french = BeautifulSoup(french_index.read_text(encoding="utf-8"), "html.parser")
    titles = [" ".join(t.get_text().split()) for t in french.select(".blogposts-card-title")]
    assert titles == ["Bêta en français", "Alpha"]
    assert "Catégories" in french.get_text()
    times = [t.get_text(strip=True) for t in french.select(".blogposts-card time")]
    assert times == ["11 août 2021", "10 août 2021"]
    for link in french.select(".blogposts-card-title a"):
        target = (french_index.parent / str(link["href"])).resolve()
        assert target.is_relative_to((built.site_dir / "fr").resolve()), link["href"]
        assert (target / "index.html").is_file()
    feed = ET.parse(built.site_dir / "fr" / "blog" / "rss.xml").getroot()
    assert [i.findtext("title") for i in feed.iter("item")] == ["Bêta en français", "Alpha"]
    assert feed.findtext("channel/link") == "https://example.org/studio/fr/blog/"
    # i18n's language switcher links are absolute paths (`/studio/fr/`), by its design.
    ours = [link for link in built.broken_links() if not link.split(": ", 1)[1].startswith("/")]
    assert ours == []


def test_a_blog_per_language_with_static_i18n_folder_layout(site: SiteBuilder) -> None:
    """The same with i18n's folder layout (`docs/en/posts/`, `docs/fr/posts/`): posts are
    found by where i18n publishes them (`posts/x/`, `fr/posts/x/`), with `posts_dir` as
    usual."""
    pytest.importorskip("mkdocs_static_i18n")
    site.config["theme"] = {"name": "material", "language": "en"}
    (site.docs / "index.md").unlink()  # no root page in this layout
    site.write("en/index.md", "# Home\n")
    site.write("fr/index.md", "# Accueil\n")
    site.write("en/posts/a.md", "---\ntitle: Alpha\ndate: 2021-08-10\n---\n\nText.\n")
    site.write("en/posts/b.md", "---\ntitle: Beta\ndate: 2021-08-11\n---\n\nText.\n")
    site.write("fr/posts/b.md", "---\ntitle: Bêta\ndate: 2021-08-11\n---\n\nTexte.\n")
    site.config["plugins"] = ["search", i18n_plugin("folder"), "blogposts"]
    built = site.build(strict=True)
    for index, titles, posts in (
        ("blog/index.html", ["Beta", "Alpha"], "posts"),
        ("fr/blog/index.html", ["Bêta", "Alpha"], "fr/posts"),
    ):
        soup = BeautifulSoup((built.site_dir / index).read_text(encoding="utf-8"), "html.parser")
        cards = soup.select(".blogposts-card-title a")
        assert [" ".join(a.get_text().split()) for a in cards] == titles
        for link in cards:
            target = ((built.site_dir / index).parent / str(link["href"])).resolve()
            assert target.parent == (built.site_dir / posts).resolve()


EXAMPLE_SITE = Path(__file__).parent.parent.parent / "example_site"


def test_the_example_blog_in_english_and_french(tmp_path: Path) -> None:
    """The example site, with two posts translated (`.fr.md`) and mkdocs-static-i18n added,
    builds strictly: an English blog and a French one with the French posts and the
    English rest, its words and dates in French."""
    pytest.importorskip("mkdocs_static_i18n")
    shutil.copytree(EXAMPLE_SITE, tmp_path / "example")
    docs = tmp_path / "example" / "docs"
    translated = sorted((docs / "posts").glob("*.md"))[:2]
    for post in translated:
        text = post.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^title: (.*)$", r"title: \1 (FR)", text, count=1)
        post.with_suffix(".fr.md").write_text(text, encoding="utf-8")
    config_file = tmp_path / "example" / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["plugins"].insert(1, i18n_plugin("suffix"))
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    mkdocs_config = load_config(str(config_file), strict=True)
    mkdocs_config.plugins.on_startup(command="build", dirty=False)
    try:
        build(mkdocs_config)
    finally:
        mkdocs_config.plugins.on_shutdown()
    site_dir = Path(mkdocs_config.site_dir)
    english = (site_dir / "blog" / "index.html").read_text(encoding="utf-8")
    french = (site_dir / "fr" / "blog" / "index.html").read_text(encoding="utf-8")
    assert "(FR)" not in english
    assert french.count("(FR)") >= 1
    assert "Catégories" in french
    assert (site_dir / "fr" / "blog" / "rss.xml").is_file()
