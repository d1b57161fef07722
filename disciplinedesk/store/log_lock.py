"""Who has the log open. Every process that opens the log (the program window, each command,
each background worker) holds a shared lock on `<data dir>/.log-lock` while it is open;
restoring a backup and changing the passphrase need it exclusively. So no process ever
writes to a file that has been replaced under it: the replacement waits until every other
holder has closed the log, and is refused, saying who holds it, when one has not.

The locks are the OS's (`flock`), released when a process ends, even when it crashes. On
Windows, whose locks have no shared mode, the program window's own lock (instance_lock) is
what keeps a restore from running under it.
"""

from __future__ import annotations

import errno
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.permissions import private_file, private_folder

LOG_LOCK_NAME = ".log-lock"
# How long an open waits for a restore or passphrase change in another process to finish.
WAIT_SECONDS = 15.0


class LogInUseError(StoreError):
    """The log is open elsewhere, so it cannot be replaced or re-keyed now."""


class LogLock:
    """One process's hold on the log: shared while it reads and writes, exclusive to replace."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOG_LOCK_NAME
        self._file: IO[bytes] | None = None

    def acquire_shared(self) -> None:
        """Hold the log open; waits while another process restores or re-keys it."""
        handle = self._open()
        deadline = time.monotonic() + WAIT_SECONDS
        while not _try(handle, exclusive=False):
            if time.monotonic() > deadline:
                handle.close()
                raise LogInUseError(
                    "the log is being restored or re-keyed by another DisciplineDesk; try again "
                    "when it has finished"
                )
            time.sleep(0.05)
        self._file = handle

    def acquire_exclusive(self) -> None:
        """Take the log for a replacement; refused, naming the holder, if anyone has it open."""
        handle = self._file or self._open()
        if not _try(handle, exclusive=True):
            if handle is not self._file:
                handle.close()
            raise LogInUseError(holder_message(self.data_dir))
        self._file = handle

    def downgrade(self) -> None:
        """Back to shared after an exclusive change, keeping the log open."""
        if self._file is not None:
            _try(self._file, exclusive=False)

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None

    def _open(self) -> IO[bytes]:
        try:
            return private_file(self.path)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StoreError(
                    f"{self.data_dir}: the data folder is read-only (or not the user's); "
                    "DisciplineDesk keeps its log there and must be able to write to it"
                ) from None
            raise StoreError(
                f"{self.data_dir}: cannot use the data folder ({error.strerror})"
            ) from None


@contextmanager
def exclusive_log(data_dir: Path) -> Iterator[None]:
    """The log held by no other process while the block runs (a restore)."""
    private_folder(data_dir)
    lock = LogLock(data_dir)
    lock.acquire_exclusive()
    try:
        yield
    finally:
        lock.release()


def holder_message(data_dir: Path) -> str:
    """Who has the log open, in words the user can act on."""
    from disciplinedesk.store.instance_lock import window_is_open

    if window_is_open(data_dir):
        return (
            "DisciplineDesk is open on this data folder: close DisciplineDesk first, or use "
            "its File menu"
        )
    return (
        "another DisciplineDesk command or background job is using the log; wait for it to "
        "finish and try again"
    )


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds

    def _try(handle: IO[bytes], *, exclusive: bool) -> bool:
        return True

else:
    import fcntl

    def _try(handle: IO[bytes], *, exclusive: bool) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
