"""The store through the command line, as a user runs it, on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

from tests.store.records import record_input
from tests.test_cli_evaluate import TEST_PASSPHRASE, cli


def _roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(
        "student_id,first_name,last_name,grade,iep,family_language\n"
        "S1,Ana,Lee,8,yes,es\n"
        "S2,Bo,Chen,10,no,en\n",
        encoding="utf-8",
    )
    return path


def _record(data_dir: Path, data: dict[str, object]) -> dict[str, object]:
    done = cli(
        "incidents", "record", "-", "--json", "--data-dir", str(data_dir), stdin=json.dumps(data)
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_third_substance_use_is_level_b_from_the_log_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert (
        cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir)).returncode
        == 0
    )
    levels = []
    for month in ("09", "10", "11"):
        recorded = _record(
            data_dir, record_input("S2", when=f"2026-{month}-15T10:00", behaviors=["substance_use"])
        )
        levels.append(recorded["result"]["substance_level"])  # type: ignore[index]
    assert levels == ["A", "A", "B"]
    case = {
        "student": {"id": "S2"},
        "incident": {"datetime": "2026-11-20T10:00", "behaviors": ["substance_use"]},
    }
    done = cli("evaluate", "-", "--data-dir", str(data_dir), stdin=json.dumps(case))
    assert json.loads(done.stdout)["substance_level"] == "B"  # fourth: still B


def test_iep_student_with_six_days_gets_manifestation_determination(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    for day, days in (("2026-10-05", 3), ("2026-10-20", 3)):
        _record(
            data_dir,
            record_input(
                "S1",
                when=f"{day}T10:00",
                behaviors=["fighting"],
                action="out_of_school_suspension",
                days=days,
                reason="Fights continue after restorative conference",
            ),
        )
    case = {
        "student": {"id": "S1"},
        "incident": {"datetime": "2026-11-18T10:00", "behaviors": ["fighting"]},
        "proposed": {"action": "out_of_school_suspension", "days": 5, "date": "2026-11-18"},
    }
    result = json.loads(
        cli("evaluate", "-", "--data-dir", str(data_dir), stdin=json.dumps(case)).stdout
    )
    findings = [f for f in result["findings"] if f["rule"] == "disability_protections"]
    assert findings[0]["severity"] == "required" and "11 days" in findings[0]["text"]


def test_refusal_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    data = record_input(
        "S1", behaviors=["tardiness"], action="out_of_school_suspension", days=1, reason="late"
    )
    done = cli("incidents", "record", "-", "--data-dir", str(data_dir), stdin=json.dumps(data))
    assert done.returncode == 2 and "Type I" in done.stderr and "p. 19" in done.stderr
    listed = cli("incidents", "list", "--json", "--data-dir", str(data_dir))
    assert json.loads(listed.stdout) == []


def test_list_show_follow_ups_backup_restore(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    recorded = _record(
        data_dir,
        record_input("S2", behaviors=["threat_fear_of_harm"], description="Threat in hallway"),
    )
    incident_id = str(recorded["incident_id"])
    shown = cli("incidents", "show", incident_id, "--data-dir", str(data_dir))
    assert "revision 1" in shown.stdout and "threat" in shown.stdout
    listed = json.loads(
        cli(
            "incidents", "list", "--search", "hallway", "--json", "--data-dir", str(data_dir)
        ).stdout
    )
    assert [row["id"] for row in listed] == [incident_id]
    follow = json.loads(cli("follow-ups", "--json", "--data-dir", str(data_dir)).stdout)
    assert {f["kind"] for f in follow} == {"threat_parent_phone", "threat_parent_written"}
    assert (
        cli(
            "follow-ups", "--done", follow[0]["id"], "--note", "called", "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    backup = tmp_path / "b.sqlite3"
    assert cli("backup", str(backup), "--data-dir", str(data_dir)).returncode == 0
    assert (
        cli(
            "incidents", "void", incident_id, "--reason", "duplicate", "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    assert json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout) == []
    restored = cli("restore", str(backup), "--data-dir", str(data_dir))
    assert restored.returncode == 0 and "previous log was kept" in restored.stdout
    assert (
        len(json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout)) == 1
    )


def test_bad_input_messages(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    bad = tmp_path / "bad.csv"
    bad.write_text("student_id,first_name,last_name,grade\nS1,A,B,13\n", encoding="utf-8")
    done = cli("students", "import", str(bad), "--data-dir", str(data_dir))
    assert done.returncode == 2 and done.stderr.strip().endswith(
        "bad.csv, line 2, column grade: '13' is not a grade (PK, K or 1 to 12)"
    )
    assert not data_dir.exists()  # a refused import creates nothing
    unknown = {
        "student": {"id": "S9"},
        "incident": {"datetime": "2026-11-20T10:00", "behaviors": ["fighting"]},
    }
    done = cli("evaluate", "-", "--data-dir", str(data_dir), stdin=json.dumps(unknown))
    assert done.returncode == 2 and "no DisciplineDesk log here" in done.stderr
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    done = cli("evaluate", "-", "--data-dir", str(data_dir), stdin=json.dumps(unknown))
    assert done.returncode == 2 and "no student with id 'S9'" in done.stderr
    done = cli("incidents", "show", "nope", "--data-dir", str(data_dir))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: object) -> None:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DISCIPLINEDESK_DATA_DIR": str(tmp_path / "env-data"),
        "DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE,
    }
    done = subprocess.run(
        [sys.executable, "-m", "disciplinedesk", "students", "import", str(_roster(tmp_path))],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env-data" / "disciplinedesk.sqlite3").exists()


def test_demo_school_in_its_own_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    done = cli("demo", "--students", "60", "--incidents", "120", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    students = json.loads(cli("students", "list", "--json", "--data-dir", str(data_dir)).stdout)
    assert len(students) == 60
    assert {s["grade"] for s in students} >= {"K", "5", "12"}
    assert len({s["family_language"] for s in students}) >= 4
    incidents = json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout)
    assert 60 <= len(incidents) <= 120  # combinations the handbook refuses are skipped, not forced
    again = cli("demo", "--data-dir", str(data_dir))
    assert again.returncode == 2 and "already holds a log" in again.stderr
    mixed = cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    assert mixed.returncode == 2 and "demo school" in mixed.stderr


def test_revise_and_void_from_the_command_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    incident = str(
        _record(
            data_dir,
            record_input(
                "S1", behaviors=["fighting"], action="out_of_school_suspension", days=3, reason="r"
            ),
        )["incident_id"]
    )
    done = cli(
        "incidents",
        "revise",
        incident,
        "-",
        "--json",
        "--data-dir",
        str(data_dir),
        stdin=json.dumps({"action": "in_school_suspension", "days": 1}),
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(
        cli("incidents", "show", incident, "--json", "--data-dir", str(data_dir)).stdout
    )
    assert [(r["revision"], r["action"]) for r in shown["revisions"]] == [
        (1, "out_of_school_suspension"),
        (2, "in_school_suspension"),
    ]
    blocked = cli(
        "incidents",
        "revise",
        incident,
        "-",
        "--data-dir",
        str(data_dir),
        stdin=json.dumps(
            {
                "action": "expulsion",
                "days": 400,
                "date": "2026-11-20",
                "grounds": ["threat_to_safety"],
            }
        ),
    )
    assert blocked.returncode == 2 and "one calendar year" in blocked.stderr
    assert (
        cli(
            "students", "void", "S2", "--reason", "duplicate entry", "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    assert [
        s["id"]
        for s in json.loads(cli("students", "list", "--json", "--data-dir", str(data_dir)).stdout)
    ] == ["S1"]


def test_bad_decision_fields_are_one_clear_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    data = record_input(
        "S1", behaviors=["fighting"], action="in_school_suspension", days=1, reason="r"
    )
    data["decision"]["days"] = "two"
    done = cli("incidents", "record", "-", "--data-dir", str(data_dir), stdin=json.dumps(data))
    assert (
        done.returncode == 2
        and "decision.days" in done.stderr
        and "internal error" not in done.stderr
    )


def test_settings_from_the_command_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert (
        cli(
            "settings", "school_name", "Rosewood Middle School", "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    assert (
        cli("settings", "last_senior_day", "2027-06-04", "--data-dir", str(data_dir)).returncode
        == 0
    )
    values = json.loads(cli("settings", "--json", "--data-dir", str(data_dir)).stdout)
    assert (
        values["school_name"] == "Rosewood Middle School"
        and values["last_senior_day"] == "2027-06-04"
    )
    assert "export_salt" not in values
    for args, message in (
        (("last_senior_day", "June 4"), "not a date"),
        (("report_min_group", "many"), "whole number"),
        (("colour", "blue"), "not a setting"),
    ):
        done = cli("settings", *args, "--data-dir", str(data_dir))
        assert done.returncode == 2 and message in done.stderr
    # the 60-day rule now reads the last senior day from the log
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    case = {
        "student": {"id": "S2", "grade": "12"},
        "incident": {"datetime": "2027-05-20T10:00", "behaviors": ["robbery"]},
        "proposed": {"action": "hearing"},
    }
    result = json.loads(
        cli("evaluate", "-", "--data-dir", str(data_dir), stdin=json.dumps(case)).stdout
    )
    assert "sixty_day_rule" in {f["rule"] for f in result["findings"]}


def test_concurrent_writers_never_end_in_an_internal_error(tmp_path: Path) -> None:
    """Three processes recording and revising into one log at once: each waits its turn (or
    says the log is busy); none fails, and every decision reported as recorded is there."""
    import os
    import subprocess
    import sys

    from tests.test_cli_evaluate import GUARDED_MAIN

    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    script = tmp_path / "writer.sh"
    lines = []
    for n in range(4):
        data = record_input("S2", when=f"2026-11-{10 + n:02d}T09:00", behaviors=["tardiness"])
        (tmp_path / f"case{n}.json").write_text(json.dumps(data), encoding="utf-8")
        lines.append(
            f'"$PY" -c "$MAIN" incidents record "$DIR/case{n}.json" --data-dir "$DATA" || exit $?'
        )
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = os.environ | {
        "DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE,
        "PY": sys.executable,
        "MAIN": GUARDED_MAIN,
        "DIR": str(tmp_path),
        "DATA": str(data_dir),
    }
    writers = [
        subprocess.Popen(
            ["sh", str(script)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(w.wait(timeout=120), w.communicate()[1]) for w in writers]
    for code, err in results:
        assert code in (0, 2) and "internal error" not in err, err
        assert code == 0 or "the log is busy" in err
    listed = json.loads(cli("incidents", "list", "--json", "--data-dir", str(data_dir)).stdout)
    assert len(listed) == 4 * sum(1 for code, _ in results if code == 0)


def test_letter_workers_never_inherit_the_passphrase(tmp_path: Path) -> None:
    """Twenty letters are laid out by worker processes: their environment has no passphrase."""
    import os

    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    for n in range(20):
        _record(data_dir, record_input("S2", when=f"2026-11-{n + 2:02d}T09:00"))
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os, sys\n"
        "from disciplinedesk import printing\n"
        "seen = []\n"
        "real = printing._worker_start\n"
        "def start(pack):\n"
        "    real(pack)\n"
        "    with open(sys.argv[1], 'a') as f: f.write(repr(sorted(k for k in os.environ if 'PASSPHRASE' in k)) + '\\n')\n"
        "printing._worker_start = start\n"
        "from disciplinedesk.cli import main\n"
        "sys.exit(main(sys.argv[2:]))\n",
        encoding="utf-8",
    )
    import subprocess
    import sys

    seen = tmp_path / "seen.txt"
    done = subprocess.run(
        [
            sys.executable,
            str(probe),
            str(seen),
            "letters",
            "--since",
            "2026-11-01",
            "--out",
            str(tmp_path / "letters"),
            "--data-dir",
            str(data_dir),
        ],
        env=os.environ | {"DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = seen.read_text(encoding="utf-8").splitlines()
    assert lines and all(line == "[]" for line in lines)


def test_listing_students_records_to_standard_output_is_a_disclosure(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    incident = _record(data_dir, record_input("S1"))["incident_id"]
    for argv in (
        ["incidents", "list", "--json"],
        ["incidents", "show", str(incident), "--json"],
        ["students", "list", "--json"],
        ["audit", "--json"],
    ):
        assert cli(*argv, "--data-dir", str(data_dir)).returncode == 0
    rows = json.loads(cli("disclosures", "--json", "--data-dir", str(data_dir)).stdout)
    listings = sorted(r["description"] for r in rows if r["kind"] == "listing")
    assert listings == sorted(
        [
            "audit trail of 7 rows, listed to standard output",
            f"incidents show {incident}, listed to standard output",
            "incidents list of 1 incidents, listed to standard output",
            "students list of 2 students, listed to standard output",
        ]
    )
    assert {r["destination"] for r in rows if r["kind"] == "listing"} == {
        "standard output (a pipe or file)"
    }
