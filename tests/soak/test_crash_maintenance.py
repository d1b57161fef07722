"""Crash test of the paths used on a bad day: a process backing up, exporting, writing
letters, purging and restoring is killed (SIGKILL) at random moments. After every kill the
log opens, passes its integrity check, and every file that left under its name has its
disclosure; nothing stays pending and no staging copy is left beside the log.

The quick suite kills 5 times; `make soak` kills 300 times (DD_MAINTENANCE_RUNS).
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

from disciplinedesk.domain.pack import load_pack
from disciplinedesk.store.database import log_path, open_log
from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.students import StudentInput, upsert_students

RUNS = int(os.environ.get("DD_MAINTENANCE_RUNS", "5"))
PASSPHRASE = "crash test passphrase"
WORKER = """
import itertools, sys
from datetime import date
from pathlib import Path
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.printing import write_document
from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import list_incidents
from disciplinedesk.store.restore import restore_backup
from disciplinedesk.store.retention import purge_before
from disciplinedesk.exports.csv_export import decisions_csv
from disciplinedesk.store.disclosures import disclosed_file
from disciplinedesk.store.report import export_rows

data, out, passphrase, seed = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
pack = load_pack()
print("ready", flush=True)
for n in itertools.count():
    step = (seed + n) % 5
    log = open_log(data, passphrase=passphrase)
    incident = list_incidents(log)[0]["id"]
    name = f"{seed}-{n}"
    if step == 0:
        backup_to(log, out / f"backup-{name}.sqlite3", actor="soak")
    elif step == 1:
        write_document(log, pack, incident, "letter", out / f"letter-{name}.pdf", actor="soak")
    elif step == 2:
        rows = export_rows(log, date(2000, 1, 1), date(2100, 1, 1))
        with disclosed_file(log, out / f"export-{name}.csv", kind="export", description="csv", actor="soak") as o:
            o.file.write(decisions_csv(rows, deidentify=False).encode())
    elif step == 3:
        purge_before(log, date(2001, 1, 1), actor="soak", today=date(2026, 11, 18))
    log.close()
    if step == 4:
        backups = sorted(out.glob("backup-*.sqlite3"))
        if backups:
            restore_backup(data, backups[-1], passphrase, actor="soak")
"""


def test_killed_maintenance_leaves_every_file_with_its_disclosure(tmp_path: Path) -> None:
    data_dir, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    log = open_log(data_dir, passphrase=PASSPHRASE)
    with log.transaction():
        upsert_students(
            log,
            [StudentInput(local_id="C1", first_name="C", last_name="One", grade="8")],
            actor="t",
        )
    record_decision(
        log,
        load_pack(),
        {
            "student": {"id": "C1"},
            "incident": {"datetime": "2026-11-02T10:00", "behaviors": ["fighting"]},
            "decision": {"action": "none", "responses": ["parent_conference"], "decided_by": "VP"},
        },
        actor="t",
    )
    log.close()
    rng = random.Random(RUNS)
    steps_done = 0
    for run in range(RUNS):
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data_dir), str(out), PASSPHRASE, str(run)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.2))
        worker.send_signal(signal.SIGKILL)
        worker.communicate()
        log = open_log(data_dir, passphrase=PASSPHRASE)  # settles what the kill left
        try:
            assert log.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            pending = log.db.execute(
                "SELECT count(*) FROM disclosures WHERE completed_at IS NULL"
            ).fetchone()[0]
            assert pending == 0
            disclosed = {d["destination"] for d in list_disclosures(log)}
            # The restored log knows the files disclosed up to its backup; later ones are in the
            # replaced logs kept in backups/. Every file that left is in one of them.
            known = disclosed | _disclosed_in_kept_logs(data_dir)
            left = {str(p) for p in out.iterdir() if not p.name.startswith(".dd-")}
            assert left <= known, left - known
        finally:
            log.close()
        assert log_path(data_dir).exists()
        assert not list(data_dir.glob(".restoring-*"))
        steps_done = len(list(out.iterdir()))
    print(json.dumps({"runs": RUNS, "files": steps_done}))


# What each kept log disclosed: a kept log never changes, so each is read once.
_KEPT: dict[Path, set[str]] = {}


def _disclosed_in_kept_logs(data_dir: Path) -> set[str]:
    found: set[str] = set()
    for kept in (data_dir / "backups").glob("before-restore-*.sqlite3"):
        if kept not in _KEPT:
            log = open_log(_single(kept), passphrase=PASSPHRASE, create=False)
            try:
                _KEPT[kept] = {d["destination"] for d in list_disclosures(log)}
            finally:
                log.close()
        found |= _KEPT[kept]
    return found


def _single(kept: Path) -> Path:
    """A kept log in a folder of its own (open_log opens folders), as a copy."""
    import shutil

    folder = kept.parent / f".open-{kept.stem}"
    if not folder.exists():
        folder.mkdir()
        shutil.copy2(kept, log_path(folder))
        for suffix in ("-wal", "-shm"):
            side = kept.with_name(kept.name + suffix)
            if side.exists():
                shutil.copy2(side, log_path(folder).with_name(log_path(folder).name + suffix))
    return folder
