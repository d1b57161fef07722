"""Incidents and their decisions: recorded in one transaction, revised, never deleted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from disciplinedesk.domain.case import Case, parse_case, shown_field
from disciplinedesk.domain.errors import CaseError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.store.calendar import engine_calendar
from disciplinedesk.store.cases import complete_case
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


def take_back_entry(data: dict[str, Any]) -> bool:
    """Remove and return the record input's `back_entry`: a decision made before the program
    was used, entered for the prior record (checked: true or false, never converted)."""
    value = data.pop("back_entry", False)
    if not isinstance(value, bool):
        raise CaseError(f"back_entry: must be true or false, not {_json_type(value)}")
    return value


def check_back_entry(case: Case, today: date | None = None) -> None:
    """A back-entry is a decision already made: its incident happened before today."""
    today = today or date.today()
    if case.incident.date >= today:
        raise RecordRefusedError(
            f"back_entry: the incident's date ({case.incident.date.isoformat()}) is not before "
            f"today ({today.isoformat()}); a back-entry is a decision made before the program "
            "was used. Record today's decisions as they are made"
        )


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
            raise CaseError(f"{where}.{shown_field(key)}: unknown field (check its spelling)")
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


@dataclass(frozen=True)
class PreparedOffender:
    """One offender's case, evaluated and checked, ready to be written."""

    local_id: str
    new_student: StudentInput | None
    case: Case
    result: Result
    decision: Decision
    extra: dict[str, str]
    back_entry: bool = False


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
    data = dict(data) if isinstance(data, dict) else data
    back_entry = take_back_entry(data) if isinstance(data, dict) else False
    prepared = prepare_offender(log, pack, data, new_student=new_student, back_entry=back_entry)
    incident_id, decision_id = new_id(), new_id()
    with log.transaction():
        if new_student is not None:
            upsert_students(log, [new_student], actor=actor)
        write_offender(log, pack, prepared, incident_id, incident_id, decision_id, actor=actor)
    return Recorded(incident_id, decision_id, prepared.result)


def prepare_offender(
    log: Log,
    pack: PolicyPack,
    data: dict[str, Any],
    *,
    new_student: StudentInput | None = None,
    back_entry: bool = False,
) -> PreparedOffender:
    """Complete the case from the log, evaluate it and refuse what cannot be recorded.

    A back-entry is recorded as the decision was made: what the handbook says of it is
    kept with it (its findings) but does not stop it, and it creates no follow-ups."""
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
        local_id = new_student.local_id
    else:
        completed, student = complete_case(log, pack, case_data)
        if student is None:
            raise CaseError(
                "student.id: is required to record (the school's id of a student in the log)"
            )
        local_id = student.local_id
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
    from disciplinedesk.domain.engine import evaluate  # recording only: the log opens without

    result = evaluate(case, pack)
    if back_entry:
        check_back_entry(case)
    check_decision(pack, decision, result, back_entry=back_entry)
    return PreparedOffender(local_id, new_student, case, result, decision, extra, back_entry)


def write_offender(
    log: Log,
    pack: PolicyPack,
    prepared: PreparedOffender,
    record_id: str,
    shared_id: str,
    decision_id: str,
    *,
    actor: str,
) -> None:
    """Write one offender's row of an incident and its first decision, inside the caller's
    transaction. The incident's first offender has `record_id == shared_id`."""
    case, result, decision, extra = (
        prepared.case,
        prepared.result,
        prepared.decision,
        prepared.extra,
    )
    student_id = student_key(log, prepared.local_id)
    assert student_id is not None  # checked when prepared, or upserted by the caller
    incident_row = {
        "id": record_id,
        "shared_id": shared_id,
        "student_id": student_id,
        "occurred_at": case.incident.datetime,
        "location": extra["location"],
        "nexus": case.incident.nexus,
        "behaviors": to_json(case.incident.behaviors),
        "type": result.type,
        "grade": case.student.grade,
        "action": decision.action,  # the current decision's, kept with every revision
        "days": decision.days,
        "decided_by": decision.decided_by,
        "description": extra["description"],
        "reporter": extra["reporter"],
        "flags": to_json(incident_flags(case)),
        "created_at": utc_now(),
        "back_entry": int(prepared.back_entry),
    }
    insert(log, "incidents", incident_row)
    for behavior in set(case.incident.behaviors):
        insert(
            log,
            "incident_behaviors",
            {
                "behavior": behavior,
                "occurred_at": case.incident.datetime,
                "incident_id": record_id,
            },
        )
    audit(log, "incidents", record_id, "insert", after=incident_row, actor=actor)
    _insert_decision(
        log,
        pack,
        decision_id,
        record_id,
        1,
        None,
        case,
        result,
        decision,
        actor=actor,
        follow_ups=not prepared.back_entry,
    )


