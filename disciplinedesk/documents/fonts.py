"""The bundled fonts, embedded in every PDF so no printer or laptop font is relied on.

DejaVu Sans (regular and bold) covers Latin, Vietnamese, Cyrillic and Somali; WenQuanYi
Micro Hei covers Chinese (and Latin), and has no bold, so Chinese headings use the regular
face. reportlab embeds TrueType outlines only, which both are.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from disciplinedesk.resource_folder import resource_path

LATIN, LATIN_BOLD, CJK = "DD-Sans", "DD-Sans-Bold", "DD-CJK"
_CJK_TEXT = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def font_dir() -> Path:
    return resource_path("fonts")


@cache
def register_fonts() -> None:
    folder = font_dir()
    pdfmetrics.registerFont(TTFont(LATIN, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(LATIN_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(CJK, str(folder / "wqy-microhei.ttc"), subfontIndex=0))
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 1, 1, CJK)


def faces_for(language: str, *texts: str) -> tuple[str, str]:
    """(regular, bold) for a language, or for text that contains Chinese characters."""
    register_fonts()
    if language == "zh" or any(_CJK_TEXT.search(text) for text in texts):
        return CJK, CJK
    return LATIN, LATIN_BOLD
