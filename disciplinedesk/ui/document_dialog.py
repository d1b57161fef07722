"""Preview, print or save a decision's documents (the summary and the family letter).

Every print and save is recorded as a disclosure; the preview stays on this screen.
"""

from __future__ import annotations

from pathlib import Path

from disciplinedesk.documents.texts import LETTER_LANGUAGES, load_texts
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.printing import decision_facts, letter_pdf, summary_pdf, write_document
from disciplinedesk.store.disclosures import record_disclosure
from disciplinedesk.store.incidents import student_of
from disciplinedesk.store.rows import current_user
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
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Decision summary (for the school's file)"), "summary")
        self.kind.addItem(self.tr("Letter to the family"), "letter")
        self.kind.setAccessibleName(self.tr("Document"))
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
        self.kind.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.pdf = b""
        self.refresh()

    def _kind(self) -> str:
        return str(self.kind.currentData())

    def _language(self) -> str:
        return str(self.language.currentData())

    def refresh(self) -> None:
        letter = self._kind() == "letter"
        self.language.setEnabled(letter)
        if letter:
            self.pdf = letter_pdf(
                self.session.log, self.session.pack, self.incident_id, self._language()
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
        student = student_of(self.session.log, self.incident_id)
        what = self.tr("Letter") if self._kind() == "letter" else self.tr("Decision summary")
        suggested = document_name(what, student.last_name, student.first_name)
        path = save_file(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"), "documents"
        )
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        try:
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
        student = student_of(self.session.log, self.incident_id)
        record_disclosure(
            self.session.log,
            kind=self._kind(),
            description=f"printed {self._kind()} for incident {self.incident_id}",
            destination=f"printer {printer.printerName() or printer.outputFileName()}",
            actor=current_user(),
            student_key=student.id,
            incident_id=self.incident_id,
        )
        self.session.notify()
