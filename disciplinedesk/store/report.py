"""The school's discipline report: what happened in a period, and who was excluded.

Equity is reported the way civil-rights monitoring does it: for each group, the risk of an
out-of-school suspension or expulsion (students excluded / students enrolled) and the risk
ratio against all other enrolled students together. Small groups and small counts are
suppressed so that no student can be recognised in the numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.database import CURRENT_DECISION, Log
from disciplinedesk.store.settings import get_setting

DIMENSIONS = ("race_ethnicity", "gender", "iep", "english_learner")
NOT_RECORDED = "(not recorded)"


def discipline_report(log: Log, pack: PolicyPack, first: date, last: date) -> dict[str, Any]:
    rows = decision_rows(log, first, last)
    exclusionary = {
        a
        for a, spec in pack.actions.items()
        if spec.setting == "out_of_school" or spec.kind == "expulsion"
    }
    per_student = Counter(row["student_key"] for row in rows)
    behaviors = Counter(b for row in rows for b in row["behaviors"])
    actions = Counter(row["action"] for row in rows)
    exclusion_days = sum(
        row["days"] + pack.actions[row["action"]].base_days
        for row in rows
        if pack.actions[row["action"]].kind == "suspension"
    )
    follow_ups = log.query(
        """SELECT f.due FROM follow_ups f JOIN decisions d ON d.id = f.decision_id
           JOIN incidents i ON i.id = d.incident_id
           WHERE f.done_at IS NULL AND f.cancelled_at IS NULL AND i.voided_at IS NULL"""
    )
    today = date.today().isoformat()
    excluded_students = {row["student_key"] for row in rows if row["action"] in exclusionary}
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "totals": {
            "incidents": len(rows),
            "students": len(per_student),
            "repeat_students": sum(1 for n in per_student.values() if n > 1),
            "exclusion_days": exclusion_days,
            "students_excluded": len(excluded_students),
            "open_follow_ups": len(follow_ups),
            "overdue_follow_ups": sum(1 for f in follow_ups if f["due"][:10] < today),
        },
        "by_month": dict(sorted(Counter(row["occurred_at"][:7] for row in rows).items())),
        "by_type": dict(sorted(Counter(_type_name(pack, row["type"]) for row in rows).items())),
        "by_behavior": dict(behaviors.most_common()),
        "by_location": dict(Counter(row["location"] or NOT_RECORDED for row in rows).most_common()),
        "by_action": {action: actions[action] for action in pack.actions if actions[action]},
        "equity": equity(log, excluded_students),
    }


def _type_name(pack: PolicyPack, level: int | None) -> str:
    return pack.type_by_level[level].name if level else "Substance"


def equity(log: Log, excluded_students: set[str]) -> list[dict[str, Any]]:
    min_group = int(get_setting(log, "report_min_group"))
    min_cell = int(get_setting(log, "report_min_cell"))
    students = log.query(
        "SELECT id, race_ethnicity, gender, iep, section_504, sped_referral_pending, english_learner "
        "FROM students WHERE voided_at IS NULL"
    )
    rows: list[dict[str, Any]] = []
    for dimension in DIMENSIONS:
        groups: dict[str, list[str]] = {}
        for student in students:
            groups.setdefault(_group(student, dimension), []).append(student["id"])
        total_enrolled = len(students)
        total_excluded = sum(1 for s in students if s["id"] in excluded_students)
        for group in sorted(groups):
            members = groups[group]
            enrolled = len(members)
            excluded = sum(1 for key in members if key in excluded_students)
            rows.append(
                _equity_row(
                    dimension,
                    group,
                    enrolled,
                    excluded,
                    total_enrolled,
                    total_excluded,
                    min_group,
                    min_cell,
                )
            )
    return rows


def _group(student: dict[str, Any], dimension: str) -> str:
    if dimension == "iep":  # any of IEP, 504 plan or pending referral counts as disability status
        return (
            "yes"
            if student["iep"] or student["section_504"] or student["sped_referral_pending"]
            else "no"
        )
    if dimension == "english_learner":
        value = student["english_learner"]
        return NOT_RECORDED if value is None else ("yes" if value else "no")
    value = student[dimension]
    return str(value) if value not in (None, "") else NOT_RECORDED


def _equity_row(
    dimension: str,
    group: str,
    enrolled: int,
    excluded: int,
    total_enrolled: int,
    total_excluded: int,
    min_group: int,
    min_cell: int,
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "dimension": dimension,
        "group": group,
        "enrolled": enrolled,
        "excluded": excluded,
        "risk": None,
        "risk_ratio": None,
        "comparison_risk_zero": False,
        "suppressed": False,
    }
    small_cells = enrolled < min_cell or excluded < min_cell
    if enrolled < min_group or small_cells:
        # In a small group even a large count can identify students (10 of 10 excluded),
        # so the excluded count goes with the risk; the enrolled count stays unless small.
        row["suppressed"] = True
        if enrolled < min_cell:
            row["enrolled"] = None
        if excluded < min_cell or enrolled < min_group:
            row["excluded"] = None
        return row
    row["risk"] = excluded / enrolled
    others_enrolled = total_enrolled - enrolled
    others_excluded = total_excluded - excluded
    others_risk = others_excluded / others_enrolled if others_enrolled else 0.0
    if others_risk == 0:
        row["comparison_risk_zero"] = True
    else:
        row["risk_ratio"] = row["risk"] / others_risk
    return row


DECISION_ROWS = f"""
    SELECT i.id AS incident_id, d.id AS decision_id, s.id AS student_key,
           s.local_id AS student_id, s.first_name,
           s.last_name, s.grade, s.iep, s.section_504, s.sped_referral_pending, s.english_learner,
           i.occurred_at, i.location, i.nexus, i.behaviors, i.type, i.description, i.reporter,
           d.action, d.days, d.start_date, d.responses_chosen, d.decided_by, d.decided_at
    FROM incidents i
    JOIN students s ON s.id = i.student_id
    JOIN decisions d ON {CURRENT_DECISION}
    WHERE i.voided_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
    ORDER BY i.occurred_at, i.id
"""


def decision_rows(log: Log, first: date, last: date) -> list[dict[str, Any]]:
    """Each current decision in the period with its incident and student (lists decoded)."""
    until = date.fromordinal(last.toordinal() + 1).isoformat()
    rows = log.query(DECISION_ROWS, [first.isoformat(), until])
    for row in rows:
        row["behaviors"] = json.loads(row["behaviors"])
        row["responses_chosen"] = json.loads(row["responses_chosen"])
    return rows


def export_rows(log: Log, first: date, last: date) -> list[dict[str, Any]]:
    """The same rows flattened for a spreadsheet (lists joined with ';')."""
    rows = decision_rows(log, first, last)
    for row in rows:
        row["behaviors"] = ";".join(row["behaviors"])
        row["responses_chosen"] = ";".join(row["responses_chosen"])
    return rows
