"""A back-entry through the program: a decision made before DisciplineDesk was used, entered
from the File menu, said to be one on every page, recorded as it was made, and marked as a
back-entry in the log, the incident view and the printed summary."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import list_incidents, show_incident
from disciplinedesk.store.students import student_key
from disciplinedesk.ui.incident_view import IncidentView
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.qt import QAction, QDateTime, QLabel, Qt, QWizard
from disciplinedesk.ui.session import Session


def _menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu item {text!r}")


def test_a_back_entry_from_the_file_menu(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    _menu_action(window, "Enter a past decision (back-entry)...").trigger()
    wizard = window.wizard
    assert wizard is not None and wizard.draft.back_entry
    assert wizard.windowTitle() == "Enter a past decision (back-entry)"
    banners = [
        label for label in wizard.findChildren(QLabel) if label.objectName() == "back-entry-banner"
    ]
    assert len(banners) == 7  # on every page: nobody takes it for today's decision
    assert "before DisciplineDesk was used" in banners[0].text()

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.student_page.search, "100900")  # Maya, grade 4
    wizard.next()
    page = wizard.behavior_page
    page.check_behavior("fighting")
    assert not next_button.isEnabled()  # dated today: not a past decision
    assert "before today" in page.reason.text()
    page.when.setDateTime(QDateTime.fromString("2026-03-09T10:15", "yyyy-MM-ddTHH:mm"))
    assert next_button.isEnabled(), page.reason.text()
    for _ in range(4):
        wizard.next()
    decision = wizard.decision_page
    assert wizard.currentPage() is decision
    assert not decision.family_button.isVisible()  # no family across the desk
    # A suspension in grade 4, as it was made then; no reason was written down.
    decision.action.setCurrentIndex(decision.action.findData("out_of_school_suspension"))
    decision.days.setValue(2)
    decision.start.setDate(decision.start.date().fromString("2026-03-10", "yyyy-MM-dd"))
    decision.decided_by.clear()
    qtbot.keyClicks(decision.decided_by, "Former VP")
    assert "Not permitted as entered" in decision.findings.toPlainText()  # still said
    assert next_button.isEnabled(), decision.reason.text()
    wizard.next()
    summary = wizard.summary_page.text.toPlainText()
    assert "Back-entry" in summary and "No follow-ups are created" in summary
    with qtbot.waitSignal(wizard.recorded, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.wait(10)
    assert getattr(window, "documents", None) is None  # no letter is offered
    assert window.statusBar().currentMessage() == "Back-entry recorded."

    (row,) = list_incidents(session.log)
    details = show_incident(session.log, row["id"])
    assert details["incident"]["back_entry"] == 1
    assert details["revisions"][0]["follow_ups"] == []
    action_cell = window.model.index(0, 4).data()
    assert action_cell.endswith("(back-entry)"), action_cell
    key = student_key(session.log, "100900")
    assert key is not None
    from datetime import datetime

    history = student_history(session.log, session.pack, key, datetime(2026, 4, 1))
    assert history["exclusion_days_this_year"] == 2  # the prior record is complete

    view = IncidentView(session, row["id"])
    qtbot.addWidget(view)
    assert "Back-entry: a decision made before DisciplineDesk was used, entered on " + (
        date.today().isoformat()
    ) in " ".join(view.text.toPlainText().split())

    from disciplinedesk.printing import write_document

    path = tmp_path / "summary.pdf"
    write_document(session.log, session.pack, row["id"], "summary", path, actor="vp")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Back-entry: a decision made before DisciplineDesk was used" in flat
    assert re.search(r"Decided by: Former VP ?; entered", flat), flat[-400:]


def test_a_back_entry_is_dated_before_today(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    wizard = window.start_back_entry()
    qtbot.keyClicks(wizard.student_page.search, "200300")
    wizard.next()
    page = wizard.behavior_page
    page.check_behavior("disruptive_conduct")
    yesterday = date.today() - timedelta(days=1)
    page.when.setDateTime(
        QDateTime.fromString(f"{yesterday.isoformat()}T09:00", "yyyy-MM-ddTHH:mm")
    )
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), page.reason.text()
    page.when.setDateTime(QDateTime.currentDateTime().addSecs(-60))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.reason.isVisible() or page.reason.text()
    assert Qt.WindowType.Dialog & wizard.windowFlags()
