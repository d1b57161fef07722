"""Settings, About and the handbook's matrix browser as dialogs."""

from __future__ import annotations

import sys
from html import escape
from typing import TYPE_CHECKING

from disciplinedesk import __version__
from disciplinedesk.domain.translations import is_reviewed
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import SETTINGS, SettingError, get_setting, set_setting
from disciplinedesk.ui.error_label import ErrorLabel, setting_problem
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.matrix_browser import MatrixBrowser
from disciplinedesk.ui.month_day_edit import MonthDayEdit
from disciplinedesk.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    qVersion,
)
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import interface_languages, interface_translations

if TYPE_CHECKING:
    from disciplinedesk.ui.sharing import SharingController


def _setting_range(key: str) -> tuple[int, int]:
    """A numeric setting's range as the store declares it: the dialog cannot go outside it."""
    spec = SETTINGS[key]
    assert spec.minimum is not None and spec.maximum is not None
    return spec.minimum, spec.maximum


class SettingsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        sharing: SharingController | None = None,
    ) -> None:
        super().__init__(parent)
        self.sharing = sharing
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        log = session.log
        self.school_name = QLineEdit(str(get_setting(log, "school_name")))
        self.school_id = QLineEdit(str(get_setting(log, "school_id")))
        self.school_address = QLineEdit(str(get_setting(log, "school_address")))
        self.school_phone = QLineEdit(str(get_setting(log, "school_phone")))
        self.office_hours = QLineEdit(str(get_setting(log, "office_hours")))
        self.office_hours.setPlaceholderText(self.tr("e.g. Monday to Friday, 7:30 to 4:00"))
        for field in (self.school_address, self.school_phone, self.office_hours):
            field.setMaxLength(200)
            field.setToolTip(
                self.tr("On every family letter, so that the family knows whom to call.")
            )
        self.year_start = MonthDayEdit(str(get_setting(log, "school_year_start")))
        self.last_senior_day = QDateEdit()
        self.last_senior_day.setCalendarPopup(True)
        self.last_senior_day.setDisplayFormat("yyyy-MM-dd")
        self.last_senior_day.setSpecialValueText(self.tr("not set"))
        self.last_senior_day.setMinimumDate(QDate(2000, 1, 1))
        last = get_setting(log, "last_senior_day")
        self.last_senior_day.setDate(
            QDate.fromString(last, "yyyy-MM-dd") if last else self.last_senior_day.minimumDate()
        )
        self.decided_by = QLineEdit(str(get_setting(log, "decided_by")))
        self.edfi_namespace = QLineEdit(str(get_setting(log, "edfi_namespace")))
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in interface_languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(self.language.findData(str(get_setting(log, "language"))), 0)
        )
        self.language.setToolTip(self.tr("Takes effect the next time DisciplineDesk starts."))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(*_setting_range("lock_minutes"))
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setValue(int(get_setting(log, "lock_minutes")))
        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(*_setting_range("backups_keep"))
        self.backups_keep.setValue(int(get_setting(log, "backups_keep")))
        self.retention_years = QSpinBox()
        self.retention_years.setRange(*_setting_range("retention_years_kept"))
        self.retention_years.setSuffix(self.tr(" school years"))
        self.retention_years.setValue(int(get_setting(log, "retention_years_kept")))
        self.retention_years.setToolTip(
            self.tr("A purge never removes these school years, this one included.")
        )
        form = QFormLayout()
        # Each setting's widget, by key: a refused value is said under its own field.
        self.fields: dict[str, QWidget] = {
            "school_name": self.school_name,
            "school_id": self.school_id,
            "school_address": self.school_address,
            "school_phone": self.school_phone,
            "office_hours": self.office_hours,
            "school_year_start": self.year_start,
            "last_senior_day": self.last_senior_day,
            "decided_by": self.decided_by,
            "edfi_namespace": self.edfi_namespace,
            "language": self.language,
            "lock_minutes": self.lock_minutes,
            "backups_keep": self.backups_keep,
            "retention_years_kept": self.retention_years,
        }
        self.errors: dict[QWidget, ErrorLabel] = {}
        for label, widget in (
            (self.tr("School &name:"), self.school_name),
            (self.tr("School &id:"), self.school_id),
            (self.tr("School &address:"), self.school_address),
            (self.tr("&Telephone:"), self.school_phone),
            (self.tr("Office &hours:"), self.office_hours),
            (self.tr("School year &starts:"), self.year_start),
            (self.tr("&Last senior day (60-day rule):"), self.last_senior_day),
            (self.tr("Default &decided by:"), self.decided_by),
            (self.tr("Ed-Fi descriptor &namespace:"), self.edfi_namespace),
            (self.tr("Interface lan&guage (from the next start):"), self.language),
            (self.tr("&Lock the window after:"), self.lock_minutes),
            (self.tr("Daily &backups to keep:"), self.backups_keep),
            (self.tr("A purge always &keeps:"), self.retention_years),
        ):
            form.addRow(label, widget)
            name = label.replace("&", "").rstrip(":")
            widget.setAccessibleName(name)
            self.errors[widget] = ErrorLabel(
                self.tr("What is wrong with: {field}").format(field=name)
            )
            form.addRow(self.errors[widget])  # under its field; no room while empty
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if log.encrypted:
            change = QPushButton(self.tr("Change the &passphrase..."))
            change.clicked.connect(self.change_passphrase)
            share = QPushButton(self.tr("Sharing with the school's other laptops..."))
            share.clicked.connect(self.open_sharing)
            for button in (change, share):
                button.setAutoDefault(False)
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        # At its own size the fields were 170 px: an address or office hours were cut.
        self.resize(max(self.sizeHint().width(), 720), self.sizeHint().height())

    def open_sharing(self) -> None:
        from disciplinedesk.ui.sharing import SharingDialog

        SharingDialog(self.session, self.sharing, self).exec()

    def change_passphrase(self) -> None:
        from disciplinedesk.ui.passphrase_dialogs import ChangePassphraseDialog

        ChangePassphraseDialog(self.session.log, self).exec()

    def accept(self) -> None:
        log = self.session.log
        last = self.last_senior_day.date()
        values = {
            "school_name": self.school_name.text().strip(),
            "school_id": self.school_id.text().strip(),
            "school_address": self.school_address.text().strip(),
            "school_phone": self.school_phone.text().strip(),
            "office_hours": self.office_hours.text().strip(),
            "school_year_start": self.year_start.text(),
            "last_senior_day": None
            if last == self.last_senior_day.minimumDate()
            else last.toString("yyyy-MM-dd"),
            "decided_by": self.decided_by.text().strip(),
            "edfi_namespace": self.edfi_namespace.text().strip() or "uri://ed-fi.org",
            "language": str(self.language.currentData()),
            "lock_minutes": self.lock_minutes.value(),
            "backups_keep": self.backups_keep.value(),
            "retention_years_kept": self.retention_years.value(),
        }
        for error in self.errors.values():
            error.show_error("")
        for key, value in values.items():  # every refusal before anything is saved
            try:
                SETTINGS[key].check(value)
            except SettingError as problem:
                self.errors[self.fields[key]].show_error(setting_problem(key, str(problem)))
                self.fields[key].setFocus()
                return  # the dialog stays, with everything typed in it
        with log.transaction():
            for key, value in values.items():
                set_setting(log, key, value, actor=current_user())
        self.session.notify()
        super().accept()


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DisciplineDesk"))
        pack = session.pack.pack
        from disciplinedesk.documents.texts import LETTER_LANGUAGES, load_texts

        languages = []
        for code in LETTER_LANGUAGES:
            texts = load_texts(code)
            status = (
                self.tr("source text")
                if code == "en"
                else (
                    self.tr("reviewed")
                    if texts.reviewed and is_reviewed(session.pack, code)
                    else self.tr("draft, not yet reviewed by a qualified translator")
                )
            )
            languages.append(f"<li>{escape(texts.name)}: {escape(status)}</li>")
        interface = []
        for translation in interface_translations():
            status = (
                self.tr("incomplete: not offered yet")
                if not translation.complete
                else (
                    self.tr("reviewed")
                    if translation.reviewed
                    else self.tr("draft, not yet reviewed by a qualified translator")
                )
            )
            interface.append(f"<li>{escape(translation.name)}: {escape(status)}</li>")
        text = QLabel(
            "<h3>DisciplineDesk "
            + escape(__version__)
            + "</h3>"
            + "<p>"
            + escape(
                self.tr(
                    "Decision support for school discipline. The tool documents and advises; the administrator decides."
                )
            )
            + "</p>"
            + "<p>"
            + escape(
                self.tr("Policy pack: {name}, {id} version {version}").format(
                    name=pack.name, id=pack.id, version=pack.version
                )
            )
            + "</p>"
            + "<p>"
            + escape(self.tr("Data folder: {path}").format(path=session.data_dir))
            + "</p>"
            + "<p>"
            + escape(f"Python {sys.version.split()[0]} · Qt {qVersion()}")
            + "</p>"
            + "<p>"
            + escape(self.tr("Family letters and the handbook's texts (definitions, findings):"))
            + "</p><ul>"
            + "".join(languages)
            + "</ul><p>"
            + escape(self.tr("The interface (English is the source):"))
            + "</p><ul>"
            + "".join(interface)
            + "</ul><p>"
            + escape(self.tr("Works offline. Nothing is sent anywhere."))
            + "</p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(text.textInteractionFlags())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


class MatrixDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Behavior matrix"))
        self.resize(760, 640)
        keep_geometry(self, "matrix")  # inside the screen, where it was left
        self.browser = MatrixBrowser(session.shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
