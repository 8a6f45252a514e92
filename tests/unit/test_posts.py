"""read_post: front matter to `Post`, every mistake a `Problem` with file and line."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from mkdocs_blogposts.model import Category, ImageRef, Post
from mkdocs_blogposts.posts import PostSettings, read_post, reading_minutes, split_front_matter

SEED_SRC = "posts/ai-generated-artwork.md"
SEED_POST = """\
---
author: michael-scott
categories: ["studio tips"]
date: 08/10/2021
featured: false
image: ./images/AI-artwork.png
title: Unlocking Creative Potential with AI-Generated Artwork
---

AI-generated artwork has moved from a curiosity to a tool that many studios keep
within reach. Used well, it can break a creative block in minutes.

We use it for mood boards, quick variations on a composition, and for showing a
client three directions before anyone opens a real design file.

It does not replace the hand of the artist; it gives that hand more to react to.
"""


CONTROL_WORD = "control" if yaml.__with_libyaml__ else "special"
"""How PyYAML names a character its reader refuses: libyaml's word, else the pure-Python one."""


def test_seed_post_reads_exactly() -> None:
    post, problems = read_post(
        SEED_SRC, SEED_POST, {"posts/images/AI-artwork.png"}, known_authors={"michael-scott"}
    )
    assert problems == []
    assert post == Post(
        src_uri=SEED_SRC,
        title="Unlocking Creative Potential with AI-Generated Artwork",
        date=dt.datetime(2021, 8, 10),
        author_slugs=("michael-scott",),
        categories=(Category("studio-tips", "studio tips"),),
        featured=False,
        image=ImageRef("posts/images/AI-artwork.png", external=False),
        image_alt=None,
        description=None,
        reading_minutes=1,
        file_slug="ai-generated-artwork",
        title_slug="unlocking-creative-potential-with-ai-generated-artwork",
    )
    assert (post.tags, post.tags_line) == ((), None)


def test_seed_post_without_registry_does_not_check_authors() -> None:
    post, problems = read_post(SEED_SRC, SEED_POST, {"posts/images/AI-artwork.png"})
    assert problems == []
    assert post.author_slugs == ("michael-scott",)


def test_seed_post_with_day_first_formats() -> None:
    settings = PostSettings(date_formats=("%d/%m/%Y",))
    post, problems = read_post(
        SEED_SRC, SEED_POST, {"posts/images/AI-artwork.png"}, settings=settings
    )
    assert problems == []
    assert post.date == dt.datetime(2021, 10, 8)


SRC = "posts/studio-notes.md"
DOCS_FILES = frozenset({"posts/images/a.png", "images/b.png", "posts/studio-notes.md"})
KNOWN = frozenset({"michael-scott", "ana-lopez", "a", "b", "c"})
NOT_URL = (
    "is not an http(s) URL or a path (accepted: https://… URLs, paths relative to the file, "
    "or /paths from the docs folder)"
)
NO_DATE = "no date (add e.g. 'date: 08/10/2021'); listed after the dated posts, without a date"
NO_TITLE = "no title (add 'title: …' to the front matter); using 'Studio notes'"


def front(*lines: str, body: str = "\nSome body text.\n") -> str:
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body


