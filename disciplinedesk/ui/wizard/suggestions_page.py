"""Step 5: what the handbook says: type, columns, responses least intrusive first, findings."""

from __future__ import annotations

from disciplinedesk.ui.findings_view import FindingsView, summary_line
from disciplinedesk.ui.qt import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.wizard.base import DraftPage, consistency_panel
from disciplinedesk.ui.wizard.context import DraftContext


class SuggestionsPage(DraftPage):
    per_offender = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("What the handbook says"))
        self.setSubTitle(
            self.tr("Responses start at the least intrusive. Check the ones you will use.")
        )
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Type and matrix columns"))
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.responses = QListWidget()
        self.responses.setAccessibleName(self.tr("Suggested responses"))
        self.responses.setWordWrap(True)
        self.responses.itemChanged.connect(self._store)
        self.findings = FindingsView(draft_translation=context.session.shows_draft_translation)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Responses (who delivers them):"))
        label.setBuddy(self.responses)
        column.addWidget(label)
        column.addWidget(self.responses)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.findings)
        split.setSizes([420, 520])
        self.consistency = consistency_panel()
        self.layout_.addWidget(self.headline)
        self.layout_.addWidget(self.consistency)
        self.layout_.addWidget(split, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        self._fill()

    def on_result(self) -> None:
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        result = self.context.result
        self.findings.show_result(result, self.context.problem)
        if result is None:
            self.headline.setText(self.context.problem)
            return
        self.headline.setText(summary_line(result, self.context.pack))
        self.consistency.setText(self.context.comparison_text())
        chosen = set(self.context.draft.responses)
        roles = self.context.pack.roles
        self._loading = True
        self.responses.clear()
        for response in result.responses:
            text = f"{response.text} — {roles.get(response.by, response.by)}"
            if response.already_tried:
                text += self.tr(" (already tried)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, response.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if response.id in chosen else Qt.CheckState.Unchecked
            )
            item.setToolTip(self.context.pack.page_citation(response.page))
            self.responses.addItem(item)
        self._loading = False

    def choose(self, response_id: str) -> None:
        for index in range(self.responses.count()):
            item = self.responses.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == response_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _store(self) -> None:
        if self._loading:
            return
        self.context.draft.responses = [
            str(self.responses.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.responses.count())
            if self.responses.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.changed()
