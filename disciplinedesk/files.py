"""Writing files so that a reader never finds half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from disciplinedesk.store.errors import StoreError

STAGING_PREFIX = ".dd-"


class StagedFile:
    """A file written under a hidden name beside its target, flushed to disk, then put in
    place by one rename (`publish`), or removed (`discard`). A full disk or a killed process
    leaves the target untouched."""

    def __init__(self, target: Path) -> None:
        if not target.parent.is_dir():
            raise StoreError(f"{target.parent}: no such folder")
        self.target = target
        try:
            handle, name = tempfile.mkstemp(
                dir=target.parent, prefix=STAGING_PREFIX, suffix=".part"
            )
        except OSError as error:
            raise StoreError(f"{target}: cannot write ({error.strerror})") from None
        os.fchmod(handle, 0o600)  # a student's record, whoever else uses the folder
        self.path = Path(name)
        self.file: BinaryIO = os.fdopen(handle, "wb")

    def finish_writing(self) -> None:
        """Everything on disk (a full disk says so here, before anything is recorded)."""
        try:
            if not self.file.closed:
                self.file.flush()
                os.fsync(self.file.fileno())
                self.file.close()
        except OSError as error:
            raise StoreError(f"{self.target}: cannot write ({error.strerror})") from None

    def publish(self) -> None:
        try:
            self.path.replace(self.target)
        except OSError as error:
            raise StoreError(f"{self.target}: cannot write ({error.strerror})") from None

    def discard(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.path.unlink(missing_ok=True)


@contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A file that appears under its name complete, or not at all (an error in the block,
    a failed validation or a full disk, removes it instead)."""
    staged = StagedFile(target)
    try:
        yield staged.file
        staged.finish_writing()
        staged.publish()
    except OSError as error:
        staged.discard()
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    except BaseException:
        staged.discard()
        raise


def write_atomically(target: Path, data: bytes) -> None:
    """A file is either complete or absent: no half-written PDF is left behind."""
    with atomic_file(target) as file:
        file.write(data)
