"""Author bios: Markdown with the site's extensions, cleaned of anything that could run."""

from __future__ import annotations

from bs4 import BeautifulSoup

from mkdocs_blogposts.bios import BioRenderer, clean_html, make_bio_renderer
from mkdocs_blogposts.latest import LatestRequest, more_src_uri
from mkdocs_blogposts.listings import Layout


def test_markdown_is_rendered_and_scripts_links_and_handlers_are_dropped() -> None:
    render = make_bio_renderer(["toc", "attr_list"], {})
    html = render(
        "Hi **there** <script>alert(1)</script> [bad](javascript:alert(1)) "
        '[site](../x/) <b onclick="alert(1)">b</b> <img src=x onerror=alert(1)>'
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("strong").get_text() == "there"
    assert soup.find("script") is None
    assert [a.get("href") for a in soup.find_all("a")] == [None, "../x/"]
    assert all(not name.startswith("on") for tag in soup.find_all(True) for name in tag.attrs)


def test_clean_html_keeps_mailto_and_https_links() -> None:
    html = clean_html('<a href="mailto:a@b.c">m</a><a href="https://e.org/">e</a>')
    assert html == '<a href="mailto:a@b.c">m</a><a href="https://e.org/">e</a>'


def test_an_extension_that_fails_outside_a_page_falls_back_once() -> None:
    said: list[str] = []
    render = BioRenderer(["no_such_extension_anywhere"], {}, on_fallback=said.append)
    assert render("*one*") == "<p><em>one</em></p>"
    assert render("*two*") == "<p><em>two</em></p>"
    assert len(said) == 1
    assert "without the site's Markdown extensions" in said[0]


def test_the_converter_is_made_only_when_a_bio_is_shown() -> None:
    said: list[str] = []
    BioRenderer(["no_such_extension_anywhere"], {}, on_fallback=said.append)
    assert said == []


def test_a_blocks_more_link_leads_to_its_listing() -> None:
    layout = Layout(blog_dir="news")
    authors = {"ana": "authors/ana.md"}

    def more(taxonomy: str | None, name: str | None) -> str:
        request = LatestRequest("<!-- -->", taxonomy=taxonomy, name=name)
        return more_src_uri(request, layout, authors, "news/index.md")

    assert more(None, None) == "news/index.md"
    assert more("category", "Studio Tips") == "news/category/studio-tips/index.md"
    assert more("tag", "CSS") == "news/tag/css/index.md"
    assert more("author", "ana") == "authors/ana.md"
    assert more("author", "nobody") == "news/index.md"
