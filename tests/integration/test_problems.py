"""Bad input: each problem is exactly one warning naming file, line, value and what is accepted;
the post is still built, and the listings say what the warning says."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tests.conftest import SiteBuilder


@dataclass(frozen=True)
class Case:
    id: str
    front_matter: str
    warnings: tuple[str, ...]
    """Exact warning texts (after the `mkdocs_blogposts: ` prefix)."""
    dated: bool = True
    """Whether the post keeps a date (an undated post is listed after the dated ones)."""


GOOD = {
    "author": "author: michael-scott",
    "categories": 'categories: ["studio tips"]',
    "date": "date: 08/10/2021",
    "featured": "featured: false",
    "title": "title: Broken",
}


def front(**overrides: str | None) -> str:
    """The seed's fields in its order, with some replaced (None drops the line)."""
    lines = [overrides.get(key, line) for key, line in GOOD.items()]
    extra = [value for key, value in overrides.items() if key not in GOOD and value]
    return "\n".join(line for line in [*lines, *extra] if line)


CASES = [
    Case(
        "day-first date",
        front(date="date: 15/10/2023"),
        (
            "posts/bad.md:4: date '15/10/2023' matches none of %m/%d/%Y, %Y-%m-%d (add "
            "'%d/%m/%Y' to date_formats for day-first dates); listed after the dated posts, "
            "without a date",
        ),
        dated=False,
    ),
    Case(
        "impossible date",
        front(date="date: 02/30/2021"),
        (
            "posts/bad.md:4: date '02/30/2021' matches none of %m/%d/%Y, %Y-%m-%d (no such day "
            "in the calendar); listed after the dated posts, without a date",
        ),
        dated=False,
    ),
    Case(
        "garbage date",
        front(date="date: next tuesday"),
        (
            "posts/bad.md:4: date 'next tuesday' matches none of %m/%d/%Y, %Y-%m-%d (write it "
            "like 08/10/2021, 2021-08-10 or Aug 10, 2021); listed after the dated posts, "
            "without a date",
        ),
        dated=False,
    ),
    Case(
        "missing date",
        front(date=None),
        (
            "posts/bad.md: no date (add e.g. 'date: 08/10/2021'); listed after the dated posts, "
            "without a date",
        ),
        dated=False,
    ),
    Case(
        "date of wrong type",
        front(date="date: [2021]"),
        (
            "posts/bad.md:4: date [2021] is a list, expected a date such as 08/10/2021 or "
            "2021-08-10; listed after the dated posts, without a date",
        ),
        dated=False,
    ),
    Case(
        "categories not a list of text",
        front(categories="categories: 42"),
        ("posts/bad.md:3: categories 42 is not a category or a list of them; ignored",),
    ),
    Case(
        "featured maybe",
        front(featured="featured: maybe"),
        ("posts/bad.md:5: featured 'maybe' is not true or false; taken as false",),
    ),
    Case(
        "title a list",
        front(title="title: [a, b]"),
        ("posts/bad.md:6: title ['a', 'b'] is not text; using 'Bad' instead",),
    ),
    Case(
        "author numbers",
        front(author="author: [1, 2]"),
        (
            "posts/bad.md:2: author [1, 2] is not an author slug, a name or "
            "{name, title, url, image_url}, or a list of them; non-text entries ignored",
        ),
    ),
    Case(
        "unknown author",
        front(author="author: dwight"),
        (
            "posts/bad.md:2: author 'dwight' is not in the authors registry; the byline "
            "shows the slug as the name",
        ),
    ),
    Case(
        "image outside docs",
        front(image="image: ../../../etc/passwd"),
        (
            "posts/bad.md:7: image '../../../etc/passwd' points outside the docs folder; "
            "no hero image",
        ),
    ),
    Case(
        "image javascript",
        front(image="image: javascript:alert(1)"),
        (
            "posts/bad.md:7: image 'javascript:alert(1)' is not an http(s) URL or a path "
            "(accepted: https://… URLs, paths relative to the file, or /paths from the docs "
            "folder); no hero image",
        ),
    ),
    Case(
        "image missing",
        front(image="image: ./images/nope.png"),
        (
            "posts/bad.md:7: image './images/nope.png' not found (looked for "
            "posts/images/nope.png in the docs folder); no hero image",
        ),
    ),
    Case(
        "category without letters",
        front(categories='categories: ["!!!", "ok"]'),
        ("posts/bad.md:3: category '!!!' has no letters or digits to make a URL from; skipped",),
    ),
    Case(
        "yaml syntax error",
        front(title="title: [unclosed"),
        (
            "posts/bad.md:7: front matter is not valid YAML (did not find expected ',' or "
            "']'); read as if it had none",
        ),
        dated=False,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_problem_is_one_precise_warning(site: SiteBuilder, case: Case) -> None:
    site.authors_yaml()
    site.write("posts/bad.md", f"---\n{case.front_matter}\n---\n\nBody of the broken post.\n")
    site.post("good.md", title="Good", date="01/01/2020")
    built = site.build(expect=[f"^mkdocs_blogposts: {re.escape(w)}$" for w in case.warnings])
    assert len(built.warnings) == len(case.warnings)
    assert built.exists("posts/bad.md")
    assert "Body of the broken post." in built.soup("posts/bad.md").get_text()
    cards = built.soup("blog/index.md").select(".blogposts-list .blogposts-card")
    titles = [card.select_one(".blogposts-card-title").get_text(strip=True) for card in cards]
    assert len(titles) == 2
    assert "Good" in titles  # no post is ever left off the listings
    if not case.dated:  # after every dated post, shown without a date
        assert titles[0] == "Good"
        assert cards[1].select("time") == []


def test_all_problems_are_listed_in_one_build_and_strict_aborts(site: SiteBuilder) -> None:
    site.authors_yaml()
    for number, case in enumerate(CASES):
        site.write(f"posts/bad{number}.md", f"---\n{case.front_matter}\n---\n\nBody.\n")
    expected = [
        "^mkdocs_blogposts: "
        + re.escape(w.replace("posts/bad.md", f"posts/bad{n}.md").replace("'Bad'", f"'Bad{n}'"))
        + "$"
        for n, case in enumerate(CASES)
        for w in case.warnings
    ]
    built = site.build(expect=expected)
    assert len(built.warnings) == len(expected)
    site.build_fails(
        rf"Aborted with {len(expected)} warnings in strict mode", strict=True, expect=expected
    )


def test_files_without_front_matter_or_text_still_build(site: SiteBuilder) -> None:
    site.write("posts/empty.md", "")
    site.write("posts/only-front.md", "---\ntitle: Only\ndate: 01/01/2020\n---\n")
    site.write("posts/no-front.md", "# A Heading Title\n\nText.\n")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: posts/empty\.md: no title \(add 'title: …' to the front "
            r"matter\); using 'Empty'$",
            r"^mkdocs_blogposts: posts/empty\.md: no date",
            r"^mkdocs_blogposts: posts/no-front\.md: no date",
        ]
    )
    assert len(built.warnings) == 3
    for name in ("empty", "only-front", "no-front"):
        assert built.exists(f"posts/{name}.md")
    assert built.card_titles("blog/index.md") == ["Only", "A Heading Title", "Empty"]


def test_non_utf8_post_is_reported_and_still_built(site: SiteBuilder) -> None:
    site.post("ok.md", title="OK", author=None)
    raw = "---\ntitle: Caf\xe9\ndate: 01/01/2020\n---\n\nCaf\xe9 cr\xe8me.\n".encode("latin-1")
    (site.docs / "posts" / "latin1.md").write_bytes(raw)
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: posts/latin1\.md:2: is not UTF-8 text \(byte 0xe9 at column "
            r"11\); shown with the bad bytes replaced by \ufffd; save the file as UTF-8$"
        ]
    )
    assert "Caf\ufffd cr\ufffdme." in built.soup("posts/latin1.md").get_text()
    assert built.card_titles("blog/index.md") == ["OK", "Caf\ufffd"]


