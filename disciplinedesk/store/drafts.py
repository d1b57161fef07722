"""Wizard drafts: saved every few seconds and after each page, offered again after a crash."""

from __future__ import annotations

import json
from typing import Any

from disciplinedesk.store.database import Log, utc_now


def save_draft(log: Log, draft_id: str, data: dict[str, Any]) -> None:
    now = utc_now()
    with log.transaction():
        log.execute(
            "INSERT INTO drafts (id, data, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            [draft_id, json.dumps(data, ensure_ascii=False), now, now],
        )


def latest_draft(log: Log) -> tuple[str, dict[str, Any], str] | None:
    """The most recently saved draft: (id, data, saved at), or None."""
    rows = log.query("SELECT id, data, updated_at FROM drafts ORDER BY updated_at DESC LIMIT 1")
    if not rows:
        return None
    data: dict[str, Any] = json.loads(rows[0]["data"])
    return rows[0]["id"], data, rows[0]["updated_at"]


def discard_draft(log: Log, draft_id: str) -> None:
    """A draft is working state, not a record: it is removed once recorded or discarded."""
    with log.transaction():
        log.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
