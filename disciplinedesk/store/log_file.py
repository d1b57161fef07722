"""Where the log is and what state it is in, without opening it.

Light on purpose (the SQLCipher driver only, no sqlite-utils, no schema): the program's
first window (the unlock dialog, or the welcome in an empty folder) is chosen from this
before anything heavy is imported.
"""

from __future__ import annotations

from pathlib import Path

LOG_FILE_NAME = "disciplinedesk.sqlite3"
PLAIN_HEADER = b"SQLite format 3\x00"  # an encrypted file starts at random


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE_NAME


def log_state(data_dir: Path) -> str:
    """'new', 'demo' (made-up, never encrypted), 'plain' (to be encrypted) or 'encrypted'."""
    path = log_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        return "new"
    if not is_plain(path):
        return "encrypted"
    return "demo" if is_demo(path) else "plain"


def is_plain(path: Path) -> bool:
    """Whether the file is an unencrypted SQLite database (an encrypted one starts at random)."""
    with path.open("rb") as file:
        return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def is_demo(path: Path) -> bool:
    """Whether the plain log at `path` is the made-up demo school's (its `demo` setting)."""
    from disciplinedesk.store import driver  # only for a plain log: the demo's is never keyed

    conn = driver.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'demo'").fetchone()
    except driver.DatabaseError:
        return False
    finally:
        conn.close()
    return row is not None and row[0] == "true"
