"""One record for the whole school: each laptop's log shared through a folder they all reach.

No server and no network code: a school file share, a synced cloud folder or a USB stick
moves the files. Each laptop writes one change file in the folder, `<device id>.ddshare`,
and only its own (written whole under a temporary name, then renamed), and takes in every
other laptop's. A change file is a SQLCipher database keyed with the school's random key
(`share_key`): a file changed on the way, truncated, or half copied by a sync client fails
SQLCipher's page check or its own row counts, is skipped with a message and taken the next
time it is whole.

A change file holds the laptop's own rows (those without an origin in `row_origins`) and
what every laptop's rows may have changed into since (`states`). Taking in is the same
whatever the order of the files and however often it runs:

- incidents, decisions (as revisions), participants, follow-ups, disclosures and audit rows
  are added once, by their ids, and never edited (an audit row by its laptop and its id
  there); students by their school id, the newer row winning;
- the calendar: the newer change of each day wins, a day set or a day taken out (a day
  taken out on one laptop is taken out on the others, not brought back by their files);
- a void is forever, the earliest kept; a follow-up once done stays done, the earliest
  done kept; a superseded revision stays superseded;
- two revisions of one decision made on two laptops are both kept: the later is current,
  and a follow-up asks the administrators to look at the two (one follow-up, the same id
  on every laptop);
- the school's settings: the newer change wins. What stays on one laptop: drafts, the
  user's own settings (decided by, language, idle lock), the passphrase, and this table;
- a purge (the district's retention) is the school's: a laptop that takes in another's
  purge purges as fully (the rows removed, the file rewritten), and rows from before a
  purge that a laptop still has are not taken in again.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from pathlib import Path
from typing import Any

from disciplinedesk.store import driver
from disciplinedesk.store.calendar import set_calendar_day, take_out_calendar_day
from disciplinedesk.store.database import Log, column_names, utc_now
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.permissions import private_folder
from disciplinedesk.store.retention import delete_before, forget
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import get_setting
from disciplinedesk.store.share_key import (
    file_key,
    join_code,
    key_from_code,
    new_school_key,
    school_id,
)
from disciplinedesk.store.students import StudentInput

SUFFIX = ".ddshare"
# 2: the calendar's changes and removals. A file of format 1 (a laptop not yet updated)
# is still read: its days are the oldest, and it takes none out.
FORMAT = "2"
READ_FORMATS = ("1", FORMAT)
# A laptop's name as another laptop shows it (a file may say anything: it is cut).
NAME_LIMIT = 80
# Settings of the school, shared; the others are one person's on one laptop.
SHARED_SETTINGS = (
    "school_name",
    "school_id",
    "school_address",
    "school_phone",
    "office_hours",
    "school_year_start",
    "last_senior_day",
    "edfi_namespace",
    "report_min_group",
    "report_min_cell",
    "retention_years_kept",
)
# The rows a laptop writes as its own, with how a student is named in them (by school id,
# since each laptop gave its students its own internal ids).
OWN_TABLES: dict[str, tuple[str, ...]] = {
    "incidents": ("student_id",),
    "decisions": (),
    "participants": ("student_id",),
    "follow_ups": (),
    "disclosures": ("student_id",),
}
CONFLICT_KIND = "revision_conflict"
# A student's row as the laptops exchange it: what a roster gives, and when it changed.
STUDENT_FIELDS = (
    *(f.name for f in dataclass_fields(StudentInput) if f.name != "local_id"),
    "updated_at",
    "voided_at",
    "void_reason",
)


class SharingError(StoreError):
    """Sharing cannot start, join or exchange as asked; the message says why."""


@dataclass
class Exchange:
    """What one exchange did: rows taken in from each laptop, rows written, files skipped."""

    written: int = 0
    taken: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    conflicts: int = 0


# -- starting and joining -------------------------------------------------------------------


def start_sharing(log: Log, folder: Path) -> str:
    """Share this log through `folder`: a new school key, this laptop's first change file.
    Returns the join code (shown once; Settings shows it again after the passphrase)."""
    _refuse_unshareable(log)
    if _share(log) is not None:
        raise SharingError("this log is already shared; stop sharing first to start anew")
    key = new_school_key()
    _create_folder(folder)
    with log.transaction():
        _insert_share(log, folder, key)
    with _undone_on_failure(log):
        write_change_file(log)
    return join_code(key)


def join_sharing(log: Log, folder: Path, code: str) -> Exchange:
    """Join the school's record in `folder` with its join code, and take it in."""
    _refuse_unshareable(log)
    key = key_from_code(code)
    existing = _share(log)
    if existing is not None:
        if existing["school_id"] != school_id(key):
            raise SharingError(
                "this log already holds another school's shared record; it cannot join this one"
            )
        raise SharingError("this log already shares this school's record: run `sync`")
    files = sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
    if not files:
        raise SharingError(f"{folder}: no school's change files here to join")
    if not any(_opens_with(path, key) for path in files):
        raise SharingError(
            f"{folder}: the join code does not open the school's change files (check it)"
        )
    with log.transaction():
        _insert_share(log, folder, key)
    with _undone_on_failure(log):
        return exchange(log)


