"""The interface's language: the system's, or the one chosen in Settings (from the next start).

Qt's own texts (buttons such as Cancel, the file dialogs) come from Qt's translations; the
program's texts from `disciplinedesk_<language>.qm`, compiled from `i18n/*.ts` into the
resources. A language without a compiled file falls back to English text by text, which is
how Qt translators work.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from disciplinedesk.ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

# The interface languages: the handbook's six (p.6-7), each with its own name.
INTERFACE_LANGUAGES = {
    "en": "English",
    "es": "Español",
    "ru": "Русский",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "so": "Soomaali",
}


def interface_language(setting: str) -> str:
    """The language to use: the setting when it names one, else the system's when supported,
    else English."""
    if setting in INTERFACE_LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in INTERFACE_LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load and install Qt's and the program's translations; returns them (keep them alive)."""
    if language == "en":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_name = "qtbase_zh_CN" if language == "zh" else f"qtbase_{language}"
    program = Path(str(resources.files("disciplinedesk") / "resources" / "i18n"))
    for folder, name in ((qt_folder, qt_name), (str(program), f"disciplinedesk_{language}")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
