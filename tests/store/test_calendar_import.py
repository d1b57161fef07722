"""Calendar files as calendar programs write them, and the calendar kept in a real log:
recurrence, durations, timed events and zones; refusals that name the event; a re-import
of the same file that replaces its days; removals, audited."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from disciplinedesk.store.calendar import (
    apply_import,
    list_calendar_days,
    non_school_days,
    plan_import,
    remove_calendar_days,
)
from disciplinedesk.store.database import Log
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.imports.calendar_file import read_calendar
from disciplinedesk.store.imports.text import ImportProblemError

PORTLAND = ZoneInfo("America/Los_Angeles")


def _ics(tmp_path: Path, *events: str, name: str = "district.ics") -> Path:
    body = (
        "".join(
            f"BEGIN:VEVENT\r\nUID:{i}@test\r\nDTSTAMP:20260101T000000Z\r\n{event.strip()}\r\nEND:VEVENT\r\n"
            for i, event in enumerate(events)
        )
        .replace("\n", "\r\n")
        .replace("\r\r\n", "\r\n")
    )
    path = tmp_path / name
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_a_ten_day_break_given_as_a_duration_is_ten_days(tmp_path: Path) -> None:
    path = _ics(tmp_path, "SUMMARY:Winter break\nDTSTART;VALUE=DATE:20261221\nDURATION:P10D")
    days = read_calendar(path).days
    assert sorted(days) == [date(2026, 12, 21) + timedelta(days=n) for n in range(10)]
    assert set(days.values()) == {"Winter break"}


def test_recurrence_with_rdate_and_exdate(tmp_path: Path) -> None:
    path = _ics(
        tmp_path,
        "SUMMARY:PD day\nDTSTART;VALUE=DATE:20261002\nRRULE:FREQ=MONTHLY;COUNT=4;BYDAY=1FR\n"
        "EXDATE;VALUE=DATE:20261106\nRDATE;VALUE=DATE:20270115",
    )
    days = read_calendar(path).days
    assert sorted(days) == [
        date(2026, 10, 2),
        date(2026, 12, 4),
        date(2027, 1, 1),
        date(2027, 1, 15),
    ]


def test_timed_events_cover_their_days_in_the_schools_zone(tmp_path: Path) -> None:
    path = _ics(
        tmp_path,
        # 07:00 UTC on Nov 26 is 23:00 on Nov 25 in Portland.
        "SUMMARY:Staff day\nDTSTART:20261126T070000Z\nDTEND:20261126T080000Z",
        # Ends at midnight: the next day is not included.
        "SUMMARY:Conference\nDTSTART;TZID=America/Los_Angeles:20261203T080000\n"
        "DTEND;TZID=America/Los_Angeles:20261205T000000",
    )
    days = read_calendar(path, PORTLAND).days
    assert sorted(days) == [date(2026, 11, 25), date(2026, 12, 3), date(2026, 12, 4)]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (
            "SUMMARY:Summer\nDTSTART;VALUE=DATE:20260601\nDTEND;VALUE=DATE:20270901",
            r"event 'Summer' \(2026-06-01 to 2027-08-31\) is longer than a school year",
        ),
        (
            "SUMMARY:Old\nDTSTART;VALUE=DATE:19990104",
            r"event 'Old' \(starting 1999-01-04\) is outside the dates",
        ),
        (
            "SUMMARY:Fridays\nDTSTART;VALUE=DATE:20260904\nRRULE:FREQ=WEEKLY",
            r"event 'Fridays' repeats more than 400 times before 2101; give its rule an end",
        ),
        ("SUMMARY:No start\nDTEND;VALUE=DATE:20261224", r"event 'No start' has no start date"),
    ],
)
def test_refused_with_the_events_name(tmp_path: Path, event: str, message: str) -> None:
    with pytest.raises(ImportProblemError, match=message):
        read_calendar(_ics(tmp_path, event))


def test_a_calendar_leaving_a_school_year_without_school_days_is_refused(
    tmp_path: Path, log: Log
) -> None:
    path = _ics(tmp_path, "SUMMARY:Closed\nDTSTART;VALUE=DATE:20260701\nDTEND;VALUE=DATE:20270701")
    calendar = read_calendar(path)
    with pytest.raises(
        StoreError, match="no school day in the school year 2026-07-01 to 2027-06-30"
    ):
        plan_import(log, calendar.days, source=calendar.source)
    assert non_school_days(log) == {}


def test_a_reimport_of_the_same_file_replaces_its_days_after_showing_them(
    tmp_path: Path, log: Log
) -> None:
    first = read_calendar(
        _ics(
            tmp_path,
            "SUMMARY:Thanksgiving\nDTSTART;VALUE=DATE:20261126\nDTEND;VALUE=DATE:20261128",
            "SUMMARY:Storm day\nDTSTART;VALUE=DATE:20270112",
        )
    )
    other = tmp_path / "extra.csv"
    other.write_text("date,description\n2027-03-19,Conferences\n", encoding="utf-8")
    with log.transaction():
        for calendar in (first, read_calendar(other)):
            apply_import(log, plan_import(log, calendar.days, source=calendar.source), actor="t")
    corrected = read_calendar(
        _ics(tmp_path, "SUMMARY:Thanksgiving break\nDTSTART;VALUE=DATE:20261125\nDURATION:P3D")
    )
    plan = plan_import(log, corrected.days, source="district.ics")
    assert plan.added == {date(2026, 11, 25): "Thanksgiving break"}
    assert set(plan.updated) == {date(2026, 11, 26), date(2026, 11, 27)}
    assert plan.removed == [date(2027, 1, 12)]  # the storm day is no longer in the file
    with log.transaction():
        apply_import(log, plan, actor="t")
    held = {d.day: d.source for d in list_calendar_days(log)}
    assert held == {
        date(2026, 11, 25): "district.ics",
        date(2026, 11, 26): "district.ics",
        date(2026, 11, 27): "district.ics",
        date(2027, 3, 19): "extra.csv",  # another file's days stay
    }
    (row,) = log.query(
        "SELECT after FROM audit WHERE table_name = 'calendar_days' AND row_id = 'district.ics' ORDER BY id DESC LIMIT 1"
    )
    assert json.loads(row["after"]) == {
        "added": 1,
        "updated": 2,
        "removed": 1,
        "removed_days": ["2027-01-12"],
    }


def test_a_wrong_day_is_removed_audited_and_an_unknown_one_refused(
    tmp_path: Path, log: Log
) -> None:
    path = tmp_path / "days.csv"
    path.write_text(
        "date,description\n2026-11-26,Thanksgiving\n2026-11-30,Typo\n", encoding="utf-8"
    )
    calendar = read_calendar(path)
    with log.transaction():
        apply_import(log, plan_import(log, calendar.days, source=calendar.source), actor="t")
    with log.transaction():
        remove_calendar_days(log, [date(2026, 11, 30)], actor="A. Rivera")
    assert list(non_school_days(log)) == [date(2026, 11, 26)]
    (row,) = log.query("SELECT before, actor FROM audit WHERE action = 'remove'")
    assert row["actor"] == "A. Rivera" and "Typo" in row["before"]
    with pytest.raises(StoreError, match="2026-12-01 is not a non-school day"), log.transaction():
        remove_calendar_days(log, [date(2026, 12, 1)], actor="t")


def test_csv_dates_outside_the_range_are_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "days.csv"
    path.write_text("date,description\n2026-11-26,Thanksgiving\n2150-01-01,Far\n", encoding="utf-8")
    with pytest.raises(ImportProblemError, match=r"line 3: the date 2150-01-01 is outside"):
        read_calendar(path)
