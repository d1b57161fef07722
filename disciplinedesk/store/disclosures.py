"""The record of disclosures (FERPA): what left the log, about whom, when, by whom, to where."""

from __future__ import annotations

from typing import Any

from disciplinedesk.store.database import Log, utc_now
from disciplinedesk.store.rows import insert, new_id


def record_disclosure(
    log: Log,
    *,
    kind: str,
    description: str,
    destination: str,
    actor: str,
    student_key: str | None = None,
    incident_id: str | None = None,
) -> None:
    with log.transaction():
        insert(
            log,
            "disclosures",
            {
                "id": new_id(),
                "kind": kind,
                "student_id": student_key,
                "incident_id": incident_id,
                "description": description,
                "destination": destination,
                "actor": actor,
                "at": utc_now(),
            },
        )


def list_disclosures(log: Log, *, student: str | None = None) -> list[dict[str, Any]]:
    sql = """
        SELECT d.at, d.kind, d.description, d.destination, d.actor, d.incident_id,
               s.local_id AS student_id, s.first_name, s.last_name
        FROM disclosures d LEFT JOIN students s ON s.id = d.student_id
    """
    params: list[str] = []
    if student:
        sql += " WHERE s.local_id = ?"
        params.append(student)
    return log.query(sql + " ORDER BY d.at DESC", params)
