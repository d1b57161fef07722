"""Every language has every key and the same placeholders; every file says if it was reviewed."""

from __future__ import annotations

import re
import tomllib

import pytest

from disciplinedesk.documents.texts import LETTER_LANGUAGES, letters_dir, load_texts, placeholders
from disciplinedesk.domain.translations import available_languages

OTHERS = [lang for lang in LETTER_LANGUAGES if lang != "en"]


@pytest.mark.parametrize("language", OTHERS)
def test_letter_keys_and_placeholders_match_english(language: str) -> None:
    english, other = load_texts("en"), load_texts(language)
    assert set(other.texts) == set(english.texts)
    for key in english.texts:
        wanted = placeholders(english[key])
        value = other.texts[key]
        for form in [value] if isinstance(value, str) else value.values():
            assert placeholders(form) == wanted, f"{language}.{key}"


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_a_count_of_days_reads_as_the_language_counts(language: str) -> None:
    """Forms by plural category, each with an "other" to fall back on; no "day(s)"."""
    texts = load_texts(language)
    for key, value in texts.texts.items():
        if isinstance(value, dict):
            assert "other" in value, f"{language}.{key}"
        for form in [value] if isinstance(value, str) else value.values():
            assert "(s)" not in form and "día(s)" not in form and "/a " not in form, key
            # Nor "отстранён(а)", "ученик (ученица)": a letter is worded to need no gender.
            assert not re.search(r"\w\((а|ла|на|ая|ица|ицы|ице|ицу|должна)\)", form), key
            assert not re.search(r"\((ученица|ученицы|ученице|ученицу|должна)\)", form), key


def test_the_spanish_letter_greets_the_family_without_a_gender() -> None:
    """ "Estimado padre, madre o..." agreed with the father alone; the family is addressed."""
    greeting = load_texts("es")["greeting"]
    assert greeting.startswith("Estimada familia") and "Estimado" not in greeting


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_every_letter_file_records_its_review_status(language: str) -> None:
    with (letters_dir() / f"{language}.toml").open("rb") as file:
        meta = tomllib.load(file)["meta"]
    assert isinstance(meta["reviewed"], bool) and meta["language"]
    assert meta["reviewed"] is (
        language == "en"
    )  # drafts until a qualified translator reviews them


def test_available_languages() -> None:
    assert available_languages() == sorted(OTHERS)


def test_unknown_letter_language_is_refused() -> None:
    from disciplinedesk.domain.errors import UserFacingError

    with pytest.raises(UserFacingError, match="no family letter in 'xx'"):
        load_texts("xx")
