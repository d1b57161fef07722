"""Printing from the command line, and the record of disclosures it leaves."""

from __future__ import annotations

import json
from pathlib import Path

from tests.store.records import record_input
from tests.test_cli_evaluate import cli
from tests.test_cli_store import _record, _roster


def test_summary_letter_letters_and_disclosures(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    recorded = _record(
        data_dir,
        record_input(
            "S1",
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=2,
            reason="Second fight",
        ),
    )
    incident = str(recorded["incident_id"])
    summary, letter = tmp_path / "summary.pdf", tmp_path / "letter.pdf"
    assert (
        cli("summary", incident, "--out", str(summary), "--data-dir", str(data_dir)).returncode == 0
    )
    assert (
        cli("letter", incident, "--out", str(letter), "--data-dir", str(data_dir)).returncode == 0
    )
    assert summary.read_bytes().startswith(b"%PDF") and letter.read_bytes().startswith(b"%PDF")
    _record(data_dir, record_input("S2", when="2026-11-20T09:00", behaviors=["tardiness"]))
    folder = tmp_path / "letters"
    done = cli(
        "letters",
        "--since",
        "2026-11-01",
        "--out",
        str(folder),
        "--json",
        "--data-dir",
        str(data_dir),
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 2 and len(list(folder.glob("*.pdf"))) == 2
    rows = json.loads(cli("disclosures", "--json", "--data-dir", str(data_dir)).stdout)
    assert len(rows) == 4
    assert {r["kind"] for r in rows} == {"summary", "letter"}
    assert {r["destination"] for r in rows} >= {str(summary), str(letter)}
    assert all(r["actor"] for r in rows)
    only = json.loads(
        cli("disclosures", "--student", "S2", "--json", "--data-dir", str(data_dir)).stdout
    )
    assert [r["student_id"] for r in only] == ["S2"]


def test_bad_document_requests(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    incident = str(_record(data_dir, record_input("S1"))["incident_id"])
    done = cli(
        "letter",
        incident,
        "--lang",
        "xx",
        "--out",
        str(tmp_path / "x.pdf"),
        "--data-dir",
        str(data_dir),
    )
    assert done.returncode == 2 and "no family letter in 'xx'" in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    done = cli(
        "summary",
        incident,
        "--out",
        str(tmp_path / "missing" / "x.pdf"),
        "--data-dir",
        str(data_dir),
    )
    assert done.returncode == 2 and "no such folder" in done.stderr
    assert (
        json.loads(cli("disclosures", "--json", "--data-dir", str(data_dir)).stdout) == []
    )  # nothing left the log


def test_report_and_csv_exports(tmp_path: Path) -> None:
    import csv
    import io

    def read(path: Path) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))

    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    _record(
        data_dir,
        record_input(
            "S1",
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=2,
            reason="r",
            description="Ana hit Bo",
        ),
    )
    _record(data_dir, record_input("S2", when="2026-11-19T09:00", behaviors=["tardiness"]))
    report = json.loads(
        cli(
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--json",
            "--data-dir",
            str(data_dir),
        ).stdout
    )
    assert set(report) >= {
        "from",
        "to",
        "totals",
        "equity",
        "by_month",
        "by_type",
        "by_behavior",
        "by_location",
        "by_action",
    }
    assert report["totals"]["incidents"] == 2 and report["totals"]["students_excluded"] == 1
    assert all(
        set(row)
        >= {"dimension", "group", "enrolled", "excluded", "risk", "risk_ratio", "suppressed"}
        for row in report["equity"]
    )
    assert all(row["suppressed"] for row in report["equity"])  # two students: everything is small
    plain, hidden = tmp_path / "all.csv", tmp_path / "analysts.csv"
    assert (
        cli(
            "export",
            "csv",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--out",
            str(plain),
            "--data-dir",
            str(data_dir),
        ).returncode
        == 0
    )
    assert (
        cli(
            "export",
            "csv",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--out",
            str(hidden),
            "--deidentify",
            "--data-dir",
            str(data_dir),
        ).returncode
        == 0
    )
    rows = read(plain)
    assert [r["student_id"] for r in rows] == ["S1", "S2"] and rows[0][
        "description"
    ] == "Ana hit Bo"
    text = hidden.read_text(encoding="utf-8-sig")
    assert "Ana" not in text and "Lee" not in text and "S1" not in text
    ids = [r["student_id"] for r in read(hidden)]
    again = tmp_path / "again.csv"
    cli(
        "export",
        "csv",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        str(again),
        "--deidentify",
        "--data-dir",
        str(data_dir),
    )
    assert [r["student_id"] for r in read(again)] == ids  # stable pseudonyms
    kinds = [
        r["kind"]
        for r in json.loads(cli("disclosures", "--json", "--data-dir", str(data_dir)).stdout)
    ]
    assert kinds.count("export") == 3
    bad = cli("report", "--from", "2026-12-01", "--to", "2026-11-01", "--data-dir", str(data_dir))
    assert bad.returncode == 2 and "--to is before --from" in bad.stderr