def stop_sharing(log: Log) -> None:
    """This laptop stops exchanging; its change file stays for the others (what it wrote is
    in their logs already). The rows taken in stay in this log."""
    with log.transaction():
        log.execute("DELETE FROM share")
        log.execute("DELETE FROM share_peers")


def share_status(log: Log) -> dict[str, Any] | None:
    """The folder, this laptop, and the laptops seen with when each last wrote."""
    share = _share(log)
    if share is None:
        return None
    peers = log.query(
        "SELECT device_id, name, written_at, taken_at FROM share_peers ORDER BY name, device_id"
    )
    return {
        "folder": share["folder"],
        "device_id": share["device_id"],
        "name": laptop_name(log),
        "school_id": share["school_id"],
        "laptops": [
            {
                "device_id": p["device_id"],
                "name": p["name"],
                "last_wrote": p["written_at"],
                "taken_at": p["taken_at"],
            }
            for p in peers
        ],
        "last_exchange": max((p["taken_at"] for p in peers), default=None),
    }


def laptop_name(log: Log) -> str:
    """What the other laptops call this one: its user's "decided by" (each laptop keeps its
    own), else the account's name."""
    return (str(get_setting(log, "decided_by") or "").strip() or current_user())[:NAME_LIMIT]


def shown_join_code(log: Log) -> str:
    share = _share(log)
    if share is None:
        raise SharingError("this log is not shared")
    return join_code(bytes.fromhex(share["school_key"]))


# -- exchanging ----------------------------------------------------------------------------


def exchange(log: Log) -> Exchange:
    """Take in every other laptop's change file, then write this laptop's."""
    share = _share(log)
    if share is None:
        raise SharingError("this log is not shared: start with `share create` or `share join`")
    folder = Path(share["folder"])
    if not folder.is_dir():
        raise SharingError(f"{folder}: the shared folder cannot be reached now")
    key = bytes.fromhex(share["school_key"])
    result = Exchange()
    purged = purged_before(log)
    log.conn.execute("PRAGMA secure_delete = ON")  # what a purge removes is overwritten
    try:
        _take_in_all(log, folder, key, share, result)
    finally:
        log.conn.execute("PRAGMA secure_delete = OFF")
    if purged_before(log) != purged:  # another laptop purged: so does this one, as fully
        forget(log)
    result.written = write_change_file(log)
    return result


