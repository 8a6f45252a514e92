"""The example blog in a real browser: Playwright driving Debian's `chromium`, over HTTP,
under a sub-path (`/studio/`), as GitHub Pages serves a project site.

What parsed HTML cannot show: that every image loads, that the byline and hero are above
the fold on a desktop and a phone, that nothing logs an error, and that axe-core finds no
serious or critical accessibility violation in what the plugin renders.

Needs `chromium` (`BLOGPOSTS_CHROMIUM`, default `/usr/bin/chromium`) and axe-core from the
npm registry (`make browser-deps` puts it in `.cache/axe`; `BLOGPOSTS_AXE` names another
`axe.min.js`). Without them the tests fail with what to install: they are part of
`make test`.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

playwright = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).parent.parent.parent
EXAMPLE = ROOT / "example_site"
CHROMIUM = os.environ.get("BLOGPOSTS_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("BLOGPOSTS_AXE", ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SUB_PATH = "studio"

PAGES = {
    "index": "blog/",
    "post": "posts/from-sketchbook-to-screen/",
    "category": "blog/category/design/",
    "tag": "blog/tag/color/",
    "author": "authors/ana-lopez/",
    "archive": "blog/archive/2024/",
    "categories": "blog/category/",
    "authors": "blog/author/",
}
"""The blog's kinds of page in the example site, by their URL below the site's root."""

OURS = "[class^='blogposts'], [class*=' blogposts']"
"""Every element the plugin renders carries a `blogposts-*` class."""


def build_example(
    target: Path, theme: dict[str, Any], options: dict[str, Any] | None = None
) -> None:
    """The example site built strictly into `target/studio/`, with `theme` (and the blog's
    `options`, when given)."""
    project = target / "project"
    shutil.copytree(EXAMPLE, project)
    config_file = project / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    # Nothing from the web (the machine running the tests may have no network but the
    # package registries): no web fonts in Material, no highlight.js in MkDocs' theme.
    if theme.get("name") == "material":
        config["theme"] = {**theme, "font": False}
    else:  # MkDocs' own themes
        config["theme"] = {**theme, "highlightjs": False}
    if options:
        config["plugins"] = [
            {"blogposts": options} if plugin == "blogposts" else plugin
            for plugin in config["plugins"]
        ]
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    mkdocs_config = load_config(str(config_file), strict=True, site_dir=str(target / SUB_PATH))
    mkdocs_config.plugins.on_startup(command="build", dirty=False)
    try:
        build(mkdocs_config)
    finally:
        mkdocs_config.plugins.on_shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: apt-get install chromium (or BLOGPOSTS_CHROMIUM)")
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module", params=["material", "mkdocs", "readthedocs"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The example site in a theme, served over HTTP; the site's root URL."""
    root = tmp_path_factory.mktemp(request.param)
    theme = (
        yaml.safe_load((EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
        if request.param == "material"
        else {"name": request.param}
    )
    build_example(root, theme)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()
    server.server_close()


def open_page(
    browser: Any, url: str, width: int = 1280, height: int = 800
) -> tuple[Any, list[str]]:
    """A new page at `url` after load, and the console errors and failed requests it logs."""
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on(
        "console",
        lambda m: (
            errors.append(f"{m.text} ({m.location.get('url')})") if m.type == "error" else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.on(
        "response", lambda r: errors.append(f"{r.status}: {r.url}") if r.status >= 400 else None
    )
    response = page.goto(url, wait_until="load")
    assert response is not None
    assert response.ok, f"{url}: HTTP {response.status}"
    return page, errors


def not_material_prefetch(errors: list[str]) -> list[str]:
    """`errors` without Material's own: its bundle takes every `<link rel="alternate">` for
    a language version of the site, feeds too, and fetches `sitemap.xml` next to it (a 404
    it catches, which the browser logs). Any feed discovery link does that, ours or
    mkdocs-rss-plugin's; the site root's own `sitemap.xml` exists."""
    return [error for error in errors if "/sitemap.xml" not in error]


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_image_loads_and_nothing_logs_an_error(browser: Any, served: str, kind: str) -> None:
    page, errors = open_page(browser, served + PAGES[kind])
    broken = page.evaluate(
        "[...document.images].filter(i => i.complete && i.naturalWidth === 0)"
        ".map(i => i.currentSrc || i.src)"
    )
    page.close()
    assert broken == []
    assert not_material_prefetch(errors) == []


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_byline_and_hero_are_above_the_fold(
    browser: Any, served: str, width: int, height: int
) -> None:
    page, _ = open_page(browser, served + PAGES["post"], width, height)
    for selector in (".blogposts-byline", ".blogposts-hero img"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None, selector
        assert box["y"] < height, f"{selector} starts at {box['y']}px, below the fold"
        assert box["width"] > 0
    page.close()


def test_the_hero_box_is_reserved_before_its_image_loads(browser: Any, served: str) -> None:
    """Nothing shifts as the post loads: with its images held back, the hero already takes
    the height its width and height give it at the page's width."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.route("**/*.png", lambda route: None)  # never answered: the images stay loading
    page.goto(served + PAGES["post"], wait_until="domcontentloaded")
    hero = page.locator(".blogposts-hero img")
    width, height = int(hero.get_attribute("width")), int(hero.get_attribute("height"))
    box = hero.bounding_box()
    page.close()
    assert box is not None
    assert box["height"] == pytest.approx(box["width"] * height / width, abs=2)


@pytest.mark.parametrize("kind", ["post", "category"])
def test_chips_are_big_enough_to_tap(browser: Any, served: str, kind: str) -> None:
    """Category and tag chips are at least 24 px tall (WCAG 2.2's target size)."""
    page, _ = open_page(browser, served + PAGES[kind], 390, 844)
    heights = page.evaluate(
        "[...document.querySelectorAll('a.blogposts-category, a.blogposts-tag')]"
        ".map(a => a.getBoundingClientRect().height)"
    )
    page.close()
    assert heights
    assert min(heights) >= 24


def test_card_images_keep_their_shape(browser: Any, served: str) -> None:
    """A card's image is a 1200:630 banner in every theme, whatever size its file is."""
    page, _ = open_page(browser, served + PAGES["index"])
    ratios = page.evaluate(
        "[...document.querySelectorAll('.blogposts-card-image img')]"
        ".map(i => i.getBoundingClientRect()).map(r => r.width / r.height)"
    )
    page.close()
    assert ratios
    assert all(ratio == pytest.approx(1200 / 630, rel=0.02) for ratio in ratios)


def test_featured_cards_fill_their_row(browser: Any, served: str) -> None:
    """The featured posts share the row's width: no empty column beside them."""
    page, _ = open_page(browser, served + PAGES["index"])
    row = page.evaluate(
        """() => {
            const grid = document.querySelector('.blogposts-featured .blogposts-grid');
            if (!grid) return null;
            const cards = [...grid.children].map(c => c.getBoundingClientRect());
            const top = cards[0].top;
            const first = cards.filter(c => Math.abs(c.top - top) < 1);
            return [grid.getBoundingClientRect().right, Math.max(...first.map(c => c.right))];
        }"""
    )
    page.close()
    assert row is not None
    grid_right, last_card_right = row
    assert last_card_right == pytest.approx(grid_right, abs=2)


def test_the_index_is_a_grid_of_cards_filling_the_width(
    browser: Any, served: str, request: pytest.FixtureRequest
) -> None:
    """On a desktop the index's cards stand side by side across the content's width (no
    empty sidebar or contents column beside them); on a phone, one to a row."""
    script = """() => {
        const list = document.querySelector('.blogposts-list');
        const cards = [...list.children].map(c => c.getBoundingClientRect());
        const top = cards[0].top;
        const row = cards.filter(c => Math.abs(c.top - top) < 1);
        const box = list.getBoundingClientRect();
        return [row.length, box.width, window.innerWidth,
                Math.max(...row.map(c => c.right)) - box.right];
    }"""
    page, _ = open_page(browser, served + PAGES["index"])
    columns, width, viewport, overhang = page.evaluate(script)
    page.close()
    assert columns >= 2
    assert overhang == pytest.approx(0, abs=2)  # the row reaches the grid's end
    if request.node.callspec.params["served"] != "readthedocs":  # its nav column stays
        assert width > 0.7 * viewport  # no empty column of the theme's beside the cards
    page, _ = open_page(browser, served + PAGES["index"], 390, 844)
    columns, *_ = page.evaluate(script)
    page.close()
    assert columns == 1


def test_on_a_phone_the_first_ordinary_post_is_on_the_first_screen(
    browser: Any, served: str
) -> None:
    """The featured posts are compact on a phone (image beside title, no excerpt), so they
    don't push the rest of the blog below the fold."""
    page, _ = open_page(browser, served + PAGES["index"], 390, 844)
    first = page.locator(".blogposts-list .blogposts-card").first.bounding_box()
    page.close()
    assert first is not None
    assert first["y"] < 844


def test_overviews_fill_their_page(browser: Any, served: str) -> None:
    """The categories overview is a grid of entries, each with its count and newest post,
    side by side on a desktop rather than a column of small chips."""
    page, _ = open_page(browser, served + "blog/category/")
    entries = page.evaluate(
        """[...document.querySelectorAll('.blogposts-category-entry')].map(e => [
            e.getBoundingClientRect().top, e.getBoundingClientRect().width,
            !!e.querySelector('.blogposts-count'),
            !!e.querySelector('.blogposts-category-entry-newest a')])"""
    )
    page.close()
    assert len(entries) == 3
    assert len({round(top) for top, *_ in entries}) < 3  # side by side
    assert all(count and newest for _, _, count, newest in entries)


CONTENT = "article.md-content__inner, [role='main'], .rst-content [role='main']"
"""The page's content in each theme (Material, mkdocs, readthedocs)."""


@pytest.mark.parametrize("kind", list(PAGES))
def test_headings_are_in_order(browser: Any, served: str, kind: str) -> None:
    """One H1, then no level skipped on the way down: a screen reader's outline of the page
    (the byline, cards, overviews, post footer) has no holes."""
    page, _ = open_page(browser, served + PAGES[kind])
    levels = page.evaluate(
        f"""[...document.querySelector("{CONTENT}").querySelectorAll('h1,h2,h3,h4,h5,h6')]
            .filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))"""
    )
    page.close()
    assert levels[0] == 1, levels
    assert levels.count(1) == 1, levels
    skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert skips == [], levels


LINKS = [
    # (page, link, where it must lead)
    ("index", ".blogposts-tabs a >> text=Categories", "blog/category/"),
    ("index", ".blogposts-tabs a >> text=Tags", "blog/tag/"),
    ("index", ".blogposts-tabs a >> text=Authors", "blog/author/"),
    ("index", ".blogposts-tabs a >> text=Archive", "blog/archive/"),
    ("index", ".blogposts-all-featured a", "blog/featured/"),
    ("post", ".blogposts-byline a.blogposts-author-name", PAGES["author"]),
    ("post", ".blogposts-post-header a.blogposts-category", PAGES["category"]),
    ("post", ".blogposts-tags a.blogposts-tag", "blog/tag/illustration/"),
    ("categories", ".blogposts-category-entry-title a >> nth=0", PAGES["category"]),
    ("category", ".blogposts-tabs a >> text=Blog", "blog/"),
    ("archive", ".blogposts-post-list-title >> nth=0", None),
]
"""Links a reader follows: each is clicked in the browser; None: any post (a page with a
byline)."""


@pytest.mark.parametrize(("kind", "link", "destination"), LINKS)
def test_links_lead_where_they_say(
    browser: Any, served: str, kind: str, link: str, destination: str | None
) -> None:
    # Leaving a page cancels what it still loads (the theme's search index): not an error
    # here; each page's own errors are `test_every_image_loads_and_nothing_logs_an_error`'s.
    page, _ = open_page(browser, served + PAGES[kind])
    with page.expect_navigation(wait_until="load"):
        page.locator(link).first.click()
    url = page.url
    has_byline = page.locator(".blogposts-byline").count() > 0
    page.close()
    if destination is None:
        assert has_byline, url
    else:
        assert url == served + destination


def test_pagination_leads_through_the_index(
    browser: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """With 4 posts a page, the example's index has 3 pages: "Older", a page number and
    "Newer" lead to the right page, which marks itself current; every post is on one, and
    none twice on a page (a featured post stands out on the first page and keeps its place
    on a later one)."""
    root = tmp_path_factory.mktemp("paged")
    theme = yaml.safe_load((EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    build_example(root, theme, {"posts_per_page": 4})
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    try:
        page, _ = open_page(browser, base + "blog/")
        pages = [page.locator(".blogposts-listing .blogposts-card-title").all_inner_texts()]
        for link, expected in [
            (".blogposts-page-next", "blog/page/2/"),
            (".blogposts-page-next", "blog/page/3/"),
            (".blogposts-page-previous", "blog/page/2/"),
            (".blogposts-pages a >> text=1", "blog/"),
            (".blogposts-pages a >> text=3", "blog/page/3/"),
        ]:
            with page.expect_navigation(wait_until="load"):
                page.locator(link).first.click()
            assert page.url == base + expected, link
            current = page.locator(".blogposts-page[aria-current='page']").inner_text()
            assert current == ("1" if expected == "blog/" else expected.split("/")[-2])
            if link == ".blogposts-page-next":
                pages.append(
                    page.locator(".blogposts-listing .blogposts-card-title").all_inner_texts()
                )
        page.close()
    finally:
        server.shutdown()
        server.server_close()
    assert [len(set(titles)) for titles in pages] == [len(titles) for titles in pages]
    assert len({title for titles in pages for title in titles}) == 12  # the example's posts


@pytest.mark.parametrize("kind", list(PAGES))
def test_images_on_the_first_screen_load_at_once(browser: Any, served: str, kind: str) -> None:
    """An image of ours the reader sees without scrolling (hero, byline avatars, featured
    cards, the first row of cards, the first authors) is not lazy-loaded: lazy loading there
    only delays it."""
    page, _ = open_page(browser, served + PAGES[kind])
    lazy = page.evaluate(
        f"""[...new Set([...document.querySelectorAll("{OURS}")]
                .flatMap(e => [...e.querySelectorAll('img')]))]
            .filter(i => i.getBoundingClientRect().top < window.innerHeight
                      && i.getBoundingClientRect().height > 0 && i.loading === 'lazy')
            .map(i => i.getAttribute('src'))"""
    )
    page.close()
    assert lazy == []


def test_excerpts_are_cut_to_four_lines(browser: Any, served: str) -> None:
    """`excerpt_lines` (4 by default): no card's excerpt is taller than four lines."""
    page, _ = open_page(browser, served + PAGES["index"], 390, 844)
    lines = page.evaluate(
        """[...document.querySelectorAll('.blogposts-excerpt--clamped')].map(e => {
            const style = getComputedStyle(e.querySelector('p') || e);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
            return e.getBoundingClientRect().height / line;
        })"""
    )
    page.close()
    assert lines
    assert max(lines) <= 4.5  # line boxes round; an uncut excerpt here is 6 lines or more


def axe_violations(page: Any, inject: bool = True) -> list[str]:
    """axe-core's serious and critical violations in the plugin's elements of `page`."""
    if not AXE.is_file():
        pytest.fail(f"axe-core not found at {AXE}: run `make browser-deps` (npm install axe-core)")
    if inject:
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    results = page.evaluate(
        """async (ours) => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            // Ours: our elements and what they hold, except the post's own text in an
            // excerpt, which the theme styles as it styles the post (its `code`, say).
            const mine = (node) => {
                const element = document.querySelector(node.target.join(' '));
                if (element === null || element.closest(ours) === null) return false;
                const excerpt = element.closest('.blogposts-excerpt');
                return excerpt === null || element === excerpt || element.matches(ours);
            };
            return r.violations
              .filter(v => ['serious', 'critical'].includes(v.impact))
              .map(v => [v, v.nodes.filter(mine)])
              .filter(([v, nodes]) => nodes.length > 0)
              .map(([v, nodes]) => `${v.id}: ${nodes.length} (${nodes[0].target.join(' ')}): `
                   + `${v.help}; ${(nodes[0].failureSummary || '').split('\\n')[1] || ''}`);
        }""",
        OURS,
    )
    return list(results)


@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_nothing_serious_in_what_the_plugin_renders(
    browser: Any, served: str, kind: str
) -> None:
    """In each colour scheme the theme has: Material's light and dark palettes, MkDocs'
    theme's light and dark colour modes (`color_mode`), readthedocs' one."""
    page, _ = open_page(browser, served + PAGES[kind])
    violations = {"default": axe_violations(page)}
    if page.locator("[data-md-color-scheme]").count():
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        page.wait_for_timeout(400)  # Material eases colours over 0.25 s
        violations["slate"] = axe_violations(page, inject=False)
    elif page.locator("html[data-bs-theme]").count():
        page.evaluate("document.documentElement.setAttribute('data-bs-theme', 'dark')")
        page.wait_for_timeout(100)
        violations["dark"] = axe_violations(page, inject=False)
    page.close()
    assert violations == {scheme: [] for scheme in violations}


SCREENSHOTS = {
    "index": ("blog/", (1280, 800)),
    "index-phone": ("blog/", (390, 844)),
    "post": (PAGES["post"], (1280, 800)),
    "post-phone": (PAGES["post"], (390, 844)),
    "category": (PAGES["category"], (1280, 800)),
    "author": (PAGES["author"], (1280, 800)),
}
"""Name -> (page, viewport) of the screenshots each theme gets."""

README_SET = {
    "material-index",
    "material-post",
    "material-dark-post",
    "material-post-phone",
    "material-category",
    "material-author",
    "material-index-phone",
    "readthedocs-index",
    "mkdocs-index",
    "mkdocs-post",
    "mkdocs-dark-index",
}
"""The screenshots `make screenshots` keeps for the README (a few hundred KB in all)."""


def test_screenshots(
    browser: Any, served: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Screenshots of the blog's pages in this theme (and Material's dark palette), as
    JPEG, into a temporary folder; with `BLOGPOSTS_SCREENSHOTS` set, the README's set is
    copied there too (`make screenshots`). Each must show the page: not blank."""
    keep = os.environ.get("BLOGPOSTS_SCREENSHOTS")
    folder = tmp_path
    theme = request.node.callspec.params["served"]
    for name, (path, (width, height)) in SCREENSHOTS.items():
        page, _ = open_page(browser, served + path, width, height)
        schemes = ["default"]
        if page.locator("[data-md-color-scheme]").count():
            schemes.append("slate")
        elif page.locator("html[data-bs-theme]").count():
            schemes.append("dark")
        for scheme in schemes:
            if scheme == "slate":
                page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
                page.wait_for_timeout(400)
            elif scheme == "dark":  # MkDocs' theme with `color_mode: dark`
                page.evaluate("document.documentElement.setAttribute('data-bs-theme', 'dark')")
                page.wait_for_timeout(100)
            suffix = "" if scheme == "default" else "-dark"
            target = folder / f"{theme}{suffix}-{name}.jpg"
            page.screenshot(path=str(target), type="jpeg", quality=60)
            assert target.stat().st_size > 5_000, f"{target.name} looks blank"
            if keep and target.stem in README_SET:
                Path(keep).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(target, Path(keep) / target.name)
        page.close()