def check_decision(
    pack: PolicyPack, decision: Decision, result: Result, *, back_entry: bool = False
) -> None:
    """Refuse what the handbook forbids, and an exclusion without the reason it needs.

    A back-entry was decided before: it is refused only what the record itself needs (the
    start date of an exclusion, who decided, known responses)."""
    blocks = result.findings_of("block")
    if blocks and not back_entry:
        raise RecordRefusedError(
            f"the handbook does not permit this action as entered: {blocks[0].text} ({blocks[0].citation})"
        )
    kind = pack.actions[decision.action].kind
    if kind != "none" and not decision.override_reason and not back_entry:
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
    change_reason: str = "",
    follow_ups: bool = True,
) -> None:
    """Store one revision with its case, result and comparison, and (unless it is a
    back-entry's: its deadlines passed long ago) the follow-ups its result requires."""
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
        "change_reason": change_reason,
    }
    insert(log, "decisions", row)
    from disciplinedesk.store.consistency import compare  # recording only

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
    for deadline in result.deadlines if follow_ups else ():
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
    log: Log,
    pack: PolicyPack,
    incident_id: str,
    changes: dict[str, Any],
    *,
    actor: str,
    student: str | None = None,
) -> Recorded:
    """A changed decision is a new revision; the old one and its open follow-ups stay, marked
    as superseded, and the audit shows both. In an incident with several offenders, the
    decision is `student`'s; the others' stay as they are."""
    if not isinstance(changes, dict):
        raise CaseError(f"give the changes as a JSON object ({', '.join(DECISION_FIELDS)})")
    changes = dict(changes)
    change_reason = changes.pop("change_reason", "")
    if not isinstance(change_reason, str):
        raise CaseError("revision.change_reason: must be text (why the decision changes)")
    if len(change_reason) > TEXT_LIMITS["description"]:
        raise CaseError(
            f"revision.change_reason: {len(change_reason):,} characters; the log takes at "
            f"most {TEXT_LIMITS['description']:,}"
        )
    check_decision_fields(changes, "revision")
    record_id = offender_record(log, incident_id, student)
    current = _current_decision(log, record_id)
    back_entry = bool(
        log.query("SELECT back_entry FROM incidents WHERE id = ?", [record_id])[0]["back_entry"]
    )
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
    from disciplinedesk.domain.engine import evaluate

    result = evaluate(case, pack)
    check_decision(pack, decision, result, back_entry=back_entry)
    decision_id = new_id()
    with log.transaction():
        now = utc_now()
        log.execute(
            "UPDATE follow_ups SET cancelled_at = ?, note = 'superseded by a revised decision' "
            "WHERE decision_id = ? AND done_at IS NULL AND cancelled_at IS NULL",
            [now, current["id"]],
        )
        log.execute("UPDATE decisions SET superseded_at = ? WHERE id = ?", [now, current["id"]])
        log.execute(
            "UPDATE incidents SET action = ?, days = ?, decided_by = ? WHERE id = ?",
            [decision.action, decision.days, decision.decided_by, record_id],
        )
        _insert_decision(
            log,
            pack,
            decision_id,
            record_id,
            current["revision"] + 1,
            current["id"],
            case,
            result,
            decision,
            actor=actor,
            change_reason=change_reason.strip(),
            follow_ups=not back_entry,
        )
    return Recorded(record_id, decision_id, result)


