"""`calendar import|list|remove`, date options and setting ranges on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_evaluate import TEST_PASSPHRASE
from tests.test_cli_hostile_cases import run

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Winter break\r\n"
    "DTSTART;VALUE=DATE:20261221\r\nDURATION:P{days}D\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
    return tmp_path / "data"


def test_import_list_reimport_and_remove(
    school: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(ICS.format(days=10), encoding="utf-8")
    code, out, _ = run(
        monkeypatch,
        capsys,
        b"",
        "calendar",
        "import",
        str(ics),
        "--json",
        "--data-dir",
        str(school),
    )
    assert code == 0 and json.loads(out) == {
        "added": 10,
        "updated": 0,
        "removed": 0,
        "days": 10,
        "source": "district.ics",
        "removed_days": [],
    }
    # The district shortens the break: the re-import shows the two days it takes out.
    ics.write_text(ICS.format(days=8), encoding="utf-8")
    code, _, err = run(
        monkeypatch, capsys, b"", "calendar", "import", str(ics), "--data-dir", str(school)
    )
    assert (
        code == 2
        and "removes 2 days that it gave before" in err
        and "2026-12-29, 2026-12-30" in err
    )
    assert "add --yes" in err
    code, out, _ = run(
        monkeypatch, capsys, b"", "calendar", "import", str(ics), "--yes", "--data-dir", str(school)
    )
    assert code == 0 and "0 added, 0 updated, 2 removed" in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        b"",
        "calendar",
        "list",
        "--from",
        "2026-12-24",
        "--to",
        "2026-12-31",
        "--json",
        "--data-dir",
        str(school),
    )
    assert [d["date"] for d in json.loads(out)] == [
        "2026-12-24",
        "2026-12-25",
        "2026-12-26",
        "2026-12-27",
        "2026-12-28",
    ]
    assert json.loads(out)[0] == {
        "date": "2026-12-24",
        "description": "Winter break",
        "source": "district.ics",
    }
    code, out, _ = run(
        monkeypatch, capsys, b"", "calendar", "remove", "2026-12-24", "--data-dir", str(school)
    )
    assert code == 0 and "1 days are school days again" in out
    code, _, err = run(
        monkeypatch, capsys, b"", "calendar", "remove", "2026-12-24", "--data-dir", str(school)
    )
    assert code == 2 and "2026-12-24 is not a non-school day in the log" in err
    code, _, err = run(
        monkeypatch,
        capsys,
        b"",
        "calendar",
        "list",
        "--to",
        "9999-12-31",
        "--data-dir",
        str(school),
    )
    assert code == 2 and err.startswith("disciplinedesk: --to: 9999-12-31 is outside")


def test_settings_refuse_values_outside_their_range(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for value in ("0", "241", "-3"):
        code, _, err = run(
            monkeypatch, capsys, b"", "settings", "lock_minutes", value, "--data-dir", str(school)
        )
        assert code == 2 and "lock_minutes: " in err and "outside 1 to 240" in err, err
    code, _, _ = run(
        monkeypatch, capsys, b"", "settings", "lock_minutes", "240", "--data-dir", str(school)
    )
    assert code == 0
    code, _, err = run(
        monkeypatch, capsys, b"", "settings", "backups_keep", "1000", "--data-dir", str(school)
    )
    assert code == 2 and "outside 1 to 365" in err
    code, _, err = run(
        monkeypatch, capsys, b"", "settings", "report_min_cell", "0", "--data-dir", str(school)
    )
    assert code == 2 and "outside 1 to 100" in err


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["incidents", "list", "--since", "0001-01-01"], "--since"),
        (["follow-ups", "--due-before", "9999-12-31"], "--due-before"),
        (["audit", "--from", "2026-13-01"], "--from"),
        (["report", "--from", "2026-01-01", "--to", "9999-12-31"], "--to"),
        (["export", "csv", "--from", "2026-01-01", "--to", "9999-12-31", "--out", "x.csv"], "--to"),
        (["letters", "--since", "1900-01-01", "--out", "letters"], "--since"),
        (["purge", "--before", "0001-01-01", "--yes"], "--before"),
        (["calendar", "remove", "2026-02-30"], "DATE"),
    ],
)
def test_every_date_option_is_refused_by_name(
    argv: list[str],
    option: str,
    school: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    run(monkeypatch, capsys, b"", "settings", "school_name", "Rosewood", "--data-dir", str(school))
    code, _, err = run(monkeypatch, capsys, b"", *argv, "--data-dir", str(school))
    assert code == 2 and err.count("\n") == 1 and "internal error" not in err
    assert err.startswith(f"disciplinedesk: {option}: "), err
