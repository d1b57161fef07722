"""The main window: the log with search and filters, what is due, and the actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.drafts import discard_draft, latest_draft
from disciplinedesk.store.incidents import IncidentFilter, count_incidents
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import get_setting
from disciplinedesk.store.students import list_students, upsert_students
from disciplinedesk.ui.draft import Draft
from disciplinedesk.ui.file_dialogs import open_file, save_file
from disciplinedesk.ui.follow_ups_panel import FollowUpsPanel
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.jobs import Job, run_with_progress
from disciplinedesk.ui.log_model import LogModel
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPoint,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.session import Session

if TYPE_CHECKING:
    from disciplinedesk.ui.incident_view import IncidentView
    from disciplinedesk.ui.reports_view import ReportsView
    from disciplinedesk.ui.wizard.wizard import DecisionWizard


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.wizard: DecisionWizard | None = None
        self.documents: QDialog | None = None
        self._jobs: list[Any] = []
        # The whole count, asked for once the filter has settled (see _show_count).
        self._count_asked = 0
        self._count_soon = QTimer(self)
        self._count_soon.setSingleShot(True)
        self._count_soon.setInterval(300)
        self._count_soon.timeout.connect(self._count_all)
        self._update_title()
        session.changed.connect(self._update_title)

        self.model = LogModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The log of incidents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Newest first, as the model starts: enabling sorting then asks for no other order.
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows in view, not to every row loaded: measuring thousands of
        # rows at each page fetched made start-up and scrolling slow.
        header.setResizeContentsPrecision(0)
        # Enter or a double-click on a row reopens the incident.
        self.table.activated.connect(self.open_incident)

        self.search = QLineEdit(placeholderText=self.tr("Search descriptions and names"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.setClearButtonEnabled(True)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, label in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("any"))
            edit.setDate(edit.minimumDate())
            edit.setAccessibleName(label)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for level in sorted(session.shown.type_by_level):
            self.type_filter.addItem(session.shown.type_by_level[level].name, level)
        self.type_filter.setAccessibleName(self.tr("Type"))
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("All actions"), None)
        for action_id, spec in session.shown.actions.items():
            self.action_filter.addItem(spec.name, action_id)
        self.action_filter.setAccessibleName(self.tr("Action"))
        self.open_only = QCheckBox(self.tr("Open &follow-ups"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for widget in (self.since, self.until):
            widget.dateChanged.connect(self._debounce.start)
        for combo in (self.type_filter, self.action_filter):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.open_only.toggled.connect(self._debounce.start)

        # Two rows: on one, the search was squeezed to a few letters at 1280 px and to
        # nothing at the window's narrowest (seen in a real window); the search and the
        # dates come first, the kinds of incident under them.
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        when = QHBoxLayout()
        when.addWidget(search_label)
        when.addWidget(self.search, 1)
        when.addWidget(QLabel(self.tr("From")))
        when.addWidget(self.since)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.until)
        kind = QHBoxLayout()
        kind.addWidget(self.type_filter)
        kind.addWidget(self.action_filter)
        kind.addWidget(self.open_only)
        kind.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(when)
        filters.addLayout(kind)
        self.count = QLabel()
        # The report window, kept: "Back to the report" reopens it as it was.
        self._report: ReportsView | None = None
        self.drill_bar = QWidget()
        drill = QHBoxLayout(self.drill_bar)
        drill.setContentsMargins(0, 0, 0, 0)
        self.drill_label = QLabel()
        self.drill_label.setWordWrap(True)
        self.drill_label.setStyleSheet("font-weight: bold;")
        back = QPushButton(self.tr("Bac&k to the report"))
        back.clicked.connect(self.open_reports)
        everything = QPushButton(self.tr("Show &all incidents"))
        everything.clicked.connect(self.show_all)
        drill.addWidget(self.drill_label, 1)
        drill.addWidget(back)
        drill.addWidget(everything)
        self.drill_bar.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.drill_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self.follow_ups = FollowUpsPanel(session)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.follow_ups)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 380])
        self.setCentralWidget(split)
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        # Narrower, the behaviors column and what is due were squeezed to a few letters (seen
        # in a real window restored at 900 px); 1000 still fits a 1024-pixel screen.
        self.follow_ups.setMinimumWidth(260)
        self.setMinimumWidth(1000)
        self.resize(1280, 760)
        keep_geometry(self, "main")  # inside the screen, where it was left
        session.changed.connect(self.model.reload)
        session.changed.connect(self._show_count)
        self.model.reload()
        self._show_count()
        self.statusBar().showMessage(
            self.tr("Offline. Data folder: {path}").format(path=session.data_dir)
        )
        # The school's shared record: exchanged in the background, its state always shown.
        from disciplinedesk.ui.sharing import SharingController

        self.sharing = SharingController(session, self)
        self.sharing_state = QLabel(self.sharing.text())
        self.sharing_state.setAccessibleName(self.tr("Sharing"))
        self.statusBar().addPermanentWidget(self.sharing_state)
        self.sharing.state_changed.connect(self.sharing_state.setText)

    # -- actions -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            text: str,
            slot: Any,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            item = QAction(text, self)
            item.triggered.connect(slot)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            return item

        self.new_decision = action(
            self.tr("&New decision"), self.start_wizard, QKeySequence.StandardKey.New
        )
        back_entry = action(
            self.tr("&Enter a past decision (back-entry)..."), self.start_back_entry
        )
        find_student = action(self.tr("&Find student..."), self.find_student, "Ctrl+F")
        self.documents_action = action(
            self.tr("&Print or save documents..."),
            self.open_documents,
            QKeySequence.StandardKey.Print,
        )
        self.documents_action.setEnabled(False)
        # The selected row's incident, from the File menu and the row's context menu.
        self.open_action = action(self.tr("&Open the incident"), self.open_selected)
        self.revise_action = action(
            self.tr("Re&vise a decision..."), lambda: self._on_selected("revise")
        )
        self.void_action = action(
            self.tr("Voi&d the incident..."), lambda: self._on_selected("void")
        )
        self.row_actions = (
            self.open_action,
            self.documents_action,
            self.revise_action,
            self.void_action,
        )
        for row_action in self.row_actions:
            row_action.setEnabled(False)
        import_roster = action(self.tr("Import &roster..."), self.import_roster)
        calendar_action = action(self.tr("School &calendar..."), self.open_calendar)
        backup = action(self.tr("&Backup..."), self.backup)
        restore = action(self.tr("Res&tore..."), self.restore)
        settings = action(
            self.tr("&Settings..."),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        reports = action(self.tr("&Discipline report..."), self.open_reports, "Ctrl+R")
        matrix = action(self.tr("Behavior &matrix"), self.open_matrix, "F1")
        about = action(self.tr("&About DisciplineDesk"), self.open_about)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for item in (
            self.new_decision,
            back_entry,
            find_student,
            None,
            self.open_action,
            self.documents_action,  # Ctrl+P on the selected row: in a menu, so the key works
            self.revise_action,
            self.void_action,
            None,
            import_roster,
            calendar_action,
            None,
            backup,
            restore,
            None,
            settings,
            None,
            quit_action,
        ):
            if item is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(item)
        menu.addMenu(self.tr("&Reports")).addAction(reports)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(matrix)
        help_menu.addAction(about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (
            self.new_decision,
            find_student,
            import_roster,
            calendar_action,
            backup,
            reports,
            settings,
            matrix,
        ):
            toolbar.addAction(item)

    # Dialogs are imported when first opened: the main window starts faster without them.
    def open_settings(self) -> None:
        from disciplinedesk.ui.dialogs import SettingsDialog

        SettingsDialog(self.session, self, sharing=self.sharing).exec()
        self.sharing_state.setText(self.sharing.text())

    def open_matrix(self) -> None:
        from disciplinedesk.ui.dialogs import MatrixDialog

        MatrixDialog(self.session, self).exec()

    def open_reports(self) -> None:
        """The report; a bar, a band or a row clicked there shows its incidents here, with
        the way back to the report as it was."""
        from disciplinedesk.ui.reports_view import ReportsView

        if self._report is None:
            self._report = ReportsView(self.session, self)
        self._report.drilled = None
        self._report.exec()
        if self._report.drilled is not None:
            self.show_incidents(self._report.drilled)

    def show_incidents(self, where: IncidentFilter) -> None:
        """The log table narrowed to a report's drill-down, said above the table."""
        self.model.set_filter(where)
        self.drill_label.setText(where.label)
        self.drill_bar.show()
        self._show_count()

    def show_all(self) -> None:
        """Leave a drill-down: the log as the filters above it say."""
        self.drill_bar.hide()
        self.apply_filter()

    def open_about(self) -> None:
        from disciplinedesk.ui.dialogs import AboutDialog

        AboutDialog(self.session, self).exec()

    def _show_student(self, student: Any) -> None:
        from disciplinedesk.ui.student_view import StudentView

        StudentView(self.session, student, self).exec()

    def start_wizard(self, draft: Draft | None = None) -> DecisionWizard:
        from disciplinedesk.ui.wizard.wizard import DecisionWizard

        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        # Before a case is evaluated: what the other laptops wrote, for the prior record.
        self.sharing.exchange_soon()
        wizard = DecisionWizard(self.session, draft if isinstance(draft, Draft) else None, self)
        wizard.finished.connect(self._wizard_closed)
        wizard.recorded.connect(self._recorded)
        self.wizard = wizard
        wizard.open()
        return wizard

    def start_back_entry(self) -> DecisionWizard:
        """A decision made before the program was used, for a complete prior record."""
        return self.start_wizard(
            Draft(
                back_entry=True,
                decided_by=str(get_setting(self.session.log, "decided_by") or ""),
            )
        )

    def _recorded(self, incident_id: str) -> None:
        """After Finish: offer the summary and the family letter at once (a back-entry's
        letter went home long ago: it is only recorded)."""
        back_entry = self.wizard is not None and self.wizard.draft.back_entry
        self.statusBar().showMessage(
            self.tr("Back-entry recorded.") if back_entry else self.tr("Decision recorded."), 8000
        )
        self.sharing.exchange_soon()  # the other laptops see it at their next exchange
        if not back_entry:
            QTimer.singleShot(0, lambda: self.open_documents(incident_id))

    def open_documents(self, incident_id: str | None = None) -> None:
        if not isinstance(incident_id, str):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return
            incident_id = self.model.incident_id(rows[0].row())
        from disciplinedesk.ui.document_dialog import DocumentDialog

        self.documents = DocumentDialog(self.session, incident_id, self)
        self.documents.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.documents.open()  # window-modal, without a nested event loop

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def offer_draft(self) -> None:
        """After a crash or a closed lid, offer the unfinished decision again."""
        found = latest_draft(self.session.log)
        if found is None:
            return
        draft_id, data, saved_at = found
        draft = Draft.from_dict(data)
        who = f"{draft.first_name} {draft.last_name}".strip() or self.tr("a student")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Unfinished decision"))
        box.setText(
            self.tr("A decision for {who} was not finished (saved {when} UTC). Resume it?").format(
                who=who, when=saved_at.replace("T", " ").rstrip("Z")
            )
        )
        resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is resume:
            self.start_wizard(draft)
        elif box.clickedButton() is discard:
            discard_draft(self.session.log, draft_id)

    def apply_filter(self) -> None:
        self.drill_bar.hide()  # the filters above the table say what it shows again
        since = self.since.date()
        until = self.until.date()
        self.model.set_filter(
            IncidentFilter(
                search=self.search.text().strip() or None,
                since=None if since == self.since.minimumDate() else _to_date(since),
                until=None if until == self.until.minimumDate() else _to_date(until),
                type=self.type_filter.currentData(),
                action=self.action_filter.currentData(),
                open_follow_ups=self.open_only.isChecked(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        """How many incidents match: the rows loaded when they are all, else "200+" until
        the whole count comes from the background (0.4 s on a district's 200,000)."""
        self._count_asked += 1
        shown = self.model.rowCount()
        if not self.model.canFetchMore():
            self.count.setText(self.tr("%n incident(s)", "", shown))
            return
        self.count.setText(self.tr("%n+ incident(s)", "", shown))
        self._count_soon.start()

    def _count_all(self) -> None:
        asked, where = self._count_asked, self.model.where
        job = Job(
            self.session.data_dir,
            lambda log: (asked, count_incidents(log, where)),
            self,
            passphrase=self.session.log.passphrase,
            key=self.session.log.key,
        )
        job.succeeded.connect(self._counted)  # a failure keeps "200+": nothing is wrong
        job.finished.connect(self._job_ended)
        job.finished.connect(job.deleteLater)
        self._jobs.append(job)
        job.start()

    def _counted(self, result: tuple[int, int]) -> None:
        asked, total = result
        if asked == self._count_asked:  # not a count of a filter since changed
            self.count.setText(self.tr("%n incident(s)", "", total))

    def open_incident(self, index: QModelIndex) -> None:
        """The incident of a row, reopened: who was involved, revisions, documents, audit."""
        self._incident_view(self.model.incident_id(index.row())).exec()

    def _incident_view(self, incident_id: str) -> IncidentView:
        from disciplinedesk.ui.incident_view import IncidentView

        return IncidentView(self.session, incident_id, self)

    def _selected_incident(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.incident_id(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self._selected_incident() is not None
        for item in self.row_actions:
            item.setEnabled(chosen)

    def open_selected(self) -> None:
        incident_id = self._selected_incident()
        if incident_id is not None:
            self._incident_view(incident_id).exec()

    def _on_selected(self, what: str) -> IncidentView | None:
        """Revise or void the selected row's incident: its view opens first, so that the
        person sees what they change, then asks as its own buttons do."""
        incident_id = self._selected_incident()
        if incident_id is None:
            return None
        view = self._incident_view(incident_id)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        (view.ask_revise if what == "revise" else view.ask_void)()
        return view

    def _row_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for item in self.row_actions:
            menu.addAction(item)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def find_student(self) -> None:
        students = list_students(self.session.log)
        if not students:
            QMessageBox.information(
                self,
                self.tr("No students"),
                self.tr("Import a roster first (File > Import roster)."),
            )
            return
        labels = [f"{s.last_name}, {s.first_name} ({s.local_id})" for s in students]
        label, ok = QInputDialog.getItem(
            self, self.tr("Find student"), self.tr("Student:"), labels, 0, True
        )
        if ok and label in labels:
            self._show_student(students[labels.index(label)])

    # -- background work -------------------------------------------------------------------
    def _run(self, label: str, function: Any, done: str | Callable[[Any], str]) -> None:
        """Run `function(log)` in a job; `done` words its result (a template with {result},
        or a function of the result, which words counts in the interface's language)."""

        def succeeded(result: Any) -> None:
            self.session.notify()
            text = done(result) if callable(done) else done.format(result=result)
            QMessageBox.information(self, self.tr("Done"), text)

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Not done"), message)

        self._jobs.append(
            run_with_progress(
                self,
                self.session.data_dir,
                label,
                function,
                succeeded,
                failed,
                passphrase=self.session.log.passphrase,
                key=self.session.log.key,
                on_end=self._job_ended,
            )
        )

    def _job_ended(self) -> None:
        """A job is held only while it runs (see run_with_progress)."""
        job = self.sender()
        if job in self._jobs:
            self._jobs.remove(job)

    def import_roster(self) -> None:
        path = open_file(
            self, self.tr("Import roster"), self.tr("Roster (*.csv);;All files (*)"), "roster"
        )
        if path is None:
            return

        if get_setting(self.session.log, "demo"):
            QMessageBox.warning(
                self,
                self.tr("Demo data"),
                self.tr(
                    "This data folder holds the made-up demo school. Import real students into another data folder."
                ),
            )
            return

        def work(log: Any) -> tuple[Any, int]:
            from disciplinedesk.store.imports.roster import read_roster

            roster = read_roster(Path(path))
            with log.transaction():
                counts = upsert_students(log, roster.students, actor=current_user())
            return counts, roster.controls_removed

        self._run(self.tr("Importing the roster..."), work, self._imported)

    def _imported(self, result: tuple[Any, int]) -> str:
        """The roster import's counts, in the interface's language (worded here, in the
        window, not in the job that counted them)."""
        counts, controls = result
        text = self.tr("%n student(s) imported", "", counts.added)
        text += ", " + self.tr("%n updated", "", counts.updated)
        text += ", " + self.tr("%n unchanged", "", counts.unchanged)
        if controls:
            text += "; " + self.tr("%n control character(s) removed from names", "", controls)
        return text + "."

    def open_calendar(self) -> None:
        from disciplinedesk.ui.calendar_dialog import CalendarDialog

        CalendarDialog(self.session, self).exec()

    def backup(self) -> None:
        path = save_file(
            self,
            self.tr("Back up the log"),
            f"DisciplineDesk backup - {date.today().isoformat()}.sqlite3",
            self.tr("Backup (*.sqlite3)"),
            "backup",
        )
        if path is not None:
            from disciplinedesk.store.backup import backup_to

            self._run(
                self.tr("Writing the backup..."),
                lambda log: backup_to(log, Path(path), actor=current_user()),
                self.tr("Backup written to {result}."),
            )

    def restore(self) -> None:
        """Replace the log by a backup: the current log is kept in the backups folder first."""
        path = open_file(
            self,
            self.tr("Restore a backup"),
            self.tr("Backup (*.sqlite3);;All files (*)"),
            "backup",
        )
        if path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The log will be replaced by the backup. The current log is kept in the backups folder first."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Restore in this window: it closes its own hold on the log first (a restore needs
        the log to itself), and reopens the log whatever happens."""
        from disciplinedesk.store.database import open_log
        from disciplinedesk.store.restore import (
            BackupPassphraseError,
            DemoOverRealError,
            inspect_backup,
            restore_backup,
        )

        passphrase = self.session.log.passphrase
        backup_passphrase: str | None = None
        confirmed = False
        while True:  # every check that can ask the user runs before anything is closed
            try:
                info = inspect_backup(path, passphrase, backup_passphrase)
                if info.demo and not confirmed and not get_setting(self.session.log, "demo"):
                    raise DemoOverRealError(
                        info.school, str(get_setting(self.session.log, "school_name"))
                    )
                break
            except BackupPassphraseError:
                backup_passphrase = self._ask_backup_passphrase(path)
                if backup_passphrase is None:
                    return
            except DemoOverRealError as error:
                if not self._confirm_demo_over_real(error):
                    return
                confirmed = True
            except UserFacingError as error:
                QMessageBox.warning(self, self.tr("Not restored"), str(error))
                return
        if self.wizard is not None:
            self.wizard.suspend()
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        for job in self._jobs:
            job.wait()
        self.session.log.close()
        try:
            restored = restore_backup(
                self.session.data_dir,
                path,
                passphrase,
                actor=current_user(),
                backup_passphrase=backup_passphrase,
                confirmed_demo=confirmed,
            )
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not restored"), str(error))
            return
        finally:
            self.session.replace_log(open_log(self.session.data_dir, passphrase=passphrase))
        rolled = restored.rolled_back or {}
        QMessageBox.information(
            self,
            self.tr("Restored"),
            self.tr(
                "The log was restored from {path}. The previous log was kept as {kept}. "
                "Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} "
                "disclosures that were recorded after the backup."
            ).format(
                path=path,
                kept=restored.kept,
                incidents=len(rolled.get("incidents", [])),
                decisions=len(rolled.get("decisions", [])),
                disclosures=len(rolled.get("disclosures", [])),
            ),
        )

    def _ask_backup_passphrase(self, path: Path) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("The backup's passphrase"),
            self.tr(
                "{name} does not open with the log's passphrase. If it was made before the "
                "passphrase was changed, enter the passphrase it was made with:"
            ).format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _confirm_demo_over_real(self, error: Any) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace with the demo school?"),
            self.tr(
                "This backup is the made-up demo school ({demo}). Restoring it replaces the log "
                "of {school} with made-up students (the current log is kept in the backups "
                "folder). Replace it?"
            ).format(demo=error.demo_school, school=error.real_school),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- window ---------------------------------------------------------------------------
    def _update_title(self) -> None:
        school = get_setting(self.session.log, "school_name")
        title = f"DisciplineDesk — {school}" if school else "DisciplineDesk"
        if get_setting(self.session.log, "demo"):
            title = self.tr("DEMO DATA (made-up students) — {title}").format(title=title)
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None:
            self.wizard.suspend()
        self.sharing.shut_down()  # an exchange finishes its transaction before the log closes
        self.wait_for_jobs()
        super().closeEvent(event)

    def wait_for_jobs(self) -> None:
        """No job outlives the window (a count may still be reading): also called when the
        program ends without the window being closed."""
        self._count_soon.stop()
        for job in list(self._jobs):
            job.wait()
