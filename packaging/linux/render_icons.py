"""Render the SVG icon to the PNG sizes desktops ask for (run after changing the SVG).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent / "icons"

app = QGuiApplication([])
renderer = QSvgRenderer(str(HERE / "disciplinedesk.svg"))
for size in SIZES:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(HERE / f"disciplinedesk-{size}.png"))
    print(HERE / f"disciplinedesk-{size}.png")
