"""The one-page decision summary for the school's file.

It says what the handbook suggested and what the administrator chose; it never reads as if
the program decided.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from disciplinedesk.documents.facts import DecisionFacts
from disciplinedesk.documents.layout import (
    FRAME_WIDTH,
    MARGIN,
    Styles,
    draw_footer,
    numbered_canvas,
    para,
    styles,
)
from disciplinedesk.domain.case import strategy_id
from disciplinedesk.domain.consistency import Comparison, describe
from disciplinedesk.domain.pack import PolicyPack

SEVERITY_TITLES = {
    "block": "Not permitted as entered",
    "required": "Required",
    "consult": "Consult first",
    "warning": "Warnings",
    "info": "For information",
}


def build_summary(facts: DecisionFacts, pack: PolicyPack, *, printed: date | None = None) -> bytes:
    printed = printed or date.today()
    st = styles("en", facts.student_name, facts.description, size=8.6)
    story: list[Any] = []
    story.append(para("Decision summary", st.title))
    story.append(
        para(
            f"{facts.school or 'School'} · incident {facts.incident_id[:8]} · decision revision {facts.revision}",
            st.small,
        )
    )
    if facts.back_entry:
        story.append(
            Paragraph(
                "<b>Back-entry</b>: a decision made before DisciplineDesk was used, entered on "
                f"{escape(facts.decided_at[:10])} so that the prior record is complete. "
                "What the handbook says below is how the rules read it now.",
                st.body,
            )
        )
    story.append(
        _grid(
            st,
            [
                ("Student", f"{facts.student_name} (id {facts.student_id}), grade {facts.grade}"),
                ("Plans", _plans(facts)),
                (
                    "Incident",
                    f"{facts.occurred_at:%Y-%m-%d %H:%M}, {facts.location or 'location not given'}",
                ),
                ("Behaviors", "; ".join(_behavior_line(pack, b) for b in facts.behaviors)),
                ("Description", facts.description or "(none recorded)"),
                *(
                    [("Others involved", "; ".join(facts.others) + " (school record only)")]
                    if facts.others
                    else []
                ),
            ],
        )
    )
    history = facts.case.get("history", {})
    limit = pack.limit("disability_cumulative_days")
    result = facts.result
    story.append(para("Prior record this school year", st.heading))
    tried = [
        pack.response_by_id[r].text
        for r in dict.fromkeys(map(strategy_id, history.get("strategies_tried", [])))
        if r in pack.response_by_id
    ]
    story.append(
        _grid(
            st,
            [
                (
                    "Exclusion days",
                    f"{history.get('exclusion_days_this_year', 0):g} of {limit} before this decision",
                ),
                ("Strategies tried", "; ".join(tried) or "none recorded"),
                ("Substance level", result.get("substance_level") or "none"),
                ("Matrix", _matrix_line(pack, result)),
            ],
        )
    )
    story.append(para("Factors considered before exclusion (handbook p. 17)", st.heading))
    notes = facts.case.get("factors", {})
    story.append(
        _grid(
            st,
            [(f.text.rstrip("."), notes.get(f.id) or "— NOT DOCUMENTED —") for f in pack.factors],
            first=0.42,
        )
    )
    story.append(para("What the handbook says", st.heading))
    for severity, title in SEVERITY_TITLES.items():
        findings = [f for f in result.get("findings", []) if f["severity"] == severity]
        if findings:
            items = "".join(
                f"<br/>• {escape(f['text'])} <font color='#555555'>[{escape(f['citation'])}]</font>"
                for f in findings
            )
            story.append(Paragraph(f"<b>{title}</b>{items}", st.small))
    story.append(para("Responses", st.heading))
    story.extend(_responses(st, pack, facts))
    if facts.comparison is not None:
        comparison = Comparison(**facts.comparison)
        story.append(para("Similar decisions in this school when decided", st.heading))
        story.append(para(describe(comparison, pack, facts.action), st.small))
    story.append(para("Decision", st.heading))
    action = pack.actions[facts.action]
    rows = [("Action chosen", _action_text(action.name, action.kind, facts))]
    if facts.override_reason:
        rows.append(("Reason (why suggested responses were not enough)", facts.override_reason))
    story.append(_grid(st, rows, first=0.3))
    if facts.follow_ups:
        story.append(para("Follow-ups", st.heading))
        story.append(
            _grid(
                st,
                [
                    (f["due"].replace("T", " "), f["text"] + (" (done)" if f["done_at"] else ""))
                    for f in facts.follow_ups
                ],
                first=0.2,
            )
        )
    signature = Table(
        [
            [
                Paragraph(
                    f"Decided by: <b>{escape(facts.decided_by)}</b> "
                    + ("; entered" if facts.back_entry else "on")
                    + f" {escape(facts.decided_at[:16].replace('T', ' '))}",
                    st.body,
                ),
                "Signature: ______________________________",
            ]
        ],
        colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45],
    )
    signature.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 8.6),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                Spacer(1, 6),
                signature,
                para(
                    f"Suggestions and findings by DisciplineDesk from policy pack {pack.pack.id} {pack.pack.version} "
                    f"({pack.pack.name}). The action was decided by the administrator named above.",
                    st.small,
                ),
            ]
        )
    )

    def footer(canvas: Canvas, page: int, total: int) -> None:
        draw_footer(
            canvas,
            st.regular,
            "CONFIDENTIAL student record",
            f"Page {page} of {total} · printed {printed.isoformat()}",
            extra=f"Policy pack {pack.pack.id} {pack.pack.version}",
        )

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(8.5 * 72, 11 * 72),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN,
        title=f"Decision summary {facts.incident_id[:8]}",
        author=facts.school or "DisciplineDesk",
        subject="CONFIDENTIAL student record",
    )
    document.build(story, canvasmaker=numbered_canvas(footer, st.regular))
    return buffer.getvalue()


def _plans(facts: DecisionFacts) -> str:
    plans = [
        name
        for name, on in (
            ("IEP", facts.iep),
            ("Section 504 plan", facts.section_504),
            ("special education referral pending", facts.sped_referral_pending),
        )
        if on
    ]
    return ", ".join(plans) or "no IEP, 504 plan or pending referral"


def _behavior_line(pack: PolicyPack, behavior_id: str) -> str:
    behavior = pack.behavior_by_id.get(behavior_id)
    if behavior is None:
        return behavior_id
    kind = pack.type_by_level[behavior.type].name if behavior.type else "substance"
    return f"{behavior.label} ({kind}, p. {behavior.page})"


def _matrix_line(pack: PolicyPack, result: dict[str, Any]) -> str:
    kind = pack.type_by_level[result["type"]].name if result.get("type") else "no type (substance)"
    return f"{kind}; suspension: {result.get('suspension')}; hearing: {result.get('hearing')}"


def _action_text(name: str, kind: str, facts: DecisionFacts) -> str:
    if kind == "none":
        return name
    unit = "calendar days" if kind == "expulsion" else "school days"
    text = f"{name}"
    if facts.days:
        text += f", {facts.days:g} {unit}"
    if facts.start_date:
        text += f", from {facts.start_date.isoformat()}"
    returns = facts.deadline("return_to_school")
    if returns:
        text += f"; returns {returns}"
    return text


def _grid(st: Styles, rows: list[tuple[str, str]], *, first: float = 0.22) -> Table:
    data = [
        [Paragraph(f"<b>{escape(k)}</b>", st.small), Paragraph(escape(v), st.small)]
        for k, v in rows
    ]
    # splitInRow: a long description or reason flows onto the next page instead of failing.
    table = Table(data, colWidths=[FRAME_WIDTH * first, FRAME_WIDTH * (1 - first)], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 7),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _responses(st: Styles, pack: PolicyPack, facts: DecisionFacts) -> list[Any]:
    """The responses chosen first, each with who delivers it and its page; the others the
    handbook suggested, briefly, in one line after them."""
    chosen = [r for r in facts.responses_chosen if r in pack.response_by_id]
    others = [r for r in facts.responses_suggested if r in pack.response_by_id and r not in chosen]
    out: list[Any] = []
    for response_id in chosen:
        response = pack.response_by_id[response_id]
        who = pack.roles.get(response.by, response.by)
        page = pack.wording.page.format(page=response.page)
        out.append(para(f"☑ {response.text} ({who}, {page})", st.body))
    if not chosen:
        out.append(para("☐ No response chosen.", st.body))
    if others:
        names = "; ".join(pack.response_by_id[r].text for r in others)
        out.append(para(f"Also suggested, not chosen: {names}.", st.small))
    return out
