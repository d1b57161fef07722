"""Offline and discreet: no network, and no student's name left in temporary files or in the
program's messages."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from tests.no_network import NetworkUsedError
from tests.store.records import record_input
from tests.test_cli_evaluate import TEST_PASSPHRASE, cli

PLANTED = "Zqxplanted"


def test_the_guard_works() -> None:
    with pytest.raises(NetworkUsedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    import subprocess
    import sys

    probe = "import tests.no_network as guard; guard.install(); import socket; socket.create_connection(('127.0.0.1', 9))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "NetworkUsedError" in done.stderr


def _scan(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and PLANTED.encode() in path.read_bytes():
            hits.append(str(path))
    return hits


def test_no_planted_name_in_temporary_files_or_messages(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "DISCIPLINEDESK_DATA_DIR": str(tmp_path / "data"),
        "DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE,
    }
    roster = tmp_path / "roster.csv"
    roster.write_text(
        f"student_id,first_name,last_name,grade\nP1,{PLANTED},Vonrrr,8\n", encoding="utf-8"
    )
    outputs = [cli("students", "import", str(roster), env=env)]
    recorded = cli(
        "incidents",
        "record",
        "-",
        "--json",
        env=env,
        stdin=json.dumps(
            record_input(
                "P1", behaviors=["fighting"], action="out_of_school_suspension", days=2, reason="r"
            )
        ),
    )
    incident = json.loads(recorded.stdout)["incident_id"]
    out = tmp_path / "out"
    out.mkdir()
    outputs += [
        cli("summary", incident, "--out", str(out / "s.pdf"), env=env),
        cli("letter", incident, "--lang", "es", "--out", str(out / "l.pdf"), env=env),
        cli("letters", "--since", "2026-01-01", "--out", str(out / "batch"), env=env),
        # refusals and errors: their messages must not repeat the student's name
        cli(
            "incidents",
            "record",
            "-",
            env=env,
            stdin=json.dumps(
                record_input(
                    "P1",
                    behaviors=["tardiness"],
                    action="out_of_school_suspension",
                    days=1,
                    reason="r",
                )
            ),
        ),
        cli("letter", incident, "--lang", "xx", "--out", str(out / "x.pdf"), env=env),
        cli(
            "evaluate",
            "-",
            env=env,
            stdin=json.dumps(
                {
                    "student": {"id": "P1"},
                    "incident": {"datetime": "bad", "behaviors": ["fighting"]},
                }
            ),
        ),
    ]
    assert all(done.returncode in (0, 2) for done in outputs)
    assert all("Traceback" not in done.stderr for done in outputs)
    assert [done.stderr for done in outputs if PLANTED in done.stderr] == []
    assert _scan(temp) == []
    # the log itself is encrypted: its file, write-ahead log and backups do not carry the name
    assert _scan(tmp_path / "data") == []
    # the letters batch used worker processes: they leave nothing behind either
    assert len(list((out / "batch").glob("*.pdf"))) == 1
    assert not list(out.rglob(".dd-*"))  # no half-written files
