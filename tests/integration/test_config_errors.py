"""Options: a wrong value is MkDocs' own configuration error at load time, a valid one works."""

from __future__ import annotations

import re

import pytest

from tests.conftest import BuiltSite, SiteBuilder

STRPTIME = re.escape(
    "Expected strptime formats with a day, month and year, such as '%m/%d/%Y' or '%Y-%m-%d'"
)
BABEL = re.escape("Expected short, medium, long, full or a CLDR date pattern like 'd MMM y'")
LOCALE = re.escape("Expected a locale Babel knows, such as 'fr', 'de_CH' or 'pt-BR'")


def byline_date(built: BuiltSite, src_uri: str = "posts/p.md") -> str:
    time = built.soup(src_uri).select_one(".blogposts-byline time")
    assert time is not None, f"no date in the byline of {src_uri}"
    return str(time.get_text(strip=True))


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"posts_per_page": 0}, r"Expected a whole number of at least 1, got 0"),
        ({"posts_per_page": "many"}, r"Expected type: <class 'int'> but received: <class 'str'>"),
        ({"list_per_page": 0}, r"Expected a whole number of at least 1, got 0"),
        ({"list_per_page": "all"}, r"Expected type: <class 'int'> but received: <class 'str'>"),
        ({"blog_dir": "../outside"}, r"Expected a folder inside docs_dir, got '\.\./outside'"),
        ({"locale": "xx_YY"}, rf"{LOCALE}, got 'xx_YY'"),
        ({"locale": "klingon"}, rf"{LOCALE}, got 'klingon'"),
        ({"locale": False}, rf"{LOCALE}, got False \(YAML reads an unquoted no as false: .*\)"),
        ({"labels": ["newer"]}, r"Expected a mapping of label names to texts, .*"),
        ({"labels": {"newest": "x"}}, r"there is no label 'newest'; the labels are: blog, .*"),
        ({"labels": {"updated": "{when}"}}, r"label 'updated' has no field \{when\} .*"),
        ({"labels": {"post_count": {"one": "x"}}}, r"label 'post_count' needs an 'other' form, .*"),
        ({"featured_on_index": -1}, r"Expected a whole number of at least 0, got -1"),
        ({"featured_on_index": True}, r"Expected a whole number of at least 0, got True"),
        (
            {"date_formats": ["%m/%d/%Y", "%Q"]},
            rf"{STRPTIME}, got '%Q' \('Q' is a bad directive in format '%Q'\)",
        ),
        ({"date_formats": ["%Y-%m"]}, rf"{STRPTIME}, got '%Y-%m' \(it has no day\)"),
        (
            {"date_format": "d MMM y zzzz"},
            rf"{BABEL}, got 'd MMM y zzzz' \('zzzz' is not a date field\)",
        ),
        (
            {"date_format": "garbage"},
            rf"{BABEL}, got 'garbage' \('a' is not a date field\)",
        ),
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


def test_bad_date_format_is_a_config_error_before_any_page_is_read(site: SiteBuilder) -> None:
    """It used to pass config validation and abort the build later with a BuildError."""
    site.blogposts_options(date_format="d MMM y zzzz")
    site.post("p.md", title="P")
    site.build_fails(
        r"Aborted with a configuration error",
        expect=[
            rf"^Config value 'plugins': Plugin 'blogposts' option 'date_format': {BABEL}, "
            rf"got 'd MMM y zzzz' \('zzzz' is not a date field\)$"
        ],
    )


# Valid values that are not the default work in a real build. ---------------------------------


@pytest.mark.parametrize("locale", ["pt-BR", "pt_BR"])
def test_locale_gives_dates_in_that_language(site: SiteBuilder, locale: str) -> None:
    site.blogposts_options(locale=locale)
    site.authors_yaml()
    site.post("p.md", title="P", date="08/10/2021")
    assert byline_date(site.build(strict=True)) == "10 de agosto de 2021"


def test_locale_option_wins_over_the_theme_language(site: SiteBuilder) -> None:
    site.config["theme"] = {"name": "material", "language": "de"}
    site.blogposts_options(locale="fr")
    site.authors_yaml()
    site.post("p.md", title="P")
    assert byline_date(site.build(strict=True)) == "10 août 2021"


@pytest.mark.parametrize(
    ("theme", "expected"),
    [
        ({"name": "material", "language": "de"}, "10. August 2021"),
        ({"name": "material", "language": "pt-BR"}, "10 de agosto de 2021"),
        ({"name": "material", "language": "sh"}, "10. avgust 2021."),  # CLDR: sh is sr_Latn
        ({"name": "mkdocs", "locale": "fr"}, "10 août 2021"),
    ],
)
def test_without_locale_dates_follow_the_theme(
    site: SiteBuilder, theme: dict[str, str], expected: str
) -> None:
    site.config["theme"] = theme
    site.authors_yaml()
    site.post("p.md", title="P")
    assert byline_date(site.build(strict=True)) == expected


def test_theme_language_babel_does_not_know_gives_english_dates_and_says_so(
    site: SiteBuilder,
) -> None:
    """Material's `language: custom` (translations in custom_dir) is no locale for Babel."""
    site.config["theme"] = {"name": "material", "language": "custom", "custom_dir": "overrides"}
    custom = site.root / "overrides" / "partials" / "languages" / "custom.html"
    custom.parent.mkdir(parents=True)
    custom.write_text('{% extends "partials/languages/en.html" %}\n', encoding="utf-8")
    site.authors_yaml()
    site.post("p.md", title="P")
    built = site.build(
        expect=[
            r"^mkdocs_blogposts: the theme's language 'custom' is not a locale Babel knows, so "
            r"the blog's words and dates are in English; set the plugin's 'locale' option to "
            r"choose their language$"
        ]
    )
    assert byline_date(built) == "August 10, 2021"


@pytest.mark.parametrize(("featured_on_index", "expected"), [(0, []), (1, ["Newer"])])
def test_featured_on_index_limits_the_featured_posts_on_the_index(
    site: SiteBuilder, featured_on_index: int, expected: list[str]
) -> None:
    site.blogposts_options(featured_on_index=featured_on_index)
    site.authors_yaml()
    site.post("older.md", title="Older", date="01/02/2020", featured=True)
    site.post("newer.md", title="Newer", date="01/02/2021", featured=True)
    built = site.build(strict=True)
    featured = built.soup("blog/index.md").select(".blogposts-featured .blogposts-card-title a")
    assert [a.get_text(strip=True) for a in featured] == expected
    assert built.card_titles("blog/featured.md") == ["Newer", "Older"]


def test_date_formats_reads_day_first_dates(site: SiteBuilder) -> None:
    site.blogposts_options(date_formats=["%d.%m.%Y", "%Y-%m-%d"])
    site.authors_yaml()
    site.post("p.md", title="P", date="10.08.2021")
    assert byline_date(site.build(strict=True)) == "August 10, 2021"


def test_date_format_pattern_shows_dates_that_way(site: SiteBuilder) -> None:
    site.blogposts_options(date_format="EEEE d MMM y", locale="en_GB")
    site.authors_yaml()
    site.post("p.md", title="P")
    assert byline_date(site.build(strict=True)) == "Tuesday 10 Aug 2021"
