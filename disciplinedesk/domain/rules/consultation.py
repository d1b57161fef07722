"""Rules naming the people who must be consulted or notified, and the supports to offer."""

from __future__ import annotations

from datetime import timedelta

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.exclusion import format_days
from disciplinedesk.domain.rules.registry import Out, rule


@rule("consult")
def senior_staff_consult(facts: Facts, out: Out) -> None:
    """p.29: more than one day per incident, or a student with 2+ days already: call senior staff."""
    if not facts.is_suspension:
        return
    reasons = []
    per_incident = facts.pack.limit("senior_staff_days_per_incident")
    prior_limit = facts.pack.limit("senior_staff_prior_days")
    prior = facts.case.history.exclusion_days_this_year
    if facts.exclusion_days > per_incident:
        reasons.append(out.text("over_per_incident", days=per_incident))
    if prior >= prior_limit:
        reasons.append(out.text("prior_days", days=format_days(prior)))
    if reasons:
        out.finding("consult", reason=out.join(reasons))


@rule("consult")
def suspension_partnership(facts: Facts, out: Out) -> None:
    """p.21 (referred to by p.23, p.25): suspensions for Type II-IV are planned with the Student Conduct Coordinator."""
    if facts.is_suspension and facts.highest_type is not None and facts.highest_type >= 2:
        out.finding("consult")


@rule("consult")
def hearing_consult(facts: Facts, out: Out) -> None:
    """p.21-25, p.29: administrators "must contact" the Student Conduct Coordinator and senior
    staff when they consider a hearing: one proposed, one the behavior requires (a firearm, a
    substance level with a hearing), or a Type IV behavior, where a hearing is expected."""
    if facts.is_hearing_or_expulsion:
        out.finding("consult", reason=out.text("hearing_considered"))
    elif facts.hearing_required:
        out.finding("consult", reason=out.text("hearing_required"))
    elif facts.highest_type == 4:
        out.finding("consult", reason=out.text("type_4"))


@rule("consult")
def staff_victim_consult(facts: Facts, out: Out) -> None:
    """p.20, p.23, p.25: the behaviors marked * involving staff need the Student Conduct Coordinator."""
    if not facts.case.incident.staff_involved:
        return
    marked = [b.label for b in facts.behaviors if "staff_consult" in b.flags]
    if marked:
        out.finding("consult", behaviors=out.join(marked))


@rule("consult")
def look_alike_weapon(facts: Facts, out: Out) -> None:
    """p.20: discipline for a look-alike weapon is decided with the Student Conduct Coordinator."""
    if facts.case.incident.look_alike_weapon and facts.has_flag("look_alike"):
        out.finding("consult")


@rule("notify", "investigation_required", "investigation_possible")
def civil_rights_coordinator(facts: Facts, out: Out) -> None:
    """p.11-12, p.20, p.24-25: bias- and sex-based incidents go to the Title VI / Title IX coordinator."""
    incident = facts.case.incident
    reasons: list[str] = []
    coordinators: list[str] = []
    if incident.bias_based:
        reasons.append(out.text("bias_based"))
        coordinators.append("Title VI")
    if incident.sex_based:
        reasons.append(out.text("sex_based"))
        coordinators.append("Title IX")
    named = [b for b in facts.behaviors if "civil_rights" in b.flags]
    for behavior in named:
        reasons.append(behavior.label)
        if "sexual_assault" in behavior.flags and "Title IX" not in coordinators:
            coordinators.append("Title IX")
    if not reasons:
        return
    coordinator_text = out.join(coordinators) if coordinators else out.text("either_coordinator")
    out.finding("notify", reason=out.join(reasons), coordinators=coordinator_text)
    if facts.has_flag("sexual_assault"):
        at_school = (
            incident.nexus in ("on_campus", "school_event") or incident.school_sponsored_event
        )
        out.finding("investigation_required" if at_school else "investigation_possible")


@rule("required")
def bias_district_notice(facts: Facts, out: Out) -> None:
    """p.12: at the most serious level of a bias incident the district office is notified and
    the Compliance Manager coordinates the response with the School-Based Coordinator."""
    if not facts.case.incident.bias_based:
        return
    serious = facts.highest_type is not None and facts.highest_type >= facts.pack.limit(
        "bias_district_notice_min_type"
    )
    if serious or facts.has_flag("bias_district_notice"):
        out.finding("required")


@rule("consult")
def sirc(facts: Facts, out: Out) -> None:
    """p.33: problematic sexualized behavior goes to the SIRC coordinator."""
    sex_based = facts.case.incident.sex_based
    if facts.has_flag("sirc") or (sex_based and facts.has_flag("sirc_if_sex_based")):
        out.finding("consult")


@rule("required")
def interpretation(facts: Facts, out: Out) -> None:
    """p.6-7, p.29: families receive discipline information in a language they understand."""
    language = facts.case.student.family_language
    if language != facts.pack.pack.language:
        out.finding("required", language=facts.pack.language_name(language))


@rule("referral")
def support_referral(facts: Facts, out: Out) -> None:
    """Frequent office referrals are the Student Support Specialists' focus; harm calls for restorative work."""
    window = facts.pack.limit("support_referral_window_days")
    threshold = facts.pack.limit("support_referral_prior_incidents")
    since = facts.incident_date - timedelta(days=window)
    recent = [
        prior
        for prior in facts.case.history.prior_incidents
        if since <= prior.date < facts.incident_date
    ]
    if len(recent) < threshold:
        return
    harmed = facts.case.incident.serious_physical_harm or facts.has_flag("harms_others")
    out.finding(
        "referral", count=len(recent), window=window, harm=out.text("harm") if harmed else ""
    )
