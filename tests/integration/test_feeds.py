"""Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog and for each category, tag
and author, read back from real builds with feedparser (which must not call them malformed),
ElementTree (for exact elements) and a JSON Schema of JSON Feed 1.1.

Most checks read one studio blog (`studio`), built once per theme and URL style under the
sub-path `site_url` `https://example.org/studio/`; the other builds are small and each about
one thing.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from jsonschema import Draft202012Validator
from mkdocs.structure.files import File

from tests.conftest import FIXTURES, THEMES, TINY_PNG, URL_STYLES, BuiltSite, SiteBuilder

SITE_URL = "https://example.org/studio/"
ORIGIN = "http://site.invalid/"
FILE_NAMES = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}
MEDIA_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
FORMAT_NAMES = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}
JSON_FEED_SCHEMA = json.loads((FIXTURES / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
Draft202012Validator.check_schema(JSON_FEED_SCHEMA)
JSON_FEED = Draft202012Validator(JSON_FEED_SCHEMA)
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
UNDATED = r"posts/undated-note\.md:\d+: no date .*listed after the dated posts"


# Reading feeds -------------------------------------------------------------------------------


@dataclass
class Feed:
    """One feed in each of its formats: as feedparser reads RSS and Atom, as ElementTree reads
    them (exact elements, content as written), and the JSON Feed (valid against the schema)."""

    rss: Any
    atom: Any
    json: dict[str, Any]
    rss_xml: ET.Element
    atom_xml: ET.Element

    def titles(self) -> list[str]:
        """The entries' titles, in feed order; the three formats must agree."""
        rss = [entry.title for entry in self.rss.entries]
        atom = [entry.title for entry in self.atom.entries]
        items = [item["title"] for item in self.json["items"]]
        assert rss == atom == items
        return items

    def contents(self) -> dict[str, list[str]]:
        """Each entry's HTML as written (not as feedparser resolves and sanitises it), by
        format: RSS `content:encoded`, Atom `content`, JSON Feed `content_html`."""
        return {
            "rss": [
                item.findtext("content:encoded", namespaces=NS) or ""
                for item in self.rss_xml.iter("item")
            ],
            "atom": [
                entry.findtext("atom:content", namespaces=NS) or ""
                for entry in self.atom_xml.iter(f"{{{NS['atom']}}}entry")
            ],
            "json": [item["content_html"] for item in self.json["items"]],
        }

    def summaries(self) -> dict[str, list[str]]:
        """Each entry's summary as written: RSS `description` and Atom `summary` (HTML)."""
        return {
            "rss": [item.findtext("description") or "" for item in self.rss_xml.iter("item")],
            "atom": [
                entry.findtext("atom:summary", namespaces=NS) or ""
                for entry in self.atom_xml.iter(f"{{{NS['atom']}}}entry")
            ],
        }


def parse_xml_feed(path: Path, version: str) -> Any:
    """The feed at `path` as feedparser reads it; it must be well formed and of `version`."""
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')!r}"
    assert parsed.version == version, path
    return parsed


def parse_json_feed(path: Path) -> dict[str, Any]:
    """The JSON Feed at `path`, which must be UTF-8 and valid against the JSON Feed schema."""
    data = json.loads(path.read_bytes().decode("utf-8"))
    errors = [f"{error.json_path}: {error.message}" for error in JSON_FEED.iter_errors(data)]
    assert not errors, f"{path} is not JSON Feed 1.1: {errors}"
    return data


def read_feed(built: BuiltSite, folder: str) -> Feed:
    """The feed whose files are in the site's `folder` (`blog/category/design`), in all three
    formats."""
    base = built.site_dir / folder
    return Feed(
        rss=parse_xml_feed(base / "rss.xml", "rss20"),
        atom=parse_xml_feed(base / "atom.xml", "atom10"),
        json=parse_json_feed(base / "feed.json"),
        rss_xml=ET.parse(base / "rss.xml").getroot(),
        atom_xml=ET.parse(base / "atom.xml").getroot(),
    )


def feed_files(built: BuiltSite) -> dict[str, set[str]]:
    """Every feed file of the built site: its folder -> the formats written there."""
    found: dict[str, set[str]] = {}
    formats = {name: fmt for fmt, name in FILE_NAMES.items()}
    for path in built.site_dir.rglob("*"):
        if path.name in formats and path.is_file():
            folder = path.parent.relative_to(built.site_dir).as_posix()
            found.setdefault(folder, set()).add(formats[path.name])
    return found


def check_every_feed(built: BuiltSite) -> dict[str, Feed]:
    """Read (and so validate) every feed of the built site, by folder."""
    folders = feed_files(built)
    for folder, formats in folders.items():
        assert formats == set(FILE_NAMES), f"{folder} has only {sorted(formats)}"
    return {folder: read_feed(built, folder) for folder in folders}


def page_url(built: BuiltSite, src_uri: str) -> str:
    """The absolute URL of the page built from `src_uri`, as MkDocs writes it."""
    return SITE_URL + File(src_uri, "", str(built.site_dir), built.use_directory_urls).url


def site_file(built: BuiltSite, url: str) -> Path:
    """The built file an absolute URL of the site leads to (`.../` is its `index.html`)."""
    assert url.startswith(SITE_URL), f"{url} is not under {SITE_URL}"
    path = unquote(urlsplit(url).path).removeprefix(urlsplit(SITE_URL).path)
    return built.site_dir / (path + "index.html" if path.endswith("/") or not path else path)


