"""The wizard's working state: one plain dataclass that every page writes into.

No Qt here, so the draft is saved, restored and turned into a case or a record without a
display. The domain evaluates `to_case()` on every change; only Finish writes to the log.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from disciplinedesk.domain.case import merge_strategies
from disciplinedesk.store.students import Student

INCIDENT_FLAGS = (
    "staff_involved",
    "bias_based",
    "sex_based",
    "serious_physical_harm",
    "direct_threat_to_safety",
    "threatened_violence",
    "voluntarily_disclosed",
    "substantial_disruption",
    "look_alike_weapon",
    "school_sponsored_event",
    "school_safety_connection",
)

# What is each offender's own in an incident with several: who they are, what they did,
# what was tried with them, the factors and the decision. The rest (when, where, what
# happened, its facts, who decides) is the incident's.
OFFENDER_FIELDS = (
    "student_id",
    "first_name",
    "last_name",
    "in_roster",
    "grade",
    "iep",
    "section_504",
    "sped_referral_pending",
    "family_language",
    "behaviors",
    "extra_strategies",
    "factors",
    "action",
    "days",
    "start_date",
    "grounds",
    "responses",
    "override_reason",
)
OTHER_ROLES = ("victim", "witness", "reporter")


def roster_fields(student: Student) -> dict[str, Any]:
    """A roster student's part of a draft: who they are and the flags the rules need."""
    return {
        "in_roster": True,
        "student_id": student.local_id,
        "first_name": student.first_name,
        "last_name": student.last_name,
        "grade": student.grade,
        "iep": student.iep,
        "section_504": student.section_504,
        "sped_referral_pending": student.sped_referral_pending,
        "family_language": student.family_language,
    }


