"""The authors registry: YAML mapping, Material's .authors.yml, or a folder of profiles."""

from __future__ import annotations

import errno
import os
import textwrap
from pathlib import Path

import pytest
import yaml

from mkdocs_blogposts.authors import find_registry, load_registry
from mkdocs_blogposts.model import Author, ImageRef
from mkdocs_blogposts.problems import Problem

CONTROL_WORD = "control" if yaml.__with_libyaml__ else "special"
"""How PyYAML names a character its reader refuses: libyaml's word, else the pure-Python one."""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_yaml_mapping_shape(tmp_path: Path) -> None:
    path = write(
        tmp_path / "authors.yml",
        """\
        michael-scott:
          name: Michael Scott
          avatar: images/michael.png
          bio: Runs the studio.
          url: https://example.com/michael
          links:
            GitHub: https://github.com/michael
            Email: mailto:michael@example.com
            Team page: team/michael/
        ana-lopez:
          name: Ana López
          description: Designer and illustrator.
          avatar: https://example.com/ana.png
        """,
    )
    registry = load_registry(path, tmp_path, {"images/michael.png"})
    assert registry.problems == []
    assert registry.profile_pages == []
    assert registry.authors == {
        "michael-scott": Author(
            slug="michael-scott",
            name="Michael Scott",
            avatar=ImageRef("images/michael.png"),
            bio="Runs the studio.",
            url="https://example.com/michael",
            links=(
                ("GitHub", "https://github.com/michael"),
                ("Email", "mailto:michael@example.com"),
                ("Team page", "team/michael/"),
            ),
        ),
        "ana-lopez": Author(
            slug="ana-lopez",
            name="Ana López",
            avatar=ImageRef("https://example.com/ana.png", external=True),
            bio="Designer and illustrator.",
        ),
    }
    assert list(registry.authors) == ["michael-scott", "ana-lopez"]


def test_material_authors_shape(tmp_path: Path) -> None:
    path = write(
        tmp_path / ".authors.yml",
        """\
        authors:
          squidfunk:
            name: Martin Donath
            description: Creator
            avatar: https://github.com/squidfunk.png
            url: https://github.com/squidfunk
          alex:
            name: Alex
            avatar: assets/alex.png
        """,
    )
    registry = load_registry(path, tmp_path, {"assets/alex.png"})
    assert registry.problems == []
    assert registry.authors == {
        "squidfunk": Author(
            "squidfunk",
            "Martin Donath",
            ImageRef("https://github.com/squidfunk.png", external=True),
            bio="Creator",
            url="https://github.com/squidfunk",
        ),
        "alex": Author("alex", "Alex", ImageRef("assets/alex.png")),
    }


def test_yaml_in_a_subfolder_resolves_avatars_relative_to_itself(tmp_path: Path) -> None:
    path = write(
        tmp_path / "about" / "authors.yml",
        """\
        a:
          name: A
          avatar: ./img/a.png
        b:
          name: B
          avatar: /img/b.png
        """,
    )
    registry = load_registry(path, tmp_path, {"about/img/a.png", "img/b.png"})
    assert registry.problems == []
    assert registry.authors["a"].avatar == ImageRef("about/img/a.png")
    assert registry.authors["b"].avatar == ImageRef("img/b.png")


