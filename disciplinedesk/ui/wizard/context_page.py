"""Step 3: context: strategies already tried (from the log, plus any added here), the prior
record, and the student facts the rules need that the roster may lack."""

from __future__ import annotations

from html import escape
from typing import Any

from disciplinedesk.domain.case import strategy_id
from disciplinedesk.ui.qt import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext


class ContextPage(DraftPage):
    per_offender = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Context"))
        self.setSubTitle(
            self.tr("What has been tried, and what the rules need to know about the student.")
        )
        self.prior = QLabel()
        self.prior.setWordWrap(True)
        self.prior.setTextFormat(Qt.TextFormat.RichText)
        self.prior.setAccessibleName(self.tr("Prior record"))
        box = QGroupBox(self.tr("Student"))
        column = QVBoxLayout(box)
        self.iep = QCheckBox(self.tr("&IEP"))
        self.section_504 = QCheckBox(self.tr("Section &504 plan"))
        self.referral = QCheckBox(self.tr("Special education &referral pending"))
        for check in (self.iep, self.section_504, self.referral):
            column.addWidget(check)
            check.toggled.connect(self._store)
        label = QLabel(
            self.tr(
                "&Strategies already tried this year (checked ones from the log cannot be unchecked):"
            )
        )
        label.setWordWrap(True)
        self.strategies = QListWidget()
        self.strategies.setAccessibleName(self.tr("Strategies already tried"))
        self.search = QLineEdit(placeholderText=self.tr("Search strategies (CICO, conference...)"))
        self.search.setAccessibleName(self.tr("Search strategies"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        label.setBuddy(self.search)
        pack = context.pack
        group: object = None
        for response in pack.responses:  # grouped under the type that first offers it
            if response.type != group:
                group = response.type
                name = (
                    pack.type_by_level[response.type].name
                    if response.type
                    else self.tr("Alcohol and drugs")
                )
                header = QListWidgetItem(name)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a strategy
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.strategies.addItem(header)
            item = QListWidgetItem(response.text)
            item.setData(Qt.ItemDataRole.UserRole, response.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.strategies.addItem(item)
        self.strategies.itemChanged.connect(self._store)
        self.layout_.addWidget(self.prior)
        self.layout_.addWidget(box)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.strategies, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        draft = self.context.draft
        history = self.context.history()
        answered = self._answered(history["strategies_tried"])
        self._loading = True
        self.iep.setChecked(draft.iep)
        self.section_504.setChecked(draft.section_504)
        self.referral.setChecked(draft.sped_referral_pending)
        pack = self.context.pack
        for item in self._strategy_items():
            response_id = item.data(Qt.ItemDataRole.UserRole)
            from_log = response_id in answered
            text = pack.response_by_id[response_id].text
            if from_log:
                # p.19 counts a strategy for the behavior it answered: show which that was.
                text = self.tr("{strategy} (for: {answered})").format(
                    strategy=text, answered=answered[response_id]
                )
            item.setText(text)
            item.setToolTip(text)
            checked = from_log or response_id in draft.extra_strategies
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            flags = item.flags()
            item.setFlags(
                flags & ~Qt.ItemFlag.ItemIsEnabled
                if from_log
                else flags | Qt.ItemFlag.ItemIsEnabled
            )
        self._loading = False
        prior = history["prior_incidents"]
        recent = "; ".join(
            f"{p['date']}: "
            + ", ".join(
                pack.behavior_by_id[b].label if b in pack.behavior_by_id else b
                for b in p["behaviors"]
            )
            for p in prior[-5:]
        )
        self.prior.setText(
            escape(self.tr("Prior incidents in the log: {count}.").format(count=len(prior)))
            + (f"<br><small>{escape(recent)}</small>" if recent else "")
        )

    def _strategy_items(self) -> list[QListWidgetItem]:
        """The strategies of the list, without the type headings."""
        items = (self.strategies.item(i) for i in range(self.strategies.count()))
        return [item for item in items if item.data(Qt.ItemDataRole.UserRole)]

    def _filter(self, text: str) -> None:
        """Show the strategies whose words match, and the headings of their types; a ticked
        one stays in place (it is only hidden, never moved)."""
        words = text.casefold().split()
        heading: QListWidgetItem | None = None
        shown_under = False
        for index in range(self.strategies.count()):
            item = self.strategies.item(index)
            if not item.data(Qt.ItemDataRole.UserRole):
                if heading is not None:
                    heading.setHidden(not shown_under)
                heading, shown_under = item, False
                continue
            match = all(word in item.text().casefold() for word in words)
            item.setHidden(not match)
            shown_under = shown_under or match
        if heading is not None:
            heading.setHidden(not shown_under)

    def _answered(self, strategies: list[Any]) -> dict[str, str]:
        """Each strategy from the log, and the behaviors and dates of the incidents it answered."""
        pack = self.context.pack
        answered: dict[str, list[str]] = {}
        for entry in strategies:
            if isinstance(entry, str):
                answered.setdefault(entry, [])
                continue
            names = ", ".join(
                pack.behavior_by_id[b].label for b in entry["behaviors"] if b in pack.behavior_by_id
            )
            answered.setdefault(entry["response"], []).append(f"{names}, {entry['date']}")
        return {response: "; ".join(uses) for response, uses in answered.items()}

    def _store(self) -> None:
        if self._loading:
            return
        draft = self.context.draft
        draft.iep, draft.section_504 = self.iep.isChecked(), self.section_504.isChecked()
        draft.sped_referral_pending = self.referral.isChecked()
        logged = set(map(strategy_id, self.context.history()["strategies_tried"]))
        draft.extra_strategies = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._strategy_items()
            if item.checkState() == Qt.CheckState.Checked
            and item.data(Qt.ItemDataRole.UserRole) not in logged
        ]
        self.changed()
