"""Incidents and their decisions: recorded in one transaction, revised, never deleted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from disciplinedesk.domain.case import Case, parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import CaseError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.store.calendar import engine_calendar
from disciplinedesk.store.cases import complete_case
from disciplinedesk.store.consistency import compare
from disciplinedesk.store.database import CURRENT_DECISION, Log, utc_now
from disciplinedesk.store.errors import NotFoundError, StoreError
from disciplinedesk.store.rows import audit, end_bound, insert, new_id, to_json, update
from disciplinedesk.store.students import (
    Student,
    StudentInput,
    fts_query,
    student_key,
    upsert_students,
)

RECORD_ONLY_INCIDENT_FIELDS = ("description", "location", "reporter")
# The longest each may be, in characters: a description of about 8,000 words (its summary and
# letter flow over as many pages as it needs), a place and a name of a line each.
TEXT_LIMITS = {"description": 50_000, "location": 200, "reporter": 200}
DECISION_FIELDS = (
    "action",
    "days",
    "date",
    "grounds",
    "responses",
    "override_reason",
    "decided_by",
)
# The decision fields that are part of the evaluated proposal (`proposed` in the case).
PROPOSAL_FIELDS = ("action", "days", "date", "grounds")
# The type each decision field must have: a wrong one is refused by name, never converted
# (`override_reason: null` must not become the reason "None").
_TEXT_FIELDS = ("action", "date", "override_reason", "decided_by")
_ID_LIST_FIELDS = ("grounds", "responses")


class RecordRefusedError(StoreError):
    """The decision cannot be recorded as entered; the message says why and what to do."""


@dataclass(frozen=True)
class Decision:
    """What the administrator decided, as the record command and the wizard give it."""

    action: str
    days: float
    date: date | None
    responses: tuple[str, ...]
    override_reason: str
    decided_by: str


@dataclass(frozen=True)
class DecisionNotes:
    """What the record input says beside the proposal (which the case parser checks)."""

    responses: tuple[str, ...]
    override_reason: str
    decided_by: str


@dataclass(frozen=True)
class Recorded:
    incident_id: str
    decision_id: str
    result: Result


def split_record_input(
    data: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, str], DecisionNotes]:
    """The record input is the evaluate case plus incident description/location/reporter and a
    `decision`; return the pure case, the incident's record-only fields and the decision."""
    if not isinstance(data, dict):
        raise CaseError("the input must be a JSON object")
    case = dict(data)
    incident = dict(case.get("incident") or {})
    extra = {name: str(incident.pop(name, "") or "") for name in RECORD_ONLY_INCIDENT_FIELDS}
    for name, text in extra.items():
        if len(text) > TEXT_LIMITS[name]:
            raise CaseError(
                f"incident.{name}: {len(text):,} characters; the log takes at most "
                f"{TEXT_LIMITS[name]:,}"
            )
    case["incident"] = incident
    raw = case.pop("decision", None)
    if not isinstance(raw, dict):
        raise CaseError(f"decision: is required ({', '.join(DECISION_FIELDS)})")
    check_decision_fields(raw, "decision")
    proposal = {key: raw[key] for key in PROPOSAL_FIELDS if key in raw}
    given = case.get("proposed")
    if given is not None:
        if not isinstance(given, dict):
            raise CaseError("proposed: must be an object")
        for key in PROPOSAL_FIELDS:
            if key in given and key in proposal and given[key] != proposal[key]:
                raise CaseError(
                    f"proposed.{key} and decision.{key} disagree; give the decision only"
                )
    case["proposed"] = {**(given or {}), **proposal}
    notes = DecisionNotes(
        responses=tuple(raw.get("responses", [])),
        override_reason=raw.get("override_reason", "").strip(),
        decided_by=raw.get("decided_by", "").strip(),
    )
    return case, extra, notes


def check_decision_fields(raw: dict[str, Any], where: str) -> None:
    """Refuse an unknown decision field, or one of the wrong type, naming it."""
    for key, value in raw.items():
        name = f"{where}.{key}"
        if key not in DECISION_FIELDS:
            raise CaseError(f"{name}: unknown field (check its spelling)")
        if key in _TEXT_FIELDS and not isinstance(value, str):
            raise CaseError(f"{name}: must be text, not {_json_type(value)}")
        if key == "days" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise CaseError(f"{name}: must be a number, not {_json_type(value)}")
        if key in _ID_LIST_FIELDS and not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            raise CaseError(f"{name}: must be a list of ids")


