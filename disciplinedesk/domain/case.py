"""The case: everything a decision depends on, as the engine's public input contract.

Parsing is done by pydantic so that the JSON Schema in docs/ is generated from the same
models that check the input. Ids (behaviors, responses, factors) are checked against the
policy pack passed in the validation context, so an unknown id is reported at its place in
the input ("incident.behaviors[1]: unknown behavior 'fight'").
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    NonNegativeInt,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from disciplinedesk.domain.errors import CaseError, first_validation_message
from disciplinedesk.domain.languages import LANGUAGE_NAMES
from disciplinedesk.domain.pack import PolicyPack

GRADES: tuple[str, ...] = ("PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
Action = Literal[
    "none",
    "in_school_suspension",
    "out_of_school_suspension",
    "rest_of_day_suspension",
    "emergency_suspension",
    "hearing",
    "expulsion",
    "delayed_expulsion",
]
Nexus = Literal["on_campus", "school_event", "to_from_school", "off_campus"]
Impact = Literal["low", "moderate", "substantial"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _pack(info: ValidationInfo) -> PolicyPack | None:
    context = info.context
    if isinstance(context, dict):
        pack = context.get("pack")
        if isinstance(pack, PolicyPack):
            return pack
    return None


def _check_ids(values: list[str], known: set[str] | frozenset[str], what: str, hint: str) -> list[str]:
    for value in values:
        if value not in known:
            raise ValueError(f"unknown {what} {value!r} ({hint})")
    return values


class Student(_Part):
    id: str | None = Field(default=None, description="The school's own student id, to look up the log.")
    grade: str = Field(description='Grade: "PK", "K" or "1" to "12".', json_schema_extra={"enum": list(GRADES)})
    iep: bool = False
    section_504: bool = False
    sped_referral_pending: bool = False
    family_language: str = Field(default="en", description="ISO 639-1 code of the family's language.")

    @field_validator("grade", mode="before")
    @classmethod
    def _grade(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            normal = value.strip().upper()
            if normal in GRADES:
                return normal
            raise ValueError(f"{value!r} is not a grade; use PK, K or 1 to 12")
        return value

    @field_validator("family_language", mode="before")
    @classmethod
    def _language(cls, value: Any) -> Any:
        if isinstance(value, str):
            normal = value.strip().lower()
            if normal not in LANGUAGE_NAMES:
                raise ValueError(f"{value!r} is not an ISO 639-1 language code (such as en, es, so)")
            return normal
        return value

    @property
    def has_disability_status(self) -> bool:
        return self.iep or self.section_504 or self.sped_referral_pending


class SubstanceCounts(_Part):
    use_or_possession: NonNegativeInt = 0
    transfer: NonNegativeInt = 0
    distribution: NonNegativeInt = 0


class PriorIncident(_Part):
    date: dt.date
    behaviors: list[str] = []

    @field_validator("behaviors")
    @classmethod
    def _known(cls, value: list[str], info: ValidationInfo) -> list[str]:
        pack = _pack(info)
        if pack is None:
            return value
        return _check_ids(value, set(pack.behavior_by_id), "behavior", "see `disciplinedesk behaviors`")


class History(_Part):
    exclusion_days_this_year: NonNegativeFloat = 0
    strategies_tried: list[str] = Field(default=[], description="Response ids already tried this year.")
    substance_violations: SubstanceCounts = SubstanceCounts()
    prior_incidents: list[PriorIncident] = []

    @field_validator("strategies_tried")
    @classmethod
    def _known(cls, value: list[str], info: ValidationInfo) -> list[str]:
        pack = _pack(info)
        if pack is None:
            return value
        return _check_ids(value, set(pack.response_by_id), "response", "strategies are response ids")


class Incident(_Part):
    datetime: dt.datetime = Field(description='"YYYY-MM-DDTHH:MM", local time.')
    behaviors: list[str] = Field(min_length=1, description="Behavior ids from the policy pack.")
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

    @field_validator("datetime", mode="before")
    @classmethod
    def _local_minutes(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date and time as YYYY-MM-DDTHH:MM") from None
            if parsed.tzinfo is not None:
                raise ValueError(f"{value!r}: give the school's local time without a time zone")
            return parsed.replace(second=0, microsecond=0)
        return value

    @field_validator("behaviors")
    @classmethod
    def _known(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a behavior is listed twice")
        pack = _pack(info)
        if pack is None:
            return value
        return _check_ids(value, set(pack.behavior_by_id), "behavior", "see `disciplinedesk behaviors`")

    @property
    def date(self) -> dt.date:
        return self.datetime.date()


class Calendar(_Part):
    non_school_days: list[dt.date] = []
    last_senior_day: dt.date | None = None


class Proposed(_Part):
    action: Action
    days: NonNegativeFloat = Field(
        default=0,
        description="School days for suspensions (beyond the day itself for rest of day); calendar days for expulsion.",
    )
    date: dt.date | None = Field(default=None, description="First day of the action, or the date of the decision.")


    @field_validator("days")
    @classmethod
    def _half_days(cls, value: float) -> float:
        if (value * 2) != int(value * 2):
            raise ValueError(f"{value:g} days: give whole or half days")
        return value


class Case(_Part):
    student: Student
    history: History = History()
    incident: Incident
    calendar: Calendar = Calendar()
    factors: dict[str, str] = Field(default={}, description="Factor id to the note on how it was considered.")
    proposed: Proposed | None = None

    @field_validator("factors")
    @classmethod
    def _known(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        pack = _pack(info)
        if pack is None:
            return value
        _check_ids(list(value), set(pack.factor_ids), "factor", "see the ten factors, handbook p.17")
        return value

    def considered_factors(self) -> set[str]:
        return {key for key, note in self.factors.items() if note.strip()}


def parse_case(data: Any, pack: PolicyPack) -> Case:
    """Validate a decoded JSON object into a Case; a problem raises CaseError with one line."""
    if not isinstance(data, dict):
        raise CaseError("the case must be a JSON object with student and incident")
    try:
        return Case.model_validate(data, context={"pack": pack})
    except ValidationError as error:
        raise CaseError(first_validation_message(error.errors())) from error


def parse_case_json(text: str | bytes, pack: PolicyPack) -> Case:
    try:
        return Case.model_validate_json(text, context={"pack": pack})
    except ValidationError as error:
        errors = error.errors()
        if errors and errors[0]["type"] == "json_invalid":
            raise CaseError(f"not valid JSON: {errors[0]['msg']}") from error
        raise CaseError(first_validation_message(errors)) from error