def test_non_utf8_post_with_a_bom_names_the_bad_byte(site: SiteBuilder) -> None:
    raw = b"\xef\xbb\xbf---\r\ntitle: Ol\xc3\xa9 \x93Caf\xe9\x94\r\ndate: 01/01/2020\r\n---\r\n"
    (site.docs / "posts" / "bom.md").parent.mkdir(parents=True, exist_ok=True)
    (site.docs / "posts" / "bom.md").write_bytes(raw)
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: posts/bom\.md:2: is not UTF-8 text \(byte 0x93 at column 12\); "
            r"shown with the bad bytes replaced by \ufffd; save the file as UTF-8$"
        ]
    )
    assert built.card_titles("blog/index.md") == ["Ol\xe9 \ufffdCaf\ufffd"]


def test_non_utf8_registry_is_one_warning_with_its_line(site: SiteBuilder) -> None:
    (site.docs / "authors.yml").write_bytes(b"michael-scott:\n  name: Michael\n  bio: Caf\xe9\n")
    site.post("a.md", title="A")
    site.build(
        expect=[
            r"^mkdocs_blogposts: authors\.yml:3: is not UTF-8 text \(byte 0xe9 at column 11\); "
            r"ignored$",
            r"^mkdocs_blogposts: posts/a\.md:2: author 'michael-scott' is not in the authors",
        ]
    )


