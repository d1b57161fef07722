"""The prior record computed from the log."""

from __future__ import annotations

from datetime import date, datetime

from disciplinedesk.domain.schooldays import SchoolCalendar
from disciplinedesk.store.calendar import import_calendar_days
from disciplinedesk.store.database import Log
from disciplinedesk.store.history import merge_history, student_history, suspension_days_in
from disciplinedesk.store.incidents import record_decision, revise_decision, void_incident
from disciplinedesk.store.students import get_student
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps


def _history(log: Log, local_id: str, when: str) -> dict[str, object]:
    return student_history(log, pps(), get_student(log, local_id).id, datetime.fromisoformat(when))


def test_suspension_days_across_a_weekend_and_a_holiday() -> None:
    calendar = SchoolCalendar.of([date(2026, 11, 26), date(2026, 11, 27)])
    # 4 days from Wed 25: Wed 25, Mon 30, Tue 1, Wed 2 — all in the year.
    assert (
        suspension_days_in(
            calendar,
            date(2026, 11, 25),
            4,
            base_days=0,
            first=date(2026, 7, 1),
            last=date(2027, 6, 30),
        )
        == 4
    )
    # Only the days up to June 30 count toward this year.
    assert (
        suspension_days_in(
            calendar,
            date(2027, 6, 29),
            3,
            base_days=0,
            first=date(2026, 7, 1),
            last=date(2027, 6, 30),
        )
        == 2
    )
    assert (
        suspension_days_in(
            calendar,
            date(2026, 11, 25),
            1,
            base_days=0.5,
            first=date(2026, 7, 1),
            last=date(2027, 6, 30),
        )
        == 1.5
    )


def test_exclusion_days_and_strategies_this_school_year(log: Log) -> None:
    add_students(log, ANA)
    with log.transaction():
        import_calendar_days(
            log,
            {date(2026, 11, 26): "Thanksgiving", date(2026, 11, 27): "Thanksgiving"},
            source="days.csv",
            actor="t",
        )
    record_decision(
        log,
        pps(),
        record_input(
            when="2026-06-10T10:00",
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=2,
            reason="Serious fight",
            responses=["move_seat"],
        ),
        actor="t",
    )
    record_decision(
        log,
        pps(),
        record_input(
            when="2026-11-24T10:00",
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=3,
            start="2026-11-25",
            reason="Repeated fight",
            responses=["restorative_conference"],
        ),
        actor="t",
    )
    history = _history(log, "S1", "2026-12-10T09:00")
    assert history["exclusion_days_this_year"] == 3  # June's suspension is last school year
    # Each strategy keeps the behaviors it answered (p.19), each incident its days this year.
    assert history["strategies_tried"] == [
        {"response": "restorative_conference", "behaviors": ["fighting"], "date": "2026-11-24"}
    ]
    assert [p["date"] for p in history["prior_incidents"]] == ["2026-06-10", "2026-11-24"]  # type: ignore[index]
    assert [p.get("exclusion_days") for p in history["prior_incidents"]] == [None, 3]  # type: ignore[union-attr]


def test_substance_counts_span_years_and_skip_voided(log: Log) -> None:
    add_students(log, BO)
    ids = []
    for when in ("2024-10-01T09:00", "2025-10-01T09:00", "2026-10-01T09:00"):
        ids.append(
            record_decision(
                log, pps(), record_input("S2", when=when, behaviors=["substance_use"]), actor="t"
            ).incident_id
        )
    record_decision(
        log,
        pps(),
        record_input(
            "S2", when="2026-10-02T09:00", behaviors=["substance_transfer", "substance_possession"]
        ),
        actor="t",
    )
    history = _history(log, "S2", "2026-11-01T09:00")
    assert history["substance_violations"] == {
        "use_or_possession": 4,
        "transfer": 1,
        "distribution": 0,
    }
    void_incident(log, ids[0], "entered for the wrong student", actor="t")
    history = _history(log, "S2", "2026-11-01T09:00")
    assert history["substance_violations"] == {
        "use_or_possession": 3,
        "transfer": 1,
        "distribution": 0,
    }


def test_only_the_current_revision_counts(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(
        log,
        pps(),
        record_input(behaviors=["fighting"], action="in_school_suspension", days=3, reason="x"),
        actor="t",
    )
    revise_decision(log, pps(), recorded.incident_id, {"days": 1}, actor="t")
    assert _history(log, "S1", "2026-12-01T09:00")["exclusion_days_this_year"] == 1


def test_later_incidents_do_not_count(log: Log) -> None:
    add_students(log, ANA)
    record_decision(log, pps(), record_input(when="2026-12-01T09:00"), actor="t")
    assert _history(log, "S1", "2026-11-30T09:00")["prior_incidents"] == []


def test_merge_adds_counts_and_merges_lists() -> None:
    logged = {
        "exclusion_days_this_year": 2,
        "strategies_tried": ["move_seat"],
        "substance_violations": {"use_or_possession": 1, "transfer": 0, "distribution": 0},
        "prior_incidents": [{"date": "2026-10-01", "behaviors": ["fighting"]}],
    }
    given = {
        "exclusion_days_this_year": 1.5,
        "strategies_tried": ["move_seat", "parent_contact"],
        "substance_violations": {"use_or_possession": 2},
        "prior_incidents": [{"date": "2026-09-01", "behaviors": ["forgery"]}],
    }
    merged = merge_history(logged, given)
    assert merged["exclusion_days_this_year"] == 3.5
    assert merged["strategies_tried"] == ["move_seat", "parent_contact"]
    assert merged["substance_violations"]["use_or_possession"] == 3
    assert [p["date"] for p in merged["prior_incidents"]] == ["2026-09-01", "2026-10-01"]
