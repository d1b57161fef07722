"""Benchmark: the log at school-district scale (200,000 incidents over 20,000 students).

Reports the time to open the log, compute a student's history, run a full-text search and
record one decision. Targets (issue 4): open <= 300 ms, history <= 20 ms, search <= 50 ms,
record <= 30 ms. The log is built once into benchmarks/out/ and reused.
Run: .venv/bin/python -m benchmarks.bench_store
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from disciplinedesk.domain.case import parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.store.database import open_log
from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import IncidentFilter, list_incidents, record_decision
from disciplinedesk.store.students import get_student

# Rebuilt when the made-up log's shape changes (the name says which): one incident in ten has
# a second offender and one in sixteen a victim, as fights and harassment do.
OUT = Path(__file__).resolve().parent / "out" / "store-200k-participants-v2"
REPORTERS = [f"Teacher {n}" for n in range(40)] + ["", "Bus driver"]
DECIDERS = ["A. Rivera", "J. Morales", "K. Chen"]
STUDENTS, INCIDENTS = 20_000, 200_000
WORDS = [
    "hallway",
    "cafeteria",
    "library",
    "bus",
    "gym",
    "classroom",
    "phone",
    "vape",
    "shove",
    "pushed",
    "yelled",
    "threw",
    "left",
    "refused",
    "argued",
]


def build(data_dir: Path) -> None:
    """Fill a fresh log with realistic rows, written in bulk (evaluating 200,000 cases one by
    one would only measure the engine again)."""
    rng = random.Random(11)
    pack = load_pack()
    behaviors = [b.id for b in pack.behaviors]
    log = open_log(data_dir)
    now = "2026-11-01T00:00:00Z"
    students = []
    for n in range(STUDENTS):
        students.append(
            (
                str(uuid.uuid4()),
                f"S{n:06d}",
                f"First{n}",
                f"Last{n % 5000}",
                rng.choice(pack.grades.all),
                int(rng.random() < 0.15),
                0,
                0,
                rng.choice(["en", "en", "es", "ru", "vi", "zh", "so"]),
                now,
                now,
            )
        )
    template = parse_case(
        {
            "student": {"grade": "8"},
            "incident": {"datetime": "2026-10-01T10:00", "behaviors": ["fighting"]},
            "proposed": {"action": "in_school_suspension", "days": 1, "date": "2026-10-01"},
        },
        pack,
    )
    result_json = evaluate(template, pack).to_json()
    case_json = json.dumps({"student": {"grade": "8"}})
    grade_of = {student[0]: student[4] for student in students}
    with log.transaction():
        log.conn.executemany(
            "INSERT INTO students (id, local_id, first_name, last_name, grade, iep, section_504, sped_referral_pending, family_language, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            students,
        )
        start = datetime(2024, 9, 1, 8, 0)
        incidents, decisions, records, participants = [], [], [], []
        shared_id = ""
        for n in range(INCIDENTS):
            incident_id, decision_id = str(uuid.uuid4()), str(uuid.uuid4())
            student = rng.choice(students)[0]
            # The next row is this incident's second offender one time in ten.
            second = n > 0 and rng.random() < 0.1 and incidents[-1][12] == incidents[-1][0]
            shared_id = shared_id if second else incident_id
            if not second and rng.random() < 1 / 16:
                participants.append(
                    (str(uuid.uuid4()), incident_id, "victim", rng.choice(students)[0], now)
                )
            when = (
                datetime.fromisoformat(incidents[-1][2])
                if second
                else start + timedelta(minutes=rng.randint(0, 60 * 24 * 800))
            )
            chosen = rng.sample(behaviors, rng.randint(1, 2))
            description = " ".join(rng.choices(WORDS, k=8))
            action = rng.choice(
                ["none", "none", "in_school_suspension", "out_of_school_suspension"]
            )
            days = 0 if action == "none" else rng.randint(1, 3)
            incidents.append(
                (
                    incident_id,
                    student,
                    when.strftime("%Y-%m-%dT%H:%M"),
                    "on_campus",
                    json.dumps(chosen),
                    3,
                    grade_of[student],
                    description,
                    "{}",
                    now,
                    action,
                    days,
                    shared_id,
                    rng.choice(REPORTERS),
                    rng.choice(DECIDERS),
                )
            )
            records.append((decision_id, case_json, result_json))
            decisions.append(
                (
                    decision_id,
                    incident_id,
                    1,
                    "pps",
                    "2025.1",
                    "[]",
                    action,
                    days,
                    when.date().isoformat(),
                    '["parent_conference"]',
                    "reason" if days else "",
                    incidents[-1][14],
                    now,
                )
            )
        log.conn.executemany(
            "INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, type, grade, description, flags, created_at, action, days, shared_id, reporter, decided_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            incidents,
        )
        log.conn.executemany(
            "INSERT OR IGNORE INTO participants (id, incident_id, role, student_id, created_at) "
            "VALUES (?,?,?,?,?)",
            participants,
        )
        log.conn.execute(
            "INSERT INTO incident_behaviors (behavior, occurred_at, incident_id) "
            "SELECT DISTINCT b.value, i.occurred_at, i.id FROM incidents i, json_each(i.behaviors) b"
        )
        log.conn.executemany(
            "INSERT INTO decisions (id, incident_id, revision, policy_id, policy_version, responses_suggested, action, days, start_date, responses_chosen, override_reason, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            decisions,
        )
        log.conn.executemany(
            "INSERT INTO decision_records (decision_id, case_json, result_json) VALUES (?,?,?)",
            records,
        )
    log.db.execute("PRAGMA optimize")
    log.close()


def median_ms(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


PASSPHRASE: str | None = None


def _encrypted_copy() -> None:
    """`--encrypted`: the same log, encrypted as a school's is (made once from the plain one)."""
    global OUT, PASSPHRASE
    plain = OUT
    OUT, PASSPHRASE = plain.with_name(plain.name + "-encrypted"), "benchmark passphrase"
    if not (OUT / "disciplinedesk.sqlite3").exists():
        import shutil

        from disciplinedesk.store.database import encrypt_log

        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copy2(plain / "disciplinedesk.sqlite3", OUT / "disciplinedesk.sqlite3")
        encrypt_log(OUT / "disciplinedesk.sqlite3", PASSPHRASE)
        shutil.rmtree(OUT / "backups")


