"""Restore on a school's worst day, on real encrypted files: never while another process has
the log open, over a damaged or truncated log, from before a passphrase change, audited."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import change_passphrase, log_path, open_log
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.incidents import list_incidents, record_decision
from disciplinedesk.store.instance_lock import InstanceLock
from disciplinedesk.store.log_lock import LogInUseError
from disciplinedesk.store.restore import (
    BackupPassphraseError,
    DemoOverRealError,
    restore_backup,
)
from disciplinedesk.store.sample import populate
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import list_students
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps

SECRET = "correct horse battery staple"


def _school(data_dir: Path, tmp_path: Path) -> Path:
    """An encrypted log with one decision, and a backup of it made before a second one."""
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA, BO)
    with log.transaction():
        set_setting(log, "school_name", "Rosewood Middle School", actor="t")
    record_decision(log, pps(), record_input("S1"), actor="t")
    backup = backup_to(log, tmp_path / "monday backup #1.sqlite3")  # a space and a '#'
    record_decision(log, pps(), record_input("S2", when="2026-11-19T10:00"), actor="t")
    log.close()
    return backup


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from disciplinedesk.store.database import open_log
    log = open_log(Path(sys.argv[1]), passphrase=sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    log.close()
    """
)


def test_a_restore_while_another_process_has_the_log_open_is_refused(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    backup = _school(data_dir, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), SECRET],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(LogInUseError, match="another DisciplineDesk command"):
            restore_backup(data_dir, backup, SECRET, actor="t")
        with pytest.raises(LogInUseError):
            log = open_log(data_dir, passphrase=SECRET)
            try:
                change_passphrase(log, "another one, long enough")
            finally:
                log.close()
    finally:
        holder.communicate("\n", timeout=30)
    log = open_log(data_dir, passphrase=SECRET)  # nothing was lost or replaced
    assert len(list_incidents(log)) == 2
    log.close()
    assert not (data_dir / "backups").exists() or not list(
        (data_dir / "backups").glob("before-restore-*")
    )


def test_with_the_program_window_open_the_message_says_close_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backup = _school(data_dir, tmp_path)
    window = InstanceLock(data_dir)
    window.acquire()
    log = open_log(data_dir, passphrase=SECRET)  # the window's own hold on the log
    try:
        with pytest.raises(LogInUseError, match="close DisciplineDesk first"):
            restore_backup(data_dir, backup, SECRET, actor="t")
    finally:
        log.close()
        window.release()


def test_restore_over_a_truncated_log_keeps_it_and_records_the_restore(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backup = _school(data_dir, tmp_path)
    current = log_path(data_dir)
    truncated = current.read_bytes()[:8192]
    current.write_bytes(truncated)
    restored = restore_backup(data_dir, backup, SECRET, actor="A. Rivera")
    assert restored.kept is not None and restored.kept.read_bytes() == truncated
    assert restored.kept.parent == data_dir / "backups"
    assert restored.rolled_back is None  # the truncated log could not be read
    log = open_log(data_dir, passphrase=SECRET)
    assert len(list_incidents(log)) == 1
    (row,) = log.query("SELECT after, actor FROM audit WHERE action = 'restore'")
    after = json.loads(row["after"])
    assert row["actor"] == "A. Rivera" and after["backup"] == str(backup)
    assert after["replaced_log_readable"] is False and after["kept_as"] == str(restored.kept)
    log.close()


def test_the_restore_audit_names_what_it_rolled_back(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backup = _school(data_dir, tmp_path)
    log = open_log(data_dir, passphrase=SECRET)
    later = [row["id"] for row in list_incidents(log) if row["student_id"] == "S2"]
    log.close()
    restored = restore_backup(data_dir, backup, SECRET, actor="t")
    assert restored.rolled_back is not None and restored.rolled_back["incidents"] == later
    assert len(restored.rolled_back["decisions"]) == 1
    # The backup holds the record of its own making, settled as complete once restored.
    assert restored.rolled_back["disclosures"] == []
    log = open_log(data_dir, passphrase=SECRET)
    from disciplinedesk.store.disclosures import list_disclosures

    assert [d["destination"] for d in list_disclosures(log)] == [str(backup)]
    (row,) = log.query("SELECT after FROM audit WHERE action = 'restore'")
    after = json.loads(row["after"])
    assert after["rolled_back"] == {"incidents": 1, "decisions": 1, "disclosures": 0}
    assert after["rolled_back_ids"]["incidents"] == later
    log.close()


def test_a_backup_from_before_a_passphrase_change_asks_for_its_own(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backup = _school(data_dir, tmp_path)
    log = open_log(data_dir, passphrase=SECRET)
    change_passphrase(log, "the new passphrase, long")
    log.close()
    with pytest.raises(BackupPassphraseError, match="made before the passphrase was changed"):
        restore_backup(data_dir, backup, "the new passphrase, long", actor="t")
    with pytest.raises(BackupPassphraseError, match="does not open with that passphrase"):
        restore_backup(
            data_dir, backup, "the new passphrase, long", actor="t", backup_passphrase="wrong one"
        )
    restore_backup(
        data_dir, backup, "the new passphrase, long", actor="t", backup_passphrase=SECRET
    )
    log = open_log(data_dir, passphrase="the new passphrase, long")  # re-keyed to the current
    assert len(list_incidents(log)) == 1
    log.close()


def test_a_demo_backup_over_a_real_log_needs_a_confirmation_naming_both(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _school(data_dir, tmp_path)
    demo = open_log(tmp_path / "demo")
    populate(demo, pps(), students=10, incidents=5)
    with demo.transaction():
        set_setting(demo, "demo", True, actor="demo")
    demo_backup = backup_to(demo, tmp_path / "demo.sqlite3")
    demo.close()
    with pytest.raises(DemoOverRealError) as refused:
        restore_backup(data_dir, demo_backup, SECRET, actor="t")
    assert "Rosewood Middle School" in str(refused.value) and "demo school" in str(refused.value)
    assert refused.value.demo_school.startswith("Rosewood K-12 School")
    restore_backup(data_dir, demo_backup, SECRET, actor="t", confirmed_demo=True)
    log = open_log(data_dir, passphrase=SECRET)
    assert len(list_students(log)) == 10
    log.close()


def test_what_is_not_a_backup_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "data"
    _school(data_dir, tmp_path)
    before = sorted(p.name for p in data_dir.rglob("*"))
    marker_only = tmp_path / "marker.sqlite3"
    conn = sqlite3.connect(marker_only)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("""INSERT INTO settings VALUES ('app', '"disciplinedesk"')""")
    conn.commit()
    conn.close()
    future = tmp_path / "future.sqlite3"
    other = open_log(tmp_path / "other")
    other.db.execute("PRAGMA user_version = 99")
    backup_to(other, future)
    other.close()
    for path, message in (
        (marker_only, "not a backup of a DisciplineDesk log"),
        (future, "written by a newer DisciplineDesk"),
    ):
        with pytest.raises(StoreError, match=message):
            restore_backup(data_dir, path, SECRET, actor="t")
    assert sorted(p.name for p in data_dir.rglob("*")) == before