def read(text: str) -> tuple[Post, list[str]]:
    post, problems = read_post(SRC, text, DOCS_FILES, KNOWN)
    return post, [str(problem) for problem in problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            front("title: [a, b]", "date: 08/10/2021"),
            [f"{SRC}:2: title ['a', 'b'] is not text; using 'Studio notes' instead"],
            id="title-list",
        ),
        pytest.param(
            front("date: 08/10/2021", "title: [a, b]", body="\n# From The Body\n"),
            [f"{SRC}:3: title ['a', 'b'] is not text; using 'From The Body' instead"],
            id="title-list-falls-back-to-h1",
        ),
        pytest.param(
            front("title: true", "date: 08/10/2021"),
            [f"{SRC}:2: title True is not text; using 'Studio notes' instead"],
            id="title-bool",
        ),
        pytest.param(
            front("title: [[[[1]]]]", "date: 08/10/2021"),
            [f"{SRC}:2: title [[...]] is not text; using 'Studio notes' instead"],
            id="title-deeply-nested-is-shown-short",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "categories: 42"),
            [f"{SRC}:4: categories 42 is not a category or a list of them; ignored"],
            id="categories-int",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "categories: [design, 42, '']"),
            [
                f"{SRC}:4: categories ['design', 42, ''] is not a category or a list of them; "
                "non-text entries ignored"
            ],
            id="categories-list-with-non-text",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", 'categories: ["!!!", design]'),
            [f"{SRC}:4: category '!!!' has no letters or digits to make a URL from; skipped"],
            id="category-without-letters",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", 'categories: ["C++", c, C]'),
            [
                f"{SRC}:4: category 'c' has the same URL slug ('c') as 'C++' in this post; "
                "skipped (rename one to keep them apart)"
            ],
            id="categories-sharing-a-slug-in-one-post",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "tags: 42"),
            [f"{SRC}:4: tags 42 is not a tag or a list of them; ignored"],
            id="tags-int",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "tags: {python: 3}"),
            [f"{SRC}:4: tags {{'python': 3}} is not a tag or a list of them; ignored"],
            id="tags-mapping",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "tags: [python, 42, '', null]"),
            [
                f"{SRC}:4: tags ['python', 42, '', None] is not a tag or a list of them; "
                "non-text entries ignored"
            ],
            id="tags-list-with-non-text",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", 'tags: ["???", python]'),
            [f"{SRC}:4: tag '???' has no letters or digits to make a URL from; skipped"],
            id="tag-without-letters",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", 'tags: ["C#", c, C]'),
            [
                f"{SRC}:4: tag 'c' has the same URL slug ('c') as 'C#' in this post; "
                "skipped (rename one to keep them apart)"
            ],
            id="tags-sharing-a-slug-in-one-post",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "categories: 7", "tags: [x, [y]]"),
            [
                f"{SRC}:4: categories 7 is not a category or a list of them; ignored",
                f"{SRC}:5: tags ['x', [...]] is not a tag or a list of them; "
                "non-text entries ignored",
            ],
            id="categories-and-tags-each-on-their-line",
        ),
        pytest.param(
            front("title: T", "author: [1, 2]", "date: 08/10/2021"),
            [
                f"{SRC}:3: author [1, 2] is not an author slug, a name or "
                "{name, title, url, image_url}, or a list of them; non-text entries ignored"
            ],
            id="author-list-of-ints",
        ),
        pytest.param(
            front("title: T", "author: [{name: x}, 42]", "date: 08/10/2021"),
            [
                f"{SRC}:3: author [{{...}}, 42] is not an author slug, a name or "
                "{name, title, url, image_url}, or a list of them; non-text entries ignored"
            ],
            id="author-mapping-and-int",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "author: dwight"),
            [
                f"{SRC}:4: author 'dwight' is not in the authors registry; "
                "the byline shows the slug as the name"
            ],
            id="unknown-author",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "authors: [a, dwight]"),
            [
                f"{SRC}:4: author 'dwight' is not in the authors registry; "
                "the byline shows the slug as the name"
            ],
            id="unknown-author-in-authors-list",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "featured: maybe"),
            [f"{SRC}:4: featured 'maybe' is not true or false; taken as false"],
            id="featured-maybe",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", 'featured: "true"'),
            [f"{SRC}:4: featured 'true' is not true or false; taken as false"],
            id="featured-quoted-string",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "featured: 1"),
            [f"{SRC}:4: featured 1 is not true or false; taken as false"],
            id="featured-int",
        ),
        pytest.param(front("title: T"), [f"{SRC}: {NO_DATE}"], id="date-missing"),
        pytest.param(front("title: T", "date:"), [f"{SRC}:3: {NO_DATE}"], id="date-empty"),
        pytest.param(
            front("title: T", "date: 15/10/2023"),
            [
                f"{SRC}:3: date '15/10/2023' matches none of %m/%d/%Y, %Y-%m-%d (add '%d/%m/%Y' "
                "to date_formats for day-first dates); listed after the dated posts, without a date"
            ],
            id="date-day-first",
        ),
        pytest.param(
            front("title: T", "date: 02/30/2021"),
            [
                f"{SRC}:3: date '02/30/2021' matches none of %m/%d/%Y, %Y-%m-%d (no such day in "
                "the calendar); listed after the dated posts, without a date"
            ],
            id="date-impossible",
        ),
        pytest.param(
            front("title: T", "date: 20211008"),
            [
                f"{SRC}:3: date 20211008 is an int, expected a date such as 08/10/2021 or "
                "2021-08-10; listed after the dated posts, without a date"
            ],
            id="date-int",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "image: ../../secret.png"),
            [f"{SRC}:4: image '../../secret.png' points outside the docs folder; no hero image"],
            id="image-outside-docs",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "image: ./images/missing.png"),
            [
                f"{SRC}:4: image './images/missing.png' not found (looked for "
                "posts/images/missing.png in the docs folder); no hero image"
            ],
            id="image-missing",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "image: javascript:alert(1)"),
            [f"{SRC}:4: image 'javascript:alert(1)' {NOT_URL}; no hero image"],
            id="image-javascript",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "image: 42"),
            [f"{SRC}:4: image 42 is not a path or URL (or {{src, alt}}); no hero image"],
            id="image-int",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "description: 42", "image_alt: [x]"),
            [
                f"{SRC}:5: image_alt ['x'] is not text; ignored",
                f"{SRC}:4: description 42 is not text; ignored",
            ],
            id="optional-text-not-text",
        ),
        pytest.param(
            front("title: T", "date: !!python/object:os.system ls"),
            [
                f"{SRC}:3: front matter is not valid YAML (could not determine a constructor for "
                "the tag 'tag:yaml.org,2002:python/object:os.system'); read as if it had none"
            ],
            id="yaml-python-tag-refused",
        ),
        pytest.param(
            front("- title: T", "- date: 08/10/2021"),
            [f"{SRC}:1: front matter is a list, expected 'key: value' lines; ignored"],
            id="front-matter-list",
        ),
        pytest.param(
            front("just some words"),
            [f"{SRC}:1: front matter is a str, expected 'key: value' lines; ignored"],
            id="front-matter-scalar",
        ),
        pytest.param(
            "---\ntitle: T\ndate: 08/10/2021\n\nThe body, but no closing line.\n",
            [f"{SRC}:1: front matter starts with '---' but is never closed"],
            id="front-matter-unclosed",
        ),
        pytest.param(
            "# Hello World\n\nNo front matter here.\n",
            [f"{SRC}: {NO_DATE}"],
            id="no-front-matter-with-h1",
        ),
        pytest.param(
            "Just a paragraph.\n\n## Only an H2\n",
            [f"{SRC}: {NO_TITLE}", f"{SRC}: {NO_DATE}"],
            id="no-front-matter-no-h1",
        ),
        pytest.param(
            "---\n---\nJust a paragraph.\n",
            [f"{SRC}: {NO_TITLE}", f"{SRC}: {NO_DATE}"],
            id="empty-front-matter",
        ),
        pytest.param(
            front("title:", "date: 08/10/2021"),
            [f"{SRC}:2: {NO_TITLE}"],
            id="title-empty-no-h1",
        ),
    ],
)
def test_problems(text: str, expected: list[str]) -> None:
    _, problems = read(text)
    assert problems == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(front("title: x: y", "date: 08/10/2021"), "Studio notes", id="bad-yaml"),
        pytest.param(
            front("title: x: y", body="\n# Body Title\n"), "Body Title", id="bad-yaml-with-h1"
        ),
        pytest.param(front("- a"), "Studio notes", id="list"),
        pytest.param("---\ntitle: T\n\n# Heading\n", "Heading", id="unclosed-uses-h1"),
        pytest.param("# Hello World\n\nText.\n", "Hello World", id="no-front-matter-h1"),
        pytest.param("Intro.\n\n# Later H1 #\n", "Later H1", id="h1-anywhere-closing-hashes"),
        pytest.param("#NoSpace\n\nText.\n", "Studio notes", id="not-a-heading"),
        pytest.param(front("title: '  Spaced  '"), "Spaced", id="stripped"),
        pytest.param(front("title: 2024"), "2024", id="int-title"),
        pytest.param(front("title: 3.5"), "3.5", id="float-title"),
        pytest.param(front("title:", body="\n# From H1\n"), "From H1", id="null-title-uses-h1"),
    ],
)
def test_title_fallbacks(text: str, title: str) -> None:
    post, _ = read(text)
    assert post.title == title


