"""`disciplinedesk audit`: who changed what and what left the log, for a student or a period.

Changes come from the audit table (every insert, revision and void), disclosures from the
record of printouts, exports and backups; one list, oldest first. The before and after
values of a change stay in the log: the trail says what changed, not the record itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from disciplinedesk.store.database import Log
from disciplinedesk.store.errors import NotFoundError
from disciplinedesk.store.rows import end_bound
from disciplinedesk.store.students import student_key

CHANGES = """
    SELECT a.at, 'change' AS kind, a.table_name || ' ' || a.action AS what, a.row_id AS about,
           a.actor, '' AS destination
    FROM audit a
"""
STUDENT_ROWS = """
    (a.table_name = 'students' AND a.row_id = :student)
    OR (a.table_name = 'incidents' AND a.row_id IN
          (SELECT id FROM incidents WHERE student_id = :student))
    OR (a.table_name = 'decisions' AND a.row_id IN
          (SELECT d.id FROM decisions d JOIN incidents i ON i.id = d.incident_id
           WHERE i.student_id = :student))
    OR (a.table_name = 'follow_ups' AND a.row_id IN
          (SELECT f.id FROM follow_ups f JOIN decisions d ON d.id = f.decision_id
           JOIN incidents i ON i.id = d.incident_id WHERE i.student_id = :student))
    OR (a.table_name = 'participants' AND a.row_id IN
          (SELECT id FROM participants WHERE student_id = :student))
    OR (a.table_name = 'follow_ups' AND a.row_id IN
          (SELECT f.id FROM follow_ups f JOIN participants p ON p.id = f.participant_id
           WHERE p.student_id = :student))
"""
DISCLOSURES = """
    SELECT d.at, 'disclosure' AS kind, d.kind || ': ' || d.description AS what,
           coalesce(d.incident_id, '') AS about, d.actor, d.destination
    FROM disclosures d
"""
# A disclosure counts once its file has left (store/disclosures.py).
COMPLETED = "d.completed_at IS NOT NULL"


def audit_trail(
    log: Log,
    *,
    student: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Changes and disclosures, oldest first; `student` is the school's id."""
    params: dict[str, Any] = {
        "since": since.isoformat() if since else "",
        "until": end_bound(until) if until else "9999",
        "student": None,
    }
    change_filter = disclosure_filter = "1"
    if student is not None:
        params["student"] = student_key(log, student)
        if params["student"] is None:
            raise NotFoundError(f"no student {student!r} in the roster")
        change_filter, disclosure_filter = STUDENT_ROWS, "d.student_id = :student"
    period = "{0}.at >= :since AND {0}.at < :until"
    sql = (
        f"{CHANGES} WHERE ({change_filter}) AND {period.format('a')} "
        f"UNION ALL {DISCLOSURES} WHERE ({disclosure_filter}) AND {COMPLETED} "
        f"AND {period.format('d')} "
        "ORDER BY 1"
    )
    return log.query(sql, params)