URL_ATTRIBUTES = frozenset({"href", "url", "domain", "scheme"})
"""XML attributes holding a URL: links and enclosures (`href`, `url`), RSS category `domain`,
Atom category `scheme`, `media:content` `url`."""
URL_ELEMENTS = frozenset({"link", "guid", "id", "uri", "icon", "logo", "url"})
"""XML elements whose text is a URL (RSS `<link>`, `<guid>`, Atom `<id>`, author `<uri>`, ...).
RSS `<docs>`, the address of the RSS specification, is not the site's."""
JSON_URL_KEYS = frozenset(
    {"home_page_url", "feed_url", "next_url", "icon", "favicon", "id", "url", "external_url"}
    | {"image", "banner_image", "avatar"}
)


def xml_urls(root: ET.Element) -> list[str]:
    urls = []
    for element in root.iter():
        urls += [value for name, value in element.attrib.items() if name in URL_ATTRIBUTES]
        if element.tag.rpartition("}")[2] in URL_ELEMENTS and (element.text or "").strip():
            urls.append((element.text or "").strip())
    return urls


def json_urls(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, member in value.items():
            if key in JSON_URL_KEYS and isinstance(member, str):
                yield member
            else:
                yield from json_urls(member)
    elif isinstance(value, list):
        for member in value:
            yield from json_urls(member)


def html_urls(html: str) -> list[str]:
    """Every URL an entry's HTML links or embeds (`href`, `src`, each `srcset` candidate)."""
    urls = []
    for element in BeautifulSoup(html, "html.parser").find_all(True):
        for name in ("href", "src", "poster", "cite", "data", "action"):
            value = element.get(name)
            if isinstance(value, str):
                urls.append(value)
        srcset = element.get("srcset")
        if isinstance(srcset, str):
            urls += [c.split()[0] for c in srcset.split(",") if c.strip()]
    return urls


def text_of(html: str) -> str:
    """The text of an HTML fragment, whitespace collapsed."""
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


def discovery_links(built: BuiltSite, src_uri: str) -> list[tuple[str, str, str]]:
    """The feed discovery links in the `<head>` of the page built from `src_uri`: (type,
    title, site path of the file the relative `href` leads to), in page order."""
    soup = built.soup(src_uri)
    page = built.dest(src_uri).relative_to(built.site_dir).as_posix()
    links = []
    for link in soup.select('head link[rel~="alternate"]:not([hreflang])'):
        href = str(link["href"])
        assert not urlsplit(href).scheme, f"{href} on {src_uri} is not relative"
        assert not href.startswith("/"), f"{href} on {src_uri} is not relative"
        target = urljoin(ORIGIN + page, href).removeprefix(ORIGIN)
        assert "://" not in target, f"{href} on {src_uri} leaves the site"
        assert (built.site_dir / target).is_file(), f"{href} on {src_uri}: no such feed"
        links.append((str(link["type"]), str(link["title"]), target))
    return links


def expected_links(
    *feeds: tuple[str, str], formats: tuple[str, ...] = ("rss", "atom", "json")
) -> list[tuple[str, str, str]]:
    """The discovery links of feeds given as (title, folder), each in `formats`."""
    return [
        (MEDIA_TYPES[fmt], f"{title} ({FORMAT_NAMES[fmt]})", f"{folder}/{FILE_NAMES[fmt]}")
        for title, folder in feeds
        for fmt in formats
    ]


def every_feed_text(built: BuiltSite) -> str:
    """All feed files of the site, as one text (to look for what must not be in any)."""
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(built.site_dir.rglob("*"))
        if path.name in FILE_NAMES.values()
    )


# The studio blog -----------------------------------------------------------------------------

REGISTRY = """\
michael-scott:
  name: Michael Scott
  avatar: authors/michael.png
  url: https://example.com/michael
pam-beesly:
  name: Pam Beesly
  avatar: authors/pam.png
  email: pam@example.org
dwight-schrute:
  name: Dwight Schrute
"""

SPRING_BODY = """\
Spring starts with [the March notes](march-notes.md) and a [jump](#mixing).

![A swatch](images/swatch.png)

<!-- more -->

## Mixing

Back to the [home page](../index.md), on to [the goals](2024/new-year-plans.md#goals), out to
[the museum](https://museum.example/).
"""

HERO_BYTES = TINY_PNG + bytes(1000)
"""The hero: a PNG with trailing bytes, so its length is not the tiny PNG's."""

STUDIO_FEEDS = {
    "blog": ("Blog", ["Spring Palettes", "March Notes", "New Year Plans", "Old Studio"]),
    "blog/category/design": ("Design", ["Spring Palettes", "March Notes"]),
    "blog/category/studio-tips": ("Studio Tips", ["New Year Plans", "Old Studio"]),
    "blog/tag/color": ("Color", ["Spring Palettes"]),
    "blog/tag/python": ("python", ["Spring Palettes", "March Notes"]),
    "blog/tag/planning": ("Planning", ["New Year Plans"]),
    "blog/author/michael-scott": ("Michael Scott", ["March Notes", "New Year Plans", "Old Studio"]),
    "blog/author/pam-beesly": ("Pam Beesly", ["Spring Palettes", "New Year Plans"]),
}
"""Each feed of the studio blog: its folder -> (listing title, entries newest first). The
draft, the scheduled post and the undated one are in none."""

POSTS = {
    "Spring Palettes": "posts/spring-palettes.md",
    "March Notes": "posts/march-notes.md",
    "New Year Plans": "posts/2024/new-year-plans.md",
    "Old Studio": "posts/old-studio.md",
}
HIDDEN = {
    "Secret Draft": "posts/secret-draft.md",
    "Far Future": "posts/far-future.md",
    "Undated Note": "posts/undated-note.md",
}


