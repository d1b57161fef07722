"""What is wrong with an entry, said next to it in the palette's error colour.

A fixed dark red is unreadable on a dark palette (and a fixed light one on a light palette):
the label takes the findings' colour for "not permitted" that suits the window it is in,
and takes it again when the palette changes. Empty, it takes no room.
"""

from __future__ import annotations

from disciplinedesk.ui.colours import DARK, LIGHT
from disciplinedesk.ui.qt import QColor, QCoreApplication, QEvent, QLabel, QPalette, QWidget


def setting_problem(key: str, problem: str) -> str:
    """What to write in a setting's field that the store refused (its message names the
    setting for the command line): in a person's words and the interface's language. One
    place for Settings and the welcome."""
    from disciplinedesk.store.settings import SETTINGS

    form = SETTINGS[key].form
    if form == "month_day":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Not a day of the year: write the month and day as MM-DD, e.g. 09-01.",
        )
    if form == "digits":
        return QCoreApplication.translate(
            "SettingsDialog", "Digits only: the school's number in the district's systems."
        )
    return problem


def error_colour(palette: QPalette) -> QColor:
    """Dark red on a light window, light red on a dark one: both above 4.5:1 contrast."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((DARK if dark else LIGHT)["block"])


class ErrorLabel(QLabel):
    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.hide()

    def show_error(self, text: str) -> None:
        """Say what is wrong ("" when nothing is): shown only while there is something, and
        coloured then (a form's six empty labels need no palette of their own to start)."""
        self.setText(text)
        if text:
            self._colour()
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.text():
            self._colour()

    def _colour(self) -> None:
        palette = self.palette()
        wanted = error_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != wanted:  # no change, no new event
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.setPalette(palette)
