"""The interface language: the setting wins, else the system's, else English; Qt's own texts
follow it once the translators are installed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.dialogs import SettingsDialog
from disciplinedesk.ui.qt import QApplication, QCoreApplication, QLocale
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import (
    install_translators,
    interface_language,
    interface_languages,
    interface_translations,
)


def test_the_setting_wins_else_a_supported_language() -> None:
    for code in interface_languages():
        assert interface_language(code) == code
    system = QLocale.system().name().split("_")[0]
    expected = system if system in interface_languages() else "en"
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


def test_settings_choose_the_interface_language(qtbot: QtBot, session: Session) -> None:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, until chosen
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", *interface_languages()]
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


def test_plurals_follow_each_language(qapp: QApplication, session: Session) -> None:
    """Qt's numerus forms: English (installed for every test, as the program does), then
    Russian's three forms."""
    from disciplinedesk.ui.log_model import LogModel

    model = LogModel(session)
    row = {"action": "out_of_school_suspension"}
    assert model._action_text(row | {"days": 1}) == "Out-of-school suspension, 1 day"
    assert model._action_text(row | {"days": 3}) == "Out-of-school suspension, 3 days"
    assert model._action_text(row | {"days": 1.5}) == "Out-of-school suspension, 1.5 days"
    translators = install_translators(qapp, "ru")
    try:
        russian = [model._action_text(row | {"days": n}) for n in (1, 2, 5, 21)]
        assert [text.split(", ")[1] for text in russian] == ["1 день", "2 дня", "5 дней", "21 день"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_decision_page_in_spanish_shows_the_pack_in_spanish(
    qtbot: QtBot, qapp: QApplication, session: Session
) -> None:
    """Findings, headline, severity headings and the consistency sentence, all in Spanish;
    the log still records in the handbook's words."""
    from disciplinedesk.store.students import get_student
    from disciplinedesk.ui.session import Session as SpanishSession
    from tests.ui.test_wizard import _wizard

    spanish = SpanishSession(session.pack, session.log, session.data_dir, language="es")
    translators = install_translators(qapp, "es")
    try:
        wizard = _wizard(qtbot, spanish)
        wizard.student_page.select(get_student(session.log, "100900"))
        wizard.next()
        assert wizard.currentPage() is wizard.behavior_page
        wizard.behavior_page.check_behavior("fighting")
        qtbot.keyClicks(wizard.behavior_page.location, "Patio")
        for _ in range(3):
            wizard.next()
        wizard.suggestions_page.choose("restorative_conference")
        wizard.next()
        page = wizard.decision_page
        assert wizard.currentPage() is page, wizard.currentPage().title()
        page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
        page.days.setValue(2)
        assert page.headline.text().startswith("Tipo III · suspensión: posible")
        findings = page.findings.toPlainText()
        assert "No permitido tal como se ingresó" in findings
        assert "Para un estudiante de grado 5 o inferior" in findings
        assert "Manual de PPS págs. 17, 30" in findings
        assert "Traducción en borrador de los textos del manual" in findings  # drafts say so
        assert "Menos de 5 decisiones similares" in page.consistency.text()
        assert page.action.currentText() == "Suspensión fuera de la escuela"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert spanish.pack is session.pack and spanish.shown.pack.short_name == "Manual de PPS"


@pytest.mark.parametrize("language", ["en", "es", "ru", "vi", "zh", "so"])
def test_menu_mnemonics_do_not_clash(
    qtbot: QtBot, qapp: QApplication, session: Session, language: str
) -> None:
    """Alt+letter opens one menu, and one item in it, in every interface language."""
    import re

    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QMenu

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text)
        return found.group(1).lower() if found else None

    translators = install_translators(qapp, language)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        bar = [letter(a.text()) for a in window.menuBar().actions()]
        assert len(bar) == len(set(bar)) and None not in bar, bar
        for menu in window.menuBar().findChildren(QMenu):
            letters = [letter(a.text()) for a in menu.actions() if not a.isSeparator()]
            given = [x for x in letters if x is not None]
            assert len(given) == len(set(given)), (menu.title(), letters)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_month_names_follow_the_interface_language(qapp: QApplication) -> None:
    from disciplinedesk.ui.month_day_edit import MonthDayEdit

    before = QLocale()
    try:
        translators = install_translators(qapp, "es")
        assert MonthDayEdit("09-01").month.currentText().lower() == "septiembre"
        for translator in translators:
            qapp.removeTranslator(translator)
    finally:
        QLocale.setDefault(before)
