"""The interface's language: the system's, or the one chosen in Settings (from the next start).
Only complete translations are offered; each says whether a qualified translator reviewed it.

Qt's own texts (buttons such as Cancel, the file dialogs) come from Qt's translations; the
program's texts from `disciplinedesk_<language>.qm`, compiled from `i18n/*.ts` into the
resources. A language without a compiled file falls back to English text by text, which is
how Qt translators work.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from disciplinedesk.resource_folder import resource_path
from disciplinedesk.ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

I18N = resource_path("i18n")


class InterfaceTranslation(NamedTuple):
    code: str
    name: str  # in its own language
    complete: bool  # every text translated: offered in Settings
    reviewed: bool  # by a qualified translator; until then a draft


def interface_translations() -> list[InterfaceTranslation]:
    """The translations of the interface and their status (resources/i18n/status.toml)."""
    import tomllib  # read when a language other than English is asked about

    with (I18N / "status.toml").open("rb") as file:
        status = tomllib.load(file)
    return [
        InterfaceTranslation(code, str(v["name"]), bool(v["complete"]), bool(v["reviewed"]))
        for code, v in status.items()
    ]


@cache
def interface_languages() -> dict[str, str]:
    """English, and every translation that is complete, each named in its own language."""
    return {"en": "English"} | {t.code: t.name for t in interface_translations() if t.complete}


def interface_language(setting: str) -> str:
    """The language to use: the setting when it names one, else the system's when supported,
    else English (an English one needs no look at the translations' status)."""
    if setting == "en" or (setting and setting in interface_languages()):
        return setting
    system = QLocale.system().name().split("_")[0]
    if system in ("en", "C"):
        return "en"
    return system if system in interface_languages() else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load and install Qt's and the program's translations; returns them (keep them alive).
    English needs the program's file too: it holds the plural forms ("1 day", "2 days").
    Month names and numbers follow the interface's language too, not the system's."""
    QLocale.setDefault(QLocale(language))
    installed = []
    files = [(str(I18N), f"disciplinedesk_{language}")]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_name = "qtbase_zh_CN" if language == "zh" else f"qtbase_{language}"
        files.insert(0, (qt_folder, qt_name))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
