"""How the school decided similar incidents, against counts made by hand."""

from __future__ import annotations

from datetime import date

from disciplinedesk.domain.consistency import describe
from disciplinedesk.store.consistency import compare
from disciplinedesk.store.database import Log
from disciplinedesk.store.incidents import record_decision, show_incident
from disciplinedesk.store.students import StudentInput, upsert_students
from tests.store.records import record_input
from tests.support import pps


def _school(log: Log) -> None:
    with log.transaction():
        upsert_students(
            log,
            [
                StudentInput(local_id=f"M{n}", first_name="M", last_name=str(n), grade=g)
                for n, g in enumerate(["7", "8", "6", "7", "8", "7", "3", "10"])
            ],
            actor="t",
        )
    fights = [
        ("M0", "none", 0),
        ("M1", "none", 0),
        ("M2", "none", 0),
        ("M3", "in_school_suspension", 1),
        ("M4", "in_school_suspension", 2),
        ("M5", "out_of_school_suspension", 3),
    ]
    for n, (student, action, days) in enumerate(fights):
        record_decision(
            log,
            pps(),
            record_input(
                student,
                when=f"2026-10-{5 + n:02d}T10:00",
                behaviors=["fighting"],
                action=action,
                days=days,
                reason="r" if days else "",
            ),
            actor="t",
        )
    # Not similar: grade 3 fighting is similar (shared behavior) but other behaviors of another type are not.
    record_decision(
        log, pps(), record_input("M6", when="2026-10-20T10:00", behaviors=["tardiness"]), actor="t"
    )
    record_decision(
        log,
        pps(),
        record_input(
            "M7",
            when="2025-06-01T10:00",
            behaviors=["fighting"],
            action="in_school_suspension",
            days=1,
            reason="r",
        ),
        actor="t",
    )  # the year before last


def test_counts_spread_and_place(log: Log) -> None:
    _school(log)
    comparison = compare(
        log, pps(), behaviors=["fighting"], incident_type=3, grade="7", on=date(2026, 11, 18)
    )
    assert comparison.similar == 6 and comparison.enough
    assert comparison.by_category == {
        "none": 3,
        "in_school": 2,
        "out_of_school": 1,
        "hearing": 0,
        "expulsion": 0,
    }
    assert (comparison.days_median, comparison.days_max) == (2, 3)
    assert comparison.place(pps(), "out_of_school_suspension") == (5, 1)
    assert comparison.place(pps(), "none") == (0, 3)
    text = describe(comparison, pps(), "rest_of_day_suspension")
    assert "more exclusionary than 5 of 6" in text and "3 none" in text


def test_same_type_and_grade_band_counts_without_shared_behavior(log: Log) -> None:
    _school(log)
    # major_theft is Type III like fighting: grade 6-8 fights count, the grade 3 tardiness does not.
    comparison = compare(
        log, pps(), behaviors=["major_theft"], incident_type=3, grade="8", on=date(2026, 11, 18)
    )
    assert comparison.similar == 6
    elementary = compare(
        log, pps(), behaviors=["major_theft"], incident_type=3, grade="4", on=date(2026, 11, 18)
    )
    assert elementary.similar == 0 and not elementary.enough
    assert describe(elementary, pps(), "none").startswith("Fewer than 5 similar decisions")


def test_the_comparison_is_stored_with_the_decision(log: Log) -> None:
    _school(log)
    recorded = record_decision(
        log,
        pps(),
        record_input(
            "M3",
            when="2026-11-18T10:00",
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=2,
            reason="r",
        ),
        actor="t",
    )
    stored = show_incident(log, recorded.incident_id)["revisions"][0]["comparison"]
    assert stored["similar"] == 6 and stored["by_category"]["out_of_school"] == 1  # itself excluded
