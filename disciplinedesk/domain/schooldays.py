"""School-day arithmetic: weekends and the school's non-school days are skipped.

Suspension lengths, return dates and appeal windows are all counted in school days
(handbook p.29-31), so every such count in the program goes through this one module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from disciplinedesk.domain.errors import CaseError

_ONE_DAY = timedelta(days=1)
# A calendar whose every weekday for ten years is a holiday is a data error, not a schedule.
_MAX_SCAN_DAYS = 3660


class CalendarError(CaseError):
    """The calendar has no school day where one is needed: the calendar's data is wrong."""


@dataclass(frozen=True)
class SchoolCalendar:
    """Which days are school days: Monday to Friday, less the listed non-school days."""

    non_school_days: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, non_school_days: Iterable[date] = ()) -> SchoolCalendar:
        return cls(frozenset(non_school_days))

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.non_school_days

    def school_days_from(self, start: date) -> Iterator[date]:
        """Every school day on or after `start`, in order."""
        day = start
        for _ in range(_MAX_SCAN_DAYS):
            if self.is_school_day(day):
                yield day
            day += _ONE_DAY
        raise CalendarError(
            f"calendar: no school day in the ten years after {start.isoformat()}; "
            "check the non-school days imported"
        )

    def first_school_day_on_or_after(self, day: date) -> date:
        return next(self.school_days_from(day))

    def next_school_day(self, day: date) -> date:
        """The first school day strictly after `day`."""
        return self.first_school_day_on_or_after(day + _ONE_DAY)

    def add_school_days(self, start: date, count: int) -> date:
        """The `count`-th school day after `start` (start itself not counted): a window's last day."""
        if count < 1:
            raise ValueError("count must be at least 1")
        days = self.school_days_from(start + _ONE_DAY)
        for _ in range(count - 1):
            next(days)
        return next(days)

    def span(self, start: date, count: int) -> list[date]:
        """`count` consecutive school days beginning with the first school day on or after `start`."""
        days = self.school_days_from(start)
        return [next(days) for _ in range(count)]

    def return_date(self, start: date, count: int) -> date:
        """The first school day after `count` school days of absence beginning at `start`."""
        if count < 1:
            return self.first_school_day_on_or_after(start)
        return self.next_school_day(self.span(start, count)[-1])

    def count_school_days(self, first: date, last: date) -> int:
        """School days from `first` to `last`, both included (0 when last is before first)."""
        if last < first:
            return 0
        total = 0
        day = first
        while day <= last:
            if self.is_school_day(day):
                total += 1
            day += _ONE_DAY
        return total
