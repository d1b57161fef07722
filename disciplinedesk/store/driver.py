"""The SQLite the log runs on: SQLCipher's build, so that the log can be encrypted at rest.

Every connection of the program comes from here, so the driver, its exceptions and the way a
key is given live in one place. SQLCipher without a key is plain SQLite (tests, and logs
from before encryption); with a key every page is encrypted (AES-256, the key derived from
the passphrase with PBKDF2) and the file's header is random, so neither `sqlite3` nor a
text editor can read it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlcipher3 import dbapi2

if TYPE_CHECKING:
    import sqlite3

# sqlcipher3 is a fork of the standard library's sqlite3 module with the same interface (and
# no type hints of its own): the standard library's types describe it.
Connection: TypeAlias = "sqlite3.Connection"
Cursor: TypeAlias = "sqlite3.Cursor"
Error: type[Exception] = dbapi2.Error
DatabaseError: type[Exception] = dbapi2.DatabaseError
OperationalError: type[Exception] = dbapi2.OperationalError


def is_busy(error: BaseException) -> bool:
    """SQLite's 'another connection holds the write lock' (after busy_timeout has run out)."""
    text = str(error).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


@dataclass(frozen=True)
class DerivedKey:
    """A log file's key as SQLCipher uses it, derived once from the passphrase and the file's
    salt. It opens the file again (a background job's connection, a backup) without the
    key derivation that is slow on purpose. It lives in memory only: never written to disk,
    to the environment or to a log line (its text is hidden from repr)."""

    key_hex: str = field(repr=False)
    salt_hex: str = field(repr=False)

    def for_file(self, file: Path | None) -> str:
        """What SQLCipher is given: the key for a file that has its salt; the key and the
        salt it was derived with for a new file, which then takes that salt."""
        if _salt_of(file) is None:
            return f"x'{self.key_hex}{self.salt_hex}'"
        return f"x'{self.key_hex}'"


def connect(
    path: Path | str, passphrase: str | DerivedKey | None = None, **options: Any
) -> Connection:
    """A connection, keyed when a passphrase or a derived key is given (nothing is read
    before the key)."""
    conn: Connection = dbapi2.connect(str(path), **options)
    if passphrase is not None:
        apply_key(conn, passphrase)
    return conn


def apply_key(conn: Connection, passphrase: str | DerivedKey, *, pragma: str = "key") -> None:
    # SQLCipher reports a wrong key on stderr as well as by exception: keep it to the exception.
    conn.execute("PRAGMA cipher_log_level = NONE")
    file = _file_of(conn)
    text = (
        passphrase.for_file(file)
        if isinstance(passphrase, DerivedKey)
        else key_text(passphrase, file)
    )
    conn.execute(f"PRAGMA {pragma} = {quote(text)}")


def derive_key(passphrase: str, file: Path) -> DerivedKey:
    """The key SQLCipher would derive from `passphrase` for `file` (PBKDF2-HMAC-SHA512 with
    the file's salt, or a new random one for a new file; SQLCipher 4's settings), derived
    here once, so that every later connection of this start is keyed without deriving it
    again."""
    salt = _salt_of(file) or os.urandom(SALT_BYTES)
    return DerivedKey(_pbkdf2(passphrase, salt).hex(), salt.hex())


def _pbkdf2(passphrase: str, salt: bytes) -> bytes:
    import hashlib  # OpenSSL, loaded when a key is derived (a demo log never needs it)

    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )


# SQLCipher 4's key derivation: what it does to any passphrase it is given.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
_RAW_LOOKING = re.compile(r"[xX]'[0-9a-fA-F]{64}(?:[0-9a-fA-F]{32})?'")


def key_text(passphrase: str, file: Path | None) -> str:
    """What to give SQLCipher for a passphrase. SQLCipher takes a passphrase of the form
    x'<64 or 96 hex digits>' as a raw key, skipping the key derivation that makes a stolen
    log hard to open; such a passphrase is derived here, the same way SQLCipher derives any
    other (PBKDF2-HMAC-SHA512 with the file's salt), so it is a passphrase like any other."""
    if not _RAW_LOOKING.fullmatch(passphrase):
        return passphrase
    salt = _salt_of(file)
    fresh = salt is None  # a new file: its salt is chosen here and given with the key
    salt = salt or os.urandom(SALT_BYTES)
    return f"x'{_pbkdf2(passphrase, salt).hex()}{salt.hex() if fresh else ''}'"


def _salt_of(file: Path | None) -> bytes | None:
    """An encrypted file's salt (its first 16 bytes), or None for a new or empty file."""
    if file is None or not file.exists() or file.stat().st_size < SALT_BYTES:
        return None
    with file.open("rb") as handle:
        return handle.read(SALT_BYTES)


def _file_of(conn: Connection) -> Path | None:
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def quote(text: str) -> str:
    """A string literal for the PRAGMAs and ATTACH ... KEY, which take no parameters."""
    return "'" + text.replace("'", "''") + "'"


def read_only_uri(path: Path) -> str:
    """A read-only URI for any file name (spaces, '#' and '?' are percent-encoded); open it
    with `uri=True`."""
    return f"{path.resolve().as_uri()}?mode=ro"


def export_encrypted(conn: Connection, target: Path, passphrase: str) -> None:
    """Copy the database open on `conn` into a new file encrypted with `passphrase`
    (SQLCipher's `sqlcipher_export`, which leaves `user_version` behind: it is copied too)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(
        f"ATTACH DATABASE ? AS encrypted KEY {quote(key_text(passphrase, target))}", [str(target)]
    )
    try:
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE encrypted")


def copy_into(conn: Connection, target: Path, passphrase: str | None) -> None:
    """A consistent copy of the database open on `conn` in the new (or empty) file `target`,
    keyed like the original. `VACUUM INTO` keys the copy with the key string the original
    was given, which for a raw key (a passphrase derived in `key_text`) would not match the
    copy's own salt: such a copy is exported with its own derivation instead."""
    if passphrase is not None and _RAW_LOOKING.fullmatch(passphrase):
        export_encrypted(conn, target, passphrase)
    else:
        conn.execute("VACUUM INTO ?", [str(target)])
