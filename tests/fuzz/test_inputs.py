"""Property-based tests: whatever a person or a file gives, the answer is a result or one clear
line, never a traceback and never a half-written record.

The quick suite runs a few hundred examples each; `make fuzz` runs 10,000 (DD_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disciplinedesk.documents.facts import DecisionFacts
from disciplinedesk.documents.letter import build_letter
from disciplinedesk.domain.case import decode_case_json, parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.imports.calendar_file import read_calendar
from disciplinedesk.store.imports.roster import read_roster
from disciplinedesk.store.incidents import record_decision, revise_decision
from disciplinedesk.store.settings import SETTINGS, get_setting, set_setting
from disciplinedesk.store.students import StudentInput, upsert_students
from tests.store.records import record_input
from tests.support import case_data, pps

EXAMPLES = int(os.environ.get("DD_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

BEHAVIORS = [b.id for b in pps().behaviors]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 400), st.floats(allow_nan=True), st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _mutations() -> st.SearchStrategy[dict[str, Any]]:
    """Valid cases with one part replaced by something arbitrary, or plausible values."""
    paths = [
        ("student", "grade"),
        ("student", "family_language"),
        ("student", "iep"),
        ("incident", "datetime"),
        ("incident", "behaviors"),
        ("incident", "nexus"),
        ("incident", "community_impact"),
        ("history", "exclusion_days_this_year"),
        ("history", "strategies_tried"),
        ("history", "substance_violations"),
        ("proposed", "action"),
        ("proposed", "days"),
        ("proposed", "date"),
        ("calendar", "non_school_days"),
        ("factors", "nature_of_misconduct"),
    ]
    plausible = st.one_of(
        json_values,
        st.sampled_from(
            [
                "K",
                "PK",
                "12",
                "13",
                "0",
                "es",
                "xx",
                "2026-02-30",
                "2026-11-18T10:00",
                "fighting",
                "off_campus",
            ]
        ),
        st.lists(st.sampled_from([*BEHAVIORS, "fight", ""]), max_size=4),
    )

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        data = case_data(
            behaviors=draw(
                st.lists(st.sampled_from(BEHAVIORS), min_size=1, max_size=3, unique=True)
            ),
            grade=draw(st.sampled_from(["PK", "K", "3", "5", "6", "9", "12"])),
            action=draw(
                st.sampled_from(
                    [
                        None,
                        "none",
                        "in_school_suspension",
                        "out_of_school_suspension",
                        "rest_of_day_suspension",
                        "emergency_suspension",
                        "hearing",
                        "expulsion",
                        "delayed_expulsion",
                    ]
                )
            ),
            days=draw(st.sampled_from([0, 0.5, 1, 2, 5, 10, 11, 365, 366])),
        )
        for _ in range(draw(st.integers(0, 2))):
            section, field = draw(st.sampled_from(paths))
            part = data.setdefault(section, {})
            if isinstance(part, dict):
                part[field] = draw(plausible)
        if draw(st.booleans()):
            data[draw(st.text(max_size=6))] = draw(json_values)
        return data

    return build()


def _one_line(error: Exception) -> None:
    text = str(error)
    assert text and "\n" not in text and "Traceback" not in text


@FUZZ
@given(_mutations())
def test_any_case_gives_a_result_or_one_line(data: dict[str, Any]) -> None:
    try:
        case = parse_case(data, pps())
    except UserFacingError as error:
        _one_line(error)
        return
    result = evaluate(case, pps())
    assert result.policy.id == "pps"
    assert all(f.citation for f in result.findings)


cells = st.text(alphabet=string.ascii_letters + string.digits + " ,\"'\\n;é王-", max_size=10)


@FUZZ
@given(
    rows=st.lists(st.lists(cells, min_size=0, max_size=8), max_size=6),
    header=st.sampled_from(
        [
            "student_id,first_name,last_name,grade",
            "student_id,first_name,last_name,grade,iep,family_language",
            "student_id,first_name,grade",
            "",
        ]
    ),
)
def test_any_roster_imports_whole_or_not_at_all(
    tmp_path_factory: Any, rows: list[list[str]], header: str
) -> None:
    folder = tmp_path_factory.mktemp("roster")
    path = folder / "roster.csv"
    path.write_text(header + "\n" + "\n".join(",".join(r) for r in rows), encoding="utf-8")
    log = open_log(folder / "data")
    try:
        try:
            roster = read_roster(path)
        except UserFacingError as error:
            _one_line(error)
            assert log.db["students"].count == 0  # nothing written
            return
        with log.transaction():
            upsert_students(log, roster.students, actor="fuzz")
        assert log.db["students"].count == len(roster.students)
    finally:
        log.close()


@FUZZ
@given(
    lines=st.lists(
        st.tuples(
            st.one_of(st.dates(date(2000, 1, 1), date(2040, 1, 1)).map(str), st.text(max_size=10)),
            cells,
        ),
        max_size=8,
    )
)
def test_any_calendar_csv_reads_or_says_why(
    tmp_path_factory: Any, lines: list[tuple[str, str]]
) -> None:
    path = Path(tmp_path_factory.mktemp("calendar")) / "days.csv"
    path.write_text(
        "date,description\n" + "\n".join(f"{d},{t}" for d, t in lines), encoding="utf-8"
    )
    try:
        days = read_calendar(path).days
    except UserFacingError as error:
        _one_line(error)
        return
    assert all(isinstance(day, date) for day in days)


texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)


@settings(max_examples=max(20, EXAMPLES // 10), deadline=None)
@given(
    first=texts,
    last=texts,
    description=texts,
    decided_by=texts,
    language=st.sampled_from(["en", "es", "ru", "vi", "zh", "so", "ar"]),
)
def test_any_names_and_notes_print(
    first: str, last: str, description: str, decided_by: str, language: str
) -> None:
    facts = DecisionFacts(
        school="<School & Co>",
        incident_id="x" * 36,
        student_name=f"{first} {last}",
        student_id="1",
        grade="8",
        iep=False,
        section_504=False,
        sped_referral_pending=False,
        family_language=language,
        occurred_at=__import__("datetime").datetime(2026, 11, 18, 10, 0),
        location=description,
        description=description,
        behaviors=("fighting",),
        action="out_of_school_suspension",
        days=2,
        start_date=date(2026, 11, 19),
        responses_chosen=("restorative_conference",),
        responses_suggested=("restorative_chat",),
        override_reason=description,
        decided_by=decided_by,
        decided_at="2026-11-18T10:00",
        revision=1,
        case={},
        result={"deadlines": []},
        follow_ups=(),
    )
    assert build_letter(facts, pps()).startswith(b"%PDF")


def _text_mutations() -> st.SearchStrategy[bytes]:
    """A valid case's JSON text with a hostile edit: what parsers accept but a case cannot mean."""
    edits = st.sampled_from(
        [
            lambda t: t.replace('"grade": ', '"grade": "3", "grade": ', 1),
            lambda t: t.replace('"days": 1', '"days": NaN', 1),
            lambda t: t.replace('"days": 1', '"days": -Infinity', 1),
            lambda t: t.replace('"days": 1', '"days": 1e999', 1),
            lambda t: t.replace('"days": 1', '"days": ' + "9" * 5000, 1),
            lambda t: t.replace("2026-11-18T10:30", "0001-01-01T00:00", 1),
            lambda t: t.replace("2026-11-18T10:30", "9999-12-31T23:59", 1),
            lambda t: t.replace("2026-11-18T10:30", "2026-11-18", 1),
            lambda t: t.replace('"date": "2026-11-18"', '"date": "2001-01-01"', 1),
            lambda t: t.replace(
                '"factors"', '"history": ' + '{"a": ' * 40 + "1" + "}" * 40 + ', "factors"', 1
            ),
            lambda t: "\ufeff" + t,
            lambda t: t[: len(t) // 2],
        ]
    )

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        text = json.dumps(
            case_data(
                behaviors=[draw(st.sampled_from(BEHAVIORS))],
                action=draw(st.sampled_from(["in_school_suspension", "hearing", "expulsion"])),
                days=1,
            )
        )
        for edit in draw(st.lists(edits, min_size=1, max_size=3)):
            text = edit(text)
        raw = text.encode()
        if draw(st.booleans()):
            at = draw(st.integers(0, len(raw)))
            raw = raw[:at] + draw(st.binary(max_size=4)) + raw[at:]
        return raw

    return build()


@FUZZ
@given(_text_mutations())
def test_any_case_text_gives_a_result_or_one_line(raw: bytes) -> None:
    try:
        case = decode_case_json(raw, pps())
    except UserFacingError as error:
        _one_line(error)
        return
    result = evaluate(case, pps())
    assert all(f.citation for f in result.findings)


decision_values = st.one_of(
    json_values,
    st.sampled_from(
        [
            "expulsion",
            "hearing",
            "none",
            "2026-11-19",
            "1900-01-01",
            "2070-01-05",
            ["threat_to_safety"],
            ["parent_conference"],
            10_000,
            1e308,
        ]
    ),
)
DECISION_KEYS = ["action", "days", "date", "grounds", "responses", "override_reason", "decided_by"]


@pytest.fixture(scope="module")
def fuzz_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Log]:
    log = open_log(tmp_path_factory.mktemp("fuzz-log") / "data")
    upsert_students(
        log,
        [
            StudentInput(local_id=local_id, first_name=first, last_name="Lee", grade="8")
            for local_id, first in (("S1", "Ana"), ("S2", "Bo"), ("S3", "Cy"))
        ],
        actor="t",
    )
    yield log
    log.close()


