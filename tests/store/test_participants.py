"""Incidents with several students, in a real log file: recorded all or nothing, each
offender with their own decision and record, the others never counted as discipline."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from disciplinedesk.domain.errors import CaseError
from disciplinedesk.store.database import Log
from disciplinedesk.store.errors import NotFoundError, StoreError
from disciplinedesk.store.follow_ups import list_follow_ups
from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import (
    IncidentFilter,
    RecordRefusedError,
    count_incidents,
    list_incidents,
    revise_decision,
    show_incident,
    void_incident,
)
from disciplinedesk.store.participants import add_participants, record_incident
from disciplinedesk.store.report import discipline_report
from disciplinedesk.store.retention import purge_before
from disciplinedesk.store.students import StudentInput, student_key
from tests.store.conftest import ANA, BO, add_students
from tests.support import ALL_FACTORS, pps

CY = StudentInput(local_id="S3", first_name="Cy", last_name="Okafor", grade="9")


def _decision(action: str = "in_school_suspension", days: float = 1) -> dict[str, Any]:
    return {
        "action": action,
        "days": days,
        "date": "2026-11-19",
        "responses": ["parent_conference"],
        "override_reason": "A fight that hurt another student" if action != "none" else "",
        "decided_by": "A. Rivera",
    }


def fight(**changes: Any) -> dict[str, Any]:
    """Two offenders in a fight, the student they hurt, and the teacher who saw it."""
    data: dict[str, Any] = {
        "incident": {
            "datetime": "2026-11-18T12:20",
            "location": "Cafeteria",
            "description": "A fight at lunch",
            "nexus": "on_campus",
        },
        "participants": [
            {
                "student": {"id": "S1"},
                "role": "offender",
                "behaviors": ["fighting"],
                "factors": dict(ALL_FACTORS),
                "decision": _decision(),
            },
            {
                "student": {"id": "S2"},
                "role": "offender",
                "behaviors": ["fighting"],
                "factors": dict(ALL_FACTORS),
                "decision": _decision("none", 0),
            },
            {"student": {"id": "S3"}, "role": "victim", "supports": ["stay_away_agreement"]},
            {"person": {"name": "Ms. Ortiz", "kind": "staff"}, "role": "witness"},
        ],
    }
    data.update(changes)
    return data


@pytest.fixture
def school(log: Log) -> Log:
    add_students(log, ANA, BO, CY)
    return log


def _counts(log: Log) -> tuple[int, ...]:
    tables = ("incidents", "decisions", "participants", "follow_ups", "audit")
    return tuple(log.db[t].count for t in tables)


def test_a_fight_with_two_offenders_and_a_victim_is_one_incident(school: Log) -> None:
    recorded = record_incident(school, pps(), fight(), actor="t")
    assert [o.student_id for o in recorded.offenders] == ["S1", "S2"]
    assert recorded.offenders[0].record_id == recorded.incident_id
    assert len({o.decision_id for o in recorded.offenders}) == 2
    details = show_incident(school, recorded.incident_id)
    roles = [(p["role"], (p.get("student") or p.get("person"))) for p in details["participants"]]
    assert [role for role, _ in roles] == ["offender", "offender", "victim", "witness"]
    assert roles[3][1] == {"name": "Ms. Ortiz", "kind": "staff"}
    offenders = details["participants"][:2]
    assert [o["decision"]["action"] for o in offenders] == ["in_school_suspension", "none"]
    assert [o["behaviors"] for o in offenders] == [["fighting"], ["fighting"]]
    (victim,) = [p for p in details["participants"] if p["role"] == "victim"]
    assert victim["supports"] == ["stay_away_agreement"]
    # due one school day after the incident (a Wednesday): Thursday
    assert [f["due"] for f in victim["follow_ups"]] == ["2026-11-19"]
    supports = [f for f in list_follow_ups(school) if f["role"] == "victim"]
    assert [(f["student_id"], f["kind"]) for f in supports] == [
        ("S3", "support.stay_away_agreement")
    ]
    (row,) = list_incidents(school)
    assert row["incident_id"] == recorded.incident_id
    people = [(p["role"], p["student_id"] or p["name"]) for p in row["people"]]
    assert people == [
        ("offender", "S1"),
        ("offender", "S2"),
        ("victim", "S3"),
        ("witness", "Ms. Ortiz"),
    ]


def test_one_blocked_offender_blocks_them_all(school: Log) -> None:
    before = _counts(school)
    data = fight()
    data["participants"][1]["behaviors"] = ["tardiness"]  # Type I: no suspension
    data["participants"][1]["decision"] = _decision("in_school_suspension", 1)
    with pytest.raises(RecordRefusedError, match=r"participants\[1\] \(student S2\).*Type I"):
        record_incident(school, pps(), data, actor="t")
    assert _counts(school) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"student": {"id": "S9"}}, r"participants\[2\]\.student: no student 'S9'"),
        ({"role": "bystander"}, r"participants\[2\]\.role: must be one of"),
        ({"student": {"id": "S1"}}, "has one role in an incident"),
        ({"supports": ["hug"]}, "unknown support 'hug'"),
    ],
)
def test_an_unknown_or_doubled_participant_is_refused_and_nothing_written(
    school: Log, change: dict[str, Any], message: str
) -> None:
    data = fight()
    data["participants"][2].update(change)
    before = _counts(school)
    with pytest.raises((CaseError, StoreError), match=message):
        record_incident(school, pps(), data, actor="t")
    assert _counts(school) == before


def test_a_person_who_is_not_a_student_is_never_an_offender(school: Log) -> None:
    data = fight()
    data["participants"].append(
        {"person": {"name": "A visitor"}, "role": "offender", "behaviors": ["fighting"]}
    )
    with pytest.raises(CaseError, match="an offender is a student"):
        record_incident(school, pps(), data, actor="t")


def test_each_offender_sees_the_incident_in_their_own_record_and_the_victim_does_not(
    school: Log,
) -> None:
    record_incident(school, pps(), fight(), actor="t")
    later = datetime(2026, 12, 1, 9, 0)

    def prior(local_id: str) -> list[dict[str, Any]]:
        key = student_key(school, local_id)
        assert key is not None
        return list(student_history(school, pps(), key, later)["prior_incidents"])

    assert [p["behaviors"] for p in prior("S1")] == [["fighting"]]
    assert prior("S1")[0]["exclusion_days"] == 1  # S1's own suspension, not S2's
    assert [p["behaviors"] for p in prior("S2")] == [["fighting"]]
    assert "exclusion_days" not in prior("S2")[0]
    assert prior("S3") == []  # the victim's record has no discipline


def test_revising_one_offender_leaves_the_other_alone(school: Log) -> None:
    recorded = record_incident(school, pps(), fight(), actor="t")
    with pytest.raises(StoreError, match=r"2 offenders \(S1 López, Ana, S2 Chen, Bo\).*--student"):
        revise_decision(school, pps(), recorded.incident_id, {"days": 2}, actor="t")
    revise_decision(
        school, pps(), recorded.incident_id, {"action": "none", "days": 0}, actor="t", student="S1"
    )
    details = show_incident(school, recorded.incident_id)
    decisions = [p["decision"] for p in details["participants"][:2]]
    assert [(d["action"], d["revision"]) for d in decisions] == [("none", 2), ("none", 1)]
    assert decisions[1]["id"] == recorded.offenders[1].decision_id
    s2 = show_incident(school, recorded.incident_id, student="S2")
    assert s2["student"]["local_id"] == "S2"
    assert [r["revision"] for r in s2["revisions"]] == [1]
    with pytest.raises(NotFoundError, match="'S3' is not an offender"):
        revise_decision(school, pps(), recorded.incident_id, {}, actor="t", student="S3")


def test_a_student_lists_every_incident_with_their_role(school: Log) -> None:
    recorded = record_incident(school, pps(), fight(), actor="t")
    for local_id, role in (("S1", "offender"), ("S2", "offender"), ("S3", "victim")):
        (row,) = list_incidents(school, IncidentFilter(student=local_id))
        assert (row["incident_id"], row["role"]) == (recorded.incident_id, role)
    (found,) = list_incidents(school, IncidentFilter(search="Okafor"))  # the victim's name
    assert found["incident_id"] == recorded.incident_id


def test_voiding_the_incident_voids_it_for_all_and_one_part_for_one(school: Log) -> None:
    recorded = record_incident(school, pps(), fight(), actor="t")
    void_incident(school, recorded.incident_id, "S1 was not there", actor="t", student="S1")
    (row,) = list_incidents(school)  # still listed, now on S2's row
    assert (row["student_id"], row["incident_id"]) == ("S2", recorded.incident_id)
    assert [p["student_id"] for p in row["people"] if p["role"] == "offender"] == ["S2"]
    assert list_incidents(school, IncidentFilter(student="S1")) == []
    void_incident(school, recorded.incident_id, "entered twice", actor="t")
    assert list_incidents(school) == []
    assert list_follow_ups(school) == []  # the victim's support went with it
    with pytest.raises(StoreError, match="already void"):
        void_incident(school, recorded.incident_id, "again", actor="t")


def test_a_witness_found_the_next_day_is_added_and_audited(school: Log) -> None:
    recorded = record_incident(
        school, pps(), fight(participants=fight()["participants"][:2]), actor="t"
    )
    added = add_participants(
        school,
        pps(),
        recorded.incident_id,
        {"participants": [{"student": {"id": "S3"}, "role": "witness"}]},
        actor="vp",
    )
    (participant_id,) = added.participant_ids
    details = show_incident(school, recorded.incident_id)
    assert [p["role"] for p in details["participants"]] == ["offender", "offender", "witness"]
    assert ("participants", participant_id, "insert", "vp") in {
        (a["table_name"], a["row_id"], a["action"], a["actor"]) for a in details["audit"]
    }
    with pytest.raises(CaseError, match="already in the incident"):
        add_participants(
            school,
            pps(),
            recorded.incident_id,
            {"participants": [{"student": {"id": "S1"}, "role": "witness"}]},
            actor="vp",
        )


def test_the_report_counts_one_incident_and_two_offenders(school: Log) -> None:
    record_incident(school, pps(), fight(), actor="t")
    report = discipline_report(school, pps(), date(2026, 11, 1), date(2026, 11, 30))
    assert report["totals"]["incidents"] == 1
    assert report["totals"]["offenders"] == 2
    assert report["totals"]["students"] == 2  # the victim is not counted
    assert report["by_month"]["2026-11"] == 1
    assert report["by_behavior"] == {"fighting": 2}


def test_a_purge_removes_the_participants_with_their_incident(school: Log) -> None:
    record_incident(school, pps(), fight(), actor="t")
    counts, _ = purge_before(school, date(2026, 12, 1), actor="t", today=date(2029, 9, 1))
    assert counts.incidents == 1
    for table in ("incidents", "participants", "follow_ups", "decisions"):
        assert school.db[table].count == 0, table


def test_an_unknown_field_is_named_on_one_line(log: Log) -> None:
    """Found by the fuzzer: a field named by a line break made a message of two lines."""
    add_students(log, ANA)
    data = {
        "incident": {"datetime": "2026-11-18T10:00"},
        "participants": [{"role": "victim", "student": {"id": "S1"}, "\n": None}],
    }
    with pytest.raises(CaseError) as refused:
        record_incident(log, pps(), data, actor="t")
    assert str(refused.value) == "participants[0].'\\n': unknown field for a victim"


def test_the_count_under_the_log_is_the_number_of_incidents_listed(school: Log) -> None:
    """count_incidents, which the window asks for in the background, counts what the list
    shows: an incident with two offenders once, a voided one not, any filter."""
    fought = record_incident(school, pps(), fight(), actor="t")
    record_incident(school, pps(), fight(), actor="t")
    voided = record_incident(school, pps(), fight(), actor="t")
    void_incident(school, voided.incident_id, "entered twice", actor="t")
    void_incident(school, fought.incident_id, "S1 was not there", actor="t", student="S1")
    filters = [
        IncidentFilter(),
        IncidentFilter(student="S1"),
        IncidentFilter(student="S3"),  # the victim
        IncidentFilter(student="nobody"),
        IncidentFilter(search="Okafor"),
        IncidentFilter(type=3),
        IncidentFilter(since=date(2026, 11, 2), until=date(2026, 11, 2)),
        IncidentFilter(each_offender=True),
        IncidentFilter(open_follow_ups=True),
    ]
    counts = [count_incidents(school, where) for where in filters]
    assert counts == [len(list_incidents(school, where)) for where in filters]
    assert counts[0] == 2 and counts[3] == 0 and counts[7] == 3
