"""The log's own reads (Log.query, Log.execute) on a real file: rows as dicts with a join's
repeated names kept apart, the connection's settings, and sqlite-utils when asked for."""

from __future__ import annotations

import pytest

from disciplinedesk.store.database import Log, unique_names
from tests.store.conftest import ANA, add_students


def test_a_repeated_column_keeps_the_first_and_names_the_next(log: Log) -> None:
    add_students(log, ANA)
    (row,) = log.query(
        "SELECT s.id, s.local_id AS id, 'x' AS id_2 FROM students s WHERE s.local_id = ?",
        ["S1"],
    )
    assert list(row) == ["id", "id_3", "id_2"]  # id_2 is taken: the repeat becomes id_3
    assert row["id_3"] == "S1" and row["id_2"] == "x" and row["id"] != "S1"


def test_unique_names_without_repeats_are_as_they_were() -> None:
    assert unique_names(["a", "b"]) == ["a", "b"]
    assert unique_names(["a", "a", "a"]) == ["a", "a_2", "a_3"]


def test_a_statement_without_rows_is_refused_by_query(log: Log) -> None:
    with pytest.raises(ValueError, match=r"Log\.execute"):
        log.query("CREATE TEMP TABLE scratch (x)")


def test_every_connection_has_the_settings_the_store_relies_on(log: Log) -> None:
    pragma = {
        name: log.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("foreign_keys", "recursive_triggers", "temp_store", "journal_mode")
    }
    assert pragma == {
        "foreign_keys": 1,
        "recursive_triggers": 1,
        "temp_store": 2,  # MEMORY: no student record in a temporary file
        "journal_mode": "wal",
    }


def test_sqlite_utils_sees_the_same_connection(log: Log) -> None:
    add_students(log, ANA)
    assert "students" in log.db.table_names()
    assert log.db["students"].count == 1
    assert log.db.conn is log.conn
