"""Backups through `VACUUM INTO` (consistent while the program runs) and a careful restore.

An encrypted log's backups are encrypted with the same passphrase (SQLCipher's `VACUUM INTO`
keys the copy with the log's key), so a backup on a USB stick is as safe as the laptop.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from disciplinedesk.store import driver
from disciplinedesk.store.database import (
    BACKUP_DIR_NAME,
    Log,
)
from disciplinedesk.store.disclosures import disclosed_file
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.permissions import private_folder


def backup_to(log: Log, target: Path, *, actor: str = "automatic backup") -> Path:
    """A consistent copy of the log in `target` (which must not exist yet), recorded as a
    disclosure: a backup carries every student's record out of the log."""
    if target.exists():
        raise StoreError(f"{target}: already exists; choose a new file name")
    kind = "encrypted backup" if log.encrypted else "backup (not encrypted)"
    with disclosed_file(
        log, target, kind="backup", description=f"{kind} of the whole log", actor=actor
    ) as outgoing:
        outgoing.file.close()
        try:
            driver.copy_into(log.conn, outgoing.path, log.passphrase)  # into the empty hidden file
        except driver.Error as error:
            raise StoreError(f"{target}: the backup could not be written ({error})") from None
    return target


DAILY_PREFIX = "daily-"
# The log a restore replaced, kept as it was (store/restore.py).
REPLACED_PREFIX = "before-restore-"


def daily_backup(log: Log, keep: int, *, today: str | None = None) -> Path | None:
    """Once a day, a backup in `backups/` (encrypted like the log); only the newest `keep`
    daily backups stay. Returns the new backup, or None when today's exists."""
    assert log.path is not None
    folder = log.path.parent / BACKUP_DIR_NAME
    private_folder(folder)
    day = today or datetime.now().strftime("%Y-%m-%d")
    target = folder / f"{DAILY_PREFIX}{day}.sqlite3"
    made = None if target.exists() else backup_to(log, target)
    prune_backups(folder, DAILY_PREFIX, keep)
    return made


def prune_backups(folder: Path, prefix: str, keep: int) -> None:
    """Only the newest `keep` backups named `prefix...` stay (their names sort by time)."""
    for old in sorted(folder.glob(f"{prefix}*.sqlite3"), reverse=True)[max(keep, 1) :]:
        old.unlink()


def newest_backup(data_dir: Path) -> Path | None:
    """The most recent backup in the data folder's `backups/` (daily, before a migration,
    a restore, encryption or a purge), or None."""
    folder = data_dir / BACKUP_DIR_NAME
    candidates = (
        [
            p
            for p in folder.glob("*.sqlite3")
            # a log a restore replaced may be the damaged one: never offered as a backup
            if p.is_file() and not p.name.startswith(REPLACED_PREFIX)
        ]
        if folder.is_dir()
        else []
    )
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)
