"""Opening the log for a command, from --data-dir, $DISCIPLINEDESK_DATA_DIR or the user folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from disciplinedesk.store.database import Log


def resolve_data_dir(arg: Path | None) -> Path:
    """--data-dir wins, then $DISCIPLINEDESK_DATA_DIR, then the platform's user data folder."""
    if arg is not None:
        return arg
    env = os.environ.get("DISCIPLINEDESK_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("DisciplineDesk", appauthor=False)


# The logs this command opened: closed when it ends (`close_opened_logs`), so that its hold
# on the log (see store/log_lock) ends with the command, not with the process.
_OPENED: list[Log] = []


def open_log_for(args: argparse.Namespace, *, create: bool = True) -> Log:
    from disciplinedesk.commands.passphrase import passphrase_for
    from disciplinedesk.store.database import log_path, open_log
    from disciplinedesk.store.errors import StoreError

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not create and not log_path(data_dir).exists():
        raise StoreError(f"{data_dir}: no DisciplineDesk log here")
    log = open_log(data_dir, create=create, passphrase=passphrase_for(data_dir))
    _OPENED.append(log)
    return log


def close_opened_logs() -> None:
    while _OPENED:
        _OPENED.pop().close()
