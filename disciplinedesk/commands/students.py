"""`disciplinedesk students import PATH` and `students list`, and `calendar import PATH`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from disciplinedesk.commands.common import disclose_listing, print_json
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.database import Log
from disciplinedesk.store.imports.roster import read_roster
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import get_setting
from disciplinedesk.store.students import list_students, upsert_students, void_student


def import_students(args: argparse.Namespace) -> int:
    roster = read_roster(Path(args.path))  # all rows checked before anything is written
    log = open_log_for(args)
    refuse_real_data_in_demo(log)
    with log.transaction():
        counts = upsert_students(log, roster.students, actor=current_user())
    summary = {
        **asdict(counts),
        "encoding": roster.encoding,
        "source": roster.source,
        "controls_removed": roster.controls_removed,
    }
    if args.json:
        print_json(summary)
    else:
        note = " (read as Windows-1252)" if roster.encoding != "utf-8" else ""
        if roster.controls_removed:
            note += f"; {roster.controls_removed} control characters removed from names and values"
        print(f"{counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged{note}")
    return 0


def refuse_real_data_in_demo(log: Log) -> None:
    if get_setting(log, "demo"):
        raise UserFacingError(
            "this data folder holds the made-up demo school; import real students into another folder (--data-dir)"
        )


def list_students_command(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    students = list_students(log, search=args.search)
    if students:
        disclose_listing(log, f"students list of {len(students)} students")
    if args.json:
        print_json([asdict(s) | {"id": s.local_id, "key": s.id} for s in students])
        return 0
    for s in students:
        flags = ", ".join(
            label
            for label, on in (
                ("IEP", s.iep),
                ("504", s.section_504),
                ("referral", s.sped_referral_pending),
            )
            if on
        )
        print(
            f"{s.local_id:<12} {s.last_name}, {s.first_name}  grade {s.grade}  {s.family_language}  {flags}".rstrip()
        )
    return 0


def void_student_command(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    with log.transaction():
        void_student(log, args.student_id, args.reason, actor=current_user())
    print(f"student {args.student_id} voided (kept in the log, no longer listed)")
    return 0
