"""How this school has decided similar incidents: the query behind the consistency panel.

Shown while a decision is being made, so that an administrator sees at once when a proposal
is harsher than the school's usual practice for the same behavior and age.
"""

from __future__ import annotations

import statistics
from datetime import date

from disciplinedesk.domain.consistency import BANDS, CATEGORIES, MINIMUM, Comparison, category
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.database import Log
from disciplinedesk.store.rows import end_bound

# Similar incidents come from two indexes (by behavior; by type, grade and date), and their
# current action from a third (incidents carry it), so only they are read, and no decision
# row; grouped here, only a dozen rows reach Python.
SIMILAR_SQL = """
    WITH similar(id) AS (
        SELECT incident_id FROM incident_behaviors
        WHERE behavior IN ({behaviors}) AND occurred_at >= :since AND occurred_at < :until
        UNION
        SELECT id FROM incidents INDEXED BY incidents_kind
        WHERE type = :type AND grade IN ({band_grades})
          AND occurred_at >= :since AND occurred_at < :until
    )
    SELECT i.action, i.days, count(*)
    FROM similar JOIN incidents i INDEXED BY incidents_decided ON i.id = similar.id
    WHERE i.voided_at IS NULL AND i.id IS NOT :exclude
    GROUP BY i.action, i.days
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
    same grade band (PK-5, 6-8, 9-12) as the student was in then."""
    year_start, _ = school_year(log, on)
    since = date(year_start.year - 1, year_start.month, year_start.day)
    band = BANDS.get(grade)
    parameters: dict[str, object] = {
        "since": since.isoformat(),
        "until": end_bound(on),
        "exclude": exclude_incident,
        "type": incident_type if band else None,  # no band, no same-type match
    }
    for n, behavior in enumerate(sorted(set(behaviors))):
        parameters[f"b{n}"] = behavior
    grades = [g for g, b in BANDS.items() if b == band]
    for n, g in enumerate(grades):
        parameters[f"g{n}"] = g
    sql = SIMILAR_SQL.format(
        behaviors=", ".join(f":b{n}" for n in range(len(set(behaviors)))) or "NULL",
        band_grades=", ".join(f":g{n}" for n in range(len(grades))) or "NULL",
    )
    counts = dict.fromkeys(CATEGORIES, 0)
    days: list[float] = []
    for action, action_days, n in log.execute(sql, parameters).fetchall():
        kind = category(pack, action)
        counts[kind] += n
        if kind in ("in_school", "out_of_school") and action_days:
            days.extend([float(action_days)] * n)
    total = sum(counts.values())
    return Comparison(
        similar=total,
        by_category=counts,
        days_median=statistics.median(days) if days else None,
        days_max=max(days) if days else None,
        enough=total >= MINIMUM,
    )
