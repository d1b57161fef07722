"""The school's shared record in the window: exchanges in the background, the state in the
status bar, and Settings > Sharing to set it up, show the join code again, or stop.

An exchange reads and writes files in a folder that may be a slow network share or a
cloud folder: it always runs in a job, never in the window's thread, so the wizard never
waits for it. It runs at start, after every recorded decision, when the wizard opens (so
that the prior record is as complete as the folder allows) and every few minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.sharing import (
    Exchange,
    exchange,
    join_sharing,
    share_status,
    shown_join_code,
    start_sharing,
    stop_sharing,
)
from disciplinedesk.ui.jobs import Job
from disciplinedesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from disciplinedesk.ui.session import Session

INTERVAL_MS = 5 * 60_000


def local_time(stamp: str | None) -> str:
    """'10:42' for a UTC time stamp of today, '2026-11-30 10:42' for an earlier one."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    today = datetime.now(UTC).astimezone().date()
    return moment.strftime("%H:%M" if moment.date() == today else "%Y-%m-%d %H:%M")


class SharingController(QObject):
    """Runs the exchanges and says how sharing stands (`state_changed` with the text)."""

    state_changed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._job: Job | None = None
        self._again = False
        self._closing = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.exchange_soon)

    def start(self) -> None:
        """At start: the first exchange now, then every few minutes."""
        self._timer.start()
        self.exchange_soon()

    def state(self) -> dict[str, Any] | None:
        return share_status(self.session.log)

    def text(self) -> str:
        state = self.state()
        if state is None:
            return ""
        when = local_time(state["last_exchange"])
        laptops = self.tr("Shared with %n other laptop(s)", "", len(state["laptops"]))
        return (
            self.tr("{laptops}, last exchange {when}").format(laptops=laptops, when=when)
            if when
            else self.tr("{laptops}, no exchange yet").format(laptops=laptops)
        )

    def exchange_soon(self) -> None:
        """Exchange in the background; one running already is followed by one more."""
        if self._closing:
            return
        if self.state() is None:
            self.state_changed.emit("")
            return
        if self._job is not None:
            self._again = True
            return
        log = self.session.log
        job = Job(self.session.data_dir, exchange, self, passphrase=log.passphrase, key=log.key)
        job.succeeded.connect(self._exchanged)
        job.failed.connect(self._failed)
        job.finished.connect(self._ended)  # before deleteLater: the job is let go first
        job.finished.connect(job.deleteLater)
        self._job = job
        job.start()

    def shut_down(self) -> None:
        """The window closes: no new exchange, and a running one finishes its transaction
        before the log closes."""
        self._closing = True
        self._timer.stop()
        if self._job is not None:
            self._job.wait()

    def _exchanged(self, result: Exchange) -> None:
        if self._closing:  # delivered after the window closed: the log may be closed too
            return
        self.session.notify()  # what came in shows in every view
        text = self.text()
        if result.skipped:
            text += " · " + self.tr("%n file(s) not taken this time", "", len(result.skipped))
        self.state_changed.emit(text)

    def _failed(self, message: str) -> None:
        if self._closing:
            return
        self.state_changed.emit(self.tr("Sharing: {problem}").format(problem=message))

    def _ended(self) -> None:
        self._job = None
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.exchange_soon)