def purged_before(log: Log) -> date | None:
    """The day before which the school's record was purged, on any of its laptops."""
    row = log.execute(
        "SELECT MAX(json_extract(after, '$.before')) FROM audit WHERE table_name = 'log' "
        "AND row_id = 'retention' AND action = 'purge'"
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _take_in_all(
    log: Log, folder: Path, key: bytes, share: dict[str, Any], result: Exchange
) -> None:
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        device = path.name[: -len(SUFFIX)]
        # This laptop's own file too: after a restore from an old backup it holds the rows
        # recorded since, which this log no longer has (they are taken back as its own).
        try:
            taken, conflicts = _take_in(log, path, key, share)
        except (SharingError, driver.DatabaseError) as error:
            result.skipped.append(f"{path.name}: {_why(error)}; it is taken the next time")
            continue
        if device != share["device_id"]:
            result.taken[device] = taken
        result.conflicts += conflicts


def write_change_file(log: Log) -> int:
    """This laptop's change file, written whole: a temporary name, then renamed. Returns the
    number of rows in it."""
    share = _share(log)
    assert share is not None
    folder = Path(share["folder"])
    target = folder / f"{share['device_id']}{SUFFIX}"
    temporary = folder / f".{share['device_id']}.{os.urandom(4).hex()}.tmp"
    key = file_key(bytes.fromhex(share["school_key"]))
    for stale in folder.glob(f".{share['device_id']}.*.tmp"):  # a write killed half-way
        stale.unlink(missing_ok=True)
    try:
        with _attached(log, temporary, key, "outgoing"), log.transaction():
            counts = _write_rows(log, share)
        with temporary.open("rb") as file:
            os.fsync(file.fileno())
        _replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return sum(counts.values())


RENAME_TRIES = 10


def _replace(temporary: Path, target: Path) -> None:
    """The new file in the old one's place, whole. Where the system refuses while another
    laptop is reading the old one (Windows), it is tried again for a few seconds; after
    that the exchange says so, and the file is written at the next one."""
    for attempt in range(RENAME_TRIES):
        try:
            temporary.replace(target)
            return
        except PermissionError:
            if attempt == RENAME_TRIES - 1:
                raise SharingError(
                    f"{target.name}: another laptop is reading it; this laptop's changes go "
                    "out at the next exchange"
                ) from None
            time.sleep(0.3)


def _write_rows(log: Log, share: dict[str, Any]) -> dict[str, int]:
    own = "NOT EXISTS (SELECT 1 FROM row_origins o WHERE o.table_name = '{table}' AND o.row_id = t.{key})"
    db = log.conn
    db.execute(
        f"CREATE TABLE outgoing.students AS SELECT local_id, created_at, "
        f"{', '.join(STUDENT_FIELDS)} FROM students"
    )
    for table, student_columns in OWN_TABLES.items():
        columns = column_names(log.conn, table)
        selected = ", ".join(
            f"(SELECT local_id FROM students s WHERE s.id = t.{c}) AS {c}"
            if c in student_columns
            else f"t.{c}"
            for c in columns
        )
        where = own.format(table=table, key="id")
        if table == "disclosures":
            where += " AND t.completed_at IS NOT NULL"  # one still leaving is this laptop's
        db.execute(
            f"CREATE TABLE outgoing.{table} AS SELECT {selected} FROM {table} t WHERE {where}"
        )
    db.execute(
        "CREATE TABLE outgoing.decision_records AS SELECT t.* FROM decision_records t "
        "JOIN outgoing.decisions d ON d.id = t.decision_id"
    )
    db.execute(
        "CREATE TABLE outgoing.audit AS SELECT t.id AS origin_id, t.table_name, t.row_id, "
        "t.action, t.before, t.after, t.actor, t.at FROM audit t WHERE "
        + own.format(table="audit", key="id")
    )
    db.execute(
        "CREATE TABLE outgoing.calendar_days AS "
        "SELECT day, description, source, changed_at FROM calendar_days"
    )
    db.execute("CREATE TABLE outgoing.calendar_removals AS SELECT * FROM calendar_removals")
    marks = ", ".join("?" for _ in SHARED_SETTINGS)
    db.execute(
        "CREATE TABLE outgoing.settings AS SELECT s.key, s.value, (SELECT MAX(a.at) FROM audit a "
        "WHERE a.table_name = 'settings' AND a.row_id = s.key) AS changed_at FROM settings s "
        f"WHERE s.key IN ({marks})",
        list(SHARED_SETTINGS),
    )
    # What every row may have become since it was written, whoever wrote it.
    db.execute(
        "CREATE TABLE outgoing.voids AS SELECT id, voided_at, void_reason FROM incidents "
        "WHERE voided_at IS NOT NULL"
    )
    db.execute(
        "CREATE TABLE outgoing.follow_up_states AS SELECT id, done_at, note, cancelled_at, "
        "returned_on FROM follow_ups WHERE done_at IS NOT NULL OR cancelled_at IS NOT NULL"
    )
    db.execute(
        "CREATE TABLE outgoing.superseded AS SELECT id, superseded_at FROM decisions "
        "WHERE superseded_at IS NOT NULL"
    )
    tables = (
        "students",
        *OWN_TABLES,
        "decision_records",
        "audit",
        "calendar_days",
        "calendar_removals",
        "settings",
        "voids",
        "follow_up_states",
        "superseded",
    )
    counts = {
        t: int(db.execute(f"SELECT COUNT(*) FROM outgoing.{t}").fetchone()[0]) for t in tables
    }
    db.execute("CREATE TABLE outgoing.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for name, value in (
        ("format", FORMAT),
        ("school_id", share["school_id"]),
        ("device_id", share["device_id"]),
        ("name", laptop_name(log)),
        ("written_at", utc_now()),
        ("counts", json.dumps(counts, sort_keys=True)),
    ):
        db.execute("INSERT INTO outgoing.meta VALUES (?, ?)", [name, value])
    return counts


def _take_in(log: Log, path: Path, key: bytes, share: dict[str, Any]) -> tuple[int, int]:
    """One laptop's change file, checked whole, then taken in in one transaction."""
    device = path.name[: -len(SUFFIX)]
    with _attached(log, path, file_key(key), "incoming"):
        db = log.conn
        check = db.execute("PRAGMA incoming.quick_check").fetchone()[0]
        if check != "ok":
            raise SharingError(f"the file is damaged ({check})")
        meta = dict(db.execute("SELECT key, value FROM incoming.meta").fetchall())
        if meta.get("school_id") != share["school_id"] or meta.get("device_id") != device:
            raise SharingError("the file is another school's, or was renamed")
        if meta.get("format") not in READ_FORMATS:
            raise SharingError(f"the file is of format {meta.get('format')}; update DisciplineDesk")
        expected = json.loads(meta["counts"])
        for table, count in expected.items():
            found = db.execute(f"SELECT COUNT(*) FROM incoming.{table}").fetchone()[0]
            if found != count:
                raise SharingError(f"the file is incomplete ({table}: {found} of {count} rows)")
        own = device == share["device_id"]
        with log.transaction():
            taken = _merge(log, device, own=own)
            conflicts = _settle_decisions(log)
            purged = purged_before(log)
            if purged is not None:  # what another laptop still has from before the purge
                delete_before(log, purged)
            if own:
                return taken, conflicts
            log.execute(
                "INSERT INTO share_peers (device_id, written_at, taken_at, name) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET "
                "written_at = excluded.written_at, taken_at = excluded.taken_at, "
                "name = excluded.name",
                # A file from before laptops had names has none: the id is shown.
                [device, meta["written_at"], utc_now(), str(meta.get("name", ""))[:NAME_LIMIT]],
            )
    return taken, conflicts


def _merge(log: Log, device: str, *, own: bool = False) -> int:
    """Take in one file's rows (`own`: this laptop's file, whose rows are its own and get
    no origin; their audit rows are not taken back, having no id to be known by)."""
    db = log.conn
    before = db.execute("SELECT total_changes()").fetchone()[0]
    _merge_students(log)
    for table, student_columns in OWN_TABLES.items():
        columns = column_names(log.conn, table)
        selected = ", ".join(
            f"(SELECT id FROM students s WHERE s.local_id = t.{c})"
            if c in student_columns
            else (_REVISION_TAKEN_IN if table == "decisions" and c == "revision" else f"t.{c}")
            for c in columns
        )
        new = f"NOT EXISTS (SELECT 1 FROM {table} x WHERE x.id = t.id)"
        if not own:
            db.execute(  # (an origin stays when a purge removed the row: it comes in again)
                "INSERT OR IGNORE INTO row_origins (table_name, row_id, device_id, "
                f"origin_row_id) SELECT '{table}', t.id, ?, t.id FROM incoming.{table} t "
                f"WHERE {new}",
                [device],
            )
        fresh = (
            [row[0] for row in db.execute(f"SELECT t.id FROM incoming.{table} t WHERE {new}")]
            if table == "incidents"
            else []
        )
        db.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} "
            f"FROM incoming.{table} t WHERE {new}"
        )
        if fresh:  # the behavior index, for the incidents just taken in only
            db.execute(
                "INSERT OR IGNORE INTO incident_behaviors (behavior, occurred_at, incident_id) "
                "SELECT DISTINCT j.value, i.occurred_at, i.id FROM incidents i, "
                "json_each(i.behaviors) j WHERE i.id IN (SELECT value FROM json_each(?))",
                [json.dumps(fresh)],
            )
    _renumber_revisions(log)
    db.execute("INSERT OR IGNORE INTO decision_records SELECT t.* FROM incoming.decision_records t")
    if not own:
        _merge_audit(log, device)
    _merge_calendar(log)
    _merge_settings(log)
    _merge_states(log)
    return int(db.execute("SELECT total_changes()").fetchone()[0]) - int(before)


