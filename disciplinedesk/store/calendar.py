"""The school calendar in the log: non-school days, where each came from, and the school
year's bounds.

A calendar file is imported as a plan first (`plan_import`): what it adds, what it changes,
and, when the same file was imported before, the days that file gave then and no longer
does. The plan is shown, then applied (`apply_import`), audited with what it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store.database import Log
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.rows import audit
from disciplinedesk.store.settings import get_setting


@dataclass(frozen=True)
class CalendarDay:
    day: date
    description: str
    source: str


@dataclass(frozen=True)
class CalendarPlan:
    """What importing a calendar file would change in the log."""

    source: str
    added: dict[date, str] = field(default_factory=dict)
    updated: dict[date, str] = field(default_factory=dict)
    removed: list[date] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "removed": len(self.removed),
        }


def non_school_days(log: Log) -> dict[date, str]:
    return {day.day: day.description for day in list_calendar_days(log)}


def list_calendar_days(
    log: Log, first: date | None = None, last: date | None = None
) -> list[CalendarDay]:
    """The non-school days the log holds, in order, between `first` and `last` if given."""
    rows = log.query(
        "SELECT day, description, source FROM calendar_days "
        "WHERE day >= ? AND day <= ? ORDER BY day",
        [(first or date.min).isoformat(), (last or date.max).isoformat()],
    )
    return [CalendarDay(date.fromisoformat(r["day"]), r["description"], r["source"]) for r in rows]


def plan_import(log: Log, days: dict[date, str], *, source: str) -> CalendarPlan:
    """What importing `days` from the file named `source` changes; refused (StoreError) when
    the result would leave a school year without a school day."""
    known = {day.day: day for day in list_calendar_days(log)}
    added = {d: text for d, text in days.items() if d not in known}
    updated = {
        d: text
        for d, text in days.items()
        if d in known and (known[d].description != text or known[d].source != source)
    }
    removed = sorted(
        d for d, row in known.items() if source and row.source == source and d not in days
    )
    plan = CalendarPlan(source, dict(sorted(added.items())), dict(sorted(updated.items())), removed)
    _check_school_days_remain(log, set(known) - set(removed) | set(days), set(days))
    return plan


def apply_import(log: Log, plan: CalendarPlan, *, actor: str) -> None:
    """Carry out a plan (call inside a transaction); audited with its counts and removals."""
    for day, description in {**plan.added, **plan.updated}.items():
        set_calendar_day(log, day.isoformat(), description, plan.source, change_stamp())
    for day in plan.removed:
        take_out_calendar_day(log, day.isoformat(), change_stamp())
    if plan.added or plan.updated or plan.removed:
        audit(
            log,
            "calendar_days",
            plan.source or "import",
            "import",
            after={**plan.counts(), "removed_days": [d.isoformat() for d in plan.removed]},
            actor=actor,
        )


def import_calendar_days(
    log: Log, days: dict[date, str], *, source: str, actor: str
) -> CalendarPlan:
    """Plan and apply in one step (call inside a transaction), for callers that show the
    counts afterwards: the welcome dialog, the demo school."""
    plan = plan_import(log, days, source=source)
    apply_import(log, plan, actor=actor)
    return plan


def remove_calendar_days(log: Log, days: list[date], *, actor: str) -> None:
    """Take wrong days out of the calendar (call inside a transaction); audited."""
    known = non_school_days(log)
    for day in days:
        if day not in known:
            raise StoreError(f"{day.isoformat()} is not a non-school day in the log")
    for day in days:
        take_out_calendar_day(log, day.isoformat(), change_stamp())
        audit(
            log,
            "calendar_days",
            day.isoformat(),
            "remove",
            before={"description": known[day]},
            actor=actor,
        )


def change_stamp() -> str:
    """When a day was set or taken out, to the microsecond: the school's laptops keep the
    later of two changes of one day, and an import followed by a correction is seconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def set_calendar_day(log: Log, day: str, description: str, source: str, at: str) -> None:
    """A non-school day set (call inside a transaction): a removal of it is over."""
    log.execute(
        "INSERT INTO calendar_days (day, description, source, changed_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET description = excluded.description, "
        "source = excluded.source, changed_at = excluded.changed_at",
        [day, description, source, at],
    )
    log.execute("DELETE FROM calendar_removals WHERE day = ?", [day])


def take_out_calendar_day(log: Log, day: str, at: str) -> None:
    """A non-school day taken out (call inside a transaction), remembered with when: the
    school's other laptops take it out too (store/sharing)."""
    log.execute("DELETE FROM calendar_days WHERE day = ?", [day])
    log.execute(
        "INSERT INTO calendar_removals (day, removed_at) VALUES (?, ?) "
        "ON CONFLICT(day) DO UPDATE SET removed_at = excluded.removed_at",
        [day, at],
    )


def _check_school_days_remain(log: Log, all_days: set[date], new_days: set[date]) -> None:
    """Every school year the new days touch must keep at least one school day."""
    calendar = SchoolCalendar.of(all_days)
    for start in sorted({school_year(log, day)[0] for day in new_days}):
        first, last = school_year(log, start)
        if calendar.count_school_days(first, last) == 0:
            raise StoreError(
                f"the calendar would leave no school day in the school year {first.isoformat()} "
                f"to {last.isoformat()}; check the file's events"
            )


def school_calendar(log: Log) -> SchoolCalendar:
    return SchoolCalendar.of(non_school_days(log))


def school_year(log: Log, day: date) -> tuple[date, date]:
    """First and last day of the school year containing `day` (default July 1 to June 30)."""
    month, dom = (int(part) for part in str(get_setting(log, "school_year_start")).split("-"))
    start = _month_day(day.year, month, dom)
    if day < start:
        start = _month_day(day.year - 1, month, dom)
    end = _month_day(start.year + 1, month, dom) - timedelta(days=1)
    return start, end


def _month_day(year: int, month: int, dom: int) -> date:
    """MM-DD in a year; February 29 in a common year is March 1."""
    try:
        return date(year, month, dom)
    except ValueError:
        return date(year, 3, 1)


def engine_calendar(log: Log) -> dict[str, Any]:
    """The case's `calendar` part as the log knows it."""
    calendar: dict[str, Any] = {"non_school_days": [d.isoformat() for d in non_school_days(log)]}
    last_day = get_setting(log, "last_senior_day")
    if last_day:
        calendar["last_senior_day"] = last_day
    return calendar
