"""Starting the GUI: the application object, the pack, the log, the main window."""

from __future__ import annotations

import argparse
import sys
from importlib import resources

from disciplinedesk import __version__
from disciplinedesk.commands.store_access import resolve_data_dir
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.store.database import open_log
from disciplinedesk.store.instance_lock import InstanceLock
from disciplinedesk.ui.qt import QApplication, QFontDatabase, QMessageBox, QTimer
from disciplinedesk.ui.session import Session


def load_bundled_fonts() -> list[str]:
    """The bundled Chinese font, so names and texts in Chinese never draw as boxes on a laptop
    without one; Qt falls back to it for characters the system font lacks."""
    font = resources.files("disciplinedesk") / "resources" / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font))
    return list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []


def run(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DisciplineDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DisciplineDesk")
    data_dir = resolve_data_dir(args.data_dir)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        pack = load_pack(args.pack)
        log = open_log(data_dir)
    except UserFacingError as error:
        lock.release()
        QMessageBox.critical(None, "DisciplineDesk", str(error))
        return 2
    load_bundled_fonts()
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