# PyYAML's messages differ between its C (libyaml) and pure-Python loaders: accept either.
@pytest.mark.parametrize(
    ("text", "line", "reasons"),
    [
        pytest.param(
            front("title: x: y", "date: 08/10/2021"),
            2,
            (
                "mapping values are not allowed in this context",
                "mapping values are not allowed here",
            ),
            id="mapping-in-plain-scalar",
        ),
        pytest.param(
            front("title: T", "date: 08/10/2021", "categories:", "  - a", " - b"),
            6,
            (
                "did not find expected key",
                "expected <block end>, but found '<block sequence start>'",
            ),
            id="bad-indent",
        ),
        pytest.param(
            front("title: 'unterminated", "date: 08/10/2021"),
            4,
            ("found unexpected end of stream",),
            id="unterminated-quote",
        ),
    ],
)
def test_yaml_syntax_error_is_one_problem(text: str, line: int, reasons: tuple[str, ...]) -> None:
    post, problems = read(text)
    assert problems in [
        [f"{SRC}:{line}: front matter is not valid YAML ({reason}); read as if it had none"]
        for reason in reasons
    ]
    assert post.title == "Studio notes"
    assert post.date is None


def test_unreadable_front_matter_reports_no_missing_fields() -> None:
    post, problems = read(front("title: x: y"))
    assert len(problems) == 1
    assert post.date is None
    assert post.author_slugs == ()
    assert post.categories == ()
    assert post.tags == ()


