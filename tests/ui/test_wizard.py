"""The decision wizard driven through its real widgets, into a real log file."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.drafts import latest_draft
from disciplinedesk.store.incidents import list_incidents, show_incident
from disciplinedesk.store.students import get_student
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.qt import QMessageBox, Qt, QWizard
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.wizard.wizard import DecisionWizard
from tests.support import ALL_FACTORS


def _wizard(qtbot: QtBot, session: Session, draft: Draft | None = None) -> DecisionWizard:
    wizard = DecisionWizard(session, draft)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_enabled(wizard: DecisionWizard) -> bool:
    return bool(wizard.button(QWizard.WizardButton.NextButton).isEnabled())


def _to_decision(qtbot: QtBot, wizard: DecisionWizard, local_id: str, behavior: str) -> None:
    student_page = wizard.student_page
    assert not _next_enabled(wizard)
    assert "Choose a student" in student_page.reason.text()
    qtbot.keyClicks(student_page.search, local_id)
    assert _next_enabled(wizard)
    qtbot.keyClick(student_page.search, Qt.Key.Key_Return)  # Enter moves on, as Next does
    assert wizard.currentPage() is wizard.behavior_page
    behavior_page = wizard.behavior_page
    assert not _next_enabled(wizard)
    qtbot.keyClicks(behavior_page.search, behavior.split("_")[0])
    behavior_page.check_behavior(behavior)
    qtbot.keyClicks(behavior_page.location, "Playground")
    assert _next_enabled(wizard)
    wizard.next()  # context
    wizard.next()  # factors
    for factor_id, note in ALL_FACTORS.items():
        qtbot.keyClicks(wizard.factors_page.notes[factor_id], note[:12])
    assert "10 of 10" in wizard.factors_page.count.text()
    wizard.next()  # suggestions
    wizard.suggestions_page.choose("restorative_conference")
    wizard.next()  # decision


def test_full_run_records_the_decision(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("in_school_suspension"))
    page.days.setValue(1)
    assert not _next_enabled(wizard)
    assert "reason" in page.reason.text()
    qtbot.keyClicks(page.override, "Second fight this month; separate the students while we plan.")
    qtbot.keyClicks(page.decided_by, "A. Rivera")
    assert _next_enabled(wizard), page.reason.text()
    wizard.next()
    assert "In-school suspension" in wizard.summary_page.text.toPlainText()
    with qtbot.waitSignal(wizard.recorded, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    (row,) = list_incidents(session.log)
    details = show_incident(session.log, row["id"])
    revision = details["revisions"][0]
    assert revision["action"] == "in_school_suspension" and revision["days"] == 1
    assert revision["responses_chosen"] == ["restorative_conference"]
    assert details["incident"]["location"] == "Playground"
    assert latest_draft(session.log) is None  # the draft is gone once recorded


def test_blocked_k5_suspension_cannot_be_finished(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "100900", "fighting")
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    page.days.setValue(2)
    qtbot.keyClicks(page.override, "Family asked for time.")
    qtbot.keyClicks(page.decided_by, "A. Rivera")
    assert not _next_enabled(wizard)
    assert "ORS 339.250" in page.reason.text() and "grade 5 or lower" in page.reason.text()
    assert "Not permitted as entered" in page.findings.toPlainText()
    assert "Draft translation" not in page.findings.toPlainText()  # English is the source
    assert "similar decisions" in page.consistency.text()  # an empty log: says there are too few
    # an exception recorded on the behavior page lifts the block
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.behavior_page.flags["serious_physical_harm"].setChecked(True)
    for _ in range(4):
        wizard.next()
    assert _next_enabled(wizard), page.reason.text()


def test_override_requires_a_reason(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "disruptive_conduct")
    page = wizard.decision_page
    qtbot.keyClicks(page.decided_by, "A. Rivera")
    assert _next_enabled(wizard)  # no exclusion: no reason needed
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    page.days.setValue(1)
    assert page.override.isVisible()
    assert not _next_enabled(wizard)
    assert (
        page.reason.text()
        == "An exclusion needs the reason the suggested responses were not enough."
    )
    qtbot.keyClicks(page.override, "Threw a chair after two restorative conferences.")
    assert _next_enabled(wizard)


def test_draft_survives_the_window_and_resumes(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    qtbot.keyClicks(wizard.student_page.search, "200300")
    wizard.next()
    wizard.behavior_page.check_behavior("forgery")
    qtbot.keyClicks(
        wizard.behavior_page.description, "Signed a parent's name on a permission slip."
    )
    wizard.save_draft()
    wizard.hide()
    wizard.deleteLater()
    qtbot.wait(10)
    found = latest_draft(session.log)
    assert found is not None
    draft = Draft.from_dict(found[1])
    assert draft.student_id == "200300" and draft.behaviors == ["forgery"]
    resumed = _wizard(qtbot, session, draft)
    assert "Leo" in resumed.student_page.record.text()
    resumed.next()
    assert (
        resumed.behavior_page.description.toPlainText()
        == "Signed a parent's name on a permission slip."
    )
    assert _next_enabled(resumed)


def test_main_window_offers_the_draft(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, session)
    wizard.student_page.select(get_student(session.log, "100900"))
    wizard.save_draft()
    window = MainWindow(session)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)
    window.offer_draft()
    assert window.wizard is not None
    assert window.wizard.draft.student_id == "100900"


def test_cancel_asks_first(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = _wizard(qtbot, session)
    wizard.student_page.select(get_student(session.log, "200300"))
    wizard.save_draft()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    wizard.reject()
    assert wizard.isVisible() and latest_draft(session.log) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    wizard.reject()
    assert not wizard.isVisible() and latest_draft(session.log) is None


def test_student_not_in_roster_is_added_with_the_decision(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    page = wizard.student_page
    page.not_in_roster.setChecked(True)
    qtbot.keyClicks(page.local_id, "300111")
    qtbot.keyClicks(page.first_name, "Sam")
    qtbot.keyClicks(page.last_name, "Vo")
    assert "grade" in page.reason.text()
    page.grade.setCurrentIndex(page.grade.findData("7"))
    assert _next_enabled(wizard)
    wizard.next()
    wizard.behavior_page.check_behavior("tardiness")
    for _ in range(4):
        wizard.next()
    qtbot.keyClicks(wizard.decision_page.decided_by, "A. Rivera")
    wizard.next()
    wizard.accept()
    assert get_student(session.log, "300111").grade == "7"
    assert [r["student_id"] for r in list_incidents(session.log)] == ["300111"]


def test_consistency_panel_places_the_proposal_among_similar_decisions(
    qtbot: QtBot, session: Session
) -> None:
    """Six earlier fights in the log (aggregates only: no other student's name appears)."""
    from disciplinedesk.store.incidents import record_decision
    from disciplinedesk.store.students import StudentInput, upsert_students
    from tests.store.records import record_input

    others = [
        StudentInput(local_id=f"30{n}", first_name="Zed", last_name=f"Other{n}", grade="7")
        for n in range(6)
    ]
    with session.log.transaction():
        upsert_students(session.log, others, actor="t")
    for n, (action, days) in enumerate(
        [("none", 0)] * 3 + [("in_school_suspension", 1)] * 2 + [("out_of_school_suspension", 2)]
    ):
        record_decision(
            session.log,
            session.pack,
            record_input(
                f"30{n}",
                when=f"2026-10-0{n + 1}T10:00",
                behaviors=["fighting"],
                action=action,
                days=days,
                reason="r" if days else "",
            ),
            actor="t",
        )
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    page = wizard.decision_page
    text = page.consistency.text()
    assert text.startswith(
        "6 similar decisions this school year and last: "
        "no exclusion: 3, in-school: 2, out-of-school: 1."
    )
    assert "Other" not in text and "30" not in text.split(":")[0][2:]
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    page.days.setValue(3)
    assert "more exclusionary than 5 of 6 and as exclusionary as 1" in page.consistency.text()
    page.action.setCurrentIndex(page.action.findData("none"))
    assert "more exclusionary than 0 of 6 and as exclusionary as 3" in page.consistency.text()
    assert wizard.suggestions_page.consistency.text().startswith("6 similar decisions")


def test_tab_moves_through_the_decision_page_top_to_bottom(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("in_school_suspension"))
    order, widget = [], page.nextInFocusChain()
    while widget is not page and len(order) < 50:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tabbable and widget.accessibleName() and widget.isVisibleTo(page) and widget.isEnabled():
            order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    assert order == [
        "Action",
        "Days",
        "Starting",
        "Decided by",
        "Reason for the exclusion",
        "Findings from the handbook",
    ]


def test_the_context_page_names_prior_incidents_by_their_behaviors(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.store.incidents import record_decision
    from tests.store.records import record_input

    record_decision(
        session.log,
        session.pack,
        record_input("200300", when="2026-10-06T10:00", behaviors=["tardiness", "forgery"]),
        actor="t",
    )
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    prior = wizard.context_page.prior.text()
    assert "Prior incidents in the log: 1." in prior
    assert "2026-10-06: Tardiness, Forgery" in prior and "tardiness" not in prior


def test_the_context_page_says_which_behavior_a_logged_strategy_answered(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.store.incidents import record_decision
    from tests.store.records import record_input

    record_decision(
        session.log,
        session.pack,
        record_input("200300", when="2026-10-06T10:00", behaviors=["tardiness"]),
        actor="t",
    )
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    strategies = wizard.context_page.strategies
    texts = {
        strategies.item(i).data(Qt.ItemDataRole.UserRole): strategies.item(i).text()
        for i in range(strategies.count())
    }
    assert texts["parent_conference"] == "Parent/caregiver conference (for: Tardiness, 2026-10-06)"
    assert texts["move_seat"] == "Move the student's seat"


def test_an_expulsion_needs_its_grounds_checked_and_records_them(
    qtbot: QtBot, session: Session
) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "robbery")
    page = wizard.decision_page
    assert not page.grounds_box.isVisible()
    page.action.setCurrentIndex(page.action.findData("expulsion"))
    page.days.setValue(30)
    qtbot.keyClicks(page.override, "Robbery with force; the victim was hurt.")
    qtbot.keyClicks(page.decided_by, "A. Rivera")
    assert page.grounds_box.isVisible()
    assert not _next_enabled(wizard)
    assert "No ground is recorded" in page.reason.text()
    page.grounds["threat_to_safety"].click()
    assert _next_enabled(wizard), page.reason.text()
    assert wizard.context.draft.grounds == ["threat_to_safety"]
    page.action.setCurrentIndex(page.action.findData("hearing"))
    assert not page.grounds_box.isVisible() and wizard.context.draft.grounds == []
    assert wizard.context.draft.days == 0  # a hearing has no days
    page.action.setCurrentIndex(page.action.findData("expulsion"))
    assert wizard.context.draft.grounds == ["threat_to_safety"]  # still ticked
    wizard.next()
    with qtbot.waitSignal(wizard.recorded, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    (row,) = list_incidents(session.log)
    details = show_incident(session.log, row["id"])
    assert details["revisions"][0]["action"] == "expulsion"


def test_an_incident_after_now_is_refused_on_the_behavior_page(
    qtbot: QtBot, session: Session
) -> None:
    from datetime import datetime, timedelta

    from disciplinedesk.ui.qt import QDateTime

    wizard = _wizard(qtbot, session)
    qtbot.keyClicks(wizard.student_page.search, "200300")
    wizard.next()
    page = wizard.behavior_page
    page.check_behavior("fighting")
    qtbot.keyClicks(page.location, "Gym")
    assert _next_enabled(wizard)
    later = datetime.now() + timedelta(days=400)
    page.when.setDateTime(
        QDateTime.fromString(later.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")
    )
    assert not _next_enabled(wizard)
    assert "after now" in page.reason.text()


def test_the_strategies_are_grouped_by_type_and_searchable(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    page = wizard.context_page
    items = [page.strategies.item(i) for i in range(page.strategies.count())]
    headings = [i.text() for i in items if not i.data(Qt.ItemDataRole.UserRole)]
    assert headings[:2] == ["Type I", "Type II"] and not items[0].flags()  # a heading
    qtbot.keyClicks(page.search, "check in")
    shown = [i.text() for i in items if not i.isHidden()]
    assert shown == ["Type II", "Check in Check Out (CICO) or Check and Connect"]
    items[[i.text() for i in items].index(shown[1])].setCheckState(Qt.CheckState.Checked)
    assert "check_in_check_out" in wizard.draft.extra_strategies
    page.search.clear()
    assert all(not i.isHidden() for i in items)


def test_ticking_a_response_keeps_the_list_where_it_is(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")
    wizard.back()  # the suggestions page
    page = wizard.suggestions_page
    page.responses.resize(page.responses.width(), 120)  # a laptop's short list: it scrolls
    bar = page.responses.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    before = bar.value()
    last = page.responses.item(page.responses.count() - 1)
    last.setCheckState(Qt.CheckState.Checked)  # re-evaluates the case
    assert bar.value() == before > 0  # no jump to the top
    assert page.responses.item(page.responses.count() - 1) is last  # the same item, in place
    assert last.data(Qt.ItemDataRole.UserRole) in wizard.draft.responses


def test_a_date_is_typed_whole(qtbot: QtBot, session: Session) -> None:
    """Typed as people write it ("2026-03-09 10:15"), not section by section with arrows."""
    wizard = _wizard(qtbot, session)
    qtbot.keyClicks(wizard.student_page.search, "200300")
    wizard.next()
    when = wizard.behavior_page.when
    assert when.calendarPopup()  # the calendar is there too
    when.setFocus()
    qtbot.keyClick(when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(when, "2026-03-09 10:15")
    assert wizard.draft.datetime == "2026-03-09T10:15"
