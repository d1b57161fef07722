"""Three laptops recording and exchanging through one folder, killed (SIGKILL) again and
again, often in the middle of writing their change files: at the end, after a last round
of exchanges, every decision any laptop reported as recorded is in every laptop's log.

The quick suite runs it for a few seconds; `make soak-share` for three minutes
(DD_SHARE_SOAK_SECONDS) and prints the figures the README gives.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from disciplinedesk.store.database import open_log
from disciplinedesk.store.sharing import exchange, join_sharing, share_status, start_sharing
from disciplinedesk.store.students import StudentInput
from tests.soak.share_worker import PASSPHRASE, STUDENTS
from tests.store.conftest import add_students

SECONDS = float(os.environ.get("DD_SHARE_SOAK_SECONDS", "4"))
ROOT = Path(__file__).resolve().parents[2]


def _school(tmp_path: Path) -> tuple[list[Path], Path, dict[Path, str]]:
    folder = tmp_path / "shared"
    dirs = [tmp_path / name for name in ("a", "b", "c")]
    roster = [
        StudentInput(local_id=s, first_name="Student", last_name=s, grade="8") for s in STUDENTS
    ]
    first = open_log(dirs[0], passphrase=PASSPHRASE)
    add_students(first, *roster)
    code = start_sharing(first, folder)
    first.close()
    for data_dir in dirs[1:]:
        log = open_log(data_dir, passphrase=PASSPHRASE)
        join_sharing(log, folder, code)
        log.close()
    devices = {}
    for data_dir in dirs:
        log = open_log(data_dir, passphrase=PASSPHRASE)
        devices[data_dir] = share_status(log)["device_id"]  # type: ignore[index]
        log.close()
    return dirs, folder, devices


def _worker(data_dir: Path, seconds: float, seed: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.soak.share_worker",
            str(data_dir),
            str(data_dir.parent / f"{data_dir.name}.ledger"),
            str(seconds),
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_no_recorded_decision_is_lost_through_kills_and_exchanges(tmp_path: Path) -> None:
    dirs, folder, devices = _school(tmp_path)
    seen: set[Path] = set()
    rng = random.Random(7)
    deadline = time.monotonic() + SECONDS
    workers = {d: _worker(d, SECONDS, n) for n, d in enumerate(dirs)}
    kills = mid_write = 0
    while time.monotonic() < deadline:
        time.sleep(rng.uniform(0.2, 0.8))
        data_dir = rng.choice(dirs)
        process = workers[data_dir]
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            # Killed while writing its change file: a temporary file of its own, new.
            fresh = set(folder.glob(f".{devices[data_dir]}.*.tmp")) - seen
            mid_write += bool(fresh)
            seen |= fresh
        left = deadline - time.monotonic()
        if left > 0.5:
            workers[data_dir] = _worker(data_dir, left, rng.randrange(1000))
    for process in workers.values():
        process.wait(timeout=120)
    logs = [open_log(d, passphrase=PASSPHRASE) for d in dirs]
    try:
        for _ in range(2):  # a last round: every laptop reads every newest file
            for log in logs:
                exchange(log)
        reported = {
            line for d in dirs for line in (d.parent / f"{d.name}.ledger").read_text().split()
        }
        assert reported, "no decision was recorded"
        for log in logs:
            present = {r["id"] for r in log.query("SELECT id FROM incidents")}
            assert reported <= present, f"{len(reported - present)} reported decisions missing"
        assert not any(folder.glob(".*.tmp"))  # a killed write's leftover is swept
    finally:
        for log in logs:
            log.close()
    print(
        f"\nsharing soak: {SECONDS:.0f} s, {kills} kills ({mid_write} while a change file was "
        f"being written), {len(reported)} decisions reported, all on all three laptops"
    )
