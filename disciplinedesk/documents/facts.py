"""What a printed document says, gathered from one recorded decision (plain data, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class School:
    """Who the family writes to or calls: the letterhead and the letter's last words."""

    name: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""


@dataclass(frozen=True)
class DecisionFacts:
    school: str
    incident_id: str
    student_name: str
    student_id: str
    grade: str
    iep: bool
    section_504: bool
    sped_referral_pending: bool
    family_language: str
    occurred_at: datetime
    location: str
    description: str
    behaviors: tuple[str, ...]
    action: str
    days: float
    start_date: date | None
    responses_chosen: tuple[str, ...]
    responses_suggested: tuple[str, ...]
    override_reason: str
    decided_by: str
    decided_at: str
    revision: int
    case: dict[str, Any]
    result: dict[str, Any]
    follow_ups: tuple[dict[str, Any], ...]
    comparison: dict[str, Any] | None = None
    # The others involved, for the school's own summary ("victim: Okafor Cy (S3)"); a family
    # letter never reads it.
    others: tuple[str, ...] = ()
    contact: School = School()
    # A decision made before the program was used, entered later for the prior record.
    back_entry: bool = False

    @classmethod
    def from_record(
        cls, details: dict[str, Any], *, school: str, contact: School = School()
    ) -> DecisionFacts:
        """From `store.incidents.show_incident(...)`; the current revision is printed."""
        incident, student = details["incident"], details["student"]
        decision = details["revisions"][-1]
        return cls(
            school=school,
            incident_id=incident["id"],
            student_name=f"{student['first_name']} {student['last_name']}".strip(),
            student_id=student["local_id"],
            grade=student["grade"],
            iep=bool(decision["case"]["student"].get("iep")),
            section_504=bool(decision["case"]["student"].get("section_504")),
            sped_referral_pending=bool(decision["case"]["student"].get("sped_referral_pending")),
            family_language=student["family_language"],
            occurred_at=datetime.fromisoformat(incident["occurred_at"]),
            location=incident["location"],
            description=incident["description"],
            behaviors=tuple(incident["behaviors"]),
            action=decision["action"],
            days=float(decision["days"]),
            start_date=date.fromisoformat(decision["start_date"])
            if decision["start_date"]
            else None,
            responses_chosen=tuple(decision["responses_chosen"]),
            responses_suggested=tuple(decision["responses_suggested"]),
            override_reason=decision["override_reason"],
            decided_by=decision["decided_by"],
            decided_at=decision["decided_at"],
            revision=int(decision["revision"]),
            case=decision["case"],
            result=decision["result"],
            follow_ups=tuple(f for f in decision["follow_ups"] if not f["cancelled_at"]),
            comparison=decision.get("comparison"),
            others=tuple(
                _involved(p)
                for p in details.get("participants", [])
                if p.get("record_id") != incident["id"] and not p.get("voided_at")
            ),
            contact=contact,
            back_entry=bool(incident.get("back_entry")),
        )

    def deadline(self, deadline_id: str) -> str | None:
        for item in self.result.get("deadlines", []):
            if item["id"] == deadline_id:
                return str(item["due"])
        return None


def _involved(participant: dict[str, Any]) -> str:
    student = participant.get("student")
    who = (
        f"{student['last_name']} {student['first_name']} ({student['local_id']})"
        if student
        else f"{participant['person']['name']} ({participant['person']['kind']})"
    )
    return f"{participant['role']}: {who}"


@dataclass(frozen=True)
class SupportFacts:
    """What the letter to a harmed student's family says: the supports the school will
    give, and nothing about any other student or their discipline."""

    school: str
    incident_id: str
    student_name: str
    student_id: str
    family_language: str
    occurred_at: datetime
    supports: tuple[tuple[str, date], ...]  # (support id, due)
    signed_by: str
    contact: School = School()

    @classmethod
    def from_record(
        cls,
        details: dict[str, Any],
        participant: dict[str, Any],
        *,
        school: str,
        contact: School = School(),
    ) -> SupportFacts:
        """From `show_incident(...)` and one of its victims."""
        student = participant["student"]
        decisions = [p["decision"] for p in details["participants"] if p.get("decision")]
        return cls(
            school=school,
            incident_id=details["incident"]["shared_id"],
            student_name=f"{student['first_name']} {student['last_name']}".strip(),
            student_id=student["local_id"],
            family_language=student["family_language"],
            occurred_at=datetime.fromisoformat(details["incident"]["occurred_at"]),
            supports=tuple(
                (f["kind"].removeprefix("support."), date.fromisoformat(f["due"][:10]))
                for f in participant.get("follow_ups", [])
                if not f["cancelled_at"]
            ),
            signed_by=decisions[0]["decided_by"] if decisions else "",
            contact=contact,
        )
