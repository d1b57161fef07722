"""The policy pack: a district's handbook as data (behaviors, responses, limits, rule texts).

The pack is validated when it is loaded, so a malformed pack is refused at start with a
message naming the file, the entry and the problem, never discovered mid-decision. The
schema is documented in docs/policy-pack.md; another district writes against that, not
against this module's internals.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import tzinfo
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import msgspec

from disciplinedesk.domain.errors import PackError, explain_validation_error
from disciplinedesk.domain.languages import language_name as english_language_name
from disciplinedesk.domain.pack_files import default_pack_path

Column = Literal["no", "possible", "yes"]
Severity = Literal["block", "required", "consult", "warning", "info"]
ActionKind = Literal["none", "suspension", "hearing", "expulsion"]
SubstanceKind = Literal["use_or_possession", "transfer", "distribution"]
SubstanceLevel = Literal["A", "B", "C"]
SuspensionLimit = Literal["rest_of_day", "rest_of_day_plus_one", "under_ten_days"]
BehaviorFlag = Literal[
    "attendance",
    "staff_consult",
    "threat",
    "firearm",
    "items_held",
    "civil_rights",
    "sexual_assault",
    "sirc",
    "sirc_if_sex_based",
    "look_alike",
    "harms_others",
    "bias_district_notice",
]
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
ACTION_IDS: tuple[str, ...] = get_args(Action)
SEVERITIES: tuple[Severity, ...] = ("block", "required", "consult", "warning", "info")
LEVEL_ORDER: dict[str, int] = {"A": 1, "B": 2, "C": 3}
Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_]+$")]
Count = Annotated[int, msgspec.Meta(ge=1)]


class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class PackInfo(_Strict, frozen=True, kw_only=True):
    id: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_-]+$")]
    version: str
    name: str
    short_name: str
    district: str
    language: str = "en"
    # The school's time zone (an IANA name): clock deadlines ("within 12 hours") are elapsed
    # hours, which across a daylight-saving change are not the same count of wall-clock hours.
    timezone: str = "UTC"

    def __post_init__(self) -> None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"timezone: {self.timezone!r} is not a time zone name (such as America/Los_Angeles)"
            ) from None


class Grades(_Strict, frozen=True, kw_only=True):
    all: tuple[str, ...]
    elementary_max: str
    senior: str

    def __post_init__(self) -> None:
        for name in ("elementary_max", "senior"):
            if getattr(self, name) not in self.all:
                raise ValueError(f"{name}: {getattr(self, name)!r} is not one of the grades")

    def index(self, grade: str) -> int:
        return self.all.index(grade)


class BehaviorType(_Strict, frozen=True, kw_only=True):
    level: Count
    name: str
    description: str
    suspension: Column
    hearing: Column
    pages: tuple[int, ...]


class Behavior(_Strict, frozen=True, kw_only=True):
    id: Id
    name: str
    definition: str
    page: int
    type: int | None = None
    substance: SubstanceKind | None = None
    flags: frozenset[BehaviorFlag] = frozenset()
    note: str | None = None
    # The words people use for it ("vape", "skip", "bully"), comma-separated: the matrix
    # browser finds the behavior by them. Translated like the other texts.
    search_words: str = ""

    def __post_init__(self) -> None:
        if (self.type is None) == (self.substance is None):
            raise ValueError(
                "a behavior has either a type or a substance kind, not both or neither"
            )

    @property
    def label(self) -> str:
        """The name as people read it: the matrix's * (consult when staff are involved) is a
        flag (`staff_consult`), not part of the name."""
        return self.name.replace("*", "")


class Response(_Strict, frozen=True, kw_only=True):
    id: Id
    text: str
    by: str
    page: int
    type: int | None = None
    substance_only: bool = False
    only_for: tuple[str, ...] = ()
    only_if_sex_based: bool = False
    # Offered only when the incident is a threat (a `threat` behavior or threatened violence).
    only_if_threat: bool = False

    def __post_init__(self) -> None:
        if (self.type is None) != self.substance_only:
            raise ValueError("a response has a type, or is substance_only, not both or neither")


class Factor(_Strict, frozen=True, kw_only=True):
    id: Id
    text: str
    # An incident fact (a case `incident` flag such as `voluntarily_disclosed`) that answers
    # this factor: the factors page states it, so the note starts from what was recorded.
    flag: str | None = None


class ExpulsionGround(_Strict, frozen=True, kw_only=True):
    """One of the grounds on which expulsion may be used (PPS p.17); recorded, never inferred."""

    id: Id
    text: str
    page: int


class Support(_Strict, frozen=True, kw_only=True):
    """What the school offers a student who was harmed (a stay-away agreement, a safety plan):
    a follow-up of that student, due `due_school_days` school days after the incident. It is
    never discipline and never part of anyone's prior record."""

    id: Id
    text: str
    page: int
    due_school_days: Count = 1


