"""The school's triangle of support: how many students sit at 0-1, 2-5 and 6 or more
incidents in the period, drawn as the three bands a PBIS team knows, each band a button to
the students in it."""

from __future__ import annotations

from typing import Any

from disciplinedesk.ui.qt import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPointF,
    QPolygonF,
    QSize,
    Qt,
    QWidget,
    Signal,
)

BANDS = ("6+", "2-5", "0-1")  # top to bottom
COLOURS = {"6+": "#c0504d", "2-5": "#e3a33b", "0-1": "#4f9a5b"}


class TierTriangle(QWidget):
    """Three bands of a triangle; `clicked` gives the band a person clicked ("2-5")."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(320, 240))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Tiers of support"))
        self._bands: dict[str, int] = {}
        self._enrolled = 0

    def show_tiers(self, tiers: dict[str, Any]) -> None:
        self._bands = dict(tiers["bands"])
        self._enrolled = int(tiers["enrolled"])
        self.setAccessibleDescription(
            "; ".join(self.band_text(band) for band in BANDS if band in self._bands)
        )
        self.update()

    def band_text(self, band: str) -> str:
        count = self._bands.get(band, 0)
        total = max(self._enrolled, sum(self._bands.values()), 1)
        return self.tr("{band} incidents: %n student(s) ({share}%)", "", count).format(
            band=band, share=f"{100 * count / total:.0f}"
        )

    def band_at(self, y: float) -> str:
        """The band under a point `y` pixels from the top."""
        third = self.height() / 3
        return BANDS[min(2, max(0, int(y // third)))]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self._bands:
            self.clicked.emit(self.band_at(event.position().y()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = float(self.width()), float(self.height())
        apex, base = QPointF(width / 2, 0), height
        for index, band in enumerate(BANDS):
            top, bottom = height * index / 3, height * (index + 1) / 3

            def edge(y: float) -> tuple[float, float]:
                half = (width / 2) * (y / base)
                return apex.x() - half, apex.x() + half

            left_top, right_top = edge(top)
            left_bottom, right_bottom = edge(bottom)
            shape = QPolygonF(
                [
                    QPointF(left_top, top),
                    QPointF(right_top, top),
                    QPointF(right_bottom, bottom),
                    QPointF(left_bottom, bottom),
                ]
            )
            painter.setPen(QColor("#ffffff"))
            painter.setBrush(QColor(COLOURS[band]))
            painter.drawPolygon(shape)
            painter.setPen(QColor("#000000"))
            text = self.band_text(band) if self._bands else ""
            # The top band is narrow: its words go beside it, the others inside.
            box_left = 0.0 if index == 0 else left_bottom
            box_width = width if index == 0 else right_bottom - left_bottom
            painter.drawText(
                int(box_left),
                int(top + (bottom - top) * (0.55 if index == 0 else 0.35)),
                int(box_width),
                int((bottom - top) * 0.5),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                text,
            )
        painter.end()
