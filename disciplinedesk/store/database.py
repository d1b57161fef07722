"""Opening the log: one SQLite file, WAL, foreign keys, an integrity check and migrations.

The log takes its connection from outside (`Log(conn)`), so tests hand it a temporary file
and the GUI's database worker owns its own connection. The store reads and writes through
the DB-API connection (`Log.execute`, `Log.query`); sqlite-utils (`Log.db`) is there for
tools and tests, imported when first asked for: it costs a start 40 ms.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disciplinedesk.store import driver
from disciplinedesk.store.driver import Connection
from disciplinedesk.store.errors import DamagedLogError, PassphraseError, StoreError
from disciplinedesk.store.log_file import is_demo, is_plain
from disciplinedesk.store.log_file import log_path as log_path  # where the store has it
from disciplinedesk.store.log_lock import LogLock
from disciplinedesk.store.migrations import APP_ID, MIGRATIONS, SCHEMA_VERSION
from disciplinedesk.store.permissions import private_folder, secure_data_dir

if TYPE_CHECKING:
    import sqlite_utils

# Join a query's incidents `i` to their current decision `d` (the latest revision): every
# count and list reads only what the administrator decided last.
CURRENT_DECISION = "d.incident_id = i.id AND d.superseded_at IS NULL"
BACKUP_DIR_NAME = "backups"
# Files a restore or an encryption writes beside the log before one rename puts them in
# place; one left by a killed process is removed when the log next opens.
RESTORING_PREFIX = ".restoring-"
ENCRYPTING_SUFFIX = ".encrypting"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamp() -> str:
    """A file-name-safe timestamp for backups."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


