"""The interface language: the setting wins, else the system's, else English; Qt's own texts
follow it once the translators are installed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.dialogs import SettingsDialog
from disciplinedesk.ui.qt import QApplication, QCoreApplication, QLocale
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import (
    INTERFACE_LANGUAGES,
    install_translators,
    interface_language,
    interface_translations,
)


def test_the_setting_wins_else_a_supported_language() -> None:
    for code in INTERFACE_LANGUAGES:
        assert interface_language(code) == code
    system = QLocale.system().name().split("_")[0]
    expected = system if system in INTERFACE_LANGUAGES else "en"
    assert interface_language("") == interface_language("xx") == expected
    incomplete = [t.code for t in interface_translations() if not t.complete]
    for code in incomplete:  # a translation not yet complete is not used
        assert interface_language(code) == expected


def test_qt_texts_follow_the_chosen_language(qapp: QApplication) -> None:
    translators = install_translators(qapp, "es")
    try:
        assert translators  # Qt's Spanish is shipped with PySide6
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert install_translators(qapp, "en") == []


def test_settings_choose_the_interface_language(qtbot: QtBot, session: Session) -> None:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, until chosen
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", *INTERFACE_LANGUAGES]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert get_setting(session.log, "language") == "en"


def test_the_main_window_in_spanish(qtbot: QtBot, qapp: QApplication, session: Session) -> None:
    from disciplinedesk.ui.main_window import MainWindow

    translators = install_translators(qapp, "es")
    try:
        assert len(translators) == 2  # Qt's and the program's
        window = MainWindow(session)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Archivo", "&Informes", "Ay&uda"]
        assert window.search.placeholderText() == "Buscar en descripciones y nombres"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
