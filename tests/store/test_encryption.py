"""Encryption at rest: the log, its backups and its migration from an unencrypted log, on real
files; what plain sqlite3 (or anyone with the laptop) can read of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import change_passphrase, log_path, open_log
from disciplinedesk.store.errors import PassphraseError, StoreError
from disciplinedesk.store.restore import inspect_backup, restore_backup
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import list_students
from tests.store.conftest import ANA, BO, add_students

SECRET = "correct horse battery staple"


def _unreadable_by_sqlite3(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "López".encode() not in raw
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM students").fetchall()
    conn.close()


def test_a_new_log_is_encrypted_and_unreadable_without_its_passphrase(data_dir: Path) -> None:
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.close()
    _unreadable_by_sqlite3(log_path(data_dir))
    with pytest.raises(PassphraseError, match="passphrase is needed"):
        open_log(data_dir)
    with pytest.raises(PassphraseError, match="not right"):
        open_log(data_dir, passphrase="Correct horse battery staple")
    log = open_log(data_dir, passphrase=SECRET)
    assert [s.last_name for s in list_students(log)] == ["López"]
    log.close()


def test_an_unencrypted_log_is_encrypted_after_an_encrypted_copy(data_dir: Path) -> None:
    log = open_log(data_dir)
    add_students(log, ANA, BO)
    log.close()
    log = open_log(data_dir, passphrase=SECRET)
    assert len(list_students(log)) == 2 and log.encrypted
    log.close()
    _unreadable_by_sqlite3(log_path(data_dir))
    (kept,) = (data_dir / "backups").glob("before-encryption-*.sqlite3")
    _unreadable_by_sqlite3(kept)
    inspect_backup(kept, SECRET)


def test_changing_the_passphrase_rekeys_the_file(data_dir: Path) -> None:
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    change_passphrase(log, "a new one, longer")
    log.close()
    with pytest.raises(PassphraseError):
        open_log(data_dir, passphrase=SECRET)
    log = open_log(data_dir, passphrase="a new one, longer")
    assert len(list_students(log)) == 1
    log.close()


def test_backups_are_encrypted_with_the_same_passphrase(data_dir: Path, tmp_path: Path) -> None:
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    backup = backup_to(log, tmp_path / "monday.sqlite3")
    add_students(log, BO)
    log.close()
    _unreadable_by_sqlite3(backup)
    with pytest.raises(StoreError, match="passphrase"):
        inspect_backup(backup, None)
    with pytest.raises(StoreError, match="does not open with the log's passphrase"):
        inspect_backup(backup, "not it")
    kept = restore_backup(data_dir, backup, SECRET, actor="t").kept
    assert kept is not None
    _unreadable_by_sqlite3(kept)
    log = open_log(data_dir, passphrase=SECRET)
    assert [s.local_id for s in list_students(log)] == ["S1"]
    log.close()


def test_a_backup_from_before_encryption_is_restored_encrypted(
    data_dir: Path, tmp_path: Path
) -> None:
    old = open_log(tmp_path / "old")
    add_students(old, ANA)
    plain_backup = backup_to(old, tmp_path / "plain.sqlite3")
    old.close()
    open_log(data_dir, passphrase=SECRET).close()
    restore_backup(data_dir, plain_backup, SECRET, actor="t")
    _unreadable_by_sqlite3(log_path(data_dir))
    log = open_log(data_dir, passphrase=SECRET)
    assert [s.local_id for s in list_students(log)] == ["S1"]
    log.close()


def test_demo_logs_stay_unencrypted(data_dir: Path) -> None:
    log = open_log(data_dir)
    with log.transaction():
        set_setting(log, "demo", True, actor="demo")
    log.close()
    log = open_log(data_dir, passphrase=SECRET)
    assert not log.encrypted
    log.close()
    assert log_path(data_dir).read_bytes().startswith(b"SQLite format 3")


def test_a_passphrase_that_looks_like_a_raw_key_goes_through_the_key_derivation(
    data_dir: Path, tmp_path: Path
) -> None:
    """x'<64 hex>' would be taken by SQLCipher as the key itself: it must be derived."""
    from disciplinedesk.store import driver

    raw_looking = "x'" + "ab" * 32 + "'"
    log = open_log(data_dir, passphrase=raw_looking)
    add_students(log, ANA)
    backup = backup_to(log, tmp_path / "copy.sqlite3")
    log.close()
    for path in (log_path(data_dir), backup):
        conn = driver.dbapi2.connect(str(path))
        conn.execute(f'PRAGMA key = "{raw_looking}"')  # the hex as a key opens nothing
        with pytest.raises(driver.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    log = open_log(data_dir, passphrase=raw_looking)  # and the passphrase opens the log
    assert [s.local_id for s in list_students(log)] == ["S1"]
    change_passphrase(log, "x'" + "cd" * 32 + "'")
    log.close()
    log = open_log(data_dir, passphrase="x'" + "cd" * 32 + "'")
    assert len(list_students(log)) == 1
    log.close()
    restore_backup(
        data_dir, backup, "x'" + "cd" * 32 + "'", actor="t", backup_passphrase=raw_looking
    )
    log = open_log(data_dir, passphrase="x'" + "cd" * 32 + "'")
    assert len(list_students(log)) == 1
    log.close()


def test_one_key_derivation_per_start(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is derived once when the log is opened; a background job's connection and
    its daily backup reuse it. The backup still opens with the passphrase alone."""
    from disciplinedesk.store import driver
    from disciplinedesk.store.backup import daily_backup

    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    log.close()
    derivations: list[bytes] = []
    real = driver._pbkdf2

    def counted(passphrase: str, salt: bytes) -> bytes:
        derivations.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(driver, "_pbkdf2", counted)
    log = open_log(data_dir, passphrase=SECRET)
    assert len(derivations) == 1 and derivations[0] == log_path(data_dir).read_bytes()[:16]
    assert (
        log.key is not None and SECRET not in repr(log.key) and log.key.key_hex not in repr(log.key)
    )
    job = open_log(data_dir, passphrase=SECRET, key=log.key)  # as a background job opens it
    made = daily_backup(job, 7)
    job.close()
    assert len(derivations) == 1  # the job derived nothing
    assert made is not None
    copy = sqlite3_with_key(made, SECRET)
    assert [row[0] for row in copy.execute("SELECT local_id FROM students")] == ["S1"]
    log.close()
    with pytest.raises(PassphraseError):
        open_log(data_dir, passphrase="not the passphrase")


def sqlite3_with_key(path: Path, passphrase: str) -> sqlite3.Connection:
    """A backup as anyone with the passphrase opens it: SQLCipher's own key derivation."""
    from disciplinedesk.store import driver

    return driver.connect(path, passphrase)