def offender_record(log: Log, incident_id: str, student: str | None = None) -> str:
    """The row of one offender's part in an incident, given the incident's id (or that
    row's own) and, when the incident has several offenders, the student's school id.

    Refused without `student` when there are several, naming them, so that nobody revises
    or prints the wrong student's decision."""
    rows = log.query(
        "SELECT o.id, o.shared_id, o.voided_at, s.local_id, s.first_name, s.last_name "
        "FROM incidents i JOIN incidents o ON o.shared_id = i.shared_id "
        "JOIN students s ON s.id = o.student_id WHERE i.id = ? ORDER BY o.rowid",
        [incident_id],
    )
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    if student is not None:
        mine = [row for row in rows if row["local_id"] == student]
        if not mine:
            raise NotFoundError(
                f"student {student!r} is not an offender in incident {incident_id}; "
                f"its offenders: {_names(rows)}"
            )
        return str(mine[0]["id"])
    if incident_id != rows[0]["shared_id"]:
        return incident_id  # one offender's own row
    live = [row for row in rows if not row["voided_at"]] or rows
    if len(live) == 1:
        return str(live[0]["id"])
    raise StoreError(
        f"incident {incident_id} has {len(live)} offenders ({_names(live)}); "
        "say whose decision with --student ID"
    )


def _names(rows: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r['local_id']} {r['last_name']}, {r['first_name']}" for r in rows)


def _current_decision(log: Log, incident_id: str) -> dict[str, Any]:
    rows = log.query(
        "SELECT d.* FROM decisions d JOIN incidents i ON i.id = d.incident_id "
        "WHERE d.incident_id = ? AND i.voided_at IS NULL AND d.superseded_at IS NULL",
        [incident_id],
    )
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    return rows[0]


def void_incident(
    log: Log, incident_id: str, reason: str, *, actor: str, student: str | None = None
) -> None:
    """An incident entered by mistake is voided with a reason: kept, but no longer counted.

    Without `student` the whole incident goes, for every offender and participant; with
    it, only that offender's part (the student was not involved after all)."""
    if not reason.strip():
        raise StoreError("a reason is required to void an incident")
    records = log.query(
        "SELECT o.id, o.voided_at, s.local_id FROM incidents i "
        "JOIN incidents o ON o.shared_id = i.shared_id JOIN students s ON s.id = o.student_id "
        "WHERE i.id = ?",
        [incident_id],
    )
    if not records:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    if student is not None:
        chosen = offender_record(log, incident_id, student)
        records = [row for row in records if row["id"] == chosen]
    targets = [row["id"] for row in records if not row["voided_at"]]
    if not targets:
        raise StoreError(f"incident {incident_id} is already void")
    with log.transaction():
        now = utc_now()
        for target in targets:
            update(log, "incidents", target, {"voided_at": now, "void_reason": reason.strip()})
            log.execute(
                "UPDATE follow_ups SET cancelled_at = ?, note = 'incident voided' "
                "WHERE decision_id IN (SELECT id FROM decisions WHERE incident_id = ?) "
                "AND done_at IS NULL AND cancelled_at IS NULL",
                [now, target],
            )
            audit(log, "incidents", target, "void", after={"reason": reason.strip()}, actor=actor)
        if student is None:
            log.execute(
                "UPDATE follow_ups SET cancelled_at = ?, note = 'incident voided' "
                "WHERE participant_id IN (SELECT p.id FROM participants p JOIN incidents i "
                "ON p.incident_id = i.shared_id WHERE i.id = ?) "
                "AND done_at IS NULL AND cancelled_at IS NULL",
                [now, incident_id],
            )


