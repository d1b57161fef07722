"""Calendar files: an .ics of non-school days (each event's days), or a CSV of date,description."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from disciplinedesk.store.imports.text import ImportProblemError, csv_rows, read_text_file


def read_calendar(path: Path) -> dict[date, str]:
    if path.suffix.lower() == ".ics":
        return _read_ics(path)
    return _read_csv(path)


def _read_csv(path: Path) -> dict[date, str]:
    header, rows = csv_rows(read_text_file(path), path)
    if header[:1] != ["date"]:
        raise ImportProblemError(path, "the header must be date,description", line=1)
    days: dict[date, str] = {}
    for line, row in rows:
        try:
            day = date.fromisoformat(row["date"])
        except ValueError:
            raise ImportProblemError(
                path, f"{row['date']!r} is not a date as YYYY-MM-DD", line=line, column="date"
            ) from None
        days[day] = row.get("description", "")
    return days


def _read_ics(path: Path) -> dict[date, str]:
    import icalendar

    decoded = read_text_file(path)
    try:
        calendar = icalendar.Calendar.from_ical(decoded.text)
    except ValueError as error:
        raise ImportProblemError(path, f"is not a valid iCalendar file ({error})") from None
    days: dict[date, str] = {}
    for event in calendar.walk("VEVENT"):
        summary = str(event.get("SUMMARY", ""))
        start_prop = event.get("DTSTART")
        if start_prop is None:
            raise ImportProblemError(path, f"event {summary!r} has no start date")
        start = _as_date(start_prop.dt)
        end_prop = event.get("DTEND")
        # DTEND of an all-day event is exclusive; without it the event is one day.
        end = _as_date(end_prop.dt) if end_prop is not None else start + timedelta(days=1)
        if end <= start:
            end = start + timedelta(days=1)
        day = start
        while day < end:
            days[day] = summary
            day += timedelta(days=1)
    return days


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
