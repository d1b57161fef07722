"""`disciplinedesk backup FILE` and `restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from disciplinedesk.commands.passphrase import passphrase_for
from disciplinedesk.commands.store_access import open_log_for, resolve_data_dir
from disciplinedesk.store.backup import backup_to, restore_from
from disciplinedesk.store.rows import current_user


def backup(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    target = backup_to(log, Path(args.file), actor=current_user())
    print(f"backup written to {target}")
    return 0


def restore(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    kept = restore_from(data_dir, Path(args.file), passphrase_for(data_dir))
    print(
        f"log restored from {args.file}"
        + (f"; the previous log was kept as {kept}" if kept else "")
    )
    return 0
