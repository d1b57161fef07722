"""The data folder is the user's alone: the folder 0700, every file in it 0600, whatever the
umask (a shared laptop's other accounts must not read a student's record). A folder made
with wider permissions, by an older version or by hand, is tightened when the log opens."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import IO

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) if needed, and make it the user's alone."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(folder, FOLDER_MODE)


def secure_data_dir(data_dir: Path) -> None:
    """The data folder, its backups folder and every file in them: the user's alone."""
    if sys.platform == "win32":  # pragma: no cover - Windows keeps a profile's files private
        return
    private_folder(data_dir)
    for folder in (data_dir, data_dir / "backups"):
        if not folder.is_dir():
            continue
        _tighten(folder, FOLDER_MODE)
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _tighten(entry, FILE_MODE)


def private_file(path: Path) -> IO[bytes]:
    """Open (creating it 0600 if needed) a small file of the program's, for reading and
    appending: the lock files."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, FILE_MODE)
    return os.fdopen(handle, "a+b")


def _tighten(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & ~mode:
            path.chmod(current & mode)
    except OSError:  # not ours to change (a read-only folder): opening says what is wrong
        pass
