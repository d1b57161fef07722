"""The prior record, computed from the log so that nobody types it by hand.

Only the current revision of each decision counts, and voided incidents never do.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

from disciplinedesk.domain.case import merge_strategies
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store.calendar import school_calendar, school_year
from disciplinedesk.store.database import CURRENT_DECISION, Log

CURRENT_DECISIONS = f"""
    SELECT i.id, i.occurred_at, i.behaviors, d.action, d.days, d.start_date, d.responses_chosen
    FROM incidents i
    LEFT JOIN decisions d ON {CURRENT_DECISION}
    WHERE i.student_id = ? AND i.voided_at IS NULL AND i.occurred_at < ?
    ORDER BY i.occurred_at
"""


def student_history(
    log: Log, pack: PolicyPack, student_key: str, before: datetime
) -> dict[str, Any]:
    """The case's `history` for a student, from the incidents logged before `before`.

    Each strategy keeps the behaviors of the incident it answered (p.19 counts only those
    tried for the behavior), and each prior incident its exclusion days this school year
    (p.30's pattern of removals)."""
    rows = log.query(CURRENT_DECISIONS, [student_key, before.strftime("%Y-%m-%dT%H:%M")])
    year_start, year_end = school_year(log, before.date())
    calendar = school_calendar(log)
    exclusion_days = 0.0
    strategies: list[dict[str, Any]] = []
    counts = {"use_or_possession": 0, "transfer": 0, "distribution": 0}
    prior: list[dict[str, Any]] = []
    for row in rows:
        behaviors: list[str] = json.loads(row["behaviors"])
        occurred = date.fromisoformat(row["occurred_at"][:10])
        entry: dict[str, Any] = {"date": occurred.isoformat(), "behaviors": behaviors}
        prior.append(entry)
        kinds = {
            pack.behavior_by_id[b].substance
            for b in behaviors
            if b in pack.behavior_by_id and pack.behavior_by_id[b].substance
        }
        for kind in kinds:
            if kind is not None:
                counts[kind] += 1
        if row["action"] is None:
            continue
        if year_start <= occurred <= year_end:
            for response in json.loads(row["responses_chosen"]):
                strategies.append(
                    {"response": response, "behaviors": behaviors, "date": occurred.isoformat()}
                )
        action = pack.actions.get(row["action"])
        if action is not None and action.kind == "suspension" and row["start_date"]:
            days = suspension_days_in(
                calendar,
                date.fromisoformat(row["start_date"]),
                float(row["days"]),
                base_days=action.base_days,
                first=year_start,
                last=year_end,
            )
            exclusion_days += days
            if days:
                entry["exclusion_days"] = days
    return {
        "exclusion_days_this_year": exclusion_days,
        "strategies_tried": strategies,
        "substance_violations": counts,
        "prior_incidents": prior,
    }


def suspension_days_in(
    calendar: SchoolCalendar,
    start: date,
    days: float,
    *,
    base_days: float,
    first: date,
    last: date,
) -> float:
    """School days of a suspension that fall between `first` and `last` (both included).

    A rest-of-day suspension weighs `base_days` on its own date, then its additional days
    follow on the next school days; other suspensions run `days` school days from `start`.
    """
    total = 0.0
    if base_days > 0:  # a rest-of-day suspension
        if first <= start <= last:
            total += base_days
        if days <= 0:
            return total
        span = calendar.span(calendar.next_school_day(start), math.ceil(days))
    else:
        span = calendar.span(start, math.ceil(days)) if days > 0 else []
    whole = [day for day in span if first <= day <= last]
    if span and len(whole) == len(span):
        return total + days  # keep half days as entered
    return total + len(whole)


def merge_history(from_log: dict[str, Any], given: dict[str, Any] | None) -> dict[str, Any]:
    """Records that predate the log (`given`) add to what the log knows: counts add, lists merge."""
    if not given:
        return from_log
    merged = dict(from_log)
    merged["exclusion_days_this_year"] = from_log["exclusion_days_this_year"] + given.get(
        "exclusion_days_this_year", 0
    )
    merged["strategies_tried"] = merge_strategies(
        from_log["strategies_tried"], given.get("strategies_tried", [])
    )
    given_counts = given.get("substance_violations", {})
    merged["substance_violations"] = {
        kind: count + given_counts.get(kind, 0)
        for kind, count in from_log["substance_violations"].items()
    }
    for kind in given_counts:
        if kind not in merged["substance_violations"]:
            merged["substance_violations"][kind] = given_counts[kind]
    merged["prior_incidents"] = sorted(
        [*from_log["prior_incidents"], *given.get("prior_incidents", [])],
        key=lambda p: str(p.get("date", "")),
    )
    return merged
