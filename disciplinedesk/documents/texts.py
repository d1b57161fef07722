"""Letter texts per language (resources/letters/<lang>.toml) and dates the way each writes them."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.resource_folder import resource_path

LETTER_LANGUAGES = ("en", "es", "ru", "vi", "zh", "so")


# A text is one string, or its forms by the language's plural category ("one", "few",
# "other"...: CLDR's, through babel), for a sentence that counts days.
Text = str | dict[str, str]


@dataclass(frozen=True)
class LetterTexts:
    language: str
    name: str
    reviewed: bool
    texts: dict[str, Text]

    def __getitem__(self, key: str) -> str:
        value = self.texts[key]
        return value if isinstance(value, str) else value["other"]

    def count(self, key: str, number: float) -> str:
        """The text that goes with `number` ("1 school day", "2 school days", "5 дней")."""
        value = self.texts[key]
        if isinstance(value, str):
            return value
        category = Locale.parse(self.language).plural_form(number)
        return value.get(category, value["other"])

    def date(self, day: date) -> str:
        return format_date(day, format="long", locale=self.language)


def letters_dir() -> Path:
    return resource_path("letters")


@cache
def load_texts(language: str) -> LetterTexts:
    if language not in LETTER_LANGUAGES:
        supported = ", ".join(LETTER_LANGUAGES)
        raise UserFacingError(f"no family letter in {language!r}; letters exist in {supported}")
    path = letters_dir() / f"{language}.toml"
    with path.open("rb") as file:
        data = tomllib.load(file)
    meta = data["meta"]
    return LetterTexts(
        language, str(meta["language"]), bool(meta["reviewed"]), dict(data["letter"])
    )


def placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
