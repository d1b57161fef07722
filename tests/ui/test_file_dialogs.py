"""File dialogs open where the user went last time, and saved documents are named after the
document, the student and the date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.incidents import record_decision
from disciplinedesk.ui import file_dialogs
from disciplinedesk.ui.qt import QFileDialog
from disciplinedesk.ui.session import Session
from tests.store.records import record_input


def test_names_say_what_whom_and_when() -> None:
    assert (
        file_dialogs.document_name("Letter", "Hernandez", "Mateo", date(2026, 12, 1))
        == "Letter - Hernandez Mateo - 2026-12-01.pdf"
    )
    assert file_dialogs.safe_name('a/b\\c:d*e?f"g<h>i|j\x1b.pdf') == "a b c d e f g h i j .pdf"


def test_the_letter_is_saved_under_its_name_in_the_folder_used_last(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disciplinedesk.ui.document_dialog import DocumentDialog

    incident = record_decision(session.log, session.pack, record_input("200300"), actor="t")
    asked: list[str] = []
    folder = tmp_path / "letters"
    folder.mkdir()

    def choose(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(folder / Path(suggested).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = DocumentDialog(session, incident.incident_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    dialog.save_document()
    student = session.log.query(
        "SELECT first_name, last_name FROM students WHERE local_id = '200300'"
    )[0]
    expected = (
        f"Letter - {student['last_name']} {student['first_name']} - {date.today().isoformat()}.pdf"
    )
    assert Path(asked[0]).name == expected and (folder / expected).exists()
    dialog.save_document()  # the second time, the dialog opens in that folder
    assert Path(asked[1]).parent == folder