@dataclass
class Draft:
    draft_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    # The student: from the roster (local id) or entered by hand.
    student_id: str = ""
    first_name: str = ""
    last_name: str = ""
    in_roster: bool = True
    grade: str = ""
    iep: bool = False
    section_504: bool = False
    sped_referral_pending: bool = False
    family_language: str = "en"
    # The incident.
    datetime: str = ""
    location: str = ""
    nexus: str = "on_campus"
    description: str = ""
    reporter: str = ""
    behaviors: list[str] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)
    community_impact: str = "low"
    # Recorded for the record and the state's exports; the rules do not read them.
    weapon: str = ""
    reported_to_law_enforcement: bool = False
    # Context the roster and the log do not know.
    extra_strategies: list[str] = field(default_factory=list)
    # The factors before exclusion (id -> note).
    factors: dict[str, str] = field(default_factory=dict)
    # The decision.
    action: str = "none"
    days: float = 0
    start_date: str = ""
    # For an expulsion: the grounds the administrator records (handbook p.17), never inferred.
    grounds: list[str] = field(default_factory=list)
    responses: list[str] = field(default_factory=list)
    override_reason: str = ""
    decided_by: str = ""
    # Several offenders: each one's OFFENDER_FIELDS, the first being the student found first.
    # The fields above are always the shown offender's (`current`); empty with one offender.
    offenders: list[dict[str, Any]] = field(default_factory=list)
    current: int = 0
    # The others involved: {"role", "student_id", "first_name", "last_name"} for a student of
    # the roster or {"role", "name", "kind"} for a person; a victim's "supports" (ids).
    others: list[dict[str, Any]] = field(default_factory=list)
    # A revision of a recorded decision: the offender's row, and why the decision changes.
    revising: str = ""
    change_reason: str = ""
    # A decision made before the program was used, entered for the prior record: recorded
    # as it was made, with no follow-ups (store.incidents.take_back_entry).
    back_entry: bool = False

    def to_dict(self) -> dict[str, Any]:
        self._keep_shown()
        return asdict(self)

    @classmethod
    def from_record(cls, details: dict[str, Any]) -> Draft:
        """A draft that revises a recorded decision (`store.incidents.show_incident`): the
        case as it was decided, and the current decision to change."""
        incident, student = details["incident"], details["student"]
        current = [r for r in details["revisions"] if not r["superseded_at"]][-1]
        case = current["case"]
        facts = case["incident"]
        return cls(
            revising=incident["id"],
            student_id=student["local_id"],
            first_name=student["first_name"],
            last_name=student["last_name"],
            grade=case["student"]["grade"],
            iep=bool(case["student"].get("iep")),
            section_504=bool(case["student"].get("section_504")),
            sped_referral_pending=bool(case["student"].get("sped_referral_pending")),
            family_language=student["family_language"],
            datetime=facts["datetime"],
            location=incident["location"],
            nexus=facts.get("nexus", "on_campus"),
            description=incident["description"],
            reporter=incident["reporter"],
            behaviors=list(facts["behaviors"]),
            flags={flag: True for flag in INCIDENT_FLAGS if facts.get(flag)},
            community_impact=facts.get("community_impact", "low"),
            weapon=facts.get("weapon") or "",
            reported_to_law_enforcement=bool(facts.get("reported_to_law_enforcement")),
            factors=dict(case.get("factors", {})),
            action=current["action"],
            days=float(current["days"]),
            start_date=current["start_date"] or "",
            grounds=list((case.get("proposed") or {}).get("grounds", [])),
            responses=list(current["responses_chosen"]),
            override_reason=current["override_reason"],
            decided_by=current["decided_by"],
        )

    def revision_changes(self) -> dict[str, Any]:
        """The `incidents revise` input of this draft's decision."""
        changes: dict[str, Any] = {
            "action": self.action,
            "days": self.days,
            "responses": list(self.responses),
            "override_reason": self.override_reason,
            "decided_by": self.decided_by,
            "grounds": list(self.grounds),
            "change_reason": self.change_reason,
        }
        if self.start_date:
            changes["date"] = self.start_date
        return changes

    # -- several offenders -----------------------------------------------------------------

    def offender_fields(self) -> dict[str, Any]:
        return {name: copy.deepcopy(getattr(self, name)) for name in OFFENDER_FIELDS}

    def _keep_shown(self) -> None:
        if self.offenders:
            self.offenders[self.current] = self.offender_fields()

    def all_offenders(self) -> list[dict[str, Any]]:
        """Every offender's own fields, in the order they were added."""
        self._keep_shown()
        return [copy.deepcopy(o) for o in self.offenders] or [self.offender_fields()]

    def show_offender(self, index: int) -> None:
        """Make offender `index` the one the pages show and edit."""
        self._keep_shown()
        if not self.offenders:
            self.offenders = [self.offender_fields()]
        for name, value in copy.deepcopy(self.offenders[index]).items():
            setattr(self, name, value)
        self.current = index

    def add_offender(self, student: dict[str, Any]) -> int:
        """Another student who did something: their own decision starts at no action, with
        the behaviors of the one shown (both were fighting) to change as needed."""
        self._keep_shown()
        if not self.offenders:
            self.offenders = [self.offender_fields()]
        blank = Draft()
        slot = {name: copy.deepcopy(getattr(blank, name)) for name in OFFENDER_FIELDS}
        slot.update(student, behaviors=list(self.behaviors))
        self.offenders.append(slot)
        return len(self.offenders) - 1

    def share_behaviors(self) -> None:
        """Offenders with no behavior yet start with those of the one shown (both were
        fighting); each can then be changed on its own."""
        self._keep_shown()
        for slot in self.offenders:
            if not slot["behaviors"]:
                slot["behaviors"] = list(self.behaviors)

    def remove_offender(self, index: int) -> None:
        """Take a further offender out (never the first, who is the student found first)."""
        if index <= 0 or index >= len(self.offenders):
            return
        self._keep_shown()
        shown = self.current
        del self.offenders[index]
        self.current = 0 if shown == index else shown - (shown > index)
        self.show_offender(self.current)
        if len(self.offenders) == 1:
            self.offenders = []

    def offender_draft(self, index: int) -> Draft:
        """A one-offender draft of offender `index`: the incident's fields and theirs."""
        single = copy.deepcopy(self)
        single.show_offender(index)
        single.offenders, single.current, single.others = [], 0, []
        return single

    def involved_ids(self) -> set[str]:
        """The school ids of every student already in the incident (one role each)."""
        ids = {o["student_id"] for o in self.all_offenders() if o["student_id"]}
        return ids | {o["student_id"] for o in self.others if o.get("student_id")}

    def is_single(self) -> bool:
        return len(self.all_offenders()) == 1 and not self.others

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def student_part(self) -> dict[str, Any]:
        part: dict[str, Any] = {
            "grade": self.grade,
            "iep": self.iep,
            "section_504": self.section_504,
            "sped_referral_pending": self.sped_referral_pending,
            "family_language": self.family_language,
        }
        if self.student_id:
            part["id"] = self.student_id
        return part

    def to_case(self, history: dict[str, Any] | None = None) -> dict[str, Any]:
        """The evaluate case. `history` is the prior record the log computed for the student;
        strategies the user adds are merged in."""
        merged = dict(history or {})
        if self.extra_strategies:
            merged["strategies_tried"] = merge_strategies(
                merged.get("strategies_tried", []), self.extra_strategies
            )
        case: dict[str, Any] = {
            "student": {k: v for k, v in self.student_part().items() if k != "id"},
            "incident": {
                "datetime": self.datetime,
                "behaviors": list(self.behaviors),
                "nexus": self.nexus,
                "community_impact": self.community_impact,
                "reported_to_law_enforcement": self.reported_to_law_enforcement,
                **({"weapon": self.weapon} if self.weapon else {}),
                **{flag: bool(self.flags.get(flag)) for flag in INCIDENT_FLAGS},
            },
            "history": merged,
            "factors": {k: v for k, v in self.factors.items() if v.strip()},
            "proposed": {"action": self.action, "days": self.days},
        }
        if self.start_date:
            case["proposed"]["date"] = self.start_date
        if self.grounds:
            case["proposed"]["grounds"] = list(self.grounds)
        return case

    def to_record(self) -> dict[str, Any]:
        """The `incidents record` input: one student's case, or the incident with its
        participants when several people were involved."""
        mark = {"back_entry": True} if self.back_entry else {}
        if self.is_single():
            return {**self.offender_draft(0).single_record(), **mark}
        shared = self.single_record()["incident"]
        shared.pop("behaviors")
        participants: list[dict[str, Any]] = []
        for index in range(len(self.all_offenders())):
            one = self.offender_draft(index).single_record()
            entry: dict[str, Any] = {
                "student": {"id": one["student"]["id"]},
                "role": "offender",
                "behaviors": one["incident"]["behaviors"],
                "factors": one["factors"],
                "decision": one["decision"],
            }
            if one["history"]:
                entry["history"] = one["history"]
            participants.append(entry)
        for other in self.others:
            who: dict[str, Any] = (
                {"student": {"id": other["student_id"]}}
                if other.get("student_id")
                else {"person": {"name": other["name"], "kind": other.get("kind", "other")}}
            )
            entry = {**who, "role": other["role"]}
            if other["role"] == "victim" and other.get("supports"):
                entry["supports"] = list(other["supports"])
            participants.append(entry)
        return {**mark, "incident": shared, "participants": participants}

    def single_record(self) -> dict[str, Any]:
        """One student's `incidents record` input: the log fills in the student's prior
        record itself, so only the strategies added by hand go in `history`."""
        case = self.to_case()
        case["student"] = self.student_part()
        case["history"] = (
            {"strategies_tried": list(self.extra_strategies)} if self.extra_strategies else {}
        )
        case["incident"].update(
            {"description": self.description, "location": self.location, "reporter": self.reporter}
        )
        proposed = case.pop("proposed")
        case["decision"] = {
            **proposed,
            "responses": list(self.responses),
            "override_reason": self.override_reason,
            "decided_by": self.decided_by,
        }
        return case
