"""The wizard's working state: one plain dataclass that every page writes into.

No Qt here, so the draft is saved, restored and turned into a case or a record without a
display. The domain evaluates `to_case()` on every change; only Finish writes to the log.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from disciplinedesk.domain.case import merge_strategies

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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

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
        """The `incidents record` input: the log fills in the student's prior record itself,
        so only the strategies added by hand go in `history`."""
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