def write_studio(site: SiteBuilder) -> None:
    """Four published posts (one in a sub-folder, one with a hero and relative links of every
    kind, one with an `updated:` date and a `description`, one by two authors), a draft, a
    post dated in 2999 and an undated one; authors with and without an e-mail address."""
    site.config["site_url"] = SITE_URL
    site.config["site_description"] = "Notes & sketches from the studio"
    site.blogposts_options(list_per_page=1, tag_feeds=True)
    site.image("authors/michael.png")
    site.image("authors/pam.png")
    site.image("posts/images/swatch.png")
    site.write("authors.yml", REGISTRY)
    site.post(
        "spring-palettes.md",
        title="Spring Palettes",
        date="2024-03-15",
        author="pam-beesly",
        categories=["Design"],
        image="./images/spring.png",
        extra="tags: [Color, python]",
        body=SPRING_BODY,
    )
    (site.docs / "posts/images/spring.png").write_bytes(HERO_BYTES)
    site.post(
        "march-notes.md",
        title="March Notes",
        date="2024-03-02",
        categories=["design"],
        extra="tags: [python]\nupdated: 2024-04-01\ndescription: Notes from March & more.",
    )
    site.post(
        "2024/new-year-plans.md",
        title="New Year Plans",
        date="2024-01-10",
        author=None,
        categories=["Studio Tips"],
        extra="authors: [michael-scott, pam-beesly]\ntags: Planning",
        body="Plans.\n\n## Goals\n\nMore [spring](../spring-palettes.md).\n",
    )
    site.post("old-studio.md", title="Old Studio", date="2021-08-10", categories=["Studio Tips"])
    site.post(
        "secret-draft.md",
        title="Secret Draft",
        date="2024-02-01",
        author="dwight-schrute",
        categories=["Drafts Only"],
        extra="draft: true\ntags: [secret]",
    )
    site.post(
        "far-future.md",
        title="Far Future",
        date="2999-01-01",
        categories=["Design"],
        extra="tags: [python]",
    )
    site.post(
        "undated-note.md",
        title="Undated Note",
        date="",
        categories=["Design"],
        extra="tags: [python]",
    )


@dataclass
class Studio:
    built: BuiltSite
    theme: str


STUDIO_MATRIX = {
    "scope": "module",
    "params": [(t, u) for t in THEMES for u in URL_STYLES],
    "ids": lambda p: f"{p[0]}-{'dirurls' if p[1] else 'htmlurls'}",
}
"""The `any_site` matrix (both themes, both URL styles) for a module-scoped fixture."""


def build_studio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Studio]:
    """The studio blog, built once per theme and URL style (`STUDIO_MATRIX`), for every
    test that only reads it (here and in test_metadata)."""
    theme, use_directory_urls = request.param
    builder = SiteBuilder(
        tmp_path_factory.mktemp("studio"), theme=theme, use_directory_urls=use_directory_urls
    )
    write_studio(builder)
    try:
        yield Studio(builder.build(expect=[UNDATED]), theme)
    finally:
        builder.close()


@pytest.fixture(**STUDIO_MATRIX)  # type: ignore[call-overload]
def studio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Studio]:
    yield from build_studio(request, tmp_path_factory)


def test_every_listing_has_its_three_feeds_with_its_published_posts_newest_first(
    studio: Studio,
) -> None:
    built = studio.built
    feeds = check_every_feed(built)
    assert sorted(feeds) == sorted(STUDIO_FEEDS)
    for folder, (title, posts) in STUDIO_FEEDS.items():
        feed = feeds[folder]
        assert feed.titles() == posts, folder
        assert feed.rss.feed.title == feed.atom.feed.title == feed.json["title"]
        assert feed.json["title"] == f"{title} - Test blog", folder
    # The feeds' files sit next to their listing's page.
    for folder in STUDIO_FEEDS:
        assert (built.site_dir / folder / "index.html").is_file(), folder


def test_every_url_in_every_feed_is_absolute_and_a_file_of_the_site(studio: Studio) -> None:
    built = studio.built
    seen = 0
    for folder, feed in check_every_feed(built).items():
        urls = [*xml_urls(feed.rss_xml), *xml_urls(feed.atom_xml), *json_urls(feed.json)]
        for url in urls:
            assert site_file(built, url).is_file(), f"{folder}: {url} is no file of the site"
        seen += len(urls)
        # Every link and image of every entry's content and summary is absolute, and the
        # site's own lead to its files.
        html = [*chain(*feed.contents().values()), *chain(*feed.summaries().values())]
        for text in html:
            for url in html_urls(text):
                assert urlsplit(url).scheme in ("http", "https"), f"{folder}: relative {url}"
                if url.startswith(SITE_URL):
                    assert site_file(built, url).is_file(), f"{folder}: {url} is no file"
                seen += 1
    assert seen > 200  # the walk found the URLs it is about


