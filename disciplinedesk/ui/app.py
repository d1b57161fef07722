"""Starting the GUI: the application object, the pack, the log, the main window."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from disciplinedesk import __version__
from disciplinedesk.commands.store_access import resolve_data_dir
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack, load_pack
from disciplinedesk.store.database import log_path, open_log
from disciplinedesk.store.instance_lock import InstanceLock
from disciplinedesk.ui.qt import QApplication, QFontDatabase, QIcon, QMessageBox, QTimer
from disciplinedesk.ui.session import Session


def load_bundled_fonts() -> list[str]:
    """The bundled Chinese font, so names and texts in Chinese never draw as boxes on a laptop
    without one; Qt falls back to it for characters the system font lacks."""
    font = resources.files("disciplinedesk") / "resources" / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font))
    return list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []


def _welcome(data_dir: Path, pack: PolicyPack, *, quit_when_ready: bool) -> Path | None:
    """The first start in an empty data folder; returns the folder to open, or None to quit."""
    from disciplinedesk.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(data_dir, pack)
    if quit_when_ready:
        QTimer.singleShot(0, welcome.reject)  # shown, idle: done
    welcome.exec()
    return welcome.chosen_dir


def run(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("DisciplineDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DisciplineDesk")
    QApplication.setDesktopFileName("org.disciplinedesk.DisciplineDesk")
    QApplication.setWindowIcon(
        QIcon(str(resources.files("disciplinedesk") / "resources" / "icons" / "disciplinedesk.svg"))
    )
    data_dir = resolve_data_dir(args.data_dir)
    load_bundled_fonts()
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        pack = load_pack(args.pack)
        if not log_path(data_dir).exists():
            chosen = _welcome(data_dir, pack, quit_when_ready=args.quit_when_ready)
            if chosen is None:
                lock.release()
                return 0
            if chosen != data_dir:  # the demo school, in a folder of its own
                lock.release()
                data_dir, lock = chosen, InstanceLock(chosen)
                lock.acquire()
        log = open_log(data_dir)
    except UserFacingError as error:
        lock.release()
        QMessageBox.critical(None, "DisciplineDesk", str(error))
        return 2
    session = Session(pack, log, data_dir)
    window = MainWindow(session)
    window.show()
    if args.quit_when_ready:
        QTimer.singleShot(0, app.quit)  # fires once the loop is idle after the window is shown
    else:
        QTimer.singleShot(0, window.offer_draft)
    code = int(app.exec())
    session.log.close()
    lock.release()
    return code
