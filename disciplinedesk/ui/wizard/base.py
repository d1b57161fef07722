"""A wizard page that writes into the draft and says why Next is disabled."""

from __future__ import annotations

from disciplinedesk.ui.error_label import ErrorLabel
from disciplinedesk.ui.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from disciplinedesk.ui.wizard.context import DraftContext


class OffenderSelector(QWidget):
    """Whose decision this page is about, when several students did something: each has
    their own behaviors, record, factors and decision. Hidden with one offender."""

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Whose decision this page is about"))
        self.combo.setMinimumContentsLength(24)
        label = QLabel(self.tr("Decision f&or:"))
        label.setBuddy(self.combo)
        hint = QLabel(self.tr("Each student has their own behaviors, factors and decision."))
        hint.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(hint, 1)
        self._labels: tuple[str, ...] = ()
        self.combo.currentIndexChanged.connect(self._chosen)
        context.updated.connect(self.refresh)
        context.offender_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        draft = self.context.draft
        labels = tuple(self.context.offender_label(o) for o in draft.all_offenders())
        if labels != self._labels:
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItems(list(labels))
            self.combo.blockSignals(False)
            self._labels = labels
        if self.combo.currentIndex() != draft.current:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(draft.current)
            self.combo.blockSignals(False)
        self.setVisible(len(labels) > 1)

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.context.show_offender(index)


class DraftPage(QWizardPage):
    # A page about one offender's part (behaviors, record, factors, decision): it shows the
    # offender selector, and loads again when another offender is shown.
    per_offender = False

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_ = QVBoxLayout(self)
        if context.draft.back_entry:
            self.layout_.addWidget(back_entry_banner())
        if self.per_offender:
            self.selector = OffenderSelector(context)
            self.layout_.addWidget(self.selector)
            context.offender_changed.connect(self.reload_offender)
        self.reason = ErrorLabel(self.tr("What is missing on this page"))
        self.reason.setObjectName("why-next-disabled")
        self._loading = False
        context.updated.connect(self._on_updated)

    def finish_layout(self) -> None:
        """Call at the end of a page's constructor: the 'why' line goes last."""
        self.layout_.addWidget(self.reason)

    def missing(self) -> str:
        """What must be fixed before Next, in one sentence, or '' when the page is complete."""
        return ""

    def reload_offender(self) -> None:
        """Another offender is shown: load the page's fields from the draft again."""
        self.initializePage()

    def isComplete(self) -> bool:
        problem = self.missing()
        self.reason.show_error(problem)
        return not problem

    def changed(self) -> None:
        """A field changed: store it, re-evaluate, update Next."""
        if self._loading:
            return
        self.context.touch()

    def _on_updated(self) -> None:
        self.completeChanged.emit()
        self.on_result()

    def on_result(self) -> None:
        """Pages that show the evaluation override this."""


def back_entry_banner() -> QLabel:
    """On every page of a back-entry: what it is, so nobody takes it for today's decision."""
    label = QLabel(
        QCoreApplication.translate(
            "DraftPage",
            "<b>Back-entry</b>: a decision made before DisciplineDesk was used, entered so "
            "that the student's prior record is complete. Enter it as it was made; the log "
            "marks it as a back-entry and creates no follow-ups.",
        )
    )
    label.setObjectName("back-entry-banner")
    label.setWordWrap(True)
    label.setStyleSheet("padding: 4px; border: 2px solid palette(highlight);")
    return label


def consistency_panel() -> QLabel:
    """The line saying how the school decided similar incidents (Suggestions and Decision)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(label.tr("How the school decided similar incidents"))
    label.setStyleSheet("padding: 4px; border: 1px solid palette(mid);")
    return label