OPEN_FOLLOW_UPS = (
    "(SELECT COUNT(*) FROM follow_ups f WHERE f.decision_id = d.id"
    " AND f.done_at IS NULL AND f.cancelled_at IS NULL)"
)
# CROSS JOIN keeps incidents the outer loop: the planner would otherwise scan the students
# and sort every incident of the log to show the newest 200 (over a second on 200,000).
LIST_FROM = f"""
    FROM incidents i
    CROSS JOIN students s ON s.id = i.student_id
    LEFT JOIN decisions d ON {CURRENT_DECISION}
"""
LIST_COLUMNS = f"""
    i.rowid AS row_key, i.id, i.shared_id AS incident_id, i.occurred_at, i.location,
    i.behaviors, i.type, i.description, s.local_id AS student_id, s.first_name, s.last_name,
    s.grade, d.action, d.days, d.start_date, d.decided_by, i.back_entry, {{role}} AS role,
    {OPEN_FOLLOW_UPS} AS open_follow_ups
"""
# An incident is listed once, on the row of its first offender not voided...
FIRST_LIVE_ROW = (
    "NOT EXISTS (SELECT 1 FROM incidents o WHERE o.shared_id = i.shared_id "
    "AND o.voided_at IS NULL AND o.rowid < i.rowid)"
)
# ...and for one student, on the student's own row, or the incident's when the student was
# involved as a victim, witness or reporter.
STUDENT_ROWS = (
    f"(i.student_id = :key OR ({FIRST_LIVE_ROW} AND i.shared_id IN "
    "(SELECT incident_id FROM participants WHERE student_id = :key)))"
)
STUDENT_ROLE = (
    "CASE WHEN i.student_id = :key THEN 'offender' ELSE (SELECT p.role FROM participants p "
    "WHERE p.incident_id = i.shared_id AND p.student_id = :key) END"
)
# A search finds an incident by its text or by the name or id of anyone involved.
SEARCH_ROWS = """(i.rowid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :words)
    OR i.shared_id IN (SELECT o.shared_id FROM incidents o WHERE o.student_id IN (
        SELECT id FROM students WHERE rowid IN
            (SELECT rowid FROM students_fts WHERE students_fts MATCH :words)))
    OR i.shared_id IN (SELECT p.incident_id FROM participants p WHERE p.student_id IN (
        SELECT id FROM students WHERE rowid IN
            (SELECT rowid FROM students_fts WHERE students_fts MATCH :words))))"""


@dataclass(frozen=True)
class IncidentFilter:
    student: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    type: int | None = None
    action: str | None = None
    open_follow_ups: bool = False
    # One row per offender's decision instead of one per incident (a letter for each family).
    each_offender: bool = False
    # The report's filters and drill-downs (the same object: a bar clicked and a search agree).
    grade_band: str | None = None  # "PK-5", "6-8" or "9-12"
    behavior: str | None = None
    location: str | None = None  # "" for incidents with no location recorded
    hour: str | None = None  # "07" ... "17"
    weekday: int | None = None  # 0 Monday ... 6 Sunday
    month: str | None = None  # YYYY-MM
    reporter: str | None = None
    decided_by: str | None = None
    students: tuple[str, ...] | None = None  # the log's student keys (a tier of the triangle)
    actions: tuple[str, ...] | None = None  # any of these current actions (the exclusions)
    label: str = ""  # what the drill-down shows, in words, above the log table


SORT_COLUMNS = {
    "occurred_at": "i.occurred_at",
    "student": "s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE",
    "type": "i.type",
    "action": "d.action",
    "open_follow_ups": OPEN_FOLLOW_UPS,
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
    """Incidents (newest first by default) with the current decision, open follow-ups and
    everyone involved (`people`); one row per incident, or per incident of one student
    with the student's `role` in it."""
    params: dict[str, object] = {}
    matched = _conditions(log, where, params)
    if matched is None:
        return []
    sql, role = matched
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in SORT_COLUMNS[sort].split(", "))
    page = f" ORDER BY {order}, i.occurred_at DESC, i.id"
    if limit is not None:
        page += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    # The page's rows first, by key only, then their columns: a search matching 30,000
    # incidents sorts 30,000 keys, not 30,000 rows with their decisions and follow-ups.
    source = LIST_FROM
    if where.search and sort == "occurred_at" and not where.student and _common(log, params):
        source = LIST_FROM.replace("incidents i", "incidents i INDEXED BY incidents_occurred", 1)
    keys = [
        row[0]
        for row in log.execute(
            f"SELECT i.rowid {source} WHERE i.voided_at IS NULL{sql}{page}", params
        ).fetchall()
    ]
    rows = _rows_by_key(log, keys, role, params.get("key"))
    people = people_of(log, [row["incident_id"] for row in rows])
    for row in rows:
        row["behaviors"] = json.loads(row["behaviors"])
        row["people"] = people.get(row["incident_id"], [])
        if row["role"] not in (None, "offender"):
            _as_involved(row, where.student)
    return rows


