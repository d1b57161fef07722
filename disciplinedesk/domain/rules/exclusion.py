"""Rules on whether an exclusion (suspension, hearing, expulsion) may be proposed, and its limits."""

from __future__ import annotations

from datetime import date

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.registry import Out, rule


def format_days(days: float) -> str:
    return f"{days:g}"


@rule("missing")
def factors_before_exclusion(facts: Facts, out: Out) -> None:
    """p.17: before exclusion staff must consider ten factors. Required, not a block: staff decide."""
    if not facts.is_exclusion:
        return
    considered = facts.case.considered_factors()
    missing = [f.text.rstrip(".。") for f in facts.pack.factors if f.id not in considered]
    if missing:
        out.finding(
            "missing",
            count=len(missing),
            total=len(facts.pack.factors),
            missing=facts.pack.wording.clause_separator.join(missing),
        )


@rule("blocked", "allowed")
def type1_exclusion_conditions(facts: Facts, out: Out) -> None:
    """p.19: a Type I behavior leads to suspension or a hearing only in the listed conditions.

    A substance violation has its own table (p.27-28), which governs instead.
    """
    if facts.highest_type != 1 or facts.has_substance or not facts.is_exclusion:
        return
    minimum = facts.pack.limit("type1_min_strategies")
    reasons = []
    if facts.strategies_tried >= minimum:
        reasons.append(out.text("strategies_tried", count=facts.strategies_tried))
    if facts.case.incident.community_impact == "substantial":
        reasons.append(out.text("community_impact"))
    if reasons:
        out.finding("allowed", reason=out.join(reasons))
    else:
        out.finding("blocked", min_strategies=minimum, tried=facts.strategies_tried)


@rule("blocked", "exception")
def k5_exclusion_limit(facts: Facts, out: Out) -> None:
    """ORS 339.250, p.17 and p.30: out-of-school suspension and expulsion up to grade 5 are limited."""
    if not facts.elementary or not (facts.is_out_of_school or facts.is_expulsion):
        return
    incident = facts.case.incident
    exceptions = []
    if incident.serious_physical_harm:
        exceptions.append(out.text("serious_physical_harm"))
    if incident.direct_threat_to_safety:
        exceptions.append(out.text("direct_threat"))
    if facts.has_flag("firearm"):
        exceptions.append(out.text("required_by_law"))
    max_grade = facts.pack.grades.elementary_max
    if exceptions:
        out.finding("exception", max_grade=max_grade, exceptions=out.join(exceptions))
    else:
        out.finding("blocked", max_grade=max_grade)


@rule("required")
def oss_recurrence_steps(facts: Facts, out: Out) -> None:
    """p.17: after an out-of-school suspension the school prevents recurrence and brings the student back."""
    if facts.is_suspension and facts.is_out_of_school:
        out.finding("required")


@rule("truancy", "grounds", "too_long", "delayed")
def expulsion_limits(facts: Facts, out: Out) -> None:
    """p.17, p.30, p.32: expulsion needs a hearing and one of three grounds, never for truancy, at most a year."""
    if not facts.is_expulsion:
        return
    if all("attendance" in b.flags for b in facts.behaviors):
        out.finding("truancy")
    else:
        incident = facts.case.incident
        supported = []
        if (
            incident.serious_physical_harm
            or incident.direct_threat_to_safety
            or incident.threatened_violence
            or facts.has_flag("threat")
        ):
            supported.append(out.text("threat"))
        if facts.strategies_tried:
            supported.append(out.text("strategies_ineffective", count=facts.strategies_tried))
        if facts.has_flag("firearm"):
            supported.append(out.text("required_by_law"))
        out.finding(
            "grounds", supported=out.join(supported) if supported else out.text("none_recorded")
        )
    longest = _one_calendar_year(facts.start) if facts.start else _max_calendar_days(facts)
    if facts.days > longest:
        out.finding("too_long", max_days=longest, days=format_days(facts.days))
    if facts.action_id == "delayed_expulsion":
        out.finding("delayed")


def _max_calendar_days(facts: Facts) -> int:
    assert facts.action is not None and facts.action.max_calendar_days is not None
    return facts.action.max_calendar_days


def _one_calendar_year(start: date) -> int:
    """Days from `start` to the same date a year later (366 across a February 29)."""
    try:
        end = start.replace(year=start.year + 1)
    except ValueError:  # February 29 to February 28
        end = start.replace(year=start.year + 1, day=28)
    return (end - start).days


@rule("too_long")
def suspension_length(facts: Facts, out: Out) -> None:
    """p.29, p.33: in-school suspension up to 5 school days, out-of-school up to 10."""
    action = facts.action
    if not facts.is_suspension or action is None or action.max_days is None:
        return
    if facts.days > action.max_days:
        out.finding(
            "too_long", action=action.name, max_days=action.max_days, days=format_days(facts.days)
        )


@rule("required", "tracking")
def disability_protections(facts: Facts, out: Out) -> None:
    """p.30, p.32: beyond 10 days a year, or toward expulsion, 4.30.025-AD and a manifestation determination."""
    if not facts.disability_plans or not facts.is_exclusion:
        return
    status = out.join([out.text(plan) for plan in facts.disability_plans])
    limit = facts.pack.limit("disability_cumulative_days")
    total = facts.case.history.exclusion_days_this_year + facts.exclusion_days
    if facts.is_hearing_or_expulsion:
        reason = out.text("hearing_considered")
    elif total > limit:
        reason = out.text("over_the_limit", total=format_days(total), limit=limit)
    else:
        out.finding("tracking", status=status, total=format_days(total), limit=limit)
        return
    out.finding("required", status=status, reason=reason)
