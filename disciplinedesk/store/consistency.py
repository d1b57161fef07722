"""How this school has decided similar incidents: the query behind the consistency panel.

Shown while a decision is being made, so that an administrator sees at once when a proposal
is harsher than the school's usual practice for the same behavior and age.
"""

from __future__ import annotations

import json
import statistics
from datetime import date

from disciplinedesk.domain.consistency import BANDS, CATEGORIES, MINIMUM, Comparison, category
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.database import CURRENT_DECISION, Log

SIMILAR_SQL = f"""
    SELECT i.id, i.behaviors, i.type, s.grade, d.action, d.days
    FROM incidents i
    JOIN students s ON s.id = i.student_id
    JOIN decisions d ON {CURRENT_DECISION}
    WHERE i.voided_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
"""


def compare(
    log: Log,
    pack: PolicyPack,
    *,
    behaviors: list[str],
    incident_type: int | None,
    grade: str,
    on: date,
    exclude_incident: str | None = None,
) -> Comparison:
    """Similar decisions this school year and last: a shared behavior, or the same type in the
    same grade band (PK-5, 6-8, 9-12)."""
    year_start, _ = school_year(log, on)
    since = date(year_start.year - 1, year_start.month, year_start.day)
    until = date.fromordinal(on.toordinal() + 1)
    wanted = set(behaviors)
    band = BANDS.get(grade)
    counts = dict.fromkeys(CATEGORIES, 0)
    days: list[float] = []
    for row in log.query(SIMILAR_SQL, [since.isoformat(), until.isoformat()]):
        if row["id"] == exclude_incident:
            continue
        shared = wanted.intersection(json.loads(row["behaviors"]))
        same_kind = (
            incident_type is not None
            and row["type"] == incident_type
            and BANDS.get(row["grade"]) == band
        )
        if not (shared or same_kind):
            continue
        kind = category(pack, row["action"])
        counts[kind] += 1
        if kind in ("in_school", "out_of_school") and row["days"]:
            days.append(float(row["days"]))
    total = sum(counts.values())
    return Comparison(
        similar=total,
        by_category=counts,
        days_median=statistics.median(days) if days else None,
        days_max=max(days) if days else None,
        enough=total >= MINIMUM,
    )
