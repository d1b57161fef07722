"""Each family sees only its own child (FERPA): the letters of a fight with two offenders, a
victim and a witness, in each family's language, name nobody else. The other participants'
names are planted in the log and searched for in every page's text (pdftotext)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from disciplinedesk.documents.support_letter import build_support_letter
from disciplinedesk.printing import (
    letter_pdf,
    summary_pdf,
    support_facts,
    write_support_letter,
)
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.incidents import offender_record
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.students import StudentInput, upsert_students
from tests.store.test_participants import fight
from tests.support import pps

# Names that appear nowhere in a letter's own texts, so that finding one is a leak.
PEOPLE = {
    "S1": StudentInput(
        local_id="S1", first_name="Quilla", last_name="Zevenbergen", grade="8", family_language="es"
    ),
    "S2": StudentInput(
        local_id="S2",
        first_name="Wendeline",
        last_name="Xochitzin",
        grade="8",
        family_language="zh",
    ),
    "S3": StudentInput(
        local_id="S3", first_name="Yusra", last_name="Vandermeulen", grade="8", family_language="so"
    ),
}
WITNESS = "Ms. Ortiz"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Log]:
    opened = open_log(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def incident_id(log: Log) -> str:
    with log.transaction():
        upsert_students(log, list(PEOPLE.values()), actor="t")
    data = fight()
    data["incident"]["description"] = "Quilla Zevenbergen and Wendeline Xochitzin hit Yusra"
    data["incident"]["reporter"] = "Wendeline Xochitzin's teacher"
    return record_incident(log, pps(), data, actor="t").incident_id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _names_of_others(me: str) -> list[str]:
    names = [WITNESS]
    for local_id, student in PEOPLE.items():
        if local_id != me:
            names += [student.first_name, student.last_name, local_id]
    return names


@pytest.mark.parametrize("offender", ["S1", "S2"])
@pytest.mark.parametrize("language", [None, "en", "ru", "vi"])
def test_an_offenders_letter_names_no_other_participant(
    log: Log, incident_id: str, tmp_path: Path, offender: str, language: str | None
) -> None:
    record = offender_record(log, incident_id, offender)
    text = _text(letter_pdf(log, pps(), record, language), tmp_path)
    assert PEOPLE[offender].last_name in text
    for name in _names_of_others(offender):
        assert name not in text, name


@pytest.mark.parametrize("language", [None, "en", "es", "zh"])
def test_the_victims_supports_letter_says_nothing_of_the_others_or_their_discipline(
    log: Log, incident_id: str, tmp_path: Path, language: str | None
) -> None:
    facts = support_facts(log, incident_id, "S3")
    text = _text(build_support_letter(facts, pps(), language=language), tmp_path)
    assert "Vandermeulen" in text
    for name in _names_of_others("S3"):
        assert name not in text, name
    english = text[text.find("Copy for the school") :] if language != "en" else text
    assert "No-contact or stay-away agreement" in english
    assert "November 19, 2026" in english  # the support's due date
    for word in ("suspen", "Fighting", "expul"):
        assert word not in english, word


def test_the_supports_letter_is_written_with_its_disclosure(
    log: Log, incident_id: str, tmp_path: Path
) -> None:
    target = write_support_letter(log, pps(), incident_id, "S3", tmp_path / "s.pdf", actor="vp")
    assert target.exists()
    (row,) = log.query("SELECT description, incident_id FROM disclosures")
    assert row == {
        "description": f"supports letter (so) for incident {incident_id}",
        "incident_id": incident_id,
    }


def test_the_schools_own_summary_lists_everyone_involved(
    log: Log, incident_id: str, tmp_path: Path
) -> None:
    record = offender_record(log, incident_id, "S2")
    text = " ".join(_text(summary_pdf(log, pps(), record), tmp_path).split())
    assert "Others involved" in text and "school record only" in text
    for who in ("offender: Zevenbergen Quilla (S1)", "victim: Vandermeulen Yusra (S3)"):
        assert who in text
    assert "witness: Ms. Ortiz (staff)" in text
