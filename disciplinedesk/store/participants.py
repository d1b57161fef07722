"""Incidents with several students: the participants' form, recorded all or nothing.

An incident has offenders (each with their own behaviors, factors and decision, evaluated
with their own record: rows of `incidents` sharing `shared_id`) and others involved: a
victim, a witness or a reporter, a student of the roster or a person who is not
(`participants`). A victim's supports are follow-ups of that participant; nothing about
a participant who is not an offender ever counts as discipline.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from disciplinedesk.domain.case import shown_field, shown_id
from disciplinedesk.domain.errors import CaseError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store.calendar import school_calendar
from disciplinedesk.store.database import Log, utc_now
from disciplinedesk.store.errors import NotFoundError
from disciplinedesk.store.incidents import (
    RECORD_ONLY_INCIDENT_FIELDS,
    PreparedOffender,
    RecordRefusedError,
    prepare_offender,
    record_decision,
    take_back_entry,
    write_offender,
)
from disciplinedesk.store.rows import audit, insert, new_id, to_json
from disciplinedesk.store.students import StudentInput, student_key, upsert_students

ROLES = ("offender", "victim", "witness", "reporter")
PERSON_KINDS = ("staff", "visitor", "other")
# What an offender's entry may give besides the student and role: their own part of the case.
OFFENDER_FIELDS = ("behaviors", "factors", "decision", "facts", "history", "proposed")
# Incident facts that are the incident's, the same for every offender (`facts` may not
# change them).
SHARED_FACTS = ("datetime", "nexus", "behaviors", *RECORD_ONLY_INCIDENT_FIELDS)
NAME_LIMIT = 200
# The most people one incident records: a large fight, its witnesses and the staff around it.
PARTICIPANT_LIMIT = 50


@dataclass(frozen=True)
class SupportRequest:
    id: str
    due: date | None


@dataclass(frozen=True)
class OtherParticipant:
    """A victim, witness or reporter: a student of the roster (`local_id`) or a person."""

    role: str
    local_id: str | None
    name: str
    kind: str
    supports: tuple[SupportRequest, ...]


@dataclass(frozen=True)
class RecordedOffender:
    student_id: str
    record_id: str
    decision_id: str
    result: Result


@dataclass(frozen=True)
class RecordedIncident:
    incident_id: str
    offenders: tuple[RecordedOffender, ...]
    participant_ids: tuple[str, ...]


def is_participants_form(data: Any) -> bool:
    return isinstance(data, dict) and "participants" in data


def record_incident(
    log: Log,
    pack: PolicyPack,
    data: dict[str, Any],
    *,
    actor: str,
    new_students: Mapping[str, StudentInput] | None = None,
) -> RecordedIncident:
    """Record an incident in either form: one student's case (as `record_decision`), or an
    `incident` with its `participants`. Every offender's decision is evaluated first; if
    any is refused, or any participant is unknown, nothing is written."""
    new_students = dict(new_students or {})
    if not is_participants_form(data):
        local_id = _single_student_id(data)
        recorded = record_decision(
            log, pack, data, actor=actor, new_student=new_students.get(local_id or "")
        )
        return RecordedIncident(
            recorded.incident_id,
            (
                RecordedOffender(
                    local_id or "", recorded.incident_id, recorded.decision_id, recorded.result
                ),
            ),
            (),
        )
    incident = data.get("incident")
    if not isinstance(incident, dict):
        raise CaseError("incident: is required (when, where, what happened)")
    data = dict(data)
    back_entry = take_back_entry(data)
    unknown = set(data) - {"incident", "participants", "calendar"}
    if unknown:
        raise CaseError(
            f"{shown_field(sorted(unknown)[0])}: unknown field (incident and participants only)"
        )
    offenders, others = parse_participants(
        log,
        pack,
        data,
        incident,
        new_students,
        existing=(),
        require_offender=True,
        back_entry=back_entry,
    )
    shared_id = new_id()
    with log.transaction():
        if new_students:
            upsert_students(log, list(new_students.values()), actor=actor)
        return _write(log, pack, shared_id, offenders, others, actor=actor, first=True)


def add_participants(
    log: Log,
    pack: PolicyPack,
    incident_id: str,
    data: dict[str, Any],
    *,
    actor: str,
) -> RecordedIncident:
    """Add participants to a recorded incident (a witness found the next day, a second
    student in the fight): evaluated against the incident as it was recorded; audited."""
    head = _head_record(log, incident_id)
    if not isinstance(data, dict) or set(data) - {"participants"}:
        raise CaseError('give {"participants": [...]} to add to an incident')
    incident = {
        "datetime": head["occurred_at"],
        "nexus": head["nexus"],
        "location": head["location"],
        "description": head["description"],
        "reporter": head["reporter"],
        **json.loads(head["flags"]),
    }
    offenders, others = parse_participants(
        log,
        pack,
        data,
        incident,
        {},
        existing=tuple(_involved_students(log, head["shared_id"])),
        require_offender=False,
        back_entry=bool(head["back_entry"]),
    )
    with log.transaction():
        return _write(log, pack, head["shared_id"], offenders, others, actor=actor, first=False)


def _write(
    log: Log,
    pack: PolicyPack,
    shared_id: str,
    offenders: list[PreparedOffender],
    others: list[OtherParticipant],
    *,
    actor: str,
    first: bool,
) -> RecordedIncident:
    recorded: list[RecordedOffender] = []
    for index, prepared in enumerate(offenders):
        record_id = shared_id if first and index == 0 else new_id()
        decision_id = new_id()
        write_offender(log, pack, prepared, record_id, shared_id, decision_id, actor=actor)
        recorded.append(
            RecordedOffender(prepared.local_id, record_id, decision_id, prepared.result)
        )
    occurred = _incident_date(log, shared_id)
    calendar = school_calendar(log)  # the supports' due dates, in school days
    participant_ids = tuple(
        _write_other(log, pack, shared_id, other, occurred, calendar, actor=actor)
        for other in others
    )
    return RecordedIncident(shared_id, tuple(recorded), participant_ids)


def _write_other(
    log: Log,
    pack: PolicyPack,
    shared_id: str,
    other: OtherParticipant,
    occurred: date,
    calendar: SchoolCalendar,
    *,
    actor: str,
) -> str:
    participant_id = new_id()
    row = {
        "id": participant_id,
        "incident_id": shared_id,
        "role": other.role,
        "student_id": student_key(log, other.local_id) if other.local_id else None,
        "name": other.name,
        "kind": other.kind,
        "supports": to_json([s.id for s in other.supports]),
        "created_at": utc_now(),
    }
    insert(log, "participants", row)
    audit(log, "participants", participant_id, "insert", after=row, actor=actor)
    for request in other.supports:
        support = pack.support_by_id[request.id]
        due = request.due or calendar.add_school_days(occurred, support.due_school_days)
        insert(
            log,
            "follow_ups",
            {
                "id": new_id(),
                "participant_id": participant_id,
                "kind": f"support.{support.id}",
                "due": due.isoformat(),
                "text": f"{support.text} (p.{support.page})",
                "created_at": utc_now(),
            },
        )
    return participant_id


def parse_participants(
    log: Log,
    pack: PolicyPack,
    data: dict[str, Any],
    incident: dict[str, Any],
    new_students: Mapping[str, StudentInput],
    *,
    existing: tuple[str, ...],
    require_offender: bool,
    back_entry: bool = False,
) -> tuple[list[PreparedOffender], list[OtherParticipant]]:
    """Check every participant and evaluate every offender; refuse naming the participant.
    A back-entry's people are recorded, but no supports: those were given at the time."""
    entries = data.get("participants")
    if not isinstance(entries, list) or not entries:
        raise CaseError("participants: must be a list of the people involved")
    if len(entries) + len(existing) > PARTICIPANT_LIMIT:
        raise CaseError(
            f"participants: {len(entries) + len(existing)} people; an incident records at most "
            f"{PARTICIPANT_LIMIT}"
        )
    seen: dict[str, str] = dict.fromkeys(existing, "already in the incident")
    offenders: list[PreparedOffender] = []
    others: list[OtherParticipant] = []
    for index, entry in enumerate(entries):
        where = f"participants[{index}]"
        if not isinstance(entry, dict):
            raise CaseError(f"{where}: must be an object with a role and a student or person")
        role = entry.get("role")
        if role not in ROLES:
            raise CaseError(f"{where}.role: must be one of {', '.join(ROLES)}")
        local_id = _participant_student(log, entry, where, new_students)
        if local_id is not None:
            label = f"{where} (student {local_id})"
            if local_id in seen:
                raise CaseError(
                    f"{label}: has one role in an incident; the student is {seen[local_id]}"
                )
            seen[local_id] = f"entered as {role} in participants[{index}]"
        if role == "offender":
            if local_id is None:
                raise CaseError(f"{where}: an offender is a student (give student.id)")
            offenders.append(
                _prepare(
                    log, pack, data, incident, entry, local_id, new_students, label, back_entry
                )
            )
        else:
            other = _other(pack, entry, role, local_id, where)
            if back_entry and other.supports:
                raise CaseError(
                    f"{where}.supports: a back-entry records who was involved, not supports "
                    "(they were given at the time; note them in the description)"
                )
            others.append(other)
    if require_offender and not offenders:
        raise CaseError("participants: an incident needs at least one offender")
    return offenders, others


