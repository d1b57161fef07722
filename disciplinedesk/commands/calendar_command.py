"""`disciplinedesk calendar import|list|remove`: the school's non-school days."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from disciplinedesk.commands.common import option_date, pack_from, print_json
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.calendar import (
    CalendarPlan,
    apply_import,
    list_calendar_days,
    plan_import,
    remove_calendar_days,
)
from disciplinedesk.store.imports.calendar_file import read_calendar
from disciplinedesk.store.rows import current_user


def import_command(args: argparse.Namespace) -> int:
    calendar = read_calendar(Path(args.path), pack_from(args).zone)
    log = open_log_for(args)
    plan = plan_import(log, calendar.days, source=calendar.source)
    if plan.removed and not args.yes and not _confirmed(plan):
        print("nothing was imported")
        return 0
    with log.transaction():
        apply_import(log, plan, actor=current_user())
    counts = plan.counts()
    if args.json:
        print_json(
            {
                **counts,
                "days": len(calendar.days),
                "source": calendar.source,
                "removed_days": [d.isoformat() for d in plan.removed],
            }
        )
    else:
        print(
            f"{len(calendar.days)} non-school days read from {calendar.source}: "
            f"{counts['added']} added, {counts['updated']} updated, {counts['removed']} removed"
        )
    return 0


def _confirmed(plan: CalendarPlan) -> bool:
    """A re-import that takes days out is shown first: asked in a terminal, refused elsewhere."""
    listed = ", ".join(d.isoformat() for d in plan.removed[:10])
    more = f" and {len(plan.removed) - 10} more" if len(plan.removed) > 10 else ""
    change = (
        f"re-importing {plan.source} removes {len(plan.removed)} days that it gave before and "
        f"no longer has ({listed}{more}), adds {len(plan.added)} and updates {len(plan.updated)}"
    )
    if not sys.stdin.isatty():
        raise UserFacingError(f"{change}; add --yes to confirm")
    return input(f"{change}. Go ahead? [y/N] ").strip().lower() in ("y", "yes")


def list_command(args: argparse.Namespace) -> int:
    first, last = option_date(args.date_from, "--from"), option_date(args.date_to, "--to")
    if first and last and last < first:
        raise UserFacingError("--to is before --from")
    days = list_calendar_days(open_log_for(args, create=False), first, last)
    if args.json:
        print_json(
            [
                {"date": d.day.isoformat(), "description": d.description, "source": d.source}
                for d in days
            ]
        )
        return 0
    for day in days:
        source = f"  ({day.source})" if day.source else ""
        print(f"{day.day.isoformat()}  {day.day:%a}  {day.description}{source}")
    return 0


def remove_command(args: argparse.Namespace) -> int:
    days: list[date] = []
    for text in args.dates:
        day = option_date(text, "DATE")
        assert day is not None
        days.append(day)
    log = open_log_for(args, create=False)
    with log.transaction():
        remove_calendar_days(log, days, actor=current_user())
    if args.json:
        print_json({"removed": [d.isoformat() for d in days]})
    else:
        print(f"{len(days)} days are school days again")
    return 0
