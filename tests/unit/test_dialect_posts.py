"""Reading posts written for other tools: the key table, TOML, file-name dates, post URLs,
excerpt markers and related links, without a build."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.dialects.fields import DEFAULT_FIELD_MAP, DEFAULT_FIELDS, FieldMap
from mkdocs_blogposts.dialects.post_urls import (
    dest_of,
    post_path,
    post_url_problem,
    redirect_page,
)
from mkdocs_blogposts.dialects.related_links import resolve_links
from mkdocs_blogposts.dialects.toml_matter import strip_toml
from mkdocs_blogposts.excerpts import SEPARATORS, cut_excerpt, marked_markdown
from mkdocs_blogposts.model import Category, Post
from mkdocs_blogposts.posts import PostSettings, read_post

UTC_PLUS_2 = dt.timezone(dt.timedelta(hours=2))


def read(src_uri: str, text: str, files: set[str] | None = None, **settings: object) -> Post:
    post, problems = read_post(src_uri, text, files or set(), None, PostSettings(**settings))  # type: ignore[arg-type]
    assert problems == []
    return post


def test_every_field_has_keys_and_the_seed_key_first() -> None:
    for name, keys in DEFAULT_FIELDS.items():
        assert keys, name
    assert DEFAULT_FIELDS["date"][0] == "date"
    assert DEFAULT_FIELDS["image"][0] == "image"
    assert DEFAULT_FIELDS["authors"] == ("author", "authors")


def test_own_keys_come_first_and_are_not_repeated() -> None:
    fields = FieldMap.with_extra({"image": ["banner", "cover"]})
    assert fields.keys["image"][:3] == ("banner", "cover", "image")
    assert fields.keys["image"].count("cover") == 1
    assert fields.find({"cover": "a.png", "banner": "b.png"}, "image") == ("banner", "b.png")
    assert fields == FieldMap.with_extra({"image": ["banner", "cover"]})
    assert hash(fields) == hash(FieldMap.with_extra({"image": ["banner", "cover"]}))


def test_first_key_with_a_value_wins() -> None:
    data = {"date": None, "pubDate": "Jul 08 2022", "publishDate": "2020-01-01"}
    assert DEFAULT_FIELD_MAP.find(data, "date") == ("pubDate", "Jul 08 2022")
    assert DEFAULT_FIELD_MAP.find({}, "date") is None


def test_astro_post() -> None:
    post = read(
        "posts/first.md",
        "---\ntitle: First\npubDatetime: 2023-01-30T15:57:52Z\nmodDatetime: 2023-02-01\n"
        "coverImage: {src: ./c.png, alt: A desk}\nauthor: Ana López\n---\n\nText.\n",
        {"posts/c.png"},
    )
    assert post.date == dt.datetime(2023, 1, 30, 15, 57, 52)
    assert post.date_zone is not None
    assert post.date_zone.utcoffset(None) == dt.timedelta(0)
    assert post.updated == dt.datetime(2023, 2, 1)
    assert post.image is not None
    assert post.image.target == "posts/c.png"
    assert post.image_alt == "A desk"
    assert post.author_slugs == ("Ana López",)
    assert [a.name for a in post.inline_authors] == ["Ana López"]


def test_material_date_mapping_pin_and_links() -> None:
    post = read(
        "blog/posts/x.md",
        "---\ntitle: X\ndate:\n  created: 2024-08-10\n  updated: 2024-08-12\npin: true\n"
        "links:\n  - blog/posts/y.md\n  - Docs: https://example.com/\n  - Section:\n"
        "      - Deep: blog/posts/z.md#part\n---\n\nText.\n",
    )
    assert post.date == dt.datetime(2024, 8, 10)
    assert post.updated == dt.datetime(2024, 8, 12)
    assert post.featured is True
    assert post.links == (
        (None, "blog/posts/y.md"),
        ("Docs", "https://example.com/"),
        ("Deep", "blog/posts/z.md#part"),
    )


def test_jekyll_post_date_from_name_offset_and_categories() -> None:
    post = read(
        "_posts/2013-05-06-welcome.markdown",
        "---\ntitle: W\ndate: 2013-05-06 02:12:52 +0200\ncategories: jekyll update\n"
        "published: true\n---\n\nText.\n",
    )
    assert post.date == dt.datetime(2013, 5, 6, 2, 12, 52)
    assert post.date_zone is not None
    assert post.date_zone.utcoffset(None) == dt.timedelta(hours=2)
    assert [c.slug for c in post.categories] == ["jekyll", "update"]
    assert post.file_slug == "welcome"
    undated = read("_posts/2014-01-02-notes.md", "---\ntitle: N\npublished: false\n---\n\nT.\n")
    assert undated.date == dt.datetime(2014, 1, 2)
    assert undated.draft is True


def test_a_category_string_is_one_label_outside_jekyll() -> None:
    post = read(
        "posts/a.md",
        "---\ntitle: A\ndate: 2024-01-01\ncategories: studio tips\ntags: red ink\n---\n",
    )
    assert post.categories == (Category("studio-tips", "studio tips"),)
    assert post.tags == (Category("red-ink", "red ink"),)


def test_jekyll_tags_are_split_at_spaces_like_its_categories() -> None:
    """Jekyll reads `tags: red ink` as two tags; a list keeps each item whole."""
    post = read("_posts/2013-05-06-a.md", "---\ntitle: A\ntags: red  ink\n---\n")
    assert [t.label for t in post.tags] == ["red", "ink"]
    listed = read("_posts/2013-05-06-b.md", "---\ntitle: B\ntags: [red ink]\n---\n")
    assert [t.label for t in listed.tags] == ["red ink"]


def test_hugo_toml_front_matter() -> None:
    post = read(
        "posts/first.md",
        "+++\ntitle = 'First'\ndate = 2024-01-14T07:07:07+01:00\nlastmod = 2024-01-20\n"
        "summary = 'Sum.'\nimages = ['/img/h.png']\nexpiryDate = 2030-01-01\nslug = 'one'\n+++\n\n"
        "Body.\n",
        {"img/h.png"},
    )
    assert post.title == "First"
    assert post.date == dt.datetime(2024, 1, 14, 7, 7, 7)
    assert post.updated == dt.datetime(2024, 1, 20)
    assert post.description == "Sum."
    assert post.image is not None
    assert post.image.target == "img/h.png"
    assert post.expires == dt.datetime(2030, 1, 1)
    assert post.slug == "one"


def test_bad_toml_is_one_problem_with_its_line() -> None:
    _, problems = read_post("posts/a.md", "+++\ntitle = 'A'\ndate = \n+++\n\nT.\n", set())
    assert next(str(p).split(" (")[0] for p in problems) == (
        "posts/a.md:3: front matter is not valid TOML"
    )


def test_strip_toml() -> None:
    assert strip_toml("+++\ntitle = 'A'\n+++\n\nBody\n") == "\nBody\n"
    assert strip_toml("Body\n+++\nx\n+++\n") == "Body\n+++\nx\n+++\n"


def test_docusaurus_inline_author_and_unlisted() -> None:
    post = read(
        "blog/2021-08-26-welcome/index.md",
        "---\ntitle: W\nauthors:\n  - name: Guest Writer\n    title: Guest\n    "
        "image_url: https://example.com/g.png\nunlisted: true\n---\n\nT.\n",
    )
    assert post.date == dt.datetime(2021, 8, 26)
    assert post.file_slug == "welcome"
    assert post.author_slugs == ("guest-writer",)
    (author,) = post.inline_authors
    assert (author.name, author.title) == ("Guest Writer", "Guest")
    assert post.unlisted is True


@pytest.mark.parametrize(
    ("pattern", "src_uri", "front", "path"),
    [
        (
            "{blog}/{date}/{slug}",
            "blog/posts/x.md",
            "title: Hello World",
            "blog/2024/08/10/hello-world",
        ),
        ("{blog}/{date}/{slug}", "blog/posts/x.md", "title: A\nslug: own", "blog/2024/08/10/own"),
        (
            "{blog}/{date}/{slug}",
            "_posts/2024-08-10-from-file.md",
            "title: T",
            "blog/2024/08/10/from-file",
        ),
        ("{blog}/{file}", "posts/x.md", "title: Hello", "blog/x"),
        (
            "{categories}/{year}/{month}/{day}/{title}",
            "p/a.md",
            "title: A\ncategories: [a, b c]",
            "a/b-c/2024/08/10/a",
        ),
    ],
)
def test_post_path(pattern: str, src_uri: str, front: str, path: str) -> None:
    post = read(src_uri, f"---\n{front}\ndate: 2024-08-10\n---\n\nT.\n")
    assert post_path(pattern, post, "blog", "%Y/%m/%d") == path


def test_post_path_needs_what_the_pattern_names() -> None:
    undated = Post("posts/a.md", "A", None, title_slug="a")
    assert post_path("{blog}/{date}/{slug}", undated, "blog", "%Y/%m/%d") is None
    dated = Post("posts/a.md", "A", dt.datetime(2024, 1, 1), title_slug="a")
    assert post_path("{category}/{slug}", dated, "blog", "%Y") is None


@given(st.sampled_from(["{slug}", "{date}/{slug}", "x/{title}/{file}"]), st.booleans())
def test_dest_and_url_agree(pattern: str, directory: bool) -> None:
    dest, url = dest_of("blog/a", directory)
    assert dest.startswith("blog/a")
    assert url.startswith("blog/a")
    assert post_url_problem(pattern) is None


@pytest.mark.parametrize("pattern", ["", "{when}/{slug}", "{date}", "../{slug}", "{slug"])
def test_bad_post_url(pattern: str) -> None:
    assert post_url_problem(pattern)


def test_redirect_page_escapes() -> None:
    html = redirect_page('../a/"b"/', "<T & U>", "pt_BR")
    assert 'href="../a/&#34;b&#34;/"' in html
    assert "&lt;T &amp; U&gt;" in html
    assert 'lang="pt-BR"' in html


def test_excerpt_marker_wins_and_any_tool_marker_counts() -> None:
    for marker in SEPARATORS:
        excerpt, marked = cut_excerpt(f"<p>One</p>\n<p>Two</p>\n{marker}\n<p>Three</p>", SEPARATORS)
        assert marked
        assert excerpt == "<p>One</p>\n<p>Two</p>"
    assert cut_excerpt("<p>One</p><p>Two</p>", SEPARATORS) == ("<p>One</p>", False)


def test_marked_markdown() -> None:
    assert "<!-- more -->" in marked_markdown("A\n\n{/* truncate */}\n\nB", None)
    assert "<!-- more -->" in marked_markdown("A\n<!--cut-->\nB", "<!--cut-->")
    assert marked_markdown("A truncate B", None) == "A truncate B"


def test_related_links_resolve_or_are_one_problem() -> None:
    post = Post(
        "blog/posts/a.md",
        "A",
        None,
        links=(
            (None, "b.md#x"),
            ("Docs", "blog/posts/c.md"),
            (None, "https://e.org/"),
            (None, "javascript:x"),
            (None, "nope.md"),
        ),
    )
    files = {"blog/posts/b.md", "blog/posts/c.md"}
    links, problems = resolve_links(
        post, files, lambda src: "B title" if src.endswith("b.md") else None
    )
    assert [(link.title, link.src_uri, link.anchor, link.external) for link in links] == [
        ("B title", "blog/posts/b.md", "x", None),
        ("Docs", "blog/posts/c.md", "", None),
        ("https://e.org/", None, "", "https://e.org/"),
    ]
    assert len(problems) == 2