class ReportSpec(_Strict, frozen=True, kw_only=True):
    """What the school team's reports need from the pack."""

    # Responses that are a support plan for the student (check-in/check-out, the Student
    # Intervention Team, a safety plan, a behavior support plan...): the frequent-student
    # list says whether one was recorded.
    support_plan_responses: tuple[Id, ...] = ()


class FollowUpSpec(_Strict, frozen=True, kw_only=True):
    """How the program treats the deadlines the engine computes."""

    # Deadlines that are a date in the student's record (the last day of an exclusion from
    # activities), not a task to mark done: never listed as due or overdue.
    dates_only: tuple[Id, ...] = ()


class ActionSpec(_Strict, frozen=True, kw_only=True):
    kind: ActionKind
    name: str
    setting: Literal["in_school", "out_of_school"] | None = None
    max_days: int | None = None
    max_calendar_days: int | None = None
    base_days: float = 0.0
    pages: tuple[int, ...] = ()
    note: str | None = None


class SubstanceRow(_Strict, frozen=True, kw_only=True):
    kind: SubstanceKind
    from_: Count = msgspec.field(name="from")
    to: int | None = None
    level: SubstanceLevel
    label: str
    suspension_limit: SuspensionLimit
    consult: str | None = None
    page: int
    responses: tuple[str, ...]

    def matches(self, kind: str, occurrence: int) -> bool:
        return (
            kind == self.kind
            and self.from_ <= occurrence
            and (self.to is None or occurrence <= self.to)
        )


class SuspensionCap(_Strict, frozen=True, kw_only=True):
    """The longest suspension a substance row allows: `days` in the count every limit uses
    (the rest of the day counting as one), and `full_days` of them that may be whole days
    (a "rest of the day" limit allows a part day, not a full day out of school)."""

    days: Annotated[float, msgspec.Meta(ge=0)]
    full_days: Annotated[float, msgspec.Meta(ge=0)]


class SubstancePolicy(_Strict, frozen=True, kw_only=True):
    activity_exclusion_days: dict[SubstanceLevel, int]
    hearing_levels: tuple[SubstanceLevel, ...]
    pages: tuple[int, ...]
    elementary_responses: tuple[str, ...]
    suspension_limits: dict[SuspensionLimit, SuspensionCap]
    levels: tuple[SubstanceRow, ...]

    def row_for(self, kind: str, occurrence: int) -> SubstanceRow:
        for row in self.levels:
            if row.matches(kind, occurrence):
                return row
        raise KeyError(f"no substance level row for {kind} occurrence {occurrence}")


class Limit(_Strict, frozen=True, kw_only=True):
    value: int
    pages: tuple[int, ...]
    text: str | None = None


class Message(_Strict, frozen=True, kw_only=True):
    severity: Severity
    text: str
    pages: tuple[int, ...] = ()
    law: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


class Wording(_Strict, frozen=True, kw_only=True):
    """How the pack's language joins words, so rules compose sentences in any language."""

    list_separator: str = ", "
    last_separator: str = " and "
    clause_separator: str = "; "
    page: str = "p. {page}"
    pages: str = "pp. {pages}"

    def __post_init__(self) -> None:
        for name in ("page", "pages"):
            template = getattr(self, name)
            try:
                template.format(**{name: "1"})
            except (KeyError, IndexError, ValueError):
                raise ValueError(
                    f"{name}: {template!r} must use {{{name}}} and nothing else"
                ) from None
            if f"{{{name}}}" not in template:
                raise ValueError(f"{name}: {template!r} must use {{{name}}} and nothing else")

    def join(self, items: list[str]) -> str:
        """'a', 'a and b', 'a, b and c'."""
        if len(items) <= 1:
            return "".join(items)
        return f"{self.list_separator.join(items[:-1])}{self.last_separator}{items[-1]}"


class RuleTexts(_Strict, frozen=True, kw_only=True):
    messages: dict[str, Message]
    texts: dict[str, str] = {}
    limit_texts: dict[str, str] = {}


REQUIRED_LIMITS = (
    "type1_min_strategies",
    "disability_cumulative_days",
    "senior_staff_days_per_incident",
    "senior_staff_prior_days",
    "threat_phone_hours",
    "threat_written_hours",
    "firearm_expulsion_calendar_days",
    "sixty_day_rule_calendar_days",
    "sixty_day_rule_min_suspension_days",
    "support_referral_prior_incidents",
    "support_referral_window_days",
    "bias_district_notice_min_type",
)
REQUIRED_APPEAL_WINDOWS = (
    "principal_response",
    "appeal_to_district_staff",
    "district_staff_response",
    "appeal_superintendent",
    "appeals_hearing_officer_decision",
    "appeal_board",
)
REQUIRED_DEADLINES = (
    "threat_parent_phone",
    "threat_parent_written",
    "return_to_school",
    "appeal_superintendent",
    "activity_exclusion_ends",
    "activity_exclusion_ends_hearing",
)


