"""The school calendar in the log: non-school days and the school year's bounds."""

from __future__ import annotations

from datetime import date
from typing import Any

from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store.database import Log
from disciplinedesk.store.rows import audit
from disciplinedesk.store.settings import get_setting


def non_school_days(log: Log) -> dict[date, str]:
    return {
        date.fromisoformat(row["day"]): row["description"]
        for row in log.query("SELECT day, description FROM calendar_days ORDER BY day")
    }


def add_non_school_days(log: Log, days: dict[date, str], *, actor: str) -> tuple[int, int]:
    """Add days (or update their description); returns (added, updated). In a transaction."""
    known = non_school_days(log)
    added = updated = 0
    for day, description in sorted(days.items()):
        if day not in known:
            log.db.execute(
                "INSERT INTO calendar_days (day, description) VALUES (?, ?)",
                [day.isoformat(), description],
            )
            added += 1
        elif known[day] != description:
            log.db.execute(
                "UPDATE calendar_days SET description = ? WHERE day = ?",
                [description, day.isoformat()],
            )
            updated += 1
    if added or updated:
        audit(
            log,
            "calendar_days",
            "import",
            "import",
            after={"added": added, "updated": updated},
            actor=actor,
        )
    return added, updated


def school_calendar(log: Log) -> SchoolCalendar:
    return SchoolCalendar.of(non_school_days(log))


def school_year(log: Log, day: date) -> tuple[date, date]:
    """First and last day of the school year containing `day` (default July 1 to June 30)."""
    month, dom = (int(part) for part in str(get_setting(log, "school_year_start")).split("-"))
    start = date(day.year, month, dom)
    if day < start:
        start = date(day.year - 1, month, dom)
    end = date(start.year + 1, month, dom).toordinal() - 1
    return start, date.fromordinal(end)


def engine_calendar(log: Log) -> dict[str, Any]:
    """The case's `calendar` part as the log knows it."""
    calendar: dict[str, Any] = {"non_school_days": [d.isoformat() for d in non_school_days(log)]}
    last_day = get_setting(log, "last_senior_day")
    if last_day:
        calendar["last_senior_day"] = last_day
    return calendar
