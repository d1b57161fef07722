"""Backups through `VACUUM INTO` (consistent while the program runs) and a careful restore.

An encrypted log's backups are encrypted with the same passphrase (SQLCipher's `VACUUM INTO`
keys the copy with the log's key), so a backup on a USB stick is as safe as the laptop.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlite_utils

from disciplinedesk.store import driver
from disciplinedesk.store.database import (
    BACKUP_DIR_NAME,
    Log,
    is_disciplinedesk_log,
    log_path,
    schema_version,
    stamp,
)
from disciplinedesk.store.disclosures import record_disclosure
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.migrations import SCHEMA_VERSION


def backup_to(log: Log, target: Path, *, actor: str = "automatic backup") -> Path:
    """A consistent copy of the log in `target` (which must not exist yet), recorded as a
    disclosure: a backup carries every student's record out of the log."""
    if target.exists():
        raise StoreError(f"{target}: already exists; choose a new file name")
    if not target.parent.is_dir():
        raise StoreError(f"{target.parent}: no such folder")
    try:
        log.db.execute("VACUUM INTO ?", [str(target)])
    except driver.Error as error:
        raise StoreError(f"{target}: the backup could not be written ({error})") from None
    kind = "encrypted backup" if log.encrypted else "backup (not encrypted)"
    record_disclosure(
        log,
        kind="backup",
        description=f"{kind} of the whole log",
        destination=str(target),
        actor=actor,
    )
    return target


def check_backup_file(path: Path, passphrase: str | None = None) -> None:
    """Refuse anything that is not an intact DisciplineDesk log this program can read."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    key = None if driver.is_plain(path) else passphrase
    if key is None and not driver.is_plain(path):
        raise StoreError(
            f"{path}: encrypted, or not an SQLite file; an encrypted backup is restored with "
            "the passphrase of the log it was made from"
        )
    try:
        conn = driver.connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            db = sqlite_utils.Database(conn, execute_plugins=False)
            if not is_disciplinedesk_log(db):
                raise StoreError(f"{path}: not a DisciplineDesk log")
            if schema_version(db) > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: written by a newer DisciplineDesk; update the program first"
                )
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise StoreError(f"{path}: the backup is damaged ({check})")
        finally:
            conn.close()
    except driver.DatabaseError as error:
        reason = "wrong passphrase, or " if key is not None else ""
        raise StoreError(f"{path}: cannot be read as a log ({reason}{error})") from None


def restore_from(data_dir: Path, source: Path, passphrase: str | None = None) -> Path | None:
    """Replace the log in `data_dir` by `source`, keeping the current log as a backup first.
    Returns where the previous log was kept (None when there was none).

    With a passphrase the restored log is encrypted with it (a plain backup, from before
    encryption, is encrypted on the way in), and the current log is opened with it.
    """
    check_backup_file(source, passphrase)
    current = log_path(data_dir)
    kept: Path | None = None
    data_dir.mkdir(parents=True, exist_ok=True)
    if current.exists():
        backups = data_dir / BACKUP_DIR_NAME
        backups.mkdir(exist_ok=True)
        kept = backups / f"before-restore-{stamp()}.sqlite3"
        current_key = None if driver.is_plain(current) else passphrase
        conn = driver.connect(current, current_key)
        try:
            conn.execute("VACUUM INTO ?", [str(kept)])
        finally:
            conn.close()
    staging = current.with_suffix(".restoring")
    staging.unlink(missing_ok=True)
    source_key = None if driver.is_plain(source) else passphrase
    source_conn = driver.connect(f"file:{source}?mode=ro", source_key, uri=True)
    try:
        if source_key is None and passphrase is not None:
            driver.export_encrypted(source_conn, staging, passphrase)
        else:
            source_conn.execute("VACUUM INTO ?", [str(staging)])
    finally:
        source_conn.close()
    for suffix in ("-wal", "-shm"):
        side = current.with_name(current.name + suffix)
        if side.exists():
            side.unlink()
    staging.replace(current)
    return kept


DAILY_PREFIX = "daily-"


def daily_backup(log: Log, keep: int, *, today: str | None = None) -> Path | None:
    """Once a day, a backup in `backups/` (encrypted like the log); only the newest `keep`
    daily backups stay. Returns the new backup, or None when today's exists."""
    assert log.path is not None
    folder = log.path.parent / BACKUP_DIR_NAME
    folder.mkdir(exist_ok=True)
    day = today or datetime.now().strftime("%Y-%m-%d")
    target = folder / f"{DAILY_PREFIX}{day}.sqlite3"
    made = None if target.exists() else backup_to(log, target)
    for old in sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)[max(keep, 1) :]:
        old.unlink()
    return made


def newest_backup(data_dir: Path) -> Path | None:
    """The most recent backup in the data folder's `backups/` (daily, before a migration,
    a restore, encryption or a purge), or None."""
    folder = data_dir / BACKUP_DIR_NAME
    candidates = [p for p in folder.glob("*.sqlite3") if p.is_file()] if folder.is_dir() else []
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def set_aside(data_dir: Path) -> Path:
    """Move a damaged log (with its WAL) out of the way, never overwriting it; returns where."""
    current = log_path(data_dir)
    aside = data_dir / f"damaged-{stamp()}.sqlite3"
    for suffix in ("-wal", "-shm"):
        side = current.with_name(current.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    current.replace(aside)
    return aside
