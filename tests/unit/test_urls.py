"""relative_url, rebase_urls and is_safe_link: every emitted link is relative and safe."""

from __future__ import annotations

from urllib.parse import urljoin

import markdown
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


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<img src='img/a.png'>", "<img src='../posts/x/img/a.png'>", id="single"),
        pytest.param("<img src=img/a.png>", "<img src=../posts/x/img/a.png>", id="unquoted"),
        pytest.param(
            '<img src = "img/a.png" >', '<img src = "../posts/x/img/a.png" >', id="spaces"
        ),
        pytest.param(
            '<img\nsrc\n=\n"img/a.png">', '<img\nsrc\n=\n"../posts/x/img/a.png">', id="newlines"
        ),
        pytest.param('<IMG SRC="img/a.png">', '<IMG SRC="../posts/x/img/a.png">', id="upper"),
        pytest.param('<a HRef="../y/">y</a>', '<a HRef="../posts/y/">y</a>', id="mixed-case"),
        pytest.param(
            '<img alt="x"src="img/a.png">', '<img alt="x"src="../posts/x/img/a.png">', id="no-gap"
        ),
        pytest.param(
            '<img alt="a > b" src="img/a.png">',
            '<img alt="a > b" src="../posts/x/img/a.png">',
            id="gt-in-double-quotes",
        ),
        pytest.param(
            "<img alt='a > b' src=img/a.png>",
            "<img alt='a > b' src=../posts/x/img/a.png>",
            id="gt-in-single-quotes",
        ),
        pytest.param(
            "<img alt='<' src=img/a.png>",
            "<img alt='<' src=../posts/x/img/a.png>",
            id="lt-in-quotes",
        ),
        pytest.param(
            "<img src=img/a.png alt=it's>",
            "<img src=../posts/x/img/a.png alt=it's>",
            id="quote-inside-unquoted",
        ),
        pytest.param(
            '<a href="a.html?x=1&amp;y=2">q</a>',
            '<a href="../posts/x/a.html?x=1&amp;y=2">q</a>',
            id="character-reference-kept",
        ),
        pytest.param(
            "<a href=' ../y/ '>y</a>", "<a href='../posts/y/'>y</a>", id="surrounding-spaces"
        ),
    ],
)
def test_rebase_urls_reads_attributes_as_html_does(html: str, expected: str) -> None:
    assert rebase_urls(html, "posts/x/", "blog/") == expected