def test_title_from_file_name() -> None:
    post, problems = read_post("posts/2021/my-first_post.md", "Text.\n", set())
    assert post.title == "My first post"
    assert [str(p) for p in problems] == [
        "posts/2021/my-first_post.md: no title (add 'title: …' to the front matter); "
        "using 'My first post'",
        f"posts/2021/my-first_post.md: {NO_DATE}",
    ]


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        pytest.param(
            ("author: c", "authors: [a, b, c]"), "author_slugs", ("c", "a", "b"), id="merged"
        ),
        pytest.param(
            ("authors: [a, b]", "author: c"), "author_slugs", ("c", "a", "b"), id="merged2"
        ),
        pytest.param(("authors: [a, a, ' b ']",), "author_slugs", ("a", "b"), id="dedup-strip"),
        pytest.param(("authors: a",), "author_slugs", ("a",), id="authors-string"),
        pytest.param(
            ("categories: Design",), "categories", (Category("design", "Design"),), id="cat-string"
        ),
        pytest.param(
            ('categories: ["Studio Tips", "studio tips", " studio  tips "]',),
            "categories",
            (Category("studio-tips", "Studio Tips"),),
            id="cat-case-duplicates-collapse",
        ),
        pytest.param(
            ("categories: [design, Photo & Video, Café]",),
            "categories",
            (
                Category("design", "design"),
                Category("photo-video", "Photo & Video"),
                Category("café", "Café"),
            ),
            id="cat-order-kept",
        ),
        pytest.param(("categories: []",), "categories", (), id="cat-empty"),
        pytest.param(
            ('categories: [" studio  \\t tips ", Studio Tips]',),
            "categories",
            (Category("studio-tips", "studio tips"),),
            id="cat-whitespace-runs-are-one-space",
        ),
        pytest.param(("categories: [a]",), "categories_line", 4, id="cat-line"),
        pytest.param(
            ("featured: false", "categories:", "  - a"), "categories_line", 5, id="cat-line-list"
        ),
        pytest.param(("title: T",), "categories_line", None, id="cat-line-none"),
        pytest.param(("tags: Python",), "tags", (Category("python", "Python"),), id="tag-string"),
        pytest.param(
            ("tags: [python, Web Dev, Café]",),
            "tags",
            (
                Category("python", "python"),
                Category("web-dev", "Web Dev"),
                Category("café", "Café"),
            ),
            id="tags-order-kept",
        ),
        pytest.param(
            ('tags: ["Web Dev", "web dev", " web  \t dev "]',),
            "tags",
            (Category("web-dev", "Web Dev"),),
            id="tags-case-and-space-duplicates-collapse",
        ),
        pytest.param(("tags: []",), "tags", (), id="tags-empty"),
        pytest.param(("tags:",), "tags", (), id="tags-null"),
        pytest.param(("tags: [a]",), "tags_line", 4, id="tags-line"),
        pytest.param(("featured: false", "tags:", "  - a"), "tags_line", 5, id="tags-line-list"),
        pytest.param(("title: T",), "tags_line", None, id="tags-line-none"),
        pytest.param(
            ("categories: [design]", "tags: [design]"),
            "tags",
            (Category("design", "design"),),
            id="tag-beside-a-category-of-the-same-slug",
        ),
        pytest.param(("tags: [python]",), "categories", (), id="tags-are-not-categories"),
        pytest.param(("categories: [python]",), "tags", (), id="categories-are-not-tags"),
        pytest.param(("featured: true",), "featured", True, id="featured-true"),
        pytest.param(("featured: yes",), "featured", True, id="featured-yaml11-yes"),
        pytest.param((), "featured", False, id="featured-default"),
        pytest.param(
            ("image_alt: '  A robot painting '",), "image_alt", "A robot painting", id="alt"
        ),
        pytest.param(("image_alt: ''",), "image_alt", None, id="alt-empty"),
        pytest.param(("description: Short.",), "description", "Short.", id="description"),
        pytest.param(("image: images/a.png",), "image", ImageRef("posts/images/a.png"), id="img"),
        pytest.param(("image: /images/b.png",), "image", ImageRef("images/b.png"), id="img-rooted"),
        pytest.param(
            ("image: https://example.com/x.png",),
            "image",
            ImageRef("https://example.com/x.png", external=True),
            id="img-url",
        ),
        pytest.param(("date: 2021-08-10",), "date", dt.datetime(2021, 8, 10), id="yaml-date"),
        pytest.param(
            ("date: 2024-10-06 09:30:00+02:00",),
            "date",
            dt.datetime(2024, 10, 6, 9, 30),
            id="yaml-aware-datetime-wall-clock",
        ),
        pytest.param(
            ("date: '2024-10-06T09:30:00Z'",),
            "date",
            dt.datetime(2024, 10, 6, 9, 30),
            id="iso-string-zulu",
        ),
    ],
)
def test_field_values(lines: tuple[str, ...], field: str, value: object) -> None:
    defaults = [] if any(line.startswith("date:") for line in lines) else ["date: 08/10/2021"]
    post, problems = read(front("title: T", *defaults, *lines))
    assert problems == []
    assert getattr(post, field) == value


