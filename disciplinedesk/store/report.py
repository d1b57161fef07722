"""The school's discipline report: what happened in a period, and who was excluded.

Equity is reported the way civil-rights monitoring does it: for each group, the risk of an
out-of-school suspension or expulsion (students excluded / students enrolled) and the risk
ratio against all other enrolled students together. Small groups and small counts are
suppressed so that no student can be recognised in the numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import msgspec

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store import report_breakdowns as breakdowns
from disciplinedesk.store.calendar import school_calendar
from disciplinedesk.store.database import CURRENT_DECISION, Log
from disciplinedesk.store.incidents import IncidentFilter, band_grades
from disciplinedesk.store.rows import end_bound
from disciplinedesk.store.settings import get_setting

DIMENSIONS = ("race_ethnicity", "gender", "iep", "english_learner")
NOT_RECORDED = "(not recorded)"
SUBSTANCE = "Substance"  # the type of an incident whose behaviors are all substance-related


REPORT_ROWS = f"""
    SELECT {", ".join(breakdowns.REPORT_COLUMNS)}
    FROM incidents INDEXED BY incidents_period
    WHERE voided_at IS NULL AND occurred_at >= ? AND occurred_at < ?
"""
STUDENT, OCCURRED, TYPE, LOCATION, BEHAVIORS, ACTION, DAYS, SHARED, GRADE = (
    breakdowns.STUDENT,
    breakdowns.OCCURRED,
    breakdowns.TYPE,
    breakdowns.LOCATION,
    breakdowns.BEHAVIORS,
    breakdowns.ACTION,
    breakdowns.DAYS,
    breakdowns.SHARED,
    breakdowns.GRADE,
)


def discipline_report(
    log: Log,
    pack: PolicyPack,
    first: date,
    last: date,
    where: IncidentFilter | None = None,
    *,
    names: bool = False,
) -> dict[str, Any]:
    """The period's counts.

    Only the columns counted are read, from one covering index (incidents carry their current
    action, days and who decided), as plain tuples, and counted with Counters (SQLite's
    GROUP BY sorts, which was slower on a school year of a large log than counting in
    Python).

    A row is one offender's part in an incident: months, hours, weekdays, locations and
    reporters count incidents (a fight of two is one incident); behaviors, types, actions,
    deciders and students count offenders' decisions. `where` narrows every section to a
    grade band, a type or a behavior (the same filter the log table takes). With `names`,
    the students of the tiers and the frequent-student list are named (the school's own
    screen and PDF); without, they are the school's ids.
    """
    where = where or IncidentFilter()
    rows = _filtered(
        log.execute(REPORT_ROWS, [first.isoformat(), end_bound(last)]).fetchall(), where
    )
    incidents = list({row[SHARED]: row for row in rows}.values())
    exclusionary = set(exclusionary_actions(pack))
    per_student = Counter(row[STUDENT] for row in rows)
    excluded_students = {row[STUDENT] for row in rows if row[ACTION] in exclusionary}
    # Many incidents share a behavior list: decode each distinct list once.
    behaviors: Counter[str] = Counter()
    for raw, n in Counter(row[BEHAVIORS] for row in rows).items():
        for behavior in json.loads(raw):
            behaviors[behavior] += n
    actions = Counter(row[ACTION] for row in rows)
    suspensions = {a for a, spec in pack.actions.items() if spec.kind == "suspension"}
    exclusion_days = sum(row[DAYS] for row in rows if row[ACTION] in suspensions) + sum(
        actions[a] * pack.actions[a].base_days for a in suspensions
    )
    types: Counter[str] = Counter()
    for level, n in Counter(row[TYPE] for row in rows).items():
        types[_type_name(pack, level)] += n
    locations: Counter[str] = Counter()
    for location, n in Counter(row[LOCATION] for row in incidents).items():
        locations[location or NOT_RECORDED] += n
    dates_only = pack.follow_ups.dates_only  # dates in a record, never due or overdue
    follow_ups = log.query(
        f"""SELECT f.due, i.student_id FROM follow_ups f JOIN decisions d ON d.id = f.decision_id
           JOIN incidents i ON i.id = d.incident_id
           WHERE f.done_at IS NULL AND f.cancelled_at IS NULL AND i.voided_at IS NULL
             AND f.kind NOT IN ({", ".join("?" for _ in dates_only) or "''"})""",
        list(dates_only),
    )
    today = date.today().isoformat()
    min_group = int(get_setting(log, "report_min_group"))
    min_cell = int(get_setting(log, "report_min_cell"))
    calendar = school_calendar(log)
    enrolled = _enrolled(log, where)
    days_per_student: Counter[str] = Counter()
    for row in rows:
        if row[ACTION] in suspensions:
            days_per_student[row[STUDENT]] += row[DAYS] + pack.actions[row[ACTION]].base_days
    identify = _namer(log, names)
    frequent = breakdowns.frequent_students(
        rows,
        per_student,
        exclusion_days=dict(days_per_student),
        open_follow_ups=Counter(f["student_id"] for f in follow_ups),
        support_plans=_with_support_plan(log, pack, per_student, first, last),
        tie=identify,
    )
    tiers = breakdowns.tiers(per_student, enrolled)
    named = sorted({entry["student"] for entry in frequent} | set(tiers["students_6_plus"]))
    for entry in frequent:
        if names:  # the screen opens the student's incidents from the row
            entry["student_key"] = entry["student"]
        entry["student"] = identify(entry["student"])
    tiers["students_6_plus"] = [identify(s) for s in tiers["students_6_plus"]]
    extra: dict[str, Any] = {}
    if names:  # the school's own screen and PDF: whom it names, and a band's students
        extra["named_students"] = named
        tiers["band_keys"] = breakdowns.band_students(per_student)
    return extra | {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "filters": {
            "grade_band": where.grade_band,
            "type": where.type,
            "behavior": where.behavior,
        },
        "totals": {
            "incidents": len(incidents),
            "offenders": len(rows),
            "students": len(per_student),
            "repeat_students": sum(1 for n in per_student.values() if n > 1),
            "exclusion_days": exclusion_days,
            "students_excluded": len(excluded_students),
            "open_follow_ups": len(follow_ups),
            "overdue_follow_ups": sum(1 for f in follow_ups if f["due"][:10] < today),
        },
        "by_month": _every_month(first, last, Counter(row[OCCURRED][:7] for row in incidents)),
        "per_school_day": breakdowns.per_school_day(incidents, calendar, first, last),
        "by_weekday": breakdowns.by_weekday(incidents, calendar, first, last),
        "by_hour": breakdowns.by_hour(incidents),
        "by_type": dict(sorted(types.items())),
        "by_behavior": dict(behaviors.most_common()),
        "by_location": dict(locations.most_common()),
        "by_action": {a: actions[a] for a in pack.actions if actions[a]},
        "by_student": frequent,
        "tiers": tiers,
        "by_reporter": breakdowns.by_person(
            breakdowns.reporter_groups(rows, exclusionary),
            min_group=min_group,
            min_cell=min_cell,
        ),
        "by_decider": breakdowns.by_person(
            breakdowns.decider_groups(rows, exclusionary), min_group=min_group, min_cell=min_cell
        ),
        "equity": equity(log, excluded_students),
        "suppression": {"min_group": min_group, "min_cell": min_cell},
    }


def exclusionary_actions(pack: PolicyPack) -> tuple[str, ...]:
    """The actions the equity table counts as exclusion: out of school, or expulsion."""
    return tuple(
        a
        for a, spec in pack.actions.items()
        if spec.setting == "out_of_school" or spec.kind == "expulsion"
    )


def _filtered(rows: list[Any], where: IncidentFilter) -> list[Any]:
    """The rows of one grade band, type (0: substance) or behavior, as `where` says."""
    if where.grade_band:
        grades = set(band_grades(where.grade_band))
        rows = [r for r in rows if r[GRADE] in grades]
    if where.type is not None:
        wanted = where.type or None
        rows = [r for r in rows if r[TYPE] == wanted]
    if where.behavior:
        quoted = json.dumps(where.behavior)
        rows = [r for r in rows if quoted in r[BEHAVIORS]]
    return rows


def _enrolled(log: Log, where: IncidentFilter) -> set[str]:
    """The roster the tiers are counted against (one grade band's, when filtered)."""
    students = log.execute("SELECT id, grade FROM students WHERE voided_at IS NULL").fetchall()
    grades = set(band_grades(where.grade_band)) if where.grade_band else None
    return {key for key, grade in students if grades is None or grade in grades}


def _with_support_plan(
    log: Log, pack: PolicyPack, per_student: Counter[str], first: date, last: date
) -> set[str]:
    """The frequent students for whom a decision in the period chose a support plan (the
    pack's `support_plan_responses`: check-in/check-out, a safety plan, the intervention
    team...)."""
    plans = set(pack.reports.support_plan_responses)
    candidates = [s for s, _ in per_student.most_common(breakdowns.FREQUENT_STUDENTS * 2)]
    if not plans or not candidates:
        return set()
    marks = ", ".join("?" for _ in candidates)
    found = set()
    for student, chosen in log.execute(
        f"""SELECT i.student_id, d.responses_chosen FROM incidents i
            JOIN decisions d ON d.incident_id = i.id AND d.superseded_at IS NULL
            WHERE i.student_id IN ({marks}) AND i.voided_at IS NULL
              AND i.occurred_at >= ? AND i.occurred_at < ?""",
        [*candidates, first.isoformat(), end_bound(last)],
    ):
        if plans & set(json.loads(chosen)):
            found.add(student)
    return found


def _namer(log: Log, names: bool) -> Callable[[str], str]:
    """A student's key as the report shows it: the name and id on the school's screen and
    PDF, the school's id in JSON. Looked up as asked (a report names a few dozen)."""
    shown: dict[str, str] = {}

    def identify(key: str) -> str:
        if key not in shown:
            row = log.execute(
                "SELECT local_id, first_name, last_name FROM students WHERE id = ?", [key]
            ).fetchone()
            if row is None:
                shown[key] = key
            else:
                local, first, last = row
                shown[key] = f"{last}, {first} ({local})" if names else local
        return shown[key]

    return identify


def _type_name(pack: PolicyPack, level: int | None) -> str:
    return pack.type_by_level[level].name if level else SUBSTANCE


def equity(log: Log, excluded_students: set[str]) -> list[dict[str, Any]]:
    min_group = int(get_setting(log, "report_min_group"))
    min_cell = int(get_setting(log, "report_min_cell"))
    students = log.execute(
        "SELECT id, race_ethnicity, gender, "
        "iep OR section_504 OR sped_referral_pending, english_learner "
        "FROM students WHERE voided_at IS NULL"
    ).fetchall()
    total_enrolled = len(students)
    total_excluded = sum(1 for s in students if s[0] in excluded_students)
    rows: list[dict[str, Any]] = []
    for column, dimension in enumerate(DIMENSIONS, start=1):
        enrolled: Counter[str] = Counter()
        excluded: Counter[str] = Counter()
        for student in students:
            group = _group(dimension, student[column])
            enrolled[group] += 1
            excluded[group] += student[0] in excluded_students
        rows.extend(
            _equity_row(
                dimension,
                group,
                enrolled[group],
                excluded[group],
                total_enrolled,
                total_excluded,
                min_group,
                min_cell,
            )
            for group in sorted(enrolled)
        )
    return rows


def _group(dimension: str, value: Any) -> str:
    """The group as the roster spells it; yes/no for the two flags (any of IEP, 504 plan or
    pending referral counts as disability status)."""
    if dimension in ("iep", "english_learner"):
        return NOT_RECORDED if value is None else ("yes" if value else "no")
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
    SELECT i.shared_id AS incident_id, i.id AS record_id, d.id AS decision_id,
           s.id AS student_key, s.local_id AS student_id, 'offender' AS role, s.first_name,
           s.last_name, s.grade, s.iep, s.section_504, s.sped_referral_pending, s.english_learner,
           i.occurred_at, i.location, i.nexus, i.behaviors, i.type, i.description, i.reporter,
           i.flags, d.action, d.days, d.start_date, d.responses_chosen, d.decided_by,
           d.decided_at,
           (SELECT f.returned_on FROM follow_ups f WHERE f.decision_id = d.id
                AND f.kind = 'return_to_school' AND f.returned_on IS NOT NULL) AS returned_on,
           (SELECT json_group_array(json_object('role', role, 'student_id', local_id))
            FROM (SELECT p.role, ps.local_id FROM participants p
                  LEFT JOIN students ps ON ps.id = p.student_id
                  WHERE p.incident_id = i.shared_id ORDER BY p.rowid)) AS non_offenders
    FROM incidents i
    JOIN students s ON s.id = i.student_id
    JOIN decisions d ON {CURRENT_DECISION}
    WHERE i.voided_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
    ORDER BY i.occurred_at, i.shared_id, i.rowid
"""


def decision_rows(log: Log, first: date, last: date) -> Iterator[dict[str, Any]]:
    """Each current decision in the period with its incident and student (lists decoded).

    A generator: an export consumes the rows while SQLite, which releases the GIL while
    it reads, fetches the next ones.
    """
    cursor = log.execute(DECISION_ROWS, [first.isoformat(), end_bound(last)])
    names = [column[0] for column in cursor.description]
    decode = msgspec.json.Decoder(list[str]).decode
    decode_people = msgspec.json.Decoder(list[dict[str, str | None]]).decode
    decode_flags = msgspec.json.Decoder(dict[str, Any]).decode
    calendar = school_calendar(log)
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        row["actual_days"] = _actual_days(calendar, row)
        row["behaviors"] = decode(row["behaviors"])
        row["responses_chosen"] = decode(row["responses_chosen"])
        row["non_offenders"] = decode_people(row["non_offenders"])
        row["flags"] = decode_flags(row["flags"])
        yield row


def _actual_days(calendar: SchoolCalendar, row: dict[str, Any]) -> int | None:
    """The school days a suspension lasted, when its return meeting recorded the day the
    student came back: from its first day to the day before the return."""
    if not row["returned_on"] or not row["start_date"]:
        return None
    first, back = date.fromisoformat(row["start_date"]), date.fromisoformat(row["returned_on"])
    return calendar.count_school_days(first, back - timedelta(days=1)) if back > first else 0


def export_rows(log: Log, first: date, last: date) -> list[dict[str, Any]]:
    """The same rows flattened for a spreadsheet (lists joined with ';')."""
    rows = list(decision_rows(log, first, last))
    offenders = Counter(row["incident_id"] for row in rows)
    for row in rows:
        row["behaviors"] = ";".join(row["behaviors"])
        row["responses_chosen"] = ";".join(row["responses_chosen"])
        row["others_involved"] = offenders[row["incident_id"]] - 1 + len(row["non_offenders"])
    return rows


def _every_month(first: date, last: date, counts: Counter[str]) -> dict[str, int]:
    """Incidents per month (YYYY-MM) of the period, a month without any included: a chart
    that skips the quiet months reads as if there had been none."""
    months: dict[str, int] = {}
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        key = f"{year:04d}-{month:02d}"
        months[key] = counts.get(key, 0)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
