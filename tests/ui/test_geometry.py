"""Every window opens inside the screen's available area (laptops at 1366x768 and 1280x720
with a 40 px taskbar here) and comes back where it was left, clamped to the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.students import list_students
from disciplinedesk.ui import geometry
from disciplinedesk.ui.qt import QApplication, QRect, QWidget
from disciplinedesk.ui.session import Session

SMALL_LAPTOP = QRect(0, 0, 1280, 680)  # 1280x720 less a 40 px taskbar
LAPTOPS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": SMALL_LAPTOP}


def _windows(session: Session, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.ui.calendar_dialog import CalendarDialog
    from disciplinedesk.ui.dialogs import MatrixDialog, SettingsDialog
    from disciplinedesk.ui.document_dialog import DocumentDialog
    from disciplinedesk.ui.incident_view import IncidentView
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.reports_view import ReportsView
    from disciplinedesk.ui.student_view import StudentView
    from disciplinedesk.ui.welcome import WelcomeDialog
    from disciplinedesk.ui.wizard.wizard import DecisionWizard
    from tests.ui.test_wizard_participants import _fight_in

    def recorded() -> str:
        return record_incident(session.log, session.pack, _fight_in(session), actor="t").incident_id

    return {
        "main": lambda: MainWindow(session),
        "incident": lambda: IncidentView(session, recorded()),
        "documents": lambda: DocumentDialog(session, recorded()),
        "wizard": lambda: DecisionWizard(session),
        "reports": lambda: ReportsView(session),
        "matrix": lambda: MatrixDialog(session),
        "calendar": lambda: CalendarDialog(session),
        "settings": lambda: SettingsDialog(session),
        "student": lambda: StudentView(session, list_students(session.log)[0]),
        "welcome": lambda: WelcomeDialog(
            tmp_path / "new", lambda: session.pack, session.pack.pack.name
        ),
    }


@pytest.mark.parametrize("laptop", LAPTOPS)
@pytest.mark.parametrize(
    "name",
    [
        "main",
        "incident",
        "documents",
        "wizard",
        "reports",
        "matrix",
        "calendar",
        "settings",
        "student",
        "welcome",
    ],
)
def test_every_window_opens_inside_the_available_area(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    laptop: str,
) -> None:
    area = LAPTOPS[laptop]
    monkeypatch.setattr(geometry, "available_area", lambda window: area)
    window = _windows(session, tmp_path)[name]()
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    frame = window.frameGeometry()
    assert area.contains(frame), (name, frame)
    window.close()


def test_a_window_comes_back_where_it_was_left_and_never_off_screen(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disciplinedesk.ui.reports_view import ReportsView

    first = ReportsView(session)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(60, 50, 900, 560))
    first.close()
    again = ReportsView(session)
    qtbot.addWidget(again)
    again.show()
    assert again.geometry() == QRect(60, 50, 900, 560)
    again.close()
    geometry.settings().setValue(
        "geometry/reports", QRect(3000, 2000, 1600, 1000)
    )  # another screen
    monkeypatch.setattr(geometry, "available_area", lambda window: SMALL_LAPTOP)
    moved = ReportsView(session)
    qtbot.addWidget(moved)
    moved.show()
    assert SMALL_LAPTOP.contains(moved.frameGeometry())
    moved.close()


@pytest.mark.parametrize("laptop", LAPTOPS)
def test_the_decision_page_keeps_its_inputs_usable_on_a_laptop(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch, laptop: str
) -> None:
    """With an exclusion chosen, the action's combo box shows whole names, the days, the
    start date and "decided by" keep their width, and the reason box fits a sentence."""
    from disciplinedesk.ui.qt import QFontMetrics
    from tests.ui.test_wizard import _to_decision

    area = LAPTOPS[laptop]
    monkeypatch.setattr(geometry, "available_area", lambda window: area)
    from disciplinedesk.ui.wizard.wizard import DecisionWizard

    wizard = DecisionWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_decision(qtbot, wizard, "200300", "fighting")
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    page.days.setValue(2)
    QApplication.processEvents()
    assert area.contains(wizard.frameGeometry())
    metrics = QFontMetrics(page.action.font())
    longest = max(
        metrics.horizontalAdvance(page.action.itemText(i)) for i in range(page.action.count())
    )
    assert page.action.width() >= longest + 20, "the action's names are cut"
    for widget in (page.days, page.start, page.decided_by):
        assert widget.width() >= widget.minimumSizeHint().width(), widget.accessibleName()
    sentence = "The second fight this week; separate the students while we plan."
    assert page.override.isVisible()
    assert page.override.width() >= QFontMetrics(page.override.font()).horizontalAdvance(sentence)


@pytest.mark.parametrize("width", [1000, 1280, 1366])
def test_the_logs_filters_keep_their_width_in_the_main_window(
    qtbot: QtBot, session: Session, width: int
) -> None:
    """At the window's narrowest and on the laptops: the search field takes a phrase (it was
    squeezed to a few letters on one row), and no filter is narrower than it asks to be."""
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QFontMetrics

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.resize(width, 700)
    QApplication.processEvents()
    assert window.width() == width
    phrase = QFontMetrics(window.search.font()).horizontalAdvance("pushed near the gym")
    assert window.search.width() >= phrase + 20
    for widget in (window.since, window.until, window.type_filter, window.action_filter):
        assert widget.width() >= widget.sizeHint().width(), widget.accessibleName()
    assert window.open_only.width() >= window.open_only.sizeHint().width()


def test_the_settings_fields_hold_what_a_family_letter_needs(
    qtbot: QtBot, session: Session
) -> None:
    """At its own size Settings gave each field 170 px: the office hours' example was cut."""
    from disciplinedesk.ui.dialogs import SettingsDialog
    from disciplinedesk.ui.qt import QFontMetrics

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    field = dialog.office_hours
    assert (
        field.width() >= QFontMetrics(field.font()).horizontalAdvance(field.placeholderText()) + 20
    )
    assert dialog.school_address.width() == field.width()
