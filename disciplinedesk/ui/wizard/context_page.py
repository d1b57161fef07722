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
        label.setBuddy(self.strategies)
        for response in context.pack.responses:
            item = QListWidgetItem(response.text)
            item.setData(Qt.ItemDataRole.UserRole, response.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.strategies.addItem(item)
        self.strategies.itemChanged.connect(self._store)
        self.layout_.addWidget(self.prior)
        self.layout_.addWidget(box)
        self.layout_.addWidget(label)
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
        for index in range(self.strategies.count()):
            item = self.strategies.item(index)
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
            str(self.strategies.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.strategies.count())
            if self.strategies.item(i).checkState() == Qt.CheckState.Checked
            and self.strategies.item(i).data(Qt.ItemDataRole.UserRole) not in logged
        ]
        self.changed()
