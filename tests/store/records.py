"""Record inputs for store tests: a case naming a logged student, plus a decision."""

from __future__ import annotations

from typing import Any

from tests.support import ALL_FACTORS


def record_input(
    student: str = "S1",
    *,
    when: str = "2026-11-18T10:00",
    behaviors: list[str] | None = None,
    action: str = "none",
    days: float = 0,
    start: str | None = None,
    reason: str = "",
    description: str = "",
    responses: list[str] | None = None,
    grounds: list[str] | None = None,
) -> dict[str, Any]:
    decision: dict[str, Any] = {
        "action": action,
        "days": days,
        "responses": responses or ["parent_conference"],
        "decided_by": "A. Rivera",
        "override_reason": reason,
    }
    if start or action != "none":
        decision["date"] = start or when[:10]
    if grounds:
        decision["grounds"] = grounds
    return {
        "student": {"id": student},
        "incident": {
            "datetime": when,
            "behaviors": behaviors or ["disruptive_conduct"],
            "description": description,
            "location": "Cafeteria",
        },
        "factors": dict(ALL_FACTORS),
        "decision": decision,
    }