# A revision numbered as one this log has (two laptops revised the same decision) comes in
# set apart, then every revision of that decision is numbered again the same way everywhere.
_APART = 1_000_000
_REVISION_TAKEN_IN = (
    "CASE WHEN EXISTS (SELECT 1 FROM decisions x WHERE x.incident_id = t.incident_id AND "
    f"x.revision = t.revision) THEN t.revision + {_APART} ELSE t.revision END"
)


def _renumber_revisions(log: Log) -> None:
    """The revisions of a decision revised on two laptops at once, numbered again in the
    order they were made (their numbers, then when they were decided): the same numbers on
    every laptop."""
    db = log.conn
    for (incident_id,) in db.execute(
        "SELECT DISTINCT incident_id FROM decisions WHERE revision > ?", [_APART]
    ).fetchall():
        rows = db.execute(
            "SELECT id FROM decisions WHERE incident_id = ? "
            f"ORDER BY revision % {_APART}, decided_at, id",
            [incident_id],
        ).fetchall()
        for number, (decision_id,) in enumerate(rows, start=1):  # apart first, then in place
            db.execute("UPDATE decisions SET revision = ? WHERE id = ?", [-number, decision_id])
        db.execute("UPDATE decisions SET revision = -revision WHERE incident_id = ?", [incident_id])


