"""The blog in the reader's language: every word from the label catalogue, plural forms by
Babel's rules, overrides, and right-to-left languages laid out mirrored."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup, Tag

from mkdocs_blogposts.labels import catalogue, fields, keys
from tests.conftest import BuiltSite, SiteBuilder

FRAGMENTS = ".blogposts-post-header, .blogposts-post-footer, .blogposts-listing, .blogposts-latest"
"""The HTML the plugin writes into a page (the rest is the theme's and the user's)."""


MKDOCS_THEME_LANGUAGES = {"de", "fr", "ja", "pl"}
"""Some of the languages MkDocs' own theme has translations for (it has no Arabic)."""


def set_language(site: SiteBuilder, language: str) -> dict[str, str]:
    """The theme's language, as each theme spells the option; where the theme doesn't
    speak it, the plugin's `locale` option (returned, for `build_blog`)."""
    if site.theme == "material":
        site.config["theme"] = {"name": site.theme, "language": language}
    elif language in MKDOCS_THEME_LANGUAGES:
        site.config["theme"] = {"name": site.theme, "locale": language}
    else:
        return {"locale": language}
    return {}


def write_blog(site: SiteBuilder) -> None:
    """A blog that shows every label: two authors, categories with 1, 2 and 5 posts, tags, a
    featured post, an updated one, pages of posts, a latest-posts block on the home page.
    Its own words (names, titles, text) share no word with the English labels."""
    site.authors_yaml()
    site.write("index.md", "# Home\n\n<!-- blogposts latest count=2 -->\n")
    categories = ["solo"] + ["duo"] * 2 + ["quinto"] * 5
    for number, category in enumerate(categories, start=1):
        site.post(
            f"p{number}.md",
            title=f"Zeta {number}",
            date=f"01/{number:02d}/2021",
            author="michael-scott" if number % 2 else "pam-beesly",
            categories=[category],
            featured=number == 3,
            body="Lorem ipsum dolor.\n",
            extra=f"tags: [kappa{number % 2}]\n" + ("updated: 2022-03-04\n" if number == 8 else ""),
        )


def build_blog(site: SiteBuilder, **options: object) -> BuiltSite:
    site.blogposts_options(posts_per_page=3, list_per_page=2, **options)
    write_blog(site)
    return site.build(strict=True)


PAGES = [
    "index.md",
    "posts/p8.md",
    "posts/p3.md",
    "blog/index.md",
    "blog/page/2.md",
    "blog/category.md",
    "blog/category/quinto/index.md",
    "blog/category/quinto/page/2.md",
    "blog/tag.md",
    "blog/tag/kappa0/index.md",
    "blog/featured.md",
    "blog/author.md",
    "blog/author/michael-scott/index.md",
    "blog/archive.md",
    "blog/archive/2021.md",
]
"""A page of each kind the blog has."""


def plugin_words(soup: BeautifulSoup) -> str:
    """Everything the plugin wrote into a page that a reader sees or hears: the text of its
    fragments, their aria-labels, and the page's title and H1."""
    parts = [soup.title.get_text() if soup.title else ""]
    parts += [h1.get_text(" ") for h1 in soup.select("h1")]
    for fragment in soup.select(FRAGMENTS):
        parts.append(fragment.get_text(" "))
        parts += [str(node["aria-label"]) for node in fragment.select("[aria-label]")]
        if isinstance(fragment, Tag) and fragment.has_attr("aria-label"):
            parts.append(str(fragment["aria-label"]))
    return "\n".join(parts)


def english_words_foreign_to(language: str) -> set[str]:
    """Each run of words of the English labels (their fields cut out) that the language's
    own labels don't also use: "min read", "Updated", "Newer", "posts"..."""
    own = " ".join(_forms(catalogue(language)))
    words = set()
    for form in _forms(catalogue("en")):
        for name in fields(form):
            form = form.replace(f"{{{name}}}", "\x00")
        for piece in form.split("\x00"):
            piece = piece.strip(" :.,")
            if re.search(r"[A-Za-z]", piece) and not re.search(rf"\b{re.escape(piece)}\b", own):
                words.add(piece)
    return words


def _forms(labels: object) -> list[str]:
    assert isinstance(labels, dict)
    return [
        form
        for label in labels.values()
        for form in ([label] if isinstance(label, str) else label.values())
    ]


@pytest.mark.parametrize("language", ["de", "fr", "ja", "pl", "ar"])
def test_a_translated_site_shows_no_english_word_from_the_plugin(
    any_site: SiteBuilder, language: str
) -> None:
    built = build_blog(any_site, **set_language(any_site, language))
    english = english_words_foreign_to(language)
    assert len(english) > 15
    for src_uri in PAGES:
        text = plugin_words(built.soup(src_uri))
        found = [word for word in english if re.search(rf"\b{re.escape(word)}\b", text)]
        assert found == [], (src_uri, found)


