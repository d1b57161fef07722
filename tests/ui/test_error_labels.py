"""What is wrong is said next to the field, in a colour that stays readable in a light and a
dark palette; a refused setting keeps the dialog open with what was typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.error_label import ErrorLabel
from disciplinedesk.ui.qt import QApplication, QColor, QPalette
from disciplinedesk.ui.session import Session


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    dark = QPalette(before)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    yield dark
    qapp.setPalette(before)


def test_the_error_colour_is_readable_in_a_light_and_a_dark_palette(
    qtbot: QtBot, qapp: QApplication, dark_palette: QPalette
) -> None:
    label = ErrorLabel("What is wrong")
    qtbot.addWidget(label)
    label.show_error("Enter the school's name.")
    assert label.isVisibleTo(label) or not label.isHidden()
    label.show_error("")
    assert label.isHidden()  # no room taken while nothing is wrong
    label.show_error("Enter the school's name.")

    def contrast() -> float:
        palette = label.palette()
        return _contrast(
            palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        )

    assert contrast() >= 4.5
    qapp.setPalette(dark_palette)  # the system switches to a dark theme while it is open
    qapp.processEvents()
    assert label.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert contrast() >= 4.5, label.palette().color(QPalette.ColorRole.WindowText).name()


def test_a_refused_setting_is_said_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.school_name.setText("Rosewood Middle School")
    dialog.school_id.setText("12a")
    dialog.accept()
    error = dialog.errors[dialog.school_id]
    assert dialog.isVisible() and error.isVisible()
    assert error.text() == "Digits only: the school's number in the district's systems."
    assert dialog.focusWidget() is dialog.school_id
    assert get_setting(session.log, "school_name") == ""  # nothing saved, nothing lost
    assert dialog.school_name.text() == "Rosewood Middle School"
    dialog.school_id.setText("123")
    dialog.year_start.month.setCurrentIndex(8)  # September
    dialog.year_start.day.setCurrentIndex(0)  # the 1st
    dialog.accept()
    assert not dialog.isVisible()
    assert get_setting(session.log, "school_year_start") == "09-01"
    assert get_setting(session.log, "school_name") == "Rosewood Middle School"


def test_the_start_of_the_year_is_a_day_that_exists(qtbot: QtBot) -> None:
    from disciplinedesk.ui.month_day_edit import MonthDayEdit

    edit = MonthDayEdit("01-31")
    qtbot.addWidget(edit)
    assert edit.text() == "01-31"
    edit.month.setCurrentIndex(3)  # April has 30 days: the 31st becomes the 30th
    assert edit.text() == "04-30" and edit.day.count() == 30
    edit.setText("02-29")  # a leap year's day: a school year may start on it
    assert edit.text() == "02-29" and edit.day.count() == 29
    edit.setText("03-31")
    assert edit.text() == "03-31" and edit.day.count() == 31
    qtbot.keyClicks(edit.day, "15")  # typed, as in a list
    assert edit.text() == "03-15"
    edit.setText("13-45")  # a log from before values were checked: no made-up day
    assert edit.month.currentIndex() == -1 and edit.text() == ""