def test_string_entry_is_the_name(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "michael-scott: Michael Scott\nana: '  Ana  '\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.problems == []
    assert registry.authors == {
        "michael-scott": Author("michael-scott", "Michael Scott"),
        "ana": Author("ana", "Ana"),
    }


def test_profile_folder(tmp_path: Path) -> None:
    write(
        tmp_path / "authors" / "michael-scott.md",
        """\
        ---
        name: Michael Scott
        image: ./michael-scott.png
        url: https://example.com/michael
        ---

        Michael runs the studio's day-to-day.

        He keeps a *very* opinionated folder structure.
        """,
    )
    write(
        tmp_path / "authors" / "ana-lopez.md",
        """\
        ---
        name: Ana López
        avatar: https://example.com/ana.png
        ---
        """,
    )
    write(tmp_path / "authors" / "notes.txt", "not a profile\n")
    docs_files = {
        "authors/michael-scott.md",
        "authors/michael-scott.png",
        "authors/ana-lopez.md",
    }
    registry = load_registry(tmp_path / "authors", tmp_path, docs_files)
    assert registry.problems == []
    assert registry.authors == {
        "ana-lopez": Author(
            "ana-lopez", "Ana López", ImageRef("https://example.com/ana.png", external=True)
        ),
        "michael-scott": Author(
            "michael-scott",
            "Michael Scott",
            ImageRef("authors/michael-scott.png"),
            bio="Michael runs the studio's day-to-day.\n\n"
            "He keeps a *very* opinionated folder structure.",
            url="https://example.com/michael",
        ),
    }
    assert registry.profile_pages == ["authors/ana-lopez.md", "authors/michael-scott.md"]


def test_profile_folder_outside_docs_has_no_profile_pages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write(tmp_path / "team" / "a.md", "---\nname: A\n---\nBio.\n")
    registry = load_registry(tmp_path / "team", docs, {"../team/a.md"})
    assert registry.problems == []
    assert registry.authors == {"a": Author("a", "A", bio="Bio.")}
    assert registry.profile_pages == []


def test_profile_not_in_docs_files_is_not_a_page(tmp_path: Path) -> None:
    write(tmp_path / "authors" / "a.md", "---\nname: A\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.profile_pages == []
    assert registry.authors == {"a": Author("a", "A")}


def test_profile_problems_have_file_lines(tmp_path: Path) -> None:
    write(
        tmp_path / "authors" / "a.md",
        """\
        ---
        name: A
        avatar: ./missing.png
        url: javascript:alert(1)
        ---
        """,
    )
    write(tmp_path / "authors" / "b.md", "Just a bio, no front matter.\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert [str(problem) for problem in registry.problems] == [
        "authors/a.md:3: author 'a': avatar './missing.png' not found (looked for "
        "authors/missing.png in the docs folder); no avatar shown",
        "authors/a.md:4: author 'a': url 'javascript:alert(1)' is not an http(s) or mailto URL "
        "or a relative link; not linked",
        "authors/b.md:1: author 'b' has no name; the slug is shown instead",
    ]
    assert registry.authors["b"] == Author("b", "b", bio="Just a bio, no front matter.")


def test_avatar_url(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "a:\n  name: A\n  avatar: https://example.com/a.png\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors["a"].avatar == ImageRef("https://example.com/a.png", external=True)


def test_entry_without_name(tmp_path: Path) -> None:
    path = write(
        tmp_path / "authors.yml",
        """\
        first:
          name: First
        michael-scott:
          bio: Has a bio but no name.
        """,
    )
    registry = load_registry(path, tmp_path, set())
    assert registry.problems == [
        Problem("authors.yml", 3, "author 'michael-scott' has no name; the slug is shown instead")
    ]
    assert registry.authors["michael-scott"] == Author(
        "michael-scott", "michael-scott", bio="Has a bio but no name."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "a:\n  name: [A\nb: B\n",
            [
                "authors.yml:3: is not valid YAML (did not find expected ',' or ']'); "
                "no authors loaded"
            ],
            id="invalid-yaml",
        ),
        pytest.param(
            "- a\n- b\n",
            [
                "authors.yml:1: is a list, expected a mapping of author slug -> name, avatar, bio, "
                "url; no authors loaded"
            ],
            id="top-level-list",
        ),
        pytest.param(
            "a:\n  name: A\n  url: javascript:alert(1)\n",
            [
                "authors.yml:3: author 'a': url 'javascript:alert(1)' is not an http(s) or mailto "
                "URL or a relative link; not linked"
            ],
            id="unsafe-url",
        ),
        pytest.param(
            "a:\n  name: A\n  url: //evil.example\n",
            [
                "authors.yml:3: author 'a': url '//evil.example' is not an http(s) or mailto URL "
                "or a relative link; not linked"
            ],
            id="protocol-relative-url",
        ),
        pytest.param(
            "a:\n  name: A\n  links:\n    Ok: https://ok.example\n    Bad: 'data:text/html,x'\n",
            [
                "authors.yml:3: author 'a': link 'Bad' -> 'data:text/html,x' is not an http(s) or "
                "mailto URL or a relative link; left out"
            ],
            id="unsafe-link",
        ),
        pytest.param(
            "a:\n  name: A\n  links:\n    Count: 42\n",
            [
                "authors.yml:3: author 'a': link 'Count' -> 42 is not an http(s) or mailto URL or "
                "a relative link; left out"
            ],
            id="non-text-link",
        ),
        pytest.param(
            "a:\n  name: A\n  links: [https://x.example]\n",
            ["authors.yml:3: author 'a': links should map a label to a URL; ignored"],
            id="links-list",
        ),
        pytest.param(
            "a:\n  name: 42\n",
            [
                "authors.yml:2: author 'a': name 42 is not text; ignored",
                "authors.yml:1: author 'a' has no name; the slug is shown instead",
            ],
            id="name-not-text",
        ),
        pytest.param(
            "a:\n  name: A\n  avatar: ../../etc/passwd\n",
            [
                "authors.yml:3: author 'a': avatar '../../etc/passwd' points outside the docs "
                "folder; no avatar shown"
            ],
            id="avatar-outside-docs",
        ),
        pytest.param(
            "a:\n  name: A\n  avatar: img/none.png\n",
            [
                "authors.yml:3: author 'a': avatar 'img/none.png' not found (looked for "
                "img/none.png in the docs folder); no avatar shown"
            ],
            id="avatar-missing",
        ),
        pytest.param(
            "a:\n  name: A\nb:\n  name: B\n  avatar: 'javascript:alert(1)'\n",
            [
                "authors.yml:5: author 'b': avatar 'javascript:alert(1)' is not an http(s) URL "
                "or a path (accepted: https://… URLs, paths relative to the file, or /paths from "
                "the docs folder); no avatar shown"
            ],
            id="avatar-javascript-line-of-second-entry",
        ),
        pytest.param(
            "# The studio's authors\n- a\n- b\n",
            [
                "authors.yml:2: is a list, expected a mapping of author slug -> name, avatar, bio, "
                "url; no authors loaded"
            ],
            id="top-level-list-after-a-comment",
        ),
        pytest.param(
            "b:\n  name: B\n  links:\n    a: https://a.example\na: 42\n",
            [
                "authors.yml:5: author 'a' is an int, expected name, avatar, bio, url; "
                "the slug is shown as the name"
            ],
            id="entry-line-not-a-nested-key-of-the-same-name",
        ),
        pytest.param(
            "a: {name: A, url: 'javascript:x'}\nb:\n  name: B\n  url: https://b.example\n",
            [
                "authors.yml:1: author 'a': url 'javascript:x' is not an http(s) or mailto URL "
                "or a relative link; not linked"
            ],
            id="flow-entry-line-not-the-next-entry",
        ),
        pytest.param(
            "authors:\n  b:\n    name: B\n  a:\n    name: [A]\n",
            [
                "authors.yml:5: author 'a': name ['A'] is not text; ignored",
                "authors.yml:4: author 'a' has no name; the slug is shown instead",
            ],
            id="material-shape-lines",
        ),
        pytest.param("", [], id="empty-file"),
        pytest.param("# only a comment\n", [], id="only-comment"),
    ],
)
def test_registry_problems(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = write(tmp_path / "authors.yml", text)
    registry = load_registry(path, tmp_path, set())
    assert [str(problem) for problem in registry.problems] == expected


def test_unsafe_values_are_not_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "authors.yml",
        """\
        a:
          name: A
          url: javascript:alert(1)
          links:
            Ok: ' https://ok.example '
            Bad: 'JAVASCRIPT:alert(1)'
            Mail: mailto:a@example.com
        """,
    )
    registry = load_registry(path, tmp_path, set())
    author = registry.authors["a"]
    assert author.url is None
    assert author.links == (("Ok", "https://ok.example"), ("Mail", "mailto:a@example.com"))


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "authors.yml"
    path.write_bytes(b"a:\n  name: Caf\xe9\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem("authors.yml", 2, "is not UTF-8 text (byte 0xe9 at column 12); ignored")
    ]


def test_non_utf8_place_counts_characters_after_a_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "authors.yml"
    path.write_bytes(b"\xef\xbb\xbfa:\r\n  name: \xc3\x81na \x80\r\n")
    registry = load_registry(path, tmp_path, set())
    assert [str(p) for p in registry.problems] == [
        "authors.yml:2: is not UTF-8 text (byte 0x80 at column 13); ignored"
    ]


def test_non_utf8_profile_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "authors" / "a.md", "---\nname: A\n---\n")
    (tmp_path / "authors" / "b.md").write_bytes(b"---\nname: \xff\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert list(registry.authors) == ["a"]
    assert [str(p) for p in registry.problems] == [
        "authors/b.md:2: is not UTF-8 text (byte 0xff at column 7); ignored"
    ]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "authors.yml"
    path.write_bytes("\ufeffa: Ána\n".encode())
    registry = load_registry(path, tmp_path, set())
    assert registry.problems == []
    assert registry.authors == {"a": Author("a", "Ána")}


def test_missing_registry(tmp_path: Path) -> None:
    registry = load_registry(tmp_path / "team.yml", tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem("team.yml", None, "authors registry not found; bylines show author slugs")
    ]


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        pytest.param(("authors.yml", ".authors.yml", "authors/"), "authors.yml", id="all"),
        pytest.param((".authors.yml", "authors/"), ".authors.yml", id="material-before-folder"),
        pytest.param(("authors.yml", "authors/"), "authors.yml", id="yml-before-folder"),
        pytest.param(("authors/",), "authors", id="folder"),
        pytest.param(("authors.yaml", "team/"), None, id="none"),
    ],
)
def test_find_registry_default_order(
    tmp_path: Path, present: tuple[str, ...], expected: str | None
) -> None:
    for name in present:
        if name.endswith("/"):
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_text("a: A\n", encoding="utf-8")
    found = find_registry(tmp_path, None)
    assert found == (None if expected is None else tmp_path / expected)


