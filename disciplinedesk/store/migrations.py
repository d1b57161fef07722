"""Numbered schema migrations. `PRAGMA user_version` says which have run.

Each migration is a function of the database that brings it from version N-1 to N, run in
one transaction after the file has been copied to a timestamped backup. Never edit a
migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = Callable[[Any], None]

APP_ID = "disciplinedesk"


def _v1_core(db: Any) -> None:
    """The log's tables, with UUID text keys so that logs from several laptops can merge."""
    db.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE students (
            id TEXT PRIMARY KEY,
            local_id TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            grade TEXT NOT NULL,
            iep INTEGER NOT NULL DEFAULT 0,
            section_504 INTEGER NOT NULL DEFAULT 0,
            sped_referral_pending INTEGER NOT NULL DEFAULT 0,
            family_language TEXT NOT NULL DEFAULT 'en',
            gender TEXT,
            race_ethnicity TEXT,
            english_learner INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            student_id TEXT NOT NULL REFERENCES students(id),
            occurred_at TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            nexus TEXT NOT NULL,
            behaviors TEXT NOT NULL,
            type INTEGER,
            description TEXT NOT NULL DEFAULT '',
            reporter TEXT NOT NULL DEFAULT '',
            flags TEXT NOT NULL,
            created_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT
        )"""
    )
    db.execute("CREATE INDEX incidents_student ON incidents(student_id, occurred_at)")
    db.execute("CREATE INDEX incidents_occurred ON incidents(occurred_at)")
    db.execute(
        """CREATE TABLE decisions (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            revision INTEGER NOT NULL,
            supersedes TEXT REFERENCES decisions(id),
            case_json TEXT NOT NULL,
            result_json TEXT NOT NULL,
            policy_id TEXT NOT NULL,
            policy_version TEXT NOT NULL,
            responses_suggested TEXT NOT NULL,
            action TEXT NOT NULL,
            days REAL NOT NULL DEFAULT 0,
            start_date TEXT,
            responses_chosen TEXT NOT NULL,
            override_reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            UNIQUE (incident_id, revision)
        )"""
    )
    db.execute(
        """CREATE TABLE follow_ups (
            id TEXT PRIMARY KEY,
            decision_id TEXT NOT NULL REFERENCES decisions(id),
            kind TEXT NOT NULL,
            due TEXT NOT NULL,
            text TEXT NOT NULL,
            done_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            cancelled_at TEXT,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX follow_ups_open ON follow_ups(done_at, cancelled_at, due)")
    db.execute("CREATE INDEX follow_ups_decision ON follow_ups(decision_id)")
    db.execute(
        """CREATE TABLE calendar_days (
            day TEXT PRIMARY KEY,
            description TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX audit_row ON audit(table_name, row_id)")
    db.execute("INSERT INTO settings (key, value) VALUES ('app', ?)", [f'"{APP_ID}"'])


def _v2_search_and_decision_index(db: Any) -> None:
    """Full-text search over incident descriptions and student names, and the decision lookup
    that history and the log table need on large logs."""
    db.execute("CREATE INDEX decisions_incident ON decisions(incident_id, revision)")
    _external_content_fts(db, "incidents", ("description",))
    _external_content_fts(db, "students", ("first_name", "last_name", "local_id"))


def _external_content_fts(db: Any, table: str, columns: tuple[str, ...]) -> None:
    """An FTS5 index kept in step with `table` by triggers (the layout sqlite-utils uses),
    written as single statements so that it runs inside the migration's transaction."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(f"INSERT INTO {fts} (rowid, {cols}) SELECT rowid, {cols} FROM {table}")
    db.execute(
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


def _v3_drafts(db: Any) -> None:
    """Unfinished wizards, saved as the user types so a crash or a closed lid loses nothing."""
    db.execute(
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )


def _v4_disclosures(db: Any) -> None:
    """The FERPA record of disclosures: every printout and export of a student's record."""
    db.execute(
        """CREATE TABLE disclosures (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            student_id TEXT REFERENCES students(id),
            incident_id TEXT REFERENCES incidents(id),
            description TEXT NOT NULL,
            destination TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX disclosures_student ON disclosures(student_id, at)")


def _v5_decision_records(db: Any) -> None:
    """Move each decision's large case and result JSON into a table of its own.

    A decision row is then a hundred bytes, so reports, history and the log table read a
    compact table instead of the JSON pages beside it (a school year's report read hundreds
    of megabytes before). Rebuilt the way SQLite's documentation describes: `migrate` runs
    migrations with foreign keys off and checks every reference before committing.
    """
    db.execute(
        """CREATE TABLE decision_records (
            decision_id TEXT PRIMARY KEY REFERENCES decisions(id),
            case_json TEXT NOT NULL,
            result_json TEXT NOT NULL
        )"""
    )
    db.execute(
        "INSERT INTO decision_records (decision_id, case_json, result_json) "
        "SELECT id, case_json, result_json FROM decisions"
    )
    db.execute(
        """CREATE TABLE decisions_new (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            revision INTEGER NOT NULL,
            supersedes TEXT REFERENCES decisions(id),
            policy_id TEXT NOT NULL,
            policy_version TEXT NOT NULL,
            responses_suggested TEXT NOT NULL,
            action TEXT NOT NULL,
            days REAL NOT NULL DEFAULT 0,
            start_date TEXT,
            responses_chosen TEXT NOT NULL,
            override_reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            UNIQUE (incident_id, revision)
        )"""
    )
    columns = (
        "id, incident_id, revision, supersedes, policy_id, policy_version, responses_suggested, "
        "action, days, start_date, responses_chosen, override_reason, decided_by, decided_at"
    )
    db.execute(f"INSERT INTO decisions_new ({columns}) SELECT {columns} FROM decisions")
    db.execute("DROP TABLE decisions")
    db.execute("ALTER TABLE decisions_new RENAME TO decisions")
    db.execute("CREATE INDEX decisions_incident ON decisions(incident_id, revision)")


def _v6_comparison(db: Any) -> None:
    """How similar incidents had been decided when this decision was made (aggregates)."""
    db.execute("ALTER TABLE decision_records ADD COLUMN comparison_json TEXT")


def _v7_current_marker(db: Any) -> None:
    """Mark superseded decisions, and index what reports and the consistency panel read.

    Finding each incident's current decision as "the highest revision" cost a correlated
    subquery per incident (a school year's report spent most of its time there); a
    `superseded_at` stamp, set in the transaction that records the next revision, makes it
    one lookup in a small partial index. The covering period index lets a report read a
    year of incidents without touching their descriptions.

    Incidents also keep the student's grade when they happened: comparing similar
    incidents by grade band must use the grade then, not the student's grade today. Older
    incidents take it from the case their first decision was made on.
    """
    db.execute("ALTER TABLE decisions ADD COLUMN superseded_at TEXT")
    db.execute(
        """UPDATE decisions SET superseded_at = (
               SELECT n.decided_at FROM decisions n
               WHERE n.incident_id = decisions.incident_id AND n.revision = decisions.revision + 1)
           WHERE revision < (SELECT MAX(revision) FROM decisions m
                             WHERE m.incident_id = decisions.incident_id)"""
    )
    db.execute("ALTER TABLE incidents ADD COLUMN grade TEXT")
    db.execute(
        """UPDATE incidents SET grade = COALESCE(
               (SELECT json_extract(r.case_json, '$.student.grade')
                FROM decisions d JOIN decision_records r ON r.decision_id = d.id
                WHERE d.incident_id = incidents.id ORDER BY d.revision LIMIT 1),
               (SELECT grade FROM students WHERE id = incidents.student_id))"""
    )
    db.execute(
        "CREATE INDEX decisions_current ON decisions(incident_id, action, days) "
        "WHERE superseded_at IS NULL"
    )
    # What the consistency panel looks up: incidents by behavior, and by type and grade.
    db.execute(
        """CREATE TABLE incident_behaviors (
            behavior TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            PRIMARY KEY (behavior, occurred_at, incident_id)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT INTO incident_behaviors (behavior, occurred_at, incident_id) "
        "SELECT DISTINCT b.value, i.occurred_at, i.id FROM incidents i, json_each(i.behaviors) b"
    )
    db.execute("CREATE INDEX incidents_kind ON incidents(type, grade, occurred_at, voided_at, id)")
    db.execute(
        "CREATE INDEX incidents_period ON incidents"
        "(occurred_at, voided_at, id, student_id, type, grade, location, behaviors)"
    )


def _v8_current_action_on_incidents(db: Any) -> None:
    """Each incident carries its current decision's action and days, kept in the transaction
    that records or revises the decision, so that a year's counts read one covering index
    and join nothing (on an encrypted log every page read from a second index is decrypted)."""
    db.execute("ALTER TABLE incidents ADD COLUMN action TEXT")
    db.execute("ALTER TABLE incidents ADD COLUMN days REAL")
    db.execute(
        """UPDATE incidents SET
               action = (SELECT action FROM decisions d
                         WHERE d.incident_id = incidents.id AND d.superseded_at IS NULL),
               days = (SELECT days FROM decisions d
                       WHERE d.incident_id = incidents.id AND d.superseded_at IS NULL)"""
    )
    db.execute("DROP INDEX incidents_period")
    db.execute(
        "CREATE INDEX incidents_period ON incidents"
        "(occurred_at, voided_at, id, student_id, type, grade, location, behaviors, action, days)"
    )


def _v9_decided_index(db: Any) -> None:
    """An incident's current action by its id, without reading the table: the consistency
    panel looks up thousands of similar incidents by id on a large log."""
    db.execute("CREATE INDEX incidents_decided ON incidents(id, voided_at, action, days)")


def _v10_calendar_sources(db: Any) -> None:
    """Which file gave each non-school day: a re-import of the same file replaces its days."""
    db.execute("ALTER TABLE calendar_days ADD COLUMN source TEXT NOT NULL DEFAULT ''")


def _v11_pending_disclosures(db: Any) -> None:
    """A disclosure is recorded before its file leaves and completed after (disclosures.py)."""
    db.execute("ALTER TABLE disclosures ADD COLUMN completed_at TEXT")
    db.execute("ALTER TABLE disclosures ADD COLUMN staging TEXT")
    db.execute("UPDATE disclosures SET completed_at = at")
    db.execute("CREATE INDEX disclosures_pending ON disclosures(id) WHERE completed_at IS NULL")


def _v12_participants(db: Any) -> None:
    """Incidents with several students: who did what, who was harmed, who saw it.

    A row of `incidents` is one offender's part in an incident: the offender's behaviors,
    type, grade and current decision, beside a copy of the incident's own facts (when,
    where, description), which is what lets reports, the prior record and the consistency
    panel keep reading one covering index and count offenders only. The offenders of one
    incident share `shared_id`, which is the id of the incident's first row: an incident
    from before this version is an incident with one offender, and its id does not change.

    The others involved (a victim, a witness, a reporter; a student of the roster or a
    person who is not) are `participants` of the incident, never in the prior record. The
    supports offered to a victim are follow-ups of that participant, not of a decision.
    The return meeting's follow-up keeps the day the student came back (`returned_on`), so
    that a suspension's actual length can be told from the one decided.
    """
    db.execute("ALTER TABLE incidents ADD COLUMN shared_id TEXT")
    db.execute("UPDATE incidents SET shared_id = id")
    db.execute("CREATE INDEX incidents_shared ON incidents(shared_id, student_id)")
    # Who decided, carried like the action and days: the report counts decisions per
    # administrator (and incidents per reporter) from the covering index.
    db.execute("ALTER TABLE incidents ADD COLUMN decided_by TEXT")
    # Why a decision was revised (the wizard asks it; a first decision has none).
    db.execute("ALTER TABLE decisions ADD COLUMN change_reason TEXT NOT NULL DEFAULT ''")
    db.execute(
        """UPDATE incidents SET decided_by = (SELECT decided_by FROM decisions d
               WHERE d.incident_id = incidents.id AND d.superseded_at IS NULL)"""
    )
    db.execute("DROP INDEX incidents_period")
    db.execute(
        "CREATE INDEX incidents_period ON incidents (occurred_at, voided_at, id, student_id, "
        "type, grade, location, behaviors, action, days, shared_id, reporter, decided_by)"
    )
    db.execute(
        """CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            role TEXT NOT NULL CHECK (role IN ('victim', 'witness', 'reporter')),
            student_id TEXT REFERENCES students(id),
            name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            supports TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            CHECK ((student_id IS NULL) = (name != '')),
            UNIQUE (incident_id, student_id)
        )"""
    )
    db.execute("CREATE INDEX participants_student ON participants(student_id)")
    db.execute(
        """CREATE TABLE follow_ups_new (
            id TEXT PRIMARY KEY,
            decision_id TEXT REFERENCES decisions(id),
            participant_id TEXT REFERENCES participants(id),
            kind TEXT NOT NULL,
            due TEXT NOT NULL,
            text TEXT NOT NULL,
            done_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            cancelled_at TEXT,
            created_at TEXT NOT NULL,
            returned_on TEXT,
            CHECK ((decision_id IS NULL) != (participant_id IS NULL))
        )"""
    )
    columns = "id, decision_id, kind, due, text, done_at, note, cancelled_at, created_at"
    db.execute(f"INSERT INTO follow_ups_new ({columns}) SELECT {columns} FROM follow_ups")
    db.execute("DROP TABLE follow_ups")
    db.execute("ALTER TABLE follow_ups_new RENAME TO follow_ups")
    db.execute("CREATE INDEX follow_ups_open ON follow_ups(done_at, cancelled_at, due)")
    db.execute("CREATE INDEX follow_ups_decision ON follow_ups(decision_id)")
    db.execute("CREATE INDEX follow_ups_participant ON follow_ups(participant_id)")


def _v13_back_entries(db: Any) -> None:
    """A decision made before the program was used, entered later so that the prior record
    is complete from the first day: it says so on every offender's row."""
    db.execute("ALTER TABLE incidents ADD COLUMN back_entry INTEGER NOT NULL DEFAULT 0")


def _v14_sharing(db: Any) -> None:
    """One record for the school: this laptop's sharing (one row: the folder, the school's
    key, this laptop's id) and where each row taken in from another laptop came from. A row
    without an origin is this laptop's own, the only kind it writes to its change file."""
    db.execute(
        """CREATE TABLE share (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            folder TEXT NOT NULL,
            school_id TEXT NOT NULL,
            school_key TEXT NOT NULL,
            device_id TEXT NOT NULL,
            started_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE share_peers (
            device_id TEXT PRIMARY KEY,
            written_at TEXT NOT NULL,
            taken_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE row_origins (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            origin_row_id TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id)
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX row_origins_source ON row_origins(table_name, device_id, origin_row_id)"
    )


def _v15_laptop_names(db: Any) -> None:
    """The other laptops by their users' names ("A. Rivera"), as their change files give
    them, not only by their ids."""
    db.execute("ALTER TABLE share_peers ADD COLUMN name TEXT NOT NULL DEFAULT ''")


def _v16_calendar_changes(db: Any) -> None:
    """A calendar the school's laptops agree on: when each non-school day was last set, and
    the days taken out (with when), so that a day removed on one laptop is removed on the
    others instead of coming back from their files. Days from before are the oldest."""
    db.execute("ALTER TABLE calendar_days ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''")
    db.execute(
        """CREATE TABLE calendar_removals (
            day TEXT PRIMARY KEY,
            removed_at TEXT NOT NULL
        )"""
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_core,
    _v2_search_and_decision_index,
    _v3_drafts,
    _v4_disclosures,
    _v5_decision_records,
    _v6_comparison,
    _v7_current_marker,
    _v8_current_action_on_incidents,
    _v9_decided_index,
    _v10_calendar_sources,
    _v11_pending_disclosures,
    _v12_participants,
    _v13_back_entries,
    _v14_sharing,
    _v15_laptop_names,
    _v16_calendar_changes,
)
SCHEMA_VERSION = len(MIGRATIONS)