def count_incidents(log: Log, where: IncidentFilter = IncidentFilter()) -> int:
    """How many incidents `list_incidents` gives for `where`, all of them: for the count
    under the log table. On a district's 200,000 incidents it reads them all (0.4 s), so the
    window asks for it in the background."""
    params: dict[str, object] = {}
    matched = _conditions(log, where, params)
    if matched is None:
        return 0
    sql, _ = matched  # conditions on the incident row alone: no join is needed to count
    row = log.execute(f"SELECT COUNT(*) FROM incidents i WHERE i.voided_at IS NULL{sql}", params)
    return int(row.fetchone()[0])


def _conditions(
    log: Log, where: IncidentFilter, params: dict[str, object]
) -> tuple[str, str] | None:
    """The filter's conditions on an incident row (`i`) and the role column's expression;
    None when the filter's student is not in the roster (nothing matches)."""
    role = "NULL"
    if where.student:
        key = student_key(log, where.student)
        if key is None:
            return None
        params["key"] = key
        sql, role = f" AND {STUDENT_ROWS}", STUDENT_ROLE
    elif where.each_offender:
        sql, role = "", "'offender'"
    else:
        sql = f" AND {FIRST_LIVE_ROW}"
    if where.since:
        sql += " AND i.occurred_at >= :since"
        params["since"] = where.since.isoformat()
    if where.until:
        sql += " AND i.occurred_at < :until"
        params["until"] = end_bound(where.until)
    if where.type is not None:  # 0: the substance behaviors, which have no type
        sql += " AND +i.type = :type" if where.type else " AND i.type IS NULL"
        params["type"] = where.type
    if where.action:  # the current decision's, which each incident row carries
        sql += " AND +i.action = :action"
        params["action"] = where.action
    if where.open_follow_ups:  # few incidents have one: start from them (follow_ups_open)
        sql += (
            " AND i.id IN (SELECT o.incident_id FROM follow_ups f"
            " JOIN decisions o ON o.id = f.decision_id"
            " WHERE f.done_at IS NULL AND f.cancelled_at IS NULL AND o.superseded_at IS NULL)"
        )
    if where.search:
        params["words"] = fts_query(where.search)
        sql += f" AND {SEARCH_ROWS}"
    return sql + _drill_down(where, params), role


def band_grades(band: str) -> list[str]:
    """The grades of a grade band ("6-8": 6, 7 and 8), as the consistency panel groups them."""
    from disciplinedesk.domain.consistency import BANDS

    grades = [grade for grade, name in BANDS.items() if name == band]
    if not grades:
        raise StoreError(
            f"no grade band {band!r}; the bands are {', '.join(sorted(set(BANDS.values())))}"
        )
    return grades


EXCLUSIONARY = (
    "out_of_school_suspension",
    "rest_of_day_suspension",
    "emergency_suspension",
    "expulsion",
)


def _drill_down(where: IncidentFilter, params: dict[str, object]) -> str:
    """The conditions of the report's filters and drill-downs on one incident row."""
    sql = ""
    if where.grade_band:
        grades = band_grades(where.grade_band)
        params.update({f"g{n}": grade for n, grade in enumerate(grades)})
        sql += f" AND i.grade IN ({', '.join(f':g{n}' for n in range(len(grades)))})"
    if where.behavior:
        params["behavior"] = where.behavior
        sql += (
            " AND i.id IN (SELECT incident_id FROM incident_behaviors WHERE behavior = :behavior)"
        )
    for name, column in (
        ("location", "i.location"),
        ("hour", "substr(i.occurred_at, 12, 2)"),
        ("month", "substr(i.occurred_at, 1, 7)"),
        ("reporter", "i.reporter"),
        ("decided_by", "i.decided_by"),
    ):
        value = getattr(where, name)
        if value is not None:
            params[name] = value
            sql += f" AND +{column} = :{name}"
    if where.weekday is not None:  # SQLite counts from Sunday (0), Python from Monday (0)
        params["weekday"] = str((where.weekday + 1) % 7)
        sql += " AND strftime('%w', i.occurred_at) = :weekday"
    if where.students is not None:
        params.update({f"s{n}": key for n, key in enumerate(where.students)})
        sql += f" AND i.student_id IN ({', '.join(f':s{n}' for n in range(len(where.students))) or 'NULL'})"
    if where.actions is not None:
        params.update({f"a{n}": action for n, action in enumerate(where.actions)})
        sql += f" AND +i.action IN ({', '.join(f':a{n}' for n in range(len(where.actions))) or 'NULL'})"
    return sql


