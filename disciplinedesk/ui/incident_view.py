"""One recorded incident, reopened: what happened, everyone involved, every decision
revision with who and when, the follow-ups, the documents that left the office about it, and
its audit trail; from here its documents are printed again and the incident voided.

Opened by Enter or a double-click on a row of the log. Reading it on screen is not a
disclosure (nothing leaves the office); printing from it is, as everywhere.
"""

from __future__ import annotations

from html import escape
from typing import Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.incidents import revisions_of, show_incident, void_incident
from disciplinedesk.store.rows import current_user
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.session import Session


class IncidentView(QDialog):
    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.resize(860, 640)
        keep_geometry(self, "incident")  # inside the screen, where it was left
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The incident"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.documents = QPushButton(self.tr("&Documents..."))
        self.documents.setToolTip(self.tr("Print or save the summary and the letters again"))
        self.void = QPushButton(self.tr("&Void the incident..."))
        self.revise = QPushButton(self.tr("&Revise a decision..."))
        self.revise.setToolTip(self.tr("The decision page again: a new revision, the earlier kept"))
        for button in (self.revise, self.documents, self.void):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.documents.clicked.connect(self.open_documents)
        self.void.clicked.connect(self.ask_void)
        self.revise.clicked.connect(self.ask_revise)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        details = show_incident(self.session.log, self.record_id)
        incident = details["incident"]
        when = incident["occurred_at"].replace("T", " ")
        self.setWindowTitle(
            self.tr("Incident: {when}, {where}").format(
                when=when, where=incident["location"] or self.tr("place not recorded")
            )
        )
        void = bool(incident["voided_at"])
        self.void.setEnabled(not void)
        self.documents.setEnabled(not void)
        self.revise.setEnabled(not void)
        self._offenders = [
            (p["record_id"], f"{p['student']['last_name']}, {p['student']['first_name']}")
            for p in details["participants"]
            if p["role"] == "offender" and not p["voided_at"]
        ]
        self.text.setHtml(self._html(details))

    def _html(self, details: dict[str, Any]) -> str:
        incident = details["incident"]
        parts = [f"<h2>{escape(self.windowTitle())}</h2>"]
        if incident["voided_at"]:
            parts.append(
                "<p style='color:#b3261e'><b>"
                + escape(self.tr("Void: {reason}").format(reason=incident["void_reason"]))
                + "</b></p>"
            )
        if incident["back_entry"]:
            parts.append(
                "<p><b>"
                + escape(
                    self.tr(
                        "Back-entry: a decision made before DisciplineDesk was used, entered "
                        "on {day} for the prior record."
                    ).format(day=incident["created_at"][:10])
                )
                + "</b></p>"
            )
        if incident["description"]:
            parts.append(f"<p>{escape(incident['description'])}</p>")
        if incident["reporter"]:
            parts.append(
                "<p>" + escape(self.tr("Reported by: {who}").format(who=incident["reporter"]))
            )
        parts.append("<h3>" + escape(self.tr("Who was involved")) + "</h3><ul>")
        parts.extend(f"<li>{self._person(p)}</li>" for p in details["participants"])
        parts.append("</ul>")
        parts.append(self._decisions(details))
        parts.append(self._trail(details))
        return "".join(parts)

    def _person(self, person: dict[str, Any]) -> str:
        roles = {
            "offender": self.tr("did something"),
            "victim": self.tr("was harmed"),
            "witness": self.tr("saw it"),
            "reporter": self.tr("reported it"),
        }
        student = person.get("student")
        who = (
            f"{student['last_name']}, {student['first_name']} ({student['local_id']})"
            if student
            else f"{person['person']['name']}"
        )
        line = f"<b>{escape(who)}</b>: {escape(roles[person['role']])}"
        pack = self.session.shown
        if person["role"] == "offender":
            names = [
                pack.behavior_by_id[b].label
                for b in person["behaviors"]
                if b in pack.behavior_by_id
            ]
            line += " · " + escape(", ".join(names))
            decision = person["decision"]
            if person["voided_at"]:
                line += " · " + escape(self.tr("void"))
            elif decision:
                line += " · " + escape(self._action(decision))
        for follow_up in person.get("follow_ups", []):
            line += "<br>&nbsp;&nbsp;" + escape(self._follow_up(follow_up))
        return line

    def _action(self, decision: dict[str, Any]) -> str:
        spec = self.session.shown.actions.get(decision["action"])
        name = spec.name if spec else decision["action"]
        days, start = float(decision["days"] or 0), decision["start_date"] or "-"
        if days.is_integer() and days:
            name += self.tr(", %n day(s) from {start}", "", int(days)).format(start=start)
        elif days:
            name += self.tr(", {days} days from {start}").format(days=f"{days:g}", start=start)
        return name

    def _follow_up(self, follow_up: dict[str, Any]) -> str:
        if follow_up["done_at"]:
            state = self.tr("done {when}").format(when=follow_up["done_at"][:10])
        elif follow_up["cancelled_at"]:
            state = self.tr("cancelled")
        else:
            state = self.tr("open")
        return f"{follow_up['due'].replace('T', ' ')} [{state}] {follow_up['text']}"

    def _decisions(self, details: dict[str, Any]) -> str:
        """Every offender's revisions, oldest first, with who decided and when."""
        parts = ["<h3>" + escape(self.tr("Decisions and their revisions")) + "</h3>"]
        for person in details["participants"]:
            if person["role"] != "offender":
                continue
            student = person["student"]
            revisions = revisions_of(self.session.log, person["record_id"])
            parts.append(
                f"<p><b>{escape(student['first_name'])} {escape(student['last_name'])}</b></p><ul>"
            )
            for revision in revisions:
                line = self.tr("Revision {n}: {action}, by {who} on {when}").format(
                    n=revision["revision"],
                    action=self._action(revision),
                    who=revision["decided_by"],
                    when=revision["decided_at"][:16].replace("T", " "),
                )
                if revision["override_reason"]:
                    line += " · " + self.tr("reason: {reason}").format(
                        reason=revision["override_reason"]
                    )
                if revision.get("change_reason"):
                    line += " · " + self.tr("why it changed: {reason}").format(
                        reason=revision["change_reason"]
                    )
                follow_ups = "".join(
                    "<br>&nbsp;&nbsp;" + escape(self._follow_up(f)) for f in revision["follow_ups"]
                )
                parts.append(f"<li>{escape(line)}{follow_ups}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def _trail(self, details: dict[str, Any]) -> str:
        """What left the office about the incident, and who changed what."""
        shared = details["incident"]["shared_id"]
        documents = self.session.log.query(
            "SELECT d.at, d.description, d.destination, d.actor FROM disclosures d "
            "JOIN incidents i ON i.id = d.incident_id "
            "WHERE i.shared_id = ? AND d.completed_at IS NOT NULL ORDER BY d.at",
            [shared],
        )
        parts = ["<h3>" + escape(self.tr("Documents")) + "</h3>"]
        if not documents:
            parts.append("<p>" + escape(self.tr("None printed or saved yet.")) + "</p>")
        parts.extend(
            "<p>"
            + escape(
                self.tr("{when}: {what}, by {who}, to {where}").format(
                    when=d["at"][:16].replace("T", " "),
                    what=d["description"],
                    who=d["actor"],
                    where=d["destination"],
                )
            )
            + "</p>"
            for d in documents
        )
        parts.append("<h3>" + escape(self.tr("Audit trail")) + "</h3><p>")
        another = self.tr("on another laptop")
        parts.append(
            "<br>".join(
                escape(
                    f"{a['at'][:16].replace('T', ' ')}  {a['table_name']} {a['action']}  {a['actor']}"
                    + (f" ({another} {a['origin'][:8]})" if a.get("origin") else "")
                )
                for a in details["audit"]
            )
        )
        return "".join(parts) + "</p>"

    def open_documents(self) -> None:
        from disciplinedesk.ui.document_dialog import DocumentDialog

        dialog = DocumentDialog(self.session, self.record_id, self)
        # Its printouts appear here. A method of this view, not a lambda: a lambda's
        # connection to a dialog deleted on close crashed PySide6 (a test caught it).
        dialog.finished.connect(self.refresh_after)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh_after(self, *_: object) -> None:
        """A dialog opened from here closed (documents printed, a decision revised)."""
        self.refresh()

    def ask_revise(self) -> None:
        """Whose decision (when several did something), then the decision page again."""
        choices = self._offenders
        if not choices:
            return
        record_id = choices[0][0]
        if len(choices) > 1:
            name, ok = QInputDialog.getItem(
                self,
                self.tr("Revise a decision"),
                self.tr("Whose decision?"),
                [name for _, name in choices],
                0,
                False,
            )
            if not ok:
                return
            record_id = next(key for key, shown in choices if shown == name)
        self.revise_decision(record_id)

    def revise_decision(self, record_id: str) -> Any:
        """The wizard at the decision page, with the decision as it stands; Finish stores
        a new revision with the reason for the change."""
        from disciplinedesk.ui.draft import Draft
        from disciplinedesk.ui.wizard.wizard import DecisionWizard

        draft = Draft.from_record(show_incident(self.session.log, record_id))
        wizard = DecisionWizard(self.session, draft, self)
        wizard.recorded.connect(self.refresh_after)
        wizard.open()
        return wizard

    def ask_void(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void the incident"),
            self.tr(
                "Void this incident for everyone involved? It stays in the log, marked void "
                "with your reason, and no longer counts in any record or report.\nReason:"
            ),
        )
        if not ok:
            return
        try:
            void_incident(self.session.log, self.record_id, reason, actor=current_user())
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not voided"), str(error))
            return
        self.session.notify()
        self.refresh()
