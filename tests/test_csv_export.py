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