def _merge_students(log: Log) -> None:
    """By school id: a new student is added with this laptop's own internal id; a known one
    takes the newer row (the newest roster import wins)."""
    fields = STUDENT_FIELDS
    db = log.conn
    for row in log.query(
        "SELECT t.*, s.id AS local_key, s.updated_at AS local_updated FROM incoming.students t "
        "LEFT JOIN students s ON s.local_id = t.local_id"
    ):
        values = [row[name] for name in fields]
        if row["local_key"] is None:
            db.execute(
                f"INSERT INTO students (id, local_id, created_at, {', '.join(fields)}) "
                f"VALUES (?, ?, ?, {', '.join('?' for _ in fields)})",
                [str(uuid.uuid4()), row["local_id"], row["created_at"], *values],
            )
        elif row["updated_at"] > row["local_updated"]:
            db.execute(
                f"UPDATE students SET {', '.join(f'{n} = ?' for n in fields)} WHERE id = ?",
                [*values, row["local_key"]],
            )


def _merge_audit(log: Log, device: str) -> None:
    """Another laptop's audit rows, each once, under this log's own numbering; the audit
    shows their laptop through `row_origins`."""
    db = log.conn
    rows = db.execute(
        "SELECT origin_id, table_name, row_id, action, before, after, actor, at FROM "
        "incoming.audit t WHERE NOT EXISTS (SELECT 1 FROM row_origins o WHERE o.table_name "
        "= 'audit' AND o.device_id = ? AND o.origin_row_id = CAST(t.origin_id AS TEXT)) "
        "ORDER BY origin_id",
        [device],
    ).fetchall()
    for origin_id, *values in rows:
        cursor = db.execute(
            "INSERT INTO audit (table_name, row_id, action, before, after, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        db.execute(
            "INSERT INTO row_origins (table_name, row_id, device_id, origin_row_id) "
            "VALUES ('audit', ?, ?, ?)",
            [str(cursor.lastrowid), device, str(origin_id)],
        )


