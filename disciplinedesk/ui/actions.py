"""User actions as small functions: each calls the store, reports what changed, and says
plainly what went wrong (never a traceback)."""

from __future__ import annotations

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.drafts import discard_draft
from disciplinedesk.store.incidents import Recorded, record_decision
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.students import StudentInput
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.qt import QMessageBox, QWidget
from disciplinedesk.ui.session import Session


def record_draft(*, parent: QWidget, session: Session, draft: Draft) -> Recorded | None:
    """Store the wizard's decision (and a hand-entered student) in one transaction."""
    new_student = None
    if not draft.in_roster:
        new_student = StudentInput(
            local_id=draft.student_id,
            first_name=draft.first_name,
            last_name=draft.last_name,
            grade=draft.grade,
            iep=draft.iep,
            section_504=draft.section_504,
            sped_referral_pending=draft.sped_referral_pending,
            family_language=draft.family_language,
        )
    try:
        recorded = record_decision(
            session.log,
            session.pack,
            draft.to_record(),
            actor=current_user(),
            new_student=new_student,
        )
    except UserFacingError as error:
        QMessageBox.warning(parent, parent.tr("Not recorded"), str(error))
        return None
    discard_draft(session.log, draft.draft_id)
    session.notify()
    return recorded
