"""Step 4: the ten factors the handbook requires before any exclusion (p.17)."""

from __future__ import annotations

from disciplinedesk.ui.qt import QFormLayout, QLabel, QPlainTextEdit, QScrollArea, QWidget
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext


class FactorsPage(DraftPage):
    per_offender = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Factors before exclusion"))
        self.setSubTitle(
            self.tr(
                "Before any suspension, hearing or expulsion, staff must consider each of these ({citation})."
            ).format(citation=context.pack.page_citation(17))
        )
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("How many factors are documented"))
        inner = QWidget()
        form = QFormLayout(inner)
        self.notes: dict[str, QPlainTextEdit] = {}
        for factor in context.pack.factors:
            label = QLabel(factor.text)
            label.setWordWrap(True)
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)
            note.setFixedHeight(48)
            note.setAccessibleName(factor.text)
            note.setPlaceholderText(self.tr("How this was considered"))
            label.setBuddy(note)
            note.setPlainText(context.draft.factors.get(factor.id, ""))
            note.textChanged.connect(self._store)
            form.addRow(label, note)
            self.notes[factor.id] = note
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.layout_.addWidget(self.count)
        self.layout_.addWidget(scroll, 1)
        self.finish_layout()
        self._count()

    def initializePage(self) -> None:
        """A factor the incident's facts answer (a voluntary disclosure, p.17) starts from
        what the behavior page recorded, unless staff already wrote their own note."""
        draft = self.context.draft
        for factor in self.context.pack.factors:
            if factor.flag is None:
                continue
            note = self.notes[factor.id]
            if note.toPlainText().strip() not in ("", *self._stated()):
                continue
            note.setPlainText(self._stated()[0 if draft.flags.get(factor.flag) else 1])

    def _stated(self) -> tuple[str, str]:
        return (
            self.tr("Yes, as recorded on the behavior page."),
            self.tr("No, as recorded on the behavior page."),
        )

    def _store(self) -> None:
        self.context.draft.factors = {
            key: note.toPlainText()
            for key, note in self.notes.items()
            if note.toPlainText().strip()
        }
        self._count()
        self.changed()

    def _count(self) -> None:
        done = len(self.context.draft.factors)
        self.count.setText(
            self.tr(
                "{done} of {total} factors documented. They are required before an exclusion, not before other responses."
            ).format(done=done, total=len(self.notes))
        )
