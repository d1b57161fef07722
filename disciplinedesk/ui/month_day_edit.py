"""A day of the year without a year (the school year's first day): a month and a day chosen,
so that nothing but a real day can be entered ("13-45" could be typed in the old MM-DD
field, and was refused only on Save)."""

from __future__ import annotations

from disciplinedesk.ui.qt import QComboBox, QHBoxLayout, QLocale, QWidget

# The days of each month in a leap year: a school year may start on February 29.
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class MonthDayEdit(QWidget):
    """`text()` is MM-DD, as the setting keeps it; `setText` takes one."""

    def __init__(self, text: str = "07-01", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QComboBox()
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        # A list of days, like the months: a spin box would cost the welcome, the first
        # window, 5 ms more to set up (typing "15" picks the 15th all the same).
        self.day = QComboBox()
        self._fit_days(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.day)
        layout.addStretch(2)
        self.setFocusProxy(self.month)  # the form label's shortcut goes to the month
        self.month.currentIndexChanged.connect(self._fit_days)
        self.setText(text)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.month.setAccessibleName(self.tr("{what}: month").format(what=name))
        self.day.setAccessibleName(self.tr("{what}: day").format(what=name))

    def text(self) -> str:
        """MM-DD; "" while no month is chosen (refused on Save, with the reason)."""
        if self.month.currentIndex() < 0:
            return ""
        return f"{self.month.currentData():02d}-{self.day.currentData():02d}"

    def setText(self, text: str) -> None:  # noqa: N802 (as QLineEdit's)
        """A valid MM-DD; anything else (a log written before values were checked) leaves
        the month unchosen, so that Save is refused and says why, never a made-up day."""
        month, _, day = text.partition("-")
        valid = month.isdigit() and day.isdigit() and 1 <= int(month) <= 12
        if valid and 1 <= int(day) <= _DAYS[int(month) - 1]:
            self.month.setCurrentIndex(int(month) - 1)
            self.day.setCurrentIndex(int(day) - 1)
        else:
            self.month.setCurrentIndex(-1)

    def _fit_days(self, index: int) -> None:
        """The month's days (31 becomes 30 in April: the last day is kept chosen)."""
        if index < 0:
            return
        last = _DAYS[index]
        while self.day.count() > last:
            self.day.removeItem(self.day.count() - 1)
        for number in range(self.day.count() + 1, last + 1):
            self.day.addItem(str(number), number)