def test_two_posts_at_one_url_are_reported(site: SiteBuilder) -> None:
    site.post("x.md", title="X", author=None)
    site.post("x/index.md", title="X again", author=None, date="01/01/2020")
    site.build(
        expect=[
            r"^mkdocs_blogposts: posts/x/index\.md: is published at the same URL \(posts/x/\) "
            r"as posts/x\.md, so one overwrites the other; rename one of them$"
        ]
    )


def test_categories_differing_in_case_or_spacing_are_one(site: SiteBuilder) -> None:
    site.post("a.md", title="A", author=None, categories=["Studio Tips"])
    site.post("b.md", title="B", author=None, categories=["studio  tips"], date="01/01/2020")
    site.post("c.md", title="C", author=None, categories=["studio tips"], date="01/01/2019")
    built = site.build(strict=True)
    items = built.soup("blog/category.md").select(".blogposts-category-index li")
    # "studio  tips" is read as "studio tips", which two posts use against one "Studio Tips".
    assert [li.select_one("a").get_text() for li in items] == ["studio tips"]
    page = "blog/category/studio-tips/index.md"
    assert built.list_titles(page) == ["A", "B", "C"]
    chips = built.soup(page).select(".blogposts-post-list a.blogposts-category")
    assert [chip.get_text(strip=True) for chip in chips] == ["studio tips"] * 3


@pytest.mark.parametrize(
    "dates",
    [("01/01/2020", "01/01/2021"), ("01/01/2021", "01/01/2020")],
    ids=["a-older", "a-newer"],
)
def test_tied_category_label_does_not_depend_on_dates(
    site: SiteBuilder, dates: tuple[str, str]
) -> None:
    site.post("a.md", title="A", author=None, categories=["studio tips"], date=dates[0])
    site.post("b.md", title="B", author=None, categories=["Studio  Tips"], date=dates[1])
    built = site.build(strict=True)
    items = built.soup("blog/category.md").select(".blogposts-category-index li")
    assert [li.select_one("a").get_text() for li in items] == ["Studio Tips"]
    chips = built.soup("posts/a.md").select("a.blogposts-category")
    assert [chip.get_text(strip=True) for chip in chips] == ["Studio Tips"]


def test_labels_that_only_share_a_slug_are_reported(site: SiteBuilder) -> None:
    site.post("a.md", title="A", author=None, categories=["C++"])
    site.post("b.md", title="B", author=None, categories=["C"], date="01/01/2020")
    site.post("c.md", title="C", author=None, categories=["c"], date="01/01/2019")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: posts/a\.md:2: category 'C\+\+' has the same URL slug \('c'\) "
            r"as 'C'; both are listed as 'C' \(rename one to keep them apart\)$"
        ]
    )
    page = "blog/category/c/index.md"
    assert built.list_titles(page) == ["A", "B", "C"]
    chips = built.soup(page).select(".blogposts-post-list a.blogposts-category")
    assert [chip.get_text(strip=True) for chip in chips] == ["C"] * 3


def test_missing_registry_is_one_warning(site: SiteBuilder) -> None:
    site.post("a.md", title="A")
    site.post("b.md", title="B", date="01/01/2020")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: authors\.yml: posts name authors but there is no authors "
            r"registry \(looked for authors\.yml, \.authors\.yml, authors in blog/, posts/ "
            r"and docs_dir\); "
            r"bylines show author slugs$"
        ]
    )
    assert built.soup("posts/a.md").select_one(".blogposts-author-name").get_text() == (
        "michael-scott"
    )


