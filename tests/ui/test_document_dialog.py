"""Preview and save a decision's documents from the GUI; each save is a disclosure."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.ui.document_dialog import DocumentDialog
from disciplinedesk.ui.qt_pdf import QPdfDocument
from disciplinedesk.ui.session import Session
from tests.store.records import record_input


def test_preview_and_save(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    recorded = record_decision(
        session.log,
        session.pack,
        record_input(
            "100900",
            behaviors=["fighting"],
            action="in_school_suspension",
            days=1,
            reason="Second fight",
        ),
        actor="t",
    )
    dialog = DocumentDialog(session, recorded.incident_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert "Decision summary" in dialog.document.getAllText(0).text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    assert dialog.language.currentData() == "so"  # the family's language
    assert "draft translation" in dialog.note.text()
    assert dialog.document.pageCount() == 2  # family copy and English copy
    assert "Maya Okafor" in dialog.document.getAllText(0).text()
    target = tmp_path / "letter.pdf"
    dialog.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    (row,) = list_disclosures(session.log)
    assert (row["kind"], row["destination"], row["student_id"]) == ("letter", str(target), "100900")
