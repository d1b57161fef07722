"""Hostile and malformed engine inputs on `evaluate`, `incidents record` and `incidents revise`:
exit 2 and one line naming the field, never an internal error, never a half-written record.

The command line runs in this process (its `main`, on a real encrypted log in a temporary
folder) so that dozens of inputs stay quick; tests/test_cli_evaluate.py runs it as a process.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from disciplinedesk.cli import main
from disciplinedesk.store.database import open_log
from tests.store.records import record_input
from tests.support import case_data
from tests.test_cli_evaluate import TEST_PASSPHRASE

EXIT_BAD_INPUT = 2


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: bytes, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile") / "data"
    roster = folder.parent / "roster.csv"
    roster.write_text("student_id,first_name,last_name,grade\nS1,Ana,Lee,8\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
        assert main(["students", "import", str(roster), "--data-dir", str(folder)]) == 0
        data = record_input(
            "S1", behaviors=["fighting"], action="in_school_suspension", days=1, reason="r"
        )
        assert (
            main(
                ["incidents", "record", str(_file(folder.parent, data)), "--data-dir", str(folder)]
            )
            == 0
        )
    yield folder


def _file(folder: Path, data: object) -> Path:
    path = folder / "input.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _counts(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    monkeypatch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
    log = open_log(data_dir, passphrase=TEST_PASSPHRASE)
    try:
        return log.db["incidents"].count, log.db["decisions"].count
    finally:
        log.close()


GOOD = json.dumps(case_data(behaviors=["fighting"], action="in_school_suspension", days=1))


def _replace(text: str, old: str, new: str) -> bytes:
    assert old in text
    return text.replace(old, new, 1).encode()


HOSTILE_CASES = {
    "non-UTF-8 bytes": (b'{"student": {"grade": "\xff8"}}', "not UTF-8"),
    "duplicate keys": (
        _replace(GOOD, '"grade": "8"', '"grade": "3", "grade": "9"'),
        "grade: the key is given twice",
    ),
    "NaN days": (_replace(GOOD, '"days": 1', '"days": NaN'), "NaN is not a number"),
    "Infinity days": (_replace(GOOD, '"days": 1', '"days": Infinity'), "Infinity is not a number"),
    "1e999 days": (_replace(GOOD, '"days": 1', '"days": 1e999'), "too large a number"),
    "a million days": (
        _replace(GOOD, '"days": 1', '"days": 1000000'),
        "proposed.days: must be at most 10000",
    ),
    "huge prior days": (
        _replace(GOOD, '"factors"', '"history": {"exclusion_days_this_year": 1e300}, "factors"'),
        "history.exclusion_days_this_year: must be at most 10000",
    ),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested deeper than any case"),
    "year 1": (
        _replace(GOOD, "2026-11-18T10:30", "0001-01-01T10:30"),
        "incident.datetime: 0001-01-01 is outside",
    ),
    "year 9999": (
        _replace(GOOD, '"date": "2026-11-18"', '"date": "9999-12-31"'),
        "proposed.date: 9999-12-31 is outside",
    ),
    "no time of day": (
        _replace(GOOD, "2026-11-18T10:30", "2026-11-18"),
        "incident.datetime: '2026-11-18' has no time of day",
    ),
    "action long before": (
        _replace(GOOD, '"date": "2026-11-18"', '"date": "2025-01-06"'),
        "proposed.date: 2025-01-06 is before the incident",
    ),
    "days for a hearing": (
        _replace(GOOD, '"action": "in_school_suspension"', '"action": "hearing"'),
        "proposed.days: 1 given, but 'hearing' has no days",
    ),
    "a very long id": (
        _replace(GOOD, '"fighting"', json.dumps("x" * 5000)),
        "incident.behaviors[0]: unknown behavior 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'",
    ),
}


@pytest.mark.parametrize("name", HOSTILE_CASES)
def test_evaluate_refuses_with_one_line(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin, expected = HOSTILE_CASES[name]
    code, out, err = run(monkeypatch, capsys, stdin, "evaluate", "-")
    assert code == EXIT_BAD_INPUT and out == ""
    assert err.count("\n") == 1 and expected in err and "internal error" not in err
    assert len(err) < 400  # a long id is shortened, never echoed whole


def test_a_byte_order_mark_is_accepted_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(monkeypatch, capsys, b"\xef\xbb\xbf" + GOOD.encode(), "evaluate", "-")
    assert code == 0 and json.loads(out)["type"] == 3, err


def _record_text(**changes: object) -> str:
    data = record_input(
        "S1", behaviors=["fighting"], action="in_school_suspension", days=1, reason="r"
    )
    data["decision"].update(changes)
    return json.dumps(data)


RECORD_INPUTS = {
    "duplicate decision keys": (
        _replace(
            _record_text(),
            '"action": "in_school_suspension"',
            '"action": "none", "action": "expulsion"',
        ),
        "action: the key is given twice",
    ),
    "NaN days": (_replace(_record_text(), '"days": 1', '"days": NaN'), "NaN is not a number"),
    "non-UTF-8": (_record_text().encode().replace(b"Cafeteria", b"Caf\xe9"), "not UTF-8"),
    "null reason": (
        _record_text(override_reason=None).encode(),
        "decision.override_reason: must be text, not null",
    ),
    "a list as decided_by": (
        _record_text(decided_by=["A"]).encode(),
        "decision.decided_by: must be text, not a list",
    ),
    "text as days": (
        _record_text(days="two").encode(),
        "decision.days: must be a number, not text",
    ),
    "a date decades away": (
        _record_text(date="2070-01-05").encode(),
        "is more than 366 days after the incident",
    ),
    "days for no action": (_record_text(action="none", days=2).encode(), "'none' has no days"),
    "grounds for a suspension": (
        _record_text(grounds=["threat_to_safety"]).encode(),
        "grounds are recorded for an expulsion",
    ),
    "an unknown ground": (
        _record_text(action="expulsion", days=10, grounds=["because"]).encode(),
        "proposed.grounds[0]: unknown ground 'because'",
    ),
    "no time of day": (
        _record_text().replace("2026-11-18T10:00", "2026-11-18").encode(),
        "has no time of day",
    ),
}


@pytest.mark.parametrize("name", RECORD_INPUTS)
def test_record_refuses_with_one_line_and_writes_nothing(
    name: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _counts(data_dir, monkeypatch)
    stdin, expected = RECORD_INPUTS[name]
    code, _, err = run(
        monkeypatch, capsys, stdin, "incidents", "record", "-", "--data-dir", str(data_dir)
    )
    assert code == EXIT_BAD_INPUT and err.count("\n") == 1
    assert expected in err and "internal error" not in err
    assert _counts(data_dir, monkeypatch) == before


REVISIONS = {
    "null reason": ({"override_reason": None}, "revision.override_reason: must be text, not null"),
    "null responses": ({"responses": None}, "revision.responses: must be a list of ids"),
    "a number as reason": (
        {"override_reason": 3},
        "revision.override_reason: must be text, not a number",
    ),
    "a list as action": ({"action": ["expulsion"]}, "revision.action: must be text, not a list"),
    "a date decades away": ({"date": "2070-01-05"}, "is more than 366 days after the incident"),
    "an unknown field": ({"reason": "x"}, "revision.reason: unknown field"),
    "NaN days": ('{"days": NaN}', "NaN is not a number"),
    "duplicate keys": ('{"days": 1, "days": 5}', "days: the key is given twice"),
}


@pytest.mark.parametrize("name", REVISIONS)
def test_revise_refuses_with_one_line_and_writes_nothing(
    name: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
    code, out, _ = run(
        monkeypatch, capsys, b"", "incidents", "list", "--json", "--data-dir", str(data_dir)
    )
    incident = json.loads(out)[0]["id"]
    before = _counts(data_dir, monkeypatch)
    changes, expected = REVISIONS[name]
    stdin = (changes if isinstance(changes, str) else json.dumps(changes)).encode()
    code, _, err = run(
        monkeypatch,
        capsys,
        stdin,
        "incidents",
        "revise",
        incident,
        "-",
        "--data-dir",
        str(data_dir),
    )
    assert code == EXIT_BAD_INPUT and err.count("\n") == 1
    assert expected in err and "internal error" not in err
    assert _counts(data_dir, monkeypatch) == before


def test_a_calendar_without_school_days_for_years_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date, timedelta

    every_day = [(date(2026, 11, 18) + timedelta(days=n)).isoformat() for n in range(3700)]
    data = case_data(
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=2,
        calendar={"non_school_days": every_day},
    )
    code, out, err = run(monkeypatch, capsys, json.dumps(data).encode(), "evaluate", "-")
    assert code == EXIT_BAD_INPUT and out == ""
    assert "calendar: no school day in the ten years after 2026-11-18" in err
    assert "internal error" not in err
