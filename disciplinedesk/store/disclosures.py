"""The record of disclosures (FERPA): what left the log, about whom, when, by whom, to where.

A file leaves the log in steps, so that a file never exists under its name without its
disclosure: its disclosure is recorded, pending, naming a hidden file beside the target; the
content is written to that hidden file and flushed to disk; it is renamed into place and the
disclosure completed. A full disk or any failure before the rename takes both back; a process
killed between the steps leaves a pending disclosure that the next open settles
(`settle_pending`): completed if the file is in place, taken back, with the hidden file and
whatever of the content it holds, if it never left.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

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
) -> str:
    """A disclosure that is complete now (a printout, a listing to standard output)."""
    with log.transaction():
        return _insert(log, kind, description, destination, actor, student_key, incident_id, None)


@dataclass
class Outgoing:
    """A file on its way out: write to `file` (or have a writer fill the empty file at
    `path`); `description` may be completed while writing (a count known only then)."""

    file: BinaryIO
    path: Path
    description: str


@contextmanager
def disclosed_file(
    log: Log,
    target: Path,
    *,
    kind: str,
    description: str,
    actor: str,
    student_key: str | None = None,
    incident_id: str | None = None,
) -> Iterator[Outgoing]:
    """Write a file that leaves the log (see Outgoing); the disclosure and the file exist
    together or not at all."""
    from disciplinedesk.files import StagedFile

    staged = StagedFile(target)
    try:
        with log.transaction():
            disclosure = _insert(
                log, kind, description, str(target), actor, student_key, incident_id, staged.path
            )
    except BaseException:
        staged.discard()
        raise
    try:
        outgoing = Outgoing(staged.file, staged.path, description)
        yield outgoing
        staged.finish_writing()
        staged.publish()
    except BaseException:
        staged.discard()
        with log.transaction():
            log.execute("DELETE FROM disclosures WHERE id = ?", [disclosure])
        raise
    with log.transaction():
        log.execute(
            "UPDATE disclosures SET completed_at = ?, staging = NULL, description = ? WHERE id = ?",
            [utc_now(), outgoing.description, disclosure],
        )


def settle_pending(log: Log) -> None:
    """Disclosures a killed process left pending: completed when the file was put in place,
    taken back (with the hidden file) when it never left."""
    pending = log.query(
        "SELECT id, destination, staging FROM disclosures WHERE completed_at IS NULL"
    )
    if not pending:
        return
    with log.transaction():
        for row in pending:
            staging = Path(row["staging"]) if row["staging"] else None
            if staging is not None and staging.exists():
                staging.unlink()
                log.execute("DELETE FROM disclosures WHERE id = ?", [row["id"]])
            else:
                log.execute(
                    "UPDATE disclosures SET completed_at = ?, staging = NULL WHERE id = ?",
                    [utc_now(), row["id"]],
                )


def _insert(
    log: Log,
    kind: str,
    description: str,
    destination: str,
    actor: str,
    student_key: str | None,
    incident_id: str | None,
    staging: Path | None,
) -> str:
    disclosure_id = new_id()
    now = utc_now()
    insert(
        log,
        "disclosures",
        {
            "id": disclosure_id,
            "kind": kind,
            "student_id": student_key,
            "incident_id": incident_id,
            "description": description,
            "destination": destination,
            "actor": actor,
            "at": now,
            "completed_at": None if staging else now,
            "staging": str(staging) if staging else None,
        },
    )
    return disclosure_id


def list_disclosures(log: Log, *, student: str | None = None) -> list[dict[str, Any]]:
    sql = """
        SELECT d.at, d.kind, d.description, d.destination, d.actor, d.incident_id,
               s.local_id AS student_id, s.first_name, s.last_name
        FROM disclosures d LEFT JOIN students s ON s.id = d.student_id
        WHERE d.completed_at IS NOT NULL
    """
    params: list[str] = []
    if student:
        sql += " AND s.local_id = ?"
        params.append(student)
    return log.query(sql + " ORDER BY d.at DESC", params)
