"""`passphrase`, `audit` and `purge` through the command line, on encrypted logs."""

from __future__ import annotations

import json
import os
from pathlib import Path

from disciplinedesk.store.database import open_log
from tests.store.records import record_input
from tests.test_cli_evaluate import TEST_PASSPHRASE, cli
from tests.test_cli_store import _record, _roster


def _school(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    assert (
        cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir)).returncode
        == 0
    )
    _record(data_dir, record_input("S1", when="2019-10-01T10:00", behaviors=["fighting"]))
    _record(data_dir, record_input("S1", when="2026-10-01T10:00", behaviors=["tardiness"]))
    _record(data_dir, record_input("S2", when="2026-10-02T10:00", behaviors=["tardiness"]))
    old = json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout)[-1]
    assert old["occurred_at"].startswith("2019")
    assert (
        cli(
            "letter", old["id"], "--out", str(tmp_path / "old.pdf"), "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    return data_dir


def test_audit_lists_changes_and_disclosures_for_a_student(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    rows = json.loads(cli("audit", "--student", "S1", "--json", "--data-dir", str(data_dir)).stdout)
    kinds = [(r["kind"], r["what"].split(":")[0]) for r in rows]
    assert kinds.count(("change", "incidents insert")) == 2
    assert kinds.count(("change", "decisions insert")) == 2
    assert ("disclosure", "letter") in kinds
    assert all("Chen" not in json.dumps(r) for r in rows)  # S2's records are not S1's trail
    period = json.loads(
        cli(
            "audit",
            "--from",
            "2000-01-01",
            "--to",
            "2000-12-31",
            "--json",
            "--data-dir",
            str(data_dir),
        ).stdout
    )
    assert period == []  # everything was written today
    unknown = cli("audit", "--student", "S9", "--data-dir", str(data_dir))
    assert unknown.returncode == 2 and "no student 'S9'" in unknown.stderr


def test_purge_removes_old_records_after_a_backup_and_logs_counts(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    refused = cli("purge", "--before", "2020-07-01", "--data-dir", str(data_dir))
    assert (
        refused.returncode == 2
        and "1 incidents would be removed (a backup is made first: " in refused.stderr
    )
    assert "before-purge-" in refused.stderr and "add --yes" in refused.stderr
    done = cli("purge", "--before", "2020-07-01", "--yes", "--json", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert (counts["incidents"], counts["decisions"], counts["disclosures"]) == (1, 1, 1)
    assert Path(counts["backup"]).exists()
    listed = json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout)
    assert [r["occurred_at"][:4] for r in listed] == ["2026", "2026"]
    log = open_log(data_dir, passphrase=TEST_PASSPHRASE)
    (purge,) = log.query("SELECT after, actor FROM audit WHERE action = 'purge'")
    assert json.loads(purge["after"])["incidents"] == 1 and "fighting" not in purge["after"]
    assert log.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert log.query("SELECT count(*) AS n FROM incidents_fts")[0]["n"] == 2
    log.close()
    future = cli("purge", "--before", "2099-01-01", "--yes", "--data-dir", str(data_dir))
    assert future.returncode == 2 and "future" in future.stderr
    # A mistyped date cannot erase last week: this school year and the last are kept.
    recent = cli("purge", "--before", "2026-11-30", "--yes", "--data-dir", str(data_dir))
    assert recent.returncode == 2 and "retention_years_kept" in recent.stderr


def test_changing_the_passphrase(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    weak = os.environ | {
        "DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE,
        "DISCIPLINEDESK_NEW_PASSPHRASE": "short",
    }
    refused = cli("passphrase", "--data-dir", str(data_dir), env=weak)
    assert refused.returncode == 2 and "too short" in refused.stderr
    new = weak | {"DISCIPLINEDESK_NEW_PASSPHRASE": "a much longer passphrase"}
    assert cli("passphrase", "--data-dir", str(data_dir), env=new).returncode == 0
    old = cli("incidents", "list", "--data-dir", str(data_dir))
    assert old.returncode == 2 and "passphrase is not right" in old.stderr
    with_new = os.environ | {"DISCIPLINEDESK_PASSPHRASE": "a much longer passphrase"}
    assert cli("incidents", "list", "--data-dir", str(data_dir), env=with_new).returncode == 0
    none = {k: v for k, v in os.environ.items() if k != "DISCIPLINEDESK_PASSPHRASE"}
    missing = cli("incidents", "list", "--data-dir", str(data_dir), env=none)
    assert missing.returncode == 2 and "set $DISCIPLINEDESK_PASSPHRASE" in missing.stderr
