"""Retention: removing the records older than the district keeps them.

Records are never deleted in ordinary use (decisions are revised, incidents voided). When the
district's retention period has passed, `purge_before` removes every incident that happened
before a day, with its decisions, follow-ups, disclosures and the audit rows about them, in
one transaction after a backup; the log keeps one audit row that says a purge happened and
how many records it removed (counts, never contents).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.database import BACKUP_DIR_NAME, Log, stamp
from disciplinedesk.store.rows import audit

# What goes with the incidents, each as (table, the rows of it that belong to old incidents).
OLD = "SELECT id FROM incidents WHERE occurred_at < :day"
OLD_DECISIONS = f"SELECT id FROM decisions WHERE incident_id IN ({OLD})"
DEPENDENTS = (
    ("follow_ups", f"decision_id IN ({OLD_DECISIONS})"),
    ("decision_records", f"decision_id IN ({OLD_DECISIONS})"),
    ("disclosures", f"incident_id IN ({OLD})"),
    ("incident_behaviors", f"incident_id IN ({OLD})"),
)


@dataclass(frozen=True)
class PurgeCounts:
    incidents: int
    decisions: int
    follow_ups: int
    disclosures: int
    audit_rows: int
    drafts: int

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def purge_before(log: Log, day: date, *, actor: str) -> tuple[PurgeCounts, Path]:
    """Remove what happened before `day`; returns the counts and the backup made first."""
    assert log.path is not None
    (log.path.parent / BACKUP_DIR_NAME).mkdir(exist_ok=True)
    backup = backup_to(
        log, log.path.parent / BACKUP_DIR_NAME / f"before-purge-{stamp()}.sqlite3", actor=actor
    )
    params = {"day": day.isoformat()}
    db = log.conn
    db.execute("PRAGMA secure_delete = ON")  # removed records are overwritten, not just unlinked
    try:
        with log.transaction():
            audit_rows = db.execute(
                f"""DELETE FROM audit WHERE
                    (table_name = 'incidents' AND row_id IN ({OLD}))
                 OR (table_name = 'decisions' AND row_id IN ({OLD_DECISIONS}))
                 OR (table_name = 'follow_ups' AND row_id IN
                        (SELECT id FROM follow_ups WHERE decision_id IN ({OLD_DECISIONS})))""",
                params,
            ).rowcount
            removed = {
                table: db.execute(f"DELETE FROM {table} WHERE {where}", params).rowcount
                for table, where in DEPENDENTS
            }
            decisions = db.execute(
                "DELETE FROM decisions WHERE incident_id IN (" + OLD + ")", params
            ).rowcount
            incidents = db.execute(
                "DELETE FROM incidents WHERE occurred_at < :day", params
            ).rowcount
            drafts = db.execute("DELETE FROM drafts WHERE updated_at < :day", params).rowcount
            counts = PurgeCounts(
                incidents=incidents,
                decisions=decisions,
                follow_ups=removed["follow_ups"],
                disclosures=removed["disclosures"],
                audit_rows=audit_rows,
                drafts=drafts,
            )
            audit(
                log,
                "log",
                "retention",
                "purge",
                after={"before": day.isoformat(), **counts.to_dict()},
                actor=actor,
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return counts, backup
