"""Starting the GUI: the application object, the first window, the log, the main window.

What a person feels is two waits: from the double-click to the first window they can act in
(the unlock dialog, or the welcome in an empty folder), and from Enter on the passphrase to
the log. So nothing is imported before the first window that it does not need: the store,
the pack and the main window are imported while the passphrase is typed (`Preload`), and
the key is derived once (`Log.key`), on Enter. The cycle collector is off until the main
window is up (cli._start_window), then what the start made is frozen
(`collect_from_now_on`, `freeze_what_the_start_made`).
"""

from __future__ import annotations

import gc
import importlib
import sys
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from disciplinedesk import __version__
from disciplinedesk.commands.secrets import PASSPHRASE_ENV, take_secret
from disciplinedesk.commands.store_access import resolve_data_dir
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.resource_folder import resource_path
from disciplinedesk.store.errors import DamagedLogError
from disciplinedesk.store.instance_lock import InstanceLock
from disciplinedesk.store.log_file import log_state
from disciplinedesk.ui.qt import QApplication, QIcon, QObject, QTimer
from disciplinedesk.ui.translation import install_translators, interface_language

if TYPE_CHECKING:
    from disciplinedesk.domain.pack import PolicyPack
    from disciplinedesk.store.database import Log
    from disciplinedesk.ui.jobs import Job
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.session import Session
    from disciplinedesk.window_arguments import WindowArguments

# What the main window needs, in the order it needs it: imported one a turn of the event
# loop while the unlock dialog waits for the passphrase, so typing never waits for them.
PRELOAD = (
    "disciplinedesk.store.database",
    "disciplinedesk.domain.pack",
    "disciplinedesk.domain.engine",
    "disciplinedesk.store.settings",
    "disciplinedesk.ui.session",
    "disciplinedesk.ui.log_model",
    "disciplinedesk.ui.follow_ups_panel",
    "disciplinedesk.ui.main_window",
    "disciplinedesk.ui.idle_lock",
    "disciplinedesk.store.backup",
    "disciplinedesk.ui.jobs",
)


class Preload:
    """Imports `PRELOAD` and reads the policy pack during the event loop's idle turns, one
    step a turn; `pack()` finishes whatever is left when the log is open."""

    def __init__(self, pack_path: Path | None, parent: QObject) -> None:
        self._pack_path = pack_path
        self._pack: PolicyPack | None = None
        self._steps: list[str | None] = [*PRELOAD, None]  # None: the pack and the fonts
        self._timer = QTimer(parent)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    def _step(self) -> None:
        if not self._steps:
            self._timer.stop()
            return
        name = self._steps.pop(0)
        if name is None:
            with suppress(UserFacingError):  # a refused pack: refused again where it is needed
                self.pack()
        else:
            importlib.import_module(name)

    @property
    def pack_path(self) -> Path | None:
        return self._pack_path

    def pack(self) -> PolicyPack:
        """The policy pack, and a font for the Chinese names and texts it may show;
        PackError when its file is refused."""
        if self._pack is None:
            from disciplinedesk.domain.pack import load_pack

            self._pack = load_pack(self._pack_path)
            ensure_chinese_font()
        return self._pack


def ensure_chinese_font() -> list[str]:
    """The bundled Chinese font, unless the system has fonts for simplified and traditional
    Chinese (Qt falls back to those as it would to the bundled one, and reading the bundled
    5 MB file cost a start 5 ms); the families loaded."""
    from disciplinedesk.ui.qt import QFontDatabase

    systems = (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
    )
    if all(QFontDatabase.families(system) for system in systems):
        return []
    return load_bundled_fonts()


def load_bundled_fonts() -> list[str]:
    """The bundled Chinese font, so names and texts in Chinese never draw as boxes on a laptop
    without one; Qt falls back to it for characters the system font lacks."""
    font = resource_path("fonts", "wqy-microhei.ttc")
    from disciplinedesk.ui.qt import QFontDatabase  # after the first window: it waits for none

    font_id = QFontDatabase.addApplicationFont(str(font))
    return list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []


def _welcome(
    data_dir: Path, preload: Preload, *, language: str, quit_when_ready: bool
) -> tuple[Path, str | None] | None:
    """The first start in an empty data folder; returns the folder to open and its
    passphrase (None for the demo), or None to quit. The pack, the store and the main
    window load while the form is filled in."""
    from disciplinedesk.domain.pack_files import handbook_name
    from disciplinedesk.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(data_dir, preload.pack, handbook_name(preload.pack_path, language))
    if quit_when_ready:
        QTimer.singleShot(0, welcome.reject)  # shown, idle: done
    else:
        preload.start()
    welcome.exec()
    if welcome.chosen_dir is None:
        return None
    return welcome.chosen_dir, welcome.passphrase


