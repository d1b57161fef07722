"""A wizard page that writes into the draft and says why Next is disabled."""

from __future__ import annotations

from disciplinedesk.ui.qt import QLabel, QVBoxLayout, QWidget, QWizardPage
from disciplinedesk.ui.wizard.context import DraftContext


class DraftPage(QWizardPage):
    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_ = QVBoxLayout(self)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("why-next-disabled")
        self.reason.setStyleSheet("color: #b3261e;")
        self.reason.setAccessibleName(self.tr("What is missing on this page"))
        self._loading = False
        context.updated.connect(self._on_updated)

    def finish_layout(self) -> None:
        """Call at the end of a page's constructor: the 'why' line goes last."""
        self.layout_.addWidget(self.reason)

    def missing(self) -> str:
        """What must be fixed before Next, in one sentence, or '' when the page is complete."""
        return ""

    def isComplete(self) -> bool:
        problem = self.missing()
        self.reason.setText(problem)
        self.reason.setVisible(bool(problem))
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


def consistency_panel() -> QLabel:
    """The line saying how the school decided similar incidents (Suggestions and Decision)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(label.tr("How the school decided similar incidents"))
    label.setStyleSheet("padding: 4px; border: 1px solid palette(mid);")
    return label
