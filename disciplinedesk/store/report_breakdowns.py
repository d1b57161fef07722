"""The school team's breakdowns of a period (the SWIS "Big 5" and the tiers of support).

Pure counting over the report's rows (one per offender's part in an incident, see
`store.report.REPORT_ROWS`) and the school calendar: when in the day and the week incidents
happen, how many per school day, how many students sit in each tier of the support triangle,
who the frequent students are, and how similar incidents are decided whoever reports or
decides them. Names never appear here; the school's own screen and PDF add them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from disciplinedesk.domain.schooldays import SchoolCalendar

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SCHOOL_HOURS = tuple(f"{hour:02d}" for hour in range(7, 18))  # "07" ... "17"
# The support triangle: 0-1 incidents (universal), 2-5 (targeted), 6 or more (intensive).
TIERS = (("0-1", 0, 1), ("2-5", 2, 5), ("6+", 6, None))
FREQUENT_STUDENTS = 25  # the by-student list's length


# A row as `store.report.REPORT_ROWS` reads it from the covering index: plain tuples, read
# by position (a year of a large log has 90,000 of them; objects would cost more than the
# counting).
REPORT_COLUMNS = (
    "student_id",
    "occurred_at",
    "type",
    "location",
    "behaviors",
    "action",
    "days",
    "shared_id",
    "grade",
    "reporter",
    "decided_by",
)
(STUDENT, OCCURRED, TYPE, LOCATION, BEHAVIORS, ACTION, DAYS, SHARED, GRADE, REPORTER,
 DECIDER) = range(len(REPORT_COLUMNS))  # fmt: skip
Row = tuple[Any, ...]


def by_hour(incidents: list[Row]) -> dict[str, int]:
    """Incidents per clock hour of the school day, "07" to "17" always shown; an hour outside
    them appears only when an incident happened then."""
    counts = Counter(row[OCCURRED][11:13] for row in incidents)
    hours = sorted(set(SCHOOL_HOURS) | set(counts))
    return {hour: counts.get(hour, 0) for hour in hours}


def by_weekday(
    incidents: list[Row], calendar: SchoolCalendar, first: date, last: date
) -> dict[str, dict[str, Any]]:
    """Incidents per weekday and per school day of that weekday, so that a week with a
    holiday does not look calm; Saturday and Sunday only when something happened then."""
    counts: Counter[int] = Counter()
    for day_text, n in Counter(row[OCCURRED][:10] for row in incidents).items():
        counts[date.fromisoformat(day_text).weekday()] += n
    school_days: Counter[int] = Counter()
    day = first
    while day <= last:
        if calendar.is_school_day(day):
            school_days[day.weekday()] += 1
        day += timedelta(days=1)
    out: dict[str, dict[str, Any]] = {}
    for number, name in enumerate(WEEKDAYS):
        if number >= 5 and not counts[number]:
            continue
        out[name] = _rate(counts[number], school_days[number])
    return out


def per_school_day(
    incidents: list[Row], calendar: SchoolCalendar, first: date, last: date
) -> dict[str, dict[str, Any]]:
    """Incidents per school day, month by month (the SWIS measure), every month shown."""
    counts = Counter(row[OCCURRED][:7] for row in incidents)
    school_days: Counter[str] = Counter()
    day = first
    while day <= last:
        if calendar.is_school_day(day):
            school_days[day.isoformat()[:7]] += 1
        day += timedelta(days=1)
    months: dict[str, dict[str, Any]] = {}
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        key = f"{year:04d}-{month:02d}"
        months[key] = _rate(counts[key], school_days[key])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _rate(incidents: int, school_days: int) -> dict[str, Any]:
    return {
        "incidents": incidents,
        "school_days": school_days,
        "per_school_day": round(incidents / school_days, 2) if school_days else None,
    }


def tiers(per_student: Counter[str], enrolled: set[str]) -> dict[str, Any]:
    """Students in each band of the triangle, out of the enrolled roster: a student with no
    incident counts in the first band. `students_6_plus` are keys, for the school to name."""
    bands = {label: 0 for label, _, _ in TIERS}
    for student in enrolled | set(per_student):
        count = per_student.get(student, 0)
        for label, low, high in TIERS:
            if count >= low and (high is None or count <= high):
                bands[label] += 1
    return {
        "enrolled": len(enrolled),
        "bands": bands,
        "students_6_plus": sorted(s for s, n in per_student.items() if n >= 6),
    }


def band_students(per_student: Counter[str]) -> dict[str, list[str]]:
    """The offenders in each band (the first band's: those with one incident; the students
    with none have no incident to show)."""
    keys: dict[str, list[str]] = {label: [] for label, _, _ in TIERS}
    for student, count in sorted(per_student.items()):
        for label, low, high in TIERS:
            if count >= low and (high is None or count <= high):
                keys[label].append(student)
    return keys


def frequent_students(
    rows: list[Row],
    per_student: Counter[str],
    *,
    exclusion_days: dict[str, float],
    open_follow_ups: Counter[str],
    support_plans: set[str],
    tie: Callable[[str], str] = str,
) -> list[dict[str, Any]]:
    """The students with the most incidents: the list a student support specialist takes to
    the team meeting."""
    # Only the students who can make the list need their latest incident (the ties' order).
    if len(per_student) > FREQUENT_STUDENTS:
        floor = sorted(per_student.values(), reverse=True)[FREQUENT_STUDENTS - 1]
    else:
        floor = 0
    latest: dict[str, str] = {}
    for row in rows:
        student = row[STUDENT]
        if per_student[student] >= floor and row[OCCURRED] > latest.get(student, ""):
            latest[student] = row[OCCURRED]
    ranked = sorted(latest, key=tie)  # ties: the most recent first, then by `tie`
    ranked.sort(key=lambda s: latest[s], reverse=True)
    ranked.sort(key=lambda s: per_student[s], reverse=True)
    return [
        {
            "student": student,
            "incidents": per_student[student],
            "exclusion_days": exclusion_days.get(student, 0.0),
            "open_follow_ups": open_follow_ups.get(student, 0),
            "support_plan": student in support_plans,
        }
        for student in ranked[:FREQUENT_STUDENTS]
    ]


def by_person(
    groups: dict[str, tuple[int, int]], *, min_group: int, min_cell: int
) -> list[dict[str, Any]]:
    """Counts and the share that ended in exclusion per reporter or decider, suppressed as
    the equity table is: a group under `min_group` shows no share, and a count under
    `min_cell` is not shown, so that no student can be recognised."""
    out = []
    for name in sorted(groups, key=lambda n: (-groups[n][0], n)):
        total, excluded = groups[name]
        small_group = total < min_group
        small_cell = excluded < min_cell
        out.append(
            {
                "name": name,
                "count": None if total < min_cell else total,
                "excluded": None if small_group or small_cell else excluded,
                "share_excluded": None if small_group or small_cell else round(excluded / total, 3),
                "suppressed": small_group or small_cell or total < min_cell,
            }
        )
    return out


def reporter_groups(rows: list[Row], exclusionary: set[str]) -> dict[str, tuple[int, int]]:
    """Per reporter: incidents, and those in which any offender was excluded."""
    reporter: dict[str, str] = {}
    excluded: set[str] = set()
    for row in rows:
        reporter.setdefault(row[SHARED], row[REPORTER] or "")
        if row[ACTION] in exclusionary:
            excluded.add(row[SHARED])
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for incident, name in reporter.items():
        groups[name][0] += 1
        groups[name][1] += incident in excluded
    return {name: (n[0], n[1]) for name, n in groups.items()}


def decider_groups(rows: list[Row], exclusionary: set[str]) -> dict[str, tuple[int, int]]:
    """Per administrator: the decisions they made, and those that excluded the student."""
    totals = Counter(row[DECIDER] or "" for row in rows)
    excluded = Counter(row[DECIDER] or "" for row in rows if row[ACTION] in exclusionary)
    return {name: (n, excluded[name]) for name, n in totals.items()}
