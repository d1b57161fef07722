"""Step 1: who was involved. The student who did it, found in the roster by name or id or
entered by hand; then anyone else: another student who did something, the student who was
harmed, a witness, the person who reported it."""

from __future__ import annotations

from html import escape

from disciplinedesk.domain.case import GRADES
from disciplinedesk.domain.languages import LANGUAGE_NAMES
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.students import Student, list_students
from disciplinedesk.ui.draft import roster_fields
from disciplinedesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    Qt,
    QWidget,
)
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext
from disciplinedesk.ui.wizard.involved import InvolvedPanel

FAMILY_LANGUAGES = ("en", "es", "ru", "vi", "zh", "so")


def language_combo(pack: PolicyPack, parent: QWidget | None = None) -> QComboBox:
    """The six district languages first, named in the interface's language, then every
    ISO 639-1 language."""
    combo = QComboBox(parent)
    for code in FAMILY_LANGUAGES:
        combo.addItem(f"{pack.language_name(code)} ({code})", code)
    combo.insertSeparator(len(FAMILY_LANGUAGES))
    for code, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1]):
        if code not in FAMILY_LANGUAGES:
            combo.addItem(f"{name} ({code})", code)
    return combo


class StudentPage(DraftPage):
    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Who was involved"))
        self.setSubTitle(
            self.tr(
                "Find the student by name or school id (the prior record comes from the log), "
                "then add anyone else involved."
            )
        )
        self._students = {s.local_id: s for s in list_students(context.session.log)}
        labels = [f"{s.last_name}, {s.first_name} ({s.local_id})" for s in self._students.values()]
        self._by_label = dict(zip(labels, self._students.values(), strict=True))

        self.search = QLineEdit(placeholderText=self.tr("Type a name or a student id"))
        self.search.setAccessibleName(self.tr("Find a student"))
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        completer.activated.connect(self._pick_label)
        self.search.returnPressed.connect(self._pick_typed)
        self.search.textEdited.connect(self._pick_typed)
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.search)

        self.not_in_roster = QCheckBox(self.tr("The student is &not in the roster: enter by hand"))
        self.not_in_roster.toggled.connect(self._toggle_manual)

        self.manual = QGroupBox(self.tr("Student entered by hand"))
        form = QFormLayout(self.manual)
        self.local_id = QLineEdit()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.grade = QComboBox()
        self.grade.addItem(self.tr("Choose a grade"), "")
        for grade in GRADES:
            self.grade.addItem(grade, grade)
        self.iep = QCheckBox(self.tr("IEP"))
        self.section_504 = QCheckBox(self.tr("Section 504 plan"))
        self.referral = QCheckBox(self.tr("Special education referral pending"))
        self.language = language_combo(context.pack)
        for label, widget in (
            (self.tr("School &id:"), self.local_id),
            (self.tr("First &name:"), self.first_name),
            (self.tr("&Last name:"), self.last_name),
            (self.tr("&Grade:"), self.grade),
            (self.tr("Family &language:"), self.language),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(self.iep)
        form.addRow(self.section_504)
        form.addRow(self.referral)
        for widget in (self.local_id, self.first_name, self.last_name):
            widget.textEdited.connect(self._manual_changed)
        self.grade.currentIndexChanged.connect(self._manual_changed)
        self.language.currentIndexChanged.connect(self._manual_changed)
        for box in (self.iep, self.section_504, self.referral):
            box.toggled.connect(self._manual_changed)

        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        self.record.setAccessibleName(self.tr("The student and prior record"))

        self.layout_.addWidget(find)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.not_in_roster)
        self.layout_.addWidget(self.manual)
        self.layout_.addWidget(self.record)
        self.involved = InvolvedPanel(context, self._students)
        self.layout_.addWidget(self.involved)
        self.layout_.addStretch(1)
        self.finish_layout()
        self._load()

    def initializePage(self) -> None:
        """This page is about the first student: show them, whoever was shown last."""
        self.context.show_offender(0)
        self._load()
        self.involved.refresh()

    def _load(self) -> None:
        draft = self.context.draft
        self._loading = True
        self.not_in_roster.setChecked(not draft.in_roster)
        self.manual.setVisible(not draft.in_roster)
        if draft.in_roster and draft.student_id in self._students:
            student = self._students[draft.student_id]
            self.search.setText(f"{student.last_name}, {student.first_name} ({student.local_id})")
        elif not draft.in_roster:
            self.local_id.setText(draft.student_id)
            self.first_name.setText(draft.first_name)
            self.last_name.setText(draft.last_name)
            self.grade.setCurrentIndex(max(0, self.grade.findData(draft.grade)))
            self.language.setCurrentIndex(max(0, self.language.findData(draft.family_language)))
            self.iep.setChecked(draft.iep)
            self.section_504.setChecked(draft.section_504)
            self.referral.setChecked(draft.sped_referral_pending)
        self._loading = False
        self._show_record()

    def _pick_typed(self) -> None:
        """An exact school id or a whole roster line picks the student without the list."""
        text = self.search.text().strip()
        student = self._by_label.get(text) or self._students.get(text)
        if student is not None and student.local_id != self.context.draft.student_id:
            self.select(student)

    def _pick_label(self, label: str) -> None:
        student = self._by_label.get(label) or self._students.get(label.strip())
        if student is None:
            return
        self.search.setText(f"{student.last_name}, {student.first_name} ({student.local_id})")
        self.select(student)

    def select(self, student: Student) -> None:
        """Fill the draft from a roster student (also used by tests and screenshots)."""
        for name, value in roster_fields(student).items():
            setattr(self.context.draft, name, value)
        self.changed()
        self._show_record()

    def _toggle_manual(self, on: bool) -> None:
        self.manual.setVisible(on)
        if self._loading:
            return
        self.context.draft.in_roster = not on
        if on:
            self.context.draft.student_id = self.local_id.text().strip()
        else:
            self.context.draft.student_id = ""
        self._manual_changed()

    def _manual_changed(self) -> None:
        draft = self.context.draft
        if self._loading or draft.in_roster:
            self.changed()
            self._show_record()
            return
        draft.student_id = self.local_id.text().strip()
        draft.first_name = self.first_name.text().strip()
        draft.last_name = self.last_name.text().strip()
        draft.grade = str(self.grade.currentData() or "")
        draft.family_language = str(self.language.currentData() or "en")
        draft.iep, draft.section_504 = self.iep.isChecked(), self.section_504.isChecked()
        draft.sped_referral_pending = self.referral.isChecked()
        self.changed()
        self._show_record()

    def _show_record(self) -> None:
        draft = self.context.draft
        if not draft.grade:
            self.record.setText("")
            return
        history = self.context.history()
        flags = [
            label
            for label, on in (
                (self.tr("IEP"), draft.iep),
                (self.tr("Section 504"), draft.section_504),
                (self.tr("special education referral pending"), draft.sped_referral_pending),
            )
            if on
        ]
        limit = self.context.pack.limit("disability_cumulative_days")
        days = history["exclusion_days_this_year"]
        lines = [
            f"<b>{escape(draft.first_name)} {escape(draft.last_name)}</b> · "
            + escape(self.tr("grade {grade}").format(grade=draft.grade))
            + " · "
            + escape(self.context.pack.language_name(draft.family_language)),
            escape(", ".join(flags) if flags else self.tr("No IEP, 504 plan or referral recorded")),
            escape(
                self.tr("Exclusion days this school year: {days} of {limit}").format(
                    days=f"{days:g}", limit=limit
                )
            ),
            escape(
                self.tr("Incidents in the log: {count}").format(
                    count=len(history["prior_incidents"])
                )
            ),
        ]
        counts = history["substance_violations"]
        if any(counts.values()):
            lines.append(
                escape(
                    self.tr(
                        "Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution"
                    ).format(
                        uop=counts["use_or_possession"],
                        transfer=counts["transfer"],
                        dist=counts["distribution"],
                    )
                )
            )
        self.record.setText("<br>".join(lines))

    def missing(self) -> str:
        draft = self.context.draft
        others = [o["student_id"] for o in draft.all_offenders()[1:]]
        others += [o.get("student_id") for o in draft.others]
        if draft.student_id and draft.student_id in others:
            return self.tr(
                "{id} is also listed among the others involved: a student has one role."
            ).format(id=draft.student_id)
        if draft.in_roster:
            return (
                ""
                if draft.student_id
                else self.tr("Choose a student from the roster, or enter one by hand.")
            )
        if not draft.student_id:
            return self.tr("Enter the student's school id.")
        if draft.student_id in self._students:
            return self.tr(
                "Id {id} is already in the roster: find the student above instead."
            ).format(id=draft.student_id)
        if not (draft.first_name and draft.last_name):
            return self.tr("Enter the student's first and last name.")
        if not draft.grade:
            return self.tr("Choose the student's grade.")
        return ""