COMMON_SEARCH = 2_000  # matches; see _common


def _common(log: Log, params: dict[str, object]) -> bool:
    """Whether the search's words match so many incidents ("hallway") that walking them
    newest first finds a page at once, where sorting every match takes a second on a
    large log; a rare word (a name) is quicker the other way round."""
    found = log.execute(
        "SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :words LIMIT :most",
        {"words": params["words"], "most": COMMON_SEARCH},
    ).fetchall()
    return len(found) >= COMMON_SEARCH


def _rows_by_key(log: Log, keys: list[int], role: str, student: object) -> list[dict[str, Any]]:
    """The listing's columns of these incident rows, in the order of `keys`."""
    found: dict[int, dict[str, Any]] = {}
    columns = LIST_COLUMNS.format(role=role)
    for start in range(0, len(keys), 500):
        chunk = {f"k{n}": key for n, key in enumerate(keys[start : start + 500])}
        marks = ", ".join(f":{name}" for name in chunk)
        sql = f"SELECT {columns} {LIST_FROM} WHERE i.rowid IN ({marks})"
        for row in log.query(sql, {"key": student, **chunk}):
            found[row.pop("row_key")] = row
    return [found[key] for key in keys]


def _as_involved(row: dict[str, Any], local_id: str | None) -> None:
    """A row of a student involved as victim, witness or reporter names that student, and
    nothing of the offenders' discipline: it is not the student's."""
    me = next(p for p in row["people"] if p["student_id"] == local_id)
    row.update(
        student_id=me["student_id"],
        first_name=me["first_name"],
        last_name=me["last_name"],
        behaviors=[],
        type=None,
        action=None,
        days=None,
        start_date=None,
        decided_by=None,
        grade=me["grade"],
        open_follow_ups=0,
    )


PEOPLE_SQL = """
    SELECT o.shared_id AS incident_id, 'offender' AS role, s.local_id AS student_id,
           s.first_name, s.last_name, s.grade, '' AS name, '' AS kind, o.behaviors,
           o.action, o.days, o.rowid AS place
    FROM incidents o JOIN students s ON s.id = o.student_id
    WHERE o.shared_id IN ({marks}) AND o.voided_at IS NULL
    UNION ALL
    SELECT p.incident_id, p.role, s.local_id, s.first_name, s.last_name, s.grade, p.name,
           p.kind, NULL, NULL, NULL,
           p.rowid + 1e12
    FROM participants p LEFT JOIN students s ON s.id = p.student_id
    WHERE p.incident_id IN ({marks})
    ORDER BY place
"""


