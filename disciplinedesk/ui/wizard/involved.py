"""Who else was involved: other students who did something (each gets a decision of their
own), the student who was harmed and the supports offered, witnesses and the person who
reported it, a student of the roster or someone who is not (a staff member, a visitor).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from disciplinedesk.store.students import Student
from disciplinedesk.ui.draft import roster_fields
from disciplinedesk.ui.error_label import ErrorLabel
from disciplinedesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.wizard.context import DraftContext


def role_labels() -> dict[str, str]:
    return {
        "offender": QCoreApplication.translate("Involved", "did something (own decision)"),
        "victim": QCoreApplication.translate("Involved", "was harmed (victim)"),
        "witness": QCoreApplication.translate("Involved", "saw it (witness)"),
        "reporter": QCoreApplication.translate("Involved", "reported it"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "staff": QCoreApplication.translate("Involved", "Staff member"),
        "visitor": QCoreApplication.translate("Involved", "Visitor"),
        "other": QCoreApplication.translate("Involved", "Someone else"),
    }


def student_label(student: Student) -> str:
    return f"{student.last_name}, {student.first_name} ({student.local_id})"


class InvolvedPanel(QGroupBox):
    """The list of the others involved, with Add a student, Add someone else and Remove."""

    def __init__(
        self, context: DraftContext, students: dict[str, Student], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Others involved"), parent)
        self.context = context
        self.students = students
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Others involved"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(72)
        self.list.setMaximumHeight(200)
        self.add_student = QPushButton(self.tr("Add a s&tudent..."))
        self.add_person = QPushButton(self.tr("Add someone &else..."))
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.add_student, self.add_person, self.remove):
            button.setAutoDefault(False)  # Enter in the wizard presses Next, not these
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_student.clicked.connect(self._ask_student)
        self.add_person.clicked.connect(self._ask_person)
        self.remove.clicked.connect(self._remove_selected)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.refresh()

    def refresh(self) -> None:
        """List the further offenders, then the others, as the draft holds them."""
        draft, roles = self.context.draft, role_labels()
        self.list.clear()
        for index, offender in enumerate(draft.all_offenders()[1:], start=1):
            self._item(
                f"{self.context.offender_label(offender)}: {roles['offender']}", ("o", index)
            )
        pack = self.context.pack
        for index, other in enumerate(draft.others):
            if other.get("student_id"):
                who = f"{other['last_name']}, {other['first_name']} ({other['student_id']})"
            else:
                who = f"{other['name']} ({kind_labels()[other.get('kind', 'other')]})"
            text = f"{who}: {roles[other['role']]}"
            supports = [pack.support_by_id[s].text for s in other.get("supports", [])]
            if supports:
                text += "\n    " + self.tr("Supports: {list}").format(list="; ".join(supports))
            self._item(text, ("p", index))
        self.remove.setEnabled(False)

    def _item(self, text: str, key: tuple[str, int]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(text)
        self.list.addItem(item)

    def add(self, entry: dict[str, Any]) -> None:
        """Add a participant as the dialogs give it (also used by tests and screenshots)."""
        draft = self.context.draft
        if entry["role"] == "offender":
            draft.add_offender(roster_fields(self.students[entry["student_id"]]))
        else:
            draft.others.append(entry)
        self.context.touch()
        self.refresh()

    def _ask_student(self) -> None:
        taken = self.context.draft.involved_ids()
        choices = {k: s for k, s in self.students.items() if k not in taken}
        dialog = AddStudentDialog(self.context, choices, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry is not None:
            self.add(dialog.entry)

    def _ask_person(self) -> None:
        dialog = AddPersonDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry is not None:
            self.add(dialog.entry)

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        kind, index = item.data(Qt.ItemDataRole.UserRole)
        if kind == "o":
            self.context.draft.remove_offender(index)
        else:
            del self.context.draft.others[index]
        self.context.touch()
        self.refresh()


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK checks the entry first (`on_ok` accepts the dialog when it is whole)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddStudentDialog(QDialog):
    """A student of the roster and their role; for a victim, the supports to offer."""

    def __init__(
        self, context: DraftContext, students: dict[str, Student], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a student"))
        self.entry: dict[str, Any] | None = None
        self._by_label = {student_label(s): s for s in students.values()}
        self._students = students
        self.search = QLineEdit(placeholderText=self.tr("Type a name or a student id"))
        self.search.setAccessibleName(self.tr("Find a student"))
        completer = QCompleter(list(self._by_label), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for key, label in role_labels().items():
            self.role.addItem(label, key)
        self.supports = QGroupBox(self.tr("Supports the school will offer"))
        supports_layout = QVBoxLayout(self.supports)
        self.support_checks: dict[str, QCheckBox] = {}
        pack = context.pack
        for support in pack.supports:
            check = QCheckBox(f"{support.text} ({pack.wording.page.format(page=support.page)})")
            self.support_checks[support.id] = check
            supports_layout.addWidget(check)
        self.problem = ErrorLabel(self.tr("What is missing"))
        form = QFormLayout()
        form.addRow(self.tr("&Student:"), self.search)
        form.addRow(self.tr("R&ole:"), self.role)
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.supports)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.supports.setVisible(self.role.currentData() == "victim")
        self.adjustSize()

    def chosen(self) -> Student | None:
        text = self.search.text().strip()
        return self._by_label.get(text) or self._students.get(text)

    def _accept(self) -> None:
        student = self.chosen()
        if student is None:
            self.problem.show_error(
                self.tr("Choose a student of the roster (a student already involved has one role).")
            )
            return
        role = str(self.role.currentData())
        self.entry = {"role": role, "student_id": student.local_id}
        if role != "offender":
            self.entry.update(first_name=student.first_name, last_name=student.last_name)
        if role == "victim":
            self.entry["supports"] = [k for k, c in self.support_checks.items() if c.isChecked()]
        self.accept()


class AddPersonDialog(QDialog):
    """Someone who is not a student: a name, what they are and their role, never in the
    roster; never an offender (the handbook disciplines students)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add someone else"))
        self.entry: dict[str, Any] | None = None
        self.name = QLineEdit(placeholderText=self.tr("e.g. Ms. Ortiz"))
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Who they are"))
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for key, label in role_labels().items():
            if key != "offender":
                self.role.addItem(label, key)
        self.problem = ErrorLabel(self.tr("What is missing"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Who:"), self.kind)
        form.addRow(self.tr("R&ole:"), self.role)
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.problem.show_error(self.tr("Enter the person's name."))
            return
        self.entry = {
            "role": str(self.role.currentData()),
            "name": name,
            "kind": str(self.kind.currentData()),
        }
        self.accept()
