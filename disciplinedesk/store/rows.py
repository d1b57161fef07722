"""Small helpers for writing rows inside the caller's transaction, and for the audit trail.

sqlite-utils' own write helpers commit on their own, which would break the all-or-nothing
rule; writes here are plain statements that the caller's `Log.transaction()` commits.
"""

from __future__ import annotations

import getpass
import json
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from disciplinedesk.store.database import Log, utc_now


def new_id() -> str:
    return str(uuid.uuid4())


def insert(log: Log, table: str, row: Mapping[str, Any]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    log.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def update(log: Log, table: str, key: str, values: Mapping[str, Any]) -> None:
    sets = ", ".join(f"{column} = ?" for column in values)
    log.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), key])


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def audit(
    log: Log,
    table: str,
    row_id: str,
    action: str,
    *,
    before: Any = None,
    after: Any = None,
    actor: str,
) -> None:
    """One row of who changed what, with the record before and after."""
    insert(
        log,
        "audit",
        {
            "table_name": table,
            "row_id": row_id,
            "action": action,
            "before": None if before is None else to_json(before),
            "after": None if after is None else to_json(after),
            "actor": actor,
            "at": utc_now(),
        },
    )


def end_bound(day: date) -> str:
    """The exclusive upper bound for timestamps on or before `day`: the next day's date.

    Timestamps are ISO text ('2026-11-18T14:00'), so `occurred_at < '2026-11-19'` keeps every
    moment of the 18th.
    """
    return date.fromordinal(day.toordinal() + 1).isoformat()


def current_user() -> str:
    """The account name of the person at the laptop, for the audit trail."""
    try:
        return getpass.getuser()
    except OSError:
        return "unknown"
