"""Guards against a binding bug: PySide6 6.12.0 drops a reference to True every time a Python
override or slot returns it, which aborts Python 3.11 once True's count reaches zero. The
wizard calls isComplete() on every keystroke, so this would crash a long meeting."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from disciplinedesk.ui.qt import QObject, QWizard, QWizardPage, Signal


class _Page(QWizardPage):
    def isComplete(self) -> bool:
        return True


class _Emitter(QObject):
    ping = Signal()


def test_overrides_returning_true_keep_its_reference_count(qtbot: QtBot) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = _Page()
    wizard.addPage(page)
    wizard.show()
    before = sys.getrefcount(True)
    for _ in range(200):
        page.completeChanged.emit()
    assert sys.getrefcount(True) >= before - 5


def test_slots_returning_true_keep_its_reference_count() -> None:
    emitter = _Emitter()
    emitter.ping.connect(lambda: True)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 5


def test_the_bundled_chinese_font_loads(qapp: object) -> None:
    from disciplinedesk.ui.app import load_bundled_fonts

    assert "WenQuanYi Micro Hei" in load_bundled_fonts()


def test_the_bundled_chinese_font_only_where_the_system_has_none(qapp: object) -> None:
    from disciplinedesk.ui.app import ensure_chinese_font
    from disciplinedesk.ui.qt import QFontDatabase

    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    had_one = bool(QFontDatabase.families(chinese))
    loaded = ensure_chinese_font()
    # Either the system's font writes Chinese, or the bundled one was loaded to: never none.
    assert QFontDatabase.families(chinese)
    assert (loaded == []) == (
        had_one and bool(QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese))
    )
