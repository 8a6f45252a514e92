"""relative_url, rebase_urls and is_safe_link: every emitted link is relative and safe."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_blogposts.urls import is_safe_link, rebase_urls, relative_url


@pytest.mark.parametrize(
    ("target", "base", "expected"),
    [
        # directory URLs
        pytest.param("posts/x/", "posts/y/", "../x/", id="sibling-dir"),
        pytest.param("posts/x/", "", "posts/x/", id="from-home"),
        pytest.param("", "posts/x/", "../../", id="to-home"),
        pytest.param("", "", "./", id="home-to-home"),
        pytest.param("posts/x/", "posts/x/", "./", id="same-page-dir"),
        pytest.param("posts/", "posts/x/", "../", id="parent"),
        pytest.param("posts/x/sub/", "posts/x/", "sub/", id="child"),
        pytest.param("posts/x/images/a.png", "posts/x/", "images/a.png", id="file-below"),
        pytest.param(
            "posts/images/a.png", "blog/page/2/", "../../../posts/images/a.png", id="deep"
        ),
        pytest.param("blog/", "blog/category/design/", "../../", id="listing-up"),
        # .html URLs
        pytest.param("posts/x.html", "posts/y.html", "x.html", id="sibling-html"),
        pytest.param("posts/x.html", "index.html", "posts/x.html", id="html-from-index"),
        pytest.param("index.html", "posts/x.html", "../index.html", id="html-to-index"),
        pytest.param("posts/x.html", "posts/x.html", "x.html", id="same-page-html"),
        pytest.param("", "posts/x.html", "../", id="html-to-root"),
        pytest.param(
            "blog/category/design.html",
            "posts/2021/x.html",
            "../../blog/category/design.html",
            id="html-across",
        ),
        # query and fragment
        pytest.param("posts/x/?q=1#f", "blog/", "../posts/x/?q=1#f", id="query-and-fragment"),
        pytest.param("posts/x/#top", "posts/x/", "./#top", id="same-page-fragment"),
        pytest.param("posts/x.html#top", "posts/x.html", "x.html#top", id="same-html-fragment"),
        pytest.param("search.html?q=a", "posts/x.html", "../search.html?q=a", id="html-query"),
        pytest.param("#frag", "", "./#frag", id="home-fragment-from-home"),
    ],
)
def test_relative_url(target: str, base: str, expected: str) -> None:
    assert relative_url(target, base) == expected
    assert urljoin("http://x/" + base, expected) == "http://x/" + target


POST_HTML = (
    '<p>See <a href="#details">below</a>, <a href="../other/">another post</a> and '
    '<img src="images/a.png" alt="A">.</p>\n'
    '<p><a href="https://example.com/x">ext</a> <a href="http://example.com/">http</a> '
    '<a href="/abs/path/">abs</a> <a href="mailto:me@example.com">mail</a> '
    '<a href="//cdn.example/x.js">proto</a> <img src="https://example.com/b.png" alt="B"></p>'
)
ABSOLUTE_TAIL = (
    '<p><a href="https://example.com/x">ext</a> <a href="http://example.com/">http</a> '
    '<a href="/abs/path/">abs</a> <a href="mailto:me@example.com">mail</a> '
    '<a href="//cdn.example/x.js">proto</a> <img src="https://example.com/b.png" alt="B"></p>'
)


@pytest.mark.parametrize(
    ("to_page", "prefix"),
    [
        pytest.param("blog/", "../posts/", id="blog-index"),
        pytest.param("blog/page/2/", "../../../posts/", id="blog-page-2"),
        pytest.param("blog/category/design/", "../../../posts/", id="category"),
        pytest.param("blog/category/design/page/3/", "../../../../../posts/", id="category-page"),
        pytest.param("", "posts/", id="home"),
        pytest.param("posts/", "", id="posts-folder"),
    ],
)
def test_rebase_urls_from_post_to_listing(to_page: str, prefix: str) -> None:
    rebased = rebase_urls(POST_HTML, "posts/x/", to_page)
    assert rebased == (
        f'<p>See <a href="{prefix}x/#details">below</a>, <a href="{prefix}other/">another post</a>'
        f' and <img src="{prefix}x/images/a.png" alt="A">.</p>\n' + ABSOLUTE_TAIL
    )


def test_rebase_urls_with_html_urls() -> None:
    html = '<a href="#s">s</a><img src="images/a.png"><a href="other.html">o</a>'
    assert rebase_urls(html, "posts/x.html", "blog/page/2.html") == (
        '<a href="../../posts/x.html#s">s</a><img src="../../posts/images/a.png">'
        '<a href="../../posts/other.html">o</a>'
    )


def test_rebase_urls_is_identity_on_the_same_page() -> None:
    assert rebase_urls(POST_HTML, "posts/x/", "posts/x/") == POST_HTML


@pytest.mark.parametrize(
    "html",
    [
        '<a href="https://example.com/a/b">x</a>',
        '<a href="HTTP://EXAMPLE.COM/">x</a>',
        '<a href="/abs/">x</a>',
        '<a href="mailto:a@b.example">x</a>',
        '<a href="//cdn.example/x">x</a>',
        '<img src="data:image/png;base64,xx">',
        '<a data-href="images/a.png">x</a>',
        '<a title="images/a.png">x</a>',
        '<p>href="images/a.png" in text without a leading space</p>',
    ],
)
def test_rebase_urls_leaves_absolute_and_non_url_text_alone(html: str) -> None:
    assert rebase_urls(html, "posts/x/", "blog/page/2/") == html


@pytest.mark.parametrize(
    "url",
    [
        "",
        "posts/x/",
        "../x/",
        "#frag",
        "?q=1",
        "/abs/",
        "images/a.png",
        "http://example.com",
        "https://example.com/path?q=1#f",
        "HTTPS://EXAMPLE.COM/",
        "  https://example.com/  ",
        "mailto:someone@example.com",
        "MAILTO:someone@example.com",
    ],
)
def test_safe_links(url: str) -> None:
    assert is_safe_link(url) is True


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example",
        "//evil.example/path",
        "ftp://example.com/file",
        "tel:+15551234",
        "mailto:",
        "http:no-host",
        "https://",
    ],
)
def test_unsafe_links(url: str) -> None:
    assert is_safe_link(url) is False


segment = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=8)
directory = st.lists(segment, max_size=4).map(lambda parts: "".join(p + "/" for p in parts))
html_page = st.tuples(directory, segment).map(lambda pair: f"{pair[0]}{pair[1]}.html")
site_path = directory | html_page


@given(site_path, site_path, st.sampled_from(["", "#frag", "?q=1", "?q=1#f"]))
def test_relative_url_resolves_back_to_target(target: str, base: str, suffix: str) -> None:
    rel = relative_url(target + suffix, base)
    assert not rel.startswith("/")
    assert urljoin("http://x/" + base, rel) == "http://x/" + target + suffix


@given(site_path, site_path, st.sampled_from(["a.png", "../b/", "#f", "c.html?x=1", ""]))
def test_rebased_urls_point_at_the_same_target(from_page: str, to_page: str, url: str) -> None:
    original = f'<a href="{url}">x</a>'
    rebased = rebase_urls(original, from_page, to_page)
    new_url = rebased[len('<a href="') : -len('">x</a>')]
    expected = urljoin("http://x/" + from_page, url)
    assert urljoin("http://x/" + to_page, new_url) == expected
