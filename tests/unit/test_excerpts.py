"""Excerpts for listing cards, and splitting a post's leading H1 from its body."""

from __future__ import annotations

import markdown
import pytest

from mkdocs_blogposts.excerpts import excerpt_html, split_after_h1

PERMALINK = '<a class="headerlink" href="#{0}" title="Permanent link">&para;</a>'


def heading(level: int, ident: str, text: str) -> str:
    return f'<h{level} id="{ident}">{text}{PERMALINK.format(ident)}</h{level}>'


POST = (
    heading(1, "my-post", "My post")
    + '\n<p>Intro with <strong>bold</strong> and <a href="#details">a link</a>.</p>\n'
    + heading(2, "details", "Details")
    + '\n<p id="custom">Second paragraph.</p>\n'
    + "<!-- more -->\n<p>After the fold.</p>\n"
)


def test_everything_before_more_without_h1_permalinks_and_ids() -> None:
    assert excerpt_html(POST) == (
        '<p>Intro with <strong>bold</strong> and <a href="#details">a link</a>.</p>\n'
        "<h2>Details</h2>\n"
        "<p>Second paragraph.</p>"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<h1>T</h1><p>First.</p><p>Second.</p>", "<p>First.</p>", id="first-paragraph"
        ),
        pytest.param(
            '<p class="lead">Lead\nover two lines.</p><p>x</p>',
            '<p class="lead">Lead\nover two lines.</p>',
            id="attributes-and-newlines",
        ),
        pytest.param(
            '<pre><code>code</code></pre><param name="x"><p>Para.</p>',
            "<p>Para.</p>",
            id="pre-and-param-are-not-paragraphs",
        ),
        pytest.param(
            '<p>See <a id="x" href="#y">y</a><a class="headerlink" href="#z">&para;</a>.</p>',
            '<p>See <a href="#y">y</a>.</p>',
            id="ids-and-headerlinks-in-first-paragraph",
        ),
        pytest.param("<h1>Only a title</h1><ul><li>item</li></ul>", "", id="no-paragraph"),
        pytest.param("", "", id="empty"),
        pytest.param("<h1>T</h1>\n<!-- more -->\n<p>After.</p>", "", id="nothing-before-more"),
        pytest.param(
            "<p>Before.</p>\n<h1>Late H1</h1>\n<!-- more -->",
            "<p>Before.</p>",
            id="first-h1-dropped-even-if-not-leading",
        ),
        pytest.param(
            "<p>Uses <code>&lt;!-- more --&gt;</code>.</p><p>Two.</p>",
            "<p>Uses <code>&lt;!-- more --&gt;</code>.</p>",
            id="escaped-separator-is-text",
        ),
        pytest.param(
            '<p data-id="k">Kept data-id.</p>',
            '<p data-id="k">Kept data-id.</p>',
            id="data-id-kept",
        ),
    ],
)
def test_excerpt_html(html: str, expected: str) -> None:
    assert excerpt_html(html) == expected


def test_custom_separator() -> None:
    html = "<p>One.</p>\n<p>Two.</p>\n<!-- excerpt -->\n<p>Three.</p>\n<!-- more -->"
    assert excerpt_html(html, "<!-- excerpt -->") == "<p>One.</p>\n<p>Two.</p>"
    assert excerpt_html("<p>One.</p><!-- more --><p>Two.</p>", "<!-- cut -->") == "<p>One.</p>"


def test_rendered_markdown() -> None:
    source = (
        "# A Post\n\nThe intro paragraph.\n\n## Why\n\nBecause.\n\n<!-- more -->\n\n"
        "## Later\n\nHidden.\n"
    )
    html = markdown.markdown(
        source, extensions=["toc"], extension_configs={"toc": {"permalink": True}}
    )
    assert excerpt_html(html) == "<p>The intro paragraph.</p>\n<h2>Why</h2>\n<p>Because.</p>"
    assert excerpt_html(html.replace("<!-- more -->", "")) == "<p>The intro paragraph.</p>"