def test_find_registry_configured_wins_even_if_missing(tmp_path: Path) -> None:
    (tmp_path / "authors.yml").write_text("a: A\n", encoding="utf-8")
    assert find_registry(tmp_path, "team/people.yml") == tmp_path / "team" / "people.yml"
    assert find_registry(tmp_path, "") == tmp_path / "authors.yml"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("authors.yml", "a:\n  name: A\n  joined: 2021-02-30\n", id="yaml"),
        pytest.param("authors/a.md", "---\nname: A\njoined: 2021-02-30\n---\n", id="profile"),
    ],
)
def test_impossible_yaml_timestamp_in_an_unread_key_is_no_crash(
    tmp_path: Path, name: str, text: str
) -> None:
    # Timestamps stay text (see yamlload), so an impossible one in a key the registry does
    # not read is simply ignored, like any other unknown key.
    path = write(tmp_path / name, text)
    registry = load_registry(path if name.endswith(".yml") else path.parent, tmp_path, set())
    assert registry.problems == []
    assert registry.authors["a"].name == "A"


def test_non_mapping_entry_is_one_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "a: A\nc: 42\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors["c"] == Author("c", "c")
    assert [str(p) for p in registry.problems] == [
        "authors.yml:2: author 'c' is an int, expected name, avatar, bio, url; "
        "the slug is shown as the name"
    ]


