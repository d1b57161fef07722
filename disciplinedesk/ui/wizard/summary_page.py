"""Step 7: what will be recorded. Finish stores it; nothing is written before."""

from __future__ import annotations

from html import escape

from disciplinedesk.ui.findings_view import deadlines_html, summary_line
from disciplinedesk.ui.qt import QTextBrowser, QWidget
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext


class SummaryPage(DraftPage):
    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("This is what will be recorded in the log when you press Finish."))
        self.setFinalPage(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Summary of the decision"))
        self.layout_.addWidget(self.text, 1)
        self.finish_layout()

    def initializePage(self) -> None:
        draft = self.context.draft
        pack = self.context.pack
        result = self.context.result
        behaviors = ", ".join(pack.behavior_by_id[b].label for b in draft.behaviors)
        chosen = [pack.response_by_id[r].text for r in draft.responses]
        action = pack.actions[draft.action].name
        if pack.actions[draft.action].kind != "none":
            days = float(draft.days)
            if days.is_integer():
                action += self.tr(", %n day(s) from {start}", "", int(days)).format(
                    start=draft.start_date
                )
            else:
                action += self.tr(", {days} days from {start}").format(
                    days=f"{days:g}", start=draft.start_date
                )
        rows = [
            (
                self.tr("Student"),
                f"{draft.first_name} {draft.last_name} ({draft.student_id}), "
                + self.tr("grade {grade}").format(grade=draft.grade),
            ),
            (self.tr("When and where"), f"{draft.datetime.replace('T', ' ')}, {draft.location}"),
            (self.tr("Behaviors"), behaviors),
            (self.tr("Handbook"), summary_line(result, pack) if result else self.context.problem),
            (self.tr("Responses chosen"), "; ".join(chosen) or self.tr("none")),
            (self.tr("Action"), action),
            (self.tr("Reason"), draft.override_reason or "-"),
            (self.tr("Decided by"), draft.decided_by),
            (self.tr("Factors documented"), f"{len(draft.factors)} / {len(pack.factors)}"),
        ]
        table = "".join(
            f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        follow = deadlines_html(result) if result else ""
        self.text.setHtml(f"<table cellspacing='6'>{table}</table>{follow}")

    def missing(self) -> str:
        result = self.context.result
        if result is None:
            return self.context.problem
        if result.findings_of("block"):
            return self.tr(
                "The decision is not permitted as entered: go back to the Decision page."
            )
        return ""