def _merge_calendar(log: Log) -> None:
    """Each day's newer change wins, a day set or taken out (at the same moment, set wins):
    the latest of all the laptops' changes, in whatever order they are taken in."""
    db = log.conn
    columns = column_names(db, "calendar_days", "incoming")
    changed = "changed_at" if "changed_at" in columns else "''"  # format 1: the oldest
    incoming = [
        (day, (at, 1, description, source))
        for day, description, source, at in db.execute(
            f"SELECT day, description, source, {changed} FROM incoming.calendar_days"
        )
    ]
    if column_names(db, "calendar_removals", "incoming"):  # format 1 has none
        incoming += [
            (day, (at, 0, "", ""))
            for day, at in db.execute("SELECT day, removed_at FROM incoming.calendar_removals")
        ]
    for day, change in incoming:
        if change <= _calendar_change(log, day):
            continue
        at, present, description, source = change
        if present:
            set_calendar_day(log, day, description, source, at)
        else:
            take_out_calendar_day(log, day, at)
        db.execute(
            "INSERT INTO audit (table_name, row_id, action, after, actor, at) "
            "VALUES ('calendar_days', ?, ?, ?, 'share', ?)",
            [day, "update" if present else "remove", description or None, utc_now()],
        )


def _calendar_change(log: Log, day: str) -> tuple[str, int, str, str]:
    """This log's latest change of a day: (when, 1 if set, description, source)."""
    row = log.execute(
        "SELECT changed_at, description, source FROM calendar_days WHERE day = ?", [day]
    ).fetchone()
    if row is not None:
        return (row[0], 1, row[1], row[2])
    removed = log.execute(
        "SELECT removed_at FROM calendar_removals WHERE day = ?", [day]
    ).fetchone()
    return (removed[0], 0, "", "") if removed else ("", -1, "", "")


def _merge_settings(log: Log) -> None:
    """The newer change of a school setting wins (the same value at the same time: kept)."""
    db = log.conn
    for key, value, changed_at in db.execute(
        "SELECT key, value, changed_at FROM incoming.settings"
    ).fetchall():
        local = db.execute(
            "SELECT s.value, (SELECT MAX(at) FROM audit a WHERE a.table_name = 'settings' "
            "AND a.row_id = s.key) FROM settings s WHERE s.key = ?",
            [key],
        ).fetchone()
        if local is not None and (local[1] or "", local[0]) >= (changed_at or "", value):
            continue
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value",
            [key, value],
        )
        # Dated as the change it takes in, so that an older one read next does not win.
        db.execute(
            "INSERT INTO audit (table_name, row_id, action, before, after, actor, at) "
            "VALUES ('settings', ?, 'update', ?, ?, 'share', ?)",
            [key, local[0] if local else None, value, changed_at or utc_now()],
        )


def _merge_states(log: Log) -> None:
    """Voids, follow-ups done or cancelled, revisions superseded: once so, always so, the
    earliest kept (the same on every laptop, whatever the order)."""
    db = log.conn
    db.execute(
        "UPDATE incidents SET voided_at = v.voided_at, void_reason = v.void_reason FROM "
        "incoming.voids v WHERE incidents.id = v.id AND (incidents.voided_at IS NULL OR "
        "(v.voided_at, v.void_reason) < (incidents.voided_at, incidents.void_reason))"
    )
    db.execute(
        "UPDATE follow_ups SET done_at = s.done_at, note = s.note, returned_on = s.returned_on "
        "FROM incoming.follow_up_states s WHERE follow_ups.id = s.id AND s.done_at IS NOT NULL "
        "AND (follow_ups.done_at IS NULL OR (s.done_at, s.note) < (follow_ups.done_at, follow_ups.note))"
    )
    db.execute(
        "UPDATE follow_ups SET cancelled_at = s.cancelled_at FROM incoming.follow_up_states s "
        "WHERE follow_ups.id = s.id AND s.cancelled_at IS NOT NULL AND "
        "(follow_ups.cancelled_at IS NULL OR s.cancelled_at < follow_ups.cancelled_at)"
    )
    db.execute(
        "UPDATE decisions SET superseded_at = s.superseded_at FROM incoming.superseded s "
        "WHERE decisions.id = s.id AND (decisions.superseded_at IS NULL OR "
        "s.superseded_at < decisions.superseded_at)"
    )


