"""The Ed-Fi export of a made-up log validates against the shipped Ed-Fi 5.2 XSD."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from disciplinedesk.exports.edfi import ExportError, write_interchange
from disciplinedesk.files import atomic_file
from tests.store.records import record_input
from tests.support import pps
from tests.test_cli_evaluate import cli
from tests.test_cli_store import _record, _roster

NS = {"e": "http://ed-fi.org/5.2.0"}
XSD = (
    Path(__file__).resolve().parents[1] / "resources" / "edfi" / "Interchange-StudentDiscipline.xsd"
)


def test_export_validates_and_maps_the_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    cli("students", "import", str(_roster(tmp_path)), "--data-dir", str(data_dir))
    _record(
        data_dir,
        record_input(
            "S1",
            behaviors=["fighting", "minor_theft"],
            action="out_of_school_suspension",
            days=2,
            reason="r",
            description="Fight in the hallway",
        ),
    )
    _record(
        data_dir,
        record_input(
            "S2",
            when="2026-11-19T09:00",
            behaviors=["firearm"],
            action="expulsion",
            days=365,
            grounds=["required_by_law", "threat_to_safety"],
            reason="Firearm",
            description="Gun in backpack",
        ),
    )
    _record(data_dir, record_input("S2", when="2026-11-20T09:00", behaviors=["tardiness"]))
    out = tmp_path / "edfi.xml"
    missing = cli(
        "export",
        "edfi",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    )
    assert missing.returncode == 2 and "school id" in missing.stderr and not out.exists()
    bad = cli("settings", "school_id", "Rosewood", "--data-dir", str(data_dir))
    assert bad.returncode == 2 and "must be the number" in bad.stderr
    assert cli("settings", "school_id", "255901001", "--data-dir", str(data_dir)).returncode == 0
    done = cli(
        "export",
        "edfi",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    )
    assert done.returncode == 0, done.stderr
    document = etree.parse(str(out))
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(
        document
    )  # independently of the exporter
    assert len(document.findall("e:DisciplineIncident", NS)) == 3
    # one association per incident: Ed-Fi keys it by the (one) code-of-conduct descriptor
    associations = document.findall("e:StudentDisciplineIncidentBehaviorAssociation", NS)
    assert len(associations) == 3
    keys = [
        (
            a.findtext(".//e:StudentUniqueId", namespaces=NS),
            a.findtext(".//e:IncidentIdentifier", namespaces=NS),
            a.findtext("e:Behavior", namespaces=NS),
        )
        for a in associations
    ]
    assert len(set(keys)) == len(keys)  # no two records an ODS would merge
    actions = document.findall("e:DisciplineAction", NS)
    assert [a.findtext("e:Discipline", namespaces=NS) for a in actions] == [
        "uri://ed-fi.org/DisciplineDescriptor#Out of School Suspension",
        "uri://ed-fi.org/DisciplineDescriptor#Expulsion under Guns Free School Act",
        "uri://ed-fi.org/DisciplineDescriptor#No action for incident",
    ]
    details = [
        b.findtext("e:BehaviorDetailedDescription", namespaces=NS)
        for b in document.iterfind(".//e:DisciplineIncident/e:Behavior", NS)
    ]
    assert details == [
        "Fighting; Minor possession of stolen property or theft",
        "Firearm",
        "Tardiness",
    ]
    locations = [
        i.findtext("e:IncidentLocation", namespaces=NS)
        for i in document.findall("e:DisciplineIncident", NS)
    ]
    assert (
        locations[0] == "uri://ed-fi.org/IncidentLocationDescriptor#Cafeteria area"
    )  # "Cafeteria" in the log
    kinds = [
        r["description"]
        for r in json.loads(cli("disclosures", "--json", "--data-dir", str(data_dir)).stdout)
    ]
    assert any("Ed-Fi interchange of 3 decisions" in k for k in kinds)


def test_an_invalid_record_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    row = {
        "incident_id": "abc-123",
        "decision_id": "dec-1",
        "student_id": "S1",
        "occurred_at": "2026-13-45T09:00",  # no such date
        "location": "Gym",
        "nexus": "on_campus",
        "description": "Bell\x07 rang",  # a control character XML cannot carry is dropped
        "reporter": "",
        "behaviors": ["fighting"],
        "action": "none",
        "days": 0,
        "start_date": None,
        "flags": {},
        "non_offenders": [],
        "actual_days": None,
    }
    good = dict(row, incident_id="good-1", occurred_at="2026-11-02T09:00")
    target = tmp_path / "edfi.xml"
    with (
        pytest.raises(ExportError, match=r"incident abc-123.*IncidentDate"),
        atomic_file(target) as out,
    ):
        write_interchange([good, row], pps(), out, school_id="1", namespace="uri://x")
    assert list(tmp_path.iterdir()) == []
    buffer = io.BytesIO()
    assert write_interchange([good], pps(), buffer, school_id="1", namespace="uri://x") == 1
    document = etree.fromstring(buffer.getvalue())
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(document)
    assert (
        document.findtext("e:DisciplineIncident/e:IncidentDescription", namespaces=NS)
        == "Bell rang"
    )


def _row(n: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "incident_id": f"incident-{n}",
        "decision_id": f"decision-{n}",
        "student_id": f"S{n}",
        "occurred_at": f"2026-11-{n + 1:02d}T09:00",
        "location": "Hallway",
        "nexus": "on_campus",
        "description": f"Pushing & shoving <{n}>",
        "reporter": "Ms. Ray",
        "behaviors": ["fighting"],
        "action": "none",
        "days": 0,
        "start_date": None,
        "flags": {},
        "non_offenders": [],
        "actual_days": None,
    }
    return row | changes


def test_large_exports_are_checked_in_a_worker_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("disciplinedesk.exports.edfi.BATCH", 2)  # seven rows: four batches
    buffer = io.BytesIO()
    rows = [_row(n) for n in range(7)]
    assert write_interchange(rows, pps(), buffer, school_id="1", namespace="uri://x") == 7
    document = etree.fromstring(buffer.getvalue())
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(document)
    identifiers = [
        e.text for e in document.iterfind("e:DisciplineIncident/e:IncidentIdentifier", NS)
    ]
    assert identifiers == [f"incident-{n}" for n in range(7)]
    assert document.findtext("e:DisciplineIncident/e:IncidentDescription", namespaces=NS) == (
        "Pushing & shoving <0>"
    )
    rows[5] = _row(5, start_date="someday")
    target = tmp_path / "edfi.xml"
    with (
        pytest.raises(ExportError, match=r"decision decision-5.*DisciplineDate"),
        atomic_file(target) as out,
    ):
        write_interchange(rows, pps(), out, school_id="1", namespace="uri://x")
    assert list(tmp_path.iterdir()) == []


def test_a_fight_of_two_with_a_victim_and_a_witness_is_one_incident(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """One DisciplineIncident, a behavior association and an action per offender, and a
    non-offender association per student victim and witness; the weapon and the police
    report as recorded, and the length a suspension had once the student is back."""
    from disciplinedesk.store.database import open_log
    from disciplinedesk.store.follow_ups import list_follow_ups, mark_done
    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.store.report import decision_rows
    from disciplinedesk.store.students import StudentInput, upsert_students
    from tests.store.test_participants import fight

    log = open_log(tmp_path / "data")
    request.addfinalizer(log.close)
    with log.transaction():
        upsert_students(
            log,
            [
                StudentInput(local_id=f"S{n}", first_name=f"F{n}", last_name=f"L{n}", grade="8")
                for n in range(1, 5)
            ],
            actor="t",
        )
    data = fight()
    data["incident"] |= {"weapon": "knife", "reported_to_law_enforcement": True}
    data["participants"][3] = {"student": {"id": "S4"}, "role": "witness"}
    data["participants"][0]["decision"] |= {"action": "out_of_school_suspension", "days": 3}
    recorded = record_incident(log, pps(), data, actor="t")
    (back,) = [f for f in list_follow_ups(log) if f["kind"] == "return_to_school"]
    mark_done(log, back["id"], "back early", actor="t", returned_on=date(2026, 11, 23))
    buffer = io.BytesIO()
    rows = decision_rows(log, date(2026, 11, 1), date(2026, 11, 30))
    assert write_interchange(rows, pps(), buffer, school_id="1", namespace="uri://x") == 2
    document = etree.fromstring(buffer.getvalue())
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(document)

    def all_of(path: str) -> list[str]:
        return [e.text or "" for e in document.iterfind(path, NS)]

    assert all_of("e:DisciplineIncident/e:IncidentIdentifier") == [recorded.incident_id]
    assert all_of("e:DisciplineIncident/e:Weapon") == ["uri://x/WeaponDescriptor#Knife"]
    assert all_of("e:DisciplineIncident/e:ReportedToLawEnforcement") == ["true"]
    offenders = (
        "e:StudentDisciplineIncidentBehaviorAssociation/e:StudentReference//e:StudentUniqueId"
    )
    assert all_of(offenders) == ["S1", "S2"]
    others = "e:StudentDisciplineIncidentNonOffenderAssociation"
    assert all_of(f"{others}/e:StudentReference//e:StudentUniqueId") == ["S3", "S4"]
    assert all_of(f"{others}/e:DisciplineIncidentParticipationCode") == [
        "uri://x/DisciplineIncidentParticipationCodeDescriptor#Victim",
        "uri://x/DisciplineIncidentParticipationCodeDescriptor#Witness",
    ]
    assert all_of("e:DisciplineAction/e:DisciplineActionIdentifier") == [
        o.decision_id for o in recorded.offenders
    ]
    # Three days decided from Thursday 19th; back on Monday 23rd: two school days.
    assert all_of("e:DisciplineAction/e:DisciplineActionLength") == ["3"]
    assert all_of("e:DisciplineAction/e:ActualDisciplineActionLength") == ["2"]