class Log:
    """The open log. Functions in the store modules take it as their first argument."""

    def __init__(
        self,
        conn: Connection,
        path: Path | None = None,
        passphrase: str | None = None,
        lock: LogLock | None = None,
        key: driver.DerivedKey | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        # Kept in memory while the log is open: background jobs open their own connection,
        # with the key derived when the log was opened (one key derivation per start).
        self.passphrase = passphrase
        self.key = key
        # This process's shared hold on the log (see log_lock): released when it closes.
        self.lock = lock

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for tools and tests (`db.table_names()`,
        `db[t].count`). No plugins: nothing installed elsewhere may touch the records."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def execute(self, sql: str, params: Any = ()) -> driver.Cursor:
        return self.conn.execute(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: every write the program makes goes through one of these. When
        another process holds the write lock past `busy_timeout`, LogBusyError says so."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except driver.OperationalError as error:
            if driver.is_busy(error):
                raise LogBusyError(BUSY_MESSAGE) from None
            raise
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, driver.OperationalError) and driver.is_busy(error):
                raise LogBusyError(BUSY_MESSAGE) from None
            problem = storage_problem(error)
            if problem:
                raise StoreError(f"{problem}: nothing was recorded") from None
            raise

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """The rows as dicts; a repeated column name gets _2, _3 (as sqlite-utils names it).
        A statement that returns no rows is refused (after it ran): Log.execute is for those."""
        cursor = self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError("Log.query is for statements that return rows; use Log.execute")
        names = unique_names(column[0] for column in cursor.description)
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def storage_problem(error: BaseException) -> str | None:
    """What the disk or the folder refused, in the user's words, or None for anything else:
    a full disk or a read-only folder is not a damaged log."""
    text = str(error).lower()
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the data folder is read-only (or not the user's)"
    if not isinstance(error, driver.OperationalError):
        return None
    if "disk is full" in text:
        return "the disk is full"
    if "readonly database" in text or "read-only" in text:
        return "the data folder is read-only (or not the user's)"
    if "unable to open database file" in text:
        return "the log cannot be opened (the data folder is read-only, or not the user's)"
    return None


BUSY_MESSAGE = (
    "the log is busy (another DisciplineDesk is writing to it); nothing was recorded, "
    "try again in a moment"
)


class LogBusyError(StoreError):
    """Another process kept the log's write lock longer than this one waits."""


def unique_names(names: Iterable[str]) -> list[str]:
    """Column names made unique: a repeat gets _2, _3 (skipping a name already taken), so
    that a join's second `id` never overwrites the first."""
    names = list(names)
    taken = set(names)
    if len(taken) == len(names):
        return names
    seen: set[str] = set()
    unique = []
    for name in names:
        if name in seen:
            suffix, renamed = 2, name
            while renamed in seen or renamed in taken:
                renamed, suffix = f"{name}_{suffix}", suffix + 1
            name = renamed
        seen.add(name)
        unique.append(name)
    return unique


def table_names(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def column_names(conn: Connection, table: str, schema: str = "main") -> list[str]:
    """A table's columns in order, in this log (`main`) or a file attached to it."""
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def connect(path: Path, passphrase: str | driver.DerivedKey | None = None) -> Connection:
    """A connection with the settings every part of the program relies on."""
    conn = driver.connect(path, passphrase, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # A trigger's own writes fire triggers too (sqlite-utils' default, kept).
    conn.execute("PRAGMA recursive_triggers = ON")
    # Sorts and temporary tables stay in memory: student records never land in /tmp.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def open_log(
    data_dir: Path,
    *,
    create: bool = True,
    passphrase: str | None = None,
    key: driver.DerivedKey | None = None,
) -> Log:
    """Open (or create) the log in `data_dir`, checking and migrating it first.

    With a passphrase a new log is created encrypted, and an existing unencrypted log is
    encrypted first (after an encrypted copy is kept in `backups/`). Without one, only an
    unencrypted log opens. Demo logs (made-up students) stay unencrypted.

    `key` is an open log's `Log.key` (with its passphrase): a background job's connection is
    keyed with it instead of deriving the key from the passphrase again.
    """
    path = log_path(data_dir)
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        if not create:
            raise StoreError(f"{data_dir}: no DisciplineDesk log here")
        try:
            private_folder(data_dir)
        except OSError as error:
            raise StoreError(
                f"{data_dir}: cannot create the data folder ({error.strerror})"
            ) from None
    secure_data_dir(data_dir)
    if not path.exists():  # created empty and private, so SQLite's WAL and SHM files are too
        path.touch(mode=0o600)
    lock = LogLock(data_dir)
    lock.acquire_shared()
    try:
        _sweep_staging(data_dir)
        return _open_held(path, exists, passphrase, lock, key)
    except BaseException:
        lock.release()
        raise


def _sweep_staging(data_dir: Path) -> None:
    """A restore or an encryption killed half-way left its staging copy: with the shared lock
    held, none is running now, so it is removed (it is a copy, never the only one)."""
    for leftover in [
        *data_dir.glob(f"{RESTORING_PREFIX}*"),
        *data_dir.glob(f"*{ENCRYPTING_SUFFIX}"),
    ]:
        leftover.unlink(missing_ok=True)


def _open_held(
    path: Path,
    exists: bool,
    passphrase: str | None,
    lock: LogLock,
    derived: driver.DerivedKey | None = None,
) -> Log:
    key = passphrase
    if exists and is_plain(path):
        _refuse_foreign(path)  # another program's database is never touched
        if passphrase is not None and not is_demo(path):
            lock.acquire_exclusive()  # the file is replaced: nobody else may have it open
            encrypt_log(path, passphrase)
            lock.downgrade()
        else:
            key = None
    elif exists and passphrase is None:
        raise PassphraseError(f"{path}: the log is encrypted; its passphrase is needed")
    if key is None:
        derived = None
    elif derived is None:
        derived = driver.derive_key(key, path)  # once per start: the jobs reuse it
    try:
        conn = connect(path, derived)
        if key is not None:
            _unlock(conn, path)
        # Up to 64 MiB of pages stay decrypted in memory (filled only as pages are read): a
        # year's report reads the same index pages again and again, and an encrypted page
        # costs an AES decryption and an HMAC check each time it is read from the file.
        conn.execute("PRAGMA cache_size = -65536")
        _check(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, path)
    except driver.DatabaseError as error:
        if driver.is_busy(error):  # a long write elsewhere, not damage
            raise LogBusyError(BUSY_MESSAGE) from None
        problem = storage_problem(error)
        if problem:
            raise StoreError(f"{path}: {problem}") from None
        raise DamagedLogError(f"{path}: the log cannot be read ({error}); {RESTORE_HINT}") from None
    log = Log(conn, path, key, lock, derived)
    from disciplinedesk.store.disclosures import settle_pending

    settle_pending(log)  # what a killed process left half-disclosed
    return log


def _unlock(conn: Connection, path: Path) -> None:
    """The first read tells a wrong passphrase (SQLCipher cannot tell it from a damaged first
    page, so the message names both)."""
    try:
        conn.execute("PRAGMA user_version").fetchone()  # decrypts the first page only
    except driver.DatabaseError as error:
        conn.close()
        if "not a database" not in str(error):  # a key that decrypts, on a damaged file
            raise DamagedLogError(f"{path}: the log is damaged ({error}); {RESTORE_HINT}") from None
        raise PassphraseError(
            f"{path}: the passphrase is not right (or the log's first page is damaged)"
        ) from None


def _refuse_foreign(path: Path) -> None:
    """A plain SQLite file at the log's path that this program did not write is refused
    before anything (encryption, WAL, migrations) changes it."""
    conn = driver.connect(driver.read_only_uri(path), uri=True)
    try:
        ours = (schema_version(conn) == 0 and not table_names(conn)) or is_disciplinedesk_log(conn)
    except driver.DatabaseError:
        ours = True  # unreadable: the checks that follow say what is wrong
    finally:
        conn.close()
    if not ours:
        raise StoreError(
            f"{path}: not a DisciplineDesk log (another program's database?); it was left as it "
            "is. Move it away, or choose another data folder"
        )


def encrypt_log(path: Path, passphrase: str) -> Path:
    """Encrypt an unencrypted log in place; returns the encrypted copy kept in `backups/`.

    The copy is written first (SQLCipher's `sqlcipher_export` into a keyed database), then
    the log is replaced by another copy of it, so at every moment one complete log exists.
    """
    backups = path.parent / BACKUP_DIR_NAME
    private_folder(backups)
    kept = backups / f"before-encryption-{stamp()}.sqlite3"
    conn = driver.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        driver.export_encrypted(conn, kept, passphrase)
    finally:
        conn.close()
    staging = path.with_name(path.name + ENCRYPTING_SUFFIX)
    shutil.copy2(kept, staging)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    staging.replace(path)
    return kept


def change_passphrase(log: Log, new: str) -> None:
    """Re-encrypt the log with a new passphrase (SQLCipher's rekey rewrites every page)."""
    if not log.encrypted:
        raise StoreError("the log is not encrypted; open it with a passphrase to encrypt it")
    if log.lock is not None:
        log.lock.acquire_exclusive()  # every page is rewritten: nobody else may have it open
    try:
        log.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = driver.derive_key(new, log.path) if log.path is not None else None
        driver.apply_key(log.conn, key or new, pragma="rekey")  # the salt stays the file's
        log.passphrase, log.key = new, key
    finally:
        if log.lock is not None:
            log.lock.downgrade()


def _check(conn: Connection, path: Path) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: this log was written by a newer DisciplineDesk (schema {version}); update the program"
        )
    if version == 0:
        if table_names(conn):
            raise StoreError(f"{path}: not a DisciplineDesk log")
        return
    if not is_disciplinedesk_log(conn):
        raise StoreError(f"{path}: not a DisciplineDesk log")
    # int(): SQLCipher's build answers these two PRAGMAs as text
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size) and path.stat().st_size < page_size * pages:
        raise DamagedLogError(f"{path}: the log is truncated; {RESTORE_HINT}")
    if _quick_check_due(conn):
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DamagedLogError(f"{path}: the log is damaged ({result}); {RESTORE_HINT}")
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('last_quick_check', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [f'"{utc_now()}"'],
        )


RESTORE_HINT = "restore a backup with `disciplinedesk restore`"
QUICK_CHECK_INTERVAL = timedelta(hours=24)


def _quick_check_due(conn: Connection) -> bool:
    """A full quick_check reads the whole file (over a second for a district-sized log), so it
    runs at most once a day; truncation is checked at every open, and damage elsewhere shows
    as an error the moment a damaged page is read."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'last_quick_check'").fetchone()
    if row is None:
        return True
    try:  # written as 2026-12-01T08:00:00Z (fromisoformat: strptime costs a start 2 ms)
        last = datetime.fromisoformat(row[0].strip('"'))
    except ValueError:
        return True
    return last.tzinfo is None or datetime.now(UTC) - last > QUICK_CHECK_INTERVAL


def schema_version(conn: Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def is_disciplinedesk_log(conn: Connection) -> bool:
    if "settings" not in table_names(conn):
        return False
    row = conn.execute("SELECT value FROM settings WHERE key = 'app'").fetchone()
    return row is not None and row[0] == f'"{APP_ID}"'


def migrate(conn: Connection, path: Path | None) -> None:
    """Run the migrations the file lacks, after copying it to a timestamped backup."""
    version = schema_version(conn)
    if version >= SCHEMA_VERSION:
        return
    if version > 0 and path is not None:
        backup_dir = path.parent / BACKUP_DIR_NAME
        private_folder(backup_dir)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup_dir / f"before-migration-v{version}-{stamp()}.sqlite3")
    # Table rebuilds need foreign keys off (SQLite's documented procedure); every reference is
    # checked before each migration commits, and enforcement is back on afterwards.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[number - 1](conn)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"migration {number} would break {len(broken)} references; nothing was changed"
                    )
                conn.execute(f"PRAGMA user_version = {number}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
