"""`disciplinedesk incidents record|list|show|void` and `follow-ups`."""

from __future__ import annotations

import argparse

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
    record_decision,
    revise_decision,
    show_incident,
    student_of,
    void_incident,
)
from disciplinedesk.store.rows import current_user


def record(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    text, label = read_text(args.file)
    data = parse_json(text, label)
    log = open_log_for(args)
    try:
        recorded = record_decision(log, pack, data, actor=current_user())
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    output = {
        "incident_id": recorded.incident_id,
        "decision_id": recorded.decision_id,
        "result": recorded.result.to_dict(),
    }
    if args.json:
        print_json(output)
    else:
        print(f"recorded incident {recorded.incident_id} (decision {recorded.decision_id})")
        for deadline in recorded.result.deadlines:
            print(f"  follow-up {deadline.due}: {deadline.text}")
    return 0


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
        print(
            f"{row['occurred_at']}  {row['student_id']:<10} {row['last_name']}, {row['first_name']}  "
            f"{', '.join(row['behaviors'])}  type {row['type'] or '-'}  {action}  {row['id']}"
        )
    return 0


def show(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    details = show_incident(log, args.incident_id)
    disclose_listing(
        log,
        f"incidents show {args.incident_id}",
        student_key=student_of(log, args.incident_id).id,
        incident_id=args.incident_id,
    )
    if args.json:
        print_json(details)
        return 0
    incident, student = details["incident"], details["student"]
    print(
        f"Incident {incident['id']}"
        + ("  (VOID: " + str(incident["void_reason"]) + ")" if incident["voided_at"] else "")
    )
    print(
        f"  {incident['occurred_at']}  {incident['location']}  {', '.join(incident['behaviors'])}"
    )
    print(
        f"  student {student['local_id']}: {student['first_name']} {student['last_name']}, grade {student['grade']}"
    )
    if incident["description"]:
        print(f"  {incident['description']}")
    for revision in details["revisions"]:
        print(
            f"  revision {revision['revision']}: {revision['action']} {revision['days']:g} days from "
            f"{revision['start_date'] or '-'}, by {revision['decided_by']} at {revision['decided_at']}"
        )
        if revision["override_reason"]:
            print(f"    reason: {revision['override_reason']}")
        for follow_up in revision["follow_ups"]:
            state = (
                "done"
                if follow_up["done_at"]
                else ("cancelled" if follow_up["cancelled_at"] else "open")
            )
            print(f"    follow-up {follow_up['due']} [{state}] {follow_up['text']}")
    return 0


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
            log, pack_from(args), args.incident_id, changes, actor=current_user()
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
    void_incident(log, args.incident_id, args.reason, actor=current_user())
    print(f"incident {args.incident_id} voided")
    return 0


def follow_ups(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    if args.done:
        mark_done(log, args.done, args.note or "", actor=current_user())
        print(f"follow-up {args.done} marked done")
        return 0
    due_before = option_date(args.due_before, "--due-before")
    rows = list_follow_ups(log, due_before=due_before.isoformat() if due_before else None)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(
            f"{row['due']}  {row['student_id']:<10} {row['last_name']}, {row['first_name']}  {row['text']}  {row['id']}"
        )
    return 0
