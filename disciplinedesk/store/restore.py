"""Restoring a backup: the path a school takes on its worst day, so the safest one.

- Only a backup of this program's log is taken: the marker, the tables, a schema this
  version knows, an intact file. A demo school's backup over a real school's log needs a
  confirmation that names both schools.
- No process ever writes to a replaced file: the restore holds the log exclusively
  (store/log_lock), and is refused, naming who has it open, otherwise.
- The current log is never deleted: it is moved, as it is (damaged or not, with its WAL),
  into backups/ before the backup takes its place, so a restore works exactly when the log
  is damaged or truncated.
- A backup made before a passphrase change opens with the passphrase it was made with, and
  is re-keyed to the current one on the way in.
- The restored log records the restore in its audit trail: from which backup, by whom, and
  what it rolled back (the incidents, decisions and disclosures the replaced log had).
- A refused or failed restore leaves no file behind.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disciplinedesk.store import driver
from disciplinedesk.store.backup import REPLACED_PREFIX
from disciplinedesk.store.database import (
    BACKUP_DIR_NAME,
    RESTORING_PREFIX,
    Log,
    is_disciplinedesk_log,
    log_path,
    schema_version,
    stamp,
    table_names,
)
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.log_file import is_plain
from disciplinedesk.store.log_lock import exclusive_log
from disciplinedesk.store.migrations import SCHEMA_VERSION
from disciplinedesk.store.permissions import private_folder
from disciplinedesk.store.rows import audit

# Tables every version of the log has had since the first: a file with the marker but not
# these is not a log this program wrote.
CORE_TABLES = ("students", "incidents", "decisions", "follow_ups", "audit", "settings")
# What a restore can roll back, by table: the ids the audit names.
ROLLED_BACK_TABLES = ("incidents", "decisions", "disclosures")


class BackupPassphraseError(StoreError):
    """The backup does not open with the current passphrase: it was made before a change."""


class DemoOverRealError(StoreError):
    """A demo school's backup would replace a real school's log: confirm, naming both."""

    def __init__(self, demo_school: str, real_school: str) -> None:
        self.demo_school, self.real_school = demo_school, real_school
        super().__init__(
            f"the backup is the made-up demo school ({demo_school or 'no name'}); restoring it "
            f"would replace the log of {real_school or 'this school'} with made-up students"
        )


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file is, once it has been checked."""

    path: Path
    key: str | None  # the passphrase it opens with (None: not encrypted)
    school: str
    demo: bool
    version: int


@dataclass(frozen=True)
class _ReplacedLog:
    """What a restore needs of the log it replaces: its school, and its ids of what the
    restore may roll back."""

    school: str
    demo: bool
    ids: dict[str, set[str]]


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced log went, and what it had that the backup has not."""

    kept: Path | None
    rolled_back: dict[str, list[str]] | None = None


def inspect_backup(
    path: Path, passphrase: str | None, backup_passphrase: str | None = None
) -> BackupInfo:
    """Refuse anything that is not an intact DisciplineDesk log this program can read.

    An encrypted backup is opened with `backup_passphrase` when given, else with the current
    passphrase; when that fails, BackupPassphraseError asks for the one it was made with."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    plain = is_plain(path)
    size = path.stat().st_size
    if not plain and (size < 512 or size % 512):  # an encrypted log is whole pages
        raise StoreError(f"{path}: not an SQLite file, so not a backup of a DisciplineDesk log")
    key = None if plain else (backup_passphrase or passphrase)
    if not plain and key is None:
        raise BackupPassphraseError(
            f"{path}: encrypted, or not an SQLite file; an encrypted backup is restored with "
            "the passphrase of the log it was made from"
        )
    try:
        conn = driver.connect(driver.read_only_uri(path), key, uri=True)
    except driver.DatabaseError as error:
        raise StoreError(f"{path}: cannot be read as a log ({error})") from None
    try:
        try:
            tables = set(table_names(conn))
        except driver.DatabaseError as error:
            if not plain and "not a database" in str(error):
                raise BackupPassphraseError(
                    f"{path}: does not open with "
                    + ("that passphrase" if backup_passphrase else "the log's passphrase")
                    + "; if it was made before the passphrase was changed, give the passphrase "
                    "it was made with"
                ) from None
            raise StoreError(f"{path}: cannot be read as a log ({error})") from None
        if not is_disciplinedesk_log(conn) or not set(CORE_TABLES) <= tables:
            raise StoreError(f"{path}: not a backup of a DisciplineDesk log")
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: written by a newer DisciplineDesk; update the program first")
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise StoreError(f"{path}: the backup is damaged ({check})")
        settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    except driver.DatabaseError as error:
        raise StoreError(f"{path}: cannot be read as a log ({error})") from None
    finally:
        conn.close()
    school, demo = _school_of(settings)
    return BackupInfo(path=path, key=key, school=school, demo=demo, version=version)


