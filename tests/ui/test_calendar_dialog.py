"""The School calendar dialog on real widgets and a real log: import, re-import, remove."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.calendar import non_school_days
from disciplinedesk.ui.calendar_dialog import CalendarDialog
from disciplinedesk.ui.qt import QItemSelectionModel, QMessageBox
from disciplinedesk.ui.session import Session


def _csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "district.csv"
    path.write_text("date,description\n" + rows, encoding="utf-8")
    return path


def test_import_reimport_and_remove(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    dialog = CalendarDialog(session)
    qtbot.addWidget(dialog)
    assert "No non-school days yet" in dialog.summary.text()
    path = _csv(tmp_path, "2026-11-26,Thanksgiving\n2026-11-27,Thanksgiving\n2027-01-12,Storm\n")
    assert dialog.import_file(path)
    assert dialog.table.rowCount() == 3
    assert (
        dialog.table.item(2, 1).text() == "Storm"
        and dialog.table.item(2, 2).text() == "district.csv"
    )
    # The same file without the storm day: the dialog says what goes, and No keeps it.
    _csv(tmp_path, "2026-11-26,Thanksgiving\n2026-11-27,Thanksgiving\n")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.import_file(path)
    assert date(2027, 1, 12) in non_school_days(session.log)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.import_file(path)
    assert date(2027, 1, 12) not in non_school_days(session.log)
    assert "0 added, 0 changed, 1 removed" in dialog.summary.text()
    # A wrong day taken out by selecting it.
    dialog.table.selectionModel().select(
        dialog.table.model().index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert list(non_school_days(session.log)) == [date(2026, 11, 26)]
    assert dialog.table.rowCount() == 1


def test_a_bad_file_is_refused_with_its_line(
    qtbot: QtBot, session: Session, tmp_path: Path, message_boxes: list[tuple[str, str]]
) -> None:
    dialog = CalendarDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.import_file(_csv(tmp_path, "2026-11-26,Thanksgiving\n2026-02-30,Oops\n"))
    assert message_boxes[-1][0] == "warning" and "line 3" in message_boxes[-1][1]
    assert non_school_days(session.log) == {}