def people_of(log: Log, incident_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Everyone involved in each incident: its offenders first (with their behaviors and
    current action), then the others as entered."""
    people: dict[str, list[dict[str, Any]]] = {}
    unique = list(dict.fromkeys(incident_ids))
    for start in range(0, len(unique), 400):
        chunk = unique[start : start + 400]
        marks = ", ".join("?" for _ in chunk)
        for row in log.query(PEOPLE_SQL.format(marks=marks), [*chunk, *chunk]):
            del row["place"]
            if row["behaviors"] is not None:
                row["behaviors"] = json.loads(row["behaviors"])
            else:
                for key in ("behaviors", "action", "days"):
                    del row[key]
            people.setdefault(row.pop("incident_id"), []).append(row)
    return people


STUDENT_FIELDS = (
    "local_id, first_name, last_name, grade, iep, section_504, sped_referral_pending, "
    "family_language"
)


def show_incident(log: Log, incident_id: str, *, student: str | None = None) -> dict[str, Any]:
    """The incident with everyone involved, and one offender's part in full: the student,
    every decision revision and its follow-ups (that of `student`, or of the row whose id
    was given: the first offender's for the incident's id), and the audit trail."""
    records = log.query(
        "SELECT o.* FROM incidents i JOIN incidents o ON o.shared_id = i.shared_id "
        "WHERE i.id = ? ORDER BY o.rowid",
        [incident_id],
    )
    if not records:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    chosen_id = offender_record(log, incident_id, student) if student else incident_id
    offenders = [_offender_part(log, record) for record in records]
    chosen = next(o for o in offenders if o["record_id"] == chosen_id)
    shared_id = records[0]["shared_id"]
    others = _other_participants(log, shared_id)
    # Each change with who made it and, when it was made on another laptop of the school
    # (a shared record), which one (`origin`, None for this laptop's own).
    trail = log.query(
        "SELECT a.table_name, a.row_id, a.action, a.actor, a.at, o.device_id AS origin "
        "FROM audit a LEFT JOIN row_origins o ON o.table_name = 'audit' "
        "AND o.row_id = CAST(a.id AS TEXT) WHERE a.row_id IN "
        "(SELECT id FROM incidents WHERE shared_id = :shared "
        " UNION SELECT d.id FROM decisions d JOIN incidents o ON o.id = d.incident_id "
        "       WHERE o.shared_id = :shared "
        " UNION SELECT id FROM participants WHERE incident_id = :shared) ORDER BY a.at, a.id",
        {"shared": shared_id},
    )
    return {
        "incident": chosen["record"],
        "student": chosen["student"],
        "revisions": chosen["revisions"],
        "participants": [
            {
                "role": "offender",
                "record_id": o["record_id"],
                "student": o["student"],
                "behaviors": o["record"]["behaviors"],
                "type": o["record"]["type"],
                "voided_at": o["record"]["voided_at"],
                "decision": _current_summary(o["revisions"]),
            }
            for o in offenders
        ]
        + others,
        "audit": trail,
    }


def _offender_part(log: Log, record: dict[str, Any]) -> dict[str, Any]:
    record["behaviors"] = json.loads(record["behaviors"])
    record["flags"] = json.loads(record["flags"])
    record_id = record["id"]
    student = log.query(
        f"SELECT {STUDENT_FIELDS} FROM students WHERE id = ?", [record.pop("student_id")]
    )[0]
    return {
        "record_id": record_id,
        "record": record,
        "student": student,
        "revisions": revisions_of(log, record_id),
    }


def revisions_of(log: Log, record_id: str) -> list[dict[str, Any]]:
    """Every revision of one offender's decision, oldest first, with its case, result,
    comparison and follow-ups."""
    revisions = []
    for decision in log.query(
        "SELECT d.*, r.case_json, r.result_json, r.comparison_json FROM decisions d "
        "JOIN decision_records r ON r.decision_id = d.id WHERE d.incident_id = ? ORDER BY d.revision",
        [record_id],
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
    return revisions


def _current_summary(revisions: list[dict[str, Any]]) -> dict[str, Any] | None:
    current = [r for r in revisions if not r["superseded_at"]]
    if not current:
        return None
    keys = ("id", "revision", "action", "days", "start_date", "decided_by", "decided_at")
    return {key: current[-1][key] for key in keys}


def _other_participants(log: Log, shared_id: str) -> list[dict[str, Any]]:
    """The victims, witnesses and reporters, each with the supports offered (follow-ups)."""
    others = []
    for row in log.query(
        "SELECT p.id, p.role, p.name, p.kind, p.supports, p.student_id AS key "
        "FROM participants p WHERE p.incident_id = ? ORDER BY p.rowid",
        [shared_id],
    ):
        entry: dict[str, Any] = {"role": row["role"], "participant_id": row["id"]}
        if row["key"]:
            entry["student"] = log.query(
                f"SELECT {STUDENT_FIELDS} FROM students WHERE id = ?", [row["key"]]
            )[0]
        else:
            entry["person"] = {"name": row["name"], "kind": row["kind"]}
        if row["role"] == "victim":
            entry["supports"] = json.loads(row["supports"])
            entry["follow_ups"] = log.query(
                "SELECT id, kind, due, text, done_at, note, cancelled_at FROM follow_ups "
                "WHERE participant_id = ? ORDER BY due",
                [row["id"]],
            )
        others.append(entry)
    return others


def student_of(log: Log, incident_id: str) -> Student:
    from disciplinedesk.store.students import get_student_by_key

    rows = log.query("SELECT student_id FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r} in the log")
    return get_student_by_key(log, rows[0]["student_id"])
