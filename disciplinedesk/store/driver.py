"""The SQLite the log runs on: SQLCipher's build, so that the log can be encrypted at rest.

Every connection of the program comes from here, so the driver, its exceptions and the way a
key is given live in one place. SQLCipher without a key is plain SQLite (tests, and logs
from before encryption); with a key every page is encrypted (AES-256, the key derived from
the passphrase with PBKDF2) and the file's header is random, so neither `sqlite3` nor a
text editor can read it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, TypeAlias

from sqlcipher3 import dbapi2

# sqlcipher3 is a fork of the standard library's sqlite3 module with the same interface.
Connection: TypeAlias = sqlite3.Connection
Error: type[Exception] = dbapi2.Error
DatabaseError: type[Exception] = dbapi2.DatabaseError
OperationalError: type[Exception] = dbapi2.OperationalError


def is_busy(error: BaseException) -> bool:
    """SQLite's 'another connection holds the write lock' (after busy_timeout has run out)."""
    text = str(error).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


PLAIN_HEADER = b"SQLite format 3\x00"


def connect(path: Path | str, passphrase: str | None = None, **options: Any) -> Connection:
    """A connection, keyed when a passphrase is given (nothing is read before the key)."""
    conn: Connection = dbapi2.connect(str(path), **options)
    if passphrase is not None:
        apply_key(conn, passphrase)
    return conn


def apply_key(conn: Connection, passphrase: str, *, pragma: str = "key") -> None:
    # SQLCipher reports a wrong key on stderr as well as by exception: keep it to the exception.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA {pragma} = {quote(passphrase)}")


def quote(text: str) -> str:
    """A string literal for the PRAGMAs and ATTACH ... KEY, which take no parameters."""
    return "'" + text.replace("'", "''") + "'"


def is_plain(path: Path) -> bool:
    """Whether the file is an unencrypted SQLite database (an encrypted one starts at random)."""
    with path.open("rb") as file:
        return file.read(16) == PLAIN_HEADER


def export_encrypted(conn: Connection, target: Path, passphrase: str) -> None:
    """Copy the database open on `conn` into a new file encrypted with `passphrase`
    (SQLCipher's `sqlcipher_export`, which leaves `user_version` behind: it is copied too)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote(passphrase)}", [str(target)])
    try:
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE encrypted")
