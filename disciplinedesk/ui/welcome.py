"""The first start: name the school, set the log's passphrase, bring in its calendar and
roster, or explore a demo.

Shown when the data folder holds no log yet. Nothing is written until the user chooses
**Start**: then the log is created with the school's settings and the imports in one
transaction, so a bad roster file leaves no half-made log behind. The demo goes into a
folder of its own beside the real one, so made-up students never mix with real records.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.log_file import log_path
from disciplinedesk.ui.error_label import ErrorLabel, setting_problem
from disciplinedesk.ui.file_dialogs import open_file
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.month_day_edit import MonthDayEdit
from disciplinedesk.ui.passphrase_dialogs import NewPassphraseFields

if TYPE_CHECKING:
    from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.ui.qt import (
    QApplication,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def demo_folder(data_dir: Path) -> Path:
    """Where the demo school lives: beside the real data folder, never inside it."""
    return data_dir.with_name(data_dir.name + "-demo")


class WelcomeDialog(QDialog):
    """Accepted with `chosen_dir` set to the folder whose log the main window should open.

    It shows before the policy pack is read: `handbook` is the pack's name, and `pack` gives
    the pack itself when Start or the demo needs it (read meanwhile, while the form is filled
    in). Nothing here uses Qt's `Qt` namespace, whose set-up costs a first window 15 ms."""

    def __init__(
        self,
        data_dir: Path,
        pack: Callable[[], PolicyPack],
        handbook: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.pack = pack
        self.chosen_dir: Path | None = None
        self.passphrase: str | None = None
        self.roster_path: Path | None = None
        self.calendar_path: Path | None = None
        self.setWindowTitle(self.tr("Welcome to DisciplineDesk"))
        intro = QLabel(
            self.tr(
                "<h2>Welcome</h2><p>DisciplineDesk helps you decide what to do after a student's "
                "behavior, following the {handbook}. It works offline: the log of decisions stays "
                "on this computer, in {folder}.</p>"
            ).format(handbook=handbook, folder=data_dir)
        )
        intro.setWordWrap(True)

        self.school_name = QLineEdit()
        self.school_name.setPlaceholderText(self.tr("e.g. Rosewood Middle School"))
        self.year_start = MonthDayEdit("07-01")
        # What every family letter needs to say whom to call, and who decides.
        self.school_address = QLineEdit()
        self.school_phone = QLineEdit()
        self.office_hours = QLineEdit()
        self.office_hours.setPlaceholderText(self.tr("e.g. Monday to Friday, 7:30 to 4:00"))
        self.your_name = QLineEdit()
        self.your_name.setPlaceholderText(self.tr("e.g. A. Rivera, Vice Principal"))
        for field in (self.school_address, self.school_phone, self.office_hours, self.your_name):
            field.setMaxLength(200)
        self.last_senior_day = QDateEdit()
        self.last_senior_day.setCalendarPopup(True)
        self.last_senior_day.setDisplayFormat("yyyy-MM-dd")
        self.last_senior_day.setMinimumDate(QDate(2000, 1, 1))
        self.last_senior_day.setSpecialValueText(self.tr("not known yet"))
        self.last_senior_day.setDate(self.last_senior_day.minimumDate())
        self.last_senior_day.setToolTip(
            self.tr("The 60-day rule for seniors needs it; it can be set later in Settings.")
        )
        self.calendar_label = QLabel(self.tr("No calendar yet: weekends only"))
        calendar_button = QPushButton(self.tr("Choose &calendar..."))
        calendar_button.clicked.connect(self.choose_calendar)
        self.roster_label = QLabel(self.tr("No roster yet: add students as you go"))
        roster_button = QPushButton(self.tr("Choose &roster..."))
        roster_button.clicked.connect(self.choose_roster)
        # What is wrong is said under the field it is about (no room while nothing is).
        self.errors = {
            "school_name": ErrorLabel(self.tr("What is wrong with the school name")),
            "year_start": ErrorLabel(self.tr("What is wrong with the start of the year")),
            "calendar": ErrorLabel(self.tr("What is wrong with the calendar")),
            "roster": ErrorLabel(self.tr("What is wrong with the roster")),
            "passphrase": ErrorLabel(self.tr("What is wrong with the passphrase")),
            "log": ErrorLabel(self.tr("Why the log was not created")),
        }
        form = QFormLayout()
        form.addRow(self.tr("School &name:"), self.school_name)
        form.addRow(self.errors["school_name"])
        form.addRow(self.tr("School &address:"), self.school_address)
        form.addRow(self.tr("&Telephone:"), self.school_phone)
        form.addRow(self.tr("Office &hours:"), self.office_hours)
        form.addRow(self.tr("Your name (“decided by”):"), self.your_name)
        form.addRow(self.tr("School year &starts:"), self.year_start)
        form.addRow(self.errors["year_start"])
        form.addRow(self.tr("Last day for s&eniors:"), self.last_senior_day)
        form.addRow(self.tr("Calendar (.ics or CSV):"), _row(self.calendar_label, calendar_button))
        form.addRow(self.errors["calendar"])
        form.addRow(self.tr("Roster (OneRoster or CSV):"), _row(self.roster_label, roster_button))
        form.addRow(self.errors["roster"])
        for widget, name in (
            (self.school_name, self.tr("School name")),
            (self.school_address, self.tr("School address")),
            (self.school_phone, self.tr("School phone")),
            (self.office_hours, self.tr("Office hours")),
            (self.your_name, self.tr("Your name")),
            (self.last_senior_day, self.tr("Last day for seniors")),
            (self.year_start, self.tr("School year starts")),
            (calendar_button, self.tr("Choose the school calendar")),
            (roster_button, self.tr("Choose the roster")),
        ):
            widget.setAccessibleName(name)
        self.passphrase_fields = NewPassphraseFields()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.clicked.connect(self.start)
        setup = QGroupBox(self.tr("Set up your school"))
        setup_layout = QVBoxLayout(setup)
        setup_layout.addLayout(form)
        setup_layout.addWidget(QLabel(self.tr("<b>The log is encrypted with a passphrase.</b>")))
        setup_layout.addWidget(self.passphrase_fields)
        setup_layout.addWidget(self.errors["passphrase"])
        setup_layout.addWidget(self.errors["log"])
        setup_layout.addLayout(_at_right(self.start_button))

        self.demo_button = QPushButton(self.tr("Explore with &demo data"))
        self.demo_button.clicked.connect(self.explore_demo)
        demo = QGroupBox(self.tr("Or look around first"))
        demo_layout = QVBoxLayout(demo)
        demo_text = QLabel(
            self.tr(
                "A made-up school with a few hundred students and a year of decisions, in a "
                "separate folder ({folder}). The title bar says DEMO DATA while you use it."
            ).format(folder=demo_folder(data_dir))
        )
        demo_text.setWordWrap(True)
        demo_layout.addWidget(demo_text)
        demo_layout.addLayout(_at_right(self.demo_button))

        self.problem = QLabel()  # what is happening ("Preparing the log...")
        self.problem.setWordWrap(True)
        quit_button = QPushButton(self.tr("&Quit"))
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(setup)
        layout.addWidget(demo)
        layout.addWidget(self.problem)
        layout.addLayout(_at_right(quit_button))
        # Enter in any field presses Start. Set once the button is in the dialog: Qt keeps a
        # dialog's default only for a button inside it, and would otherwise take the first
        # button in the tab order (Choose calendar..., a file dialog).
        self.start_button.setDefault(True)
        self.resize(760, 680)
        keep_geometry(self, "welcome")  # inside the screen, where it was left

    # -- choices -------------------------------------------------------------------------
    def choose_calendar(self) -> None:
        path = open_file(
            self, self.tr("School calendar"), self.tr("Calendar (*.ics *.csv)"), "calendar"
        )
        if path is not None:
            self.set_calendar(path)

    def choose_roster(self) -> None:
        path = open_file(
            self, self.tr("Roster"), self.tr("Roster (*.csv);;All files (*)"), "roster"
        )
        if path is not None:
            self.set_roster(path)

    def set_calendar(self, path: Path) -> None:
        self.calendar_path = path
        self.calendar_label.setText(path.name)

    def set_roster(self, path: Path) -> None:
        self.roster_path = path
        self.roster_label.setText(path.name)

    # -- creating the log -------------------------------------------------------------------
    def start(self) -> None:
        """Create the school's log: settings and imports together, or nothing."""
        # The store, when the school is set up (the first window shows without it).
        from disciplinedesk.store.calendar import import_calendar_days
        from disciplinedesk.store.database import open_log
        from disciplinedesk.store.imports.calendar_file import read_calendar
        from disciplinedesk.store.imports.roster import read_roster
        from disciplinedesk.store.rows import current_user
        from disciplinedesk.store.settings import SETTINGS, SettingError, set_setting
        from disciplinedesk.store.students import upsert_students

        self._refuse("")
        name = self.school_name.text().strip()
        if not name:
            self._refuse(
                self.tr("Enter the school's name: it heads every letter and report."),
                "school_name",
            )
            self.school_name.setFocus()
            return
        try:
            SETTINGS["school_year_start"].check(self.year_start.text())
        except SettingError as error:
            self._refuse(setting_problem("school_year_start", str(error)), "year_start")
            self.year_start.setFocus()
            return
        problem = self.passphrase_fields.problem()
        if problem:
            self._refuse(problem, "passphrase")
            self.passphrase_fields.first.setFocus()
            return
        passphrase = self.passphrase_fields.passphrase()
        pack = self._pack()
        if pack is None:
            return
        try:  # nothing is created before both files are read whole
            calendar = read_calendar(self.calendar_path, pack.zone) if self.calendar_path else None
        except UserFacingError as error:
            self._refuse(str(error), "calendar")
            return
        try:
            roster = read_roster(self.roster_path).students if self.roster_path else []
        except UserFacingError as error:
            self._refuse(str(error), "roster")
            return
        self._busy(True)
        log = open_log(self.data_dir, passphrase=passphrase)
        try:
            actor = current_user()
            with log.transaction():
                set_setting(log, "school_name", name, actor=actor)
                set_setting(log, "school_year_start", self.year_start.text(), actor=actor)
                for key, field in (
                    ("school_address", self.school_address),
                    ("school_phone", self.school_phone),
                    ("office_hours", self.office_hours),
                    ("decided_by", self.your_name),
                ):
                    if field.text().strip():
                        set_setting(log, key, field.text().strip(), actor=actor)
                senior = self.last_senior_day.date()
                if senior != self.last_senior_day.minimumDate():
                    set_setting(log, "last_senior_day", senior.toString("yyyy-MM-dd"), actor=actor)
                if calendar is not None:
                    import_calendar_days(log, calendar.days, source=calendar.source, actor=actor)
                upsert_students(log, roster, actor=actor)
        except UserFacingError as error:
            log.close()
            self._discard_new_log()
            self._busy(False)
            self._refuse(str(error), "log")
            return
        log.close()
        self.chosen_dir = self.data_dir
        self.passphrase = passphrase
        self.accept()

    def explore_demo(self) -> None:
        from disciplinedesk.store.database import open_log
        from disciplinedesk.store.sample import populate
        from disciplinedesk.store.settings import set_setting

        folder = demo_folder(self.data_dir)
        if not log_path(folder).exists():
            pack = self._pack()
            if pack is None:
                return
            self._busy(True)
            log = open_log(folder)
            try:
                with log.transaction():
                    set_setting(log, "demo", True, actor="demo")
                populate(log, pack, students=300, incidents=900, span_days=270)
            finally:
                log.close()
        self.chosen_dir = folder
        self.accept()

    def _pack(self) -> PolicyPack | None:
        """The policy pack; None, with the reason shown, when its file is refused."""
        try:
            return self.pack()
        except UserFacingError as error:
            self._refuse(str(error), "log")
            return None

    def _discard_new_log(self) -> None:
        """A refused start leaves the folder as it was: empty, so this dialog comes back."""
        for suffix in ("", "-wal", "-shm"):
            side = log_path(self.data_dir).with_name(log_path(self.data_dir).name + suffix)
            side.unlink(missing_ok=True)

    def _refuse(self, message: str, where: str = "log") -> None:
        """Say what is wrong under the field it is about ("" clears every message)."""
        for key, label in self.errors.items():
            label.show_error(message if key == where else "")

    def _busy(self, busy: bool) -> None:
        for button in (self.start_button, self.demo_button):
            button.setEnabled(not busy)
        if busy:
            self.problem.setText(self.tr("Preparing the log..."))
            QApplication.processEvents()


def _at_right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


def _row(label: QLabel, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(label, 1)
    row.addWidget(button)
    return row