def test_image_alt_and_description_are_kept() -> None:
    post, problems = read(
        front(
            "title: T",
            "date: 08/10/2021",
            "image: ./images/a.png",
            "image_alt: A robot holding a brush",
            "description: How we use generated art.",
        )
    )
    assert problems == []
    assert post.image_alt == "A robot holding a brush"
    assert post.description == "How we use generated art."


@pytest.mark.parametrize(
    ("words", "per_minute", "minutes"),
    [
        (0, 200, 1),
        (1, 200, 1),
        (199, 200, 1),
        (200, 200, 1),
        (201, 200, 2),
        (450, 200, 3),
        (1000, 250, 4),
        (1001, 250, 5),
        (10, 3, 4),
    ],
)
def test_reading_minutes(words: int, per_minute: int, minutes: int) -> None:
    body = " ".join(["word"] * words)
    assert reading_minutes(body, per_minute) == minutes
    settings = PostSettings(words_per_minute=per_minute)
    many_front_matter_words = "description: " + " ".join(["fm"] * 500)
    text = front("title: T", "date: 08/10/2021", many_front_matter_words, body="\n" + body)
    post, _ = read_post(SRC, text, DOCS_FILES, settings=settings)
    assert post.reading_minutes == minutes


def test_reading_minutes_counts_whitespace_separated_words() -> None:
    assert reading_minutes("one\ttwo\n\nthree   four\n", 3) == 2


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("---\ntitle: [x]\n---\n", 2, id="first-key"),
        pytest.param("---\n# a comment\n\ntitle: [x]\n---\n", 4, id="after-comment-and-blank"),
        pytest.param("---\n\n\ntitle: [x]\n---\n", 4, id="blank-lines-after-opening"),
        pytest.param("---   \ntitle: [x]\n---\n", 2, id="opening-with-trailing-spaces"),
        pytest.param(
            "---\ndate: 08/10/2021\ndescription: >\n  title: not this\ntitle: [x]\n---\n",
            5,
            id="key-text-inside-folded-scalar-ignored",
        ),
        pytest.param("---\nsubtitle: a\ntitle : [x]\n---\n", 3, id="space-before-colon"),
    ],
)
def test_problem_line_numbers(text: str, line: int) -> None:
    _, problems = read_post(SRC, text, DOCS_FILES)
    title_problems = [p for p in problems if p.message.startswith("title ")]
    assert [p.line for p in title_problems] == [line]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("---\ntitle: T\ndate: 08/10/2021\nbad: x: y\n---\n", 4, id="on-line-4"),
        pytest.param("---\n\ntitle: x: y\n---\n", 3, id="after-blank-line"),
        pytest.param("---\ntitle: T\nkey:\n\t- tab\n---\n", 4, id="tab-indent"),
    ],
)
def test_yaml_error_line_numbers(text: str, line: int) -> None:
    _, problems = read_post(SRC, text, DOCS_FILES)
    assert len(problems) == 1
    assert problems[0].line == line
    assert "front matter is not valid YAML" in problems[0].message