def _counts(log: Log) -> tuple[int, int, int]:
    return log.db["incidents"].count, log.db["decisions"].count, log.db["follow_ups"].count


@FUZZ
@given(
    changes=st.dictionaries(st.sampled_from([*DECISION_KEYS, "why"]), decision_values, max_size=4)
)
def test_any_record_input_records_whole_or_not_at_all(
    fuzz_log: Log, changes: dict[str, Any]
) -> None:
    data = record_input(
        "S1", behaviors=["fighting"], action="in_school_suspension", days=1, reason="r"
    )
    data["decision"].update(changes)
    before = _counts(fuzz_log)
    try:
        record_decision(fuzz_log, pps(), data, actor="fuzz")
    except UserFacingError as error:
        _one_line(error)
        assert _counts(fuzz_log) == before
        return
    assert _counts(fuzz_log)[:2] == (before[0] + 1, before[1] + 1)


@FUZZ
@given(
    changes=st.dictionaries(st.sampled_from([*DECISION_KEYS, "why"]), decision_values, max_size=4)
)
def test_any_revision_is_a_new_revision_or_nothing(fuzz_log: Log, changes: dict[str, Any]) -> None:
    data = record_input("S1", behaviors=["fighting"], action="none")
    recorded = record_decision(fuzz_log, pps(), data, actor="fuzz")
    before = _counts(fuzz_log)
    try:
        revise_decision(fuzz_log, pps(), recorded.incident_id, changes, actor="fuzz")
    except UserFacingError as error:
        _one_line(error)
        assert _counts(fuzz_log) == before
        return
    assert _counts(fuzz_log)[1] == before[1] + 1


