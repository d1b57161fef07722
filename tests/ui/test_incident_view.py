"""A recorded incident reopened from the log: everyone involved, every revision with who and
when, the documents that left, the audit trail; printed again and voided from there."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.incidents import list_incidents, revise_decision
from disciplinedesk.store.participants import record_incident
from disciplinedesk.ui.incident_view import IncidentView
from disciplinedesk.ui.session import Session
from tests.ui.test_wizard_participants import _fight_in


def test_the_incident_shows_everyone_every_revision_and_what_left(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    from disciplinedesk.printing import write_document

    recorded = record_incident(session.log, session.pack, _fight_in(session), actor="t")
    revise_decision(
        session.log,
        session.pack,
        recorded.incident_id,
        {"action": "none", "days": 0},
        actor="t",
        student="200300",
    )
    write_document(
        session.log, session.pack, recorded.incident_id, "letter", tmp_path / "l.pdf", actor="vp"
    )
    view = IncidentView(session, recorded.incident_id)
    qtbot.addWidget(view)
    text = " ".join(view.text.toPlainText().split())
    assert view.windowTitle() == "Incident: 2026-11-18 12:20, Cafeteria"
    for person in (
        "Park, Leo (200300): did something",
        "Lopez, Ana (300100): did something",
        "Tran, Cy (300200): was harmed",
        "Ms. Ortiz: saw it",
    ):
        assert person in text, person
    assert "Revision 1: In-school suspension, 1 day from 2026-11-19, by A. Rivera" in text
    assert "Revision 2: No exclusion, by A. Rivera" in text
    assert "Stay-away" in text or "stay-away" in text  # the victim's support
    assert "family letter (en) for incident" in text and "by vp" in text  # the document
    assert "incidents insert" in text and "decisions revise" in text  # the audit trail


def test_voiding_from_the_view_keeps_it_and_says_why(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = record_incident(session.log, session.pack, _fight_in(session), actor="t")
    view = IncidentView(session, recorded.incident_id)
    qtbot.addWidget(view)
    asked: list[str] = []

    def answer(parent: object, title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return "Entered twice", True

    monkeypatch.setattr("disciplinedesk.ui.incident_view.QInputDialog.getText", answer)
    view.void.click()
    assert "stays in the log" in asked[0]
    assert list_incidents(session.log) == []
    assert "Void: Entered twice" in view.text.toPlainText()
    assert not view.void.isEnabled() and not view.documents.isEnabled()


def test_enter_on_a_log_row_opens_the_incident(qtbot: QtBot, session: Session) -> None:
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QApplication, Qt, QTimer

    record_incident(session.log, session.pack, _fight_in(session), actor="t")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    opened: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IncidentView)
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == ["Incident: 2026-11-18 12:20, Cafeteria"]


def test_a_decision_is_revised_from_the_incident_view_with_its_reason(
    qtbot: QtBot, session: Session, message_boxes: list[tuple[str, str]]
) -> None:
    from disciplinedesk.store.incidents import show_incident
    from disciplinedesk.ui.qt import QWizard

    recorded = record_incident(session.log, session.pack, _fight_in(session), actor="t")
    view = IncidentView(session, recorded.incident_id)
    qtbot.addWidget(view)
    wizard = view.revise_decision(recorded.offenders[0].record_id)
    qtbot.addWidget(wizard)
    assert wizard.currentPage() is wizard.decision_page  # straight to the decision
    assert wizard.windowTitle() == "Revise the decision: Leo Park"
    page = wizard.decision_page
    assert page.action.currentData() == "in_school_suspension"  # as it stands
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.action.setCurrentIndex(page.action.findData("none"))
    assert not next_button.isEnabled()
    assert "the reason the decision changes" in page.reason.text()
    qtbot.keyClicks(page.change, "The video showed Leo was pushed first.")
    assert next_button.isEnabled(), page.reason.text()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert message_boxes == []
    revisions = show_incident(session.log, recorded.offenders[0].record_id)["revisions"]
    assert [(r["revision"], r["action"]) for r in revisions] == [
        (1, "in_school_suspension"),
        (2, "none"),
    ]
    assert revisions[1]["change_reason"] == "The video showed Leo was pushed first."
    text = " ".join(view.text.toPlainText().split())
    assert "why it changed: The video showed Leo was pushed first." in text
    ana = show_incident(session.log, recorded.offenders[1].record_id)["revisions"]
    assert [r["revision"] for r in ana] == [1]  # the other offender's stays as it was


def test_the_rows_context_menu_and_the_file_menu_reach_the_incident(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right-click on a row (or File) offers open, documents, revise and void; revise and
    void open the incident first, so the person sees what they change."""
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QMenu, QWizard

    record_incident(session.log, session.pack, _fight_in(session), actor="t")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert not window.void_action.isEnabled()  # nothing selected yet
    cell = window.table.visualRect(window.model.index(0, 1)).center()
    window.table.customContextMenuRequested.emit(cell)
    menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Open the incident",
        "Print or save documents...",
        "Revise a decision...",
        "Void the incident...",
    ]
    assert all(a.isEnabled() for a in menu.actions())  # the row was selected by the click
    menu.close()

    # Revise: the incident's view, then "whose decision?" (two students fought).
    monkeypatch.setattr(
        "disciplinedesk.ui.incident_view.QInputDialog.getItem",
        lambda *args: ("Lopez, Ana", True),
    )
    window.revise_action.trigger()
    views = [v for v in window.findChildren(IncidentView) if v.isVisible()]
    assert len(views) == 1  # the incident, under the wizard
    wizards = [w for w in views[0].findChildren(QWizard) if w.isVisible()]
    assert len(wizards) == 1 and wizards[0].windowTitle() == "Revise the decision: Ana Lopez"
    wizards[0].done(0)

    # Void: the reason is asked, the incident leaves the log's list but stays in the log.
    monkeypatch.setattr(
        "disciplinedesk.ui.incident_view.QInputDialog.getText",
        lambda *args: ("Entered twice", True),
    )
    window.void_action.trigger()
    assert list_incidents(session.log) == []
    assert window.model.rowCount() == 0


def test_a_letter_is_reprinted_from_the_reopened_incident_in_another_language(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reopened from the log, Documents..., the family letter in Spanish, Save as PDF: the
    file is named after the document, the student and the date, and the disclosure shows in
    the incident view."""
    import subprocess
    from datetime import date

    from disciplinedesk.store.disclosures import list_disclosures
    from disciplinedesk.ui.document_dialog import DocumentDialog
    from disciplinedesk.ui.qt import QFileDialog

    recorded = record_incident(session.log, session.pack, _fight_in(session), actor="t")
    view = IncidentView(session, recorded.incident_id)
    qtbot.addWidget(view)
    view.show()
    view.documents.click()
    (dialog,) = [d for d in view.findChildren(DocumentDialog) if d.isVisible()]
    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    suggested: list[str] = []

    def choose(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return str(tmp_path / Path(name).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    assert suggested == [f"Letter - Park Leo - {date.today().isoformat()}.pdf"]
    saved = tmp_path / suggested[0]
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Leo Park" in text and "Aviso de una decisión disciplinaria" in text
    assert any(d["destination"] == str(saved) for d in list_disclosures(session.log))
    with qtbot.waitSignal(dialog.finished):
        dialog.close()
    del dialog
    assert "family letter (es) for incident" in " ".join(view.text.toPlainText().split())
