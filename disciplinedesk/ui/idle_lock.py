"""Locking the window when nobody is at it: after the idle time set in Settings, and when
the system suspends the program (where Qt reports it).

Locked, every window of the program is hidden (student records off the screen) and a lock
dialog asks for the log's passphrase; the windows come back as they were, with whatever was
typed into the wizard. A dialog that was waiting for an answer (a file chooser, a question)
is cancelled by the lock. A demo log has no passphrase and no student records: it never
locks.

The family view is the exception: in a meeting the family may be reading it when the lock
comes. It stays (it shows only their own child), everything else is hidden, and leaving it
asks for the passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from disciplinedesk.store.settings import get_setting
from disciplinedesk.ui.qt import QApplication, QEvent, QObject, Qt, QTimer, QWidget
from disciplinedesk.ui.session import Session

if TYPE_CHECKING:
    from disciplinedesk.ui.passphrase_dialogs import LockDialog

INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


@runtime_checkable
class StaysWhenLocked(Protocol):
    """A window the lock leaves on screen (the family view); leaving it is guarded."""

    stays_when_locked: bool
    leave_guard: Callable[[int], bool] | None

    def done(self, result: int) -> None: ...

    def raise_(self) -> None: ...


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
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        staying = next((w for w in shown if isinstance(w, StaysWhenLocked)), None)
        self._hidden = [w for w in shown if w is not staying]
        for widget in self._hidden:
            widget.hide()
        if staying is not None:
            kept = staying
            kept.leave_guard = lambda result: self._leave(kept, result)
            kept.raise_()
            return
        from disciplinedesk.ui.passphrase_dialogs import LockDialog  # when it locks

        self.dialog = LockDialog(self.session.log, self._unlocked)
        self.dialog.show()

    def _leave(self, family_view: StaysWhenLocked, result: int) -> bool:
        """Someone leaves the family view while locked: the passphrase first. Cancel goes
        back to the view; the right passphrase brings everything back and closes it."""
        if not self.locked:
            return True
        if self.dialog is None:
            from disciplinedesk.ui.passphrase_dialogs import LockDialog

            def unlocked() -> None:
                family_view.leave_guard = None
                self._unlocked()
                family_view.done(result)

            self.dialog = LockDialog(
                self.session.log,
                unlocked,
                family_view if isinstance(family_view, QWidget) else None,
                back_to=self.tr("Back to the family view"),
            )
            self.dialog.rejected.connect(self._back_to_family_view)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        self.dialog.raise_()
        return False

    def _back_to_family_view(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _unlocked(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.locked = False
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.restart()
