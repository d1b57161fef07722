"""Passphrases in the window: unlocking at start, encrypting an old log, changing the
passphrase, and the idle lock that hides student records and keeps the wizard's input."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from disciplinedesk.store.database import log_path, open_log
from disciplinedesk.store.students import list_students
from disciplinedesk.ui.idle_lock import IdleLock
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.passphrase_dialogs import (
    ChangePassphraseDialog,
    EncryptDialog,
    UnlockDialog,
)
from disciplinedesk.ui.qt import QApplication, QDialogButtonBox
from disciplinedesk.ui.session import Session
from tests.store.conftest import ANA, add_students
from tests.support import pps

SECRET = "maple river lantern 42"


def _ok(dialog: UnlockDialog | EncryptDialog | ChangePassphraseDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_unlock_refuses_a_wrong_passphrase_and_opens_with_the_right_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    log.close()
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "maple river lantern 43")
    _ok(dialog)
    assert "does not open the log" in dialog.message.text()
    assert dialog.log is None and dialog.isVisible()
    dialog.field.setText(SECRET)
    _ok(dialog)
    assert dialog.log is not None and [s.local_id for s in list_students(dialog.log)] == ["S1"]
    dialog.log.close()


def test_an_unencrypted_log_is_encrypted_from_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir)
    add_students(log, ANA)
    log.close()
    dialog = EncryptDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields.first, "short")
    _ok(dialog)
    assert "too short" in dialog.message.text() and dialog.log is None
    dialog.fields.first.setText(SECRET)
    dialog.fields.second.setText(SECRET)
    _ok(dialog)
    assert dialog.log is not None and dialog.log.encrypted
    dialog.log.close()
    assert not log_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    assert list((data_dir / "backups").glob("before-encryption-*.sqlite3"))


def test_changing_the_passphrase_needs_the_current_one(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=SECRET)
    dialog = ChangePassphraseDialog(log)
    qtbot.addWidget(dialog)
    dialog.current.setText("not it at all")
    dialog.fields.first.setText("a brand new passphrase")
    dialog.fields.second.setText("a brand new passphrase")
    _ok(dialog)
    assert "current passphrase is not right" in dialog.message.text()
    dialog.current.setText(SECRET)
    _ok(dialog)
    log.close()
    reopened = open_log(data_dir, passphrase="a brand new passphrase")
    reopened.close()


def test_idle_lock_hides_the_records_and_keeps_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    session = Session(pps(), log, data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wizard = window.start_wizard()
    qtbot.keyClicks(wizard.student_page.search, "S1")
    lock = IdleLock(session, window)
    assert lock.timer.interval() == 10 * 60_000  # the default: ten minutes
    lock.lock()
    assert lock.locked and not window.isVisible() and not wizard.isVisible()
    assert lock.dialog is not None and lock.dialog.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [lock.dialog]  # nothing with a student's record is on screen
    lock.dialog.field.setText("wrong guess")
    _ok(lock.dialog)  # type: ignore[arg-type]
    assert lock.locked and "not the passphrase" in lock.dialog.message.text()
    lock.dialog.reject()  # Escape does not unlock
    assert lock.locked
    lock.dialog.field.setText(SECRET)
    _ok(lock.dialog)  # type: ignore[arg-type]
    assert not lock.locked and window.isVisible() and wizard.isVisible()
    assert wizard.student_page.search.text() == "S1"  # what was typed survives the lock
    window.close()  # saves the unfinished wizard as a draft, into the still-open log
    log.close()


def test_a_demo_log_never_locks(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(session, window)
    lock.lock()
    assert not lock.locked and window.isVisible()


def test_a_damaged_log_is_set_aside_and_the_newest_backup_restored(
    qtbot: QtBot, tmp_path: Path, message_boxes: list[tuple[str, str]], monkeypatch: object
) -> None:
    from disciplinedesk.store.backup import daily_backup, newest_backup
    from disciplinedesk.ui.qt import QMessageBox
    from disciplinedesk.ui.recovery import offer_restore

    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=SECRET)
    add_students(log, ANA)
    daily_backup(log, 7)
    log.db.execute("CREATE TABLE padding (x)")
    log.db.execute("INSERT INTO padding VALUES (zeroblob(200000))")
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.close()
    damaged = log_path(data_dir).read_bytes()[:50000]
    log_path(data_dir).write_bytes(damaged)
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.field.setText(SECRET)
    _ok(dialog)
    assert dialog.damaged is not None and "damaged" in dialog.damaged
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    restored = offer_restore(data_dir, dialog.damaged, dialog.passphrase)
    assert restored is not None and [s.local_id for s in list_students(restored)] == ["S1"]
    restored.close()
    (aside,) = (data_dir / "backups").glob("before-restore-*.sqlite3")
    assert aside.read_bytes() == damaged  # kept as it was
    assert newest_backup(data_dir) != aside  # never offered as a backup itself
    assert "damaged file was kept as" in message_boxes[-1][1]


def test_the_family_view_stays_through_the_lock_and_leaving_it_needs_the_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """In a meeting the family may be reading when the lock comes: their view stays (it
    shows only their child), everything else goes, and leaving it asks for the passphrase."""
    from PySide6.QtGui import QWheelEvent

    from disciplinedesk.store.students import upsert_students
    from disciplinedesk.ui.qt import QPoint, QPointF, Qt
    from tests.ui.conftest import LEO, MAYA
    from tests.ui.test_wizard import _to_decision

    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase=SECRET)
    with log.transaction():
        upsert_students(log, [MAYA, LEO], actor="test")
    session = Session(pps(), log, data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wizard = window.start_wizard()
    _to_decision(qtbot, wizard, "100900", "fighting")
    wizard.decision_page.open_family_view()
    view = wizard.decision_page.family_view
    qtbot.waitExposed(view)
    assert view.focusWidget() is view.text  # the family reads; the language box waits
    language = view.language.currentData()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(view.language.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.language, wheel)
    assert view.language.currentData() == language  # not changed by a passing wheel

    lock = IdleLock(session, window)
    lock.lock()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [view]  # the family's view, and nothing else with a record
    assert lock.locked and lock.dialog is None

    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaving asks for the passphrase
    assert view.isVisible() and lock.dialog is not None and lock.dialog.isVisible()
    lock.dialog.reject()  # "Back to the family view"
    assert view.isVisible() and lock.locked and lock.dialog is None
    assert not wizard.isVisible() and not window.isVisible()

    view.accept()  # Close, asked again
    assert lock.dialog is not None
    lock.dialog.field.setText("wrong guess")
    _ok(lock.dialog)  # type: ignore[arg-type]
    assert lock.locked and view.isVisible()
    lock.dialog.field.setText(SECRET)
    _ok(lock.dialog)  # type: ignore[arg-type]
    assert not lock.locked and not view.isVisible()  # left, as asked
    assert window.isVisible() and wizard.isVisible()
    assert wizard.currentPage() is wizard.decision_page  # back where it was
    window.close()
    log.close()
