"""Builders shared by the tests: a case from a few overrides, evaluated with the real PPS pack."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from disciplinedesk.domain.case import parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.pack import PolicyPack, load_pack
from disciplinedesk.domain.result import Finding, Result

ALL_FACTORS = {
    "nature_of_misconduct": "Pushed a peer during recess.",
    "age_health_disability": "Age 10; IEP for reading.",
    "cultural_linguistic": "None identified.",
    "academic_placement": "Appropriate.",
    "prior_conduct": "No prior incidents.",
    "support_systems": "Counselor, family engaged.",
    "willingness_to_repair": "Apologized.",
    "community_impact": "Class disrupted for 10 minutes.",
    "prevention_programs": "CICO available.",
    "voluntary_disclosure": "No.",
}


@cache
def pps() -> PolicyPack:
    return load_pack()


def case_data(
    *,
    behaviors: list[str] | None = None,
    grade: str = "8",
    when: str = "2026-11-18T10:30",
    action: str | None = None,
    days: float = 0,
    start: str | None = "",
    student: dict[str, Any] | None = None,
    history: dict[str, Any] | None = None,
    incident: dict[str, Any] | None = None,
    calendar: dict[str, Any] | None = None,
    factors: dict[str, str] | None = None,
    grounds: list[str] | None = None,
) -> dict[str, Any]:
    """A valid case as JSON data; 2026-11-18 is a Wednesday. The action starts on the
    incident's date unless `start` says otherwise (None: no date)."""
    if start == "":
        start = when[:10]
    data: dict[str, Any] = {
        "student": {"grade": grade, **(student or {})},
        "incident": {
            "datetime": when,
            "behaviors": behaviors or ["disruptive_conduct"],
            **(incident or {}),
        },
        "factors": copy.deepcopy(ALL_FACTORS) if factors is None else factors,
    }
    if history:
        data["history"] = history
    if calendar:
        data["calendar"] = calendar
    if action is not None:
        data["proposed"] = {"action": action, "days": days}
        if start:
            data["proposed"]["date"] = start
        if grounds:
            data["proposed"]["grounds"] = grounds
    return data


def run(**kwargs: Any) -> Result:
    return evaluate(parse_case(case_data(**kwargs), pps()), pps())


def findings(result: Result, rule: str, key: str | None = None) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule and (key is None or f.key == key)]


def deadline(result: Result, deadline_id: str) -> str | None:
    dues = [d.due for d in result.deadlines if d.id == deadline_id]
    assert len(dues) <= 1
    return dues[0] if dues else None


def blocked(result: Result) -> list[str]:
    assert result.proposed is not None
    return result.proposed.blocked_by
