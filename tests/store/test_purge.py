"""Purge on a real log: what it removes is unreadable afterwards, in every table, the
full-text index and the file's free pages; it never reaches the school years kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import Log, log_path
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.retention import PurgeRefusedError, purge_before, retention_floor
from disciplinedesk.store.settings import set_setting
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps

PLANTED = "quokkaflummox"  # a word no other record has


def _every_value(log: Log) -> list[object]:
    tables = [r["name"] for r in log.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values: list[object] = []
    for table in tables:
        for row in log.conn.execute(f'SELECT * FROM "{table}"'):
            values.extend(row)
    return values


def test_a_purged_description_is_gone_from_every_table_the_index_and_the_file(
    log: Log, data_dir: Path
) -> None:
    add_students(log, ANA, BO)
    old = record_input(
        "S1", when="2021-03-10T10:00", description=f"Wrote {PLANTED} on the wall of the gym"
    )
    record_decision(log, pps(), old, actor="t")
    record_decision(log, pps(), record_input("S2", description="Pushed in line"), actor="t")
    assert any(PLANTED in str(v) for v in _every_value(log))
    counts, backup = purge_before(log, date(2022, 7, 1), actor="t", today=date(2026, 11, 18))
    assert counts.incidents == 1 and backup.exists()
    assert not any(PLANTED in str(v) for v in _every_value(log))
    log.conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, incidents_fts, 'row')")
    terms = {row[0] for row in log.conn.execute("SELECT term FROM temp.terms")}
    assert PLANTED not in terms and "pushed" in terms
    # The file itself (this log is not encrypted): no free page keeps the word.
    log.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = log_path(data_dir).read_bytes()
    wal = log_path(data_dir).with_name(log_path(data_dir).name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert PLANTED.encode() not in raw


def test_the_school_years_kept_cannot_be_purged(log: Log) -> None:
    today = date(2026, 11, 18)
    assert retention_floor(log, today) == date(2025, 7, 1)  # this year and the last
    with pytest.raises(PurgeRefusedError, match="give 2025-07-01 or earlier"):
        purge_before(log, date(2026, 11, 11), actor="t", today=today)
    with log.transaction():
        set_setting(log, "retention_years_kept", 1, actor="t")
    assert retention_floor(log, today) == date(2026, 7, 1)
    with pytest.raises(PurgeRefusedError):
        purge_before(log, date(2026, 7, 2), actor="t", today=today)


def test_purge_backups_follow_the_daily_retention(log: Log, data_dir: Path) -> None:
    add_students(log, ANA)
    with log.transaction():
        set_setting(log, "backups_keep", 2, actor="t")
    made = [
        purge_before(log, date(2020, 7, 1), actor="t", today=date(2026, 11, 18))[1]
        for _ in range(4)
    ]
    kept = sorted((data_dir / "backups").glob("before-purge-*.sqlite3"))
    assert kept == made[-2:]
    backup_to(log, data_dir / "backups" / "mine.sqlite3")  # other backups are never pruned
    purge_before(log, date(2020, 7, 1), actor="t", today=date(2026, 11, 18))
    assert (data_dir / "backups" / "mine.sqlite3").exists()
