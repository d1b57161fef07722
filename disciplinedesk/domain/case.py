"""The case: everything a decision depends on, as the engine's public input contract.

Parsing is done by msgspec so that the JSON Schema in docs/ is generated from the same
types that check the input, and so that a batch of thousands of cases stays fast. Ids
(behaviors, responses, factors) are then checked against the policy pack, so an unknown
id is reported at its place in the input ("incident.behaviors[1]: unknown behavior 'fight'").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any, Literal

import msgspec
from msgspec.structs import force_setattr

from disciplinedesk.domain.errors import CaseError, explain_validation_error
from disciplinedesk.domain.languages import LANGUAGE_NAMES
from disciplinedesk.domain.pack import Action, PolicyPack

GRADES: tuple[str, ...] = ("PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
Nexus = Literal["on_campus", "school_event", "to_from_school", "off_campus"]
Impact = Literal["low", "moderate", "substantial"]
NonNegative = Annotated[float, msgspec.Meta(ge=0)]
NonNegativeInt = Annotated[int, msgspec.Meta(ge=0)]


def _doc(text: str) -> msgspec.Meta:
    return msgspec.Meta(description=text)


class _Part(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class Student(_Part, frozen=True, kw_only=True):
    grade: Annotated[str, _doc('Grade: "PK", "K" or "1" to "12".')]
    id: Annotated[str | None, _doc("The school's own student id, to look up the log.")] = None
    iep: bool = False
    section_504: bool = False
    sped_referral_pending: bool = False
    family_language: Annotated[str, _doc("ISO 639-1 code of the family's language.")] = "en"

    def __post_init__(self) -> None:
        grade = self.grade.strip().upper()
        if grade not in GRADES:
            raise ValueError(f"grade: {self.grade!r} is not a grade; use PK, K or 1 to 12")
        force_setattr(self, "grade", grade)
        language = self.family_language.strip().lower()
        if language not in LANGUAGE_NAMES:
            raise ValueError(
                f"family_language: {self.family_language!r} is not an ISO 639-1 language code (such as en, es, so)"
            )
        force_setattr(self, "family_language", language)


class SubstanceCounts(_Part, frozen=True, kw_only=True):
    use_or_possession: NonNegativeInt = 0
    transfer: NonNegativeInt = 0
    distribution: NonNegativeInt = 0


class PriorIncident(_Part, frozen=True, kw_only=True):
    date: dt.date
    behaviors: list[str] = []


class History(_Part, frozen=True, kw_only=True):
    exclusion_days_this_year: NonNegative = 0
    strategies_tried: Annotated[list[str], _doc("Response ids already tried this year.")] = []
    substance_violations: SubstanceCounts = SubstanceCounts()
    prior_incidents: list[PriorIncident] = []


class Incident(_Part, frozen=True, kw_only=True):
    datetime: Annotated[str, _doc('"YYYY-MM-DDTHH:MM", the school\'s local time.')]
    behaviors: Annotated[
        list[str], msgspec.Meta(min_length=1, description="Behavior ids from the policy pack.")
    ]
    nexus: Nexus = "on_campus"
    substantial_disruption: bool = False
    staff_involved: bool = False
    bias_based: bool = False
    sex_based: bool = False
    voluntarily_disclosed: bool = False
    serious_physical_harm: bool = False
    direct_threat_to_safety: bool = False
    threatened_violence: bool = False
    look_alike_weapon: bool = False
    school_sponsored_event: bool = False
    school_safety_connection: bool = False
    community_impact: Impact = "low"

    def __post_init__(self) -> None:
        try:
            parsed = dt.datetime.fromisoformat(self.datetime)
        except ValueError:
            raise ValueError(
                f"datetime: {self.datetime!r} is not a date and time as YYYY-MM-DDTHH:MM"
            ) from None
        if parsed.tzinfo is not None:
            raise ValueError(f"datetime: {self.datetime!r}: give local time without a time zone")
        force_setattr(self, "datetime", parsed.isoformat(timespec="minutes"))
        if len(set(self.behaviors)) != len(self.behaviors):
            raise ValueError("behaviors: a behavior is listed twice")

    @property
    def at(self) -> dt.datetime:
        """The incident's local date and time (the input string, parsed)."""
        return dt.datetime.fromisoformat(self.datetime)

    @property
    def date(self) -> dt.date:
        return self.at.date()


class Calendar(_Part, frozen=True, kw_only=True):
    non_school_days: list[dt.date] = []
    last_senior_day: dt.date | None = None


class Proposed(_Part, frozen=True, kw_only=True):
    action: Action
    days: Annotated[
        NonNegative,
        _doc(
            "School days for suspensions (for rest of day: additional days after it); "
            "calendar days for an expulsion. Whole or half days."
        ),
    ] = 0
    date: Annotated[
        dt.date | None, _doc("First day of the action, or the date of the decision.")
    ] = None

    def __post_init__(self) -> None:
        if self.days * 2 != int(self.days * 2):
            raise ValueError(f"days: {self.days:g} days: give whole or half days")


class Case(_Part, frozen=True, kw_only=True):
    student: Student
    incident: Incident
    history: History = History()
    calendar: Calendar = Calendar()
    factors: Annotated[
        dict[str, str], _doc("Factor id to the note on how it was considered (handbook p.17).")
    ] = {}
    proposed: Proposed | None = None

    def considered_factors(self) -> set[str]:
        return {key for key, note in self.factors.items() if note.strip()}


def parse_case(data: Any, pack: PolicyPack) -> Case:
    """Validate decoded JSON into a Case; a problem raises CaseError with one line."""
    if not isinstance(data, dict):
        raise CaseError("the case must be a JSON object with student and incident")
    try:
        case = msgspec.convert(data, Case)
    except msgspec.ValidationError as error:
        raise CaseError(explain_validation_error(error)) from None
    check_ids(case, pack)
    return case


def decode_case_json(text: str | bytes, pack: PolicyPack) -> Case:
    """Decode and validate one JSON document straight into a Case (the fast path for batches)."""
    try:
        case = msgspec.json.decode(text, type=Case)
    except msgspec.ValidationError as error:
        raise CaseError(explain_validation_error(error)) from None
    except msgspec.DecodeError:
        raise CaseError(describe_json_syntax_error(text)) from None
    check_ids(case, pack)
    return case


def describe_json_syntax_error(text: str | bytes) -> str:
    """Where JSON is malformed, in the standard library's words (line and column)."""
    import json

    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
    except UnicodeDecodeError:
        return "not UTF-8 text"
    return "not valid JSON"


def check_ids(case: Case, pack: PolicyPack) -> None:
    """Every id in the case must be one the pack defines."""
    behaviors = pack.behavior_by_id
    _known(
        case.incident.behaviors,
        behaviors,
        "incident.behaviors",
        "behavior",
        "see `disciplinedesk behaviors`",
    )
    for i, prior in enumerate(case.history.prior_incidents):
        _known(
            prior.behaviors,
            behaviors,
            f"history.prior_incidents[{i}].behaviors",
            "behavior",
            "see `disciplinedesk behaviors`",
        )
    _known(
        case.history.strategies_tried,
        pack.response_by_id,
        "history.strategies_tried",
        "response",
        "strategies are response ids",
    )
    _known(case.factors, pack.factor_ids, "factors", "factor", "the ten factors of handbook p.17")


def _known(values: Iterable[str], known: Any, where: str, what: str, hint: str) -> None:
    for index, value in enumerate(values):
        if value not in known:
            raise CaseError(f"{where}[{index}]: unknown {what} {value!r} ({hint})")