def _participant_student(
    log: Log, entry: dict[str, Any], where: str, new_students: Mapping[str, StudentInput]
) -> str | None:
    student, person = entry.get("student"), entry.get("person")
    if (student is None) == (person is None):
        raise CaseError(f'{where}: give either a student ({{"id": ...}}) or a person')
    if student is None:
        return None
    if not isinstance(student, dict) or not isinstance(student.get("id"), str):
        raise CaseError(f'{where}.student: give the school\'s id, as {{"id": "S100"}}')
    local_id = str(student["id"]).strip()
    if local_id not in new_students and student_key(log, local_id) is None:
        raise RecordRefusedError(f"{where}.student: no student {shown_id(local_id)} in the roster")
    return local_id


def _prepare(
    log: Log,
    pack: PolicyPack,
    data: dict[str, Any],
    incident: dict[str, Any],
    entry: dict[str, Any],
    local_id: str,
    new_students: Mapping[str, StudentInput],
    label: str,
    back_entry: bool,
) -> PreparedOffender:
    unknown = set(entry) - {"student", "role", *OFFENDER_FIELDS}
    if unknown:
        raise CaseError(f"{label}.{shown_field(sorted(unknown)[0])}: unknown field for an offender")
    facts = entry.get("facts") or {}
    if not isinstance(facts, dict):
        raise CaseError(f"{label}.facts: must be an object of incident facts")
    for name in facts:
        if name in SHARED_FACTS:
            raise CaseError(f"{label}.facts.{name}: is the incident's, the same for everyone")
    case: dict[str, Any] = {
        "student": {**entry["student"], "id": local_id},
        "incident": {**incident, **facts, "behaviors": entry.get("behaviors", [])},
        "decision": entry.get("decision"),
    }
    for name in ("factors", "history", "proposed"):
        if name in entry:
            case[name] = entry[name]
    if "calendar" in data:
        case["calendar"] = data["calendar"]
    try:
        return prepare_offender(
            log, pack, case, new_student=new_students.get(local_id), back_entry=back_entry
        )
    except RecordRefusedError as error:
        raise RecordRefusedError(f"{label}: {error}") from None
    except CaseError as error:
        raise CaseError(f"{label}: {error}") from None


