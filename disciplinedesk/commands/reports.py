"""`disciplinedesk report` and `disciplinedesk export csv`."""

from __future__ import annotations

import argparse
import secrets
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

from disciplinedesk.commands.common import option_date, pack_from, print_json
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.exports.csv_export import decisions_csv
from disciplinedesk.store.database import Log
from disciplinedesk.store.disclosures import Outgoing, disclosed_file
from disciplinedesk.store.incidents import IncidentFilter
from disciplinedesk.store.report import decision_rows, discipline_report, export_rows
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import get_setting, set_setting


def _period(args: argparse.Namespace) -> tuple[date, date]:
    first, last = option_date(args.date_from, "--from"), option_date(args.date_to, "--to")
    assert first is not None and last is not None  # both are required options
    if last < first:
        raise UserFacingError("--to is before --from")
    return first, last


def report(args: argparse.Namespace) -> int:
    first, last = _period(args)
    pack = pack_from(args)
    where = _report_filter(args, pack)
    log = open_log_for(args, create=False)
    data = discipline_report(log, pack, first, last, where)
    if args.pdf:
        from disciplinedesk.printing import write_report

        named = discipline_report(log, pack, first, last, where, names=True)
        write_report(log, pack, named, Path(args.pdf), actor=current_user())
    if args.json:
        print_json(data)
        return 0
    totals = data["totals"]
    print(
        f"{data['from']} to {data['to']}: {totals['incidents']} incidents, {totals['students']} students, "
        f"{totals['students_excluded']} excluded, {totals['exclusion_days']:g} exclusion days"
    )
    for row in data["equity"]:
        ratio = (
            "suppressed"
            if row["suppressed"]
            else (
                f"{row['risk_ratio']:.2f}"
                if row["risk_ratio"] is not None
                else "n/a (comparison risk 0)"
            )
        )
        print(f"  {row['dimension']:<15} {row['group']:<30} risk ratio {ratio}")
    return 0


def _report_filter(args: argparse.Namespace, pack: PolicyPack) -> IncidentFilter:
    """The report's filters as the options give them, checked against the pack."""
    kind = args.incident_type
    level: int | None = None
    if kind is not None:
        if kind.strip().lower() == "substance":
            level = 0
        elif kind.strip().isdigit() and int(kind) in pack.type_by_level:
            level = int(kind)
        else:
            levels = ", ".join(str(n) for n in sorted(pack.type_by_level))
            raise UserFacingError(f"--type: {kind!r} is not a type; give {levels} or substance")
    if args.behavior is not None and args.behavior not in pack.behavior_by_id:
        raise UserFacingError(
            f"--behavior: no behavior {args.behavior!r} in the pack (see `disciplinedesk behaviors`)"
        )
    return IncidentFilter(grade_band=args.grade_band, type=level, behavior=args.behavior)


def export_csv(args: argparse.Namespace) -> int:
    first, last = _period(args)
    log = open_log_for(args, create=False)
    salt = ""
    if args.deidentify:
        salt = str(get_setting(log, "export_salt"))
        if not salt:
            salt = secrets.token_hex(16)
            with log.transaction():
                set_setting(log, "export_salt", salt, actor=current_user())
    rows = export_rows(log, first, last)
    target = Path(args.out)
    kind = "de-identified CSV" if args.deidentify else "CSV"
    with _export(log, f"{kind} of {len(rows)} decisions, {first} to {last}", target) as outgoing:
        outgoing.file.write(
            decisions_csv(rows, deidentify=args.deidentify, salt=salt).encode("utf-8-sig")
        )
    print(f"{len(rows)} decisions written to {target}")
    return 0


def export_edfi(args: argparse.Namespace) -> int:
    from disciplinedesk.exports.edfi import write_interchange

    first, last = _period(args)
    log = open_log_for(args, create=False)
    target = Path(args.out)
    # An invalid record leaves no file and no disclosure.
    with _export(log, "Ed-Fi interchange", target) as outgoing:
        written = write_interchange(
            decision_rows(log, first, last),
            pack_from(args),
            outgoing.file,
            school_id=str(get_setting(log, "school_id")),
            namespace=str(get_setting(log, "edfi_namespace")),
        )
        outgoing.description = f"Ed-Fi interchange of {written} decisions, {first} to {last}"
    print(f"{written} incidents written to {target} (valid Ed-Fi 5.2 InterchangeStudentDiscipline)")
    return 0


def _export(log: Log, description: str, target: Path) -> AbstractContextManager[Outgoing]:
    """Every export leaves a line in the record of disclosures (FERPA), with the file."""
    return disclosed_file(log, target, kind="export", description=description, actor=current_user())