def _json_type(value: object) -> str:
    """The JSON name of a value's type, as a person who wrote the JSON knows it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"


def record_decision(
    log: Log,
    pack: PolicyPack,
    data: dict[str, Any],
    *,
    actor: str,
    new_student: StudentInput | None = None,
) -> Recorded:
    """Evaluate the case with the logged history and store incident, decision and follow-ups
    together, or refuse with the reason and write nothing.

    `new_student` (a student entered by hand, not in the roster) is added in the same
    transaction; the case must then give the student's fields itself.
    """
    case_data, extra, notes = split_record_input(data)
    if new_student is not None:
        if student_key(log, new_student.local_id) is not None:
            raise RecordRefusedError(
                f"student id {new_student.local_id!r} is already in the roster"
            )
        completed = {
            **case_data,
            "calendar": engine_calendar(log) | (case_data.get("calendar") or {}),
        }
        completed["student"] = {k: v for k, v in case_data["student"].items() if k != "id"}
    else:
        completed, student = complete_case(log, pack, case_data)
        if student is None:
            raise CaseError(
                "student.id: is required to record (the school's id of a student in the log)"
            )
    case = parse_case(completed, pack)
    assert case.proposed is not None
    decision = Decision(
        action=case.proposed.action,
        days=case.proposed.days,
        date=case.proposed.date,
        responses=notes.responses,
        override_reason=notes.override_reason,
        decided_by=notes.decided_by,
    )
    result = evaluate(case, pack)
    check_decision(pack, decision, result)
    incident_id, decision_id = new_id(), new_id()
    with log.transaction():
        if new_student is not None:
            upsert_students(log, [new_student], actor=actor)
        student_id = student_key(
            log, new_student.local_id if new_student else str(case_data["student"]["id"])
        )
        assert student_id is not None  # checked before, or upserted just above
        incident_row = {
            "id": incident_id,
            "student_id": student_id,
            "occurred_at": case.incident.datetime,
            "location": extra["location"],
            "nexus": case.incident.nexus,
            "behaviors": to_json(case.incident.behaviors),
            "type": result.type,
            "grade": case.student.grade,
            "action": decision.action,  # the current decision's, kept with every revision
            "days": decision.days,
            "description": extra["description"],
            "reporter": extra["reporter"],
            "flags": to_json(incident_flags(case)),
            "created_at": utc_now(),
        }
        insert(log, "incidents", incident_row)
        for behavior in set(case.incident.behaviors):
            insert(
                log,
                "incident_behaviors",
                {
                    "behavior": behavior,
                    "occurred_at": case.incident.datetime,
                    "incident_id": incident_id,
                },
            )
        audit(log, "incidents", incident_id, "insert", after=incident_row, actor=actor)
        _insert_decision(
            log, pack, decision_id, incident_id, 1, None, case, result, decision, actor=actor
        )
    return Recorded(incident_id, decision_id, result)


def check_decision(pack: PolicyPack, decision: Decision, result: Result) -> None:
    """Refuse what the handbook forbids, and an exclusion without the reason it needs."""
    blocks = result.findings_of("block")
    if blocks:
        raise RecordRefusedError(
            f"the handbook does not permit this action as entered: {blocks[0].text} ({blocks[0].citation})"
        )
    kind = pack.actions[decision.action].kind
    if kind != "none" and not decision.override_reason:
        raise RecordRefusedError(
            "decision.override_reason: an exclusion needs the reason the suggested responses were not enough"
        )
    if kind != "none" and decision.date is None:
        raise RecordRefusedError(
            "decision.date: is required for a suspension, hearing or expulsion"
        )
    if not decision.decided_by:
        raise RecordRefusedError("decision.decided_by: is required (the name of the administrator)")
    for index, response in enumerate(decision.responses):
        if response not in pack.response_by_id:
            raise RecordRefusedError(f"decision.responses[{index}]: unknown response {response!r}")


def incident_flags(case: Case) -> dict[str, Any]:
    incident = case.incident
    skip = {"datetime", "behaviors", "nexus"}
    return {
        name: getattr(incident, name) for name in incident.__struct_fields__ if name not in skip
    }


def _insert_decision(
    log: Log,
    pack: PolicyPack,
    decision_id: str,
    incident_id: str,
    revision: int,
    supersedes: str | None,
    case: Case,
    result: Result,
    decision: Decision,
    *,
    actor: str,
) -> None:
    row = {
        "id": decision_id,
        "incident_id": incident_id,
        "revision": revision,
        "supersedes": supersedes,
        "policy_id": result.policy.id,
        "policy_version": result.policy.version,
        "responses_suggested": to_json([r.id for r in result.responses]),
        "action": decision.action,
        "days": decision.days,
        "start_date": decision.date.isoformat() if decision.date else None,
        "responses_chosen": to_json(list(decision.responses)),
        "override_reason": decision.override_reason,
        "decided_by": decision.decided_by,
        "decided_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    insert(log, "decisions", row)
    comparison = compare(
        log,
        pack,
        behaviors=list(case.incident.behaviors),
        incident_type=result.type,
        grade=case.student.grade,
        on=case.incident.date,
        exclude_incident=incident_id,
    )
    insert(
        log,
        "decision_records",
        {
            "decision_id": decision_id,
            "case_json": case_to_json(case),
            "result_json": result.to_json(),
            "comparison_json": to_json(comparison.to_dict()),
        },
    )
    audit(
        log,
        "decisions",
        decision_id,
        "insert" if revision == 1 else "revise",
        after=row,
        actor=actor,
    )
    now = utc_now()
    for deadline in result.deadlines:
        insert(
            log,
            "follow_ups",
            {
                "id": new_id(),
                "decision_id": decision_id,
                "kind": deadline.id,
                "due": deadline.due,
                "text": deadline.text,
                "created_at": now,
            },
        )


def case_to_json(case: Case) -> str:
    import msgspec

    return msgspec.json.encode(case).decode()


def revise_decision(
    log: Log, pack: PolicyPack, incident_id: str, changes: dict[str, Any], *, actor: str
) -> Recorded:
    """A changed decision is a new revision; the old one and its open follow-ups stay, marked
    as superseded, and the audit shows both."""
    if not isinstance(changes, dict):
        raise CaseError(f"give the changes as a JSON object ({', '.join(DECISION_FIELDS)})")
    check_decision_fields(changes, "revision")
    current = _current_decision(log, incident_id)
    stored = json.loads(
        log.query("SELECT case_json FROM decision_records WHERE decision_id = ?", [current["id"]])[
            0
        ]["case_json"]
    )
    before = stored.get("proposed") or {}
    proposal = {
        "action": changes.get("action", current["action"]),
        "days": changes.get("days", current["days"]),
        "date": changes.get("date", current["start_date"]),
        "grounds": changes.get("grounds", before.get("grounds", [])),
    }
    stored["proposed"] = {k: v for k, v in proposal.items() if v is not None}
    case = parse_case(stored, pack)
    assert case.proposed is not None
    decision = Decision(
        action=case.proposed.action,
        days=case.proposed.days,
        date=case.proposed.date,
        responses=tuple(changes.get("responses", json.loads(current["responses_chosen"]))),
        override_reason=changes.get("override_reason", current["override_reason"]).strip(),
        decided_by=changes.get("decided_by", current["decided_by"]).strip(),
    )
    result = evaluate(case, pack)
    check_decision(pack, decision, result)
    decision_id = new_id()
    with log.transaction():
        now = utc_now()
        log.db.execute(
            "UPDATE follow_ups SET cancelled_at = ?, note = 'superseded by a revised decision' "
            "WHERE decision_id = ? AND done_at IS NULL AND cancelled_at IS NULL",
            [now, current["id"]],
        )
        log.db.execute("UPDATE decisions SET superseded_at = ? WHERE id = ?", [now, current["id"]])
        log.db.execute(
            "UPDATE incidents SET action = ?, days = ? WHERE id = ?",
            [decision.action, decision.days, incident_id],
        )
        _insert_decision(
            log,
            pack,
            decision_id,
            incident_id,
            current["revision"] + 1,
            current["id"],
            case,
            result,
            decision,
            actor=actor,
        )
    return Recorded(incident_id, decision_id, result)


def _current_decision(log: Log, incident_id: str) -> dict[str, Any]:
    rows = log.query(
        "SELECT d.* FROM decisions d JOIN incidents i ON i.id = d.incident_id "
        "WHERE d.incident_id = ? AND i.voided_at IS NULL AND d.superseded_at IS NULL",
        [incident_id],
    )
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    return rows[0]


def void_incident(log: Log, incident_id: str, reason: str, *, actor: str) -> None:
    """An incident entered by mistake is voided with a reason: kept, but no longer counted."""
    if not reason.strip():
        raise StoreError("a reason is required to void an incident")
    rows = log.query("SELECT id, voided_at FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    if rows[0]["voided_at"]:
        raise StoreError(f"incident {incident_id} is already void")
    with log.transaction():
        now = utc_now()
        update(log, "incidents", incident_id, {"voided_at": now, "void_reason": reason.strip()})
        log.db.execute(
            "UPDATE follow_ups SET cancelled_at = ?, note = 'incident voided' "
            "WHERE decision_id IN (SELECT id FROM decisions WHERE incident_id = ?) "
            "AND done_at IS NULL AND cancelled_at IS NULL",
            [now, incident_id],
        )
        audit(log, "incidents", incident_id, "void", after={"reason": reason.strip()}, actor=actor)


LIST_SQL = f"""
    SELECT i.id, i.occurred_at, i.location, i.behaviors, i.type, i.description,
           s.local_id AS student_id, s.first_name, s.last_name, s.grade,
           d.action, d.days, d.start_date, d.decided_by,
           (SELECT COUNT(*) FROM follow_ups f WHERE f.decision_id = d.id
                AND f.done_at IS NULL AND f.cancelled_at IS NULL) AS open_follow_ups
    FROM incidents i
    JOIN students s ON s.id = i.student_id
    LEFT JOIN decisions d ON {CURRENT_DECISION}
    WHERE i.voided_at IS NULL
