"""One laptop of the sharing soak: records decisions and exchanges until told to stop.

Each decision's id is written to the ledger (flushed and synced) only once `incidents
record` has returned: the ledger is what the laptop reported as recorded. Run as
`python -m tests.soak.share_worker DATA_DIR LEDGER SECONDS SEED`; killed at any moment.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.sharing import exchange
from tests.store.records import record_input
from tests.support import pps

PASSPHRASE = "the soak's shared secret phrase"
STUDENTS = [f"S{n}" for n in range(1, 21)]


def main(data_dir: Path, ledger: Path, seconds: float, seed: int) -> int:
    rng = random.Random(seed)
    pack = pps()
    log = open_log(data_dir, passphrase=PASSPHRASE)
    deadline = time.monotonic() + seconds
    with ledger.open("a", encoding="utf-8") as out:
        while time.monotonic() < deadline:
            day = rng.randrange(1, 28)
            data = record_input(
                rng.choice(STUDENTS),
                when=f"2026-10-{day:02d}T{rng.randrange(8, 15):02d}:{rng.randrange(60):02d}",
                behaviors=[rng.choice(["disruptive_conduct", "tardiness", "fighting"])],
            )
            recorded = record_decision(log, pack, data, actor=f"soak-{seed}")
            out.write(recorded.incident_id + "\n")
            out.flush()
            os.fsync(out.fileno())
            exchange(log)
    log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])))
