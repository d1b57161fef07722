"""What the wizard's pages share: the draft, the session, and the live evaluation.

Every edit on a page writes into the draft and calls `touch()`; the context re-evaluates
the draft (a pure, sub-millisecond call) and tells every page through `updated`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from disciplinedesk.domain.case import Case, parse_case
from disciplinedesk.domain.consistency import Comparison
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.store.calendar import engine_calendar
from disciplinedesk.store.history import student_history
from disciplinedesk.store.students import Student, get_student
from disciplinedesk.ui.consistency_text import Consistency
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.qt import QObject, Signal
from disciplinedesk.ui.session import Session

EMPTY_HISTORY: dict[str, Any] = {
    "exclusion_days_this_year": 0,
    "strategies_tried": [],
    "substance_violations": {"use_or_possession": 0, "transfer": 0, "distribution": 0},
    "prior_incidents": [],
}


class DraftContext(QObject):
    updated = Signal()
    # Another offender is shown: the per-offender pages load their fields again.
    offender_changed = Signal()

    def __init__(self, session: Session, draft: Draft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self.dirty = False
        self.result: Result | None = None
        self.case: Case | None = None
        self.problem = ""
        self._history_key: tuple[str, str] | None = None
        self._history: dict[str, Any] = dict(EMPTY_HISTORY)
        self._calendar = engine_calendar(session.log)
        self._comparison_key: tuple[object, ...] | None = None
        self._comparison: Comparison | None = None
        self._consistency = Consistency(self)
        # The log changed under the wizard (an exchange brought another laptop's decisions,
        # a restore): the prior record and the school's figures are read again.
        session.changed.connect(self.log_changed)
        self.refresh()

    def log_changed(self) -> None:
        self._history_key = None
        self._comparison_key = None
        self._calendar = engine_calendar(self.session.log)
        self.refresh()

    @property
    def pack(self) -> PolicyPack:
        """The pack in the interface's language: what the pages show."""
        return self.session.shown

    def touch(self) -> None:
        """The draft changed: evaluate again and tell the pages."""
        self.dirty = True
        self.refresh()

    def show_offender(self, index: int) -> None:
        """Show offender `index` (of several) on the pages, with their own evaluation."""
        if index == self.draft.current and (self.draft.offenders or index == 0):
            return
        self.draft.show_offender(index)
        self.dirty = True
        self.refresh()
        self.offender_changed.emit()

    def evaluate_offender(self, index: int) -> tuple[Draft, Result | None, str]:
        """One offender's draft and evaluation with their own record (the summary shows
        every offender; the pages show the one selected)."""
        single = self.draft.offender_draft(index)
        student = self._student_of(single)
        history = self._history_of(student, single.datetime) if student else dict(EMPTY_HISTORY)
        _, result, problem = self._evaluated(single, history)
        return single, result, problem

    def offender_label(self, offender: dict[str, Any]) -> str:
        name = f"{offender['last_name']}, {offender['first_name']}".strip(", ")
        return f"{name} ({offender['student_id']})" if offender["student_id"] else name

    def refresh(self) -> None:
        self.case, self.result, self.problem = self._evaluated(self.draft, self.history())
        if self.case is None and not self.draft.behaviors:
            # The engine's words name a field, not the page.
            self.problem = self.tr(
                "No behavior is checked for {name}: check one on the Behavior page."
            ).format(name=f"{self.draft.first_name} {self.draft.last_name}".strip())
        self.updated.emit()

    def _evaluated(
        self, draft: Draft, history: dict[str, Any]
    ) -> tuple[Case | None, Result | None, str]:
        """A draft's case and its evaluation, or the problem that stops it."""
        data = draft.to_case(history)
        data["calendar"] = self._calendar
        try:
            case = parse_case(data, self.session.pack)
            # A calendar with no school day for years is refused here too, with its message.
            return case, evaluate(case, self.session.shown), ""
        except UserFacingError as error:
            return None, None, str(error)

    def comparison_text(self) -> str:
        """How the school decided similar incidents, for the panel (cached per incident shape)."""
        from datetime import date as day

        from disciplinedesk.store.consistency import compare

        if self.result is None or not self.draft.behaviors or not self.draft.grade:
            return ""
        on = day.fromisoformat(self.draft.datetime[:10]) if self.draft.datetime else day.today()
        key = (tuple(sorted(self.draft.behaviors)), self.result.type, self.draft.grade, on)
        if self._comparison is None or key != self._comparison_key:
            self._comparison = compare(
                self.session.log,
                self.session.pack,
                behaviors=list(key[0]),
                incident_type=key[1],
                grade=key[2],
                on=on,
            )
            self._comparison_key = key
        comparison = self._comparison
        assert comparison is not None
        return self._consistency.sentence(comparison, self.session.shown, self.draft.action)

    def logged_student(self) -> Student | None:
        return self._student_of(self.draft)

    def _student_of(self, draft: Draft) -> Student | None:
        if not (draft.in_roster and draft.student_id):
            return None
        try:
            return get_student(self.session.log, draft.student_id)
        except UserFacingError:
            return None

    def history(self) -> dict[str, Any]:
        """The student's prior record from the log, as of the incident's time (cached)."""
        student = self.logged_student()
        when = self.draft.datetime or datetime.now().strftime("%Y-%m-%dT%H:%M")
        if student is None:
            return dict(EMPTY_HISTORY)
        key = (student.id, when)
        if key != self._history_key:
            self._history = self._history_of(student, when)
            self._history_key = key
        return self._history

    def _history_of(self, student: Student, when: str) -> dict[str, Any]:
        """The prior record before `when` (now, when the draft has no time yet)."""
        try:
            moment = datetime.fromisoformat(when) if when else datetime.now()
        except ValueError:
            moment = datetime.now()
        return student_history(self.session.log, self.session.pack, student.id, moment)
