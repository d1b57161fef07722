"""Incidents with several students through the command line: record, show, list, revise,
void, add, and the documents of one offender."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.store.test_participants import fight
from tests.test_cli_evaluate import cli


def _school(tmp_path: Path) -> Path:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "student_id,first_name,last_name,grade,iep,family_language\n"
        "S1,Ana,López,8,yes,es\nS2,Bo,Chen,10,no,zh\nS3,Cy,Okafor,9,no,en\n",
        encoding="utf-8",
    )
    data_dir = tmp_path / "data"
    done = cli("students", "import", str(roster), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    return data_dir


def _run(data_dir: Path, *args: str, stdin: str | None = None) -> Any:
    return cli(*args, "--data-dir", str(data_dir), stdin=stdin)


def test_a_fight_is_recorded_with_one_decision_per_offender(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    done = _run(data_dir, "incidents", "record", "-", "--json", stdin=json.dumps(fight()))
    assert done.returncode == 0, done.stderr
    recorded = json.loads(done.stdout)
    assert [d["student_id"] for d in recorded["decisions"]] == ["S1", "S2"]
    assert len(recorded["participant_ids"]) == 2
    incident_id = recorded["incident_id"]

    shown = json.loads(_run(data_dir, "incidents", "show", incident_id, "--json").stdout)
    assert [p["role"] for p in shown["participants"]] == [
        "offender",
        "offender",
        "victim",
        "witness",
    ]
    text = _run(data_dir, "incidents", "show", incident_id).stdout
    assert "victim    S3 Cy Okafor" in text and "Ms. Ortiz (staff)" in text

    listed = _run(data_dir, "incidents", "list", "--student", "S3").stdout
    assert "S3         Okafor, Cy  [victim]" in listed
    assert "(with López A., Chen B. + 1 witness)" in listed
    assert "suspension" not in listed  # the offenders' discipline is not the victim's

    refused = _run(data_dir, "incidents", "revise", incident_id, "-", stdin='{"days": 2}')
    assert refused.returncode != 0
    assert "2 offenders (S1 López, Ana, S2 Chen, Bo)" in refused.stderr
    assert "--student" in refused.stderr
    revised = _run(
        data_dir, "incidents", "revise", incident_id, "--student", "S2", "-", stdin='{"days": 0}'
    )
    assert revised.returncode == 0, revised.stderr

    letter = tmp_path / "letter.pdf"
    refused = _run(data_dir, "letter", incident_id, "--out", str(letter))
    assert refused.returncode != 0 and "--student" in refused.stderr and not letter.exists()
    done = _run(data_dir, "letter", incident_id, "--student", "S2", "--out", str(letter))
    assert done.returncode == 0, done.stderr and letter.exists()


def test_a_blocked_offender_records_nothing_and_says_who(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    data = fight()
    data["participants"][1]["behaviors"] = ["tardiness"]
    data["participants"][1]["decision"]["action"] = "out_of_school_suspension"
    done = _run(data_dir, "incidents", "record", "-", stdin=json.dumps(data))
    assert done.returncode != 0
    assert "participants[1] (student S2)" in done.stderr and "Traceback" not in done.stderr
    assert _run(data_dir, "incidents", "list", "--json").stdout.strip() == "[]"


def test_a_witness_is_added_later_and_the_incident_voided_for_all(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    data = fight(participants=fight()["participants"][:2])
    incident_id = json.loads(
        _run(data_dir, "incidents", "record", "-", "--json", stdin=json.dumps(data)).stdout
    )["incident_id"]
    witness = {"participants": [{"student": {"id": "S3"}, "role": "witness"}]}
    done = _run(data_dir, "incidents", "add", incident_id, "-", stdin=json.dumps(witness))
    assert done.returncode == 0, done.stderr
    listed = json.loads(_run(data_dir, "incidents", "list", "--student", "S3", "--json").stdout)
    assert [(r["incident_id"], r["role"]) for r in listed] == [(incident_id, "witness")]
    done = _run(data_dir, "incidents", "void", incident_id, "--reason", "entered twice")
    assert done.returncode == 0, done.stderr
    assert json.loads(_run(data_dir, "incidents", "list", "--json").stdout) == []


def _hostile(change: str) -> dict[str, Any]:
    data = fight()
    people = data["participants"]
    if change == "not a list":
        data["participants"] = {"student": "S1"}
    elif change == "not an object":
        people[0] = "S1"
    elif change == "too many":
        people += [{"person": {"name": f"P{n}"}, "role": "witness"} for n in range(60)]
    elif change == "support twice":
        people[2]["supports"] = ["safety_plan", "safety_plan"]
    elif change == "person in the roster":
        people[3]["person"]["grade"] = "8"
    elif change == "id not text":
        people[2]["student"] = {"id": 300}
    elif change == "unknown key":
        data["decision"] = {}
    elif change == "huge id":
        people[2]["student"] = {"id": "S" * 100_000}
    elif change == "both student and person":
        people[2]["person"] = {"name": "X"}
    elif change == "supports for a witness":
        people[3]["supports"] = ["safety_plan"]
    elif change == "bad due date":
        people[2]["supports"] = [{"id": "safety_plan", "due": "2026-02-31"}]
    return data


HOSTILE = {
    "not a list": "participants: must be a list",
    "not an object": "participants[0]: must be an object",
    "too many": "an incident records at most 50",
    "support twice": "'safety_plan' is listed twice",
    "person in the roster": "a name and a kind only",
    "id not text": "give the school's id",
    "unknown key": "decision: unknown field",
    "huge id": "no student 'SSSS",
    "both student and person": "give either a student",
    "supports for a witness": "unknown field for a witness",
    "bad due date": "is not a date as YYYY-MM-DD",
}


def test_hostile_participants_get_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    for change, message in HOSTILE.items():
        done = _run(data_dir, "incidents", "record", "-", stdin=json.dumps(_hostile(change)))
        assert done.returncode != 0, change
        assert message in done.stderr, (change, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1, change
        assert len(done.stderr) < 400, change  # a huge id is cut short in the message
    assert _run(data_dir, "incidents", "list", "--json").stdout.strip() == "[]"


def test_a_revision_reason_and_a_return_date_are_checked(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    people = fight()["participants"]
    data = fight(participants=[people[0], people[2]])  # Ana, and the student she hurt
    data["participants"][0]["decision"] |= {"action": "out_of_school_suspension", "days": 2}
    incident_id = json.loads(
        _run(data_dir, "incidents", "record", "-", "--json", stdin=json.dumps(data)).stdout
    )["incident_id"]
    for change, message in (
        ({"change_reason": 5}, "revision.change_reason: must be text"),
        ({"change_reason": "x" * 50_001}, "revision.change_reason: 50,001 characters"),
    ):
        done = _run(data_dir, "incidents", "revise", incident_id, "-", stdin=json.dumps(change))
        assert done.returncode != 0 and message in done.stderr, done.stderr
    follow_ups = json.loads(_run(data_dir, "follow-ups", "--json").stdout)
    (back,) = [f for f in follow_ups if f["kind"] == "return_to_school"]
    later = _run(data_dir, "follow-ups", "--done", back["id"], "--returned", "2099-01-05")
    assert later.returncode != 0 and "has not come yet" in later.stderr
    (other,) = [f for f in follow_ups if f["kind"] == "support.stay_away_agreement"]
    wrong = _run(data_dir, "follow-ups", "--done", other["id"], "--returned", "2026-11-20")
    assert wrong.returncode != 0 and "return meeting's follow-up only" in wrong.stderr
    done = _run(data_dir, "follow-ups", "--done", back["id"], "--returned", "2026-11-23")
    assert done.returncode == 0, done.stderr


def test_a_back_entry_through_the_command_line(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    case = {
        "back_entry": True,
        "student": {"id": "S3"},
        "incident": {"datetime": "2026-03-10T10:00", "behaviors": ["fighting"]},
        "decision": {
            "action": "out_of_school_suspension",
            "days": 2,
            "date": "2026-03-11",
            "decided_by": "Former VP",
        },
    }
    done = _run(data_dir, "incidents", "record", "-", stdin=json.dumps(case))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("recorded back-entry ")
    assert "follow-up 2026" not in done.stdout and "no follow-ups" in done.stdout
    incident_id = done.stdout.split()[2]
    assert "(back-entry, entered " in _run(data_dir, "incidents", "show", incident_id).stdout
    assert "(back-entry)" in _run(data_dir, "incidents", "list").stdout
    refused = _run(
        data_dir, "incidents", "record", "-", stdin=json.dumps({**case, "back_entry": 1})
    )
    assert refused.returncode != 0
    assert "back_entry: must be true or false, not a number" in refused.stderr
