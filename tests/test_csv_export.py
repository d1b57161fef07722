"""The CSV export as a spreadsheet reads it: formulas neutralised, de-identified rows without
any free text that can name a person."""

from __future__ import annotations

import csv
import io

import pytest

from disciplinedesk.exports.csv_export import decisions_csv

ROW = {
    "incident_id": "i1",
    "student_id": "S1",
    "first_name": '=HYPERLINK("http://evil","Ana")',
    "last_name": "+Lee",
    "grade": "8",
    "occurred_at": "2026-11-18T10:00",
    "location": "@Mr. Lee's room",
    "behaviors": "fighting",
    "action": "none",
    "days": 0,
    "responses_chosen": "-parent_conference",
    "decided_by": "\tA. Rivera",
    "description": "\r=1+1",
}


@pytest.mark.parametrize("deidentify", [False, True])
def test_formula_cells_are_written_as_text(deidentify: bool) -> None:
    rows = list(csv.DictReader(io.StringIO(decisions_csv([ROW], deidentify=deidentify, salt="s"))))
    (row,) = rows
    for name, value in row.items():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)
    assert row["responses_chosen"] == "'-parent_conference" and row["days"] == "0"
    if not deidentify:
        assert row["first_name"] == '\'=HYPERLINK("http://evil","Ana")'
        assert row["location"] == "'@Mr. Lee's room"


def test_deidentified_rows_have_no_free_text_that_names_a_person() -> None:
    text = decisions_csv([ROW], deidentify=True, salt="s")
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert set(row) & {"first_name", "last_name", "description", "decided_by", "location"} == set()
    assert "Lee" not in text and "Rivera" not in text and "S1" not in text


def test_one_row_per_offenders_decision_with_the_incident_and_the_role(
    tmp_path: pytest.TempPathFactory,
) -> None:
    from datetime import date
    from pathlib import Path

    from disciplinedesk.store.database import open_log
    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.store.report import export_rows
    from tests.store.conftest import ANA, BO, add_students
    from tests.store.test_participants import CY, fight
    from tests.support import pps

    log = open_log(Path(str(tmp_path)) / "data")
    try:
        add_students(log, ANA, BO, CY)
        recorded = record_incident(log, pps(), fight(), actor="t")
        text = decisions_csv(
            export_rows(log, date(2026, 11, 1), date(2026, 11, 30)), deidentify=False
        )
    finally:
        log.close()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["incident_id"], r["student_id"], r["role"]) for r in rows] == [
        (recorded.incident_id, "S1", "offender"),
        (recorded.incident_id, "S2", "offender"),
    ]
    assert [r["decision_id"] for r in rows] == [o.decision_id for o in recorded.offenders]
    assert {r["others_involved"] for r in rows} == {"3"}  # the other offender, victim, witness
