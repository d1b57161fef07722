"""The main window."""

from __future__ import annotations

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.ui.matrix_browser import MatrixBrowser
from disciplinedesk.ui.qt import QMainWindow, QWidget


class MainWindow(QMainWindow):
    def __init__(self, pack: PolicyPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DisciplineDesk"))
        self.setCentralWidget(MatrixBrowser(pack))
        self.resize(1100, 720)