class PolicyPack(_Strict, frozen=True, kw_only=True, dict=True):
    """A whole pack. Cross-references (response ids, types, actions) are checked on load."""

    pack: PackInfo
    grades: Grades
    types: tuple[BehaviorType, ...]
    behaviors: tuple[Behavior, ...]
    responses: tuple[Response, ...]
    roles: dict[str, str]
    factors: tuple[Factor, ...]
    expulsion_grounds: tuple[ExpulsionGround, ...]
    supports: tuple[Support, ...] = ()
    reports: ReportSpec = ReportSpec()
    follow_ups: FollowUpSpec = FollowUpSpec()
    actions: dict[str, ActionSpec]
    substance: SubstancePolicy
    limits: dict[str, Limit]
    appeal_windows: dict[str, Limit]
    rules: dict[str, RuleTexts]
    deadlines: dict[str, str]
    wording: Wording = Wording()
    # Names of family languages in the pack's language; absent ones fall back to English.
    language_names: dict[str, str] = {}

    def __post_init__(self) -> None:
        _unique("behaviors", [b.id for b in self.behaviors])
        _unique("responses", [r.id for r in self.responses])
        _unique("factors", [f.id for f in self.factors])
        _unique("expulsion_grounds", [g.id for g in self.expulsion_grounds])
        _unique("supports", [s.id for s in self.supports])
        if not self.expulsion_grounds:
            raise ValueError("expulsion_grounds: a pack lists at least one ground for expulsion")
        levels = {t.level for t in self.types}
        response_ids = {r.id for r in self.responses}
        behavior_ids = {b.id for b in self.behaviors}
        for i, behavior in enumerate(self.behaviors):
            if behavior.type is not None and behavior.type not in levels:
                raise ValueError(f"behaviors[{i}].type: {behavior.type} is not a defined type")
        for i, response in enumerate(self.responses):
            if response.by not in self.roles:
                raise ValueError(f"responses[{i}].by: {response.by!r} is not in [roles]")
            if response.type is not None and response.type not in levels:
                raise ValueError(f"responses[{i}].type: {response.type} is not a defined type")
            for behavior_id in response.only_for:
                if behavior_id not in behavior_ids:
                    raise ValueError(f"responses[{i}].only_for: unknown behavior {behavior_id!r}")
        for response_id in self.reports.support_plan_responses:
            if response_id not in response_ids:
                raise ValueError(
                    f"reports.support_plan_responses: unknown response {response_id!r}"
                )
        for i, row in enumerate(self.substance.levels):
            for response_id in row.responses:
                if response_id not in response_ids:
                    raise ValueError(f"substance.levels[{i}]: unknown response {response_id!r}")
        for response_id in self.substance.elementary_responses:
            if response_id not in response_ids:
                raise ValueError(
                    f"substance.elementary_responses: unknown response {response_id!r}"
                )
        for kind in ("use_or_possession", "transfer", "distribution"):
            for occurrence in range(1, 12):
                if not any(row.matches(kind, occurrence) for row in self.substance.levels):
                    raise ValueError(f"substance.levels: no row for {kind} occurrence {occurrence}")
        _require("actions", self.actions, ACTION_IDS)
        _require("limits", self.limits, REQUIRED_LIMITS)
        _require("appeal_windows", self.appeal_windows, REQUIRED_APPEAL_WINDOWS)
        _require("deadlines", self.deadlines, REQUIRED_DEADLINES)
        for deadline_id in self.follow_ups.dates_only:
            if deadline_id not in self.deadlines:
                raise ValueError(f"follow_ups.dates_only: unknown deadline {deadline_id!r}")

    # Lookups the engine uses on every evaluation: built once per pack.
    @cached_property
    def behavior_by_id(self) -> Mapping[str, Behavior]:
        return {b.id: b for b in self.behaviors}

    @cached_property
    def response_by_id(self) -> Mapping[str, Response]:
        return {r.id: r for r in self.responses}

    @cached_property
    def response_order(self) -> Mapping[str, int]:
        return {r.id: i for i, r in enumerate(self.responses)}

    @cached_property
    def type_by_level(self) -> Mapping[int, BehaviorType]:
        return {t.level: t for t in self.types}

    @cached_property
    def factor_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.factors)

    @cached_property
    def expulsion_ground_ids(self) -> tuple[str, ...]:
        return tuple(g.id for g in self.expulsion_grounds)

    @cached_property
    def expulsion_ground_by_id(self) -> Mapping[str, ExpulsionGround]:
        return {g.id: g for g in self.expulsion_grounds}

    @cached_property
    def support_by_id(self) -> Mapping[str, Support]:
        return {s.id: s for s in self.supports}

    @cached_property
    def zone(self) -> tzinfo:
        """The school's time zone, for clock deadlines."""
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.pack.timezone)

    def responses_up_to_type(self, level: int) -> tuple[Response, ...]:
        return self._responses_by_type[level]

    @cached_property
    def _responses_by_type(self) -> Mapping[int, tuple[Response, ...]]:
        return {
            t.level: tuple(r for r in self.responses if r.type is not None and r.type <= t.level)
            for t in self.types
        }

    def message_citation(self, rule_id: str, key: str) -> str:
        return self._citations[rule_id, key]

    @cached_property
    def _citations(self) -> Mapping[tuple[str, str], str]:
        return {
            (rule_id, key): self.citation(m.pages, m.law, m.sources)
            for rule_id, texts in self.rules.items()
            for key, m in texts.messages.items()
        }

    @cached_property
    def engine_cache(self) -> dict[str, Any]:
        """Derived data kept per pack (the pack itself never changes once loaded): the engine's
        lookups, the pack's translations, and the file it was loaded from."""
        return {}

    def path(self) -> Path | None:
        """The file the pack was loaded from (its translations are beside it)."""
        found: Path | None = self.engine_cache.get("path")
        return found

    def remember_path(self, path: Path | None) -> None:
        self.engine_cache["path"] = path

    def page_citation(self, page: int) -> str:
        """'PPS Handbook p. 18', in the pack's language."""
        return f"{self.pack.short_name} {self._pages((page,))}"

    def _pages(self, pages: tuple[int, ...]) -> str:
        if len(pages) == 1:
            return self.wording.page.format(page=pages[0])
        listed = self.wording.list_separator.join(str(p) for p in pages)
        return self.wording.pages.format(pages=listed)

    def language_name(self, code: str) -> str:
        """A family language's name in the pack's language (English when the pack lacks it)."""
        return self.language_names.get(code) or english_language_name(code)

    def limit(self, name: str) -> int:
        return self.limits[name].value

    def message(self, rule_id: str, key: str) -> Message:
        return self.rules[rule_id].messages[key]

    def citation(
        self, pages: tuple[int, ...], law: tuple[str, ...] = (), sources: tuple[str, ...] = ()
    ) -> str:
        """A citation a parent can look up: 'PPS Handbook p. 17, 30; ORS 339.250'."""
        parts: list[str] = []
        if pages:
            parts.append(f"{self.pack.short_name} {self._pages(pages)}")
        parts.extend(law)
        parts.extend(sources)
        return "; ".join(parts)