def _settle_decisions(log: Log) -> int:
    """Each offender's part has one current decision: with two (revised on two laptops at
    once), the later is current, the other superseded, and a follow-up asks the two
    administrators to look at both. Every laptop reaches the same result and the same
    follow-up. The incident's current action, days and decider follow. Returns the number
    of conflicts found."""
    db = log.conn
    conflicts = 0
    doubled = db.execute(
        "SELECT incident_id FROM decisions WHERE superseded_at IS NULL GROUP BY incident_id "
        "HAVING COUNT(*) > 1"
    ).fetchall()
    for (incident_id,) in doubled:
        rows = db.execute(
            "SELECT id, decided_at, decided_by, revision FROM decisions WHERE incident_id = ? "
            "AND superseded_at IS NULL ORDER BY decided_at DESC, id DESC",
            [incident_id],
        ).fetchall()
        current, others = rows[0], rows[1:]
        for other in others:
            db.execute(
                "UPDATE decisions SET superseded_at = ? WHERE id = ?", [current[1], other[0]]
            )
            db.execute(
                "UPDATE follow_ups SET cancelled_at = ?, note = 'superseded by a revision made "
                "on another laptop' WHERE decision_id = ? AND done_at IS NULL AND cancelled_at "
                "IS NULL",
                [current[1], other[0]],
            )
        names = " and ".join(dict.fromkeys(r[2] for r in rows))
        conflict_id = str(
            uuid.uuid5(uuid.NAMESPACE_URL, "conflict:" + ":".join(sorted(r[0] for r in rows)))
        )
        db.execute(
            "INSERT OR IGNORE INTO follow_ups (id, decision_id, kind, due, text, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                conflict_id,
                current[0],
                CONFLICT_KIND,
                current[1][:10],
                f"Two revisions of this decision were made on two laptops ({names}); the "
                "later one is current. Look at both together.",
                current[1],
            ],
        )
        conflicts += 1
    db.execute(
        "UPDATE incidents SET action = d.action, days = d.days, decided_by = d.decided_by "
        "FROM decisions d WHERE d.incident_id = incidents.id AND d.superseded_at IS NULL AND "
        "(incidents.action IS NOT d.action OR incidents.days IS NOT d.days OR "
        "incidents.decided_by IS NOT d.decided_by)"
    )
    return conflicts


# -- the pieces ----------------------------------------------------------------------------


def _share(log: Log) -> dict[str, Any] | None:
    rows = log.query("SELECT * FROM share")
    return rows[0] if rows else None


def _insert_share(log: Log, folder: Path, key: bytes) -> None:
    log.execute(
        "INSERT INTO share (id, folder, school_id, school_key, device_id, started_at) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        [str(folder.resolve()), school_id(key), key.hex(), str(uuid.uuid4()), utc_now()],
    )


def _refuse_unshareable(log: Log) -> None:
    if not log.encrypted:
        raise SharingError(
            "only an encrypted log is shared (the school's key is kept in it); the demo "
            "school is never shared"
        )


def _create_folder(folder: Path) -> None:
    try:
        if not folder.exists():
            private_folder(folder)
    except OSError as error:
        raise SharingError(
            f"{folder}: cannot create the shared folder ({error.strerror})"
        ) from None
    if not folder.is_dir():
        raise SharingError(f"{folder}: is a file, not a folder; choose the folder to share")


@contextmanager
def _undone_on_failure(log: Log) -> Iterator[None]:
    """Starting or joining is whole: when this laptop's first file cannot be written in the
    folder (read-only, full, gone), the log is not left saying it shares."""
    try:
        yield
    except (OSError, StoreError, driver.DatabaseError) as error:
        stop_sharing(log)
        if isinstance(error, StoreError):
            raise
        reason = getattr(error, "strerror", None) or str(error)
        raise SharingError(
            f"cannot write this laptop's file in the shared folder ({reason})"
        ) from None


def _opens_with(path: Path, key: bytes) -> bool:
    try:
        conn = driver.connect(path, file_key(key))
        try:
            conn.execute("SELECT value FROM meta WHERE key = 'school_id'").fetchone()
        finally:
            conn.close()
    except driver.DatabaseError:
        return False
    return True


@contextmanager
def _attached(log: Log, path: Path, key: driver.DerivedKey, name: str) -> Iterator[None]:
    log.execute(f"ATTACH DATABASE ? AS {name} KEY {driver.quote(key.for_file(path))}", [str(path)])
    try:
        yield
    finally:
        log.execute(f"DETACH DATABASE {name}")


def _why(error: BaseException) -> str:
    text = str(error)
    if "not a database" in text or "HMAC" in text or "malformed" in text:
        return "it was changed, cut short or is being copied"
    return text
