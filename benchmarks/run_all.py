"""Run every benchmark and print its figures (copy them to the README's Performance table)."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = [
    "benchmarks.bench_evaluate",
    "benchmarks.bench_store",
    "benchmarks.bench_documents",
    "benchmarks.bench_gui",
]


def main() -> int:
    for name in BENCHMARKS:
        print(f"== {name}")
        importlib.import_module(name).main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
