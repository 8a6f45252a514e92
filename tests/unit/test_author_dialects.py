"""Author registries as other blog engines write them: Docusaurus' `authors.yml` and inline
authors, Astro's content collections, and every engine's names for the avatar and bio."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mkdocs_blogposts.authors import find_registry, inline_author, load_registry
from mkdocs_blogposts.model import Author, ImageRef
from mkdocs_blogposts.problems import Problem


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# Keys: avatar, bio and title under every name, in every shape --------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param("avatar: a.png", ImageRef("a.png"), id="avatar"),
        pytest.param("image: a.png", ImageRef("a.png"), id="image"),
        pytest.param("image_url: a.png", ImageRef("a.png"), id="image_url"),
        pytest.param("avatar: a.png\nimage: b.png\nimage_url: c.png", ImageRef("a.png"), id="all"),
        pytest.param("image: b.png\nimage_url: c.png", ImageRef("b.png"), id="image-first"),
    ],
)
@pytest.mark.parametrize("shape", ["yaml", "material", "profile", "data"])
def test_avatar_keys_in_every_shape(
    tmp_path: Path, shape: str, fields: str, expected: ImageRef
) -> None:
    registry = load_registry(*_one_author(tmp_path, shape, fields), {"a.png", "b.png", "c.png"})
    assert registry.problems == []
    assert registry.authors["ana"].avatar == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param("bio: Writes.", "Writes.", id="bio"),
        pytest.param("description: Draws.", "Draws.", id="description"),
        pytest.param("bio: Writes.\ndescription: Draws.", "Writes.", id="bio-first"),
        pytest.param("bio: ' '\ndescription: Draws.", "Draws.", id="blank-bio"),
    ],
)
@pytest.mark.parametrize("shape", ["yaml", "material", "profile", "data"])
def test_bio_keys_in_every_shape(tmp_path: Path, shape: str, fields: str, expected: str) -> None:
    registry = load_registry(*_one_author(tmp_path, shape, fields), set())
    assert registry.problems == []
    assert registry.authors["ana"].bio == expected


@pytest.mark.parametrize("shape", ["yaml", "material", "profile", "data"])
def test_title_in_every_shape(tmp_path: Path, shape: str) -> None:
    registry = load_registry(*_one_author(tmp_path, shape, "title: Editor"), set())
    assert registry.problems == []
    assert registry.authors["ana"].title == "Editor"


def test_a_profiles_body_is_its_bio_before_front_matter(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.md", "---\nname: Ana\ndescription: Short.\n---\nLong bio.\n")
    write(tmp_path / "authors/bo.md", "---\nname: Bo\ndescription: Short.\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors["ana"].bio == "Long bio."
    assert registry.authors["bo"].bio == "Short."


def _one_author(tmp_path: Path, shape: str, fields: str) -> tuple[Path, Path]:
    """The registry path and docs folder of author `ana` with `fields`, in `shape`."""
    entry = "name: Ana\n" + fields + "\n"
    if shape == "yaml":
        return write(tmp_path / "authors.yml", "ana:\n" + textwrap.indent(entry, "  ")), tmp_path
    if shape == "material":
        text = "authors:\n  ana:\n" + textwrap.indent(entry, "    ")
        return write(tmp_path / ".authors.yml", text), tmp_path
    if shape == "profile":
        write(tmp_path / "ana.md", f"---\n{entry}---\n")
    else:
        write(tmp_path / "ana.yaml", entry)
    return tmp_path, tmp_path


# Docusaurus' authors.yml ---------------------------------------------------------------------


def test_docusaurus_authors_yml(tmp_path: Path) -> None:
    path = write(
        tmp_path / "blog" / "authors.yml",
        """\
        slorber:
          name: Sébastien Lorber
          title: Docusaurus maintainer
          url: https://sebastienlorber.com
          image_url: https://github.com/slorber.png
          email: seb@example.org
          page:
            permalink: '/all-sebastien-lorber-articles'
          socials:
            x: sebastienlorber
            linkedin: sebastienlorber
            github: slorber
            stackoverflow: 82609
            bluesky: '@slorber.bsky.social'
            newsletter: https://thisweekinreact.com
        yangshun:
          name: Yangshun Tay
          image_url: /img/yangshun.png
          page: true
          links:
            Blog: https://yangshun.example
          socials:
            X: https://x.com/yangshunz
            Email: yangshun@example.org
        """,
    )
    registry = load_registry(path, tmp_path, {"img/yangshun.png"})
    assert registry.problems == []
    assert registry.authors == {
        "slorber": Author(
            "slorber",
            "Sébastien Lorber",
            ImageRef("https://github.com/slorber.png", external=True),
            url="https://sebastienlorber.com",
            links=(
                ("X", "https://x.com/sebastienlorber"),
                ("LinkedIn", "https://www.linkedin.com/in/sebastienlorber/"),
                ("GitHub", "https://github.com/slorber"),
                ("Stack Overflow", "https://stackoverflow.com/users/82609"),
                ("Bluesky", "https://bsky.app/profile/slorber.bsky.social"),
                ("newsletter", "https://thisweekinreact.com"),
            ),
            email="seb@example.org",
            title="Docusaurus maintainer",
        ),
        "yangshun": Author(
            "yangshun",
            "Yangshun Tay",
            ImageRef("img/yangshun.png"),
            links=(
                ("Blog", "https://yangshun.example"),
                ("X", "https://x.com/yangshunz"),
                ("Email", "mailto:yangshun@example.org"),
            ),
        ),
    }


@pytest.mark.parametrize(
    ("socials", "expected"),
    [
        pytest.param(
            "mastodon: ana@fosstodon.org\nthreads: ana\nyoutube: anadraws\n",
            [
                ("Mastodon", "https://mastodon.social/@ana@fosstodon.org"),
                ("Threads", "https://www.threads.net/@ana"),
                ("YouTube", "https://youtube.com/@anadraws"),
            ],
            id="at-prefixed-urls",
        ),
        pytest.param(
            "instagram: ana lopez\n",
            [("Instagram", "https://www.instagram.com/ana%20lopez")],
            id="quoted",
        ),
        pytest.param(
            "twitch: ''\ngithub: ana\n", [("GitHub", "https://github.com/ana")], id="blank"
        ),
        pytest.param(
            "mailing: mailto:ana@example.org\n",
            [("mailing", "mailto:ana@example.org")],
            id="custom-mailto",
        ),
    ],
)
def test_docusaurus_socials_normalisation(
    tmp_path: Path, socials: str, expected: list[tuple[str, str]]
) -> None:
    path = write(tmp_path / "authors.yml", "ana:\n  name: Ana\n  socials:\n")
    path.write_text(path.read_text() + textwrap.indent(socials, "    "), encoding="utf-8")
    registry = load_registry(path, tmp_path, set())
    assert registry.problems == []
    assert list(registry.authors["ana"].links) == expected


@pytest.mark.parametrize(
    ("socials", "expected"),
    [
        pytest.param(
            "    github: ana\n    mastodon2: anahandle\n",
            "authors.yml:3: author 'ana': socials 'mastodon2' -> 'anahandle' is not a link "
            "(accepted: a full https:// URL; handles only for x, twitter, github, linkedin, "
            "stackoverflow, bluesky, instagram, threads, mastodon, twitch, youtube, email); "
            "left out",
            id="unknown-platform",
        ),
        pytest.param(
            "    github: ana/repo\n",
            "authors.yml:3: author 'ana': socials 'github' -> 'ana/repo' is not a link "
            "(accepted: a handle like 'ana' or a full https:// URL); left out",
            id="path-not-handle",
        ),
        pytest.param(
            "    x: javascript:alert(1)\n",
            "authors.yml:3: author 'ana': socials 'x' -> 'javascript:alert(1)' is not a link "
            "(accepted: a handle like 'ana' or a full https:// URL); left out",
            id="unsafe",
        ),
        pytest.param(
            "    github: [ana]\n",
            "authors.yml:3: author 'ana': socials 'github' -> ['ana'] is not a link "
            "(accepted: a handle like 'ana' or a full https:// URL); left out",
            id="list",
        ),
        pytest.param(
            "    - github\n",
            "authors.yml:3: author 'ana': socials is a list, expected a mapping of platform -> "
            "handle or URL (github: ana); ignored",
            id="not-a-mapping",
        ),
    ],
)
def test_docusaurus_socials_problems(tmp_path: Path, socials: str, expected: str) -> None:
    path = write(tmp_path / "authors.yml", "ana:\n  name: Ana\n  socials:\n")
    path.write_text(path.read_text() + socials, encoding="utf-8")
    registry = load_registry(path, tmp_path, set())
    assert [str(problem) for problem in registry.problems] == [expected]
    expected_links = (("GitHub", "https://github.com/ana"),) if "github: ana\n" in socials else ()
    assert registry.authors["ana"].links == expected_links


def test_socials_in_a_profile_and_a_material_registry(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.md", "---\nname: Ana\nsocials:\n  github: ana\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors["ana"].links == (("GitHub", "https://github.com/ana"),)
    path = write(tmp_path / ".authors.yml", "authors:\n  bo:\n    name: Bo\n    socials: {x: bo}\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors["bo"].links == (("X", "https://x.com/bo"),)


# A folder of data files (Astro content collections) -------------------------------------------


def test_folder_of_yaml_yml_json_and_md(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.yaml", "name: Ana\nimage: ./ana.png\nbio: Draws.\n")
    write(tmp_path / "authors/bo.yml", "name: Bo\ndescription: Writes.\nsocials: {github: bo}\n")
    write(
        tmp_path / "authors/cy.json",
        '{\n  "name": "Cy",\n  "avatar": "https://example.com/cy.png",\n'
        '  "title": "Editor",\n  "links": {"Site": "https://cy.example"},\n'
        '  "socials": {"stackoverflow": 82609},\n  "email": "cy@example.org"\n}\n',
    )
    write(tmp_path / "authors/di.md", "---\nname: Di\n---\nProfile.\n")
    write(tmp_path / "authors/notes.txt", "not an author\n")
    docs_files = {"authors/ana.png", "authors/ana.yaml", "authors/di.md"}
    registry = load_registry(tmp_path / "authors", tmp_path, docs_files)
    assert registry.problems == []
    assert registry.authors == {
        "ana": Author("ana", "Ana", ImageRef("authors/ana.png"), bio="Draws."),
        "bo": Author("bo", "Bo", bio="Writes.", links=(("GitHub", "https://github.com/bo"),)),
        "cy": Author(
            "cy",
            "Cy",
            ImageRef("https://example.com/cy.png", external=True),
            links=(
                ("Site", "https://cy.example"),
                ("Stack Overflow", "https://stackoverflow.com/users/82609"),
            ),
            email="cy@example.org",
            title="Editor",
        ),
        "di": Author("di", "Di", bio="Profile."),
    }
    assert registry.profile_pages == ["authors/di.md"]
    assert registry.place_of("cy") == "authors/cy.json"


def test_two_files_for_one_slug_is_one_problem_and_the_first_wins(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.md", "---\nname: Ana (md)\n---\n")
    write(tmp_path / "authors/ana.yml", "name: Ana (yml)\n")
    write(tmp_path / "authors/bo.json", '{"name": "Bo (json)"}')
    write(tmp_path / "authors/bo.yaml", "name: Bo (yaml)\n")
    registry = load_registry(tmp_path / "authors", tmp_path, {"authors/ana.md"})
    assert registry.authors == {"ana": Author("ana", "Ana (md)"), "bo": Author("bo", "Bo (json)")}
    assert [str(problem) for problem in registry.problems] == [
        "authors/ana.yml: author 'ana' is also in authors/ana.md, which is read; give each "
        "author one file; this one is not read",
        "authors/bo.yaml: author 'bo' is also in authors/bo.json, which is read; give each "
        "author one file; this one is not read",
    ]
    assert registry.profile_pages == ["authors/ana.md"]


def test_a_duplicate_that_cannot_be_read_leaves_the_slug_to_the_next(tmp_path: Path) -> None:
    (tmp_path / "authors").mkdir()
    (tmp_path / "authors/ana.json").write_bytes(b'{"name": "\xff"}')
    write(tmp_path / "authors/ana.yml", "name: Ana\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {"ana": Author("ana", "Ana")}
    assert [problem.path for problem in registry.problems] == ["authors/ana.json"]


def test_bad_json_is_one_problem_with_its_line(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.json", '{\n  "name": "Ana",\n  "bio": "x"\n  "url": "y"\n}\n')
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {"ana": Author("ana", "ana")}
    assert registry.problems == [
        Problem(
            "authors/ana.json",
            4,
            "is not valid JSON (Expecting ',' delimiter); the slug is shown as the name",
        )
    ]


def test_bad_yaml_data_file_is_one_problem_with_its_line(tmp_path: Path) -> None:
    write(tmp_path / "authors/ana.yml", "name: Ana\nbio: [x\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {"ana": Author("ana", "ana")}
    assert [str(problem) for problem in registry.problems] == [
        "authors/ana.yml:3: is not valid YAML (did not find expected ',' or ']'); "
        "the slug is shown as the name"
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        pytest.param(
            "ana.json",
            '{\n  "bio": "name",\n  "name": 42\n}\n',
            [
                "authors/ana.json:3: author 'ana': name 42 is not text; ignored",
                "authors/ana.json: author 'ana' has no name; the slug is shown instead",
            ],
            id="json-key-line",
        ),
        pytest.param(
            "ana.json",
            '{"name": "Ana", "socials": {"github": "a/b"}}',
            [
                "authors/ana.json:1: author 'ana': socials 'github' -> 'a/b' is not a link "
                "(accepted: a handle like 'ana' or a full https:// URL); left out"
            ],
            id="json-socials",
        ),
        pytest.param(
            "ana.json",
            '["Ana"]',
            [
                "authors/ana.json: is a list, expected a mapping of name, avatar, bio, url; "
                "author 'ana' is shown by their slug"
            ],
            id="json-list",
        ),
        pytest.param(
            "ana.yml",
            "# Ana\n- Ana\n",
            [
                "authors/ana.yml:2: is a list, expected a mapping of name, avatar, bio, url; "
                "author 'ana' is shown by their slug"
            ],
            id="yaml-list",
        ),
        pytest.param(
            "ana.yml",
            "name: Ana\nimage_url: ./missing.png\n",
            [
                "authors/ana.yml:2: author 'ana': image_url './missing.png' not found (looked "
                "for authors/missing.png in the docs folder); no avatar shown"
            ],
            id="yaml-key-line",
        ),
        pytest.param(
            "ana.yml",
            "",
            ["authors/ana.yml:1: author 'ana' has no name; the slug is shown instead"],
            id="empty-yaml",
        ),
    ],
)
def test_data_file_problems(tmp_path: Path, name: str, text: str, expected: list[str]) -> None:
    write(tmp_path / "authors" / name, text)
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert [str(problem) for problem in registry.problems] == expected
    assert "ana" in registry.authors


def test_a_data_file_linking_out_of_the_folder_is_not_read(tmp_path: Path) -> None:
    write(tmp_path / "private/secret.json", '{"name": "Secret"}')
    (tmp_path / "authors").mkdir()
    (tmp_path / "authors/ana.json").symlink_to(tmp_path / "private/secret.json")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem("authors/ana.json", None, "links to a file outside the authors folder; not read")
    ]


# Inline authors ------------------------------------------------------------------------------


def test_inline_author_with_key(tmp_path: Path) -> None:
    author, problems = inline_author(
        {
            "key": "slorber",
            "name": "Sébastien Lorber",
            "title": "Docusaurus maintainer",
            "url": "https://sebastienlorber.com",
            "image_url": "./slorber.png",
            "socials": {"x": "sebastienlorber"},
        },
        "blog/2024/post.md",
        "blog/2024",
        {"blog/2024/slorber.png"},
    )
    assert problems == []
    assert author == Author(
        "slorber",
        "Sébastien Lorber",
        ImageRef("blog/2024/slorber.png"),
        url="https://sebastienlorber.com",
        links=(("X", "https://x.com/sebastienlorber"),),
        title="Docusaurus maintainer",
    )


def test_inline_author_without_key_is_slugged_by_name() -> None:
    author, problems = inline_author(
        {"name": "Ana López", "image": "https://example.com/ana.png", "email": "nope"},
        "posts/a.md",
        "posts",
        set(),
    )
    assert author == Author("ana-lópez", "Ana López", ImageRef("https://example.com/ana.png", True))
    assert problems == [
        Problem(
            "posts/a.md",
            None,
            "author 'ana-lópez': email 'nope' is not an e-mail address like ana@example.org; "
            "left out",
        )
    ]


def test_inline_author_with_a_key_only_is_named_by_it() -> None:
    author, problems = inline_author({"key": "ana", "title": "Guest"}, "posts/a.md", "posts", set())
    assert problems == []
    assert author == Author("ana", "ana", title="Guest")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        pytest.param(
            {"title": "Guest"},
            [
                "posts/a.md: authors: the inline author {'title': 'Guest'} is left out: it has "
                "neither a name nor a key (accepted: name, key, title, url, image_url, email, "
                "socials)"
            ],
            id="no-name-no-key",
        ),
        pytest.param(
            {"name": 42},
            [
                "posts/a.md: authors: inline author name 42 is not text; ignored",
                "posts/a.md: authors: the inline author {'name': 42} is left out: it has "
                "neither a name nor a key (accepted: name, key, title, url, image_url, email, "
                "socials)",
            ],
            id="name-not-text",
        ),
        pytest.param(
            {"name": "!!!"},
            [
                "posts/a.md: authors: the inline author {'name': '!!!'} is left out: its name "
                "'!!!' has no letters or digits to make a slug (accepted: name, key, title, url, "
                "image_url, email, socials)"
            ],
            id="name-without-slug",
        ),
    ],
)
def test_inline_author_left_out(entry: dict[str, object], expected: list[str]) -> None:
    author, problems = inline_author(entry, "posts/a.md", "posts", set())
    assert author is None
    assert [str(problem) for problem in problems] == expected


def test_inline_author_problems_name_the_post_field_and_value() -> None:
    author, problems = inline_author(
        {"name": "Ana", "url": "javascript:x", "socials": {"myspace": "ana"}},
        "posts/a.md",
        "posts",
        set(),
    )
    assert author == Author("ana", "Ana")
    assert [str(problem) for problem in problems] == [
        "posts/a.md: author 'ana': url 'javascript:x' is not an http(s) or mailto URL or a "
        "relative link; not linked",
        "posts/a.md: author 'ana': socials 'myspace' -> 'ana' is not a link (accepted: a full "
        "https:// URL; handles only for x, twitter, github, linkedin, stackoverflow, bluesky, "
        "instagram, threads, mastodon, twitch, youtube, email); left out",
    ]


# Finding the registry ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        pytest.param(("blog/.authors.yml", "authors.yml"), "blog/.authors.yml", id="material"),
        pytest.param(
            ("blog/authors.yml", "blog/posts/authors/"), "blog/authors.yml", id="docusaurus"
        ),
        pytest.param(
            ("blog/posts/authors/", "authors.yml"), "blog/posts/authors", id="posts-folder"
        ),
        pytest.param(
            ("blog/authors/", "blog/.authors.yml"), "blog/.authors.yml", id="candidate-order"
        ),
        pytest.param(("authors.yml",), "authors.yml", id="docs-root-last"),
        pytest.param(("elsewhere/authors.yml",), None, id="none"),
    ],
)
def test_find_registry_in_folders(
    tmp_path: Path, present: tuple[str, ...], expected: str | None
) -> None:
    for name in present:
        if name.endswith("/"):
            (tmp_path / name).mkdir(parents=True)
        else:
            write(tmp_path / name, "a: A\n")
    found = find_registry(tmp_path, None, folders=["blog", "blog/posts"])
    assert found == (None if expected is None else tmp_path / expected)


def test_find_registry_configured_wins_over_folders(tmp_path: Path) -> None:
    write(tmp_path / "blog/.authors.yml", "a: A\n")
    assert find_registry(tmp_path, "team.yml", folders=["blog"]) == tmp_path / "team.yml"
    assert find_registry(tmp_path, None) is None
