"""The options' validators: what each accepts, what it stores, and the exact message otherwise."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.config import BlogpostsConfig, locale_name

STRPTIME = "Expected strptime formats with a day, month and year, such as '%m/%d/%Y' or '%Y-%m-%d'"
BABEL = "Expected short, medium, long, full or a CLDR date pattern like 'd MMM y'"
LOCALE = "Expected a locale Babel knows, such as 'fr', 'de_CH' or 'pt-BR'"


def _validated(**options: object) -> BlogpostsConfig:
    config = BlogpostsConfig()
    config.load_dict(options)
    errors, warnings = config.validate()
    assert not errors, errors
    assert not warnings, warnings
    return config


def _error(**options: object) -> str:
    """The one message MkDocs would print after "option '<name>': "."""
    config = BlogpostsConfig()
    config.load_dict(options)
    errors, _ = config.validate()
    assert [name for name, _ in errors] == list(options), errors
    return str(errors[0][1])


def test_defaults() -> None:
    config = _validated()
    assert config.locale is None
    assert config.featured_on_index == 3
    assert config.date_formats == ["%m/%d/%Y", "%Y-%m-%d"]
    assert config.date_format == "long"


# locale -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("fr", "fr"),
        ("pt-BR", "pt_BR"),
        ("pt_BR", "pt_BR"),
        ("pt_br", "pt_BR"),
        ("de-CH", "de_CH"),
        ("zh-Hant", "zh_Hant"),
        ("es-419", "es_419"),
        ("no", "no"),
        ("sh", "sr_Latn"),  # deprecated code, replaced as CLDR says
        ("iw", "he_IL"),
    ],
)
def test_locale_is_stored_under_babels_name(value: str, stored: str) -> None:
    assert _validated(locale=value).locale == stored


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("xx_YY", f"{LOCALE}, got 'xx_YY'"),
        ("klingon", f"{LOCALE}, got 'klingon'"),
        ("en_XX", f"{LOCALE}, got 'en_XX'"),
        ("", f"{LOCALE}, got ''"),
        (3, f"{LOCALE}, got 3"),
        (["fr"], f"{LOCALE}, got ['fr']"),
        (False, f"{LOCALE}, got False (YAML reads an unquoted no as false: write 'no')"),
    ],
)
def test_locale_babel_does_not_know_is_an_error(value: object, message: str) -> None:
    assert _error(locale=value) == message


def test_locale_name_is_none_for_unknown_locales() -> None:
    assert locale_name("pt-BR") == "pt_BR"
    assert locale_name("klingon") is None
    assert locale_name("custom") is None  # Material's own-translations language


# featured_on_index --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 1, 3, 100])
def test_featured_on_index_takes_whole_numbers_from_zero(value: int) -> None:
    assert _validated(featured_on_index=value).featured_on_index == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Expected a whole number of at least 0, got -1"),
        (True, "Expected a whole number of at least 0, got True"),
        (False, "Expected a whole number of at least 0, got False"),
        (2.5, "Expected type: <class 'int'> but received: <class 'float'>"),
        ("3", "Expected type: <class 'int'> but received: <class 'str'>"),
    ],
)
def test_featured_on_index_rejects(value: object, message: str) -> None:
    assert _error(featured_on_index=value) == message


@pytest.mark.parametrize("name", ["posts_per_page", "list_per_page", "words_per_minute"])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "Expected a whole number of at least 1, got 0"),
        (True, "Expected a whole number of at least 1, got True"),
    ],
)
def test_positive_options_reject_zero_and_bools(name: str, value: object, message: str) -> None:
    assert _error(**{name: value}) == message


# date_formats -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "formats",
    [
        ["%d/%m/%Y"],
        ["%d.%m.%Y", "%B %d, %Y"],
        ["%m/%d/%y"],  # a two-digit year still names the year
        ["%Y-%j"],  # day of the year: month and day follow
        ["%Y-%m-%d %H:%M"],
        ["%Y-%m-%d %z"],
        ["%G-W%V-%u"],  # ISO week date
        [],  # only YAML dates and ISO 8601 date-times
    ],
)
def test_date_formats_accepts_formats_reading_a_whole_date(formats: list[str]) -> None:
    assert _validated(date_formats=formats).date_formats == formats


@pytest.mark.parametrize(
    ("formats", "message"),
    [
        (["%Q"], f"{STRPTIME}, got '%Q' ('Q' is a bad directive in format '%Q')"),
        (
            ["%m/%d/%Y", "%d/%m/%Q"],
            f"{STRPTIME}, got '%d/%m/%Q' ('Q' is a bad directive in format '%d/%m/%Q')",
        ),
        (
            ["%-d/%m/%Y"],
            f"{STRPTIME}, got '%-d/%m/%Y' ('-' is a bad directive in format '%-d/%m/%Y')",
        ),
        (["%Y-%m-%"], f"{STRPTIME}, got '%Y-%m-%' (stray % in format '%Y-%m-%')"),
        (["%m/%m/%Y"], f"{STRPTIME}, got '%m/%m/%Y' (it reads %m twice)"),
        (["%Y-%m"], f"{STRPTIME}, got '%Y-%m' (it has no day)"),
        (["%d %B"], f"{STRPTIME}, got '%d %B' (it has no year)"),
        (["%d/%Y"], f"{STRPTIME}, got '%d/%Y' (it has no month)"),
        (["%H:%M"], f"{STRPTIME}, got '%H:%M' (it has no day, month or year)"),
        ([""], f"{STRPTIME}, got '' (it has no day, month or year)"),
        ([2021], f"{STRPTIME}, got 2021 (not a string)"),
    ],
)
def test_date_formats_rejects_formats_that_cannot_date_a_post(
    formats: list[object], message: str
) -> None:
    assert _error(date_formats=formats) == message


def test_date_formats_must_be_a_list() -> None:
    assert _error(date_formats="%d/%m/%Y") == (
        "Expected a list of items, but a <class 'str'> was given."
    )


# date_format --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "short",
        "medium",
        "long",
        "full",
        "d MMM y",
        "dd/MM/yyyy",
        "EEEE, d. MMMM y",
        "d 'de' MMMM 'de' y",
        "d 'o''clock' MMM y",
        "LLLL y",
        "QQQ y",
        "y",
    ],
)
def test_date_format_accepts_names_and_date_patterns(value: str) -> None:
    assert _validated(date_format=value).date_format == value


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("d MMM y zzzz", "'zzzz' is not a date field"),
        ("d MMM y HH:mm", "'HH' is not a date field"),
        ("garbage", "'a' is not a date field"),
        ("d MMM y at", "'a' is not a date field"),
        ("d MMMM on y", "'o' is not a pattern letter; put literal text in quotes: d 'de' MMMM"),
        ("Long", "the names are lower case"),
        ("%d %B %Y", "a strftime format; those go in date_formats"),
        ("d 'de MMMM", "a quote is not closed"),
        ("...", "it shows no part of the date"),
        ("", "it shows no part of the date"),
        ("'Posted'", "it shows no part of the date"),
        ("ddddd MMM", "Invalid length for field: 'ddddd'"),
    ],
)
def test_date_format_rejects_what_cannot_show_a_date(value: str, problem: str) -> None:
    assert _error(date_format=value) == f"{BABEL}, got {value!r} ({problem})"


def test_date_format_must_be_a_string() -> None:
    assert _error(date_format=3) == "Expected type: <class 'str'> but received: <class 'int'>"


# author_segment -----------------------------------------------------------------------------

SEGMENT = "Expected one URL folder name of lower-case letters, digits, '-' or '_'"
RESERVED = "archive, category, featured, index, page, tag"


def test_author_segment_default() -> None:
    assert _validated().author_segment == "author"


@pytest.mark.parametrize("value", ["author", "people", "our-team", "team_2024", "a", "2024"])
def test_author_segment_accepts_one_lower_case_folder_name(value: str) -> None:
    assert _validated(author_segment=value).author_segment == value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "People",
        "AUTHOR",
        "our team",
        " people",
        "people/",
        "/people",
        "blog/people",
        "people\\team",
        ".",
        "..",
        "people.html",
        "auteur\N{LATIN SMALL LETTER E WITH ACUTE}",
        "people?x=1",
        "people#top",
        "%20",
    ],
)
def test_author_segment_rejects_anything_but_one_folder_name(value: str) -> None:
    assert _error(author_segment=value) == (
        f"{SEGMENT} such as 'author' or 'people', got {value!r}"
    )


@pytest.mark.parametrize("value", ["archive", "category", "featured", "index", "page", "tag"])
def test_author_segment_rejects_the_folders_of_the_other_listings(value: str) -> None:
    assert _error(author_segment=value) == (
        f"{value!r} is a folder the blog's other pages use ({RESERVED}); "
        "choose another, such as 'people'"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (3, "Expected type: <class 'str'> but received: <class 'int'>"),
        (["people"], "Expected type: <class 'str'> but received: <class 'list'>"),
    ],
)
def test_author_segment_must_be_a_string(value: object, message: str) -> None:
    assert _error(author_segment=value) == message


# related_posts ------------------------------------------------------------------------------


def test_related_posts_default() -> None:
    assert _validated().related_posts == 3


@pytest.mark.parametrize("value", [0, 1, 3, 50])
def test_related_posts_takes_whole_numbers_from_zero(value: int) -> None:
    assert _validated(related_posts=value).related_posts == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Expected a whole number of at least 0, got -1"),
        (True, "Expected a whole number of at least 0, got True"),
        (False, "Expected a whole number of at least 0, got False"),
        (2.5, "Expected type: <class 'int'> but received: <class 'float'>"),
        ("3", "Expected type: <class 'int'> but received: <class 'str'>"),
    ],
)
def test_related_posts_rejects(value: object, message: str) -> None:
    assert _error(related_posts=value) == message


# list_per_page ------------------------------------------------------------------------------


def test_list_per_page_default() -> None:
    config = _validated()
    assert config.list_per_page == 100
    assert config.posts_per_page == 24  # cards: its own option


@pytest.mark.parametrize("value", [1, 2, 50, 1000])
def test_list_per_page_takes_whole_numbers_from_one(value: int) -> None:
    config = _validated(list_per_page=value)
    assert config.list_per_page == value
    assert config.posts_per_page == 24


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "Expected a whole number of at least 1, got 0"),
        (-1, "Expected a whole number of at least 1, got -1"),
        (True, "Expected a whole number of at least 1, got True"),
        (False, "Expected a whole number of at least 1, got False"),
        (2.5, "Expected type: <class 'int'> but received: <class 'float'>"),
        ("50", "Expected type: <class 'int'> but received: <class 'str'>"),
    ],
)
def test_list_per_page_rejects(value: object, message: str) -> None:
    assert _error(list_per_page=value) == message