class SharingDialog(QDialog):
    """Settings > Sharing: start or join the school's shared record, see the laptops, show
    the join code again (after the passphrase), exchange now, or stop."""

    def __init__(
        self, session: Session, controller: SharingController | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.setWindowTitle(self.tr("Sharing"))
        self.intro = QLabel(
            self.tr(
                "The school's administrators share one record: each laptop writes an "
                "encrypted file to a folder they all reach (a school share, a synced cloud "
                "folder or a USB stick) and reads the others'. No server; nothing leaves the "
                "school but through that folder."
            )
        )
        self.intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Shared folder"))
        browse = QPushButton(self.tr("&Choose..."))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.state = QLabel()
        self.state.setWordWrap(True)
        # Plain: the other laptops' names come from their files ("A. <b>Rivera</b>" is text).
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton(self.tr("&Start sharing"))
        self.join_button = QPushButton(self.tr("&Join with a code..."))
        self.code_button = QPushButton(self.tr("Show the join &code..."))
        self.now_button = QPushButton(self.tr("E&xchange now"))
        self.stop_button = QPushButton(self.tr("S&top sharing..."))
        for button, slot in (
            (self.start_button, self.start),
            (self.join_button, self.join),
            (self.code_button, self.show_code),
            (self.now_button, self.exchange_now),
            (self.stop_button, self.stop),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (
            self.start_button,
            self.join_button,
            self.code_button,
            self.now_button,
            self.stop_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.refresh()
        self.resize(720, self.sizeHint().height())

    def refresh(self) -> None:
        state = share_status(self.session.log)
        shared = state is not None
        self.folder.setReadOnly(shared)
        for button in (self.start_button, self.join_button):
            button.setVisible(not shared)
        for button in (self.code_button, self.now_button, self.stop_button):
            button.setVisible(shared)
        if state is None:
            self.state.setText(
                self.tr(
                    "Not shared. On the first laptop: choose the folder and Start sharing; "
                    "then on each other laptop: the same folder and Join with the code."
                )
            )
            return
        self.folder.setText(state["folder"])
        lines = [
            self.tr(
                "This laptop ({laptop}) shares the school's record through this folder."
            ).format(laptop=laptop_label(state)),
            *(
                self.tr("Laptop {laptop}: last wrote {when}").format(
                    laptop=laptop_label(laptop), when=local_time(laptop["last_wrote"])
                )
                for laptop in state["laptops"]
            ),
        ]
        if not state["laptops"]:
            lines.append(self.tr("No other laptop has written yet."))
        self.state.setText("\n".join(lines))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _folder(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            QMessageBox.warning(
                self, self.tr("Sharing"), self.tr("Choose the folder the laptops share first.")
            )
            return None
        return Path(text)

    def start(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        try:
            code = start_sharing(self.session.log, folder)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not shared"), str(error))
            return
        self._show_code(code)
        self._changed()

    def join(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        code, ok = QInputDialog.getText(
            self,
            self.tr("Join the school's record"),
            self.tr("The join code shown on the first laptop (eight groups of four):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            join_sharing(self.session.log, folder, code)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not joined"), str(error))
            return
        self._changed()

    def show_code(self) -> None:
        """The code again, for a new laptop: only after the log's passphrase."""
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Show the join code"),
            self.tr("The log's passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        from disciplinedesk.ui.passphrase_dialogs import matches

        if not matches(self.session.log, passphrase):
            QMessageBox.warning(self, self.tr("Sharing"), self.tr("That is not the passphrase."))
            return
        self._show_code(shown_join_code(self.session.log))

    def _show_code(self, code: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Join code"))
        box.setText(
            self.tr(
                "<p>Type this code once on each other laptop of the school (Settings > "
                "Sharing > Join with a code), with the same folder:</p>"
                "<p style='font-size: large'><b>{code}</b></p>"
                "<p>Keep it like a password: with the folder, it opens the school's record.</p>"
            ).format(code=code)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def exchange_now(self) -> None:
        if self.controller is not None:
            self.controller.exchange_soon()
            return
        try:
            exchange(self.session.log)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Sharing"), str(error))
        self._changed()

    def stop(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop sharing"),
            self.tr(
                "This laptop stops exchanging with the others. What it took in stays in its "
                "log, and what it wrote stays in the folder for the others."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        stop_sharing(self.session.log)
        self._changed()

    def _changed(self) -> None:
        self.session.notify()
        self.refresh()
        if self.controller is not None:
            self.controller.exchange_soon()


def laptop_label(laptop: dict[str, Any]) -> str:
    """A laptop by its user's name and the start of its id ("A. Rivera, 1a2b3c4d"): two
    laptops of one person stay apart. A laptop from before names has its id alone."""
    short = str(laptop["device_id"])[:8]
    return f"{laptop['name']}, {short}" if laptop.get("name") else short
