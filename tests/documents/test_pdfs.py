"""The summary and the letters as a reader gets them: text extracted with pdftotext, fonts
checked with pdffonts, pages rendered with pdftoppm."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from disciplinedesk.documents.letter import build_letter
from disciplinedesk.documents.summary import build_summary
from disciplinedesk.documents.texts import load_texts
from disciplinedesk.printing import decision_facts, letter_pdf, summary_pdf
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import StudentInput, upsert_students
from tests.store.records import record_input
from tests.support import pps

STUDENTS = {
    "en": StudentInput(
        local_id="E1",
        first_name="Jada",
        last_name="Ellis",
        grade="8",
        iep=True,
        family_language="en",
    ),
    "es": StudentInput(
        local_id="S1", first_name="José", last_name="Peña", grade="8", family_language="es"
    ),
    "ru": StudentInput(
        local_id="R1", first_name="Дмитрий", last_name="Петров", grade="8", family_language="ru"
    ),
    "vi": StudentInput(
        local_id="V1", first_name="Nguyễn Thị", last_name="Hoa", grade="8", family_language="vi"
    ),
    "zh": StudentInput(
        local_id="Z1", first_name="小明", last_name="王", grade="8", family_language="zh"
    ),
    "so": StudentInput(
        local_id="O1", first_name="Cabdi", last_name="Warsame", grade="8", family_language="so"
    ),
}
# A phrase of each language's rights paragraph, as the reader sees it.
RIGHTS = {
    "en": "right to contest",
    "es": "derecho a impugnar",
    "ru": "право оспорить",
    "vi": "quyền khiếu nại",
    "zh": "有权对此停学决定提出异议",
    "so": "xaq u leedihiin",
}
FIGHTING = {
    "en": "Fighting",
    "es": "Pelea",
    "ru": "Драка",
    "vi": "Đánh nhau",
    "zh": "打架",
    "so": "Dagaal",
}


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Log]:
    opened = open_log(tmp_path_factory.mktemp("documents"))
    with opened.transaction():
        upsert_students(opened, list(STUDENTS.values()), actor="t")
        set_setting(opened, "school_name", "Rosewood Middle School", actor="t")
    yield opened
    opened.close()


def _record(log: Log, local_id: str, **kwargs: Any) -> str:
    defaults: dict[str, Any] = {
        "when": "2026-11-18T12:20",
        "behaviors": ["fighting"],
        "action": "out_of_school_suspension",
        "days": 2,
        "start": "2026-11-19",
        "reason": "Second fight this month.",
        "responses": ["restorative_conference", "check_in_check_out"],
        "description": "Traded punches at lunch.",
    }
    defaults.update(kwargs)
    return record_decision(log, pps(), record_input(local_id, **defaults), actor="t").incident_id


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language", list(STUDENTS))
def test_letter_in_each_language(log: Log, tmp_path: Path, language: str) -> None:
    student = STUDENTS[language]
    incident = _record(log, student.local_id)
    pdf = build_letter(decision_facts(log, incident), pps(), printed=date(2026, 11, 19))
    text = _flat(_text(pdf, tmp_path, f"letter-{language}"))
    texts = load_texts(language)
    family, _, english = (
        text.partition("Copy for the school's file") if language != "en" else (text, "", "")
    )
    assert (
        f"{student.first_name} {student.last_name}" in family
    )  # diacritics, Cyrillic, Chinese survive
    assert FIGHTING[language] in family
    assert (
        _flat(texts.date(date(2026, 11, 19))) in family
    )  # first day, as the language writes dates
    assert _flat(texts.date(date(2026, 11, 23))) in family  # return: Thu 19, Fri 20, back Monday 23
    assert RIGHTS[language] in family
    assert "3" in family and "5" in family  # the appeal windows
    assert "not yet been reviewed" not in family  # never on the family's copy
    if language != "en":
        assert "right to contest" in english and "Fighting" in english
        assert "translation has not yet been reviewed by a qualified translator" in english
    for row in _fonts(pdf, tmp_path):
        assert row[-5] == "yes", f"font not embedded: {row}"


def test_only_the_parts_that_apply(log: Log, tmp_path: Path) -> None:
    none = _flat(
        _text(
            build_letter(
                decision_facts(
                    log, _record(log, "E1", action="none", days=0, start=None, reason="")
                ),
                pps(),
            ),
            tmp_path,
            "none",
        )
    )
    assert "is not suspended" in none and "Your rights" not in none and "homework" not in none
    assert "Interpretation is available free of charge" in none
    expelled = _record(
        log,
        "E1",
        behaviors=["weapon_deadly"],
        action="expulsion",
        days=180,
        start="2026-11-20",
        grounds=["threat_to_safety"],
    )
    text = _flat(_text(build_letter(decision_facts(log, expelled), pps()), tmp_path, "expulsion"))
    assert "expelled from school for 180 calendar days" in text
    assert (
        "Office of the Superintendent within 5 school days of the decision, that is, by November 27, 2026"
        in text
    )
    assert "contest this suspension" not in text


def test_hearing_letter(log: Log, tmp_path: Path) -> None:
    incident = _record(log, "E1", behaviors=["robbery"], action="hearing", days=0)
    text = _flat(_text(build_letter(decision_facts(log, incident), pps()), tmp_path, "hearing"))
    assert "discipline hearing" in text and "steps to appeal" in text


def test_summary_says_what_was_suggested_and_chosen(log: Log, tmp_path: Path) -> None:
    incident = _record(log, "E1")
    pdf = build_summary(decision_facts(log, incident), pps(), printed=date(2026, 11, 19))
    text = _text(pdf, tmp_path, "summary")
    flat = _flat(text)
    for expected in (
        "Decision summary",
        "Jada Ellis (id E1), grade 8",
        "IEP",
        "Fighting (Type III, p. 22)",
        "Traded punches at lunch.",
        "2026-11-18 12:20",
        "Out-of-school suspension, 2 school days, from 2026-11-19; returns 2026-11-23",
        "Second fight this month.",
        "PPS Handbook p. 17",
        "PPS Handbook p. 29",
        "☑ Restorative conference or other restorative practice (Restorative Justice Coordinator, p. 20)",
        "Also suggested, not chosen: Restorative chat",
        "Decided by: A. Rivera",
        "CONFIDENTIAL student record",
        "printed 2026-11-19",
        "Policy pack pps 2025.1",
        "The action was decided by the administrator named above",
        "Similar decisions in this school when decided",
    ):
        assert expected in flat, expected
    assert "Page 1 of" in flat
    pages = int(re.search(r"Page \d of (\d)", flat).group(1))  # type: ignore[union-attr]
    assert pages <= 2
    for row in _fonts(pdf, tmp_path):
        assert row[-5] == "yes", f"font not embedded: {row}"


def test_pages_render(log: Log, tmp_path: Path) -> None:
    incident = _record(log, "Z1")
    path = tmp_path / "zh.pdf"
    path.write_bytes(build_letter(decision_facts(log, incident), pps()))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2  # the family's copy and the English copy
    assert all(p.stat().st_size > 3000 for p in pages)  # not blank


def test_a_description_of_thousands_of_words_flows_over_pages(log: Log, tmp_path: Path) -> None:
    words = " ".join(["The student walked down the hallway and spoke to a peer."] * 600)
    words += " Nothing else happened after the bell."
    incident = _record(log, "S1", description=words, reason="A long, long reason. " * 300)
    pdf = summary_pdf(log, pps(), incident)
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(path)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    text = _flat(_text(pdf, tmp_path, "long"))
    # Every page's sentences are there (one may be cut by a page's footer) and the last one.
    assert pages >= 4 and text.count("walked down the hallway") >= 600 - pages
    assert "Nothing else happened after the bell." in text
    letter_pdf(log, pps(), incident)  # the letter never shows the description, and prints


def test_a_description_over_the_limit_is_refused_with_the_limit(log: Log) -> None:
    from disciplinedesk.domain.errors import CaseError

    with pytest.raises(
        CaseError, match=r"incident.description: 50,001 characters; the log takes at most 50,000"
    ):
        _record(log, "S1", description="x" * 50_001)


def test_the_letter_is_headed_by_the_school_and_says_whom_to_call(log: Log, tmp_path: Path) -> None:
    with log.transaction():
        set_setting(log, "school_address", "1200 SE Main St, Portland OR 97214", actor="t")
        set_setting(log, "school_phone", "503-555-0100", actor="t")
        set_setting(log, "office_hours", "Monday to Friday, 7:30 to 4:00", actor="t")
    data = record_input(
        "E1",
        when="2026-11-02T10:00",
        behaviors=["substance_use"],
        action="rest_of_day_suspension",
        start="2026-11-02",
        reason="Level A",
    )
    incident = record_decision(log, pps(), data, actor="t").incident_id
    text = _flat(_text(letter_pdf(log, pps(), incident), tmp_path, "letter"))
    for expected in (
        "1200 SE Main St, Portland OR 97214",
        "If you have any questions, please call the school at 503-555-0100.",
        "The office is open Monday to Friday, 7:30 to 4:00.",
        # the 14-day exclusion from activities of a first substance use (p.28)
        "Jada Ellis may not take part in after-school or off-campus school activities until "
        "November 15, 2026, included.",
    ):
        assert expected in text, expected
