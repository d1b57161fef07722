"""Letter texts per language (resources/letters/<lang>.toml) and dates the way each writes them."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from babel.dates import format_date

from disciplinedesk.domain.errors import UserFacingError

LETTER_LANGUAGES = ("en", "es", "ru", "vi", "zh", "so")


@dataclass(frozen=True)
class LetterTexts:
    language: str
    name: str
    reviewed: bool
    texts: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def date(self, day: date) -> str:
        return format_date(day, format="long", locale=self.language)


def letters_dir() -> Path:
    return Path(str(resources.files("disciplinedesk.resources") / "letters"))


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