def test_rebase_urls_unquoted_value_ends_at_slash_only_with_space() -> None:
    # `<img src=a.png/>`: the unquoted value is "a.png/" (HTML reads no self-closing slash).
    assert rebase_urls("<img src=a.png/>", "posts/x/", "blog/") == "<img src=../posts/x/a.png/>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<img srcset="img/a.png 1x, img/b.png 2x">',
            '<img srcset="../posts/x/img/a.png 1x, ../posts/x/img/b.png 2x">',
            id="densities",
        ),
        pytest.param(
            "<img srcset='img/a.png 480w,img/b.png   800w , ../c.png' sizes='50vw'>",
            "<img srcset='../posts/x/img/a.png 480w,../posts/x/img/b.png   800w , "
            "../posts/c.png' sizes='50vw'>",
            id="widths-odd-spacing-no-descriptor",
        ),
        pytest.param(
            "<img srcset=img/a.png,img/b.png>",
            "<img srcset=../posts/x/img/a.png,img/b.png>",
            id="comma-inside-one-url",
        ),
        pytest.param(
            '<img srcset="img/a.png,, img/b.png 2x,">',
            '<img srcset="../posts/x/img/a.png,, ../posts/x/img/b.png 2x,">',
            id="trailing-commas",
        ),
        pytest.param(
            '<img SrcSet="https://cdn.example/a.png 1x, data:image/png;base64,AAAA 2x, /c.png 3x,'
            ' b.png 4x">',
            '<img SrcSet="https://cdn.example/a.png 1x, data:image/png;base64,AAAA 2x, /c.png 3x,'
            ' ../posts/x/b.png 4x">',
            id="absolute-candidates-kept",
        ),
        pytest.param(
            '<picture><source srcset="a.webp 1x, b.webp 2x" type="image/webp">'
            '<img src="a.png" srcset="a.png 1x"></picture>',
            '<picture><source srcset="../posts/x/a.webp 1x, ../posts/x/b.webp 2x" '
            'type="image/webp"><img src="../posts/x/a.png" srcset="../posts/x/a.png 1x"></picture>',
            id="picture",
        ),
    ],
)
def test_rebase_urls_rewrites_every_srcset_candidate(html: str, expected: str) -> None:
    assert rebase_urls(html, "posts/x/", "blog/") == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<video poster="p.jpg" src="v.mp4"><source src="v.webm"><track src="c.vtt"></video>',
            '<video poster="../posts/x/p.jpg" src="../posts/x/v.mp4"><source '
            'src="../posts/x/v.webm"><track src="../posts/x/c.vtt"></video>',
            id="video",
        ),
        pytest.param(
            '<object data="d.svg"></object><iframe src="f.html"></iframe><embed src="e.pdf">',
            '<object data="../posts/x/d.svg"></object><iframe src="../posts/x/f.html"></iframe>'
            '<embed src="../posts/x/e.pdf">',
            id="embedded",
        ),
        pytest.param(
            '<svg><image href="i.png"/><image xlink:href="j.png"/><a XLINK:HREF="../y/">y</a>'
            "</svg>",
            '<svg><image href="../posts/x/i.png"/><image xlink:href="../posts/x/j.png"/>'
            '<a XLINK:HREF="../posts/y/">y</a></svg>',
            id="svg",
        ),
        pytest.param(
            '<blockquote cite="../src/"><form action="f/"><button formaction="g/">',
            '<blockquote cite="../posts/src/"><form action="../posts/x/f/"><button '
            'formaction="../posts/x/g/">',
            id="cite-and-forms",
        ),
        pytest.param(
            "<area href='../y/'><link href=s.css>",
            "<area href='../posts/y/'><link href=../posts/x/s.css>",
            id="area-and-link",
        ),
    ],
)
def test_rebase_urls_rewrites_other_url_attributes(html: str, expected: str) -> None:
    assert rebase_urls(html, "posts/x/", "blog/") == expected


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<img src='https://example.com/a.png'>", id="single-quoted-absolute"),
        pytest.param("<img src=//cdn.example/a.png>", id="unquoted-protocol-relative"),
        pytest.param("<a href=/abs/>x</a>", id="unquoted-root-relative"),
        pytest.param("<img src='data:image/png;base64,AAAA'>", id="single-quoted-data"),
        pytest.param("<img src=data:image/png;base64,AAAA>", id="unquoted-data"),
        pytest.param("<img srcset='data:image/png;base64,AAAA 1x'>", id="srcset-data"),
        pytest.param('<a href="http://[oops/">x</a>', id="malformed-host"),
        pytest.param('<img usemap="#map">', id="usemap-names-this-page"),
        pytest.param(
            "<img alt='see src=\"img/a.png\"' title=\"href='../y/'\">", id="lookalikes-in-values"
        ),
        pytest.param("<img data-src='img/a.png' data-srcset='a.png 1x'>", id="data-attributes"),
        pytest.param(
            "<p>Write <code>&lt;img src='img/a.png'&gt;</code> or "
            "<code>&lt;img src=img/a.png&gt;</code>.</p>",
            id="escaped-tags-in-code",
        ),
        pytest.param("<p>x <img src=a.png alt='unclosed</p>", id="unclosed-quote-no-tag"),
    ],
)
def test_rebase_urls_leaves_more_absolute_and_non_url_text_alone(html: str) -> None:
    assert rebase_urls(html, "posts/x/", "blog/page/2/") == html


def test_rebase_urls_leaves_a_markdown_email_link_alone() -> None:
    # Markdown hides the `mailto:` scheme of `<me@example.com>` in character references.
    html = markdown.markdown("Write to <me@example.com>.")
    assert 'href="&#109;&#97;' in html
    assert rebase_urls(html, "posts/x/", "blog/") == html


def test_rebase_urls_decodes_character_references_of_relative_urls() -> None:
    html = '<img src="img/&#97;.png"><a href=\'a.html?q="x"&amp;r=1\'>q</a>'
    assert rebase_urls(html, "posts/x/", "blog/") == (
        '<img src="../posts/x/img/a.png"><a href="../posts/x/a.html?q=&quot;x&quot;&amp;r=1">q</a>'
    )


def test_rebase_urls_on_a_long_unclosed_tag_is_fast() -> None:
    # No exponential backtracking: every attribute part is matched whole.
    html = "<img " + "a=b c = 'd' e " * 2000 + 'src="x.png"'
    assert rebase_urls(html, "posts/x/", "blog/") == html


