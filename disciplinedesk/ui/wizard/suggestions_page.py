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
        # With the school's record shared: how recent the other laptops' records are.
        self.shared_note = QLabel()
        self.shared_note.setAccessibleName(self.tr("Records from other laptops"))
        self.layout_.addWidget(self.shared_note)
        self.layout_.addWidget(split, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        self._show_shared_note()
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
        entries = []
        for response in result.responses:
            text = f"{response.text} — {roles.get(response.by, response.by)}"
            if response.already_tried:
                text += self.tr(" (already tried)")
            entries.append((response.id, text, self.context.pack.page_citation(response.page)))
        self._loading = True
        shown = [
            self.responses.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.responses.count())
        ]
        # A tick re-evaluates the case: the same responses are updated where they are, so
        # the list never jumps to the top under the pointer; a new list keeps its scroll.
        scroll = self.responses.verticalScrollBar().value()
        if shown != [entry[0] for entry in entries]:
            self.responses.clear()
            for response_id, _, _ in entries:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, response_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.responses.addItem(item)
        for index, (response_id, text, citation) in enumerate(entries):
            item = self.responses.item(index)
            item.setText(text)
            item.setToolTip(citation)
            item.setCheckState(
                Qt.CheckState.Checked if response_id in chosen else Qt.CheckState.Unchecked
            )
        self.responses.verticalScrollBar().setValue(scroll)
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

    def _show_shared_note(self) -> None:
        from disciplinedesk.store.sharing import share_status
        from disciplinedesk.ui.sharing import local_time

        state = share_status(self.context.session.log)
        when = local_time(state["last_exchange"]) if state else ""
        self.shared_note.setText(
            self.tr("Records from other laptops as of {when}").format(when=when)
            if when
            else self.tr("Records from other laptops: none taken in yet")
            if state
            else ""
        )
        self.shared_note.setVisible(state is not None)
