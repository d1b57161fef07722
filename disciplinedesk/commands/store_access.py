"""Opening the log for a command, from --data-dir, $DISCIPLINEDESK_DATA_DIR or the user folder."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def open_log_for(args: argparse.Namespace, *, create: bool = True) -> Log:
    from disciplinedesk.store.database import open_log

    return open_log(resolve_data_dir(getattr(args, "data_dir", None)), create=create)
