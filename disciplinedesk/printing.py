"""Printing and saving documents from the log, each recorded as a disclosure.

This is where the log meets the PDF layer: it gathers a decision's facts, has the
documents module lay them out, writes the file and records who printed what, about whom,
to where (FERPA's record of disclosures). The GUI and the command line both call it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from disciplinedesk.documents.facts import DecisionFacts, School, SupportFacts
from disciplinedesk.documents.letter import build_letter, letter_language
from disciplinedesk.documents.summary import build_summary
from disciplinedesk.documents.support_letter import build_support_letter
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.database import Log
from disciplinedesk.store.disclosures import disclosed_file, record_disclosure
from disciplinedesk.store.errors import NotFoundError, StoreError
from disciplinedesk.store.incidents import show_incident, student_of
from disciplinedesk.store.settings import get_setting
from disciplinedesk.store.students import student_key


def decision_facts(log: Log, incident_id: str) -> DecisionFacts:
    details = show_incident(log, incident_id)
    if details["incident"]["voided_at"]:
        raise StoreError(f"incident {incident_id} is void: nothing to print")
    contact = school_contact(log)
    return DecisionFacts.from_record(details, school=contact.name, contact=contact)


def school_contact(log: Log) -> School:
    """The school as the settings give it, for the letterhead and whom to call."""
    return School(
        name=str(get_setting(log, "school_name") or ""),
        address=str(get_setting(log, "school_address") or ""),
        phone=str(get_setting(log, "school_phone") or ""),
        hours=str(get_setting(log, "office_hours") or ""),
    )


def summary_pdf(log: Log, pack: PolicyPack, incident_id: str) -> bytes:
    return build_summary(decision_facts(log, incident_id), pack)


def letter_pdf(log: Log, pack: PolicyPack, incident_id: str, language: str | None = None) -> bytes:
    return build_letter(decision_facts(log, incident_id), pack, language=language)


def write_document(
    log: Log,
    pack: PolicyPack,
    incident_id: str,
    kind: str,
    target: Path,
    *,
    actor: str,
    language: str | None = None,
) -> Path:
    """Write a summary or letter PDF to `target` with its disclosure (both or neither)."""
    data = (
        summary_pdf(log, pack, incident_id)
        if kind == "summary"
        else letter_pdf(log, pack, incident_id, language)
    )
    student = student_of(log, incident_id)
    what = (
        "decision summary"
        if kind == "summary"
        else f"family letter ({letter_language(student.family_language, language)})"
    )
    _write_disclosed(log, kind, what, incident_id, target, data, actor)
    return target


def support_facts(log: Log, incident_id: str, student: str) -> SupportFacts:
    """The facts of the supports letter for a victim of the incident (by school id)."""
    details = show_incident(log, incident_id)
    if not any(p.get("decision") for p in details["participants"]):
        raise StoreError(f"incident {incident_id} is void: nothing to print")
    for participant in details["participants"]:
        if participant["role"] == "offender" or participant.get("student") is None:
            continue
        if participant["student"]["local_id"] == student:
            if participant["role"] != "victim":
                raise StoreError(
                    f"student {student} was a {participant['role']} in incident {incident_id}: "
                    "letters go to the families of offenders and of victims"
                )
            contact = school_contact(log)
            return SupportFacts.from_record(
                details, participant, school=contact.name, contact=contact
            )
    raise NotFoundError(f"student {student!r} is not a participant of incident {incident_id}")


def write_support_letter(
    log: Log,
    pack: PolicyPack,
    incident_id: str,
    student: str,
    target: Path,
    *,
    actor: str,
    language: str | None = None,
) -> Path:
    """The supports letter to a victim's family, written with its disclosure."""
    facts = support_facts(log, incident_id, student)
    data = build_support_letter(facts, pack, language=language)
    what = f"supports letter ({letter_language(facts.family_language, language)})"
    with disclosed_file(
        log,
        target,
        kind="letter",
        description=f"{what} for incident {facts.incident_id}",
        actor=actor,
        student_key=student_key(log, student),
        incident_id=facts.incident_id,
    ) as outgoing:
        outgoing.file.write(data)
    return target


def is_victim(log: Log, incident_id: str, student: str) -> bool:
    """Whether `student` was involved in the incident as a victim (their letter is the
    supports letter, not a decision's)."""
    rows = log.query(
        "SELECT 1 FROM incidents i JOIN participants p ON p.incident_id = i.shared_id "
        "JOIN students s ON s.id = p.student_id "
        "WHERE i.id = ? AND s.local_id = ? AND p.role = 'victim'",
        [incident_id, student],
    )
    return bool(rows)


def write_letters(
    log: Log,
    pack: PolicyPack,
    incident_ids: list[str],
    folder: Path,
    *,
    actor: str,
    name: Callable[[DecisionFacts], str],
    workers: int | None = None,
) -> list[Path]:
    """The family letters of many decisions: laid out in parallel processes (each PDF takes
    tens of milliseconds), written and recorded as disclosures here, one by one. The workers
    get the decisions' facts and the pack, never the log or its passphrase."""
    facts = [decision_facts(log, incident_id) for incident_id in incident_ids]
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if count > 1 and len(facts) >= 20:
        with ProcessPoolExecutor(count, initializer=_worker_start, initargs=(pack,)) as pool:
            documents = list(pool.map(_worker_letter, facts, chunksize=8))
    else:
        documents = [build_letter(f, pack) for f in facts]
    written = []
    for item, data in zip(facts, documents, strict=True):
        target = folder / name(item)
        what = f"family letter ({letter_language(item.family_language)})"
        _write_disclosed(log, "letter", what, item.incident_id, target, data, actor)
        written.append(target)
    return written


def write_report(
    log: Log, pack: PolicyPack, report: dict[str, Any], target: Path, *, actor: str
) -> Path:
    """The discipline report as a PDF, recorded as a disclosure; a report that names the
    frequent students and those at 6 or more incidents (the school's own) records one more
    for each of them, so that each student's record of disclosures shows it."""
    from disciplinedesk.documents.report import build_report

    school = str(get_setting(log, "school_name"))
    data = build_report(report, pack, school=school)
    period = f"discipline report {report['from']} to {report['to']}"
    named = report.get("named_students", [])
    with disclosed_file(
        log,
        target,
        kind="report",
        description=f"{period} ({'names ' + str(len(named)) + ' students' if named else 'aggregates'})",
        actor=actor,
    ) as outgoing:
        outgoing.file.write(data)
    for key in named:
        record_disclosure(
            log,
            kind="report",
            description=f"named in the {period} (frequent students, tiers of support)",
            destination=str(target),
            actor=actor,
            student_key=key,
        )
    return target


def _write_disclosed(
    log: Log, kind: str, what: str, incident_id: str, target: Path, data: bytes, actor: str
) -> None:
    """A document about the incident's student leaves the log, with its disclosure."""
    with disclosed_file(
        log,
        target,
        kind=kind,
        description=f"{what} for incident {incident_id}",
        actor=actor,
        student_key=student_of(log, incident_id).id,
        incident_id=incident_id,
    ) as outgoing:
        outgoing.file.write(data)


_WORKER_PACK: list[PolicyPack] = []


def _worker_start(pack: PolicyPack) -> None:
    _WORKER_PACK[:] = [pack]


def _worker_letter(facts: DecisionFacts) -> bytes:
    return build_letter(facts, _WORKER_PACK[0])
