"""Rules for threats, weapons, items for the police, and where discipline applies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.rules.exclusion import format_days
from disciplinedesk.domain.rules.registry import Out, rule


@rule("required")
def threat_assessment(facts: Facts, out: Out) -> None:
    """p.26, p.31: threats get a behavioral safety assessment and timed notices to the threatened family."""
    if not facts.is_threat:
        return
    phone = facts.pack.limit("threat_phone_hours")
    written = facts.pack.limit("threat_written_hours")
    out.finding("required", phone_hours=phone, written_hours=written)
    out.deadline("threat_parent_phone", _hours_after(facts, phone))
    out.deadline("threat_parent_written", _hours_after(facts, written))


def _hours_after(facts: Facts, hours: int) -> datetime:
    """The local wall-clock time `hours` elapsed hours after the incident, in the school's
    time zone: across a daylight-saving change that is not the same as adding to the clock."""
    zone = facts.pack.zone
    start = facts.incident_datetime.replace(tzinfo=zone)
    due = (start.astimezone(UTC) + timedelta(hours=hours)).astimezone(zone)
    return due.replace(tzinfo=None)


@rule("required", "shorter")
def firearm_expulsion(facts: Facts, out: Out) -> None:
    """p.25, p.30-31: a firearm requires a hearing and a one-year expulsion only the Superintendent may reduce."""
    if not facts.has_flag("firearm"):
        return
    required = facts.pack.limit("firearm_expulsion_calendar_days")
    out.finding("required", days=required)
    if facts.is_expulsion and 0 < facts.days < required:
        out.finding("shorter", days=format_days(facts.days), required=required)


@rule("firearm", "items", "substance")
def law_enforcement(facts: Facts, out: Out) -> None:
    """p.25, p.26, p.33: guns go to the police; items are held; call a coordinator before police on substances."""
    if facts.has_flag("firearm"):
        out.finding("firearm")
    if facts.has_flag("items_held"):
        out.finding("items")
    if facts.has_substance:
        out.finding("substance")


@rule("warning")
def nexus(facts: Facts, out: Out) -> None:
    """p.13, p.15: off-campus behavior is disciplined when it disrupts school or touches school
    safety; expectations apply at any school-sponsored activity, wherever it is."""
    incident = facts.case.incident
    if (
        incident.nexus == "off_campus"
        and not incident.school_sponsored_event
        and not incident.substantial_disruption
        and not incident.school_safety_connection
    ):
        out.finding("warning")