def _unique(section: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise ValueError(f"{section}[{i}]: id {item!r} is used twice")
        seen.add(item)


def _require(section: str, table: Mapping[str, Any], names: tuple[str, ...]) -> None:
    missing = [name for name in names if name not in table]
    if missing:
        raise ValueError(f"[{section}] lacks {', '.join(missing)}")


def load_pack(path: Path | None = None) -> PolicyPack:
    """Read and validate a pack; a problem raises PackError naming the file and the entry."""
    path = path or default_pack_path()
    if path.exists() and not path.is_file():  # a folder, a pipe or a device
        raise PackError(f"{path}: not a policy pack file")
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise PackError(f"{path}: cannot read the policy pack ({error.strerror})") from error
    except tomllib.TOMLDecodeError as error:
        raise PackError(f"{path}: not valid TOML: {error}") from error
    pack = parse_pack(data, source=str(path))
    pack.remember_path(path)
    return pack


def parse_pack(data: Mapping[str, Any], *, source: str) -> PolicyPack:
    try:
        return msgspec.convert(data, PolicyPack)
    except msgspec.ValidationError as error:
        raise PackError(
            f"{source}: {_name_entries(data, explain_validation_error(error))}"
        ) from error


def _name_entries(data: Mapping[str, Any], message: str) -> str:
    """Add the entry's id after each list index: 'behaviors[3] (id off_limits).type: ...'."""
    where, sep, rest = message.partition(": ")
    if not sep:
        return message
    node: Any = data
    named = ""
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", where):
        if part.startswith("["):
            index = int(part[1:-1])
            node = node[index] if isinstance(node, list) and index < len(node) else None
            named += part
            if isinstance(node, dict) and "id" in node:
                named += f" (id {node['id']})"
        else:
            node = node.get(part) if isinstance(node, dict) else None
            named += f".{part}" if named else part
    return f"{named}: {rest}"