def restore_backup(
    data_dir: Path,
    source: Path,
    passphrase: str | None,
    *,
    actor: str,
    backup_passphrase: str | None = None,
    confirmed_demo: bool = False,
) -> Restored:
    """Replace the log in `data_dir` by the backup `source` (see the module's docstring)."""
    with exclusive_log(data_dir):
        info = inspect_backup(source, passphrase, backup_passphrase)
        current = log_path(data_dir)
        replaced = _readable_log(current, passphrase)
        replaces_real = current.exists() and (replaced is None or not replaced.demo)
        if info.demo and not confirmed_demo and replaces_real:
            raise DemoOverRealError(info.school, replaced.school if replaced else "")
        staging = data_dir / f"{RESTORING_PREFIX}{stamp()}.sqlite3"
        try:
            _copy_in(info, staging, passphrase)
            rolled_back = _rolled_back(replaced, staging, passphrase) if replaced else None
            kept = (
                data_dir / BACKUP_DIR_NAME / f"{REPLACED_PREFIX}{stamp()}.sqlite3"
                if current.exists()
                else None
            )
            restored = Restored(kept, rolled_back)
            # The audit goes into the restored file before it takes the log's place, so a
            # restore is never in place without its record.
            _record(staging, passphrase, source, restored, actor=actor)
            if kept is not None:
                _keep_aside(current, kept)
            staging.replace(current)  # one rename: at every moment a complete log is there
        finally:
            staging.unlink(missing_ok=True)
    return restored


def _key_for(path: Path, passphrase: str | None) -> str | None:
    """The key a log file opens with: none for a plain file, else the passphrase."""
    return None if is_plain(path) else passphrase


def _school_of(settings: dict[str, Any]) -> tuple[str, bool]:
    """A log's school name and whether it is the demo school, from its settings rows."""
    raw = settings.get("school_name")
    try:
        name = json.loads(raw) if isinstance(raw, str) else ""
    except ValueError:
        name = ""
    return (name if isinstance(name, str) else ""), settings.get("demo") == "true"


def _readable_log(path: Path, passphrase: str | None) -> _ReplacedLog | None:
    """The current log as a restore needs it; None when it cannot be read (damaged,
    truncated, another passphrase): it is kept aside all the same."""
    if not path.exists():
        return None
    try:
        conn = driver.connect(driver.read_only_uri(path), _key_for(path, passphrase), uri=True)
        try:
            settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
            ids = _ids(conn)
        finally:
            conn.close()
    except driver.DatabaseError:
        return None
    school, demo = _school_of(settings)
    return _ReplacedLog(school, demo, ids)


def _copy_in(info: BackupInfo, staging: Path, passphrase: str | None) -> None:
    """The backup as a log keyed with the current passphrase (a plain backup from before
    encryption is encrypted; one made before a passphrase change is re-keyed)."""
    conn = driver.connect(driver.read_only_uri(info.path), info.key, uri=True)
    try:
        if info.key is None and passphrase is not None and not info.demo:
            driver.export_encrypted(conn, staging, passphrase)
        else:
            driver.copy_into(conn, staging, info.key)
    except driver.Error as error:
        raise StoreError(f"{staging.parent}: the backup could not be copied in ({error})") from None
    finally:
        conn.close()
    if info.key is not None and passphrase is not None and info.key != passphrase:
        copy = driver.connect(staging, info.key)
        try:
            driver.apply_key(copy, passphrase, pragma="rekey")
        finally:
            copy.close()


def _rolled_back(
    replaced: _ReplacedLog, staging: Path, passphrase: str | None
) -> dict[str, list[str]]:
    """The ids the replaced log had and the backup has not: what the restore undoes."""
    conn = driver.connect(staging, _key_for(staging, passphrase))
    try:
        kept = _ids(conn)
    finally:
        conn.close()
    return {table: sorted(replaced.ids[table] - kept[table]) for table in ROLLED_BACK_TABLES}


def _ids(conn: driver.Connection) -> dict[str, set[str]]:
    """The ids of each table a restore can roll back (a table an old log lacks has none)."""
    present = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return {
        table: {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
        if table in present
        else set()
        for table in ROLLED_BACK_TABLES
    }


def _keep_aside(current: Path, kept: Path) -> None:
    """Keep the current log, as it is, in backups/: a second name for its file (or a copy
    where the file system has no hard links), and its WAL and shared memory moved with it,
    so that the restored file never meets the old WAL."""
    private_folder(kept.parent)
    try:
        os.link(current, kept)
    except OSError:
        shutil.copy2(current, kept)
    for suffix in ("-wal", "-shm"):
        side = current.with_name(current.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))


def _record(
    staging: Path, passphrase: str | None, source: Path, restored: Restored, *, actor: str
) -> None:
    """The restore in the restored log's own audit trail (it is the log from now on)."""
    key = _key_for(staging, passphrase)
    conn = driver.connect(staging, key, isolation_level=None)
    log = Log(conn, staging, key)
    rolled = restored.rolled_back
    try:
        with log.transaction():
            audit(
                log,
                "log",
                "restore",
                "restore",
                after={
                    "backup": str(source),
                    "kept_as": str(restored.kept) if restored.kept else None,
                    "rolled_back": (
                        {table: len(ids) for table, ids in rolled.items()} if rolled else None
                    ),
                    "rolled_back_ids": rolled,
                    "replaced_log_readable": rolled is not None or restored.kept is None,
                },
                actor=actor,
            )
    finally:
        conn.close()
