"""Ed-Fi Data Standard 5.2 `InterchangeStudentDiscipline` XML, validated before it is written.

A district loads this file into its Ed-Fi ODS, where the numbers of many schools meet. Each
incident becomes a DisciplineIncident (with its weapon and whether the police were told),
each offender's part in it a StudentDisciplineIncidentBehaviorAssociation (Perpetrator),
each student involved otherwise a StudentDisciplineIncidentNonOffenderAssociation (Victim,
Witness, Reporter), and each offender's decision a DisciplineAction with the length decided
and, once the student is back, the length it had; all with the default Ed-Fi descriptors.
People who are not students are not exported. Every handbook behavior maps to the one "School Code of Conduct"
behavior descriptor, which Ed-Fi uses as a key, so an incident has one behavior whose detailed
description names all of its handbook behaviors ("Fighting; Minor theft").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from itertools import islice
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.resource_folder import resource_path

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
PARTICIPATION = {"victim": "Victim", "witness": "Witness", "reporter": "Reporter"}
WEAPON = {
    "handgun": "Handgun",
    "rifle_shotgun": "Rifle/Shotgun",
    "other_firearm": "Other Firearm",
    "knife": "Knife",
    "other_sharp_objects": "Other Sharp Objects",
    "club": "Club",
    "other_object": "Other Object",
    "substance_used_as_weapon": "Substance Used as Weapon",
    "other": "Other",
    "unknown": "Unknown",
}
# Behaviors that are about a weapon: their incident names one ("Unknown" when not recorded).
WEAPON_BEHAVIORS = ("weapon_dangerous", "weapon_deadly", "firearm")
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


HEADER = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<InterchangeStudentDiscipline xmlns="{NAMESPACE}">\n'
)
FOOTER = "</InterchangeStudentDiscipline>\n"
BATCH = 1000  # records validated together: the schema sees every record, memory stays small
# Characters XML 1.0 cannot carry (control characters pasted into a description).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_interchange(
    rows: Iterable[dict[str, Any]],
    pack: PolicyPack,
    out: BinaryIO,
    *,
    school_id: str,
    namespace: str,
) -> int:
    """Write the interchange for these decisions (see `store.report.decision_rows`).

    Each element is one line, and each incident is followed by its associations and its
    offenders' actions (the interchange allows any order; the rows of one incident come
    together, its DisciplineIncident with the first), so the file streams: every batch
    of records is validated against the XSD before it is written. A caller writes into an
    `atomic_file`, so an invalid record leaves no file behind. Returns the records written.
    """
    if not school_id.isdigit():
        raise ExportError(
            "the school id (a number, as in the district's Ed-Fi ODS) is not set: Settings > School id"
        )
    record = _RecordWriter(pack, school_id, namespace)
    out.write(HEADER.encode())
    written = 0
    iterator = iter(rows)
    first = list(islice(iterator, BATCH))
    if len(first) < BATCH:  # a month or a small school's year: checked here, no worker started
        data = _records(record, first)
        _validate(data)
        out.write(data)
        written = len(first)
    else:
        # A year of a large school: parsing and validating take as long as building, and
        # lxml holds the GIL while it works, so a worker process checks each batch while
        # the next is built; batches are written in order once checked.
        pending: deque[tuple[Future[None], bytes, int]] = deque()
        with ProcessPoolExecutor(max_workers=1) as validator:
            batch = first
            while batch:
                data = _records(record, batch)
                pending.append((validator.submit(_validate, data), data, len(batch)))
                while pending and (len(pending) > 2 or pending[0][0].done()):
                    written += _write_checked(out, pending.popleft())
                batch = list(islice(iterator, BATCH))
            while pending:
                written += _write_checked(out, pending.popleft())
    out.write(FOOTER.encode())
    return written


def _records(record: _RecordWriter, rows: list[dict[str, Any]]) -> bytes:
    return "".join(record(row) for row in rows).encode()


def _write_checked(out: BinaryIO, batch: tuple[Future[None], bytes, int]) -> int:
    checked, data, count = batch
    checked.result()  # raises ExportError for an invalid record: nothing more is written
    out.write(data)
    return count


class _RecordWriter:
    """One decision's DisciplineIncident, its behavior associations and its DisciplineAction."""

    def __init__(self, pack: PolicyPack, school_id: str, namespace: str) -> None:
        self.pack = pack
        self.namespace = namespace
        self.school = f"<SchoolIdentity><SchoolId>{school_id}</SchoolId></SchoolIdentity>"
        self.behavior = _tag("Behavior", self.descriptor("Behavior", "School Code of Conduct"))
        self.perpetrator = _tag(
            "DisciplineIncidentParticipationCode",
            self.descriptor("DisciplineIncidentParticipationCode", "Perpetrator"),
        )
        self.staff = _tag("ReporterDescription", self.descriptor("ReporterDescription", "Staff"))
        self.last_incident = ""  # rows of one incident follow each other: it is written once

    def descriptor(self, kind: str, value: str) -> str:
        return f"{self.namespace}/{kind}Descriptor#{value}"

    def __call__(self, row: dict[str, Any]) -> str:
        incident_id = _text(row["incident_id"])
        behaviors = [b for b in row["behaviors"] if b in self.pack.behavior_by_id]
        # Every handbook behavior maps to the district's one code-of-conduct descriptor, and
        # Ed-Fi keys an incident's behaviors (and a student's association with it) by that
        # descriptor: so one behavior per incident, detailed with every handbook behavior.
        detailed = _text("; ".join(self.pack.behavior_by_id[b].label for b in behaviors)[:1024])
        student = (
            "<StudentReference><StudentIdentity><StudentUniqueId>"
            f"{_text(row['student_id'])}"
            "</StudentUniqueId></StudentIdentity></StudentReference>"
        )
        incident_reference = (
            "<DisciplineIncidentReference><DisciplineIncidentIdentity>"
            f"{_tag('IncidentIdentifier', incident_id)}<SchoolReference>{self.school}</SchoolReference>"
            "</DisciplineIncidentIdentity></DisciplineIncidentReference>"
        )
        occurred = row["occurred_at"]
        parts: list[str] = []
        if row["incident_id"] != self.last_incident:
            self.last_incident = row["incident_id"]
            parts += self._incident(row, incident_id, behaviors, detailed)
            parts += [
                self._non_offender(p, incident_reference)
                for p in row["non_offenders"]
                if p["student_id"]  # a person who is not a student is not exported
            ]
        if behaviors:
            parts.append(
                "<StudentDisciplineIncidentBehaviorAssociation>"
                f"{student}{incident_reference}{self.behavior}"
                f"{_tag('BehaviorDetailedDescription', detailed)}{self.perpetrator}"
                "</StudentDisciplineIncidentBehaviorAssociation>\n"
            )
        parts += [
            "<DisciplineAction>",
            _tag("DisciplineActionIdentifier", _text(row["decision_id"])),
            _tag("Discipline", self.descriptor("Discipline", self._discipline(row, behaviors))),
            _tag("DisciplineDate", row["start_date"] or occurred[:10]),
        ]
        if row["days"]:
            parts.append(_tag("DisciplineActionLength", f"{row['days']:g}"))
        if row["actual_days"] is not None and self._kind(row) == "suspension":
            parts.append(_tag("ActualDisciplineActionLength", str(row["actual_days"])))
            if row["actual_days"] == row["days"]:
                parts.append(
                    _tag(
                        "DisciplineActionLengthDifferenceReason",
                        self.descriptor("DisciplineActionLengthDifferenceReason", "No Difference"),
                    )
                )
        parts.append(student)
        parts.append(
            f"<ResponsibilitySchoolReference>{self.school}</ResponsibilitySchoolReference>"
        )
        if behaviors:
            parts.append(
                "<StudentDisciplineIncidentBehaviorAssociationReference>"
                "<StudentDisciplineIncidentBehaviorAssociationIdentity>"
                f"{student}{incident_reference}{self.behavior}"
                "</StudentDisciplineIncidentBehaviorAssociationIdentity>"
                "</StudentDisciplineIncidentBehaviorAssociationReference>"
            )
        parts.append("</DisciplineAction>\n")
        return "".join(parts)

    def _incident(
        self, row: dict[str, Any], incident_id: str, behaviors: list[str], detailed: str
    ) -> list[str]:
        occurred = row["occurred_at"]
        parts = [
            "<DisciplineIncident>",
            _tag("IncidentIdentifier", incident_id),
            _tag("IncidentDate", occurred[:10]),
            _tag("IncidentTime", occurred[11:16] + ":00"),
            _tag("IncidentLocation", self.descriptor("IncidentLocation", _location(row))),
        ]
        if row["description"]:
            parts.append(_tag("IncidentDescription", _text(row["description"][:1024])))
        parts.append(self.staff)
        if row["reporter"]:
            parts.append(_tag("ReporterName", _text(row["reporter"][:75])))
        if behaviors:
            parts.append(
                f"<Behavior>{_tag('BehaviorDetailedDescription', detailed)}{self.behavior}</Behavior>"
            )
        weapon = row["flags"].get("weapon")
        if weapon or any(b in WEAPON_BEHAVIORS for b in behaviors):
            parts.append(_tag("Weapon", self.descriptor("Weapon", WEAPON[weapon or "unknown"])))
        if row["flags"].get("reported_to_law_enforcement"):
            parts.append(_tag("ReportedToLawEnforcement", "true"))
        parts.append(f"<SchoolReference>{self.school}</SchoolReference></DisciplineIncident>\n")
        return parts

    def _non_offender(self, person: dict[str, str], incident_reference: str) -> str:
        code = self.descriptor("DisciplineIncidentParticipationCode", PARTICIPATION[person["role"]])
        return (
            "<StudentDisciplineIncidentNonOffenderAssociation><StudentReference><StudentIdentity>"
            f"{_tag('StudentUniqueId', _text(person['student_id']))}"
            f"</StudentIdentity></StudentReference>{incident_reference}"
            f"{_tag('DisciplineIncidentParticipationCode', code)}"
            "</StudentDisciplineIncidentNonOffenderAssociation>\n"
        )

    def _kind(self, row: dict[str, Any]) -> str:
        action = self.pack.actions[row["action"]]
        return action.kind if action.base_days == 0 else "rest_of_day"

    def _discipline(self, row: dict[str, Any], behaviors: list[str]) -> str:
        if row["action"] == "expulsion" and any(
            "firearm" in self.pack.behavior_by_id[b].flags for b in behaviors
        ):
            return FIREARM_EXPULSION
        return DISCIPLINE[row["action"]]


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{text}</{tag}>"


def _text(value: str) -> str:
    """The value as XML text: markup escaped, characters XML cannot carry dropped."""
    if value.isalnum():  # most values: ids, numbers, names without spaces
        return value
    return escape(NOT_XML.sub("", value))


def _validate(records: bytes) -> None:
    """Refuse records the XSD rejects, naming the record where the first problem is."""
    from lxml import etree

    document = etree.fromstring(HEADER.encode() + records + FOOTER.encode())
    schema = _schema()
    if schema.validate(document):
        return
    error = schema.error_log[0]
    line = records.decode("utf-8").splitlines()[error.line - 3] if error.line > 2 else ""
    raise ExportError(f"the Ed-Fi export is not valid ({_record_in(line)}): {error.message}")


@cache
def _schema() -> Any:
    from lxml import etree

    folder = resource_path("edfi")
    return etree.XMLSchema(etree.parse(str(folder / "Interchange-StudentDiscipline.xsd")))


def _record_in(line: str) -> str:
    found = re.search(r"<(IncidentIdentifier|DisciplineActionIdentifier)>([^<]+)<", line)
    if not found:
        return "a record"
    kind = "incident" if found.group(1) == "IncidentIdentifier" else "decision"
    return f"{kind} {found.group(2)}"
