"""Facts derived once from a case, so each rule reads a plain answer instead of re-deriving it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Literal

from disciplinedesk.domain.case import Case
from disciplinedesk.domain.pack import (
    LEVEL_ORDER,
    ActionSpec,
    Behavior,
    Column,
    PolicyPack,
    SubstanceRow,
)
from disciplinedesk.domain.schooldays import SchoolCalendar

COLUMN_ORDER: tuple[Column, ...] = ("no", "possible", "yes")


@dataclass(frozen=True)
class SubstanceViolation:
    """The level this violation reaches, and the table row that decides it."""

    kind: str
    occurrence: int
    row: SubstanceRow

    @property
    def level(self) -> str:
        return self.row.level


class Facts:
    """A case read through a pack: types, flags, the proposed action and the substance level."""

    def __init__(self, case: Case, pack: PolicyPack) -> None:
        self.case = case
        self.pack = pack
        self.behaviors: tuple[Behavior, ...] = tuple(
            pack.behavior_by_id[b] for b in case.incident.behaviors
        )
        self.behavior_ids = frozenset(case.incident.behaviors)
        self.flags = frozenset(flag for b in self.behaviors for flag in b.flags)
        typed = [b.type for b in self.behaviors if b.type is not None]
        self.highest_type: int | None = max(typed) if typed else None
        proposed = case.proposed
        self.action_id = proposed.action if proposed else None
        self.action: ActionSpec | None = pack.actions[proposed.action] if proposed else None
        self.days: float = proposed.days if proposed else 0.0
        self.start: date | None = proposed.date if proposed else None
        self.incident_datetime: datetime = case.incident.at
        self.incident_date: date = self.incident_datetime.date()
        self._read_action()

    # -- the student -------------------------------------------------------------------------
    @cached_property
    def elementary(self) -> bool:
        grades = self.pack.grades
        return grades.index(self.case.student.grade) <= grades.index(grades.elementary_max)

    @property
    def disability_plans(self) -> tuple[str, ...]:
        """The student's plans (`iep`, `section_504`, `referral_pending`): the rules word them."""
        student = self.case.student
        plans = (
            ("iep", student.iep),
            ("section_504", student.section_504),
            ("referral_pending", student.sped_referral_pending),
        )
        return tuple(name for name, present in plans if present)

    @cached_property
    def strategies_tried(self) -> int:
        """Different strategies tried this year, whatever behavior they answered."""
        return len(self.case.history.strategy_ids())

    @cached_property
    def type1_strategies(self) -> int:
        """p.19: different strategies tried "in response to the behavior": for one of this
        incident's Type I behaviors (the same behavior persisting), not for an unrelated one."""
        type1 = [b.id for b in self.behaviors if b.type == 1]
        return len(self.case.history.strategies_for(type1))

    # -- the incident ------------------------------------------------------------------------
    @cached_property
    def calendar(self) -> SchoolCalendar:
        return SchoolCalendar.of(self.case.calendar.non_school_days)

    def has_flag(self, flag: str) -> bool:
        return flag in self.flags

    @cached_property
    def is_threat(self) -> bool:
        """A threat behavior, or violence threatened in another one (p.26)."""
        return self.has_flag("threat") or self.case.incident.threatened_violence

    @cached_property
    def is_title_ix(self) -> bool:
        """Sex-based conduct, whose decisions are appealed under 4.30.072-AD (p.31)."""
        return self.case.incident.sex_based or self.has_flag("sexual_assault")

    @cached_property
    def hearing_required(self) -> bool:
        """A hearing that may end in expulsion is required whatever is proposed: a firearm
        (p.25, p.30) or a substance level with a hearing (p.28)."""
        substance = self.substance
        return self.has_flag("firearm") or (
            substance is not None and substance.level in self.pack.substance.hearing_levels
        )

    # -- the proposed action (plain attributes: the rules read them many times per case) -----
    def _read_action(self) -> None:
        action = self.action
        self.kind: str = action.kind if action else "none"
        self.is_suspension = self.kind == "suspension"
        self.is_out_of_school = action is not None and action.setting == "out_of_school"
        self.is_expulsion = self.kind == "expulsion"
        self.is_hearing_or_expulsion = self.kind in ("hearing", "expulsion")
        self.is_exclusion = self.kind in ("suspension", "hearing", "expulsion")
        # School days this action excludes the student: a rest-of-day suspension's part day
        # counts as the pack's `base_days` (PPS: one day, p.29), plus any additional days. Every
        # limit that counts days (lengths, the substance table, the 10-day line) uses this.
        self.exclusion_days: float = (
            self.days + action.base_days if self.is_suspension and action else 0.0
        )
        # Suspension days as whole school days (a part day counts as a day of absence).
        self.whole_days: int = math.ceil(self.days)

    # -- the matrix columns ----------------------------------------------------------------
    @cached_property
    def suspension_column(self) -> Column:
        """Suspension "no"/"possible"/"yes": the type's column (Type I "possible" only when its
        p.19 conditions hold), raised by the substance level."""
        columns = [self._type_column("suspension")]
        if self.substance is not None:
            columns.append("possible")
        return max(columns, key=COLUMN_ORDER.index)

    @cached_property
    def hearing_column(self) -> Column:
        columns = [self._type_column("hearing")]
        if (
            self.substance is not None
            and self.substance.level in self.pack.substance.hearing_levels
        ):
            columns.append("yes")
        if self.has_flag("firearm"):
            columns.append("yes")
        return max(columns, key=COLUMN_ORDER.index)

    def _type_column(self, column: Literal["suspension", "hearing"]) -> Column:
        """The highest type's matrix column; Type I is "possible" only when its p.19 conditions hold."""
        if self.highest_type is None:
            return "no"
        if self.highest_type == 1 and self.type1_conditions_hold:
            return "possible"
        value: Column = getattr(self.pack.type_by_level[self.highest_type], column)
        return value

    @cached_property
    def type1_conditions_hold(self) -> bool:
        """p.19: at least N strategies tried for the behavior, or a substantial impact."""
        return (
            self.type1_strategies >= self.pack.limit("type1_min_strategies")
            or self.case.incident.community_impact == "substantial"
        )

    # -- substances --------------------------------------------------------------------------
    @cached_property
    def substance(self) -> SubstanceViolation | None:
        """The highest level among the substance behaviors, counting this violation."""
        prior = self.case.history.substance_violations
        counts = {
            "use_or_possession": prior.use_or_possession,
            "transfer": prior.transfer,
            "distribution": prior.distribution,
        }
        kinds = {b.substance for b in self.behaviors if b.substance is not None}
        best: SubstanceViolation | None = None
        for kind in sorted(kinds):
            occurrence = counts[kind] + 1
            row = self.pack.substance.row_for(kind, occurrence)
            candidate = SubstanceViolation(kind, occurrence, row)
            if best is None or _substance_rank(candidate) > _substance_rank(best):
                best = candidate
        return best

    @cached_property
    def has_substance(self) -> bool:
        return any(b.substance is not None for b in self.behaviors)


def _substance_rank(violation: SubstanceViolation) -> tuple[int, int]:
    limits = ("rest_of_day", "rest_of_day_plus_one", "under_ten_days")
    return LEVEL_ORDER[violation.level], limits.index(violation.row.suspension_limit)