def test_profile_image_problem_is_on_its_line(tmp_path: Path) -> None:
    write(tmp_path / "authors" / "a.md", "---\nname: A\nimage: ./missing.png\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert [problem.line for problem in registry.problems] == [3]


def test_profile_with_invalid_yaml_is_one_problem(tmp_path: Path) -> None:
    write(tmp_path / "authors" / "c.md", "---\nname: [C\n---\nBio.\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors["c"] == Author("c", "c", bio="Bio.")
    assert [str(problem) for problem in registry.problems] == [
        "authors/c.md:3: front matter is not valid YAML (did not find expected ',' or ']'); "
        "read as if it had none"
    ]


def test_an_unreadable_registry_file_is_one_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which chmod cannot lock out: the read itself fails instead.
    path = write(tmp_path / "authors.yml", "a: A\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    registry = load_registry(path, tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem("authors.yml", None, f"cannot be read ({os.strerror(errno.EACCES)})")
    ]


def test_a_folder_named_like_a_profile_is_one_problem_and_the_others_are_read(
    tmp_path: Path,
) -> None:
    write(tmp_path / "authors" / "a.md", "---\nname: A\n---\n")
    (tmp_path / "authors" / "b.md").mkdir()
    write(tmp_path / "authors" / "c.md", "---\nname: C\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {"a": Author("a", "A"), "c": Author("c", "C")}
    assert registry.problems == [
        Problem("authors/b.md", None, f"cannot be read ({os.strerror(errno.EISDIR)})")
    ]


def test_a_profile_linking_out_of_the_folder_is_not_read_and_the_others_are(
    tmp_path: Path,
) -> None:
    write(tmp_path / "private" / "notes.md", "---\nname: Secret\n---\nNot a profile.\n")
    write(tmp_path / "authors" / "a.md", "---\nname: A\n---\n")
    (tmp_path / "authors" / "b.md").symlink_to(tmp_path / "private" / "notes.md")
    write(tmp_path / "authors" / "c.md", "---\nname: C\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert registry.authors == {"a": Author("a", "A"), "c": Author("c", "C")}
    assert registry.problems == [
        Problem("authors/b.md", None, "links to a file outside the authors folder; not read")
    ]


def test_a_registry_yaml_error_without_a_line_has_none(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "a: A\nb: !!int abc\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem(
            "authors.yml",
            None,
            "is not valid YAML (invalid literal for int() with base 10: 'abc'); no authors loaded",
        )
    ]


def test_a_control_character_in_the_registry_is_reported_on_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "a: A\nb:\n  name: B\x01\n")
    registry = load_registry(path, tmp_path, set())
    assert registry.authors == {}
    assert registry.problems == [
        Problem(
            "authors.yml",
            3,
            "is not valid YAML (unacceptable character #x0001: "
            f"{CONTROL_WORD} characters are not allowed); no authors loaded",
        )
    ]


def test_profile_problem_lines_count_blank_lines_after_the_opening(tmp_path: Path) -> None:
    write(tmp_path / "authors" / "a.md", "---\n\n\nname: A\nimage: ./missing.png\n---\n")
    registry = load_registry(tmp_path / "authors", tmp_path, set())
    assert [problem.line for problem in registry.problems] == [5]


def test_authors_merged_in_from_an_anchor_are_read_and_checked(tmp_path: Path) -> None:
    # The `authors:` key comes from a YAML merge, so no line of the file holds it: the
    # problem has no line, and the build goes on.
    path = write(
        tmp_path / "authors.yml",
        """\
        shared: &shared
          authors:
            a: {name: [A]}
            b: {name: B}
        <<: *shared
        """,
    )
    registry = load_registry(path, tmp_path, set())
    assert registry.authors == {"a": Author("a", "a"), "b": Author("b", "B")}
    assert [(p.line, p.message) for p in registry.problems] == [
        (None, "author 'a': name ['A'] is not text; ignored"),
        (None, "author 'a' has no name; the slug is shown instead"),
    ]


def test_an_entrys_place_is_its_own_key_line_in_every_shape(tmp_path: Path) -> None:
    """The entry `ana` is on line 5, though `ana:` also appears as a link label on line 4."""
    docs = tmp_path / "docs"
    registry_text = """\
        bob:
          name: Bob
          links:
            ana: https://example.com/ana-on-bob
        "ana":
          name: Ana
        """
    write(docs / "authors.yml", registry_text)
    registry = load_registry(docs / "authors.yml", docs, set())
    assert registry.place_of("ana") == "authors.yml:5"
    assert registry.place_of("bob") == "authors.yml:1"
    material = textwrap.indent(textwrap.dedent(registry_text), "  ")
    write(docs / "blog/.authors.yml", "authors:\n" + material)
    registry = load_registry(docs / "blog/.authors.yml", docs, set())
    assert registry.place_of("ana") == "blog/.authors.yml:6"
    write(docs / "authors/ana.md", "---\nname: Ana\n---\nBio.\n")
    registry = load_registry(docs / "authors", docs, {"authors/ana.md"})
    assert registry.place_of("ana") == "authors/ana.md"