@st.composite
def _participant(draw: st.DrawFn) -> Any:
    """One participant as a script or a hand-written file might give it, often wrong."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    entry: dict[str, Any] = {
        "role": draw(st.sampled_from(["offender", "victim", "witness", "reporter", "", "boss"]))
    }
    who = draw(st.integers(0, 3))
    if who < 3:
        entry["student"] = draw(
            st.sampled_from(
                [{"id": "S1"}, {"id": "S2"}, {"id": "S3"}, {"id": "S9"}, {"id": 2}, "S1"]
            )
        )
    if who > 1:
        entry["person"] = draw(
            st.sampled_from([{"name": "Ms. Ortiz", "kind": "staff"}, {"name": ""}, {"kind": "x"}])
        )
    if entry["role"] == "offender" or draw(st.booleans()):
        entry["behaviors"] = draw(st.lists(st.sampled_from([*BEHAVIORS[:8], "fight"]), max_size=2))
        entry["decision"] = {
            "action": draw(st.sampled_from(["none", "in_school_suspension", "expulsion"])),
            "days": draw(st.sampled_from([0, 1, 11])),
            "date": "2026-11-18",
            "override_reason": "r",
            "decided_by": "VP",
        }
    if draw(st.booleans()):
        entry["supports"] = draw(
            st.one_of(
                st.lists(
                    st.sampled_from(["safety_plan", "hug", "stay_away_agreement"]), max_size=3
                ),
                json_values,
            )
        )
    if draw(st.integers(0, 5)) == 0:
        entry[draw(st.text(max_size=6))] = draw(json_values)
    return entry


@FUZZ
@given(people=st.lists(_participant(), max_size=5))
def test_any_participants_record_whole_or_not_at_all(fuzz_log: Log, people: list[Any]) -> None:
    from disciplinedesk.store.participants import record_incident

    data = {
        "incident": {"datetime": "2026-11-18T10:00", "location": "Gym"},
        "participants": people,
    }

    def counts() -> tuple[int, ...]:
        return (*_counts(fuzz_log), fuzz_log.db["participants"].count)

    before = counts()
    try:
        recorded = record_incident(fuzz_log, pps(), data, actor="fuzz")
    except UserFacingError as error:
        _one_line(error)
        assert counts() == before
        return
    after = counts()
    assert after[0] == before[0] + len(recorded.offenders)
    assert after[3] == before[3] + len(recorded.participant_ids)


ics_dates = st.dates(date(1990, 1, 1), date(2110, 12, 31))


@st.composite
def _ics_event(draw: st.DrawFn) -> str:
    """One VEVENT as calendar programs write it, often wrong: all-day or timed, DTEND or
    DURATION, a recurrence rule with or without an end, exceptions and extra dates."""
    start = draw(ics_dates)
    timed = draw(st.booleans())
    value = f"{start:%Y%m%d}"
    if timed:
        hour = draw(st.integers(0, 23))
        zone = draw(st.sampled_from(["Z", ";TZID=America/Los_Angeles", ";TZID=Nowhere/City", ""]))
        stamp = f"{value}T{hour:02d}0000"
        lines = [
            f"DTSTART{zone if zone.startswith(';') else ''}:{stamp}{'Z' if zone == 'Z' else ''}"
        ]
    else:
        lines = [f"DTSTART;VALUE=DATE:{value}"]
    end = draw(st.sampled_from(["none", "dtend", "duration", "garbage"]))
    if end == "dtend":
        lines.append(f"DTEND;VALUE=DATE:{draw(ics_dates):%Y%m%d}")
    elif end == "duration":
        lines.append(f"DURATION:P{draw(st.integers(0, 900))}D")
    elif end == "garbage":
        lines.append(f"DURATION:{draw(st.text(max_size=6))}")
    if draw(st.booleans()):
        rule = (
            f"FREQ={draw(st.sampled_from(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'SOMETIMES']))}"
        )
        limit = draw(
            st.sampled_from(["", ";COUNT=3", ";COUNT=500", f";UNTIL={draw(ics_dates):%Y%m%d}"])
        )
        lines.append(f"RRULE:{rule}{limit}")
    if draw(st.booleans()):
        lines.append(f"EXDATE;VALUE=DATE:{draw(ics_dates):%Y%m%d}")
    if draw(st.booleans()):
        lines.append(f"RDATE;VALUE=DATE:{draw(ics_dates):%Y%m%d}")
    summary = draw(st.text(alphabet=string.ascii_letters + " \x1b[;", max_size=12))
    return (
        "BEGIN:VEVENT\r\nUID:"
        + str(draw(st.integers()))
        + "\r\nSUMMARY:"
        + summary
        + "\r\n"
        + "\r\n".join(lines)
        + "\r\nEND:VEVENT\r\n"
    )


@FUZZ
@given(events=st.lists(_ics_event(), max_size=4))
def test_any_ics_reads_in_range_or_says_why(tmp_path_factory: Any, events: list[str]) -> None:
    from zoneinfo import ZoneInfo

    path = Path(tmp_path_factory.mktemp("ics")) / "calendar.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    try:
        calendar = read_calendar(path, ZoneInfo("America/Los_Angeles"))
    except UserFacingError as error:
        _one_line(error)
        return
    assert all(date(2000, 1, 1) <= day <= date(2100, 12, 31) for day in calendar.days)
    assert all("\x1b" not in text for text in calendar.days.values())


@FUZZ
@given(
    key=st.sampled_from(sorted(SETTINGS)),
    text=st.one_of(st.text(max_size=12), st.integers(-(10**6), 10**6).map(str)),
)
def test_any_setting_value_is_set_or_refused(fuzz_log: Log, key: str, text: str) -> None:
    from disciplinedesk.commands.settings_command import _parse

    try:
        value = _parse(key, text)
        with fuzz_log.transaction():
            set_setting(fuzz_log, key, value, actor="fuzz")
    except UserFacingError as error:
        _one_line(error)
        return
    spec = SETTINGS[key]
    if spec.minimum is not None and spec.maximum is not None:
        assert spec.minimum <= get_setting(fuzz_log, key) <= spec.maximum


@FUZZ
@given(text=st.one_of(st.text(max_size=12), st.dates().map(str)))
def test_any_date_option_is_a_sane_date_or_refused_by_name(text: str) -> None:
    from disciplinedesk.commands.common import option_date

    try:
        day = option_date(text, "--from")
    except UserFacingError as error:
        _one_line(error)
        assert str(error).startswith("--from: ")
        return
    assert day is not None and date(2000, 1, 1) <= day <= date(2100, 12, 31)