"""


@dataclass(frozen=True)
class IncidentFilter:
    student: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    type: int | None = None
    action: str | None = None
    open_follow_ups: bool = False


SORT_COLUMNS = {
    "occurred_at": "i.occurred_at",
    "student": "s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE",
    "type": "i.type",
    "action": "d.action",
    "open_follow_ups": "open_follow_ups",
}


def list_incidents(
    log: Log,
    where: IncidentFilter = IncidentFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "occurred_at",
    descending: bool = True,
) -> list[dict[str, Any]]:
    """Incidents (newest first by default) with the current decision and open follow-ups."""
    sql, params = LIST_SQL, list[object]()
    if where.student:
        sql += " AND s.local_id = ?"
        params.append(where.student)
    if where.since:
        sql += " AND i.occurred_at >= ?"
        params.append(where.since.isoformat())
    if where.until:
        sql += " AND i.occurred_at < ?"
        params.append(end_bound(where.until))
    if where.type is not None:
        sql += " AND i.type = ?"
        params.append(where.type)
    if where.action:
        sql += " AND d.action = ?"
        params.append(where.action)
    if where.open_follow_ups:
        sql += (
            " AND EXISTS (SELECT 1 FROM follow_ups f WHERE f.decision_id = d.id"
            " AND f.done_at IS NULL AND f.cancelled_at IS NULL)"
        )
    if where.search:
        words = fts_query(where.search)
        sql += (
            " AND (i.rowid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)"
            " OR s.rowid IN (SELECT rowid FROM students_fts WHERE students_fts MATCH ?))"
        )
        params.extend([words, words])
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in SORT_COLUMNS[sort].split(", "))
    sql += f" ORDER BY {order}, i.occurred_at DESC, i.id"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = log.query(sql, params)
    for row in rows:
        row["behaviors"] = json.loads(row["behaviors"])
    return rows


def show_incident(log: Log, incident_id: str) -> dict[str, Any]:
    """The incident with its student, every decision revision, follow-ups and audit trail."""
    rows = log.query("SELECT * FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    incident = rows[0]
    incident["behaviors"] = json.loads(incident["behaviors"])
    incident["flags"] = json.loads(incident["flags"])
    student = log.query(
        "SELECT local_id, first_name, last_name, grade, iep, section_504, sped_referral_pending, family_language "
        "FROM students WHERE id = ?",
        [incident.pop("student_id")],
    )[0]
    revisions = []
    for decision in log.query(
        "SELECT d.*, r.case_json, r.result_json, r.comparison_json FROM decisions d "
        "JOIN decision_records r ON r.decision_id = d.id WHERE d.incident_id = ? ORDER BY d.revision",
        [incident_id],
    ):
        decision["case"] = json.loads(decision.pop("case_json"))
        decision["result"] = json.loads(decision.pop("result_json"))
        comparison = decision.pop("comparison_json")
        decision["comparison"] = json.loads(comparison) if comparison else None
        for key in ("responses_suggested", "responses_chosen"):
            decision[key] = json.loads(decision[key])
        decision["follow_ups"] = log.query(
            "SELECT id, kind, due, text, done_at, note, cancelled_at FROM follow_ups "
            "WHERE decision_id = ? ORDER BY due",
            [decision["id"]],
        )
        revisions.append(decision)
    trail = log.query(
        "SELECT table_name, row_id, action, actor, at FROM audit WHERE row_id = ? "
        "OR row_id IN (SELECT id FROM decisions WHERE incident_id = ?) ORDER BY id",
        [incident_id, incident_id],
    )
    return {"incident": incident, "student": student, "revisions": revisions, "audit": trail}


def student_of(log: Log, incident_id: str) -> Student:
    from disciplinedesk.store.students import get_student_by_key

    rows = log.query("SELECT student_id FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    return get_student_by_key(log, rows[0]["student_id"])
