"""Retention: removing the records older than the district keeps them.

Records are never deleted in ordinary use (decisions are revised, incidents voided). When the
district's retention period has passed, `purge_before` removes every incident that happened
before a day, with its decisions, follow-ups, disclosures and the audit rows about them, in
one transaction after a backup; the log keeps one audit row that says a purge happened and
how many records it removed (counts, never contents).

Removed means unreadable, not merely unlinked: the full-text index is rebuilt from what is
left (FTS5 keeps deleted terms in its segments until then), deleted pages are overwritten
(`secure_delete`), and the file is rewritten (VACUUM) so that no free page keeps a copy.

A purge never reaches the recent past: the school years the setting `retention_years_kept`
names (default 2: this one and the last) are kept whatever date is typed. The backups a
purge makes first follow the daily backups' retention (`backups_keep`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from disciplinedesk.store.backup import backup_to, prune_backups
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.database import BACKUP_DIR_NAME, Log, stamp
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.permissions import private_folder
from disciplinedesk.store.rows import audit
from disciplinedesk.store.settings import get_setting

# What goes with the incidents, each as (table, the rows of it that belong to old incidents).
OLD = "SELECT id FROM incidents WHERE occurred_at < :day"
OLD_DECISIONS = f"SELECT id FROM decisions WHERE incident_id IN ({OLD})"
OLD_PARTICIPANTS = f"SELECT id FROM participants WHERE incident_id IN ({OLD})"
OLD_FOLLOW_UPS = f"decision_id IN ({OLD_DECISIONS}) OR participant_id IN ({OLD_PARTICIPANTS})"
DEPENDENTS = (
    ("follow_ups", OLD_FOLLOW_UPS),
    ("participants", f"incident_id IN ({OLD})"),
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


PURGE_BACKUP_PREFIX = "before-purge-"


class PurgeRefusedError(StoreError):
    """The date would purge records the retention floor keeps."""


def retention_floor(log: Log, today: date) -> date:
    """The first day a purge must keep: the start of the oldest school year kept."""
    start, _ = school_year(log, today)
    years = int(get_setting(log, "retention_years_kept"))
    for _ in range(years - 1):
        start, _ = school_year(log, start - timedelta(days=1))
    return start


def next_purge_backup(log: Log) -> Path:
    """The backup a purge makes first (named in its confirmation)."""
    assert log.path is not None
    return log.path.parent / BACKUP_DIR_NAME / f"{PURGE_BACKUP_PREFIX}{stamp()}.sqlite3"


def purge_before(
    log: Log, day: date, *, actor: str, backup: Path | None = None, today: date | None = None
) -> tuple[PurgeCounts, Path]:
    """Remove what happened before `day`; returns the counts and the backup made first."""
    assert log.path is not None
    floor = retention_floor(log, today or date.today())
    if day > floor:
        raise PurgeRefusedError(
            f"--before {day.isoformat()} would remove records of the school years kept "
            f"(retention_years_kept = {get_setting(log, 'retention_years_kept')}: everything "
            f"from {floor.isoformat()} on stays); give {floor.isoformat()} or earlier"
        )
    private_folder(log.path.parent / BACKUP_DIR_NAME)
    backup = backup_to(log, backup or next_purge_backup(log), actor=actor)
    prune_backups(
        log.path.parent / BACKUP_DIR_NAME,
        PURGE_BACKUP_PREFIX,
        int(get_setting(log, "backups_keep")),
    )
    db = log.conn
    db.execute("PRAGMA secure_delete = ON")  # removed records are overwritten, not just unlinked
    try:
        with log.transaction():
            counts = delete_before(log, day)
            audit(
                log,
                "log",
                "retention",
                "purge",
                after={"before": day.isoformat(), **counts.to_dict()},
                actor=actor,
            )
        forget(log)
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return counts, backup


def delete_before(log: Log, day: date) -> PurgeCounts:
    """Delete what happened before `day`, with everything that hangs on it and the audit rows
    about it, inside the caller's transaction (a purge; a shared record taking in rows that
    another laptop still has from before the school's purge)."""
    params = {"day": day.isoformat()}
    db = log.conn
    audit_rows = db.execute(
        f"""DELETE FROM audit WHERE
            (table_name = 'incidents' AND row_id IN ({OLD}))
         OR (table_name = 'decisions' AND row_id IN ({OLD_DECISIONS}))
         OR (table_name = 'participants' AND row_id IN ({OLD_PARTICIPANTS}))
         OR (table_name = 'follow_ups' AND row_id IN
                (SELECT id FROM follow_ups WHERE {OLD_FOLLOW_UPS}))""",
        params,
    ).rowcount
    incidents = db.execute(  # an incident with several offenders is one incident
        "SELECT COUNT(DISTINCT shared_id) FROM incidents WHERE occurred_at < :day",
        params,
    ).fetchone()[0]
    removed = {
        table: db.execute(f"DELETE FROM {table} WHERE {where}", params).rowcount
        for table, where in DEPENDENTS
    }
    decisions = db.execute(
        "DELETE FROM decisions WHERE incident_id IN (" + OLD + ")", params
    ).rowcount
    db.execute("DELETE FROM incidents WHERE occurred_at < :day", params)
    drafts = db.execute("DELETE FROM drafts WHERE updated_at < :day", params).rowcount
    return PurgeCounts(
        incidents=incidents,
        decisions=decisions,
        follow_ups=removed["follow_ups"],
        disclosures=removed["disclosures"],
        audit_rows=audit_rows,
        drafts=drafts,
    )


def forget(log: Log) -> None:
    """Leave nothing of the removed rows readable: the full-text indexes rebuilt from what
    is left, then the whole file rewritten with deleted pages overwritten."""
    db = log.conn
    with log.transaction():
        for fts in ("incidents_fts", "students_fts"):
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