def main() -> int:
    if "--encrypted" in sys.argv:
        _encrypted_copy()
    if not (OUT / "disciplinedesk.sqlite3").exists():
        print("building the 200,000-incident log (once)...")
        OUT.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(OUT)
        print(f"  built in {time.perf_counter() - started:.0f} s")
    pack = load_pack()
    open_ms = median_ms(lambda: open_log(OUT, passphrase=PASSPHRASE).close(), 7)

    def open_with_check_due() -> None:
        log = open_log(OUT, passphrase=PASSPHRASE)
        log.db.execute("DELETE FROM settings WHERE key = 'last_quick_check'")
        log.close()

    check_ms = median_ms(
        lambda: (open_with_check_due(), open_log(OUT, passphrase=PASSPHRASE).close()), 3
    )
    log = open_log(OUT, passphrase=PASSPHRASE)
    rng = random.Random(5)
    keys = [get_student(log, f"S{rng.randrange(STUDENTS):06d}").id for _ in range(50)]
    when = datetime(2026, 11, 20, 10, 0)
    history_ms = median_ms(lambda: student_history(log, pack, keys[rng.randrange(50)], when), 50)
    first_page_ms = median_ms(lambda: list_incidents(log, limit=200), 20)
    student_page_ms = median_ms(
        lambda: list_incidents(
            log, IncidentFilter(student=f"S{rng.randrange(STUDENTS):06d}"), limit=200
        ),
        30,
    )
    search_ms = median_ms(
        lambda: list_incidents(
            log, IncidentFilter(search=rng.choice(WORDS) + " " + rng.choice(WORDS)), limit=100
        ),
        30,
    )
    record = {
        "student": {"id": "S000042"},
        "incident": {
            "datetime": "2026-11-20T10:00",
            "behaviors": ["disruptive_conduct"],
            "description": "bench",
        },
        "decision": {"action": "none", "responses": ["parent_conference"], "decided_by": "VP"},
    }
    record_ms = median_ms(lambda: record_decision(log, pack, record, actor="bench"), 20)
    from datetime import date

    from disciplinedesk.exports.edfi import write_interchange
    from disciplinedesk.files import atomic_file
    from disciplinedesk.store.report import decision_rows, discipline_report

    year = (date(2025, 7, 1), date(2026, 6, 30))
    report_ms = median_ms(lambda: discipline_report(log, pack, *year, names=True), 3)
    report = discipline_report(log, pack, *year, names=True)
    drills = {
        "a month": IncidentFilter(since=year[0], until=year[1], month="2026-03"),
        "an hour": IncidentFilter(since=year[0], until=year[1], hour="10"),
        "a weekday": IncidentFilter(since=year[0], until=year[1], weekday=2),
        "a behavior": IncidentFilter(
            since=year[0], until=year[1], behavior="fighting", each_offender=True
        ),
        "a location": IncidentFilter(since=year[0], until=year[1], location=""),
        "a student": IncidentFilter(
            since=year[0],
            until=year[1],
            students=(report["by_student"][0]["student_key"],),
            each_offender=True,
        ),
        "a band of 2-5": IncidentFilter(
            since=year[0],
            until=year[1],
            students=tuple(report["tiers"]["band_keys"]["2-5"][:2000]),
            each_offender=True,
        ),
        "a decider": IncidentFilter(
            since=year[0], until=year[1], decided_by="K. Chen", each_offender=True
        ),
    }
    drill_ms = {
        name: median_ms(lambda where=where: list_incidents(log, where, limit=200), 5)
        for name, where in drills.items()
    }
    started = time.perf_counter()
    export = OUT / "edfi.xml"
    with atomic_file(export) as out:
        exported = write_interchange(
            decision_rows(log, *year), pack, out, school_id="255901001", namespace="uri://ed-fi.org"
        )
    size = export.stat().st_size
    export.unlink()
    export_s = time.perf_counter() - started
    log.close()
    print(f"open the log: {open_ms:.0f} ms (target <= 300)")
    print(
        f"open the log when its daily quick_check is due: {check_ms:.0f} ms (file of {(OUT / 'disciplinedesk.sqlite3').stat().st_size / 2**30:.1f} GiB)"
    )
    print(f"a student's history: {history_ms:.1f} ms (target <= 20)")
    print(f"the log table's first page (200 incidents, everyone involved): {first_page_ms:.1f} ms")
    print(f"one student's incidents, any role: {student_page_ms:.1f} ms")
    print(f"full-text search, first 100 hits: {search_ms:.1f} ms (target <= 50)")
    print(f"record one decision: {record_ms:.1f} ms (target <= 30)")
    print(
        f"discipline report for a school year ({exported:,} incidents): {report_ms:.0f} ms (target < 1 s)"
    )
    print(
        f"Ed-Fi export of that year, built and validated: {export_s:.1f} s, {size / 2**20:.0f} MiB (target < 10 s)"
    )
    for name, ms in drill_ms.items():
        print(f"drill-down to {name}: {ms:.1f} ms (target < 100)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
