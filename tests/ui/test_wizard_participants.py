"""A fight of two students with a third one hurt, recorded through the wizard's real
widgets into a real log: who was involved, a decision per offender, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from disciplinedesk.store.follow_ups import list_follow_ups
from disciplinedesk.store.incidents import list_incidents, show_incident
from disciplinedesk.store.students import StudentInput, upsert_students
from disciplinedesk.ui.qt import QWizard
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.wizard.involved import AddPersonDialog, AddStudentDialog
from disciplinedesk.ui.wizard.wizard import DecisionWizard
from tests.support import ALL_FACTORS

ANA = StudentInput(local_id="300100", first_name="Ana", last_name="Lopez", grade="8")
CY = StudentInput(local_id="300200", first_name="Cy", last_name="Tran", grade="8")


def _fight_in(session: Session) -> dict[str, Any]:
    """The store tests' fight, with Leo and Ana fighting and Cy hurt, in the session's log."""
    from tests.store.test_participants import fight

    with session.log.transaction():
        upsert_students(session.log, [ANA, CY], actor="test")
    data = fight()
    for place, local_id in enumerate(("200300", "300100", "300200")):
        data["participants"][place]["student"] = {"id": local_id}
    return data


def _wizard(qtbot: QtBot, session: Session) -> DecisionWizard:
    with session.log.transaction():
        upsert_students(session.log, [ANA, CY], actor="test")
    wizard = DecisionWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_enabled(wizard: DecisionWizard) -> bool:
    return bool(wizard.button(QWizard.WizardButton.NextButton).isEnabled())


def _who_was_involved(qtbot: QtBot, wizard: DecisionWizard) -> None:
    """Leo found first; Ana, who fought him, and Cy, who was hurt, from the dialogs; the
    teacher who saw it."""
    page = wizard.student_page
    qtbot.keyClicks(page.search, "200300")
    panel = page.involved
    students = {s.local_id: s for s in (ANA, CY)}
    roster = {k: v for k, v in page._students.items() if k in students}
    offender = AddStudentDialog(wizard.context, roster, wizard)
    qtbot.keyClicks(offender.search, "Lopez, Ana (300100)")
    assert not offender.supports.isVisibleTo(offender)  # supports are for a victim
    offender.role.setCurrentIndex(offender.role.findData("offender"))
    offender._accept()
    assert offender.entry is not None
    panel.add(offender.entry)
    victim = AddStudentDialog(wizard.context, roster, wizard)
    qtbot.keyClicks(victim.search, "300200")
    victim.role.setCurrentIndex(victim.role.findData("victim"))
    assert victim.supports.isVisibleTo(victim)
    victim.support_checks["stay_away_agreement"].setChecked(True)
    victim._accept()
    assert victim.entry is not None
    panel.add(victim.entry)
    witness = AddPersonDialog(wizard)
    witness._accept()
    assert witness.entry is None and "name" in witness.problem.text()  # a name is needed
    qtbot.keyClicks(witness.name, "Ms. Ortiz")
    witness.role.setCurrentIndex(witness.role.findData("witness"))
    witness._accept()
    assert witness.entry is not None
    panel.add(witness.entry)
    listed = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert listed[0].startswith("Lopez, Ana (300100): did something")
    assert listed[1].startswith("Tran, Cy (300200): was harmed")
    assert "No-contact or stay-away agreement" in listed[1]
    assert listed[2] == "Ms. Ortiz (Staff member): saw it (witness)"
    assert _next_enabled(wizard)


def _fill_offender(qtbot: QtBot, wizard: DecisionWizard) -> None:
    """The behavior page to the decision page for the offender shown."""
    wizard.behavior_page.check_behavior("fighting")
    wizard.next()  # context
    wizard.next()  # factors
    for factor_id, note in ALL_FACTORS.items():
        wizard.factors_page.notes[factor_id].setPlainText(note)
    wizard.next()  # suggestions
    wizard.suggestions_page.choose("restorative_conference")
    wizard.next()  # decision


def test_a_fight_of_two_with_a_victim_is_recorded_through_the_wizard(
    qtbot: QtBot, session: Session
) -> None:
    wizard = _wizard(qtbot, session)
    _who_was_involved(qtbot, wizard)
    wizard.next()  # behavior: Leo's
    selector = wizard.behavior_page.selector
    assert selector.isVisible() and selector.combo.count() == 2
    assert selector.combo.currentText() == "Park, Leo (200300)"
    qtbot.keyClicks(wizard.behavior_page.location, "Cafeteria")
    _fill_offender(qtbot, wizard)
    # Leaving Leo's behavior page gave Ana, who had none yet, the same: both were fighting.
    assert wizard.context.draft.offenders[1]["behaviors"] == ["fighting"]
    decision = wizard.decision_page
    decision.action.setCurrentIndex(decision.action.findData("in_school_suspension"))
    decision.days.setValue(1)
    qtbot.keyClicks(decision.override, "Hit Cy twice after being separated.")
    qtbot.keyClicks(decision.decided_by, "A. Rivera")
    assert _next_enabled(wizard), decision.reason.text()

    # Ana's part: back to her behavior page through the selector, her own decision.
    decision.selector.combo.setCurrentIndex(1)
    assert wizard.context.draft.student_id == "300100"
    assert decision.action.currentData() == "none"  # hers, not Leo's
    assert decision.override.toPlainText() == ""
    for _ in range(4):
        wizard.back()
    assert wizard.currentPage() is wizard.behavior_page
    assert wizard.behavior_page.location.text() == "Cafeteria"  # the incident's, shared
    _fill_offender(qtbot, wizard)
    assert _next_enabled(wizard), decision.reason.text()
    wizard.next()  # summary
    summary = wizard.summary_page.text.toPlainText()
    assert "Park, Leo (200300)" in summary and "Lopez, Ana (300100)" in summary
    assert "In-school suspension" in summary and "Ms. Ortiz: saw it" in summary
    with qtbot.waitSignal(wizard.recorded, timeout=3000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    (row,) = list_incidents(session.log)
    details = show_incident(session.log, row["incident_id"])
    people = [
        (p["role"], (p.get("student") or {}).get("local_id") or p["person"]["name"])
        for p in details["participants"]
    ]
    assert people == [
        ("offender", "200300"),
        ("offender", "300100"),
        ("victim", "300200"),
        ("witness", "Ms. Ortiz"),
    ]
    decisions = {p["student"]["local_id"]: p["decision"] for p in details["participants"][:2]}
    assert decisions["200300"]["action"] == "in_school_suspension"
    assert decisions["300100"]["action"] == "none"
    assert decisions["300100"]["decided_by"] == "A. Rivera"
    supports = [f for f in list_follow_ups(session.log) if f["role"] == "victim"]
    assert [(f["student_id"], f["kind"]) for f in supports] == [
        ("300200", "support.stay_away_agreement")
    ]


def test_a_blocked_offender_names_the_student_and_nothing_is_recorded(
    qtbot: QtBot, session: Session
) -> None:
    wizard = _wizard(qtbot, session)
    _who_was_involved(qtbot, wizard)
    wizard.next()
    _fill_offender(qtbot, wizard)
    qtbot.keyClicks(wizard.decision_page.decided_by, "A. Rivera")
    # Ana: a Type I behavior with an out-of-school suspension, which the handbook forbids.
    wizard.context.show_offender(1)
    draft = wizard.context.draft
    draft.behaviors = ["tardiness"]
    draft.action, draft.days, draft.start_date = "out_of_school_suspension", 1, draft.datetime[:10]
    draft.override_reason = "late again"
    wizard.context.show_offender(0)
    wizard.next()  # summary
    assert wizard.currentPage() is wizard.summary_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "The decision for Ana Lopez is not permitted" in wizard.summary_page.reason.text()
    assert list_incidents(session.log) == []


def test_each_family_view_shows_only_its_own_child(qtbot: QtBot, session: Session) -> None:
    wizard = _wizard(qtbot, session)
    _who_was_involved(qtbot, wizard)
    wizard.next()
    wizard.behavior_page.description.setPlainText("Leo Park and Ana Lopez hit Cy Tran.")
    _fill_offender(qtbot, wizard)
    page = wizard.decision_page
    for index, (me, others) in enumerate(
        (("Leo Park", ("Ana", "Lopez", "Cy", "Tran", "Ortiz")), ("Ana Lopez", ("Leo", "Park")))
    ):
        page.selector.combo.setCurrentIndex(index)
        page.open_family_view()
        shown = page.family_view.text.toPlainText()
        assert me in shown
        for name in (*others, "Tran", "Ortiz"):
            assert name not in shown, name
        page.family_view.accept()
    wizard.suspend()


def test_the_documents_dialog_asks_whose_and_gives_the_victim_the_supports_letter(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.ui.document_dialog import DocumentDialog

    data = _fight_in(session)
    recorded = record_incident(session.log, session.pack, data, actor="t")
    dialog = DocumentDialog(session, recorded.incident_id)
    qtbot.addWidget(dialog)
    people = [dialog.who.itemText(i) for i in range(dialog.who.count())]
    assert people == [
        "Park, Leo (200300)",
        "Lopez, Ana (300100)",
        "Tran, Cy (300200): harmed (letter of the supports)",
    ]
    assert dialog.who.isVisibleTo(dialog)
    dialog.who.setCurrentIndex(2)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["letter"]
    assert dialog.pdf.startswith(b"%PDF")
    dialog.save_to(tmp_path / "supports.pdf")
    (row,) = session.log.query("SELECT description FROM disclosures")
    assert row["description"] == f"supports letter (en) for incident {recorded.incident_id}"
    dialog.who.setCurrentIndex(1)
    assert dialog.incident_id == recorded.offenders[1].record_id
    assert dialog.kind.count() == 2 and dialog.windowTitle() == "Documents: Ana Lopez"


def test_the_log_shows_one_row_per_incident_with_everyone_involved(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.ui.log_model import LogModel
    from disciplinedesk.ui.qt import Qt

    data = _fight_in(session)
    data["participants"][1]["behaviors"] = ["inappropriate_physical_contact"]
    record_incident(session.log, session.pack, data, actor="t")
    model = LogModel(session)
    model.reload()
    assert model.rowCount() == 1
    cell = model.index(0, 1)
    assert model.data(cell) == "Park, Leo (200300), Lopez A. + 1 victim, 1 witness"
    assert model.data(model.index(0, 2)) == "Fighting, Inappropriate physical contact"
    assert model.data(model.index(0, 4)) == "In-school suspension, 1 day; No exclusion"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "Park, Leo (200300): offender",
        "Lopez, Ana (300100): offender",
        "Tran, Cy (300200): victim",
        "Ms. Ortiz: witness",
    ]


def test_the_return_meeting_records_the_day_back_and_a_support_reads_as_offered(
    qtbot: QtBot, session: Session, monkeypatch: object
) -> None:
    from datetime import date

    from disciplinedesk.store.participants import record_incident
    from disciplinedesk.ui.follow_ups_panel import FollowUpsPanel, ReturnDialog
    from disciplinedesk.ui.qt import QDate, QDialog

    data = _fight_in(session)
    data["participants"][2]["supports"] = ["safety_plan"]
    record_incident(session.log, session.pack, data, actor="t")
    panel = FollowUpsPanel(session)
    qtbot.addWidget(panel)
    tree = panel.tree
    items = {
        tree.topLevelItem(g).child(i).text(2): tree.topLevelItem(g).child(i)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    }
    support = items[
        "Safety plan, made with the school's counselor, social worker or psychologist (p. 10)"
    ]
    assert support.text(1) == "Tran, Cy"  # the student it is offered to
    dialog = ReturnDialog("Mark done: Return to school", panel)
    dialog.back.setDate(QDate(2026, 11, 23))
    assert dialog.returned() == date(2026, 11, 23)
    assert dialog.back.maximumDate() == QDate.currentDate()  # not a day still to come
    # The panel's own dialog, accepted as it opens: the day back defaults to today.
    monkeypatch.setattr(ReturnDialog, "exec", lambda self: QDialog.DialogCode.Accepted)  # type: ignore[attr-defined]
    (back,) = [i for text, i in items.items() if text.startswith("Return to school")]
    tree.setCurrentItem(back)
    panel.done.click()
    (row,) = session.log.query(
        "SELECT returned_on, done_at FROM follow_ups WHERE kind = 'return_to_school'"
    )
    assert row["returned_on"] == date.today().isoformat() and row["done_at"]
