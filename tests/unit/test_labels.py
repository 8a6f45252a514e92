"""The label catalogue: complete in every language, plural forms by Babel's rules, escaped."""

from __future__ import annotations

import pytest
from babel import Locale
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup, escape

from mkdocs_blogposts.labels import (
    TRANSLATIONS_DIR,
    Labels,
    catalogue,
    fallbacks,
    fields,
    keys,
    label_fields,
    problem_with,
)

LANGUAGES = sorted(path.stem for path in TRANSLATIONS_DIR.glob("*.yml"))
REQUIRED = {"en", "de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "ru", "ja", "zh", "ko"}
REQUIRED |= {"ar", "he"}
PLURAL_LABELS = [key for key in keys() if not isinstance(catalogue("en")[key], str)]


def test_the_catalogue_has_every_language_the_blog_promises() -> None:
    assert set(LANGUAGES) >= REQUIRED


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_every_label_and_no_other(language: str) -> None:
    assert list(catalogue(language)) == list(keys())


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_labels_have_exactly_the_forms_the_language_uses(language: str) -> None:
    """Babel's CLDR rules decide which forms a language has: Polish one/few/many/other,
    Arabic six, Japanese only other. A missing form would fall back to `other`; an extra one
    would never be shown."""
    expected = {*Locale.parse(language).plural_form.tags, "other"}
    for key in PLURAL_LABELS:
        assert set(catalogue(language)[key]) == expected, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_only_the_english_labels_fields(language: str) -> None:
    for key, label in catalogue(language).items():
        assert problem_with(key, label) is None, (language, key)
        forms = [label] if isinstance(label, str) else list(label.values())
        for form in forms:
            assert form, (language, key)
            assert form.strip() == form, (language, key)
            assert fields(form) <= label_fields(key), (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_that_counts_shows_the_count_except_arabic_words_for_few(
    language: str,
) -> None:
    """Arabic says "two posts" in one word (تدوينتان), with no numeral; every other form
    shows the number."""
    for key in [key for key in PLURAL_LABELS if "count" in label_fields(key)]:
        for category, form in catalogue(language)[key].items():
            if language == "ar" and category in ("zero", "one", "two"):
                continue
            assert "{count}" in form, (language, key, category)


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("en", 1, "1 post"),
        ("en", 2, "2 posts"),
        ("pl", 1, "1 wpis"),
        ("pl", 2, "2 wpisy"),
        ("pl", 5, "5 wpisów"),
        ("pl", 22, "22 wpisy"),
        ("pl", 112, "112 wpisów"),
        ("ru", 1, "1 запись"),
        ("ru", 3, "3 записи"),
        ("ru", 11, "11 записей"),
        ("ru", 21, "21 запись"),
        ("de", 1234, "1.234 Beiträge"),
        ("ja", 1, "1 件の記事"),
        ("ar", 2, "تدوينتان"),
        ("ar", 5, "5 تدوينات"),
        ("ar", 11, "11 تدوينة"),
    ],
)
def test_post_count_follows_the_languages_plural_rules(
    language: str, count: int, expected: str
) -> None:
    assert Labels(language).text("post_count", count=count) == expected


def test_a_region_falls_back_to_its_language_then_english() -> None:
    assert fallbacks("pt_BR") == ["pt_BR", "pt", "en"]
    assert fallbacks("zh_TW") == ["zh_Hant_TW", "zh_TW", "zh_Hant", "zh", "en"]
    assert fallbacks("de_CH") == ["de_CH", "de", "en"]
    assert fallbacks("en") == ["en"]
    assert Labels("de_AT").text("newer") == catalogue("de")["newer"]
    assert Labels("zh_TW").text("blog") == catalogue("zh_Hant")["blog"]
    # A language without a catalogue: English words, the language's numbers.
    assert Labels("sv").text("post_count", count=1234) == "1\N{NO-BREAK SPACE}234 posts"


def test_overrides_replace_single_labels_and_the_rest_stay_translated() -> None:
    labels = Labels("de", {"newer": "Vorheriger", "post_count": "{count} Texte"})
    assert labels.text("newer") == "Vorheriger"
    assert labels.text("post_count", count=1) == "1 Texte"
    assert labels.text("older") == catalogue("de")["older"]


def test_a_plural_override_falls_back_to_other_for_forms_it_lacks() -> None:
    labels = Labels("pl", {"post_count": {"one": "{count} tekst", "other": "{count} teksty"}})
    assert labels.text("post_count", count=1) == "1 tekst"
    assert labels.text("post_count", count=5) == "5 teksty"


def test_labels_and_their_values_are_escaped_but_markup_is_kept() -> None:
    labels = Labels("en", {"updated": "<b>Changed</b> {date}"})
    time = Markup('<time datetime="2021-08-10">August 10</time>')
    assert labels("updated", date=time) == (
        '&lt;b&gt;Changed&lt;/b&gt; <time datetime="2021-08-10">August 10</time>'
    )
    assert labels("scheduled", date="<script>") == "Scheduled: &lt;script&gt;"
    assert isinstance(labels("draft"), Markup)


def test_an_unknown_label_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="there is no label 'newest'; the labels are: blog"):
        Labels()("newest")


def test_right_to_left_languages_are_marked() -> None:
    assert [language for language in LANGUAGES if Labels(language).rtl] == ["ar", "fa", "he"]
    assert Labels("he").direction == "rtl"
    assert Labels("fr").direction == "ltr"


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("newest", "x", "there is no label 'newest'; the labels are: blog, "),
        ("newer", 3, "label 'newer' must be a text, or a text per plural category"),
        ("newer", {}, "label 'newer' must be a text, or a text per plural category"),
        ("newer", "{count} newer", "label 'newer' has no field {count} (it has: none)"),
        ("updated", "{when}", "label 'updated' has no field {when} (it has: {date})"),
        ("post_count", {"single": "x"}, "label 'post_count': 'single' is not a plural category"),
        ("post_count", {"one": "x"}, "label 'post_count' needs an 'other' form"),
        ("post_count", {"other": ["x"]}, "label 'post_count': other must be a text, got list"),
        ("post_count", "{count:>4}", "label 'post_count': {count:>4} is not a plain {name}"),
        ("post_count", "{count", "label 'post_count': "),
    ],
)
def test_bad_overrides_are_named(key: str, value: object, problem: str) -> None:
    found = problem_with(key, value)
    assert found is not None
    assert found.startswith(problem)


@given(
    language=st.sampled_from(LANGUAGES),
    count=st.integers(min_value=0, max_value=10**9),
    text=st.text(max_size=30),
)
def test_every_label_renders_in_every_language_for_any_count(
    language: str, count: int, text: str
) -> None:
    labels = Labels(language)
    for key in keys():
        values: dict[str, object] = dict.fromkeys(label_fields(key), text)
        if "count" in values:
            values["count"] = count
        if "page" in values:
            values["page"] = count
        html = labels(key, **values)
        plain = labels.text(key, **values)
        assert "<" not in html  # no label has markup of its own; values are escaped
        if {"date", "title"} & set(values):
            assert str(escape(text)) in html
            assert text in plain
        if "count" in values and not (language == "ar" and count < 3):
            assert format_decimal(count, locale=language) in plain
