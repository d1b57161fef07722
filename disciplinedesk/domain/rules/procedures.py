"""Procedural rules: notices, meetings, return dates, appeal windows and the senior 60-day rule."""

from __future__ import annotations

from datetime import date

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.registry import Out, rule


@rule("info")
def emergency_suspension(facts: Facts, out: Out) -> None:
    """p.29: an emergency suspension serves investigation, safety and a safe return."""
    if facts.action_id == "emergency_suspension":
        out.finding("info")


@rule("info")
def pending_hearing(facts: Facts, out: Out) -> None:
    """p.30: a student may be suspended while a hearing is pending."""
    if facts.kind == "hearing" or (facts.is_suspension and facts.hearing_column == "yes"):
        out.finding("info")


@rule("notify", "reengagement", "off_property", "disability_notice")
def suspension_procedures(facts: Facts, out: Out) -> None:
    """p.21, p.29-30: notices, the parent meeting before return, learning materials, the return date."""
    if facts.is_suspension:
        out.finding("notify")
        out.finding("reengagement")
        if facts.is_out_of_school:
            out.finding("off_property")
        if facts.disability_plans:
            out.finding("disability_notice")
        returns = _return_date(facts)
        if returns is not None:
            out.deadline("return_to_school", returns)
    elif facts.is_expulsion:
        out.finding("off_property")


def _return_date(facts: Facts) -> date | None:
    """The first school day after the suspension. A rest-of-day suspension starts on its own
    date and its `days` are additional school days after it."""
    start = facts.start
    action = facts.action
    if start is None or action is None:
        return None
    if action.max_days is not None and facts.exclusion_days > action.max_days:
        return None  # too long to be decided (suspension_length blocks it): no date to plan
    calendar = facts.calendar
    if facts.action_id == "rest_of_day_suspension":
        if facts.whole_days == 0:
            return calendar.next_school_day(start)
        return calendar.return_date(calendar.next_school_day(start), facts.whole_days)
    if facts.whole_days == 0:
        return None
    return calendar.return_date(start, facts.whole_days)


@rule("expulsion", "expulsion_title_ix", "title_ix")
def appeal_deadlines(facts: Facts, out: Out) -> None:
    """p.31: an expulsion or delayed expulsion may be appealed to the Superintendent within 5
    school days; for sex-based conduct the Title IX decision is appealed under 4.30.072-AD too."""
    if facts.is_expulsion and facts.start is not None:
        window = facts.pack.appeal_windows["appeal_superintendent"].value
        due = facts.calendar.add_school_days(facts.start, window)
        key = "expulsion_title_ix" if facts.is_title_ix else "expulsion"
        out.finding(key, days=window, due=due.isoformat())
        out.deadline("appeal_superintendent", due)
    elif facts.is_title_ix and facts.is_exclusion:
        out.finding("title_ix")


@rule("warning", "no_last_day")
def sixty_day_rule(facts: Facts, out: Out) -> None:
    """p.28, p.31: a senior suspended 3+ days (or worse) within 60 days of the last senior day
    loses commencement. Without the last senior day the rule cannot be checked: say so."""
    if facts.case.student.grade != facts.pack.grades.senior:
        return
    last_day = facts.case.calendar.last_senior_day
    if last_day is None:
        if facts.action is None or facts.is_exclusion:
            out.finding("no_last_day")
        return
    days_before = (last_day - facts.incident_date).days
    if not 0 <= days_before <= facts.pack.limit("sixty_day_rule_calendar_days"):
        return
    minimum = facts.pack.limit("sixty_day_rule_min_suspension_days")
    serious = facts.is_hearing_or_expulsion or (
        facts.is_suspension and facts.exclusion_days >= minimum
    )
    if serious:
        out.finding(
            "warning", days_before=days_before, last_day=last_day.isoformat(), min_days=minimum
        )
