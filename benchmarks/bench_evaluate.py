"""Benchmark: `disciplinedesk evaluate --jsonl` on 10,000 cases, and one case's wall time.

Targets (issue 3): at least 5,000 cases per second on one core; one case under 0.3 s wall.
Run: .venv/bin/python benchmarks/bench_evaluate.py
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from disciplinedesk.domain.pack import load_pack

ACTIONS = [
    "none",
    "in_school_suspension",
    "out_of_school_suspension",
    "rest_of_day_suspension",
    "hearing",
    "expulsion",
]


def make_cases(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Varied, valid cases touching every rule."""
    rng = random.Random(seed)
    pack = load_pack()
    behaviors = [b.id for b in pack.behaviors]
    grades = list(pack.grades.all)
    cases = []
    for _ in range(count):
        action = rng.choice(ACTIONS)
        day = f"2026-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
        # A hearing and no action take no days; an action starts on the incident's day.
        days = 0 if action in ("none", "hearing") else rng.choice([0, 1, 2, 3, 5])
        cases.append(
            {
                "student": {
                    "grade": rng.choice(grades),
                    "iep": rng.random() < 0.15,
                    "section_504": rng.random() < 0.05,
                    "family_language": rng.choice(["en", "en", "es", "ru", "vi", "zh", "so"]),
                },
                "history": {
                    "exclusion_days_this_year": rng.choice([0, 0, 1, 2, 5, 9]),
                    "strategies_tried": rng.sample(
                        ["restorative_chat", "move_seat", "parent_contact", "reflection_sheet"],
                        rng.randint(0, 4),
                    ),
                    "substance_violations": {"use_or_possession": rng.randint(0, 5)},
                },
                "incident": {
                    "datetime": f"{day}T{rng.randint(7, 16):02d}:15",
                    "behaviors": rng.sample(behaviors, rng.randint(1, 3)),
                    "threatened_violence": rng.random() < 0.1,
                    "staff_involved": rng.random() < 0.1,
                },
                "calendar": {
                    "non_school_days": ["2026-11-26", "2026-11-27"],
                    "last_senior_day": "2027-06-10",
                },
                "proposed": {
                    "action": action,
                    "days": days,
                    "date": day,
                },
            }
        )
    return cases


def _cli() -> list[str]:
    pinned = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    return [*pinned, sys.executable, "-m", "disciplinedesk", "evaluate"]


def bench_jsonl(count: int = 10_000) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.jsonl"
        path.write_text(
            "\n".join(json.dumps(c) for c in make_cases(count)) + "\n", encoding="utf-8"
        )
        best = float("inf")
        for _ in range(3):  # the best of three: a shared machine only ever slows a run down
            started = time.perf_counter()
            done = subprocess.run([*_cli(), "--jsonl", str(path)], capture_output=True, check=True)
            best = min(best, time.perf_counter() - started)
            assert done.stdout.count(b"\n") == count
    return count / best


def bench_one(runs: int = 15) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_text(json.dumps(make_cases(1)[0]), encoding="utf-8")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([*_cli(), str(path)], capture_output=True, check=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    rate = bench_jsonl()
    one = bench_one()
    print(
        f"evaluate --jsonl, 10,000 cases on one core (best of 3): {rate:,.0f} cases/s (target >= 5,000)"
    )
    print(f"evaluate, one case, median wall time of 15 runs: {one * 1000:.0f} ms (target < 300 ms)")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
