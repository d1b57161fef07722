"""`disciplinedesk demo --data-dir DIR`: a made-up school to explore, in a folder of its own."""

from __future__ import annotations

import argparse

from disciplinedesk.commands.common import pack_from
from disciplinedesk.commands.store_access import resolve_data_dir
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.database import log_path, open_log
from disciplinedesk.store.sample import populate
from disciplinedesk.store.settings import set_setting


def run(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if log_path(data_dir).exists():
        raise UserFacingError(
            f"{data_dir}: already holds a log; demo data goes in a new, empty folder (--data-dir) so it never mixes with real records"
        )
    log = open_log(data_dir)
    with log.transaction():
        set_setting(log, "demo", True, actor="demo")
    populate(log, pack_from(args), students=args.students, incidents=args.incidents, span_days=270)
    count = log.query("SELECT COUNT(*) AS n FROM incidents")[0]["n"]
    log.close()
    print(f"demo school created in {data_dir}: {args.students} made-up students, {count} incidents")
    return 0