def test_an_entry_says_everything_exactly_in_each_format(studio: Studio) -> None:
    built = studio.built
    feed = read_feed(built, "blog")
    spring = page_url(built, POSTS["Spring Palettes"])
    march = page_url(built, POSTS["March Notes"])
    hero = SITE_URL + "posts/images/spring.png"
    hero_size = (built.site_dir / "posts/images/spring.png").stat().st_size
    assert hero_size == len(HERO_BYTES)
    pam = page_url(built, "blog/author/pam-beesly/index.md")
    michael = page_url(built, "blog/author/michael-scott/index.md")
    design = page_url(built, "blog/category/design/index.md")
    color = page_url(built, "blog/tag/color/index.md")
    python = page_url(built, "blog/tag/python/index.md")
    terms = [("Design", design), ("Color", color), ("python", python)]

    # RSS, as a reader sees it ...
    item = feed.rss.entries[0]
    assert (item.title, item.link, item.id) == ("Spring Palettes", spring, spring)
    assert item.published == "Fri, 15 Mar 2024 00:00:00 +0000"
    assert [(tag.term, tag.scheme) for tag in item.tags] == terms
    assert item.enclosures == [{"href": hero, "length": str(hero_size), "type": "image/png"}]
    # ... and element by element.
    element = next(feed.rss_xml.iter("item"))
    assert element.findtext("guid") == spring
    assert element.find("guid").get("isPermaLink") == "true"
    enclosure = element.find("enclosure")
    assert enclosure.attrib == {"url": hero, "length": str(hero_size), "type": "image/png"}
    media = element.findall(".//media:content", NS)
    assert [m.attrib for m in media] == [
        {
            "url": hero,
            "type": "image/png",
            "fileSize": str(hero_size),
            "medium": "image",
            "width": "1",
            "height": "1",
        }
    ]
    # An author with an e-mail address is RSS's <author>; one without, dc:creator.
    assert [a.text for a in element.findall("author")] == ["pam@example.org (Pam Beesly)"]
    assert element.findall("dc:creator", NS) == []
    plans = list(feed.rss_xml.iter("item"))[2]
    assert [a.text for a in plans.findall("author")] == ["pam@example.org (Pam Beesly)"]
    assert [c.text for c in plans.findall("dc:creator", NS)] == ["Michael Scott"]
    old = list(feed.rss_xml.iter("item"))[3]
    assert old.findall("author") == []
    assert [c.text for c in old.findall("dc:creator", NS)] == ["Michael Scott"]
    assert old.find("enclosure") is None
    assert old.findall(".//media:content", NS) == []

    # Atom.
    entry = feed.atom.entries[0]
    assert (entry.id, entry.title, entry.link) == (spring, "Spring Palettes", spring)
    assert entry.published == entry.updated == "2024-03-15T00:00:00+00:00"
    assert [(link.rel, link.href, link.get("type")) for link in entry.links] == [
        ("alternate", spring, "text/html"),
        ("enclosure", hero, "image/png"),
    ]
    assert entry.enclosures[0].length == str(hero_size)
    assert [dict(author) for author in entry.authors] == [
        {"name": "Pam Beesly", "email": "pam@example.org", "href": pam}
    ]
    assert [(tag.term, tag.scheme, tag.label) for tag in entry.tags] == [
        (term, scheme, term) for term, scheme in terms
    ]
    assert feed.atom.entries[1].updated == "2024-04-01T00:00:00+00:00"  # its `updated:`
    assert feed.atom.entries[1].published == "2024-03-02T00:00:00+00:00"
    assert [dict(a) for a in feed.atom.entries[2].authors] == [
        {"name": "Michael Scott", "href": michael},
        {"name": "Pam Beesly", "email": "pam@example.org", "href": pam},
    ]

    # JSON Feed: the whole item but its content, exactly.
    items = feed.json["items"]
    assert {k: v for k, v in items[0].items() if k != "content_html"} == {
        "id": spring,
        "url": spring,
        "title": "Spring Palettes",
        "summary": "Spring starts with the March notes and a jump.",
        "date_published": "2024-03-15T00:00:00+00:00",
        "date_modified": "2024-03-15T00:00:00+00:00",
        "image": hero,
        "authors": [{"name": "Pam Beesly", "url": pam, "avatar": SITE_URL + "authors/pam.png"}],
        "tags": ["Design", "Color", "python"],
    }
    assert {k: v for k, v in items[1].items() if k != "content_html"} == {
        "id": march,
        "url": march,
        "title": "March Notes",
        "summary": "Notes from March & more.",  # its description
        "date_published": "2024-03-02T00:00:00+00:00",
        "date_modified": "2024-04-01T00:00:00+00:00",
        "authors": [
            {"name": "Michael Scott", "url": michael, "avatar": SITE_URL + "authors/michael.png"}
        ],
        "tags": ["Design", "python"],  # as the blog spells the category, in every entry
    }
    assert (
        feed.summaries()["rss"][1]
        == feed.summaries()["atom"][1]
        == ("<p>Notes from March &amp; more.</p>")
    )


def test_the_feed_describes_itself(studio: Studio) -> None:
    built = studio.built
    blog = page_url(built, "blog/index.md")
    feed = read_feed(built, "blog")
    newest_update = ("Mon, 01 Apr 2024 00:00:00 +0000", "2024-04-01T00:00:00+00:00")
    description = "Notes & sketches from the studio"

    channel = feed.rss.feed
    assert (channel.title, channel.link, channel.subtitle) == (
        "Blog - Test blog",
        blog,
        description,
    )
    assert channel.language == "en"
    self_links = feed.rss_xml.findall("channel/atom:link[@rel='self']", NS)
    assert [link.attrib for link in self_links] == [
        {"href": SITE_URL + "blog/rss.xml", "rel": "self", "type": "application/rss+xml"}
    ]
    assert feed.rss_xml.findtext("channel/lastBuildDate") == newest_update[0]

    atom = feed.atom.feed
    assert (atom.title, atom.id, atom.subtitle) == ("Blog - Test blog", blog, description)
    assert atom.updated == newest_update[1]
    assert feed.atom_xml.get(XML_LANG) == "en"
    assert [(link.rel, link.href, link.type) for link in atom.links] == [
        ("self", SITE_URL + "blog/atom.xml", "application/atom+xml"),
        ("alternate", blog, "text/html"),
    ]

    data = feed.json
    assert (data["title"], data["home_page_url"]) == ("Blog - Test blog", blog)
    assert (data["feed_url"], data["description"]) == (SITE_URL + "blog/feed.json", description)
    assert data["language"] == "en"

    # The site's favicon: Material's own, unless the site names another.
    if studio.theme == "material":
        icon = SITE_URL + "assets/images/favicon.png"
        assert atom.icon == data["favicon"] == icon
        assert site_file(built, icon).is_file()

    # A category's feed follows its listing.
    design = read_feed(built, "blog/category/design")
    category_page = page_url(built, "blog/category/design/index.md")
    assert design.rss.feed.link == design.atom.feed.id == category_page
    assert design.json["home_page_url"] == category_page
    assert design.json["feed_url"] == SITE_URL + "blog/category/design/feed.json"
    assert design.atom.feed.updated == newest_update[1]


