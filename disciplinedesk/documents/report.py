"""The school's discipline report as a PDF: the same numbers as `disciplinedesk report`.

The sections of the Reports view, one chart or table each, and the filters used. Suppressed
cells stay suppressed on paper: a small count can point at a student. The school's own copy
names the frequent students and those at 6 or more incidents (each such name is recorded as
a disclosure, see `printing.write_report`); the footer says which copy it is.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Table, TableStyle

from disciplinedesk.documents.layout import (
    FRAME_WIDTH,
    MARGIN,
    Styles,
    draw_footer,
    numbered_canvas,
    para,
    styles,
)
from disciplinedesk.domain.pack import PolicyPack

BAR = colors.HexColor("#3a6ea5")


@dataclass(frozen=True)
class EquityWords:
    """The words of the equity table: English in print, the interface's in the Reports view.
    (The groups themselves are the roster's values, e.g. race/ethnicity categories.)"""

    dimensions: Mapping[str, str]
    values: Mapping[str, str]  # the store's own words: yes, no, (not recorded)
    small_group: str
    small_count: str
    no_one_else: str


ENGLISH_EQUITY_WORDS = EquityWords(
    dimensions={
        "race_ethnicity": "Race/ethnicity",
        "gender": "Gender",
        "iep": "Disability (IEP, 504 or referral)",
        "english_learner": "English learner",
    },
    values={},
    small_group="small group",
    small_count="small count",
    no_one_else="no one else excluded",
)
TOP = 12  # behaviors and locations listed; the JSON report has them all


def build_report(
    report: dict[str, Any], pack: PolicyPack, *, school: str, printed: date | None = None
) -> bytes:
    printed = printed or date.today()
    st = styles("en", school, *report["by_location"], size=9)
    totals = report["totals"]
    story: list[Any] = [
        para("Discipline report", st.title),
        para(f"{school or 'School'} · {report['from']} to {report['to']}", st.body),
        para(filters_line(report.get("filters", {}), pack), st.small),
        _table(
            st,
            ["", ""],
            [
                ["Incidents", _n(totals["incidents"])],
                [
                    "Offenders' decisions (a fight of two is one incident, two decisions)",
                    _n(totals["offenders"]),
                ],
                ["Students involved as offenders", _n(totals["students"])],
                ["Students with more than one incident", _n(totals["repeat_students"])],
                [
                    "Students excluded (out-of-school suspension or expulsion)",
                    _n(totals["students_excluded"]),
                ],
                ["Days of suspension", f"{totals['exclusion_days']:g}"],
                [
                    "Follow-ups open (overdue)",
                    f"{totals['open_follow_ups']} ({totals['overdue_follow_ups']})",
                ],
            ],
            widths=[0.7, 0.3],
            header=False,
        ),
    ]
    if report["by_month"]:
        story.append(
            KeepTogether([para("Incidents by month", st.heading), _columns(st, report["by_month"])])
        )
    story.extend(_school_team_sections(st, report))
    actions = {pack.actions[a].name: n for a, n in report["by_action"].items()}
    for title, counts in (
        ("Incidents by type", report["by_type"]),
        ("Actions decided", actions),
        ("Behaviors (most frequent)", top_behaviors(report["by_behavior"], pack)),
        ("Locations (most frequent)", dict(list(report["by_location"].items())[:TOP])),
    ):
        if counts:
            story.append(KeepTogether([para(title, st.heading), _bars(st, counts)]))
    story.extend(_people_sections(st, report))
    story.append(para("Exclusion by group", st.heading))
    suppression = report["suppression"]
    story.append(
        para(
            "Risk = students with at least one out-of-school suspension or expulsion in the "
            "period / students enrolled in the group. Risk ratio = the group's risk / the risk "
            "of all other enrolled students. A ratio above 1 means the group was excluded more "
            f"often. Groups under {suppression['min_group']} students and counts under "
            f"{suppression['min_cell']} are not shown (—), so that no student can be recognised.",
            st.small,
        )
    )
    story.append(
        _table(
            st,
            ["Group", "Enrolled", "Excluded", "Risk", "Risk ratio"],
            [equity_cells(row, suppression["min_group"]) for row in report["equity"]],
            widths=[0.42, 0.1, 0.1, 0.1, 0.28],
        )
    )

    def footer(canvas: Canvas, page: int, total: int) -> None:
        draw_footer(
            canvas,
            st.regular,
            "Confidential: names students (the school's own copy)"
            if "named_students" in report
            else "Aggregates only: no student is named in this report",
            f"Page {page} of {total} · printed {printed.isoformat()}",
            extra=f"DisciplineDesk, policy pack {pack.pack.id} {pack.pack.version}",
        )

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=(8.5 * 72, 11 * 72),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN,
        title=f"Discipline report {report['from']} to {report['to']}",
        author=school or "DisciplineDesk",
    ).build(story, canvasmaker=numbered_canvas(footer, st.regular))
    return buffer.getvalue()


