"""A full disk, a read-only folder and another program's file each get their own message,
never "the log is damaged" and never an internal error; nothing is half-written."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from disciplinedesk.store.database import Log, log_path, open_log
from disciplinedesk.store.errors import DamagedLogError, StoreError
from disciplinedesk.store.incidents import record_decision
from tests.store.conftest import ANA, add_students
from tests.store.records import record_input
from tests.support import pps


def test_a_full_disk_records_nothing_and_says_so(log: Log) -> None:
    add_students(log, ANA)
    pages = log.db.execute("PRAGMA page_count").fetchone()[0]
    log.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    big = record_input("S1", description="x" * 40_000)
    with pytest.raises(StoreError, match="the disk is full: nothing was recorded") as refused:
        record_decision(log, pps(), big, actor="t")
    assert not isinstance(refused.value, DamagedLogError)
    assert log.db["incidents"].count == 0 and log.db["decisions"].count == 0


def test_a_read_only_data_folder_is_named(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_log(data_dir).close()
    from disciplinedesk.store import log_lock

    def read_only(path: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(log_lock, "private_file", read_only)
    with pytest.raises(StoreError, match="the data folder is read-only") as refused:
        open_log(data_dir)
    assert not isinstance(refused.value, DamagedLogError)


def test_another_programs_database_is_refused_and_left_as_it_is(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = log_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('someone')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for passphrase in (None, "correct horse battery staple"):
        with pytest.raises(StoreError, match="not a DisciplineDesk log \\(another program's"):
            open_log(data_dir, passphrase=passphrase)
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()
    assert not path.with_name(path.name + "-wal").exists()
