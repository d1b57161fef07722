"""The school calendar: the non-school days the log holds, where each came from, a file
imported (after showing what it changes), and a wrong day taken out. Every change is audited
by the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.calendar import (
    CalendarPlan,
    apply_import,
    list_calendar_days,
    plan_import,
    remove_calendar_days,
)
from disciplinedesk.store.imports.calendar_file import read_calendar
from disciplinedesk.store.rows import current_user
from disciplinedesk.ui.file_dialogs import open_file
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.session import Session


class CalendarDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("School calendar"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Description"), self.tr("From file")]
        )
        self.table.setAccessibleName(self.tr("Non-school days"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import a calendar file..."))
        self.remove_button = QPushButton(self.tr("&Remove selected days"))
        self.remove_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # Enter closes, as Escape does; never the import's file dialog.
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.resize(620, 480)
        keep_geometry(self, "calendar")  # inside the screen, where it was left
        self.refresh()

    def refresh(self) -> None:
        days = list_calendar_days(self.session.log)
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            for column, text in enumerate((day.day.isoformat(), day.description, day.source)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, day.day.isoformat())
                self.table.setItem(row, column, item)
        self.summary.setText(
            self.tr("%n non-school day(s) besides weekends.", "", len(days))
            if days
            else self.tr("No non-school days yet: import the school calendar (.ics or CSV).")
        )

    def selected_days(self) -> list[date]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [
            date.fromisoformat(str(self.table.model().index(row, 0).data(Qt.ItemDataRole.UserRole)))
            for row in rows
        ]

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def choose_file(self) -> None:
        path = open_file(
            self,
            self.tr("Import calendar"),
            self.tr("Calendar (*.ics *.csv);;All files (*)"),
            "calendar",
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Read the file, show what it changes (asking first when it removes days the same
        file gave before), and apply it. True when something was imported."""
        log = self.session.log
        try:
            calendar = read_calendar(path, self.session.pack.zone)
            plan = plan_import(log, calendar.days, source=calendar.source)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not imported"), str(error))
            return False
        if plan.removed and not self._confirm_removals(plan):
            return False
        with log.transaction():
            apply_import(log, plan, actor=current_user())
        self.session.notify()
        self.refresh()
        self.summary.setText(
            self.tr("Imported {file}: {added} added, {updated} changed, {removed} removed.").format(
                file=plan.source, **plan.counts()
            )
        )
        return True

    def _confirm_removals(self, plan: CalendarPlan) -> bool:
        days = ", ".join(day.isoformat() for day in plan.removed[:10])
        if len(plan.removed) > 10:
            days += ", ..."
        answer = QMessageBox.question(
            self,
            self.tr("Replace the earlier import"),
            self.tr(
                "{file} was imported before. This import adds {added} days, changes {updated} "
                "and removes {removed} that the file no longer has: {days}. Go ahead?"
            ).format(file=plan.source, days=days, **plan.counts()),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        days = self.selected_days()
        if not days:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove non-school days"),
            self.tr(
                "Make %n day(s) school days again? The change is kept in the audit trail.",
                "",
                len(days),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        log = self.session.log
        with log.transaction():
            remove_calendar_days(log, days, actor=current_user())
        self.session.notify()
        self.refresh()
