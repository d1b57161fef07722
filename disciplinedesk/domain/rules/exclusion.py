"""Rules on whether an exclusion (suspension, hearing, expulsion) may be proposed, and its limits."""

from __future__ import annotations

from datetime import date

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.registry import Out, rule


def format_days(days: float) -> str:
    return f"{days:g}"


@rule("missing", "disclosed")
def factors_before_exclusion(facts: Facts, out: Out) -> None:
    """p.17: before exclusion staff must consider ten factors. Required, not a block: staff
    decide. A voluntary disclosure, recorded with the incident, is one of them."""
    if not facts.is_exclusion:
        return
    if facts.case.incident.voluntarily_disclosed:
        out.finding("disclosed")
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
    tried = facts.type1_strategies
    reasons = []
    if tried >= minimum:
        reasons.append(out.text("strategies_tried", count=tried))
    if facts.case.incident.community_impact == "substantial":
        reasons.append(out.text("community_impact"))
    if reasons:
        out.finding("allowed", reason=out.join(reasons))
    else:
        out.finding("blocked", min_strategies=minimum, tried=tried)


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


@rule("truancy", "no_grounds", "grounds", "too_long", "delayed")
def expulsion_limits(facts: Facts, out: Out) -> None:
    """p.17, p.30, p.32: expulsion needs a hearing and one of three recorded grounds, never for
    truancy, at most a year. The grounds are the administrator's to record, never inferred."""
    if not facts.is_expulsion:
        return
    assert facts.case.proposed is not None
    grounds = facts.case.proposed.grounds
    if all("attendance" in b.flags for b in facts.behaviors):
        out.finding("truancy")
    elif not grounds:
        out.finding("no_grounds", supported=_what_the_record_shows(facts, out))
    else:
        named = facts.pack.expulsion_ground_by_id
        out.finding("grounds", recorded=out.join([named[g].text for g in grounds]))
    longest = _one_calendar_year(facts.start) if facts.start else _max_calendar_days(facts)
    if facts.days > longest:
        out.finding("too_long", max_days=longest, days=format_days(facts.days))
    if facts.action_id == "delayed_expulsion":
        out.finding("delayed")


def _what_the_record_shows(facts: Facts, out: Out) -> str:
    """Hints toward the grounds from the case's facts (the administrator still records them)."""
    incident = facts.case.incident
    shown = []
    if (
        incident.serious_physical_harm
        or incident.direct_threat_to_safety
        or incident.threatened_violence
        or facts.has_flag("threat")
    ):
        shown.append(out.text("threat"))
    if facts.strategies_tried:
        shown.append(out.text("strategies_ineffective", count=facts.strategies_tried))
    if facts.has_flag("firearm"):
        shown.append(out.text("required_by_law"))
    return out.join(shown) if shown else out.text("none_recorded")


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
    """p.29, p.33: in-school suspension up to 5 school days, out-of-school up to 10; the rest
    of the day counts as a day ("up to ten school days")."""
    action = facts.action
    if not facts.is_suspension or action is None or action.max_days is None:
        return
    if facts.exclusion_days > action.max_days:
        counting = out.text("rest_of_day_counts") if action.base_days else ""
        out.finding(
            "too_long",
            action=action.name,
            max_days=action.max_days,
            days=format_days(facts.exclusion_days),
            counting=counting,
        )


@rule("required", "tracking")
def disability_protections(facts: Facts, out: Out) -> None:
    """p.30, p.32: beyond 10 days a year, or when expulsion is considered (an expulsion, a
    hearing, or a behavior whose hearing may end in one), 4.30.025-AD applies: required."""
    if not facts.disability_plans:
        return
    if not facts.is_exclusion and not facts.hearing_required:
        return
    status = out.join([out.text(plan) for plan in facts.disability_plans])
    limit = facts.pack.limit("disability_cumulative_days")
    total = facts.case.history.exclusion_days_this_year + facts.exclusion_days
    if facts.is_hearing_or_expulsion:
        reason = out.text("hearing_considered")
    elif facts.hearing_required:
        reason = out.text("hearing_required")
    elif total > limit:
        reason = out.text("over_the_limit", total=format_days(total), limit=limit)
    else:
        out.finding("tracking", status=status, total=format_days(total), limit=limit)
        return
    out.finding("required", status=status, reason=reason)


@rule("pattern")
def exclusion_pattern(facts: Facts, out: Out) -> None:
    """p.30: separate removals for similar behavior that together pass 10 school days may be a
    pattern (a change of placement): the IEP or 504 team decides, with 4.30.025-AD."""
    if not facts.disability_plans or not facts.is_suspension or not facts.exclusion_days:
        return
    earlier = [
        prior
        for prior in facts.case.history.prior_incidents
        if prior.exclusion_days and _similar(facts, prior.behaviors)
    ]
    limit = facts.pack.limit("disability_cumulative_days")
    total = facts.exclusion_days + sum(prior.exclusion_days for prior in earlier)
    if not earlier or total <= limit:
        return
    listed = [
        out.text("incident", date=p.date.isoformat(), days=format_days(p.exclusion_days))
        for p in earlier
    ]
    out.finding("pattern", incidents=out.join(listed), total=format_days(total), limit=limit)


def _similar(facts: Facts, behavior_ids: list[str]) -> bool:
    """Similar behavior (the pack's interpretation, see its note): a behavior in common, or a
    behavior of the same matrix type or the same substance kind as one of this incident's."""
    if facts.behavior_ids.intersection(behavior_ids):
        return True
    kinds = {(b.type, b.substance) for b in facts.behaviors}
    by_id = facts.pack.behavior_by_id
    return any((by_id[b].type, by_id[b].substance) in kinds for b in behavior_ids if b in by_id)
