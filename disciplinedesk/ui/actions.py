"""User actions as small functions: each calls the store, reports what changed, and says
plainly what went wrong (never a traceback)."""

from __future__ import annotations

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.drafts import discard_draft
from disciplinedesk.store.incidents import Recorded, revise_decision
from disciplinedesk.store.participants import RecordedIncident, record_incident
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.students import StudentInput
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.qt import QMessageBox, QWidget
from disciplinedesk.ui.session import Session


def record_draft(*, parent: QWidget, session: Session, draft: Draft) -> RecordedIncident | None:
    """Store the wizard's incident: every offender's decision, the others involved and any
    student entered by hand, in one transaction, or nothing, saying who blocks it."""
    new_students = {
        offender["student_id"]: StudentInput(
            local_id=offender["student_id"],
            first_name=offender["first_name"],
            last_name=offender["last_name"],
            grade=offender["grade"],
            iep=offender["iep"],
            section_504=offender["section_504"],
            sped_referral_pending=offender["sped_referral_pending"],
            family_language=offender["family_language"],
        )
        for offender in draft.all_offenders()
        if not offender["in_roster"]
    }
    try:
        recorded = record_incident(
            session.log,
            session.pack,
            draft.to_record(),
            actor=current_user(),
            new_students=new_students,
        )
    except UserFacingError as error:
        QMessageBox.warning(parent, parent.tr("Not recorded"), named(str(error), draft))
        return None
    discard_draft(session.log, draft.draft_id)
    session.notify()
    return recorded


def named(message: str, draft: Draft) -> str:
    """The store names a participant by place and id ("participants[1] (student S2)"); a
    person reads the student's name."""
    for index, offender in enumerate(draft.all_offenders()):
        place = f"participants[{index}] (student {offender['student_id']})"
        name = f"{offender['first_name']} {offender['last_name']}".strip()
        message = message.replace(place, name or offender["student_id"])
    return message


def revise_draft(*, parent: QWidget, session: Session, draft: Draft) -> Recorded | None:
    """Store the wizard's revision of a recorded decision: a new revision with the reason
    for the change, the earlier one kept; or nothing, saying why."""
    try:
        recorded = revise_decision(
            session.log,
            session.pack,
            draft.revising,
            draft.revision_changes(),
            actor=current_user(),
            student=draft.student_id,  # this offender's, in an incident of several
        )
    except UserFacingError as error:
        QMessageBox.warning(parent, parent.tr("Not revised"), str(error))
        return None
    discard_draft(session.log, draft.draft_id)
    session.notify()
    return recorded