def filters_line(filters: Mapping[str, Any], pack: PolicyPack) -> str:
    """Which incidents the report counts, in words."""
    parts = []
    if filters.get("grade_band"):
        parts.append(f"grades {filters['grade_band']}")
    level = filters.get("type")
    if level is not None:
        parts.append(pack.type_by_level[level].name if level else "substance behaviors")
    behavior = filters.get("behavior")
    if behavior:
        parts.append(
            pack.behavior_by_id[behavior].label if behavior in pack.behavior_by_id else behavior
        )
    return "Filters: " + ("; ".join(parts) if parts else "none (every incident of the period)")


def _school_team_sections(st: Styles, report: dict[str, Any]) -> list[Any]:
    """The Big 5's "when" and the tiers: per school day, time of day, weekday, triangle."""
    sections: list[Any] = []
    rates = {m: v["per_school_day"] or 0.0 for m, v in report.get("per_school_day", {}).items()}
    weekdays = {d: v["per_school_day"] or 0.0 for d, v in report.get("by_weekday", {}).items()}
    for title, counts, fmt in (
        ("Incidents per school day, by month", rates, "%.2f"),
        ("Time of day (incidents per clock hour)", report.get("by_hour", {}), "%d"),
        ("Incidents per school day of the weekday", weekdays, "%.2f"),
    ):
        if counts and any(counts.values()):
            sections.append(KeepTogether([para(title, st.heading), _columns(st, counts, fmt)]))
    tiers = report.get("tiers")
    if tiers:
        total = max(tiers["enrolled"], 1)
        rows = [
            [f"{band} incidents", _n(n), f"{100 * n / total:.0f}%"]
            for band, n in tiers["bands"].items()
        ]
        block: list[Any] = [
            para("Tiers of support", st.heading),
            _table(
                st,
                ["Band", "Students", f"of {tiers['enrolled']} enrolled"],
                rows,
                widths=[0.5, 0.25, 0.25],
            ),
        ]
        named = "named_students" in report  # the school's own copy; an aggregate names none
        if named and tiers["students_6_plus"]:
            block.append(para("At 6 or more: " + "; ".join(tiers["students_6_plus"]), st.small))
        sections.append(KeepTogether(block))
    frequent = report.get("by_student", []) if "named_students" in report else []
    if frequent:
        rows = [
            [
                str(entry["student"]),
                _n(entry["incidents"]),
                f"{entry['exclusion_days']:g}",
                _n(entry["open_follow_ups"]),
                "yes" if entry["support_plan"] else "no",
            ]
            for entry in frequent
        ]
        sections.append(para("Students with the most incidents", st.heading))
        sections.append(
            _table(
                st,
                ["Student", "Incidents", "Days excluded", "Open follow-ups", "Support plan"],
                rows,
                widths=[0.44, 0.13, 0.15, 0.15, 0.13],
            )
        )
    return sections


