"""Migrations from an empty file and from every earlier version; files that are not logs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from disciplinedesk.store.database import connect, log_path, open_log, schema_version
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.migrations import MIGRATIONS, SCHEMA_VERSION


def test_new_log_has_every_migration(data_dir: Path) -> None:
    log = open_log(data_dir)
    assert schema_version(log.conn) == SCHEMA_VERSION == 16
    assert {
        "students",
        "incidents",
        "decisions",
        "follow_ups",
        "calendar_days",
        "audit",
        "settings",
    } <= set(log.db.table_names())
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert log.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    log.close()


def _version_1_log(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    path = log_path(data_dir)
    db = connect(path)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO students (id, local_id, first_name, last_name, grade, created_at, updated_at) "
        "VALUES ('k1', 'S1', 'Ana', 'Nguyễn', '8', 'x', 'x')"
    )
    db.execute(
        "INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, description, flags, created_at) "
        "VALUES ('i1', 'k1', '2026-11-02T09:00', 'on_campus', '[\"fighting\"]', 'Shoving near the gym', '{}', 'x')"
    )
    db.close()
    return path


def _plant_decided_incident(db: Any, version: int) -> None:
    """A student, an incident, its decision and a follow-up, as a log at `version` held them
    (before version 5 the decision kept its case in its own row)."""
    db.execute(
        "INSERT INTO students (id, local_id, first_name, last_name, grade, created_at, updated_at) "
        "VALUES ('k1', 'S1', 'Ana', 'Lee', '8', 'x', 'x')"
    )
    shared = ("", "") if version < 12 else (", shared_id", ", 'i1'")  # 12: several students
    db.execute(
        f"INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, flags, created_at"
        f"{shared[0]}) VALUES ('i1', 'k1', '2026-11-02T09:00', 'on_campus', '[\"fighting\"]', "
        f"'{{}}', 'x'{shared[1]})"
    )
    columns = (
        "id, incident_id, revision, policy_id, policy_version, responses_suggested, action, "
        "days, responses_chosen, decided_by, decided_at"
    )
    values = "'d1', 'i1', 1, 'pps', '1', '[]', 'in_school_suspension', 1, '[]', 'VP', 'x'"
    if version < 5:
        columns += ", case_json, result_json"
        values += ", '{\"student\": {}}', '{\"type\": 3}'"
    db.execute(f"INSERT INTO decisions ({columns}) VALUES ({values})")
    if version >= 5:
        db.execute(
            "INSERT INTO decision_records (decision_id, case_json, result_json) "
            "VALUES ('d1', '{\"student\": {}}', '{\"type\": 3}')"
        )
    db.execute(
        "INSERT INTO follow_ups (id, decision_id, kind, due, text, created_at) "
        "VALUES ('f1', 'd1', 'return_to_school', '2026-11-03', 'Return meeting', 'x')"
    )


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_version_migrates(data_dir: Path, version: int) -> None:
    from disciplinedesk.store.follow_ups import list_follow_ups
    from disciplinedesk.store.incidents import list_incidents, show_incident

    data_dir.mkdir(parents=True)
    db = connect(log_path(data_dir))
    for migration in MIGRATIONS[:version]:
        migration(db)
    _plant_decided_incident(db, version)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    log = open_log(data_dir)
    assert schema_version(log.conn) == SCHEMA_VERSION
    assert {"drafts", "disclosures", "incidents_fts", "participants"} <= set(log.db.table_names())
    assert len(list((data_dir / "backups").glob(f"before-migration-v{version}-*.sqlite3"))) == 1
    # The incident is an incident with one offender, under the same ids.
    details = show_incident(log, "i1")
    assert [p["role"] for p in details["participants"]] == ["offender"]
    assert details["participants"][0]["decision"]["id"] == "d1"
    assert [r["id"] for r in details["revisions"]] == ["d1"]
    assert [row["incident_id"] for row in list_incidents(log)] == ["i1"]
    assert [f["id"] for f in list_follow_ups(log)] == ["f1"]
    assert log.db.execute("PRAGMA foreign_key_check").fetchall() == []
    log.close()


def test_version_1_migrates_with_a_backup_and_keeps_data(data_dir: Path) -> None:
    _version_1_log(data_dir)
    log = open_log(data_dir)
    assert schema_version(log.conn) == SCHEMA_VERSION
    backups = list((data_dir / "backups").glob("before-migration-v1-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    # the search index covers rows written before it existed
    hits = log.query("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH 'gym'")
    assert len(hits) == 1
    assert log.query("SELECT rowid FROM students_fts WHERE students_fts MATCH 'nguyen'")
    log.close()


def test_a_failing_migration_leaves_the_file_at_its_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _version_1_log(data_dir)

    def broken(db: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("disciplinedesk.store.database.MIGRATIONS", (MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        open_log(data_dir)
    db = connect(log_path(data_dir))
    assert schema_version(db) == 1
    db.close()


def test_newer_log_is_refused(data_dir: Path) -> None:
    open_log(data_dir).close()
    db = connect(log_path(data_dir))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer DisciplineDesk"):
        open_log(data_dir)


def test_other_sqlite_file_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(log_path(data_dir))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a DisciplineDesk log"):
        open_log(data_dir)


def test_damaged_file_is_reported_not_overwritten(data_dir: Path) -> None:
    open_log(data_dir).close()
    path = log_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="restore"):
        open_log(data_dir)
    assert path.read_bytes() == bytes(raw)


def test_truncated_file_is_detected(data_dir: Path) -> None:
    log = open_log(data_dir)
    log.db.execute("CREATE TABLE padding (x)")
    log.db.execute("INSERT INTO padding VALUES (zeroblob(100000))")
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.close()
    path = log_path(data_dir)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(StoreError, match="truncated"):
        open_log(data_dir)


def test_daily_quick_check_finds_damaged_pages(data_dir: Path) -> None:
    log = open_log(data_dir)
    for n in range(300):
        log.db.execute(
            "INSERT INTO calendar_days (day, description) VALUES (?, ?)", [f"d{n:04d}", "x" * 200]
        )
    log.db.execute("DELETE FROM settings WHERE key = 'last_quick_check'")
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.close()
    path = log_path(data_dir)
    raw = bytearray(path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    last_page = len(raw) - page_size
    raw[last_page : last_page + 64] = b"\x00" * 64  # wipe a b-tree page header
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match=r"damaged|cannot be read"):
        open_log(data_dir)


def test_decisions_keep_their_follow_ups_and_records_through_migration_5(data_dir: Path) -> None:
    from disciplinedesk.store.incidents import show_incident

    data_dir.mkdir(parents=True)
    db = connect(log_path(data_dir))
    for migration in MIGRATIONS[:4]:
        migration(db)
    db.execute("PRAGMA user_version = 4")
    db.execute(
        "INSERT INTO students (id, local_id, first_name, last_name, grade, created_at, updated_at) "
        "VALUES ('k1', 'S1', 'Ana', 'Lee', '8', 'x', 'x')"
    )
    db.execute(
        "INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, flags, created_at) "
        "VALUES ('i1', 'k1', '2026-11-02T09:00', 'on_campus', '[\"fighting\"]', '{}', 'x')"
    )
    db.execute(
        "INSERT INTO decisions (id, incident_id, revision, case_json, result_json, policy_id, policy_version, "
        "responses_suggested, action, days, responses_chosen, decided_by, decided_at) VALUES "
        "('d1', 'i1', 1, '{\"student\": {}}', '{\"type\": 3}', 'pps', '1', '[]', 'none', 0, '[]', 'VP', 'x')"
    )
    db.execute(
        "INSERT INTO follow_ups (id, decision_id, kind, due, text, created_at) VALUES ('f1', 'd1', 'k', '2026-11-03', 't', 'x')"
    )
    db.close()
    log = open_log(data_dir)
    assert schema_version(log.conn) == SCHEMA_VERSION
    (revision,) = show_incident(log, "i1")["revisions"]
    assert revision["case"] == {"student": {}} and revision["result"] == {"type": 3}
    assert [f["id"] for f in revision["follow_ups"]] == ["f1"]
    assert log.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert log.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    columns = [row[1] for row in log.db.execute("PRAGMA table_info(decisions)").fetchall()]
    assert "case_json" not in columns and "result_json" not in columns
    log.close()


def test_migration_7_marks_every_revision_but_the_latest_as_superseded(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = connect(log_path(data_dir))
    for migration in MIGRATIONS[:6]:
        migration(db)
    db.execute("PRAGMA user_version = 6")
    db.execute(
        "INSERT INTO students (id, local_id, first_name, last_name, grade, created_at, updated_at) "
        "VALUES ('k1', 'S1', 'Ana', 'Lee', '8', 'x', 'x')"
    )
    for incident in ("i1", "i2"):
        db.execute(
            "INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, flags, created_at) "
            "VALUES (?, 'k1', '2026-11-02T09:00', 'on_campus', '[\"fighting\"]', '{}', 'x')",
            [incident],
        )
    for decision, incident, revision in (
        ("a1", "i1", 1),
        ("a2", "i1", 2),
        ("a3", "i1", 3),
        ("b1", "i2", 1),
    ):
        db.execute(
            "INSERT INTO decisions (id, incident_id, revision, policy_id, policy_version, "
            "responses_suggested, action, responses_chosen, decided_by, decided_at) VALUES "
            "(?, ?, ?, 'pps', '1', '[]', 'none', '[]', 'VP', ?)",
            [decision, incident, revision, f"2026-11-0{revision}T10:00"],
        )
    db.close()
    log = open_log(data_dir)
    marks = dict(log.db.execute("SELECT id, superseded_at FROM decisions").fetchall())
    assert marks == {
        "a1": "2026-11-02T10:00",
        "a2": "2026-11-03T10:00",
        "a3": None,
        "b1": None,
    }
    # migration 8: each incident carries its current decision's action and days
    carried = dict(log.db.execute("SELECT id, action FROM incidents").fetchall())
    assert carried == {"i1": "none", "i2": "none"}
    log.close()
