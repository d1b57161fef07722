"""Step 7: what will be recorded. Finish stores it; nothing is written before."""

from __future__ import annotations

from html import escape

from disciplinedesk.domain.result import Result
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.findings_view import deadlines_html, summary_line
from disciplinedesk.ui.qt import QTextBrowser, QWidget
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext
from disciplinedesk.ui.wizard.involved import role_labels


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
        offenders = draft.all_offenders()
        parts = []
        for index in range(len(offenders)):
            single, result, problem = self._evaluated(index)
            heading = (
                f"<h3>{escape(self.context.offender_label(offenders[index]))}</h3>"
                if len(offenders) > 1
                else ""
            )
            table = _table(self._offender_rows(single, result, problem))
            follow_ups = deadlines_html(result) if result and not draft.back_entry else ""
            parts.append(heading + table + follow_ups)
        shared = [
            (self.tr("When and where"), f"{draft.datetime.replace('T', ' ')}, {draft.location}"),
            (self.tr("Decided by"), draft.decided_by),
        ]
        if draft.others:
            shared.append((self.tr("Others involved"), self._others()))
        if draft.back_entry:
            shared.insert(
                0,
                (
                    self.tr("Back-entry"),
                    self.tr(
                        "A decision made before DisciplineDesk was used: it completes the "
                        "prior record. No follow-ups are created."
                    ),
                ),
            )
        self.text.setHtml(_table(shared) + "".join(parts))

    def _evaluated(self, index: int) -> tuple[Draft, Result | None, str]:
        if len(self.context.draft.all_offenders()) == 1:
            return self.context.draft, self.context.result, self.context.problem
        return self.context.evaluate_offender(index)

    def _offender_rows(
        self, draft: Draft, result: Result | None, problem: str
    ) -> list[tuple[str, str]]:
        pack = self.context.pack
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
        return [
            (
                self.tr("Student"),
                f"{draft.first_name} {draft.last_name} ({draft.student_id}), "
                + self.tr("grade {grade}").format(grade=draft.grade),
            ),
            (self.tr("Behaviors"), behaviors),
            (self.tr("Handbook"), summary_line(result, pack) if result else problem),
            (self.tr("Responses chosen"), "; ".join(chosen) or self.tr("none")),
            (self.tr("Action"), action),
            (self.tr("Reason"), draft.override_reason or "-"),
            (self.tr("Factors documented"), f"{len(draft.factors)} / {len(pack.factors)}"),
        ]

    def _others(self) -> str:
        roles = role_labels()
        lines = []
        for other in self.context.draft.others:
            who = (
                f"{other['first_name']} {other['last_name']}"
                if other.get("student_id")
                else other["name"]
            )
            lines.append(f"{who}: {roles[other['role']]}")
        return "; ".join(lines)

    def missing(self) -> str:
        offenders = self.context.draft.all_offenders()
        for index in range(len(offenders)):
            single, result, problem = self._evaluated(index)
            name = f"{single.first_name} {single.last_name}".strip()
            if result is None:
                return (
                    self.tr("{name}: {problem}").format(name=name, problem=problem)
                    if len(offenders) > 1
                    else problem
                )
            if result.findings_of("block") and not self.context.draft.back_entry:
                if len(offenders) > 1:
                    return self.tr(
                        "The decision for {name} is not permitted as entered: choose {name} "
                        "at the top of the Decision page."
                    ).format(name=name)
                return self.tr(
                    "The decision is not permitted as entered: go back to the Decision page."
                )
        return ""


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='6'>{cells}</table>"
