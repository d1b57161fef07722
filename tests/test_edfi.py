"""The Ed-Fi export of a made-up log validates against the shipped Ed-Fi 5.2 XSD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from disciplinedesk.exports.edfi import ExportError, validate
from tests.store.records import record_input
from tests.test_cli_evaluate import cli
from tests.test_cli_store import _record, _roster

NS = {"e": "http://ed-fi.org/5.2.0"}
XSD = (
    Path(__file__).resolve().parents[1]
    / "disciplinedesk"
    / "resources"
    / "edfi"
    / "Interchange-StudentDiscipline.xsd"
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
    assert len(document.findall("e:StudentDisciplineIncidentBehaviorAssociation", NS)) == 4
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
        "Fighting",
        "Minor possession of stolen property or theft",
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


def test_an_invalid_export_names_the_record() -> None:
    bad = (
        b'<?xml version="1.0"?><InterchangeStudentDiscipline xmlns="http://ed-fi.org/5.2.0">\n'
        b"<DisciplineIncident>\n<IncidentIdentifier>abc-123</IncidentIdentifier>\n<IncidentDate>yesterday</IncidentDate>\n"
        b"</DisciplineIncident></InterchangeStudentDiscipline>"
    )
    with pytest.raises(ExportError, match=r"incident abc-123, line 4"):
        validate(bad)
