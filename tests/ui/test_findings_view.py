"""Findings keep their contrast in a light or a dark palette."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from disciplinedesk.ui.findings_view import DARK, LIGHT, FindingsView
from disciplinedesk.ui.qt import QPalette
from tests.support import run


def _html(qtbot: QtBot, base: str) -> str:
    from PySide6.QtGui import QColor

    view = FindingsView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    view.setPalette(palette)
    view.show_result(
        run(grade="4", behaviors=["fighting"], action="out_of_school_suspension", days=2)
    )
    return view.toHtml().lower()


def test_light_and_dark_palettes(qtbot: QtBot) -> None:
    assert LIGHT["block"] in _html(qtbot, "#ffffff")
    dark = _html(qtbot, "#1e1e1e")
    assert DARK["block"] in dark and LIGHT["block"] not in dark
