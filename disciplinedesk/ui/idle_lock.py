"""Locking the window when nobody is at it: after the idle time set in Settings, and when
the system suspends the program (where Qt reports it).

Locked, every window of the program is hidden (student records off the screen) and a lock
dialog asks for the log's passphrase; the windows come back as they were, with whatever was
typed into the wizard. A dialog that was waiting for an answer (a file chooser, a question)
is cancelled by the lock. A demo log has no passphrase and no student records: it never
locks.
"""

from __future__ import annotations

from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.passphrase_dialogs import LockDialog
from disciplinedesk.ui.qt import QApplication, QEvent, QObject, Qt, QTimer, QWidget
from disciplinedesk.ui.session import Session

INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.locked = False
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        session.changed.connect(self.restart)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self.restart()

    def restart(self) -> None:
        minutes = int(get_setting(self.session.log, "lock_minutes"))
        self.timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.locked and event.type() in INPUT:
            self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in (
            Qt.ApplicationState.ApplicationSuspended,
            Qt.ApplicationState.ApplicationHidden,
        ):
            self.lock()

    def lock(self) -> None:
        if self.locked or not self.session.log.encrypted:
            return
        self.locked = True
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockDialog(self.session.log, self._unlocked)
        self.dialog.show()

    def _unlocked(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.locked = False
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.restart()