def _people_sections(st: Styles, report: dict[str, Any]) -> list[Any]:
    """Who reports and who decides, suppressed as the equity table."""
    sections: list[Any] = []
    for key, title, unit in (
        ("by_reporter", "Who reported", "Incidents"),
        ("by_decider", "Who decided", "Decisions"),
    ):
        entries = report.get(key, [])
        if not entries:
            continue
        rows = [
            [
                entry["name"] or "(not recorded)",
                _n(entry["count"]),
                _n(entry["excluded"]),
                "—" if entry["share_excluded"] is None else f"{100 * entry['share_excluded']:.0f}%",
            ]
            for entry in entries
        ]
        sections.append(para(title, st.heading))
        sections.append(
            _table(
                st,
                [title, unit, "Excluded", "Share excluded"],
                rows,
                widths=[0.52, 0.16, 0.16, 0.16],
            )
        )
    return sections


def _n(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def equity_cells(
    row: dict[str, Any], min_group: int, words: EquityWords = ENGLISH_EQUITY_WORDS
) -> list[str]:
    """One group's line of the equity table, as printed and as shown in the Reports view."""
    dimension = words.dimensions.get(row["dimension"], row["dimension"])
    return [
        f"{dimension}: {words.values.get(row['group'], row['group'])}",
        _n(row["enrolled"]),
        _n(row["excluded"]),
        "—" if row["risk"] is None else f"{row['risk']:.1%}",
        ratio_text(row, min_group, words),
    ]


def ratio_text(
    row: dict[str, Any], min_group: int, words: EquityWords = ENGLISH_EQUITY_WORDS
) -> str:
    """The risk ratio as printed, or why it is not shown."""
    if row["suppressed"]:
        small_group = row["enrolled"] is None or row["enrolled"] < min_group
        return f"— ({words.small_group if small_group else words.small_count})"
    if row["comparison_risk_zero"]:
        return f"— ({words.no_one_else})"
    return f"{row['risk_ratio']:.2f}"


def top_behaviors(by_behavior: dict[str, int], pack: PolicyPack) -> dict[str, int]:
    """The most frequent behaviors by their handbook names."""
    named = {
        (pack.behavior_by_id[b].label if b in pack.behavior_by_id else b): n
        for b, n in by_behavior.items()
    }
    return dict(list(named.items())[:TOP])


def _table(
    st: Styles,
    head: list[str],
    rows: list[list[str]],
    *,
    widths: list[float],
    header: bool = True,
) -> Table:
    data = ([head] if header else []) + rows
    table = Table(data, colWidths=[FRAME_WIDTH * w for w in widths], repeatRows=int(header))
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if header:
        commands.append(("FONT", (0, 0), (-1, 0), st.bold, 8))
    table.setStyle(TableStyle(commands))
    return table


def _columns(st: Styles, counts: Mapping[str, float], label: str = "%d") -> Drawing:
    """Counts (or rates) as columns, left to right, each labelled with its value."""
    drawing = Drawing(FRAME_WIDTH, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, int(FRAME_WIDTH) - 40, 110
    chart.data = [list(counts.values())]
    chart.categoryAxis.categoryNames = list(counts)
    _style(chart, st)
    chart.categoryAxis.labels.angle = 30 if len(counts) > 8 else 0
    chart.categoryAxis.labels.dy = -8 if len(counts) > 8 else 0
    chart.barLabelFormat = label
    drawing.add(chart)
    return drawing


def _bars(st: Styles, counts: dict[str, int]) -> Drawing:
    """Counts as horizontal bars, the largest first, each labelled with its name."""
    names = list(counts)[::-1]  # the chart draws from the bottom up
    height = 14 * len(names) + 20
    drawing = Drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = int(FRAME_WIDTH * 0.42), 10
    chart.width, chart.height = int(FRAME_WIDTH * 0.52), height - 15
    chart.data = [[counts[name] for name in names]]
    chart.categoryAxis.categoryNames = [name[:60] for name in names]
    _style(chart, st)
    drawing.add(chart)
    return drawing


def _style(chart: VerticalBarChart | HorizontalBarChart, st: Styles) -> None:
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = st.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 7
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = st.regular
        labels.fontSize = 7
