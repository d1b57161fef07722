"""`disciplinedesk summary|letter|letters|disclosures`: printed documents and their record."""

from __future__ import annotations

import argparse
from pathlib import Path

from disciplinedesk.commands.common import option_date, pack_from, print_json
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.printing import (
    is_victim,
    write_document,
    write_letters,
    write_support_letter,
)
from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.incidents import IncidentFilter, list_incidents, offender_record
from disciplinedesk.store.rows import current_user


def summary(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    record_id = offender_record(log, args.incident_id, args.student)
    path = write_document(
        log, pack_from(args), record_id, "summary", Path(args.out), actor=current_user()
    )
    print(f"decision summary written to {path}")
    return 0


def letter(args: argparse.Namespace) -> int:
    """The family letter of an offender's decision, or the supports letter of a victim."""
    log = open_log_for(args, create=False)
    pack = pack_from(args)
    if args.student and is_victim(log, args.incident_id, args.student):
        path = write_support_letter(
            log,
            pack,
            args.incident_id,
            args.student,
            Path(args.out),
            actor=current_user(),
            language=args.lang,
        )
        print(f"supports letter written to {path}")
        return 0
    path = write_document(
        log,
        pack,
        offender_record(log, args.incident_id, args.student),
        "letter",
        Path(args.out),
        actor=current_user(),
        language=args.lang,
    )
    print(f"family letter written to {path}")
    return 0


def letters(args: argparse.Namespace) -> int:
    since = option_date(args.since, "--since")
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    log = open_log_for(args, create=False)
    pack = pack_from(args)
    rows = list_incidents(log, IncidentFilter(since=since, each_offender=True), descending=False)
    ids = [row["id"] for row in rows if row["action"] is not None]
    paths = write_letters(
        log,
        pack,
        ids,
        folder,
        actor=current_user(),
        name=lambda f: f"{f.occurred_at:%Y-%m-%d}-{f.student_id}-{f.incident_id[:8]}.pdf",
    )
    written = [str(p) for p in paths]
    if args.json:
        print_json(written)
    else:
        print(f"{len(written)} letters written to {folder}")
    return 0


def disclosures(args: argparse.Namespace) -> int:
    rows = list_disclosures(open_log_for(args, create=False), student=args.student)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        who = (
            f"{row['last_name']}, {row['first_name']} ({row['student_id']})"
            if row["student_id"]
            else "-"
        )
        print(f"{row['at']}  {row['kind']:<8} {who}  by {row['actor']}  to {row['destination']}")
    return 0
