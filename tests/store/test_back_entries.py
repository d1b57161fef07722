"""Back-entries in a real log file: a decision made before the program was used, entered so
that the prior record is complete from the first day, and marked as such everywhere."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from disciplinedesk.domain.errors import CaseError
from disciplinedesk.store.database import Log
from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import (
    IncidentFilter,
    RecordRefusedError,
    list_incidents,
    record_decision,
    revise_decision,
    show_incident,
)
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.students import student_key
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps


def _back_entry(**changes: Any) -> dict[str, Any]:
    """Last spring's suspension, entered now: no reason was written down at the time."""
    data = record_input(
        when="2026-04-14T09:30",
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=3,
        start="2026-04-15",
        **changes,
    )
    data["back_entry"] = True
    return data


def test_a_back_entry_is_marked_and_creates_no_follow_ups(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(log, pps(), _back_entry(), actor="t")
    details = show_incident(log, recorded.incident_id)
    assert details["incident"]["back_entry"] == 1
    (revision,) = details["revisions"]
    assert revision["follow_ups"] == []  # a return meeting of last April is not a task
    assert revision["action"] == "out_of_school_suspension"
    assert revision["override_reason"] == ""  # as it was made: nothing is invented
    (row,) = list_incidents(log, IncidentFilter())
    assert row["back_entry"] == 1
    audit = log.query("SELECT after FROM audit WHERE table_name = 'incidents'")
    assert '"back_entry": 1' in audit[0]["after"]


def test_a_back_entry_counts_in_the_prior_record(log: Log) -> None:
    """What it is for: the next decision sees the earlier suspension's days."""
    add_students(log, ANA)
    record_decision(log, pps(), _back_entry(), actor="t")
    key = student_key(log, "S1")
    assert key is not None
    history = student_history(log, pps(), key, datetime(2026, 5, 1, 9, 0))
    assert history["exclusion_days_this_year"] == 3
    assert [p["behaviors"] for p in history["prior_incidents"]] == [["fighting"]]


def test_a_back_entry_keeps_what_the_handbook_would_have_refused(log: Log) -> None:
    """A past decision is a fact: it is recorded as made, with the findings beside it."""
    add_students(log, ANA)
    data = record_input(
        when="2026-03-02T08:10",
        behaviors=["tardiness"],
        action="in_school_suspension",
        days=1,
        start="2026-03-03",
    )
    with pytest.raises(RecordRefusedError, match="Type I"):
        record_decision(log, pps(), data, actor="t")
    recorded = record_decision(log, pps(), {**data, "back_entry": True}, actor="t")
    (revision,) = show_incident(log, recorded.incident_id)["revisions"]
    assert any(f["severity"] == "block" for f in revision["result"]["findings"])


def test_a_back_entry_is_before_today(log: Log) -> None:
    add_students(log, ANA)
    today = date.today().isoformat()
    data = _back_entry()
    data["incident"]["datetime"] = f"{today}T08:00"
    data["decision"]["date"] = today
    with pytest.raises(RecordRefusedError, match="not before today"):
        record_decision(log, pps(), data, actor="t")
    assert log.db["incidents"].count == 0


def test_back_entry_must_be_true_or_false(log: Log) -> None:
    add_students(log, ANA)
    with pytest.raises(CaseError, match="back_entry: must be true or false, not text"):
        record_decision(log, pps(), {**_back_entry(), "back_entry": "yes"}, actor="t")


def test_the_record_still_needs_what_a_record_needs(log: Log) -> None:
    add_students(log, ANA)
    data = _back_entry()
    data["decision"]["decided_by"] = ""
    with pytest.raises(RecordRefusedError, match="decided_by"):
        record_decision(log, pps(), data, actor="t")
    del data["decision"]["date"]
    data["decision"]["decided_by"] = "Former VP"
    with pytest.raises(RecordRefusedError, match=r"decision\.date"):
        record_decision(log, pps(), data, actor="t")


def test_a_revised_back_entry_stays_one_and_creates_no_follow_ups(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(log, pps(), _back_entry(), actor="t")
    revise_decision(
        log,
        pps(),
        recorded.incident_id,
        {"days": 2, "change_reason": "The paper file says two days"},
        actor="t",
    )
    details = show_incident(log, recorded.incident_id)
    assert details["incident"]["back_entry"] == 1
    assert [r["days"] for r in details["revisions"]] == [3, 2]
    assert all(r["follow_ups"] == [] for r in details["revisions"])


def test_a_back_entered_incident_with_several_students(log: Log) -> None:
    add_students(log, ANA, BO)
    decision = {
        "action": "none",
        "days": 0,
        "responses": ["parent_conference"],
        "decided_by": "Former VP",
    }
    data: dict[str, Any] = {
        "back_entry": True,
        "incident": {"datetime": "2026-02-10T12:00", "description": "A fight at lunch"},
        "participants": [
            {
                "student": {"id": "S1"},
                "role": "offender",
                "behaviors": ["fighting"],
                "decision": decision,
            },
            {"student": {"id": "S2"}, "role": "victim", "supports": ["stay_away_agreement"]},
        ],
    }
    with pytest.raises(CaseError, match=r"participants\[1\]\.supports: a back-entry"):
        record_incident(log, pps(), data, actor="t")
    del data["participants"][1]["supports"]
    recorded = record_incident(log, pps(), data, actor="t")
    assert log.query("SELECT back_entry FROM incidents")[0]["back_entry"] == 1
    assert log.db["follow_ups"].count == 0
    assert recorded.participant_ids


def test_an_ordinary_record_is_not_a_back_entry(log: Log) -> None:
    add_students(log, ANA)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    recorded = record_decision(log, pps(), record_input(when=f"{yesterday}T10:00"), actor="t")
    assert show_incident(log, recorded.incident_id)["incident"]["back_entry"] == 0
