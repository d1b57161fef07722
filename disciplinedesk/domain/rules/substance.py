"""Rules of the alcohol and drug table (p.27-28): levels, their measures and suspension limits."""

from __future__ import annotations

from datetime import timedelta

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.exclusion import format_days
from disciplinedesk.domain.rules.registry import Out, rule


@rule("level_a", "level_bc", "consult")
def substance_level(facts: Facts, out: Out) -> None:
    """p.27-28: this violation, counted with the prior ones, reaches level A, B or C with its measures."""
    violation = facts.substance
    if violation is None:
        return
    row = violation.row
    activity_days = facts.pack.substance.activity_exclusion_days[row.level]
    if row.level in facts.pack.substance.hearing_levels:
        out.finding("level_bc", level=row.level, label=row.label, activity_days=activity_days)
        if facts.kind == "hearing" and facts.start is not None:  # counted from the hearing date
            out.deadline(
                "activity_exclusion_ends_hearing", facts.start + timedelta(days=activity_days - 1)
            )
    else:
        out.finding("level_a", label=row.label, activity_days=activity_days)
        if facts.start is not None:
            out.deadline("activity_exclusion_ends", facts.start + timedelta(days=activity_days - 1))
    if row.consult:
        out.finding("consult", level=row.level, label=row.label, consult=row.consult)


@rule("blocked", "other_behaviors", "hearing_level_a")
def substance_limits(facts: Facts, out: Out) -> None:
    """p.27-28: the table caps the suspension for each row.

    When the incident also has a typed behavior of Type II or higher, the cap applies to the
    substance part only: the longer suspension must rest on the other behavior, so it is a
    warning rather than a block.
    """
    violation = facts.substance
    if violation is None or facts.action is None:
        return
    row = violation.row
    other_typed = facts.highest_type is not None and facts.highest_type >= 2
    if facts.is_suspension:
        cap = facts.pack.substance.suspension_limits[row.suspension_limit]
        # `days` are whole days (a rest-of-day suspension's are those after its part day).
        if facts.exclusion_days <= cap.days and facts.days <= cap.full_days:
            return
        limit_text = facts.pack.rules["substance_limits"].limit_texts[row.suspension_limit]
        if other_typed:
            out.finding("other_behaviors", level=row.level, label=row.label, limit_text=limit_text)
        else:
            proposed = out.text(
                "proposed", action=facts.action.name.lower(), days=format_days(facts.days)
            )
            out.finding(
                "blocked",
                level=row.level,
                label=row.label,
                limit_text=limit_text,
                proposed=proposed,
            )
    elif (
        facts.is_hearing_or_expulsion
        and row.level not in facts.pack.substance.hearing_levels
        and not other_typed
    ):
        out.finding("hearing_level_a", label=row.label)


@rule("consult")
def k5_substance_consult(facts: Facts, out: Out) -> None:
    """p.27: substance use or possession up to grade 5: consult two coordinators."""
    uses = any(b.substance == "use_or_possession" for b in facts.behaviors)
    if facts.elementary and uses:
        out.finding("consult", max_grade=facts.pack.grades.elementary_max)
