"""Calendar files: an .ics of non-school days, or a CSV of date,description.

An .ics is read the way calendar programs write it (Outlook, Google Calendar, a district's
website): all-day and timed events, DURATION as well as DTEND, and recurrence (RRULE, RDATE,
EXDATE), expanded by `recurring-ical-events` rather than by hand. An event longer than a
school year, a date outside the range a school record can carry, or a rule that repeats
without end is refused with the event's name and dates, never silently cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from disciplinedesk.domain.case import FIRST_DATE, LAST_DATE
from disciplinedesk.store.imports.text import (
    ImportProblemError,
    csv_rows,
    read_text_file,
    without_controls,
)

# The longest a single event may be: a school year's summer break is about 80 days.
MAX_EVENT_DAYS = 366
# A non-school day repeating more often than this is a rule without an end (weekly to 2100).
MAX_OCCURRENCES = 400


@dataclass(frozen=True)
class CalendarFile:
    """The non-school days a file gives, with their descriptions, and where they came from
    (the file's name: a re-import of the same file replaces what it gave before)."""

    days: dict[date, str]
    source: str
    controls_removed: int = 0


def read_calendar(path: Path, zone: tzinfo | None = None) -> CalendarFile:
    """Read a calendar; timed events in another zone are placed on the school's dates (`zone`)."""
    if path.suffix.lower() == ".ics":
        return _read_ics(path, zone)
    return _read_csv(path)


def _read_csv(path: Path) -> CalendarFile:
    table = csv_rows(read_text_file(path), path)
    if table.header[:1] != ["date"]:
        raise ImportProblemError(path, "the header must be date,description", line=1)
    days: dict[date, str] = {}
    for line, row in table.rows:
        try:
            day = date.fromisoformat(row["date"])
        except ValueError:
            raise ImportProblemError(
                path, f"{row['date'][:40]!r} is not a date as YYYY-MM-DD", line=line, column="date"
            ) from None
        _check_range(path, day, day, f"the date {day.isoformat()}", line=line)
        days[day] = row.get("description", "")
    return CalendarFile(days, path.name, table.controls_removed)


def _read_ics(path: Path, zone: tzinfo | None) -> CalendarFile:
    import icalendar
    import recurring_ical_events

    text = read_text_file(path).text
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise ImportProblemError(path, f"is not a valid iCalendar file ({error})") from None
    removed = 0
    for event in calendar.walk("VEVENT"):
        removed += _check_event(path, event, zone)
    try:
        occurrences = recurring_ical_events.of(calendar).between(
            FIRST_DATE, LAST_DATE + timedelta(days=1)
        )
    except Exception as error:  # the library's own errors on a malformed rule or date
        raise ImportProblemError(
            path, f"is not a valid iCalendar file ({type(error).__name__}: {error})"
        ) from None
    days: dict[date, str] = {}
    counts: dict[str, int] = {}
    for occurrence in occurrences:
        summary, _ = without_controls(str(occurrence.get("SUMMARY", "")))
        uid = str(occurrence.get("UID", summary))
        counts[uid] = counts.get(uid, 0) + 1
        if counts[uid] > MAX_OCCURRENCES:
            raise ImportProblemError(
                path,
                f"event {summary!r} repeats more than {MAX_OCCURRENCES} times before "
                f"{LAST_DATE.year + 1}; give its rule an end (UNTIL or COUNT)",
            )
        first, last = _event_days(occurrence, zone)
        _check_span(path, summary, first, last)
        _check_range(path, first, last, f"event {summary!r} ({first} to {last})")
        day = first
        while day <= last:
            days[day] = summary
            day += timedelta(days=1)
    return CalendarFile(days, path.name, removed)


def _check_event(path: Path, event: Any, zone: tzinfo | None) -> int:
    """An event's own start (before expansion, which keeps only the sane range) and length;
    returns how many control characters its summary has."""
    summary, removed = without_controls(str(event.get("SUMMARY", "")))
    if event.get("DTSTART") is None:
        raise ImportProblemError(path, f"event {summary!r} has no start date")
    try:
        first, last = _event_days(event, zone)
    except (ValueError, TypeError, AttributeError) as error:  # a property the file breaks
        raise ImportProblemError(
            path, f"event {summary!r} has a date or duration that cannot be read ({error})"
        ) from None
    _check_range(path, first, first, f"event {summary!r} (starting {first})")
    _check_span(path, summary, first, last)
    return removed


def _event_days(event: Any, zone: tzinfo | None) -> tuple[date, date]:
    """The first and last day an event covers. DTEND is exclusive; DURATION gives the end when
    DTEND is absent; an event with neither is its start's day."""
    start = event["DTSTART"].dt
    end_prop = event.get("DTEND")
    if end_prop is not None:
        end = end_prop.dt
    elif event.get("DURATION") is not None:
        end = start + event["DURATION"].dt
    else:
        end = start
    first = _local_date(start, zone)
    if isinstance(end, datetime):
        # A timed event ends within its last day; one ending at midnight ends the day before.
        last = _local_date(end - timedelta(microseconds=1), zone) if end > start else first
    else:
        last = end - timedelta(days=1) if end > start else first
    return first, max(first, last)


def _local_date(value: date | datetime, zone: tzinfo | None) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None and zone is not None:
            value = value.astimezone(zone)
        return value.date()
    return value


def _check_span(path: Path, summary: str, first: date, last: date) -> None:
    if (last - first).days + 1 > MAX_EVENT_DAYS:
        raise ImportProblemError(
            path,
            f"event {summary!r} ({first} to {last}) is longer than a school year; "
            "check its end or duration",
        )


def _check_range(
    path: Path, first: date, last: date, what: str, *, line: int | None = None
) -> None:
    if first < FIRST_DATE or last > LAST_DATE:
        raise ImportProblemError(
            path,
            f"{what} is outside the dates a school calendar can hold "
            f"({FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()})",
            line=line,
        )