def test_split_front_matter_line_of() -> None:
    split = split_front_matter(SRC, "---\n\ntitle: T\n# note\ndate: 08/10/2021\n---\nBody\n")
    assert split.data == {"title": "T", "date": "08/10/2021"}
    assert split.body.strip() == "Body"
    assert split.line_of("title") == 3
    assert split.line_of("date") == 5
    assert split.line_of("author") is None
    assert split.problems == ()


def test_split_front_matter_stringifies_keys() -> None:
    split = split_front_matter(SRC, "---\n1: one\n2021-08-10: day\nnull: nothing\n---\n")
    assert split.data == {"1": "one", "2021-08-10": "day", "None": "nothing"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "date: 2021-02-30",
            [
                "posts/studio-notes.md:3: date '2021-02-30' matches none of %m/%d/%Y, %Y-%m-%d "
                "(no such day in the calendar); listed after the dated posts, without a date"
            ],
        ),
        (
            "date: 2021-13-01",
            [
                "posts/studio-notes.md:3: date '2021-13-01' matches none of %m/%d/%Y, %Y-%m-%d "
                "(no such day in the calendar); listed after the dated posts, without a date"
            ],
        ),
        (
            "date: 08/10/2021\nupdated: 2023-04-31",
            [
                "posts/studio-notes.md:4: updated '2023-04-31' matches none of %m/%d/%Y, "
                "%Y-%m-%d (no such day in the calendar); no updated date shown"
            ],
        ),
        (
            "date: 08/10/2021\ntitle: !!int abc",
            [
                "posts/studio-notes.md:1: front matter is not valid YAML (invalid literal for "
                "int() with base 10: 'abc'); read as if it had none"
            ],
        ),
    ],
)
def test_invalid_yaml_values_become_problems_not_crashes(line: str, expected: list[str]) -> None:
    post, problems = read_post(SRC, front("title: T", line), DOCS_FILES)
    assert post.src_uri == SRC
    assert [str(problem) for problem in problems] == expected


