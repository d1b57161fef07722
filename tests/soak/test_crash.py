"""Crash test: a process recording decisions is killed (SIGKILL) at random moments; the log
then passes its integrity check and holds every decision whose recording was reported, whole.

The quick suite kills 20 times; `make soak` kills 1,000 times (DD_CRASH_RUNS).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from disciplinedesk.store.database import open_log
from disciplinedesk.store.students import StudentInput, upsert_students

RUNS = int(os.environ.get("DD_CRASH_RUNS", "20"))
PASSPHRASE = "crash test passphrase"
WRITER = """
import json, sys
from pathlib import Path
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import record_decision
pack = load_pack()
log = open_log(Path(sys.argv[1]), passphrase=sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    recorded = record_decision(log, pack, {
        "student": {"id": "C1"},
        "incident": {"datetime": f"2026-11-{1 + n % 28:02d}T10:{n % 60:02d}", "behaviors": ["threat_fear_of_harm"], "description": f"crash test {n}"},
        "decision": {"action": "none", "responses": ["safety_plan"], "decided_by": "VP"},
    }, actor="crash")
    print(recorded.incident_id, flush=True)
"""


def test_killed_writers_never_leave_a_partial_decision(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=PASSPHRASE)  # encrypted, as every school's log is
    with log.transaction():
        upsert_students(
            log,
            [StudentInput(local_id="C1", first_name="C", last_name="One", grade="8")],
            actor="t",
        )
    log.close()
    rng = random.Random(RUNS)
    reported: set[str] = set()
    for _ in range(RUNS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        reported.update(line for line in out.split() if len(line) == 36)
    log = open_log(data_dir, passphrase=PASSPHRASE)
    try:
        assert log.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row["id"] for row in log.query("SELECT id FROM incidents")}
        assert reported <= stored  # every success that was reported is there
        for incident_id in stored:  # and everything there is whole
            decisions = log.query("SELECT id FROM decisions WHERE incident_id = ?", [incident_id])
            assert len(decisions) == 1
            decision_id = decisions[0]["id"]
            assert (
                log.query(
                    "SELECT COUNT(*) AS n FROM decision_records WHERE decision_id = ?",
                    [decision_id],
                )[0]["n"]
                == 1
            )
            assert (
                log.query(
                    "SELECT COUNT(*) AS n FROM follow_ups WHERE decision_id = ?", [decision_id]
                )[0]["n"]
                == 2
            )
            assert (
                log.query(
                    "SELECT COUNT(*) AS n FROM audit WHERE row_id IN (?, ?)",
                    [incident_id, decision_id],
                )[0]["n"]
                == 2
            )
        print(json.dumps({"runs": RUNS, "reported": len(reported), "stored": len(stored)}))
    finally:
        log.close()
