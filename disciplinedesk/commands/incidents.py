"""`disciplinedesk incidents record|list|show|void` and `follow-ups`."""

from __future__ import annotations

import argparse
from typing import Any

from disciplinedesk.commands.common import (
    disclose_listing,
    option_date,
    pack_from,
    parse_json,
    print_json,
    read_text,
)
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import CaseError, UserFacingError
from disciplinedesk.store.follow_ups import list_follow_ups, mark_done
from disciplinedesk.store.incidents import (
    DECISION_FIELDS,
    IncidentFilter,
    list_incidents,
    revise_decision,
    show_incident,
    student_of,
    void_incident,
)
from disciplinedesk.store.participants import (
    RecordedIncident,
    add_participants,
    record_incident,
)
from disciplinedesk.store.rows import current_user


def record(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    text, label = read_text(args.file)
    data = parse_json(text, label)
    log = open_log_for(args)
    try:
        recorded = record_incident(log, pack, data, actor=current_user())
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    back_entry = data.get("back_entry") is True
    _print_recorded(
        args, recorded, "recorded back-entry" if back_entry else "recorded incident", back_entry
    )
    return 0


def add(args: argparse.Namespace) -> int:
    """Participants found after the incident was recorded (a witness, another offender)."""
    pack = pack_from(args)
    text, label = read_text(args.file)
    data = parse_json(text, label)
    log = open_log_for(args, create=False)
    try:
        recorded = add_participants(log, pack, args.incident_id, data, actor=current_user())
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    _print_recorded(args, recorded, "added to incident")
    return 0


PLURAL_ROLES = {"victim": "victims", "witness": "witnesses", "reporter": "reporters"}


def people_label(people: list[dict[str, Any]], *, exclude: str | None = None) -> str:
    """The others involved, as a line shows them: "Chen B. + 1 victim, 2 witnesses"."""
    others = [p for p in people if not (p["student_id"] and p["student_id"] == exclude)]
    offenders = [
        f"{p['last_name']} {p['first_name'][:1]}." for p in others if p["role"] == "offender"
    ]
    counts: dict[str, int] = {}
    for person in others:
        if person["role"] != "offender":
            counts[person["role"]] = counts.get(person["role"], 0) + 1
    roles = ", ".join(f"{n} {PLURAL_ROLES[role] if n > 1 else role}" for role, n in counts.items())
    return " + ".join(part for part in (", ".join(offenders), roles) if part)


def _print_recorded(
    args: argparse.Namespace, recorded: RecordedIncident, verb: str, back_entry: bool = False
) -> None:
    decisions = [
        {
            "student_id": offender.student_id,
            "decision_id": offender.decision_id,
            "result": offender.result.to_dict(),
        }
        for offender in recorded.offenders
    ]
    if args.json:
        output: dict[str, Any] = {"incident_id": recorded.incident_id, "decisions": decisions}
        if len(decisions) == 1:  # the one-student form's answer, as scripts read it
            output |= {"decision_id": decisions[0]["decision_id"], "result": decisions[0]["result"]}
        output["participant_ids"] = list(recorded.participant_ids)
        print_json(output)
        return
    print(f"{verb} {recorded.incident_id}")
    for offender in recorded.offenders:
        print(f"  student {offender.student_id}: decision {offender.decision_id}")
        for deadline in () if back_entry else offender.result.deadlines:
            print(f"    follow-up {deadline.due}: {deadline.text}")
    if recorded.participant_ids:
        print(f"  {len(recorded.participant_ids)} other participant(s)")
    if back_entry:
        print("  a decision made before the program was used: no follow-ups")


def list_command(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    where = IncidentFilter(
        student=args.student, since=option_date(args.since, "--since"), search=args.search
    )
    rows = list_incidents(log, where, limit=args.limit)
    if rows:
        disclose_listing(
            log,
            f"incidents list of {len(rows)} incidents"
            + (f" of student {args.student}" if args.student else ""),
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        action = row["action"] or "-"
        if row["days"]:
            action += f" {row['days']:g}d"
        role = f"[{row['role']}] " if row["role"] and row["role"] != "offender" else ""
        others = people_label(row["people"], exclude=row["student_id"])
        print(
            f"{row['occurred_at']}  {row['student_id']:<10} {row['last_name']}, {row['first_name']}  "
            f"{role}{', '.join(row['behaviors'])}  type {row['type'] or '-'}  {action}  "
            f"{row['incident_id']}"
            + (f"  (with {others})" if others else "")
            + ("  (back-entry)" if row["back_entry"] else "")
        )
    return 0


def show(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    details = show_incident(log, args.incident_id, student=args.student)
    disclose_listing(
        log,
        f"incidents show {args.incident_id}",
        student_key=student_of(log, details["incident"]["id"]).id,
        incident_id=details["incident"]["shared_id"],
    )
    if args.json:
        print_json(details)
        return 0
    incident = details["incident"]
    print(
        f"Incident {incident['shared_id']}"
        + ("  (VOID: " + str(incident["void_reason"]) + ")" if incident["voided_at"] else "")
        + (
            f"  (back-entry, entered {incident['created_at'][:10]})"
            if incident["back_entry"]
            else ""
        )
    )
    print(f"  {incident['occurred_at']}  {incident['location']}")
    if incident["description"]:
        print(f"  {incident['description']}")
    print("  involved:")
    for person in details["participants"]:
        print("    " + _participant_line(person))
    student = details["student"]
    print(
        f"  decision of {student['local_id']}: {student['first_name']} {student['last_name']}, "
        f"grade {student['grade']} ({', '.join(incident['behaviors'])})"
    )
    for revision in details["revisions"]:
        print(
            f"  revision {revision['revision']}: {revision['action']} {revision['days']:g} days from "
            f"{revision['start_date'] or '-'}, by {revision['decided_by']} at {revision['decided_at']}"
        )
        if revision["override_reason"]:
            print(f"    reason: {revision['override_reason']}")
        for follow_up in revision["follow_ups"]:
            print(f"    follow-up {follow_up['due']} [{_state(follow_up)}] {follow_up['text']}")
    return 0


def _participant_line(person: dict[str, Any]) -> str:
    who = person.get("student")
    name = (
        f"{who['local_id']} {who['first_name']} {who['last_name']}"
        if who
        else f"{person['person']['name']} ({person['person']['kind']})"
    )
    line = f"{person['role']:<9} {name}"
    if person["role"] == "offender":
        decision = person["decision"]
        line += f"  {', '.join(person['behaviors'])}"
        if person["voided_at"]:
            line += "  (void)"
        elif decision:
            line += f"  {decision['action']} {decision['days']:g}d"
    for follow_up in person.get("follow_ups", []):
        line += f"\n      support {follow_up['due']} [{_state(follow_up)}] {follow_up['text']}"
    return line


def _state(follow_up: dict[str, Any]) -> str:
    if follow_up["done_at"]:
        return "done"
    return "cancelled" if follow_up["cancelled_at"] else "open"


def revise(args: argparse.Namespace) -> int:
    """A changed decision: a new revision (the earlier one stays, with its audit trail)."""
    text, label = read_text(args.file)
    changes = parse_json(text, label)
    if not isinstance(changes, dict):
        raise UserFacingError(
            f"{label}: give the changes as a JSON object ({', '.join(DECISION_FIELDS)})"
        )
    log = open_log_for(args, create=False)
    try:
        recorded = revise_decision(
            log,
            pack_from(args),
            args.incident_id,
            changes,
            actor=current_user(),
            student=args.student,
        )
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    if args.json:
        print_json(
            {
                "incident_id": recorded.incident_id,
                "decision_id": recorded.decision_id,
                "result": recorded.result.to_dict(),
            }
        )
    else:
        print(f"decision revised: {recorded.decision_id}")
    return 0


def void(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    void_incident(log, args.incident_id, args.reason, actor=current_user(), student=args.student)
    print(
        f"incident {args.incident_id} voided"
        + (f" for student {args.student}" if args.student else "")
    )
    return 0


def follow_ups(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    if args.done:
        mark_done(
            log,
            args.done,
            args.note or "",
            actor=current_user(),
            returned_on=option_date(args.returned, "--returned"),
        )
        print(f"follow-up {args.done} marked done")
        return 0
    due_before = option_date(args.due_before, "--due-before")
    rows = list_follow_ups(
        log,
        due_before=due_before.isoformat() if due_before else None,
        dates_only=pack_from(args).follow_ups.dates_only,
    )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(
            f"{row['due']}  {row['student_id']:<10} {row['last_name']}, {row['first_name']}  {row['text']}  {row['id']}"
        )
    return 0