def test_an_entry_holds_the_post_without_byline_hero_and_footer(studio: Studio) -> None:
    built = studio.built
    feed = read_feed(built, "blog")
    spring = page_url(built, POSTS["Spring Palettes"])
    for fmt, contents in feed.contents().items():
        soup = BeautifulSoup(contents[0], "html.parser")
        text = text_of(contents[0])
        assert text.startswith("Spring starts with the March notes and a jump."), fmt
        assert "Mixing" in text, fmt  # after <!-- more -->: the whole post
        assert soup.select('[class*="blogposts-"]') == [], fmt  # no byline, hero, footer ...
        assert soup.select("h1") == [], fmt  # ... nor the post's title
        # The hero is the enclosure, not part of the content; the body's own image stays.
        assert [img["src"] for img in soup.select("img")] == [
            SITE_URL + "posts/images/swatch.png"
        ], fmt
        assert {a.get_text(" ", strip=True): a["href"] for a in soup.select("a[href]")} == {
            "the March notes": page_url(built, POSTS["March Notes"]),
            "jump": spring + "#mixing",
            "home page": page_url(built, "index.md"),
            "the goals": page_url(built, POSTS["New Year Plans"]) + "#goals",
            "the museum": "https://museum.example/",
        }, fmt
    # The summary is the excerpt: the part before <!-- more -->.
    for fmt, summaries in feed.summaries().items():
        soup = BeautifulSoup(summaries[0], "html.parser")
        text = text_of(summaries[0])
        assert text == "Spring starts with the March notes and a jump.", fmt
        assert [img["src"] for img in soup.select("img")] == [SITE_URL + "posts/images/swatch.png"]


def test_every_page_names_the_blogs_feeds_and_a_listing_its_own(studio: Studio) -> None:
    built = studio.built
    blog = expected_links(("Blog", "blog"))
    for page in ("index.md", POSTS["Spring Palettes"], POSTS["New Year Plans"], "blog/index.md"):
        assert discovery_links(built, page) == blog, page
    for page in ("blog/category.md", "blog/archive.md", "blog/tag.md", "blog/author.md"):
        assert discovery_links(built, page) == blog, page
    for folder, (title, _) in STUDIO_FEEDS.items():
        if folder != "blog":
            own = expected_links((title, folder))
            assert discovery_links(built, f"{folder}/index.md") == blog + own, folder
    # A listing's later pages name its feed too (one post a page here).
    own = expected_links(("Design", "blog/category/design"))
    assert discovery_links(built, "blog/category/design/page/2.md") == blog + own


# Small builds, each about one thing ----------------------------------------------------------


def hostile(name: str) -> tuple[str, str]:
    """A value with `<`, `&`, `]]>`, both quotes and a BEL: (as YAML writes it, as text)."""
    text = f"{name} <b>x</b> & \"q\" 'a' ]]> \x07bell"
    as_yaml = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\x07", "\\a") + '"'
    return as_yaml, text.replace("\x07", "")


def test_hostile_text_round_trips_as_text(site: SiteBuilder) -> None:
    """`<`, `&`, `]]>` and quotes stay text in every format; a control character, which XML
    cannot hold, is dropped everywhere (so the three formats agree)."""
    (title_yaml, title), (category_yaml, category) = hostile("Title"), hostile("Category")
    (tag_yaml, tag), (name_yaml, name) = hostile("Tag"), hostile("Author")
    description_yaml, description = hostile("About")
    site.config["site_url"] = SITE_URL
    site.config["site_description"] = yaml.safe_load(description_yaml)
    site.blogposts_options(tag_feeds=True)
    site.write("authors.yml", f"eve:\n  name: {name_yaml}\n  email: eve@example.org\n")
    site.write(
        "posts/h.md",
        f"---\ntitle: {title_yaml}\nauthor: eve\ndate: 2021-01-10\n"
        f"categories: [{category_yaml}]\ntags: [{tag_yaml}]\n---\n\nBody \x07bell.\n",
    )
    built = site.build()
    feeds = check_every_feed(built)
    listings = {folder.split("/")[1] if "/" in folder else "blog": f for folder, f in feeds.items()}
    assert sorted(listings) == ["author", "blog", "category", "tag"]
    for kind, listing in (("blog", "Blog"), ("category", category), ("tag", tag)):
        feed = listings[kind]
        assert feed.json["title"] == f"{listing} - Test blog", kind
        assert feed.rss.feed.title == feed.atom.feed.title == f"{listing} - Test blog", kind
    assert listings["author"].json["title"] == f"{name} - Test blog"
    for folder, feed in feeds.items():
        assert feed.titles() == [title], folder
        for parsed in (feed.rss, feed.atom):
            entry = parsed.entries[0]
            assert [t.term for t in entry.tags] == [category, tag], folder
            assert [author.name for author in entry.authors] == [name], folder
        item = feed.json["items"][0]
        assert item["tags"] == [category, tag]
        assert item["authors"][0]["name"] == name
        assert feed.atom.feed.subtitle == feed.json["description"] == description
        assert feed.rss_xml.findtext("channel/description") == description
        for fmt, contents in feed.contents().items():
            assert text_of(contents[0]) == "Body bell.", fmt
    for path in built.site_dir.rglob("*"):
        if path.name in FILE_NAMES.values():
            assert "\x07" not in path.read_text(encoding="utf-8"), path
    rss_item = next(ET.parse(built.site_dir / "blog/rss.xml").getroot().iter("item"))
    assert rss_item.findtext("author") == f"eve@example.org ({name})"
    assert rss_item.findtext("title") == title
    # The category page names its feeds by the label, as text (the page keeps the BEL, as it
    # does in its title: HTML can hold it).
    folder = next(folder for folder in feeds if folder.startswith("blog/category/"))
    links = discovery_links(built, f"{folder}/index.md")
    assert [(kind, title.replace("\x07", ""), href) for kind, title, href in links] == (
        expected_links(("Blog", "blog"), (category, folder))
    )


