"""Ed-Fi Data Standard 5.2 `InterchangeStudentDiscipline` XML, validated before it is written.

A district loads this file into its Ed-Fi ODS, where the numbers of many schools meet. Each
incident becomes a DisciplineIncident, each student-and-behavior a
StudentDisciplineIncidentBehaviorAssociation, and each decision a DisciplineAction, with the
default Ed-Fi descriptors and the handbook's behavior names as detailed descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack

NAMESPACE = "http://ed-fi.org/5.2.0"
DISCIPLINE = {
    "none": "No action for incident",
    "in_school_suspension": "In School Suspension",
    "out_of_school_suspension": "Out of School Suspension",
    "rest_of_day_suspension": "Out of School Suspension",
    "emergency_suspension": "Out of School Suspension",
    "hearing": "Other",
    "expulsion": "Expulsion",
    "delayed_expulsion": "Other",
}
FIREARM_EXPULSION = "Expulsion under Guns Free School Act"
NEXUS_LOCATION = {
    "off_campus": "Off campus",
    "to_from_school": "Walking to or from school",
    "school_event": "Off-campus at a school sponsored activity",
}
# Words of the school's own location text and the Ed-Fi location they mean, first match wins.
LOCATION_WORDS = (
    ("classroom", "Classroom"),
    ("cafeteria", "Cafeteria area"),
    ("lunch", "Cafeteria area"),
    ("hall", "Hallway or stairs"),
    ("stair", "Hallway or stairs"),
    ("gym", "Locker room or gym areas"),
    ("locker", "Locker room or gym areas"),
    ("bus stop", "Bus stop"),
    ("bus", "School bus"),
    ("library", "Library/media center"),
    ("playground", "Athletic field or playground"),
    ("field", "Athletic field or playground"),
    ("restroom", "Restroom"),
    ("bathroom", "Restroom"),
    ("parking", "Parking lot"),
    ("office", "Administrative offices area"),
    ("online", "Online"),
)


class ExportError(UserFacingError):
    pass


def _location(row: dict[str, Any]) -> str:
    if row["nexus"] in NEXUS_LOCATION:
        return NEXUS_LOCATION[row["nexus"]]
    text = (row["location"] or "").lower()
    for word, location in LOCATION_WORDS:
        if word in text:
            return location
    return "On campus"


def interchange(
    rows: Iterable[dict[str, Any]], pack: PolicyPack, *, school_id: str, namespace: str
) -> bytes:
    """The XML of the interchange for these decisions (see `store.report.decision_rows`)."""
    if not school_id.isdigit():
        raise ExportError(
            "the school id (a number, as in the district's Ed-Fi ODS) is not set: Settings > School id"
        )
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(_q("InterchangeStudentDiscipline"))
    actions: list[ET.Element] = []
    associations: list[ET.Element] = []

    def descriptor(kind: str, value: str) -> str:
        return f"{namespace}/{kind}Descriptor#{value}"

    for row in rows:
        incident_id = row["incident_id"]
        incident = _sub(root, "DisciplineIncident")
        _text(incident, "IncidentIdentifier", incident_id)
        _text(incident, "IncidentDate", row["occurred_at"][:10])
        _text(incident, "IncidentTime", row["occurred_at"][11:16] + ":00")
        _text(incident, "IncidentLocation", descriptor("IncidentLocation", _location(row)))
        if row["description"]:
            _text(incident, "IncidentDescription", row["description"][:1024])
        _text(incident, "ReporterDescription", descriptor("ReporterDescription", "Staff"))
        if row["reporter"]:
            _text(incident, "ReporterName", row["reporter"][:75])
        behaviors = [b for b in row["behaviors"] if b in pack.behavior_by_id]
        for behavior_id in behaviors:
            item = _sub(incident, "Behavior")
            _text(item, "BehaviorDetailedDescription", _name(pack, behavior_id))
            _text(item, "Behavior", descriptor("Behavior", "School Code of Conduct"))
        _school(incident, "SchoolReference", school_id)
        for behavior_id in behaviors:
            association = ET.Element(_q("StudentDisciplineIncidentBehaviorAssociation"))
            _student(association, row["student_id"])
            _incident_reference(association, incident_id, school_id)
            _text(association, "Behavior", descriptor("Behavior", "School Code of Conduct"))
            _text(association, "BehaviorDetailedDescription", _name(pack, behavior_id))
            _text(
                association,
                "DisciplineIncidentParticipationCode",
                descriptor("DisciplineIncidentParticipationCode", "Perpetrator"),
            )
            associations.append(association)
        action = ET.Element(_q("DisciplineAction"))
        _text(action, "DisciplineActionIdentifier", row["decision_id"])
        discipline = DISCIPLINE[row["action"]]
        if row["action"] == "expulsion" and any(
            "firearm" in pack.behavior_by_id[b].flags for b in behaviors
        ):
            discipline = FIREARM_EXPULSION
        _text(action, "Discipline", descriptor("Discipline", discipline))
        _text(action, "DisciplineDate", row["start_date"] or row["occurred_at"][:10])
        if row["days"]:
            _text(action, "DisciplineActionLength", f"{row['days']:g}")
        _student(action, row["student_id"])
        _school(action, "ResponsibilitySchoolReference", school_id)
        if behaviors:
            reference = _sub(action, "StudentDisciplineIncidentBehaviorAssociationReference")
            identity = _sub(reference, "StudentDisciplineIncidentBehaviorAssociationIdentity")
            _student(identity, row["student_id"])
            _incident_reference(identity, incident_id, school_id)
            _text(identity, "Behavior", descriptor("Behavior", "School Code of Conduct"))
        actions.append(action)
    root.extend(associations)
    root.extend(actions)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    validate(data)
    return data


def validate(data: bytes) -> None:
    """Refuse an export the XSD rejects, naming the record where the first problem is."""
    from lxml import etree

    document = etree.fromstring(data)
    schema = _schema()
    if schema.validate(document):
        return
    error = schema.error_log[0]
    raise ExportError(
        f"the Ed-Fi export is not valid ({_record_at(data, error.line)}): {error.message}"
    )


@cache
def _schema() -> Any:
    from lxml import etree

    folder = Path(str(resources.files("disciplinedesk") / "resources" / "edfi"))
    return etree.XMLSchema(etree.parse(str(folder / "Interchange-StudentDiscipline.xsd")))


def _record_at(data: bytes, line: int) -> str:
    lines = data.decode("utf-8").splitlines()[:line]
    for text in reversed(lines):
        found = re.search(r"<(IncidentIdentifier|DisciplineActionIdentifier)>([^<]+)<", text)
        if found:
            kind = "incident" if found.group(1) == "IncidentIdentifier" else "decision"
            return f"{kind} {found.group(2)}, line {line}"
    return f"line {line}"


def _name(pack: PolicyPack, behavior_id: str) -> str:
    return pack.behavior_by_id[behavior_id].label


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _sub(parent: ET.Element, tag: str) -> ET.Element:
    return ET.SubElement(parent, _q(tag))


def _text(parent: ET.Element, tag: str, value: str) -> None:
    _sub(parent, tag).text = value


def _school(parent: ET.Element, tag: str, school_id: str) -> None:
    identity = _sub(_sub(parent, tag), "SchoolIdentity")
    _text(identity, "SchoolId", school_id)


def _student(parent: ET.Element, student_id: str) -> None:
    identity = _sub(_sub(parent, "StudentReference"), "StudentIdentity")
    _text(identity, "StudentUniqueId", student_id)


def _incident_reference(parent: ET.Element, incident_id: str, school_id: str) -> None:
    identity = _sub(_sub(parent, "DisciplineIncidentReference"), "DisciplineIncidentIdentity")
    _text(identity, "IncidentIdentifier", incident_id)
    _school(identity, "SchoolReference", school_id)
