"""Backup through VACUUM INTO and restore: round trip, refusals, the current log kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.restore import inspect_backup, restore_backup
from disciplinedesk.store.students import list_students
from tests.store.conftest import ANA, BO, add_students


def test_round_trip(log: Log, data_dir: Path, tmp_path: Path) -> None:
    add_students(log, ANA)
    target = backup_to(log, tmp_path / "monday.sqlite3")
    add_students(log, BO)
    log.close()
    kept = restore_backup(data_dir, target, None, actor="t").kept
    assert kept is not None and kept.exists()
    restored = open_log(data_dir)
    assert [s.local_id for s in list_students(restored)] == ["S1"]
    restored.close()
    previous = sqlite3.connect(kept)
    assert previous.execute("SELECT COUNT(*) FROM students").fetchone()[0] == 2
    previous.close()


def test_backup_does_not_overwrite(log: Log, tmp_path: Path) -> None:
    (tmp_path / "exists.sqlite3").write_bytes(b"x")
    with pytest.raises(StoreError, match="already exists"):
        backup_to(log, tmp_path / "exists.sqlite3")


def test_restore_refuses_other_files(data_dir: Path, tmp_path: Path, log: Log) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    log.close()  # a restore needs the log to itself
    for path, message in (
        (text, "not an SQLite file"),
        (other, "not a backup of a DisciplineDesk log"),
        (tmp_path / "none", "no such file"),
    ):
        with pytest.raises(StoreError, match=message):
            restore_backup(data_dir, path, None, actor="t")
    assert not (data_dir / "backups").exists()  # nothing was touched
    assert sorted(p.name for p in data_dir.iterdir()) == [".log-lock", "disciplinedesk.sqlite3"] + [
        p.name for p in data_dir.iterdir() if p.name.endswith(("-wal", "-shm"))
    ]  # and no stray file was left


def test_daily_backups_keep_the_newest(log: Log, data_dir: Path) -> None:
    from disciplinedesk.store.backup import daily_backup

    add_students(log, ANA)
    made = [daily_backup(log, 3, today=f"2026-11-{day:02d}") for day in range(20, 25)]
    assert all(made) and daily_backup(log, 3, today="2026-11-24") is None  # once a day
    kept = sorted(p.name for p in (data_dir / "backups").glob("daily-*.sqlite3"))
    assert kept == [
        "daily-2026-11-22.sqlite3",
        "daily-2026-11-23.sqlite3",
        "daily-2026-11-24.sqlite3",
    ]
    inspect_backup(data_dir / "backups" / kept[-1], None)
