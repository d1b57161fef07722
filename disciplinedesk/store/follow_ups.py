"""Follow-ups: the dated steps a decision creates (return meetings, threat notices, appeals)."""

from __future__ import annotations

from datetime import date
from typing import Any

from disciplinedesk.store.database import Log, utc_now
from disciplinedesk.store.errors import NotFoundError, StoreError
from disciplinedesk.store.rows import audit, update

# A decision's follow-ups belong to its offender; a support's to the student it was offered
# to (a victim), as long as the incident has an offender not voided.
OPEN_SQL = """
    SELECT * FROM (
        SELECT f.id, f.kind, f.due, f.text, f.done_at, f.note, f.cancelled_at,
               i.id AS incident_id, s.local_id AS student_id, s.first_name, s.last_name,
               'offender' AS role
        FROM follow_ups f
        JOIN decisions d ON d.id = f.decision_id
        JOIN incidents i ON i.id = d.incident_id
        JOIN students s ON s.id = i.student_id
        WHERE i.voided_at IS NULL
        UNION ALL
        SELECT f.id, f.kind, f.due, f.text, f.done_at, f.note, f.cancelled_at,
               p.incident_id, s.local_id, s.first_name, s.last_name, p.role
        FROM follow_ups f
        JOIN participants p ON p.id = f.participant_id
        JOIN students s ON s.id = p.student_id
        WHERE EXISTS (SELECT 1 FROM incidents o
                      WHERE o.shared_id = p.incident_id AND o.voided_at IS NULL)
    ) AS f WHERE f.cancelled_at IS NULL
"""


def list_follow_ups(
    log: Log,
    *,
    due_before: str | None = None,
    include_done: bool = False,
    dates_only: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """Open follow-ups, soonest first; `due_before` is a date (YYYY-MM-DD), not included.
    `dates_only` are kinds that are dates in a record, not tasks (the pack's
    `follow_ups.dates_only`): left out."""
    sql, params = OPEN_SQL, list[object]()
    if dates_only:
        sql += f" AND f.kind NOT IN ({', '.join('?' for _ in dates_only)})"
        params.extend(dates_only)
    if not include_done:
        sql += " AND f.done_at IS NULL"
    if due_before:
        sql += " AND f.due < ?"
        params.append(due_before)
    sql += " ORDER BY f.due, f.last_name"
    return log.query(sql, params)


def mark_done(
    log: Log, follow_up_id: str, note: str, *, actor: str, returned_on: date | None = None
) -> None:
    """Close a follow-up; the return meeting's may record the day the student came back,
    from which a suspension's actual length is told (Ed-Fi exports it)."""
    rows = log.query("SELECT id, kind, done_at, note FROM follow_ups WHERE id = ?", [follow_up_id])
    if not rows:
        raise NotFoundError(f"no follow-up {follow_up_id!r} in the log")
    if rows[0]["done_at"]:
        raise StoreError(
            f"follow-up {follow_up_id} was already marked done on {rows[0]['done_at']}"
        )
    if returned_on is not None and rows[0]["kind"] != "return_to_school":
        raise StoreError("a return date belongs to the return meeting's follow-up only")
    if returned_on is not None and returned_on > date.today():
        raise StoreError(
            f"the return date {returned_on.isoformat()} has not come yet: the day the student "
            "came back is today or before"
        )
    with log.transaction():
        now = utc_now()
        values: dict[str, Any] = {"done_at": now, "note": note}
        if returned_on is not None:
            values["returned_on"] = returned_on.isoformat()
        update(log, "follow_ups", follow_up_id, values)
        audit(
            log,
            "follow_ups",
            follow_up_id,
            "done",
            before={"done_at": None, "note": rows[0]["note"]},
            after=values,
            actor=actor,
        )