def test_title_fallback_ignores_comments_in_fenced_code() -> None:
    text = front(
        "date: 08/10/2021",
        body="\n```bash\n# install the tools\npip install mkdocs\n```\n\n# Real Title\n",
    )
    post, _ = read(text)
    assert post.title == "Real Title"


def test_unknown_author_is_reported_once() -> None:
    _, problems = read(
        front("title: T", "date: 08/10/2021", "author: ghost", "authors: [ghost, ghost]")
    )
    assert problems == [
        f"{SRC}:4: author 'ghost' is not in the authors registry; "
        "the byline shows the slug as the name"
    ]


@pytest.mark.parametrize("line", ["title: ''", "title: '   '"])
def test_blank_title_message(line: str) -> None:
    _, problems = read(front(line, "date: 08/10/2021"))
    assert len(problems) == 1
    assert "is not text" not in problems[0]


def test_an_empty_title_is_reported_on_its_line_with_the_fallback() -> None:
    _, problems = read(front("date: 08/10/2021", "title: ''", body="\n# From the body\n"))
    assert problems == [f"{SRC}:3: title is empty; using 'From the body' instead"]


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("~~~bash\n# install the tools\n~~~\n", id="tildes"),
        pytest.param("  ```bash\n  # install the tools\n  ```\n", id="indented-fence"),
        pytest.param("```bash\n# install the tools\n  ```\n", id="indented-closing-fence"),
    ],
)
def test_title_fallback_ignores_comments_in_any_fenced_code(code: str) -> None:
    post, _ = read(front("date: 08/10/2021", body=f"\n{code}\n# Real Title\n"))
    assert post.title == "Real Title"


def test_problem_lines_count_from_the_front_matter_not_a_copy_of_it_below() -> None:
    # The body quotes the front matter: lines are still those of the front matter itself.
    text = "---\ntitle: [x]\n---\n\nMy front matter was:\n\n```yaml\ntitle: [x]\n```\n"
    _, problems = read_post(SRC, text, DOCS_FILES)
    assert [p.line for p in problems if p.message.startswith("title ")] == [2]


def test_title_fallback_reads_a_longer_fence_to_its_own_end() -> None:
    # A post about Markdown shows a fenced block inside a four-backtick fence: the inner
    # three backticks do not close it, so its `# comment` is no title.
    body = "\n````markdown\n```python\n# comment\n```\n````\n\n# Real Title\n"
    post, _ = read(front("date: 08/10/2021", body=body))
    assert post.title == "Real Title"


def test_a_control_character_in_front_matter_is_reported_on_its_line() -> None:
    _, problems = read_post(
        SRC, front("title: T", "date: 08/10/2021", "author: a\x07b"), DOCS_FILES
    )
    assert [(p.line, p.message) for p in problems] == [
        (
            4,
            "front matter is not valid YAML (unacceptable character #x0007: "
            f"{CONTROL_WORD} characters are not allowed); read as if it had none",
        )
    ]


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("```bash\n\n# install the tools\n```\n", id="blank-line-inside"),
        pytest.param("```bash\n# install the tools\n```  \n", id="closing-fence-then-spaces"),
    ],
)
def test_title_fallback_finds_where_a_fence_really_ends(code: str) -> None:
    post, _ = read(front("date: 08/10/2021", body=f"\n{code}\n# Real Title\n"))
    assert post.title == "Real Title"