def _other(
    pack: PolicyPack, entry: dict[str, Any], role: str, local_id: str | None, where: str
) -> OtherParticipant:
    allowed = {"student", "person", "role", *(("supports",) if role == "victim" else ())}
    unknown = set(entry) - allowed
    if unknown:
        raise CaseError(f"{where}.{shown_field(sorted(unknown)[0])}: unknown field for a {role}")
    name = kind = ""
    if local_id is None:
        person = entry["person"]
        if not isinstance(person, dict) or not str(person.get("name") or "").strip():
            raise CaseError(
                f'{where}.person: give a name, as {{"name": "Ms. Ortiz", "kind": "staff"}}'
            )
        name = str(person["name"]).strip()
        kind = str(person.get("kind") or "other")
        if len(name) > NAME_LIMIT:
            raise CaseError(f"{where}.person.name: at most {NAME_LIMIT} characters")
        if kind not in PERSON_KINDS:
            raise CaseError(f"{where}.person.kind: must be one of {', '.join(PERSON_KINDS)}")
        if set(person) - {"name", "kind"}:
            raise CaseError(f"{where}.person: a name and a kind only (never in the roster)")
    supports = _supports(pack, entry.get("supports", []), where)
    if supports and local_id is None:
        raise CaseError(f"{where}.supports: are follow-ups of a student of the roster")
    return OtherParticipant(role, local_id, name, kind, supports)