@pytest.mark.parametrize(
    ("registry", "warning"),
    [
        ("michael-scott: [unclosed\n", r"authors\.yml:2: is not valid YAML \(.*\); no authors"),
        ("- a\n- b\n", r"authors\.yml:1: is a list, expected a mapping of author slug"),
        (
            "michael-scott:\n  avatar: x.png\n",
            r"authors\.yml:1: author 'michael-scott' has no name; the slug is shown instead",
        ),
    ],
)
def test_registry_problems_are_warnings(site: SiteBuilder, registry: str, warning: str) -> None:
    site.write("authors.yml", registry)
    site.image("x.png")
    site.post("a.md", title="A")
    extra = [] if "no name" in warning else [r"author 'michael-scott' is not in the authors"]
    site.build(expect=[warning, *extra])


@pytest.mark.parametrize(
    ("override", "failure"),
    [
        ("{% if %}", r"byline\.html:1 failed: TemplateSyntaxError: Expected an expression"),
        ("<p>\n{{ 1 / 0 }}</p>", r"byline\.html:2 failed: ZeroDivisionError: division by zero"),
        (
            "<p>\n\n{{ post.nope.deeper }}</p>",
            r"byline\.html:3 failed: UndefinedError: .* has no attribute 'nope'",
        ),
    ],
    ids=["syntax", "runtime", "undefined"],
)
def test_broken_template_override_is_a_plugin_error_naming_file_and_line(
    site: SiteBuilder, override: str, failure: str
) -> None:
    overrides = site.root / "overrides" / "blogposts"
    overrides.mkdir(parents=True)
    (overrides / "byline.html").write_text(override, encoding="utf-8")
    site.config["theme"] = {"name": "material", "custom_dir": "overrides"}
    site.post("a.md", title="A", author=None)
    site.build_fails(
        "Aborted with a BuildError",
        expect=[
            r"^Error building page 'posts/a\.md':$",
            rf"^blogposts: template {re.escape(str(overrides))}/{failure}",
        ],
    )


def test_template_override_from_custom_dir_wins(site: SiteBuilder) -> None:
    overrides = site.root / "overrides" / "blogposts"
    overrides.mkdir(parents=True)
    (overrides / "hero.html").write_text(
        '<p class="my-hero">{{ post.title }}</p>', encoding="utf-8"
    )
    site.config["theme"] = {"name": "material", "custom_dir": "overrides"}
    site.post("a.md", title="A <b>", author=None, image="./a.png")
    built = site.build(strict=True)
    page = built.soup("posts/a.md")
    assert page.select_one(".my-hero").get_text() == "A <b>"
    assert page.select_one(".blogposts-hero") is None
    assert not (built.site_dir / "blogposts").exists()


def test_profile_symlinked_out_of_the_authors_folder_is_not_read(site: SiteBuilder) -> None:
    secret = site.root / "secret.md"
    secret.write_text("---\nname: Secret Name\n---\n\nSecret bio.\n", encoding="utf-8")
    (site.docs / "authors").mkdir()
    (site.docs / "authors" / "michael-scott.md").write_text("---\nname: Michael\n---\n")
    (site.docs / "authors" / "leak.md").symlink_to(secret)
    site.post("a.md", title="A", author="leak")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: authors/leak\.md: links to a file outside the authors folder",
            r"author 'leak' is not in the authors registry",
        ]
    )
    assert "Secret Name" not in built.soup("posts/a.md").get_text()


def test_an_author_whose_slug_makes_no_page_of_their_own_is_named(site: SiteBuilder) -> None:
    """Two registry slugs with the same URL slug cannot both have a page; nor can a slug
    without letters or digits. Each such author is one warning with the entry's line."""
    site.write(
        "authors.yml",
        """\
        ana:
          name: Ana
        Ana:
          name: Ana Two
        "--":
          name: Dash
        """,
    )
    site.post("a.md", title="A", author=None, extra='authors: [ana, Ana, "--"]')
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: authors\.yml:3: author 'Ana' gets no author page: .*"
            r"bylines link to their url",
            r"^mkdocs_blogposts: authors\.yml:5: author '--' gets no author page: ",
        ]
    )
    assert built.exists("blog/author/ana/index.md")
    names = built.soup("posts/a.md").select(".blogposts-byline a.blogposts-author-name")
    assert [a.get_text() for a in names] == ["Ana"]
