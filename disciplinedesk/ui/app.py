"""Starting the GUI: the application object, the pack, the main window."""

from __future__ import annotations

import argparse
import sys

from disciplinedesk import __version__
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.ui.qt import QApplication, QTimer


def run(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DisciplineDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DisciplineDesk")
    pack = load_pack(args.pack)
    window = MainWindow(pack)
    window.show()
    if args.quit_when_ready:
        # Fires once the event loop is idle after the window is shown.
        QTimer.singleShot(0, app.quit)
    return int(app.exec())
