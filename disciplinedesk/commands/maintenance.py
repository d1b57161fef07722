"""`disciplinedesk backup FILE`, `restore FILE`, `passphrase`, `audit` and `purge`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from getpass import getpass
from pathlib import Path

from disciplinedesk.commands.common import disclose_listing, option_date, print_json
from disciplinedesk.commands.passphrase import ask_new_passphrase, passphrase_for
from disciplinedesk.commands.secrets import take_secret
from disciplinedesk.commands.store_access import open_log_for, resolve_data_dir
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.passphrase import weakness
from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.rows import current_user


def backup(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    target = backup_to(log, Path(args.file), actor=current_user())
    print(f"backup written to {target}")
    return 0


BACKUP_PASSPHRASE_ENV = "DISCIPLINEDESK_BACKUP_PASSPHRASE"


def restore(args: argparse.Namespace) -> int:
    """Replace the log by a backup (store/restore.py says how it is kept safe)."""
    from disciplinedesk.store.restore import (
        BackupPassphraseError,
        DemoOverRealError,
        restore_backup,
    )

    data_dir = resolve_data_dir(args.data_dir)
    passphrase = passphrase_for(data_dir)
    backup_passphrase = take_secret(BACKUP_PASSPHRASE_ENV)
    confirmed = args.yes
    while True:
        try:
            restored = restore_backup(
                data_dir,
                Path(args.file),
                passphrase,
                actor=current_user(),
                backup_passphrase=backup_passphrase,
                confirmed_demo=confirmed,
            )
            break
        except BackupPassphraseError as error:
            if backup_passphrase is not None or not sys.stdin.isatty():
                raise UserFacingError(
                    f"{error}; set ${BACKUP_PASSPHRASE_ENV} to the passphrase the backup was made with"
                ) from None
            backup_passphrase = getpass("Passphrase the backup was made with: ")
        except DemoOverRealError as error:
            if not sys.stdin.isatty():
                raise UserFacingError(f"{error}; add --yes to confirm") from None
            answer = input(
                f"Replace the log of {error.real_school or 'this school'} with the demo school "
                f"{error.demo_school or ''}? Type yes to confirm: "
            )
            if answer.strip().lower() != "yes":
                print("nothing was restored")
                return 0
            confirmed = True
    rolled = restored.rolled_back
    if args.json:
        print_json(
            {
                "restored_from": args.file,
                "kept_as": str(restored.kept) if restored.kept else None,
                "rolled_back": rolled,
            }
        )
        return 0
    print(f"log restored from {args.file}")
    if restored.kept:
        print(f"the previous log was kept as {restored.kept}")
    if rolled:
        counts = ", ".join(f"{len(ids)} {table}" for table, ids in rolled.items())
        print(f"rolled back (in the previous log, not in the backup): {counts}")
    return 0


def change_passphrase(args: argparse.Namespace) -> int:
    from disciplinedesk.store.database import change_passphrase as rekey

    log = open_log_for(args, create=False)
    if not log.encrypted:
        raise UserFacingError("this log is not encrypted (demo data); there is no passphrase")
    new = take_secret("DISCIPLINEDESK_NEW_PASSPHRASE")
    if new:
        problem = weakness(new)
        if problem:
            raise UserFacingError(f"$DISCIPLINEDESK_NEW_PASSPHRASE: {problem}")
    elif sys.stdin.isatty():
        new = ask_new_passphrase()
    else:
        raise UserFacingError(
            "set $DISCIPLINEDESK_NEW_PASSPHRASE, or run the command in a terminal to be asked"
        )
    rekey(log, new)
    log.close()
    print("passphrase changed; backups made before keep the passphrase they were made with")
    return 0


def audit(args: argparse.Namespace) -> int:
    from disciplinedesk.store.audit_trail import audit_trail

    since, until = option_date(args.date_from, "--from"), option_date(args.date_to, "--to")
    log = open_log_for(args, create=False)
    rows = audit_trail(log, student=args.student, since=since, until=until)
    if rows:
        from disciplinedesk.store.students import student_key

        disclose_listing(
            log,
            f"audit trail of {len(rows)} rows",
            student_key=student_key(log, args.student) if args.student else None,
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        where = f" to {row['destination']}" if row["destination"] else ""
        print(
            f"{row['at']}  {row['kind']:<10} {row['what']}  {row['about']}  by {row['actor']}{where}"
        )
    return 0


def purge(args: argparse.Namespace) -> int:
    from disciplinedesk.store.retention import next_purge_backup, purge_before, retention_floor

    day = option_date(args.before, "--before")
    assert day is not None
    if day > date.today():
        raise UserFacingError("--before is in the future: nothing that recent may be purged")
    log = open_log_for(args, create=False)
    (count,) = log.execute(
        "SELECT COUNT(DISTINCT shared_id) FROM incidents WHERE occurred_at < ?", [day.isoformat()]
    ).fetchone()
    floor = retention_floor(log, date.today())
    if day > floor:
        raise UserFacingError(
            f"--before {day}: the school years from {floor} on are kept (setting "
            "retention_years_kept); nothing was removed"
        )
    backup = next_purge_backup(log)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserFacingError(
                f"{count} incidents would be removed (a backup is made first: {backup}); "
                "add --yes to confirm"
            )
        answer = input(
            f"Remove {count} incidents before {day} with their decisions, follow-ups and "
            f"disclosures? A backup is made first: {backup}. Type PURGE to confirm: "
        )
        if answer.strip() != "PURGE":
            print("nothing was removed")
            return 0
    counts, backup = purge_before(log, day, actor=current_user(), backup=backup)
    if args.json:
        print_json({**counts.to_dict(), "backup": str(backup)})
    else:
        print(
            f"removed {counts.incidents} incidents, {counts.decisions} decisions, "
            f"{counts.follow_ups} follow-ups, {counts.disclosures} disclosures and "
            f"{counts.audit_rows} audit rows before {day}; a backup was kept as {backup}"
        )
    return 0
