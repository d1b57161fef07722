from datetime import date

import pytest

from disciplinedesk.domain.schooldays import CalendarError, SchoolCalendar

THANKSGIVING = SchoolCalendar.of([date(2026, 11, 26), date(2026, 11, 27)])


def test_weekends_are_not_school_days() -> None:
    calendar = SchoolCalendar()
    assert calendar.is_school_day(date(2026, 11, 20))  # Friday
    assert not calendar.is_school_day(date(2026, 11, 21))
    assert calendar.next_school_day(date(2026, 11, 20)) == date(2026, 11, 23)


def test_add_school_days_skips_holidays_and_weekend() -> None:
    assert THANKSGIVING.add_school_days(date(2026, 11, 24), 2) == date(2026, 11, 30)
    assert THANKSGIVING.add_school_days(date(2026, 11, 21), 1) == date(2026, 11, 23)
    with pytest.raises(ValueError):
        THANKSGIVING.add_school_days(date(2026, 11, 24), 0)


def test_span_starts_on_the_first_school_day() -> None:
    assert THANKSGIVING.span(date(2026, 11, 22), 2) == [date(2026, 11, 23), date(2026, 11, 24)]


def test_return_date() -> None:
    assert THANKSGIVING.return_date(date(2026, 11, 25), 1) == date(2026, 11, 30)
    assert THANKSGIVING.return_date(date(2026, 11, 28), 0) == date(2026, 11, 30)


def test_count_school_days_inclusive() -> None:
    assert THANKSGIVING.count_school_days(date(2026, 11, 23), date(2026, 11, 30)) == 4
    assert THANKSGIVING.count_school_days(date(2026, 11, 30), date(2026, 11, 23)) == 0


def test_a_calendar_without_school_days_is_an_error_not_a_hang() -> None:
    start = date(2026, 1, 1)
    every_day = SchoolCalendar.of(date.fromordinal(start.toordinal() + i) for i in range(4000))
    with pytest.raises(CalendarError):
        every_day.next_school_day(start)
