"""Every window opens inside the screen's available area (the screen less the taskbar) and
comes back at the size and place it was left at, clamped to the screen it opens on.

An offscreen render gives each widget the size it asks for; a laptop at 1366x768 with a
taskbar does not, so a window asking for 1280x760 would hang its status bar under the
taskbar. `keep_geometry` fits a window when it is first shown (its own size, or the one it
was left at), again once the window manager has framed it, and remembers where it is left
(QSettings: sizes and positions only, nothing about a student).
"""

from __future__ import annotations

from pathlib import Path

from disciplinedesk.ui.qt import (
    QEvent,
    QGuiApplication,
    QObject,
    QRect,
    QSettings,
    QSize,
    QTimer,
    QWidget,
)

# Until the window manager has framed a window: a title bar and borders of about this much.
_ASSUMED_FRAME = QSize(10, 40)


LAPTOP_SCREEN = {"width": 1366, "height": 768}


def offscreen_laptop(folder: Path) -> str:
    """The offscreen platform with one 1366x768 screen (a laptop's, whose taskbar offscreen
    has none): what renders and tests are laid out for. Qt's default offscreen screen is
    800x800, which would clamp every window. Returns the QT_QPA_PLATFORM value."""
    import json  # tests and renders only

    config = folder / "offscreen-laptop.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, **LAPTOP_SCREEN, "logicalDpi": 96, "dpr": 1}
    # No frame margins: a render is of the window's own contents, at the size it is given.
    config.write_text(
        json.dumps({"screens": [screen], "windowFrameMargins": False}), encoding="utf-8"
    )
    return f"offscreen:configfile={config}"


def private_settings(folder: Path) -> None:
    """Geometry kept in `folder`, not in the user's settings (tests, screenshots)."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


def settings() -> QSettings:
    """The program's own settings file (the user's; tests point QSettings elsewhere)."""
    return QSettings("DisciplineDesk", "DisciplineDesk")


def keep_geometry(window: QWidget, key: str) -> None:
    """Open `window` inside the available area, at the geometry it was left at (else its own
    size), and remember where it is left."""
    window.installEventFilter(_GeometryKeeper(window, key))


def available_area(window: QWidget) -> QRect:
    """The available area of the screen the window is on (or of the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(window: QWidget, wanted: QRect) -> None:
    """Size and place the window: as wanted where it fits, else as much as the area allows,
    centred; never smaller than it can lay itself out in, where the screen has room."""
    area = available_area(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    if not window.isVisible() or (frame.width() <= 0 and frame.height() <= 0):
        frame = QSize(0, 0) if QGuiApplication.platformName() == "offscreen" else _ASSUMED_FRAME
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    size = wanted.size().boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    window.resize(size)
    outer = QRect(wanted.topLeft(), size + frame)
    if not area.contains(outer):
        outer.moveCenter(area.center())
        outer.moveTopLeft(outer.topLeft() if area.contains(outer.topLeft()) else area.topLeft())
    window.move(outer.topLeft())


class _GeometryKeeper(QObject):
    """A child of its window that never holds it in Python: a reference to the window here
    would make a cycle (window > keeper > window), and the cycle collector, which may run in a
    worker thread, would then delete the window from that thread."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self._key = f"geometry/{key}"
        self._placed = False

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        window = self._window()
        if kind == QEvent.Type.Show and not self._placed:
            self._placed = True
            fit(window, self._saved() or window.geometry())
            QTimer.singleShot(0, self, self._refit)  # framed by then; none if the window is gone
        elif (
            kind in (QEvent.Type.Hide, QEvent.Type.Close)
            and self._placed
            and not (window.isFullScreen() or window.isMaximized())
        ):
            settings().setValue(self._key, window.geometry())
        return False

    def _refit(self) -> None:
        window = self._window()
        framed_outside = not available_area(window).contains(window.frameGeometry())
        if window.isVisible() and not window.isFullScreen() and framed_outside:
            fit(window, window.geometry())

    def _saved(self) -> QRect | None:
        value = settings().value(self._key)
        return value if isinstance(value, QRect) and value.isValid() else None
