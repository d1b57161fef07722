"""Completing a case from the log: the student's fields, prior record and the calendar.

`evaluate` and `incidents record` both accept `student: {"id": "<local id>"}`; explicit
student fields in the input win, and an input `history` adds to the log's.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from disciplinedesk.domain.errors import CaseError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.calendar import engine_calendar
from disciplinedesk.store.database import Log
from disciplinedesk.store.history import merge_history, student_history
from disciplinedesk.store.students import Student, get_student


def complete_case(
    log: Log, pack: PolicyPack, data: dict[str, Any]
) -> tuple[dict[str, Any], Student | None]:
    """A copy of `data` with what the log knows filled in, and the logged student if any."""
    student_part = data.get("student")
    if not isinstance(student_part, dict) or not student_part.get("id"):
        return data, None
    local_id = str(student_part["id"])
    student = get_student(log, local_id)
    completed = copy.deepcopy(data)
    completed["student"] = {**student.case_fields(), **student_part}
    when = _incident_time(data)
    history = student_history(log, pack, student.id, when)
    completed["history"] = merge_history(history, data.get("history"))
    calendar = engine_calendar(log)
    given_calendar = data.get("calendar") or {}
    completed["calendar"] = {
        "non_school_days": sorted(
            {*calendar["non_school_days"], *given_calendar.get("non_school_days", [])}
        ),
        **(
            {"last_senior_day": calendar["last_senior_day"]}
            if "last_senior_day" in calendar
            else {}
        ),
        **{k: v for k, v in given_calendar.items() if k != "non_school_days"},
    }
    return completed, student


def _incident_time(data: dict[str, Any]) -> datetime:
    incident = data.get("incident")
    raw = incident.get("datetime") if isinstance(incident, dict) else None
    if not isinstance(raw, str):
        raise CaseError("incident.datetime: is required")
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise CaseError(
            f"incident.datetime: {raw!r} is not a date and time as YYYY-MM-DDTHH:MM"
        ) from None
