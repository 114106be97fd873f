"""The embedded Unicode fonts of every printed document, shipped in `resources/fonts/`, and which one draws
each character.

The 14 standard PDF fonts cannot print `Łukasz`, `Çağrı Nguyễn` or Cyrillic names; DejaVu Sans (REGULAR,
BOLD) can, and Greek, Armenian, Georgian, Arabic and Hebrew too (their shaping and order: `right_to_left`).
What DejaVu lacks is drawn character by character in a fallback font of the same weight (`runs`): Noto Sans
Ethiopic for Ge'ez script (Tigrinya, Amharic: `ሰላም`, regular and bold) and Droid Sans Fallback for Chinese,
Japanese and Korean (`李伟`, one weight). The fallbacks are read from the package's resources the first time a
text needs one, so a letter in Latin script never loads them; only the glyphs used are embedded, so a letter
stays a few tens of kB.

What no shipped font draws (emoji such as `🙂`, scripts that need shaping ReportLab cannot do, such as
Devanagari) would print as an empty box or nothing. `printable` puts SUBSTITUTE (`�`, the Unicode
replacement character) in its place instead, one for each character as a reader sees it (an emoji with its
skin tone, joiners and variation selectors is one), and drops format characters that show nothing anyway.
Text is composed (NFC) first, so a name typed with combining accents (`Nguyễn` as `e` + two marks) prints
with the font's own accented letter. The print preview counts the substitutes in a letter (`substituted`)
and warns before it is printed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from leerwinkel_desk.shipped import FALLBACK_FONTS, TEXT_FONT, font_file


def _registered_name(file_name: str) -> str:
    """The name a shipped font file is registered by: `NotoSansEthiopic-Regular.ttf` is `NotoSansEthiopic`."""
    return PurePath(file_name).stem.removesuffix("-Regular")


REGULAR = _registered_name(TEXT_FONT.regular)        # DejaVuSans
BOLD = _registered_name(TEXT_FONT.bold)              # DejaVuSans-Bold
_FILES = {REGULAR: TEXT_FONT.regular, BOLD: TEXT_FONT.bold}
SUBSTITUTE = "\ufffd"          # drawn for a character that no shipped font has (DejaVu Sans has this one)
_JOINER = "\u200d"             # zero-width joiner: joins emoji into one (a family, a profession)
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)                  # subdivision flags (England, Scotland)
_REGIONAL_LETTERS = range(0x1F1E6, 0x1F200)      # two of them make a country's flag


@dataclass(frozen=True)
class Fallback:
    """A font that draws what DejaVu Sans lacks: its registered name and file for each weight."""

    regular: tuple[str, str]
    bold: tuple[str, str]


FALLBACKS = tuple(             # in the order they are asked; a font of one weight (CJK) prints bold as regular
    Fallback((_registered_name(font.regular), font.regular), (_registered_name(font.bold), font.bold))
    for font in FALLBACK_FONTS)


def _register(name: str, file_name: str) -> TTFont:
    if name not in pdfmetrics.getRegisteredFontNames():
        with font_file(file_name).open("rb") as opened:
            pdfmetrics.registerFont(TTFont(name, opened))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont), f"{name} is registered as a TrueType font"
    return font


def register_fonts() -> None:
    """Make REGULAR and BOLD (and `<b>` inside paragraphs) available to ReportLab."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in _FILES.items():
        _register(name, file_name)
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD))
    for bold, italic, face in faces:
        addMapping(REGULAR, bold, italic, face)


@cache
def _characters(name: str) -> frozenset[int]:
    """The code points the registered font `name` has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont), f"{name} is registered as a TrueType font"
    return frozenset(font.face.charToGlyph)


@cache
def _fallbacks(font: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """The fallbacks of the weight of `font`, registered now, with the characters each has."""
    faces = []
    for fallback in FALLBACKS:
        name, file_name = fallback.bold if font == BOLD else fallback.regular
        faces.append((name, frozenset(_register(name, file_name).face.charToGlyph)))
    return tuple(faces)


def has_glyph(char: str) -> bool:
    """Whether DejaVu Sans draws `char` (regular and bold cover the same characters)."""
    return ord(char) in _characters(REGULAR)


@cache
def drawable(char: str) -> bool:
    """Whether a shipped font draws `char`: DejaVu Sans or a fallback."""
    return has_glyph(char) or any(ord(char) in characters for _name, characters in _fallbacks(REGULAR))


def _extends(char: str) -> bool:
    """A character that belongs to the one before it on paper: a mark, a joiner, a variation selector, a skin
    tone or a tag."""
    code = ord(char)
    return (char == _JOINER or unicodedata.category(char) in ("Mn", "Mc", "Me") or code in _SKIN_TONES
            or code in _TAGS or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


def printable(text: str) -> str:
    """`text` composed (NFC), with SUBSTITUTE for each character as a reader sees it that no shipped font draws,
    and without format characters no font draws (they show nothing). White space is left to the layout."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii() or all(char.isspace() or drawable(char) for char in text):
        return text
    kept: list[str] = []
    cluster: Literal["", "open", "joined", "flag"] = ""     # what the last SUBSTITUTE written stands for
    for char in text:
        if cluster and not char.isspace() and (cluster == "joined" or _extends(char)):
            cluster = "joined" if char == _JOINER else "open"           # still the same emoji or letter
        elif cluster == "flag" and ord(char) in _REGIONAL_LETTERS:
            cluster = "open"                                           # a flag's second letter
        elif char.isspace() or drawable(char):
            kept.append(char)
            cluster = ""
        elif unicodedata.category(char) == "Cf" or _extends(char):
            continue                                                   # shows nothing: nothing is lost
        else:
            kept.append(SUBSTITUTE)
            cluster = "flag" if ord(char) in _REGIONAL_LETTERS else "open"
    return "".join(kept)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` in pieces of one font each: `font` where it has the character, else the first fallback of its
    weight that has it. A text `font` covers is one piece."""
    characters = _characters(font)
    if text.isascii() or all(ord(char) in characters for char in text):
        return [(font, text)] if text else []
    pieces: list[tuple[str, str]] = []
    for char in text:
        face = font if ord(char) in characters else next(
            (name for name, covered in _fallbacks(font) if ord(char) in covered), font)
        if pieces and pieces[-1][0] == face:
            pieces[-1] = (face, pieces[-1][1] + char)
        else:
            pieces.append((face, char))
    return pieces


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` as `runs` draws it."""
    return sum(stringWidth(piece, face, size) for face, piece in runs(text, font))


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw `text` (in drawing order) from `x` on the baseline `y`, each piece in the font that has it."""
    for face, piece in runs(text, font):
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, face, size)


def substituted(pdf: bytes) -> int:
    """How many SUBSTITUTE characters a document's text holds: what the print preview warns about."""
    return sum(page.count(SUBSTITUTE) for page in _pages_text(pdf))


def _pages_text(pdf: bytes) -> list[str]:
    """The text of each page, as PDFium reads it (the preview's own renderer)."""
    import pypdfium2  # here: only the preview and the command line's print ask

    document = pypdfium2.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return texts
    finally:
        document.close()
