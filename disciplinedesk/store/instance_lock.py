"""One program window per data folder: a second one is refused instead of racing the first.

The lock is an OS file lock on `<data dir>/.lock`, released by the OS when the process ends
(even when it crashes), so a stale lock can never keep the user out.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.permissions import private_file, private_folder

LOCK_NAME = ".lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        private_folder(self.path.parent)
        handle = private_file(self.path)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise StoreError(
                f"DisciplineDesk is already open on {self.path.parent}; use that window"
            ) from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None


def window_is_open(data_dir: Path) -> bool:
    """Whether a program window holds this data folder (its lock cannot be taken)."""
    if not (data_dir / LOCK_NAME).exists():
        return False
    probe = InstanceLock(data_dir)
    try:
        probe.acquire()
    except StoreError:
        return True
    probe.release()
    return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
