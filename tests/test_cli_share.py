"""The school's shared record through the command line: `share create`, `share join` (the
code from $DISCIPLINEDESK_SHARE_CODE, never an argument), `sync` and `share status`."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.store.records import record_input
from tests.test_cli_evaluate import TEST_PASSPHRASE, cli


def _laptop(tmp_path: Path, name: str) -> Path:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "student_id,first_name,last_name,grade,iep\nS1,Ana,López,8,yes\n", encoding="utf-8"
    )
    data_dir = tmp_path / name
    done = cli("students", "import", str(roster), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    return data_dir


def test_two_laptops_share_one_record(tmp_path: Path) -> None:
    a, b, folder = _laptop(tmp_path, "a"), _laptop(tmp_path, "b"), tmp_path / "shared"
    case = record_input(behaviors=["fighting"], action="in_school_suspension", days=2, reason="r")
    recorded = cli("incidents", "record", "-", "--data-dir", str(a), stdin=json.dumps(case))
    assert recorded.returncode == 0, recorded.stderr
    created = cli("share", "create", str(folder), "--json", "--data-dir", str(a))
    assert created.returncode == 0, created.stderr
    code = json.loads(created.stdout)["code"]
    assert len(code.split("-")) == 8

    env = os.environ | {"DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE}
    refused = cli(
        "share",
        "join",
        str(folder),
        "--data-dir",
        str(b),
        env=env | {"DISCIPLINEDESK_SHARE_CODE": "AAAA-" * 7 + "AAAA"},
    )
    assert refused.returncode != 0 and "join code does not open" in refused.stderr
    joined = cli(
        "share",
        "join",
        str(folder),
        "--json",
        "--data-dir",
        str(b),
        env=env | {"DISCIPLINEDESK_SHARE_CODE": code},
    )
    assert joined.returncode == 0, joined.stderr
    assert sum(json.loads(joined.stdout)["taken"].values()) > 0
    listed = cli("incidents", "list", "--data-dir", str(b))
    assert "S1" in listed.stdout and "in_school_suspension 2d" in listed.stdout

    synced = cli("sync", "--data-dir", str(a))
    assert synced.returncode == 0 and synced.stdout.startswith("exchanged:")
    status = json.loads(cli("share", "status", "--json", "--data-dir", str(a)).stdout)
    assert status["folder"] == str(folder.resolve()) and len(status["laptops"]) == 1
    assert {"device_id", "last_wrote"} <= set(status["laptops"][0])
    as_argument = cli("share", "join", str(folder), code, "--data-dir", str(b))
    assert as_argument.returncode != 0 and "unrecognized arguments" in as_argument.stderr