def test_ids_are_removed_from_tags_only() -> None:
    html = markdown.markdown('Wrap it in `<div id="main">` first.\n\nMore.')
    assert html.startswith('<p>Wrap it in <code>&lt;div id="main"&gt;</code> first.</p>')
    assert excerpt_html(html) == '<p>Wrap it in <code>&lt;div id="main"&gt;</code> first.</p>'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p id='a'>x</p>", "<p>x</p>", id="single-quoted"),
        pytest.param("<p id=a>x</p>", "<p>x</p>", id="unquoted"),
        pytest.param('<p ID="a" class="c">x</p>', '<p class="c">x</p>', id="upper-case"),
        pytest.param('<p class="c" id = "a">x</p>', '<p class="c">x</p>', id="spaces"),
        pytest.param('<p class="c"id="a">x</p>', '<p class="c">x</p>', id="no-gap"),
        pytest.param("<p id>x</p>", "<p>x</p>", id="valueless"),
        pytest.param(
            '<p title="a > b" id="a">x</p>', '<p title="a > b">x</p>', id="gt-in-a-value-before"
        ),
        pytest.param(
            "<p title='a id=\"b\"' data-id=c>x</p>",
            "<p title='a id=\"b\"' data-id=c>x</p>",
            id="lookalikes-in-values-kept",
        ),
        pytest.param(
            "<p>Type <code>&lt;p id='a'&gt;</code>.</p>",
            "<p>Type <code>&lt;p id='a'&gt;</code>.</p>",
            id="escaped-tag-kept",
        ),
    ],
)
def test_ids_are_removed_however_written(html: str, expected: str) -> None:
    assert excerpt_html(html) == expected


@pytest.mark.parametrize(
    "permalink",
    [
        pytest.param("<a class='headerlink' href='#a'>&para;</a>", id="single-quoted"),
        pytest.param("<a class=headerlink href=#a>&para;</a>", id="unquoted"),
        pytest.param('<A HREF="#a" CLASS="headerlink">&para;</A>', id="upper-case"),
        pytest.param('<a href="#a" class = "anchor headerlink">#</a >', id="class-list"),
        pytest.param('<a title="a > b" class="headerlink" href="#a">&para;</a>', id="gt-before"),
        pytest.param('<a class="headerlink" href="#a"><svg><path d="M0"/></svg></a>', id="icon"),
    ],
)
def test_heading_permalinks_are_removed_however_written(permalink: str) -> None:
    html = f"<h2>Details{permalink}</h2>\n<p>Text.</p>\n<!-- more -->"
    assert excerpt_html(html) == "<h2>Details</h2>\n<p>Text.</p>"


@pytest.mark.parametrize(
    "link",
    [
        pytest.param('<a class="headerlinks" href="#a">x</a>', id="other-class"),
        pytest.param('<a data-class="headerlink" href="#a">x</a>', id="other-attribute"),
        pytest.param('<a title=\'class="headerlink"\' href="#a">x</a>', id="in-a-value"),
        pytest.param('<abbr class="headerlink">x</abbr>', id="other-element"),
    ],
)
def test_other_links_stay(link: str) -> None:
    html = f"<p>See {link}.</p>"
    assert excerpt_html(html) == html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<h1 id="t">Title</h1>\n<p>Body.</p>',
            ('<h1 id="t">Title</h1>', "\n<p>Body.</p>"),
            id="leading-h1",
        ),
        pytest.param(
            "\n  <h1>Title</h1><p>Body.</p>",
            ("<h1>Title</h1>", "<p>Body.</p>"),
            id="leading-whitespace",
        ),
        pytest.param("<h1>T</h1>", ("<h1>T</h1>", ""), id="only-h1"),
        pytest.param(
            "<p>No title.</p><h1>Late</h1>", ("", "<p>No title.</p><h1>Late</h1>"), id="late"
        ),
        pytest.param("<h2>Sub</h2><p>x</p>", ("", "<h2>Sub</h2><p>x</p>"), id="h2"),
        pytest.param("<h1>Unclosed", ("", "<h1>Unclosed"), id="unclosed"),
        pytest.param("", ("", ""), id="empty"),
    ],
)
def test_split_after_h1(html: str, expected: tuple[str, str]) -> None:
    assert split_after_h1(html) == expected


def test_the_excerpt_ends_at_the_first_more_marker() -> None:
    html = "<p>Teaser.</p>\n<!-- more -->\n<p>Body.</p>\n<!-- more -->\n<p>Appendix.</p>"
    assert excerpt_html(html) == "<p>Teaser.</p>"


def test_only_the_first_h1_above_the_marker_is_dropped() -> None:
    # The first H1 is the post's title, shown by the card; a second one is the post's own.
    html = "<h1>Title</h1>\n<p>Intro.</p>\n<h1>Part one</h1>\n<p>More.</p>\n<!-- more -->"
    assert excerpt_html(html) == "<p>Intro.</p>\n<h1>Part one</h1>\n<p>More.</p>"


def test_split_after_h1_ends_at_the_first_h1() -> None:
    html = "<h1>Title</h1><p>Intro.</p><h1>Part one</h1><p>More.</p>"
    assert split_after_h1(html) == ("<h1>Title</h1>", "<p>Intro.</p><h1>Part one</h1><p>More.</p>")
