"""A second window on the same data folder is refused; the lock dies with its process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.instance_lock import InstanceLock

HOLD = "import sys, time; from pathlib import Path; from disciplinedesk.store.instance_lock import InstanceLock; lock = InstanceLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); time.sleep(30)"


def test_second_instance_is_refused_and_lock_ends_with_the_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="already open"):
            InstanceLock(tmp_path).acquire()
    finally:
        holder.kill()  # as a crash would
        holder.communicate()
    lock = InstanceLock(tmp_path)
    lock.acquire()  # no stale lock
    lock.release()