@pytest.mark.parametrize(
    "line",
    [
        f"author: {'x' * 5000}",
        f"categories: ['{'!' * 5000}']",
        f"tags: ['{'!' * 5000}']",
        f"date: '{'9' * 5000}'",
        f"image: {'a' * 5000}.png",
        f"title: ''\n# {'T' * 5000}",
    ],
    ids=["author", "category", "tag", "date", "image", "fallback-title"],
)
def test_a_huge_value_gives_a_short_warning(line: str) -> None:
    _, problems = read(front(line) if "title" in line else front(line, "title: T"))
    assert problems
    assert all(len(problem) < 400 for problem in problems), problems


@pytest.mark.parametrize(
    ("updated", "expected", "problem"),
    [
        ("2023-05-06", dt.datetime(2023, 5, 6), None),
        ("05/06/2023", dt.datetime(2023, 5, 6), None),
        ("2021-08-10T12:00:00Z", dt.datetime(2021, 8, 10, 12), None),
        ("08/10/2021", dt.datetime(2021, 8, 10), None),  # the same day: not before it
        ("2021-08-09", None, "updated '2021-08-09' is before the post's date (2021-08-10)"),
        ("later", None, "updated 'later' matches none of %m/%d/%Y, %Y-%m-%d"),
        ("[1, 2]", None, "updated [1, 2] is a list, expected a date"),
    ],
)
def test_updated_is_read_like_the_date_and_never_before_it(
    updated: str, expected: dt.datetime | None, problem: str | None
) -> None:
    text = f"---\ntitle: T\ndate: 08/10/2021\nupdated: {updated}\n---\nBody.\n"
    post, problems = read_post("posts/t.md", text, set())
    assert post.updated == expected
    assert post.date == dt.datetime(2021, 8, 10)
    if problem is None:
        assert problems == []
    else:
        (only,) = problems
        assert (only.path, only.line) == ("posts/t.md", 4)
        assert only.message.startswith(problem)
        assert only.message.endswith("; no updated date shown")


def test_an_undated_post_keeps_its_updated_date() -> None:
    post, problems = read_post("posts/t.md", "---\ntitle: T\nupdated: 2023-05-06\n---\nB.\n", set())
    assert post.updated == dt.datetime(2023, 5, 6)
    assert [problem.line for problem in problems] == [None]  # only the missing date


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        ("日本語" * 500, 3),  # 1,500 characters at 500 a minute
        ("中文" * 250, 1),  # 500 characters: one minute
        ("中文" * 251, 2),
        ("한국어" * 400, 3),  # Hangul: 1,200 characters
        ("word " * 400 + "日本語" * 500, 5),  # mixed: 2 minutes of words + 3 of characters
        ("café " * 400, 2),  # non-ASCII, but no CJK: words
    ],
)
def test_chinese_japanese_and_korean_are_read_by_characters(body: str, minutes: int) -> None:
    assert reading_minutes(body, 200) == minutes


def test_a_japanese_post_gets_a_realistic_reading_time() -> None:
    # Whitespace makes one "word" of a whole Japanese paragraph: Material's estimate is
    # one minute for any length; 2,400 characters take about five.
    post, problems = read_post(SRC, front("title: T", "date: 08/10/2021", body="あ" * 2400), set())
    assert problems == []
    assert post.reading_minutes == 5


@pytest.mark.parametrize(
    ("value", "minutes", "problem"),
    [
        ("7", 7, None),
        ("0", 1, "readtime 0 is not a whole number of minutes from 1"),
        ("'7'", 1, "readtime '7' is not a whole number of minutes from 1"),
        ("true", 1, "readtime True is not a whole number of minutes from 1"),
        ("2.5", 1, "readtime 2.5 is not a whole number of minutes from 1"),
    ],
)
def test_readtime_overrides_the_estimate(value: str, minutes: int, problem: str | None) -> None:
    post, problems = read_post(
        SRC, front("title: T", "date: 08/10/2021", f"readtime: {value}"), DOCS_FILES
    )
    assert post.reading_minutes == minutes
    if problem is None:
        assert problems == []
    else:
        (only,) = problems
        assert only.line == 4
        assert only.message == f"{problem}; the reading time is estimated instead"