@pytest.mark.parametrize(
    ("date", "rss", "rfc3339"),
    [
        ("2021-08-10", "Tue, 10 Aug 2021 00:00:00 +0200", "2021-08-10T00:00:00+02:00"),
        ("2021-01-10", "Sun, 10 Jan 2021 00:00:00 +0100", "2021-01-10T00:00:00+01:00"),
    ],
    ids=["summer", "winter"],
)
def test_dates_are_in_the_timezone_option(
    site: SiteBuilder, date: str, rss: str, rfc3339: str
) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(timezone="Europe/Berlin")
    site.post("a.md", title="A", author=None, date=date)
    feed = read_feed(site.build(strict=True), "blog")
    assert feed.rss.entries[0].published == rss
    assert feed.rss_xml.findtext("channel/item/pubDate") == rss
    assert feed.rss_xml.findtext("channel/lastBuildDate") == rss
    assert feed.atom.entries[0].published == feed.atom.entries[0].updated == rfc3339
    assert feed.atom.feed.updated == rfc3339
    item = feed.json["items"][0]
    assert item["date_published"] == item["date_modified"] == rfc3339


def test_a_date_with_its_own_offset_keeps_it(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(timezone="Europe/Berlin")
    site.post("a.md", title="A", author=None, date="2021-03-01T10:30:00+05:30")
    feed = read_feed(site.build(strict=True), "blog")
    assert feed.rss.entries[0].published == "Mon, 01 Mar 2021 10:30:00 +0530"
    assert feed.json["items"][0]["date_published"] == "2021-03-01T10:30:00+05:30"


NOW = "1700000000"  # 2023-11-14 22:13:20 UTC: the build's fixed "now"


@pytest.mark.parametrize("command", ["build", "serve"])
def test_drafts_scheduled_and_undated_posts_are_in_no_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """Never in a feed, even while `mkdocs serve` shows them: a reader's feed reader would
    keep them for good."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = SiteBuilder(tmp_path, command=command)  # type: ignore[arg-type]
    site.config["site_url"] = SITE_URL
    site.authors_yaml()
    site.post("live.md", title="Live post", date="2023-11-01", categories=["news"])
    site.post(
        "draft.md",
        title="Secret draft",
        date="2023-11-10",
        author="pam-beesly",
        categories=["drafts only"],
        extra="draft: true\ntags: [draft-tag]",
    )
    site.post(
        "future.md",
        title="Future launch",
        date="2023-11-15",
        categories=["news"],
        extra="tags: [future-tag]",
    )
    site.post("undated.md", title="Undated Note", date="", categories=["news"])
    built = site.build(expect=[r"posts/undated\.md:\d+: no date"])
    site.close()
    if command == "serve":  # shown, with their listings
        assert built.card_titles("blog/index.md") == [
            "Future launch",
            "Secret draft",
            "Live post",
            "Undated Note",
        ]
        assert built.exists("blog/category/drafts-only/index.md")
        assert built.exists("blog/author/pam-beesly/index.md")
    feeds = check_every_feed(built)
    assert sorted(feeds) == ["blog", "blog/author/michael-scott", "blog/category/news"]
    for folder, feed in feeds.items():
        assert feed.titles() == ["Live post"], folder
    text = every_feed_text(built)
    for secret in ("Secret draft", "Future launch", "Undated Note", "posts/draft", "posts/future"):
        assert secret not in text
    assert "posts/undated" not in text
    # No listing names a feed that does not exist.
    blog = expected_links(("Blog", "blog"))
    news = expected_links(("news", "blog/category/news"))
    assert discovery_links(built, "blog/category/news/index.md") == blog + news
    if command == "serve":
        assert discovery_links(built, "blog/category/drafts-only/index.md") == blog
        assert discovery_links(built, "blog/author/pam-beesly/index.md") == blog
        assert discovery_links(built, "posts/draft.md") == blog


def test_a_serve_rebuild_never_keeps_stale_entries(tmp_path: Path) -> None:
    site = SiteBuilder(tmp_path, command="serve")
    site.config["site_url"] = SITE_URL
    site.post("a.md", title="Alpha", author=None, date="2021-01-01")
    site.post("b.md", title="Beta", author=None, date="2021-01-02", categories=["beta only"])
    site.post("c.md", title="Gamma", author=None, date="2021-01-03", body="Old body.\n")
    built = site.build(strict=True)
    assert read_feed(built, "blog").titles() == ["Gamma", "Beta", "Alpha"]
    assert "blog/category/beta-only" in feed_files(built)

    (site.docs / "posts/b.md").unlink()
    site.post("c.md", title="Gamma Revised", author=None, date="2021-01-03", body="New body.\n")
    built = site.build(strict=True)
    site.close()
    feeds = check_every_feed(built)
    assert sorted(feeds) == ["blog", "blog/category/studio-tips"]
    for folder, feed in feeds.items():
        assert feed.titles() == ["Gamma Revised", "Alpha"], folder
        ids = [entry.id for entry in feed.atom.entries]
        assert len(set(ids)) == len(ids) == 2
        for fmt, contents in feed.contents().items():
            assert text_of(contents[0]) == "New body.", fmt
    text = every_feed_text(built)
    assert "Beta" not in text
    assert "posts/b/" not in text
    assert discovery_links(built, "blog/index.md") == expected_links(("Blog", "blog"))


def test_twenty_entries_by_default_newest_first(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    for day in range(1, 23):
        site.post(f"p{day:02}.md", title=f"Post {day:02}", author=None, date=f"2021-01-{day:02}")
    feeds = check_every_feed(site.build(strict=True))
    newest = [f"Post {day:02}" for day in range(22, 2, -1)]
    for folder in ("blog", "blog/category/studio-tips"):
        assert feeds[folder].titles() == newest


def test_feed_entries_limits_every_feed(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.authors_yaml()
    site.blogposts_options(feed_entries=2, tag_feeds=True)
    for day in range(1, 5):
        site.post(f"p{day}.md", title=f"P{day}", date=f"2021-01-0{day}", extra="tags: [t]")
    feeds = check_every_feed(site.build(strict=True))
    assert sorted(feeds) == [
        "blog",
        "blog/author/michael-scott",
        "blog/category/studio-tips",
        "blog/tag/t",
    ]
    for folder, feed in feeds.items():
        assert feed.titles() == ["P4", "P3"], folder


def test_feed_content_excerpt_holds_the_excerpt(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(feed_content="excerpt")
    body = "Before [the other](b.md).\n\nStill before.\n\n<!-- more -->\n\nAfter the cut.\n"
    site.post("a.md", title="A", author=None, date="2021-01-02", body=body)
    site.post("b.md", title="B", author=None, date="2021-01-01")
    feed = read_feed(site.build(strict=True), "blog")
    for fmt, contents in feed.contents().items():
        soup = BeautifulSoup(contents[0], "html.parser")
        assert text_of(contents[0]) == "Before the other. Still before.", fmt
        assert [a["href"] for a in soup.select("a")] == [SITE_URL + "posts/b/"], fmt
        assert soup.select('[class*="blogposts-"]') == [], fmt
        assert "After the cut" not in contents[0], fmt


CUT_BODY = "Before [the other](b.md).\n\nStill before.\n\n<!-- more -->\n\nAfter the cut.\n"


def _cut_post_blog(site: SiteBuilder, **options: object) -> BuiltSite:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(tag_feeds=True, **options)
    site.post("a.md", title="A", author="ana", date="2021-01-02", body=CUT_BODY, extra="tags: [t]")
    site.post("b.md", title="B", author=None, date="2021-01-01")
    site.write("authors.yml", "ana:\n  name: Ana\n")
    return site.build(strict=True)


def test_category_tag_and_author_feeds_hold_excerpts_by_default(site: SiteBuilder) -> None:
    """A post is in one feed per category, tag and author: whole posts in each would copy
    the blog into the site again per taxonomy; the blog's own feed has them whole."""
    built = _cut_post_blog(site)
    for fmt, contents in read_feed(built, "blog").contents().items():
        assert "After the cut" in contents[0], fmt
    for folder in ("blog/category/studio-tips", "blog/tag/t", "blog/author/ana"):
        for fmt, contents in read_feed(built, folder).contents().items():
            assert text_of(contents[0]) == "Before the other. Still before.", (folder, fmt)
            soup = BeautifulSoup(contents[0], "html.parser")
            assert [a["href"] for a in soup.select("a")] == [SITE_URL + "posts/b/"], fmt


def test_taxonomy_feed_content_full_puts_whole_posts_in_every_feed(site: SiteBuilder) -> None:
    built = _cut_post_blog(site, taxonomy_feed_content="full", feed_content="excerpt")
    for fmt, contents in read_feed(built, "blog").contents().items():
        assert "After the cut" not in contents[0], fmt
    for folder in ("blog/category/studio-tips", "blog/tag/t", "blog/author/ana"):
        for fmt, contents in read_feed(built, folder).contents().items():
            assert "After the cut" in contents[0], (folder, fmt)
            assert text_of(contents[0]).startswith("Before the other. Still before."), fmt


def test_tags_have_no_feeds_unless_asked(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.post("a.md", title="A", author=None, extra="tags: [t]")
    built = site.build(strict=True)
    assert set(feed_files(built)) == {"blog", "blog/category/studio-tips"}
    assert discovery_links(built, "blog/tag/t/index.md") == expected_links(("Blog", "blog"))


def test_feeds_option_picks_the_formats(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(feeds=["json", "rss"])
    site.post("a.md", title="A", author=None)
    built = site.build(strict=True)
    assert feed_files(built) == {
        "blog": {"rss", "json"},
        "blog/category/studio-tips": {"rss", "json"},
    }
    parse_xml_feed(built.site_dir / "blog/rss.xml", "rss20")
    assert parse_json_feed(built.site_dir / "blog/feed.json")["items"][0]["title"] == "A"
    formats = ("rss", "json")
    blog = expected_links(("Blog", "blog"), formats=formats)
    assert discovery_links(built, "index.md") == blog
    assert discovery_links(built, "blog/category/studio-tips/index.md") == blog + expected_links(
        ("studio tips", "blog/category/studio-tips"), formats=formats
    )


def test_without_site_url_no_feed_is_written_and_one_line_says_why(
    any_site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    any_site.authors_yaml()
    any_site.post("a.md", title="A", extra="tags: [t]")
    with caplog.at_level("INFO", logger="mkdocs"):
        built = any_site.build(strict=True)  # INFO only: strict passes
    assert feed_files(built) == {}
    assert not [p for p in built.site_dir.rglob("*") if p.name in FILE_NAMES.values()]
    for page in ("index.md", "blog/index.md", "posts/a.md", "blog/category/studio-tips/index.md"):
        assert discovery_links(built, page) == [], page
    said = [r for r in caplog.records if "feeds" in r.getMessage() and "site_url" in r.getMessage()]
    assert [r.levelname for r in said] == ["INFO"], said


def test_asking_for_feeds_without_site_url_warns_once(site: SiteBuilder) -> None:
    site.blogposts_options(feeds=["rss"])
    site.post("a.md", title="A", author=None)
    built = site.build(expect=[r"site_url"])
    assert len(built.warnings) == 1
    assert feed_files(built) == {}


def test_the_sites_favicon_and_language_are_the_feeds(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.config["theme"]["favicon"] = "images/brand.png"
    site.image("images/brand.png")
    site.blogposts_options(locale="pt_BR")
    site.post("a.md", title="A", author=None)
    feed = read_feed(site.build(strict=True), "blog")
    assert feed.atom.feed.icon == feed.json["favicon"] == SITE_URL + "images/brand.png"
    # The language as BCP 47 (`pt-BR`), not Babel's `pt_BR`.
    assert feed.rss.feed.language == feed.json["language"] == "pt-BR"
    assert feed.atom_xml.get(XML_LANG) == "pt-BR"


def test_a_blog_without_published_posts_has_an_empty_feed(
    site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its readers keep their subscription; dated by the build (SOURCE_DATE_EPOCH)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site.config["site_url"] = SITE_URL
    site.post("a.md", title="A", author=None, date="2023-01-01", extra="draft: true")
    built = site.build(strict=True)
    assert sorted(check_every_feed(built)) == ["blog"]
    feed = read_feed(built, "blog")
    assert feed.titles() == []
    assert feed.atom.feed.updated == "2023-11-14T22:13:20+00:00"
    assert feed.rss_xml.findtext("channel/lastBuildDate") == "Tue, 14 Nov 2023 22:13:20 +0000"


def test_the_mkdocs_themes_favicon_is_the_feeds_icon(tmp_path: Path) -> None:
    site = SiteBuilder(tmp_path, theme="mkdocs")
    site.config["site_url"] = SITE_URL
    site.post("a.md", title="A", author=None)
    built = site.build(strict=True)
    site.close()
    icon = SITE_URL + "img/favicon.ico"
    assert site_file(built, icon).is_file()
    assert 'href="img/favicon.ico"' in built.dest("index.md").read_text(encoding="utf-8")
    feed = read_feed(built, "blog")
    assert feed.atom.feed.get("icon") == feed.json.get("favicon") == icon


def test_an_author_with_a_markdown_profile_gets_a_feed_that_follows_it(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(authors="authors")
    site.write("authors/ana.md", "---\nname: Ana Lima\n---\n\nDraws maps.\n")
    site.post("a.md", title="A", author="ana")
    built = site.build(strict=True)
    feeds = check_every_feed(built)
    assert sorted(feeds) == ["blog", "blog/author/ana", "blog/category/studio-tips"]
    ana = feeds["blog/author/ana"]
    profile = page_url(built, "authors/ana.md")
    assert ana.json["home_page_url"] == ana.atom.feed.id == ana.rss.feed.link == profile
    assert ana.json["title"] == "Ana Lima - Test blog"
    assert ana.json["items"][0]["authors"] == [{"name": "Ana Lima", "url": profile}]
    links = discovery_links(built, "authors/ana.md")
    assert list(dict.fromkeys(links)) == expected_links(
        ("Blog", "blog"), ("Ana Lima", "blog/author/ana")
    )


def test_a_markdown_profile_names_its_feeds_once(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    site.blogposts_options(authors="authors")
    site.write("authors/ana.md", "---\nname: Ana Lima\n---\n\nDraws maps.\n")
    site.post("a.md", title="A", author="ana")
    built = site.build(strict=True)
    assert discovery_links(built, "authors/ana.md") == expected_links(
        ("Blog", "blog"), ("Ana Lima", "blog/author/ana")
    )


def test_each_blog_of_a_site_has_its_own_feeds(site: SiteBuilder) -> None:
    site.config["site_url"] = SITE_URL
    news = {"posts_dir": "news", "blog_dir": "blog", "blog_title": "News", "tag_feeds": True}
    tech: dict[str, object] = {"posts_dir": "tech", "blog_dir": "engineering"}
    tech.update(blog_title="Engineering", tag_feeds=True)
    site.config["plugins"] = ["search", {"blogposts": news}, {"blogposts": tech}]
    site.authors_yaml()
    titles = {"news": ["Summer Hours", "Opening Day"], "tech": ["Cache Design", "Faster Builds"]}
    for folder, names in titles.items():
        for day, title in enumerate(reversed(names), start=1):
            site.write(
                f"{folder}/{title.lower().replace(' ', '-')}.md",
                f"---\ntitle: {title}\nauthor: michael-scott\ndate: 2021-03-0{day}\n"
                "categories: [design]\ntags: [shared]\n---\n\nText.\n",
            )
    built = site.build(strict=True)
    feeds = check_every_feed(built)
    for blog, folder in (("blog", "news"), ("engineering", "tech")):
        for listing in ("", "/category/design", "/tag/shared", "/author/michael-scott"):
            feed = feeds.pop(blog + listing)
            assert feed.titles() == titles[folder], blog + listing
            for item in feed.json["items"]:
                assert item["url"].startswith(f"{SITE_URL}{folder}/")
    assert feeds == {}
    assert read_feed(built, "engineering").json["title"] == "Engineering - Test blog"
    both = expected_links(("News", "blog")) + expected_links(("Engineering", "engineering"))
    assert discovery_links(built, "index.md") == both
    assert discovery_links(built, "tech/cache-design.md") == both
    assert discovery_links(built, "engineering/category/design/index.md") == both + (
        expected_links(("design", "engineering/category/design"))
    )
