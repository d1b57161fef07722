"""Writing files so that a reader never finds half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from disciplinedesk.store.errors import StoreError


@contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A file that appears under its name complete, or not at all.

    The content goes to a hidden file beside the target, renamed over it when the block
    ends; an error in the block (a failed validation, a full disk) removes it instead.
    """
    if not target.parent.is_dir():
        raise StoreError(f"{target.parent}: no such folder")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".dd-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        Path(temporary).replace(target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    """A file is either complete or absent: no half-written PDF is left behind."""
    with atomic_file(target) as file:
        file.write(data)
