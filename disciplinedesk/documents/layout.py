"""Page layout shared by the documents: Letter paper, styles per language, the footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from disciplinedesk.documents.fonts import faces_for

MARGIN = 0.65 * inch
PAGE_WIDTH, _ = LETTER
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    regular: str
    bold: str


def styles(language: str, *texts: str, size: float = 10.5) -> Styles:
    regular, bold = faces_for(language, *texts)
    wrap = "CJK" if regular.endswith("CJK") else None
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=size,
        leading=size * 1.35,
        spaceAfter=size * 0.5,
        wordWrap=wrap,
    )
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=size * 0.8, leading=size * 1.05, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=size * 1.1,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=size * 1.6,
            leading=size * 2,
            spaceAfter=size * 0.6,
        ),
        regular=regular,
        bold=bold,
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and notes may contain < and &)."""
    return Paragraph(escape(text), style)


def numbered_canvas(footer: Callable[[Canvas, int, int], None], font: str) -> type[Canvas]:
    """A canvas that knows the page count, so every footer can say 'page N of M'. Its initial
    font is an embedded one: reportlab's default (Helvetica) would be referenced unembedded."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab internal, stable since 2.x

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                footer(self, self.getPageNumber(), total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_footer(canvas: Canvas, font: str, left: str, right: str, *, extra: str = "") -> None:
    canvas.saveState()
    canvas.setFont(font, 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(MARGIN, 0.45 * inch, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 0.45 * inch, right)
    if extra:
        canvas.drawString(MARGIN, 0.3 * inch, extra)
    canvas.restoreState()
