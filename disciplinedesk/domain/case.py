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

from disciplinedesk.domain import json_input
from disciplinedesk.domain.errors import CaseError, explain_validation_error
from disciplinedesk.domain.languages import LANGUAGE_NAMES
from disciplinedesk.domain.pack import Action, PolicyPack

GRADES: tuple[str, ...] = ("PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
Nexus = Literal["on_campus", "school_event", "to_from_school", "off_campus"]
Impact = Literal["low", "moderate", "substantial"]
# The kinds of weapon a record can name (Ed-Fi's default WeaponDescriptor values, as ids).
Weapon = Literal[
    "handgun",
    "rifle_shotgun",
    "other_firearm",
    "knife",
    "other_sharp_objects",
    "club",
    "other_object",
    "substance_used_as_weapon",
    "other",
    "unknown",
]
# Bounds past which a number means nothing for a school (and would overflow date arithmetic):
# ten thousand days is decades; a student has no thousand substance violations.
MAX_DAYS = 10_000
MAX_COUNT = 1_000
NonNegative = Annotated[float, msgspec.Meta(ge=0, le=MAX_DAYS)]
NonNegativeInt = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
# Dates a school record can carry: anything else is a typing slip (0026 for 2026) or an attack
# on date arithmetic (9999-12-31 plus a day overflows).
FIRST_DATE = dt.date(2000, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)
# A proposal's date is on or after the incident, and within this many days of it.
MAX_DECISION_DELAY_DAYS = 366
# Ids in messages are cut to this length: a hostile id must not flood a terminal.
_ID_SHOWN = 40


def _doc(text: str) -> msgspec.Meta:
    return msgspec.Meta(description=text)


def check_date_range(value: dt.date, where: str) -> None:
    """Refuse dates outside FIRST_DATE..LAST_DATE with the field's name."""
    if not FIRST_DATE <= value <= LAST_DATE:
        raise ValueError(
            f"{where}: {value.isoformat()} is outside the dates a school record can carry "
            f"({FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()})"
        )


def shown_id(value: object) -> str:
    """An id as a message shows it: quoted, and cut short when it is very long."""
    text = repr(value)
    return text if len(text) <= _ID_SHOWN else f"{text[: _ID_SHOWN - 4]}...{text[-1]}"


def shown_field(name: str) -> str:
    """A field's name in a message path ("decision.days"): as written when it is a name,
    quoted (a line break or a control character escaped) when it is anything else, so that
    a message stays one line."""
    return name if name.isidentifier() else shown_id(name)


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
    exclusion_days: Annotated[
        NonNegative,
        _doc(
            "School days of suspension this incident's decision excluded the student this school year."
        ),
    ] = 0

    def __post_init__(self) -> None:
        check_date_range(self.date, "date")


class StrategyTried(_Part, frozen=True, kw_only=True):
    """A strategy from the log: the response, and the behaviors of the incident it answered."""

    response: str
    behaviors: Annotated[
        list[str], _doc("The behaviors it answered; empty: this incident's behavior.")
    ] = []
    date: dt.date | None = None

    def __post_init__(self) -> None:
        if self.date is not None:
            check_date_range(self.date, "date")


class History(_Part, frozen=True, kw_only=True):
    exclusion_days_this_year: NonNegative = 0
    strategies_tried: Annotated[
        list[str | StrategyTried],
        _doc(
            "Strategies tried this year: a response id (tried in response to this behavior) "
            "or {response, behaviors, date} for one tried in response to an earlier incident."
        ),
    ] = []
    substance_violations: SubstanceCounts = SubstanceCounts()
    prior_incidents: list[PriorIncident] = []

    def strategy_ids(self) -> list[str]:
        """Every response tried this year, whatever it answered, without repeats."""
        return list(dict.fromkeys(strategy_id(entry) for entry in self.strategies_tried))

    def strategies_for(self, behaviors: Iterable[str]) -> set[str]:
        """The responses tried in response to one of `behaviors` (p.19: "in response to the
        behavior"); a bare id was entered for this incident's behavior."""
        wanted = set(behaviors)
        return {
            entry if isinstance(entry, str) else entry.response
            for entry in self.strategies_tried
            if isinstance(entry, str) or not entry.behaviors or wanted & set(entry.behaviors)
        }


def strategy_id(entry: str | StrategyTried | dict[str, Any]) -> str:
    """The response id of a strategy entry, parsed or as JSON data."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        return str(entry.get("response", ""))
    return entry.response


def merge_strategies(*lists: Iterable[Any]) -> list[Any]:
    """Strategy entries (ids or objects, as JSON data) from several sources, without repeats."""
    import json

    merged: dict[str, Any] = {}
    for entries in lists:
        for entry in entries:
            merged.setdefault(json.dumps(entry, sort_keys=True, default=str), entry)
    return list(merged.values())


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
    # Recorded facts the rules do not read, for the record and the state's exports.
    weapon: Annotated[
        Weapon | None, _doc("The weapon, when a weapon or firearm behavior is recorded.")
    ] = None
    reported_to_law_enforcement: Annotated[
        bool, _doc("The incident was reported to the police (p.25-26: firearms must be).")
    ] = False

    def __post_init__(self) -> None:
        try:
            parsed = dt.datetime.fromisoformat(self.datetime)
        except ValueError:
            raise ValueError(
                f"datetime: {shown_id(self.datetime)} is not a date and time as YYYY-MM-DDTHH:MM"
            ) from None
        if "T" not in self.datetime.upper() and " " not in self.datetime.strip():
            raise ValueError(
                f"datetime: {self.datetime!r} has no time of day; give YYYY-MM-DDTHH:MM "
                "(the clocks of threat deadlines start then)"
            )
        if parsed.tzinfo is not None:
            raise ValueError(f"datetime: {self.datetime!r}: give local time without a time zone")
        check_date_range(parsed.date(), "datetime")
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

    def __post_init__(self) -> None:
        for index, day in enumerate(self.non_school_days):
            check_date_range(day, f"non_school_days[{index}]")
        if self.last_senior_day is not None:
            check_date_range(self.last_senior_day, "last_senior_day")


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
    grounds: Annotated[
        list[str],
        _doc(
            "For an expulsion: the grounds the administrator records (handbook p.17), ids of "
            "the pack's expulsion_grounds."
        ),
    ] = []

    def __post_init__(self) -> None:
        if self.days * 2 != int(self.days * 2):
            raise ValueError(f"days: {self.days:g} days: give whole or half days")
        if self.date is not None:
            check_date_range(self.date, "date")
        if len(set(self.grounds)) != len(self.grounds):
            raise ValueError("grounds: a ground is listed twice")


class Case(_Part, frozen=True, kw_only=True):
    student: Student
    incident: Incident
    history: History = History()
    calendar: Calendar = Calendar()
    factors: Annotated[
        dict[str, str], _doc("Factor id to the note on how it was considered (handbook p.17).")
    ] = {}
    proposed: Proposed | None = None

    def __post_init__(self) -> None:
        proposed = self.proposed
        if proposed is None or proposed.date is None:
            return
        incident_date = self.incident.date
        if proposed.date < incident_date:
            raise ValueError(
                f"proposed.date: {proposed.date.isoformat()} is before the incident "
                f"({incident_date.isoformat()}); an action starts on or after it"
            )
        if (proposed.date - incident_date).days > MAX_DECISION_DELAY_DAYS:
            raise ValueError(
                f"proposed.date: {proposed.date.isoformat()} is more than "
                f"{MAX_DECISION_DELAY_DAYS} days after the incident ({incident_date.isoformat()})"
            )

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
    """Decode and validate one JSON document straight into a Case (the fast path for batches),
    after the strict checks msgspec does not make (duplicate keys, depth)."""
    text = json_input.as_text(text)
    json_input.check_structure(text)
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
    try:
        json_input.load(text)
    except CaseError as error:
        return str(error)
    return "not valid JSON"


def check_ids(case: Case, pack: PolicyPack) -> None:
    """Every id in the case must be one the pack defines, and the proposal must fit its action."""

    def behaviors(values: Iterable[str], where: str) -> None:
        _known(values, pack.behavior_by_id, where, "behavior", "see `disciplinedesk behaviors`")

    def response(value: str, where: str) -> None:
        _known(
            [value],
            pack.response_by_id,
            where,
            "response",
            "strategies are response ids",
            index=False,
        )

    behaviors(case.incident.behaviors, "incident.behaviors")
    for i, prior in enumerate(case.history.prior_incidents):
        behaviors(prior.behaviors, f"history.prior_incidents[{i}].behaviors")
    for i, entry in enumerate(case.history.strategies_tried):
        where = f"history.strategies_tried[{i}]"
        if isinstance(entry, str):
            response(entry, where)
        else:
            response(entry.response, f"{where}.response")
            behaviors(entry.behaviors, f"{where}.behaviors")
    _known(case.factors, pack.factor_ids, "factors", "factor", "the ten factors of handbook p.17")
    if case.proposed is not None:
        _check_proposal(case.proposed, pack)


def _check_proposal(proposed: Proposed, pack: PolicyPack) -> None:
    action = pack.actions[proposed.action]
    if proposed.days and action.kind in ("none", "hearing"):
        raise CaseError(
            f"proposed.days: {proposed.days:g} given, but {proposed.action!r} has no days "
            "(leave days out or give 0)"
        )
    grounds = pack.expulsion_ground_ids
    _known(proposed.grounds, grounds, "proposed.grounds", "ground", f"one of {', '.join(grounds)}")
    if proposed.grounds and action.kind != "expulsion":
        raise CaseError(
            f"proposed.grounds: grounds are recorded for an expulsion, not for {proposed.action!r}"
        )


def _known(
    values: Iterable[str], known: Any, where: str, what: str, hint: str, *, index: bool = True
) -> None:
    for position, value in enumerate(values):
        if value not in known:
            at = f"{where}[{position}]" if index else where
            raise CaseError(f"{at}: unknown {what} {shown_id(value)} ({hint})")
