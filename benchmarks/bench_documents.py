"""Benchmark: one decision summary, and 1,000 family letters in the six languages.

Targets (issue 6): a summary under 200 ms; 1,000 letters under 30 s.
Run: .venv/bin/python -m benchmarks.bench_documents
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from disciplinedesk.documents.letter import build_letter
from disciplinedesk.documents.summary import build_summary
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.printing import decision_facts, write_letters
from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.sample import FACTORS
from disciplinedesk.store.students import StudentInput, upsert_students

LANGUAGES = ("en", "es", "ru", "vi", "zh", "so")


def main() -> int:
    pack = load_pack()
    with tempfile.TemporaryDirectory() as folder:
        log = open_log(Path(folder))
        with log.transaction():
            upsert_students(
                log,
                [
                    StudentInput(
                        local_id=f"B{n}",
                        first_name="Student",
                        last_name=f"Number{n}",
                        grade="7",
                        family_language=lang,
                    )
                    for n, lang in enumerate(LANGUAGES)
                ],
                actor="bench",
            )
        facts = []
        for n in range(len(LANGUAGES)):
            recorded = record_decision(
                log,
                pack,
                {
                    "student": {"id": f"B{n}"},
                    "incident": {
                        "datetime": "2026-11-18T12:20",
                        "behaviors": ["fighting"],
                        "description": "Fight at lunch.",
                    },
                    "factors": FACTORS,
                    "decision": {
                        "action": "out_of_school_suspension",
                        "days": 2,
                        "date": "2026-11-19",
                        "responses": ["restorative_conference", "check_in_check_out"],
                        "override_reason": "Second fight",
                        "decided_by": "VP",
                    },
                },
                actor="bench",
            )
            facts.append(decision_facts(log, recorded.incident_id))
        build_summary(facts[0], pack)  # fonts registered, modules warm
        times = []
        for _ in range(20):
            started = time.perf_counter()
            build_summary(facts[0], pack)
            times.append(time.perf_counter() - started)
        summary_ms = statistics.median(times) * 1000
        started = time.perf_counter()
        for n in range(200):
            build_letter(facts[n % len(facts)], pack)
        one_letter_ms = (time.perf_counter() - started) / 200 * 1000
        ids = []
        for n in range(1000 - len(facts)):
            ids.append(
                record_decision(
                    log,
                    pack,
                    {
                        "student": {"id": f"B{n % len(LANGUAGES)}"},
                        "incident": {
                            "datetime": f"2026-10-{1 + n % 28:02d}T{8 + n % 8:02d}:{n % 60:02d}",
                            "behaviors": ["disruptive_conduct"],
                        },
                        "decision": {
                            "action": "none",
                            "responses": ["parent_conference"],
                            "decided_by": "VP",
                        },
                    },
                    actor="bench",
                ).incident_id
            )
        ids += [f.incident_id for f in facts]
        out = Path(folder) / "letters"
        out.mkdir()
        started = time.perf_counter()
        written = write_letters(
            log, pack, ids, out, actor="bench", name=lambda f: f"{f.incident_id}.pdf"
        )
        letters_s = time.perf_counter() - started
        assert len(written) == 1000
        log.close()
    print(f"one decision summary: {summary_ms:.0f} ms (target < 200 ms)")
    print(f"one family letter with its English copy, one process: {one_letter_ms:.0f} ms")
    print(
        f"1,000 family letters written and recorded (`letters`, six languages, 2 worker processes): {letters_s:.1f} s (target < 30 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
