"""Images in an excerpt, however their attributes are written, load on every page that shows
cards: the listings of cards and a latest-posts block. A category's and an author's page are
compact lists, without excerpts and so without their images."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

_ORIGIN = "http://site.invalid/"


def image_urls(built_page: Path, site_dir: Path) -> list[tuple[str, str]]:
    """(page, URL) of every image `src` and every `srcset` candidate on a built page."""
    soup = BeautifulSoup(built_page.read_text(encoding="utf-8"), "html.parser")
    page = built_page.relative_to(site_dir).as_posix()
    urls = []
    for tag in soup.select("img, source"):
        candidates = [tag.get("src")]
        srcset = tag.get("srcset")
        if isinstance(srcset, str):
            candidates += [candidate.split()[0] for candidate in srcset.split(",")]
        urls += [(page, url) for url in candidates if isinstance(url, str)]
    return urls


def resolves(site_dir: Path, page: str, url: str) -> bool:
    """Whether the relative `url` on the built page `page` names a file of the site."""
    target = urljoin(_ORIGIN + page, unquote(urlsplit(url).path))[len(_ORIGIN) :]
    return (site_dir / target).is_file()


def test_excerpt_images_load_on_listing_pages(any_site: SiteBuilder) -> None:
    any_site.authors_yaml()
    for name in ("a", "b"):
        any_site.image(f"posts/img/{name}.png")
    # Raw HTML is not rewritten by MkDocs: written as seen from the post's own built page.
    up = "../../" if any_site.use_directory_urls else "../"
    any_site.post(
        "deep/p.md",
        title="Deep Post",
        author="michael-scott",  # also listed on the author's page, without its excerpt
        date="2021-01-01",
        categories=["Deep"],
        featured=True,  # also shown on the first blog page, in the featured list
        body=(
            f"Pictures <img src='{up}img/a.png' alt=a> <img src={up}img/b.png alt=b>\n"
            f'<img srcset="{up}img/a.png 1x, {up}img/b.png 2x" src="{up}img/a.png" alt=c>.\n\n'
            "Second paragraph.\n"
        ),
    )
    any_site.post(
        "newer.md", title="Newer Post", date="2024-01-01", author=None, categories=["Other"]
    )
    # A block of cards on a page in a deep folder.
    any_site.write("notes/deep/down/latest.md", "# Latest\n\n<!-- blogposts latest count=2 -->\n")
    any_site.blogposts_options(posts_per_page=1)
    built = any_site.build()

    post_page = built.dest("posts/deep/p.md")
    # Every page of cards: the index (in its featured list, then on page 2), the featured
    # page and the page with a latest-posts block, at three folder depths or more in either
    # URL style.
    pages = {
        src_uri: built.dest(src_uri)
        for src_uri in (
            "blog/index.md",
            "blog/page/2.md",
            "blog/featured.md",
            "notes/deep/down/latest.md",
        )
    }
    depths = {page.relative_to(built.site_dir).as_posix().count("/") for page in pages.values()}
    assert len(depths) >= 3, depths
    for src_uri, page in pages.items():
        assert "Pictures" in page.read_text(encoding="utf-8"), f"excerpt missing on {src_uri}"
    # A category's and an author's page are compact lists (the author's under the profile):
    # the post's title, no excerpt and so no images.
    for src_uri in ("blog/category/deep/index.md", "blog/author/michael-scott/index.md"):
        compact = built.dest(src_uri)
        assert built.list_titles(src_uri) == ["Deep Post"], src_uri
        assert "Pictures" not in compact.read_text(encoding="utf-8"), src_uri
        assert built.soup(src_uri).select(".blogposts-excerpt, .blogposts-card") == [], src_uri
        compact_urls = image_urls(compact, built.site_dir)
        assert not any(re.search(r"img/[ab]\.png$", url) for _, url in compact_urls), src_uri
    post_urls = image_urls(post_page, built.site_dir)
    listing_urls = [url for page in pages.values() for url in image_urls(page, built.site_dir)]
    assert len([url for _, url in post_urls if re.search(r"img/[ab]\.png$", url)]) == 5
    assert len([url for _, url in listing_urls if re.search(r"img/[ab]\.png$", url)]) == 20
    broken = [
        f"{page}: {url}"
        for page, url in post_urls + listing_urls
        if not resolves(built.site_dir, page, url)
    ]
    assert broken == []
