"""The keyboard in every dialog: Enter presses the dialog's default button (never one that
opens a file dialog), and Escape closes every window that is not the main one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.students import get_student
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPushButton,
    Qt,
    QTimer,
    QWidget,
)
from disciplinedesk.ui.session import Session
from tests.support import pps
from tests.ui.test_wizard_participants import _fight_in


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file dialog that would open, by its title (none opens: the test answers
    'cancelled')."""
    opened: list[str] = []

    def record(parent: object, title: str, *args: object, **kwargs: object) -> tuple[str, str]:
        opened.append(title)
        return "", ""

    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, record)
    return opened


def _dialogs(session: Session, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    from disciplinedesk.ui.calendar_dialog import CalendarDialog
    from disciplinedesk.ui.dialogs import MatrixDialog, SettingsDialog
    from disciplinedesk.ui.document_dialog import DocumentDialog
    from disciplinedesk.ui.incident_view import IncidentView
    from disciplinedesk.ui.reports_view import ReportsView
    from disciplinedesk.ui.student_view import StudentView
    from disciplinedesk.ui.welcome import WelcomeDialog

    recorded = record_incident(session.log, session.pack, _fight_in(session), actor="t")
    incident = recorded.incident_id
    return {
        "welcome": lambda: WelcomeDialog(tmp_path / "new-school", pps, pps().pack.name),
        "settings": lambda: SettingsDialog(session),
        "calendar": lambda: CalendarDialog(session),
        "documents": lambda: DocumentDialog(session, incident),
        "report": lambda: ReportsView(session),
        "incident": lambda: IncidentView(session, incident),
        "student": lambda: StudentView(session, get_student(session.log, "200300")),
        "matrix": lambda: MatrixDialog(session),
    }


def _fields(dialog: QWidget) -> list[QWidget]:
    """What a person types in, chooses from or moves through: where Enter must not open
    a file dialog."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and not isinstance(widget.parentWidget(), kinds)  # a spin box's or combo's own edit
    ]


def test_enter_in_a_field_never_opens_a_file_dialog(
    qtbot: QtBot, session: Session, tmp_path: Path, file_dialogs: list[str]
) -> None:
    for name, make in _dialogs(session, tmp_path).items():
        first = _shown(qtbot, make)
        count = len(_fields(first))
        first.close()  # a window is closed before it goes (the report's job ends first)
        # The dialogs that open file dialogs have fields to press Enter in.
        assert count or name not in ("welcome", "calendar", "documents", "report"), name
        for index in range(count):
            dialog = _shown(qtbot, make)
            field = _fields(dialog)[index]
            field.setFocus()
            # Enter may open a window of its own (a student's incident): close it after.
            QTimer.singleShot(200, _close_modal)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert file_dialogs == [], (name, type(field).__name__, field.accessibleName())
            dialog.close()


def test_each_dialog_with_an_action_has_a_default_button(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Enter presses Start in the welcome, Save in settings, Show in the report, Print
    among the documents, Close in the calendar."""
    expected = {
        "welcome": "&Start",
        "settings": "Save",
        "report": "&Show",
        "documents": "&Print...",
        "calendar": "Close",
    }
    dialogs = _dialogs(session, tmp_path)
    for name, text in expected.items():
        dialog = _shown(qtbot, dialogs[name])
        defaults = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert defaults == [text], (name, defaults)
        dialog.close()


def test_escape_closes_every_window_but_the_main_one(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    for name, make in _dialogs(session, tmp_path).items():
        if name == "welcome":
            continue  # the first window: Escape there is Quit, asked like any other
        dialog = _shown(qtbot, make)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=3000)  # type: ignore[misc]


def _close_modal() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()


def _shown(qtbot: QtBot, make: Callable[[], QDialog]) -> QDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
