"""What is due: overdue and upcoming follow-ups, each can be marked done with a note.

A decision's follow-ups, and the supports offered to a student who was harmed. The return
meeting's asks the day the student came back: a suspension's actual length comes from it.
"""

from __future__ import annotations

from datetime import date, timedelta

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.follow_ups import list_follow_ups, mark_done
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.sharing import CONFLICT_KIND
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.session import Session


class FollowUpsPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("<b>Follow-ups</b>"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Student"), self.tr("What")])
        self.tree.setAccessibleName(self.tr("Follow-ups due"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setRootIsDecorated(True)
        self.done = QPushButton(self.tr("Mark &done..."))
        self.done.setEnabled(False)
        self.done.clicked.connect(self._mark_done)
        self.tree.currentItemChanged.connect(
            lambda item, _: self.done.setEnabled(
                bool(item and item.data(0, Qt.ItemDataRole.UserRole))
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.done)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        today = date.today()
        groups = {
            "overdue": QTreeWidgetItem(self.tree, [self.tr("Overdue")]),
            "today": QTreeWidgetItem(self.tree, [self.tr("Today")]),
            "week": QTreeWidgetItem(self.tree, [self.tr("Next 7 days")]),
            "later": QTreeWidgetItem(self.tree, [self.tr("Later")]),
        }
        # The log keeps each follow-up in the handbook's words; show it in the interface's.
        worded = self.session.shown.deadlines
        supports = self.session.shown.support_by_id
        dates = self.session.pack.follow_ups.dates_only  # in the student's record instead
        for row in list_follow_ups(self.session.log, dates_only=dates):
            text = worded.get(row["kind"], row["text"])
            if row["kind"] == CONFLICT_KIND:  # two laptops revised one decision at once
                text = self.tr(
                    "Two revisions of this decision were made on two laptops; the later one "
                    "is current. Look at both together (the incident view shows them)."
                )
            support = supports.get(row["kind"].removeprefix("support."))
            if row["kind"].startswith("support.") and support is not None:
                text = (
                    f"{support.text} ({self.session.shown.wording.page.format(page=support.page)})"
                )
            due_day = date.fromisoformat(row["due"][:10])
            key = (
                "overdue"
                if due_day < today
                else "today"
                if due_day == today
                else "week"
                if due_day <= today + timedelta(days=7)
                else "later"
            )
            item = QTreeWidgetItem(
                groups[key],
                [
                    self._due_text(row["due"], today),
                    f"{row['last_name']}, {row['first_name']}",
                    text,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            item.setData(1, Qt.ItemDataRole.UserRole, row["kind"])
            item.setToolTip(0, row["due"].replace("T", " "))
            item.setToolTip(2, text)
            if key == "overdue":
                item.setForeground(0, Qt.GlobalColor.red)
        for key, group in groups.items():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            group.setFirstColumnSpanned(True)
            group.setExpanded(key != "later")
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.done.setEnabled(False)

    def _due_text(self, due: str, today: date) -> str:
        """'by 21:26 today' for a clock deadline of today; else the day (and time) without the
        year, which the grouping makes plain."""
        day, _, clock = due.partition("T")
        if clock and date.fromisoformat(day) == today:
            return self.tr("by {time} today").format(time=clock[:5])
        return f"{day[5:]} {clock[:5]}".strip()

    def _mark_done(self) -> None:
        item = self.tree.currentItem()
        follow_up_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not item or not follow_up_id:
            return
        what = self.tr("Mark done: {what}, for {student}, due {due}.").format(
            what=item.text(2), student=item.text(1), due=item.text(0)
        )
        returned: date | None = None
        if item.data(1, Qt.ItemDataRole.UserRole) == "return_to_school":
            answer = self.ask_return(what)
            if answer is None:
                return
            note, returned = answer
        else:
            note, ok = QInputDialog.getText(
                self, self.tr("Mark done"), what + "\n" + self.tr("Note (what was done, when):")
            )
            if not ok:
                return
        try:
            mark_done(
                self.session.log, follow_up_id, note, actor=current_user(), returned_on=returned
            )
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not marked"), str(error))
            return
        self.session.notify()

    def ask_return(self, what: str) -> tuple[str, date] | None:
        """The note and the day the student came back, or None when cancelled."""
        dialog = ReturnDialog(what, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.text(), dialog.returned()


class ReturnDialog(QDialog):
    """Closing the return meeting: what was done, and the day the student came back (the
    suspension's actual length, which may differ from the one decided)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark done"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.back = QDateEdit(QDate.currentDate())
        self.back.setCalendarPopup(True)
        self.back.setDisplayFormat("yyyy-MM-dd")
        self.back.setMaximumDate(QDate.currentDate())
        self.back.setAccessibleName(self.tr("The day the student came back"))
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("The student &came back on:"), self.back)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(what)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def returned(self) -> date:
        return date.fromisoformat(self.back.date().toString("yyyy-MM-dd"))
