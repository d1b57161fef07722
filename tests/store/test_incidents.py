"""Recording, refusing, revising and voiding decisions in a real log file."""

from __future__ import annotations

from pathlib import Path

import pytest

from disciplinedesk.domain.errors import CaseError
from disciplinedesk.store.database import Log, LogBusyError, open_log
from disciplinedesk.store.errors import NotFoundError
from disciplinedesk.store.follow_ups import list_follow_ups, mark_done
from disciplinedesk.store.incidents import (
    IncidentFilter,
    RecordRefusedError,
    list_incidents,
    record_decision,
    revise_decision,
    show_incident,
    void_incident,
)
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps


def _counts(log: Log) -> tuple[int, ...]:
    return tuple(log.db[t].count for t in ("incidents", "decisions", "follow_ups", "audit"))


def test_record_stores_everything_together(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(
        log,
        pps(),
        record_input(
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=2,
            start="2026-11-19",
            reason="Second fight this month",
            description="Fight at lunch",
        ),
        actor="t",
    )
    details = show_incident(log, recorded.incident_id)
    (revision,) = details["revisions"]
    assert revision["case"]["student"]["iep"] is True  # filled from the log
    assert revision["result"]["policy"] == {"id": "pps", "version": "2025.1"}
    assert revision["responses_chosen"] == ["parent_conference"]
    assert "restorative_chat" in revision["responses_suggested"]
    kinds = {f["kind"]: f["due"] for f in revision["follow_ups"]}
    assert kinds == {"return_to_school": "2026-11-23"}
    assert details["student"]["local_id"] == "S1"
    assert [a["action"] for a in details["audit"]] == ["insert", "insert"]


def test_blocked_action_is_refused_and_nothing_is_written(log: Log) -> None:
    add_students(log, ANA)
    before = _counts(log)
    with pytest.raises(RecordRefusedError, match="Type I"):
        record_decision(
            log,
            pps(),
            record_input(
                behaviors=["tardiness"], action="in_school_suspension", days=1, reason="late again"
            ),
            actor="t",
        )
    assert _counts(log) == before


def test_exclusion_without_reason_is_refused(log: Log) -> None:
    add_students(log, ANA)
    before = _counts(log)
    with pytest.raises(RecordRefusedError, match="override_reason"):
        record_decision(
            log,
            pps(),
            record_input(behaviors=["fighting"], action="in_school_suspension", days=1),
            actor="t",
        )
    assert _counts(log) == before


def test_unknown_student_and_disagreeing_proposal(log: Log) -> None:
    with pytest.raises(NotFoundError, match="'S404'"):
        record_decision(log, pps(), record_input("S404"), actor="t")
    add_students(log, ANA)
    data = record_input(action="in_school_suspension", days=1, reason="r")
    data["proposed"] = {"action": "out_of_school_suspension"}
    with pytest.raises(CaseError, match="disagree"):
        record_decision(log, pps(), data, actor="t")


def test_a_failure_inside_the_transaction_writes_nothing(
    log: Log, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_students(log, ANA)
    before = _counts(log)

    def failing_audit(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("disciplinedesk.store.incidents.audit", failing_audit)
    with pytest.raises(OSError):
        record_decision(log, pps(), record_input(), actor="t")
    assert _counts(log) == before


def test_revision_keeps_history_and_supersedes_follow_ups(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(
        log,
        pps(),
        record_input(behaviors=["fighting"], action="out_of_school_suspension", days=3, reason="r"),
        actor="t",
    )
    revise_decision(
        log, pps(), recorded.incident_id, {"action": "in_school_suspension", "days": 1}, actor="vp"
    )
    details = show_incident(log, recorded.incident_id)
    assert [r["revision"] for r in details["revisions"]] == [1, 2]
    assert details["revisions"][1]["supersedes"] == details["revisions"][0]["id"]
    old, new = details["revisions"][0]["follow_ups"], details["revisions"][1]["follow_ups"]
    assert all(f["cancelled_at"] for f in old) and not any(f["cancelled_at"] for f in new)
    assert [a["action"] for a in details["audit"]][-1] == "revise"
    assert details["revisions"][0]["superseded_at"] and not details["revisions"][1]["superseded_at"]
    # lists and reports read the revised decision only
    (listed,) = list_incidents(log, IncidentFilter())
    assert listed["action"] == "in_school_suspension"
    revise_decision(log, pps(), recorded.incident_id, {"days": 2}, actor="vp")
    current = log.db.execute(
        "SELECT revision FROM decisions WHERE incident_id = ? AND superseded_at IS NULL",
        [recorded.incident_id],
    ).fetchall()
    assert current == [(3,)]
    carried = log.db.execute(
        "SELECT action, days FROM incidents WHERE id = ?", [recorded.incident_id]
    ).fetchall()
    assert carried == [("in_school_suspension", 2.0)]  # the incident follows its revisions


def test_void_is_kept_but_not_listed(log: Log) -> None:
    add_students(log, ANA)
    recorded = record_decision(log, pps(), record_input(description="Wrong student"), actor="t")
    void_incident(log, recorded.incident_id, "entered for the wrong student", actor="t")
    assert list_incidents(log) == []
    assert (
        show_incident(log, recorded.incident_id)["incident"]["void_reason"]
        == "entered for the wrong student"
    )


def test_list_filters_and_full_text_search(log: Log) -> None:
    add_students(log, ANA, BO)
    record_decision(
        log,
        pps(),
        record_input("S1", when="2026-10-01T09:00", description="Threw a chair in the library"),
        actor="t",
    )
    record_decision(
        log,
        pps(),
        record_input("S2", when="2026-11-01T09:00", description="Shouting in class"),
        actor="t",
    )
    assert [r["student_id"] for r in list_incidents(log)] == ["S2", "S1"]
    assert [r["student_id"] for r in list_incidents(log, IncidentFilter(search="chair"))] == ["S1"]
    assert [r["student_id"] for r in list_incidents(log, IncidentFilter(search="lopez"))] == [
        "S1"
    ]  # accents folded
    assert [r["student_id"] for r in list_incidents(log, IncidentFilter(student="S2"))] == ["S2"]
    from datetime import date

    assert [
        r["student_id"] for r in list_incidents(log, IncidentFilter(since=date(2026, 10, 15)))
    ] == ["S2"]


def test_follow_ups_due_and_done(log: Log) -> None:
    add_students(log, ANA)
    record_decision(
        log,
        pps(),
        record_input(behaviors=["threat_fear_of_harm"], when="2026-11-18T14:00"),
        actor="t",
    )
    due = list_follow_ups(log, due_before="2026-11-19T06:00")
    assert [f["kind"] for f in due] == ["threat_parent_phone"]
    mark_done(log, due[0]["id"], "Called at 15:10", actor="t")
    assert [f["kind"] for f in list_follow_ups(log)] == ["threat_parent_written"]


def test_a_busy_log_says_so_and_records_nothing(data_dir: Path, log: Log) -> None:
    """Another process holding the write lock past the wait: a clear refusal, not an error."""
    add_students(log, ANA)
    other = open_log(data_dir)
    other.conn.execute("PRAGMA busy_timeout = 50")
    log.conn.execute("BEGIN IMMEDIATE")  # a long write in another DisciplineDesk
    try:
        with pytest.raises(
            LogBusyError, match=r"the log is busy \(another DisciplineDesk is writing"
        ):
            record_decision(other, pps(), record_input("S1"), actor="t")
    finally:
        log.conn.execute("ROLLBACK")
    assert other.db["incidents"].count == 0
    record_decision(other, pps(), record_input("S1"), actor="t")  # and it works once free
    other.close()
