"""Every language has every key and the same placeholders; every file says if it was reviewed."""

from __future__ import annotations

import tomllib

import pytest

from disciplinedesk.documents.texts import LETTER_LANGUAGES, letters_dir, load_texts, placeholders
from disciplinedesk.domain.translations import available_languages

OTHERS = [lang for lang in LETTER_LANGUAGES if lang != "en"]


@pytest.mark.parametrize("language", OTHERS)
def test_letter_keys_and_placeholders_match_english(language: str) -> None:
    english, other = load_texts("en"), load_texts(language)
    assert set(other.texts) == set(english.texts)
    for key, text in english.texts.items():
        assert placeholders(other[key]) == placeholders(text), f"{language}.{key}"


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
