"""The decision wizard: seven pages over one draft, saved as it goes, recorded on Finish."""

from __future__ import annotations

from disciplinedesk.store.drafts import discard_draft, save_draft
from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.actions import record_draft, revise_draft
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.qt import QMessageBox, QSize, QTimer, QWidget, QWizard, Signal
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.wizard.behavior_page import BehaviorPage
from disciplinedesk.ui.wizard.context import DraftContext
from disciplinedesk.ui.wizard.context_page import ContextPage
from disciplinedesk.ui.wizard.decision_page import DecisionPage
from disciplinedesk.ui.wizard.factors_page import FactorsPage
from disciplinedesk.ui.wizard.student_page import StudentPage
from disciplinedesk.ui.wizard.suggestions_page import SuggestionsPage
from disciplinedesk.ui.wizard.summary_page import SummaryPage

AUTOSAVE_MS = 4000


class DecisionWizard(QWizard):
    recorded = Signal(str)  # the incident id

    def __init__(
        self, session: Session, draft: Draft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New decision"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Qt translates these itself, but not into every language the program speaks.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.session = session
        if draft is None:
            draft = Draft(decided_by=str(get_setting(session.log, "decided_by") or ""))
        self.context = DraftContext(session, draft, self)
        self.student_page = StudentPage(self.context)
        self.behavior_page = BehaviorPage(self.context)
        self.context_page = ContextPage(self.context)
        self.factors_page = FactorsPage(self.context)
        self.suggestions_page = SuggestionsPage(self.context)
        self.decision_page = DecisionPage(self.context)
        self.summary_page = SummaryPage(self.context)
        for page in (
            self.student_page,
            self.behavior_page,
            self.context_page,
            self.factors_page,
            self.suggestions_page,
            self.decision_page,
            self.summary_page,
        ):
            self.addPage(page)
        if self.draft.revising:  # a recorded decision, changed: from its decision page
            self.setWindowTitle(
                self.tr("Revise the decision: {name}").format(
                    name=f"{self.draft.first_name} {self.draft.last_name}"
                )
            )
            self.setStartId(self.pageIds()[5])
        elif self.draft.back_entry:
            self.setWindowTitle(self.tr("Enter a past decision (back-entry)"))
        self.setMinimumSize(QSize(900, 600))
        keep_geometry(self, "wizard")  # inside the screen, where it was left
        self.currentIdChanged.connect(lambda _: self.save_draft())
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        self.incident_id: str | None = None

    @property
    def draft(self) -> Draft:
        return self.context.draft

    def save_draft(self) -> None:
        """Keep the unfinished decision in the log, so a crash or a closed lid loses nothing."""
        if self.context.dirty and self.incident_id is None:
            save_draft(self.session.log, self.draft.draft_id, self.draft.to_dict())
            self.context.dirty = False

    def accept(self) -> None:
        store = revise_draft if self.draft.revising else record_draft
        stored = store(parent=self, session=self.session, draft=self.draft)
        if stored is None:
            return
        self._autosave.stop()
        self.incident_id = stored.incident_id
        self.recorded.emit(stored.incident_id)
        super().accept()

    def reject(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard this decision?"),
            self.tr("What you entered will be discarded. Nothing has been recorded in the log."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._autosave.stop()
        discard_draft(self.session.log, self.draft.draft_id)
        super().reject()

    def suspend(self) -> None:
        """The window is going away without a decision (the program is closing): keep the draft."""
        self.context.dirty = True
        self.save_draft()
        self._autosave.stop()