def _supports(pack: PolicyPack, raw: Any, where: str) -> tuple[SupportRequest, ...]:
    if not isinstance(raw, list):
        raise CaseError(f"{where}.supports: must be a list of support ids")
    requests: list[SupportRequest] = []
    for index, item in enumerate(raw):
        name = f"{where}.supports[{index}]"
        support_id, due = (item, None) if isinstance(item, str) else _support_object(item, name)
        if support_id not in pack.support_by_id:
            known = ", ".join(pack.support_by_id)
            raise CaseError(f"{name}: unknown support {shown_id(support_id)} (known: {known})")
        if any(r.id == support_id for r in requests):
            raise CaseError(f"{name}: {support_id!r} is listed twice")
        requests.append(SupportRequest(support_id, due))
    return tuple(requests)


def _support_object(item: Any, name: str) -> tuple[str, date | None]:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("id"), str)
        or set(item) - {"id", "due"}
    ):
        raise CaseError(f'{name}: give an id, or {{"id": ..., "due": "YYYY-MM-DD"}}')
    due = item.get("due")
    if due is None:
        return item["id"], None
    try:
        day = date.fromisoformat(str(due))
    except ValueError:
        raise CaseError(f"{name}.due: {due!r} is not a date as YYYY-MM-DD") from None
    if not 2000 <= day.year <= 2100:
        raise CaseError(f"{name}.due: {day} is outside 2000-2100")
    return item["id"], day


def _single_student_id(data: Any) -> str | None:
    student = data.get("student") if isinstance(data, dict) else None
    return str(student["id"]) if isinstance(student, dict) and student.get("id") else None


def _head_record(log: Log, incident_id: str) -> dict[str, Any]:
    rows = log.query(
        "SELECT h.* FROM incidents i JOIN incidents h ON h.id = i.shared_id WHERE i.id = ?",
        [incident_id],
    )
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    if rows[0]["voided_at"]:
        raise RecordRefusedError(f"incident {incident_id} is void; nothing can be added to it")
    return rows[0]


def _involved_students(log: Log, shared_id: str) -> list[str]:
    rows = log.query(
        "SELECT s.local_id FROM incidents i JOIN students s ON s.id = i.student_id "
        "WHERE i.shared_id = ? AND i.voided_at IS NULL "
        "UNION SELECT s.local_id FROM participants p JOIN students s ON s.id = p.student_id "
        "WHERE p.incident_id = ?",
        [shared_id, shared_id],
    )
    return [row["local_id"] for row in rows]


def _incident_date(log: Log, shared_id: str) -> date:
    occurred = log.query("SELECT occurred_at FROM incidents WHERE id = ?", [shared_id])
    return datetime.fromisoformat(occurred[0]["occurred_at"]).date()