def test_a_german_site_reads_german(site: SiteBuilder) -> None:
    set_language(site, "de")
    built = build_blog(site)
    post = built.soup("posts/p8.md")
    assert post.select_one(".blogposts-reading-time").get_text() == "1 Min. Lesezeit"
    assert post.select_one(".blogposts-updated").get_text() == "Aktualisiert am 4. März 2022"
    assert post.select_one(".blogposts-post-older .blogposts-post-nav-label").get_text(
        " ", strip=True
    ) == ("Älter \N{RIGHTWARDS ARROW}")
    assert built.top_nav() == [("Home", "."), ("Blog", "blog/")]
    assert built.soup("blog/page/2.md").title.get_text().startswith("Blog, Seite 2")
    counts = _counts(built.soup("blog/category.md"))
    assert counts == ["2 Beiträge", "5 Beiträge", "1 Beitrag"]
    archive = built.soup("blog/archive/2021.md")
    assert [h2.get_text() for h2 in archive.select(".blogposts-archive-month h2")] == ["Januar"]


def test_polish_counts_use_its_three_plural_forms(site: SiteBuilder) -> None:
    set_language(site, "pl")
    built = build_blog(site)
    assert _counts(built.soup("blog/category.md")) == ["2 wpisy", "5 wpisów", "1 wpis"]
    authors = _counts(built.soup("blog/author.md"))
    assert authors == ["4 wpisy", "4 wpisy"]
    assert _counts(built.soup("blog/archive.md")) == ["8 wpisów"]


def test_a_japanese_post_reads_japanese_with_a_realistic_reading_time(site: SiteBuilder) -> None:
    set_language(site, "ja")
    site.authors_yaml()
    site.post("ja.md", title="日本語の記事", body="あ" * 1500 + "\n")
    built = site.build(strict=True)
    post = built.soup("posts/ja.md")
    # 1,500 characters at 500 a minute.
    assert post.select_one(".blogposts-reading-time").get_text() == "3 分で読めます"
    assert built.top_nav()[1][0] == "ブログ"
    assert post.select_one(".blogposts-byline time").get_text() == "2021年8月10日"


def test_overridden_labels_win_in_any_language(site: SiteBuilder) -> None:
    set_language(site, "pl")
    built = build_blog(
        site,
        labels={
            "post_count": {
                "one": "{count} tekst",
                "few": "{count} teksty",
                "other": "{count} tekstów",
            },
            "older": "Dalej",
        },
    )
    assert _counts(built.soup("blog/category.md")) == ["2 teksty", "5 tekstów", "1 tekst"]
    index = built.soup("blog/index.md")
    assert index.select_one(".blogposts-page-next").get_text(" ", strip=True) == (
        "Dalej \N{RIGHTWARDS ARROW}"
    )
    # The labels not overridden stay Polish.
    assert index.select_one(".blogposts-pagination")["aria-label"] == catalogue("pl")["pagination"]


@pytest.mark.parametrize("theme", ["material", "mkdocs"])
def test_a_right_to_left_site_mirrors_the_blog(site: SiteBuilder, theme: str) -> None:
    """Arabic: the blog's fragments are right to left even where the theme sets no
    direction (MkDocs' own theme), and each arrow is one the stylesheet mirrors."""
    site.theme = theme
    built = build_blog(site, **set_language(site, "ar"))
    for src_uri in ("posts/p3.md", "blog/index.md", "blog/category/quinto/index.md", "index.md"):
        soup = built.soup(src_uri)
        fragments = soup.select(FRAGMENTS)
        assert fragments, src_uri
        assert {fragment.get("dir") for fragment in fragments} == {"rtl"}, src_uri
        for fragment in fragments:
            for text in fragment.find_all(
                string=re.compile("[\N{LEFTWARDS ARROW}\N{RIGHTWARDS ARROW}]")
            ):
                assert text.parent is not None
                assert "blogposts-arrow" in text.parent.get_attribute_list("class"), src_uri
    if theme == "material":
        assert built.soup("index.md").body["dir"] == "rtl"
    post = built.soup("posts/p3.md")
    assert post.select_one(".blogposts-reading-time").get_text() == "دقيقة واحدة للقراءة"
    css = (built.site_dir / "assets/blogposts/blogposts.css").read_text(encoding="utf-8")
    assert re.search(r'\[dir="rtl"\] \.blogposts-arrow \{\s*transform: scaleX\(-1\);', css)


def test_a_language_without_a_catalogue_gets_english_words_and_its_own_dates(
    site: SiteBuilder,
) -> None:
    set_language(site, "sv")
    built = build_blog(site)
    post = built.soup("posts/p8.md")
    assert post.select_one(".blogposts-reading-time").get_text() == "1 min read"
    assert post.select_one(".blogposts-byline time").get_text() == "8 januari 2021"


def test_every_label_is_used_by_some_template() -> None:
    """A label no template asks for would be translated in 17 languages for nothing."""
    from mkdocs_blogposts.render import TEMPLATES_DIR
    from mkdocs_blogposts.site import titles  # noqa: F401  (titles use the page labels)

    used = " ".join(path.read_text(encoding="utf-8") for path in TEMPLATES_DIR.rglob("*.html"))
    titles_labels = {"blog", "categories", "tags", "featured", "authors", "archive", "page_title"}
    unused = [key for key in keys() if key not in titles_labels and f'label("{key}"' not in used]
    assert unused == []


def _counts(soup: BeautifulSoup) -> list[str]:
    """An overview's counts as words: shown ("2 posts" on a category's entry), or for screen
    readers beside a bare number (a year of the archive)."""
    counts = []
    for count in soup.select(".blogposts-listing .blogposts-count"):
        spoken = count.find_next_sibling(class_="blogposts-visually-hidden")
        counts.append((spoken if count.get("aria-hidden") else count).get_text())
    return counts
