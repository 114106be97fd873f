"""The embedded Unicode fonts of every printed document: DejaVu Sans, shipped in `resources/fonts/`.

The 14 standard PDF fonts cannot print `Łukasz`, `Çağrı Nguyễn` or Cyrillic names; DejaVu
Sans can, and Arabic and Hebrew too (their shaping and order: `right_to_left`). Registered
once per process, from the package's resources.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Make REGULAR and BOLD (and `<b>` inside paragraphs) available to ReportLab."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = files("leerwinkel_desk.resources") / "fonts"
    for name, file_name in _FILES.items():
        with (folder / file_name).open("rb") as font_file:
            pdfmetrics.registerFont(TTFont(name, font_file))
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD))
    for bold, italic, face in faces:
        addMapping(REGULAR, bold, italic, face)


def has_glyph(char: str) -> bool:
    """Whether the fonts can draw `char` (regular and bold cover the same characters)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, TTFont), "REGULAR is registered as a TrueType font"
    return ord(char) in font.face.charToGlyph