def run(args: WindowArguments) -> int:
    """The program's window, from its first to the main window's last; the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("DisciplineDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DisciplineDesk")
    QApplication.setDesktopFileName("org.disciplinedesk.DisciplineDesk")
    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "disciplinedesk-256.png"))))
    data_dir = resolve_data_dir(args.data_dir)
    # Until the log is open (its setting may choose another), the system's language: the
    # welcome and the passphrase dialogs speak it.
    language = interface_language("")
    translators = install_translators(app, language)
    lock = InstanceLock(data_dir)
    preload = Preload(args.pack, app)
    log: Log | None = None
    try:
        lock.acquire()
        state = log_state(data_dir)
        if state == "new":
            chosen = _welcome(
                data_dir, preload, language=language, quit_when_ready=args.quit_when_ready
            )
            if chosen is None:
                lock.release()
                return 0
            if chosen[0] != data_dir:  # the demo school, in a folder of its own
                lock.release()
                lock = InstanceLock(chosen[0])
                lock.acquire()
            data_dir, passphrase = chosen
            from disciplinedesk.store.database import open_log

            log = open_log(data_dir, passphrase=passphrase)
        else:
            log = _open_existing(data_dir, state, preload, quit_when_ready=args.quit_when_ready)
        if log is None:
            lock.release()
            return 0
        pack = preload.pack()
    except UserFacingError as error:
        if log is not None:
            log.close()
        lock.release()
        from disciplinedesk.ui.qt import QMessageBox

        QMessageBox.critical(None, "DisciplineDesk", str(error))
        return 2
    from disciplinedesk.store.settings import get_setting
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.session import Session

    chosen_language = interface_language(str(get_setting(log, "language")))
    if chosen_language != language:
        for translator in translators:
            app.removeTranslator(translator)
        language = chosen_language
        translators = install_translators(app, language)
    session = Session(pack, log, data_dir, language=language)
    window = MainWindow(session)
    window.show()
    QTimer.singleShot(0, collect_from_now_on)
    jobs = []
    if args.quit_when_ready:
        QTimer.singleShot(0, app.quit)  # fires once the loop is idle after the window is shown
    else:
        from disciplinedesk.ui.idle_lock import IdleLock

        QTimer.singleShot(0, window.offer_draft)
        QTimer.singleShot(FREEZE_AFTER_MS, freeze_what_the_start_made)
        IdleLock(session, window)
        jobs.append(_start_daily_backup(session, window))
        QTimer.singleShot(
            0, window.sharing.start
        )  # the other laptops' records, then every few minutes
    code = int(app.exec())
    del translators
    window.wait_for_jobs()
    for job in jobs:
        job.wait()
    session.log.close()
    lock.release()
    # The program ends: what it made goes with the process. Frozen, it is not walked by the
    # collection Python runs on its way out (15-20 ms after the window has closed).
    gc.freeze()
    return code


# While the person reads the window that has just appeared.
FREEZE_AFTER_MS = 2000


def collect_from_now_on() -> None:
    """Cycle collection on, once the main window is up (the start ran without it), with what
    the start made frozen (gc.freeze): the next collections, between a person's keystrokes,
    do not walk the tens of thousands of modules, classes and widgets that live as long as
    the program. Its garbage is collected a moment later (`freeze_what_the_start_made`)."""
    gc.freeze()
    gc.enable()


def freeze_what_the_start_made() -> None:
    """While the person reads the window: the start's garbage, frozen with the rest, is
    collected once (it would otherwise stay for good), and what remains is frozen again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _open_existing(
    data_dir: Path, state: str, preload: Preload, *, quit_when_ready: bool
) -> Log | None:
    """The log (its `log_state`), unlocked with $DISCIPLINEDESK_PASSPHRASE or the passphrase
    asked for (the main window's modules preloaded meanwhile); an unencrypted log is
    encrypted first. None when the user cancels."""
    if state == "demo":
        from disciplinedesk.store.database import open_log

        try:
            return open_log(data_dir)
        except DamagedLogError as error:
            return _offer_restore(data_dir, str(error), None)
    from_environment = take_secret(PASSPHRASE_ENV)
    if from_environment:
        from disciplinedesk.store.database import open_log

        try:
            return open_log(data_dir, passphrase=from_environment)
        except DamagedLogError as error:
            return _offer_restore(data_dir, str(error), from_environment)
    from disciplinedesk.ui.passphrase_dialogs import EncryptDialog, UnlockDialog

    dialog = UnlockDialog(data_dir) if state == "encrypted" else EncryptDialog(data_dir)
    if quit_when_ready:
        QTimer.singleShot(0, dialog.reject)  # shown, idle: done
    else:
        preload.start()  # while the passphrase is typed
    dialog.exec()
    if dialog.damaged is not None:
        return _offer_restore(data_dir, dialog.damaged, dialog.passphrase)
    return dialog.log


def _offer_restore(data_dir: Path, problem: str, passphrase: str | None) -> Log | None:
    """A damaged log: the newest backup is offered (the restore code, only on that day)."""
    from disciplinedesk.ui.recovery import offer_restore

    return offer_restore(data_dir, problem, passphrase)


def _start_daily_backup(session: Session, window: MainWindow) -> Job:
    """Today's automatic backup, in the background once the window is up."""
    from disciplinedesk.store.backup import daily_backup
    from disciplinedesk.store.settings import get_setting
    from disciplinedesk.ui.jobs import Job

    keep = int(get_setting(session.log, "backups_keep"))
    job = Job(
        session.data_dir,
        lambda log: daily_backup(log, keep),
        window,
        passphrase=session.log.passphrase,
        key=session.log.key,
    )
    job.failed.connect(
        lambda message: window.statusBar().showMessage(
            window.tr("Today's automatic backup was not made: {message}").format(message=message)
        )
    )
    job.start()
    return job