@given(
    site_path,
    site_path,
    st.lists(st.sampled_from(["a", "..", ".", "", "b.png", "c;d", "%20"]), max_size=5).map(
        "/".join
    ),
    st.sampled_from(["", "#f", "?q=1", "?q=1#f"]),
    st.sampled_from(['"', "'", ""]),
)
def test_rebased_urls_resolve_like_urljoin(
    from_page: str, to_page: str, path: str, suffix: str, quote: str
) -> None:
    url = path.lstrip("/") + suffix
    html = f"<img alt=x src={quote}{url}{quote}>"
    rebased = rebase_urls(html, from_page, to_page)
    assert rebased.startswith(f"<img alt=x src={quote}")
    assert rebased.endswith(f"{quote}>")
    new_url = rebased[len(f"<img alt=x src={quote}") : len(rebased) - len(quote) - 1]
    if not url:  # the browser's view of src=>
        return
    expected = urljoin("http://x/" + from_page, url)
    assert urljoin("http://x/" + to_page, new_url) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param('<img src="\x01/images/a.png">', '<img src="/images/a.png">', id="root"),
        pytest.param(
            '<a href="\x1f\\\\cdn.example/x.js\x00">x</a>',
            '<a href="\\\\cdn.example/x.js">x</a>',
            id="protocol-relative",
        ),
        pytest.param(
            '<a href="\x01other/\x02">x</a>', '<a href="../posts/x/other/">x</a>', id="relative"
        ),
    ],
)
def test_rebase_urls_drops_control_characters_around_a_url_as_browsers_do(
    html: str, expected: str
) -> None:
    # A browser strips C0 controls from both ends of a URL: `\x01/images/a.png` is the
    # site's /images/a.png, not a file in the post's folder.
    assert rebase_urls(html, "posts/x/", "blog/") == expected


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("/\\evil.example", id="slash-backslash"),
        pytest.param("\\\\evil.example", id="two-backslashes"),
        pytest.param("\\/evil.example/x", id="backslash-slash"),
        pytest.param("https://\x01", id="no-host-after-trailing-control"),
        pytest.param("mailto:\x00", id="no-address-after-trailing-control"),
    ],
)
def test_unsafe_links_as_a_browser_reads_them(url: str) -> None:
    # A browser reads `\` as `/` (so `/\evil.example` goes to another host) and drops C0
    # controls at both ends (so `https://\x01` names no host).
    assert is_safe_link(url) is False


def test_a_backslash_link_to_a_host_with_a_scheme_is_safe() -> None:
    assert is_safe_link("https:\\\\example.com\\page") is True


@pytest.mark.parametrize(
    "html",
    [
        pytest.param('<a href="\\\\cdn.example/x.js">x</a>', id="protocol-relative"),
        pytest.param('<img src="\\images/a.png">', id="root-relative"),
    ],
)
def test_rebase_urls_reads_a_leading_backslash_as_a_slash(html: str) -> None:
    # `\\cdn.example` is protocol-relative and `\images` root-relative to a browser: the
    # same target from every page, so left alone.
    assert rebase_urls(html, "posts/x/", "blog/") == html


def test_rebase_urls_keeps_a_no_break_space_at_the_end_of_a_url() -> None:
    # Browsers strip only C0 controls and space around a URL: the no-break space is part of
    # the file name.
    html = '<a href="slides\u00a0">slides</a>'
    assert rebase_urls(html, "posts/x/", "blog/") == '<a href="../posts/x/slides\u00a0">slides</a>'


@pytest.mark.parametrize(
    ("url", "target"),
    [
        pytest.param("../../", "", id="home"),
        pytest.param("../../#news", "#news", id="home-fragment"),
        pytest.param("../../?q=1", "?q=1", id="home-query"),
    ],
)
@pytest.mark.parametrize("tag", ["a href", "iframe src"])
def test_rebase_urls_to_the_home_page_for_the_home_page(tag: str, url: str, target: str) -> None:
    # A link from a post to the home page, rebased for the home page itself: never an empty
    # URL, which an iframe or img reads as no URL at all (about:blank, an error).
    element, attribute = tag.split()
    rebased = rebase_urls(f'<{element} {attribute}="{url}">', "posts/x/", "")
    new_url = rebased[len(f'<{element} {attribute}="') : -len('">')]
    assert new_url
    assert urljoin("http://x/", new_url) == "http://x/" + target


def test_rebase_urls_rewrites_every_url_attribute_of_a_tag() -> None:
    # The absolute `src` is left alone; the `srcset` after it is still rewritten.
    html = '<img src="https://cdn.example/a.png" srcset="b.png 2x" alt="b">'
    assert rebase_urls(html, "posts/x/", "blog/") == (
        '<img src="https://cdn.example/a.png" srcset="../posts/x/b.png 2x" alt="b">'
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [("..", "../posts/"), ("images/..", "../posts/x/"), ("a/../..", "../posts/")],
)
def test_rebase_urls_a_path_ending_in_dot_dot_is_a_folder(url: str, expected: str) -> None:
    rebased = rebase_urls(f'<a href="{url}">up</a>', "posts/x/", "blog/")
    assert rebased == f'<a href="{expected}">up</a>'
    assert urljoin("http://x/blog/", expected) == urljoin("http://x/posts/x/", url)
