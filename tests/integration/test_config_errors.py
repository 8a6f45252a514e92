"""Options: a wrong value is MkDocs' own configuration error at load time, a valid one works."""

from __future__ import annotations

import pytest

from tests.conftest import SiteBuilder


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"posts_per_page": 0}, r"Expected a whole number of at least 1, got 0"),
        ({"posts_per_page": "many"}, r"Expected type: <class 'int'> but received: <class 'str'>"),
        ({"blog_dir": "../outside"}, r"Expected a folder inside docs_dir, got '\.\./outside'"),
    ],
)
def test_invalid_options_get_mkdocs_config_errors(
    site: SiteBuilder, option: dict[str, object], message: str
) -> None:
    site.blogposts_options(**option)
    name = next(iter(option))
    site.build_fails(
        r"Aborted with a configuration error",
        expect=[rf"^Config value 'plugins': Plugin 'blogposts' option '{name}': {message}$"],
    )


def test_unknown_options_get_mkdocs_usual_warning(site: SiteBuilder) -> None:
    site.blogposts_options(post_dir="articles")
    site.build_fails(
        r"Aborted with 1 configuration warnings in 'strict' mode",
        strict=True,
        expect=[r"option 'post_dir': Unrecognised configuration name: post_dir$"],
    )


def test_bad_date_format_option_is_a_plugin_error(site: SiteBuilder) -> None:
    site.blogposts_options(date_format="d MMM y zzzz")
    site.build_fails(
        "Aborted with a BuildError",
        expect=[r"^blogposts: date_format 'd MMM y zzzz' is not a Babel date format"],
    )
