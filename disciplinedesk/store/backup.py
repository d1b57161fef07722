"""Backups through `VACUUM INTO` (consistent while the program runs) and a careful restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from disciplinedesk.store.database import (
    BACKUP_DIR_NAME,
    Log,
    is_disciplinedesk_log,
    log_path,
    schema_version,
    stamp,
)
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.migrations import SCHEMA_VERSION


def backup_to(log: Log, target: Path) -> Path:
    """A consistent copy of the log in `target` (which must not exist yet)."""
    if target.exists():
        raise StoreError(f"{target}: already exists; choose a new file name")
    if not target.parent.is_dir():
        raise StoreError(f"{target.parent}: no such folder")
    try:
        log.db.execute("VACUUM INTO ?", [str(target)])
    except sqlite3.Error as error:
        raise StoreError(f"{target}: the backup could not be written ({error})") from None
    return target


def check_backup_file(path: Path) -> None:
    """Refuse anything that is not an intact DisciplineDesk log this program can read."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    with path.open("rb") as file:
        if file.read(16) != b"SQLite format 3\x00":
            raise StoreError(f"{path}: not a DisciplineDesk log (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot be read as a log ({error})") from None


def restore_from(data_dir: Path, source: Path) -> Path | None:
    """Replace the log in `data_dir` by `source`, keeping the current log as a backup first.
    Returns where the previous log was kept (None when there was none)."""
    check_backup_file(source)
    current = log_path(data_dir)
    kept: Path | None = None
    data_dir.mkdir(parents=True, exist_ok=True)
    if current.exists():
        backups = data_dir / BACKUP_DIR_NAME
        backups.mkdir(exist_ok=True)
        kept = backups / f"before-restore-{stamp()}.sqlite3"
        conn = sqlite3.connect(str(current))
        try:
            conn.execute("VACUUM INTO ?", [str(kept)])
        finally:
            conn.close()
    staging = current.with_suffix(".restoring")
    source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if staging.exists():
            staging.unlink()
        source_conn.execute("VACUUM INTO ?", [str(staging)])
    finally:
        source_conn.close()
    for suffix in ("-wal", "-shm"):
        side = current.with_name(current.name + suffix)
        if side.exists():
            side.unlink()
    staging.replace(current)
    return kept
