"""`share create|join|status|stop` and `sync`: the school's record shared among its
administrators' laptops through a folder (store.sharing)."""

from __future__ import annotations

import argparse
import sys
from getpass import getpass
from pathlib import Path

from disciplinedesk.commands.common import print_json
from disciplinedesk.commands.secrets import take_secret
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.sharing import (
    Exchange,
    exchange,
    join_sharing,
    share_status,
    start_sharing,
    stop_sharing,
)

CODE_ENV = "DISCIPLINEDESK_SHARE_CODE"


def create(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    code = start_sharing(log, Path(args.folder))
    if args.json:
        print_json({"code": code})
        return 0
    print(f"sharing this log through {args.folder}")
    print(f"join code (type it once on each other laptop; keep it like a password): {code}")
    return 0


def join(args: argparse.Namespace) -> int:
    code = take_secret(CODE_ENV)
    if not code:
        if not sys.stdin.isatty():
            raise UserFacingError(
                f"the join code is needed: set ${CODE_ENV} or run this in a terminal"
            )
        code = getpass("Join code (from the first laptop's Settings > Sharing): ")
    log = open_log_for(args, create=False)
    result = join_sharing(log, Path(args.folder), code)
    _print_exchange(args, result, f"joined the school's record in {args.folder}")
    return 0


def sync(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    _print_exchange(args, exchange(log), "exchanged")
    return 0


def status(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    state = share_status(log)
    if args.json:
        print_json(state or {"shared": False})
        return 0
    if state is None:
        print("not shared")
        return 0
    print(f"shared through {state['folder']} (this laptop: {state['device_id']})")
    for laptop in state["laptops"]:
        print(f"  laptop {laptop['device_id']}: last wrote {laptop['last_wrote']}")
    return 0


def stop(args: argparse.Namespace) -> int:
    log = open_log_for(args, create=False)
    stop_sharing(log)
    print("this laptop no longer exchanges; what it took in stays in its log")
    return 0


def _print_exchange(args: argparse.Namespace, result: Exchange, verb: str) -> None:
    if args.json:
        print_json(
            {
                "written": result.written,
                "taken": result.taken,
                "skipped": result.skipped,
                "conflicts": result.conflicts,
            }
        )
        return
    print(f"{verb}: {result.written} rows written to this laptop's change file")
    for device, count in result.taken.items():
        print(f"  from laptop {device}: {count} changes taken in")
    for problem in result.skipped:
        print(f"  skipped {problem}")
    if result.conflicts:
        print(f"  {result.conflicts} decision(s) revised on two laptops: see the follow-ups")
