"""The school team's report sections against counts made by hand on a small log: two weeks
with a holiday on the Wednesday, a student at exactly 6 incidents and one at exactly 2, a
fight of two, incidents at 07:59 and 08:00, and the drill-down to the incidents behind a bar."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from disciplinedesk.store.calendar import import_calendar_days
from disciplinedesk.store.database import Log
from disciplinedesk.store.incidents import IncidentFilter, list_incidents, record_decision
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.report import discipline_report
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import StudentInput, student_key, upsert_students
from tests.store.records import record_input
from tests.support import ALL_FACTORS, pps

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 13)  # Monday to Friday a week later
ROSTER = [
    StudentInput(local_id="A", first_name="Ada", last_name="Ames", grade="8"),
    StudentInput(local_id="B", first_name="Ben", last_name="Bird", grade="8"),
    StudentInput(local_id="C", first_name="Cai", last_name="Cole", grade="8"),
    StudentInput(local_id="D", first_name="Dee", last_name="Dunn", grade="8"),
    StudentInput(local_id="E", first_name="Eve", last_name="Eads", grade="10"),
    StudentInput(local_id="F", first_name="Fay", last_name="Fox", grade="10"),
]
# Ada's six (one out of school), Ben's two; the fight of Cai and Fay, Eve hurt.
ADA = ["2026-11-02T07:59", "2026-11-02T08:00", "2026-11-03T10:15", "2026-11-05T12:30"]
ADA += ["2026-11-09T09:00", "2026-11-13T13:45"]
BEN = ["2026-11-10T10:40", "2026-11-12T11:05"]
FIGHT = "2026-11-04T12:10"


def _record(log: Log, student: str, when: str, reporter: str, decided_by: str, **kw: Any) -> None:
    data = record_input(student, when=when, **kw)
    data["incident"]["reporter"] = reporter
    data["decision"]["decided_by"] = decided_by
    record_decision(log, pps(), data, actor="t")


@pytest.fixture
def school(log: Log) -> Log:
    with log.transaction():
        upsert_students(log, ROSTER, actor="t")
        import_calendar_days(log, {date(2026, 11, 11): "Veterans Day"}, source="t", actor="t")
    for when in ADA[:-1]:
        _record(log, "A", when, "Ms. Ray", "A. Rivera")
    _record(
        log,
        "A",
        ADA[-1],
        "Ms. Ray",
        "A. Rivera",
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=2,
        start="2026-11-13",
        reason="Third fight",
    )
    _record(log, "B", BEN[0], "Mr. Lee", "B. Chen")
    _record(log, "B", BEN[1], "Mr. Lee", "B. Chen", responses=["check_in_check_out"])
    decision = {
        "action": "none",
        "responses": ["restorative_conference"],
        "decided_by": "A. Rivera",
    }
    offender = {"role": "offender", "behaviors": ["fighting"], "factors": ALL_FACTORS}
    record_incident(
        log,
        pps(),
        {
            "incident": {"datetime": FIGHT, "location": "Gym"},
            "participants": [
                {"student": {"id": "C"}, **offender, "decision": dict(decision)},
                {"student": {"id": "F"}, **offender, "decision": dict(decision)},
                {"student": {"id": "E"}, "role": "victim"},
            ],
        },
        actor="t",
    )
    return log


def _report(log: Log, where: IncidentFilter | None = None, **kw: Any) -> dict[str, Any]:
    return discipline_report(log, pps(), FIRST, LAST, where, **kw)


def test_the_big_five_and_the_week_against_counts_made_by_hand(school: Log) -> None:
    report = _report(school)
    assert report["totals"]["incidents"] == 9 and report["totals"]["offenders"] == 10
    hours = report["by_hour"]
    assert list(hours) == [f"{h:02d}" for h in range(7, 18)]
    assert hours == {
        "07": 1,  # 07:59
        "08": 1,  # 08:00
        "09": 1,
        "10": 2,
        "11": 1,
        "12": 2,  # the fight of two is one incident
        "13": 1,
        "14": 0,
        "15": 0,
        "16": 0,
        "17": 0,
    }
    week = report["by_weekday"]
    assert list(week) == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert {day: (w["incidents"], w["school_days"]) for day, w in week.items()} == {
        "Mon": (3, 2),
        "Tue": (2, 2),
        "Wed": (1, 1),  # the second Wednesday is a holiday: one school day
        "Thu": (2, 2),
        "Fri": (1, 2),
    }
    assert week["Mon"]["per_school_day"] == 1.5 and week["Fri"]["per_school_day"] == 0.5
    assert report["per_school_day"] == {
        "2026-11": {"incidents": 9, "school_days": 9, "per_school_day": 1.0}
    }


def test_the_tiers_and_the_frequent_students(school: Log) -> None:
    tiers = _report(school)["tiers"]
    # Six enrolled: Ada at 6, Ben at 2, Cai and Fay at 1, Dee and Eve (hurt, not an
    # offender) at 0.
    assert tiers["enrolled"] == 6
    assert tiers["bands"] == {"0-1": 4, "2-5": 1, "6+": 1}
    assert tiers["students_6_plus"] == ["A"]  # the school's id in JSON
    named = _report(school, names=True)
    assert named["tiers"]["students_6_plus"] == ["Ames, Ada (A)"]
    frequent = _report(school)["by_student"]
    assert [(s["student"], s["incidents"]) for s in frequent] == [
        ("A", 6),
        ("B", 2),
        ("C", 1),
        ("F", 1),
    ]
    assert frequent[0]["exclusion_days"] == 2 and frequent[1]["exclusion_days"] == 0
    assert frequent[0]["open_follow_ups"] == 1  # the return meeting
    assert [s["support_plan"] for s in frequent] == [False, True, False, False]  # Ben's CICO


def test_reporters_and_deciders_are_suppressed_as_the_equity_table(school: Log) -> None:
    # The default rules (groups under 30, counts under 10) hide every cell of a small log.
    for row in _report(school)["by_reporter"] + _report(school)["by_decider"]:
        assert row["suppressed"] and row["count"] is None and row["share_excluded"] is None
    with school.transaction():
        set_setting(school, "report_min_group", 2, actor="t")
        set_setting(school, "report_min_cell", 1, actor="t")
    report = _report(school)
    reporters = {r["name"]: r for r in report["by_reporter"]}
    assert reporters["Ms. Ray"] == {
        "name": "Ms. Ray",
        "count": 6,
        "excluded": 1,
        "share_excluded": 0.167,
        "suppressed": False,
    }
    assert reporters["Mr. Lee"]["count"] == 2 and reporters["Mr. Lee"]["share_excluded"] is None
    assert reporters[""]["count"] == 1 and reporters[""]["suppressed"]  # a group of one
    deciders = {r["name"]: (r["count"], r["excluded"]) for r in report["by_decider"]}
    assert deciders == {"A. Rivera": (8, 1), "B. Chen": (2, None)}  # decisions, not incidents


def test_every_section_follows_the_filter(school: Log) -> None:
    report = _report(school, IncidentFilter(grade_band="9-12"))
    assert report["filters"] == {"grade_band": "9-12", "type": None, "behavior": None}
    assert report["totals"]["incidents"] == 1 and report["totals"]["offenders"] == 1
    assert report["tiers"] == {
        "enrolled": 2,
        "bands": {"0-1": 2, "2-5": 0, "6+": 0},
        "students_6_plus": [],
    }
    assert report["by_hour"]["12"] == 1 and sum(report["by_hour"].values()) == 1
    fights = _report(school, IncidentFilter(behavior="fighting"))
    assert fights["totals"]["incidents"] == 2 and fights["totals"]["offenders"] == 3


def test_a_bar_drills_down_to_the_incidents_behind_it(school: Log) -> None:
    period = {"since": FIRST, "until": LAST}

    def listed(**kw: Any) -> list[tuple[str, str]]:
        rows = list_incidents(school, IncidentFilter(**period, **kw))
        return [(r["student_id"], r["occurred_at"]) for r in rows]

    assert listed(hour="07") == [("A", "2026-11-02T07:59")]
    assert listed(hour="08") == [("A", "2026-11-02T08:00")]
    assert len(listed(weekday=0)) == 3  # Mondays
    assert listed(month="2026-11", reporter="Mr. Lee") == [
        (s, w) for w in reversed(BEN) for s in "B"
    ]
    key = student_key(school, "A")
    assert key is not None
    assert len(listed(students=(key,))) == 6
    assert listed(decided_by="B. Chen") == [("B", BEN[1]), ("B", BEN[0])]
    fights = listed(behavior="fighting", each_offender=True)
    assert sorted(fights) == sorted([("A", ADA[-1]), ("C", FIGHT), ("F", FIGHT)])
    assert listed(location="Gym") == [("C", FIGHT)]  # one row for the fight of two
    assert listed(actions=("out_of_school_suspension",)) == [("A", ADA[-1])]


def test_the_printed_report_has_every_section_and_records_whom_it_names(
    school: Log, tmp_path: Any
) -> None:
    import subprocess

    from disciplinedesk.printing import write_report
    from disciplinedesk.store.disclosures import list_disclosures

    report = _report(school, IncidentFilter(behavior="fighting"), names=True)
    target = write_report(school, pps(), report, tmp_path / "report.pdf", actor="vp")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Filters: Fighting" in flat
    for section in (
        "Incidents per school day, by month",
        "Time of day",
        "Incidents per school day of the weekday",
        "Tiers of support",
        "Students with the most incidents",
        "Who reported",
        "Who decided",
        "Exclusion by group",
    ):
        assert section in flat, section
    assert "Ames, Ada (A)" in flat and "Confidential: names students" in flat
    named = [d for d in list_disclosures(school) if d["description"].startswith("named in")]
    assert sorted(d["student_id"] for d in named) == ["A", "C", "F"]  # the fighters
    aggregate = _report(school)  # without names: an aggregate report says so
    write_report(school, pps(), aggregate, tmp_path / "plain.pdf", actor="vp")
    plain = subprocess.run(
        ["pdftotext", str(tmp_path / "plain.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Aggregates only" in plain and "Students with the most incidents" not in plain
