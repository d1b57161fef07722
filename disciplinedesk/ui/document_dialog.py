"""Preview, print or save a decision's documents (the summary and the family letter).

With several students involved, each offender has their own summary and letter, and a
student who was harmed the letter of the supports offered: the dialog asks whose. Every
print and save is recorded as a disclosure; the preview stays on this screen.
"""

from __future__ import annotations

from pathlib import Path

from disciplinedesk.documents.support_letter import build_support_letter
from disciplinedesk.documents.texts import LETTER_LANGUAGES, load_texts
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.printing import (
    decision_facts,
    letter_pdf,
    summary_pdf,
    support_facts,
    write_document,
    write_support_letter,
)
from disciplinedesk.store.disclosures import record_disclosure
from disciplinedesk.store.incidents import show_incident, student_of
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.students import Student, get_student
from disciplinedesk.ui.file_dialogs import document_name, save_file
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.qt import (
    QBuffer,
    QByteArray,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QIODevice,
    QLabel,
    QMessageBox,
    QPainter,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.qt_pdf import QPdfDocument, QPdfView, QPrintDialog, QPrinter
from disciplinedesk.ui.session import Session


class DocumentDialog(QDialog):
    def __init__(self, session: Session, incident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id = incident_id
        facts = decision_facts(session.log, incident_id)
        self.setWindowTitle(self.tr("Documents: {name}").format(name=facts.student_name))
        self.resize(900, 760)
        keep_geometry(self, "documents")  # inside the screen, where it was left
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Whose documents"))
        details = show_incident(session.log, incident_id)
        self.shared_id = str(details["incident"]["shared_id"])
        for person in details["participants"]:
            student = person.get("student")
            if student is None or person.get("voided_at"):
                continue
            name = f"{student['last_name']}, {student['first_name']} ({student['local_id']})"
            if person["role"] == "offender":
                self.who.addItem(name, ("offender", person["record_id"]))
            elif person["role"] == "victim":
                label = self.tr("{name}: harmed (letter of the supports)").format(name=name)
                self.who.addItem(label, ("victim", student["local_id"]))
        self.who.setCurrentIndex(max(0, self.who.findData(("offender", incident_id))))
        self.who.setVisible(self.who.count() > 1)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Document"))
        self._fill_kinds()
        self.language = QComboBox()
        for code in LETTER_LANGUAGES:
            texts = load_texts(code)
            name = session.shown.language_name(code)  # in the interface's language
            label = (
                name
                if texts.reviewed
                else self.tr("{language} (draft translation)").format(language=name)
            )
            self.language.addItem(label, code)
        family = facts.family_language if facts.family_language in LETTER_LANGUAGES else "en"
        self.language.setCurrentIndex(self.language.findData(family))
        self.language.setAccessibleName(self.tr("Letter language"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview"))
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)
        self._buffer = QBuffer(self)
        self.print_button = QPushButton(self.tr("&Print..."))
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        close = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.who, 2)
        top.addWidget(self.kind, 2)
        top.addWidget(self.language, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # Enter prints (the print dialog asks first), never Save as PDF's file dialog.
        self.print_button.setDefault(True)
        self.who.currentIndexChanged.connect(self._who_changed)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.pdf = b""
        self.refresh()

    def _fill_kinds(self) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        if self._victim() is None:
            self.kind.addItem(self.tr("Decision summary (for the school's file)"), "summary")
            self.kind.addItem(self.tr("Letter to the family"), "letter")
        else:
            self.kind.addItem(self.tr("Letter to the family: the supports offered"), "letter")
        self.kind.blockSignals(False)

    def _who_changed(self) -> None:
        role, key = self.who.currentData()
        if role == "offender":
            self.incident_id = key
        self._fill_kinds()
        student = self._student()
        family = student.family_language
        self.language.setCurrentIndex(
            self.language.findData(family if family in LETTER_LANGUAGES else "en")
        )
        self.setWindowTitle(self.tr("Documents: {name}").format(name=student.name))
        self.refresh()

    def _victim(self) -> str | None:
        """The school id of the student harmed whose letter is shown, or None."""
        data = self.who.currentData()
        return str(data[1]) if data and data[0] == "victim" else None

    def _student(self) -> Student:
        victim = self._victim()
        if victim is not None:
            return get_student(self.session.log, victim)
        return student_of(self.session.log, self.incident_id)

    def _kind(self) -> str:
        return str(self.kind.currentData())

    def _language(self) -> str:
        return str(self.language.currentData())

    def refresh(self) -> None:
        letter = self._kind() == "letter"
        self.language.setEnabled(letter)
        victim = self._victim()
        if letter:
            self.pdf = (
                letter_pdf(self.session.log, self.session.pack, self.incident_id, self._language())
                if victim is None
                else build_support_letter(
                    support_facts(self.session.log, self.shared_id, victim),
                    self.session.pack,
                    language=self._language(),
                )
            )
            texts = load_texts(self._language())
            self.note.setText(
                ""
                if texts.reviewed or self._language() == "en"
                else self.tr(
                    "The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family's copy."
                ).format(language=self.session.shown.language_name(self._language()))
            )
        else:
            self.pdf = summary_pdf(self.session.log, self.session.pack, self.incident_id)
            self.note.setText(self.tr("Confidential student record: for the school's file."))
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def save_document(self) -> None:
        student = self._student()
        what = self.tr("Letter") if self._kind() == "letter" else self.tr("Decision summary")
        suggested = document_name(what, student.last_name, student.first_name)
        path = save_file(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"), "documents"
        )
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        victim = self._victim()
        try:
            if victim is not None:
                write_support_letter(
                    self.session.log,
                    self.session.pack,
                    self.shared_id,
                    victim,
                    path,
                    actor=current_user(),
                    language=self._language(),
                )
            else:
                write_document(
                    self.session.log,
                    self.session.pack,
                    self.incident_id,
                    self._kind(),
                    path,
                    actor=current_user(),
                    language=self._language() if self._kind() == "letter" else None,
                )
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self.session.notify()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Not printed"), self.tr("The printer could not be opened.")
            )
            return
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(self.document.pageCount()):
            if page:
                printer.newPage()
            image = self.document.render(page, area.size())
            painter.drawImage(0, 0, image)
        painter.end()
        student = self._student()
        what = "supports letter" if self._victim() else self._kind()
        incident = self.shared_id if self._victim() else self.incident_id
        record_disclosure(
            self.session.log,
            kind=self._kind(),
            description=f"printed {what} for incident {incident}",
            destination=f"printer {printer.printerName() or printer.outputFileName()}",
            actor=current_user(),
            student_key=student.id,
            incident_id=incident,
        )
        self.session.notify()
