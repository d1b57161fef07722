"""Step 6: the decision. The result is evaluated again on every keystroke: a blocked action
says why and cannot be finished; an exclusion asks why the suggested responses were not enough."""

from __future__ import annotations

from datetime import date

from disciplinedesk.domain.pack import ACTION_IDS
from disciplinedesk.ui.findings_view import FindingsView, summary_line
from disciplinedesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.wizard.base import DraftPage, consistency_panel
from disciplinedesk.ui.wizard.context import DraftContext


class DecisionPage(DraftPage):
    per_offender = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Decision"))
        self.setSubTitle(
            self.tr("You decide. The handbook's limits and requirements update as you type.")
        )
        pack = context.pack
        self.action = QComboBox()
        for action_id in ACTION_IDS:
            self.action.addItem(pack.actions[action_id].name, action_id)
        # Whole action names whatever the window's width, and room for a sentence a line in
        # the reason: the findings beside them get what is left, not these.
        names = self.action.fontMetrics()
        self.action.setMinimumWidth(
            max(
                names.horizontalAdvance(self.action.itemText(i)) for i in range(self.action.count())
            )
            + 40  # the arrow and the frame
        )
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setRange(0, 366)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.decided_by = QLineEdit()
        self.reason_label = QLabel(self.tr("&Why the suggested responses are not enough:"))
        self.reason_label.setWordWrap(True)
        self.override = QPlainTextEdit()
        self.override.setTabChangesFocus(True)
        self.override.setFixedHeight(64)
        self.override.setMinimumWidth(self.override.fontMetrics().horizontalAdvance("x" * 56))
        self.override.setAccessibleName(self.tr("Reason for the exclusion"))
        self.reason_label.setBuddy(self.override)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Action:"), self.action),
            (self.tr("&Days:"), self.days),
            (self.tr("&Starting:"), self.start),
            (self.tr("Decided &by:"), self.decided_by),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.days_hint = QLabel()  # under the days it explains
        self.days_hint.setWordWrap(True)
        form.insertRow(2, "", self.days_hint)
        # The reasons' labels above their boxes, across the form: a long label in the
        # label column would be cut, and would widen the column when an exclusion is chosen.
        form.addRow(self.reason_label)
        form.addRow(self.override)
        # A revision says why the decision changes (kept with the new revision).
        self.change_label = QLabel(self.tr("Why the decision &changes:"))
        self.change_label.setWordWrap(True)
        self.change = QPlainTextEdit()
        self.change.setTabChangesFocus(True)
        self.change.setFixedHeight(48)
        self.change.setAccessibleName(self.tr("Reason for the revision"))
        self.change_label.setBuddy(self.change)
        form.addRow(self.change_label)
        form.addRow(self.change)
        revising = bool(context.draft.revising)
        self.change_label.setVisible(revising)
        self.change.setVisible(revising)
        self.grounds_box = QGroupBox(self.tr("Grounds for expulsion (at least one is required):"))
        grounds_column = QVBoxLayout(self.grounds_box)
        self.grounds: dict[str, QCheckBox] = {}
        for ground in pack.expulsion_grounds:
            check = QCheckBox(ground.text)
            check.setToolTip(pack.page_citation(ground.page))
            check.toggled.connect(self._store)
            grounds_column.addWidget(check)
            self.grounds[ground.id] = check
        form.addRow(self.grounds_box)
        self.headline = QLabel()
        self.family_button = QPushButton(self.tr("&Family view (F11)"))
        self.family_button.setToolTip(
            self.tr("The decision as the family will read it, full screen, in their language")
        )
        self.family_button.clicked.connect(self.open_family_view)
        QShortcut(QKeySequence("F11"), self).activated.connect(self.open_family_view)
        form.addRow("", self.family_button)
        # A past decision is not explained to a family across the desk; its reason, if
        # any was written down, is optional.
        self.family_button.setVisible(not context.draft.back_entry)
        if context.draft.back_entry:
            self.reason_label.setText(
                self.tr("&Why the suggested responses were not enough (if it is known):")
            )
        self.findings = FindingsView(draft_translation=context.session.shows_draft_translation)
        left = QWidget()
        # As wide with an exclusion as without: nothing moves under the pointer.
        left.setMinimumWidth(self.override.minimumWidth() + 16)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)  # spare height below the form, not between its rows
        row = QHBoxLayout()
        row.addWidget(left, 2)
        row.addWidget(self.findings, 3)
        self.consistency = consistency_panel()
        self.layout_.addWidget(self.headline)
        self.layout_.addWidget(self.consistency)
        self.layout_.addLayout(row, 1)
        self.finish_layout()
        self.action.currentIndexChanged.connect(self._store)
        self.days.valueChanged.connect(self._store)
        self.start.dateChanged.connect(self._store)
        self.decided_by.textEdited.connect(self._store)
        self.override.textChanged.connect(self._store)
        self.change.textChanged.connect(self._store)

    def initializePage(self) -> None:
        draft = self.context.draft
        if not draft.start_date:
            draft.start_date = draft.datetime[:10] if draft.datetime else date.today().isoformat()
        self._loading = True
        self.action.setCurrentIndex(max(0, self.action.findData(draft.action)))
        self.days.setValue(draft.days)
        self.start.setDate(QDate.fromString(draft.start_date, "yyyy-MM-dd"))
        self.decided_by.setText(draft.decided_by)
        self.override.setPlainText(draft.override_reason)
        self.change.setPlainText(draft.change_reason)
        for ground_id, check in self.grounds.items():
            check.setChecked(ground_id in draft.grounds)
        self._loading = False
        self._show()

    def open_family_view(self) -> None:
        from disciplinedesk.ui.family_view import FamilyView

        self.family_view = FamilyView(self.context, self)
        self.family_view.showFullScreen()

    def set_action(self, action: str, days: float) -> None:
        self.action.setCurrentIndex(self.action.findData(action))
        self.days.setValue(days)

    def _store(self) -> None:
        if self._loading:
            return
        draft = self.context.draft
        draft.action = str(self.action.currentData())
        kind = self.context.pack.actions[draft.action].kind
        # Only suspensions and expulsions have days; grounds belong to an expulsion.
        draft.days = self.days.value() if kind in ("suspension", "expulsion") else 0
        draft.grounds = (
            [g for g, check in self.grounds.items() if check.isChecked()]
            if kind == "expulsion"
            else []
        )
        draft.start_date = self.start.date().toString("yyyy-MM-dd")
        draft.decided_by = self.decided_by.text().strip()
        draft.override_reason = self.override.toPlainText().strip()
        draft.change_reason = self.change.toPlainText().strip()
        self.changed()

    def on_result(self) -> None:
        if self.isVisible():
            self._show()

    def _show(self) -> None:
        result = self.context.result
        self.findings.show_result(result, self.context.problem)
        kind = self.context.pack.actions[self.context.draft.action].kind
        excludes = kind != "none"
        self.override.setVisible(excludes)
        self.reason_label.setVisible(excludes)
        self.days.setEnabled(kind in ("suspension", "expulsion"))
        self.grounds_box.setVisible(kind == "expulsion")
        self.start.setEnabled(excludes)
        self.days_hint.setText(
            self.tr("Calendar days (at most one year).")
            if kind == "expulsion"
            else self.tr("School days; for rest of day, the days after it.")
            if kind == "suspension"
            else ""
        )
        if result is not None:
            self.headline.setText(summary_line(result, self.context.pack))
            self.consistency.setText(self.context.comparison_text())

    def missing(self) -> str:
        result = self.context.result
        draft = self.context.draft
        if result is None:
            return self.context.problem
        blocks = result.findings_of("block")
        if blocks and not draft.back_entry:  # a past decision is recorded as it was made
            return self.tr("This action cannot be recorded: {why} ({cite})").format(
                why=blocks[0].text, cite=blocks[0].citation
            )
        kind = self.context.pack.actions[draft.action].kind
        if kind != "none" and not draft.override_reason and not draft.back_entry:
            return self.tr("An exclusion needs the reason the suggested responses were not enough.")
        if kind in ("suspension",) and draft.days <= 0 and draft.action != "rest_of_day_suspension":
            return self.tr("Enter the number of school days.")
        if not draft.decided_by:
            return self.tr("Enter who decided.")
        if draft.revising and not draft.change_reason.strip():
            return self.tr("A revision needs the reason the decision changes.")
        return ""
