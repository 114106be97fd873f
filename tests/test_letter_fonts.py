"""Names in every script on paper, never as empty boxes: each character in a font that has it (DejaVu Sans, or
a fallback for Ge'ez and Chinese, Japanese and Korean), and for what no shipped font draws (emoji) the
replacement character `�`, which the print preview warns about.

The letters are read back with pypdf (the text, and the font each piece of it is drawn in, checked against
that font's own character map) and rendered with pdftoppm.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from leerwinkel_desk.domain.enums import DataItem
from leerwinkel_desk.reports.fonts import SUBSTITUTE, printable, substituted
from leerwinkel_desk.reports.letters import PdfLetters
from test_letters import grant, letters, office, open_case, pdf_text, read_models  # noqa: F401 - fixtures

NAMES = [
    ("Sara", "سارة"), ("Wei", "李伟"), ("Дмитрий", "Шевченко"), ("Αλέξανδρος", "Παπαδόπουλος"),
    ("Thị Ánh", "Nguyễn"), ("Şükrü", "Çağlayan"), ("Łukasz", "Wiśniewski"), ("Ștefan", "Țurcanu"),
    ("ሰላም", "ተስፋይ"), ("민준", "김"), ("さくら", "山田"), ("Սոնա", "Հակոբյան"), ("ნინო", "ბერიძე"),
]
LETTER_LIMIT = 90_000                         # bytes: a letter is about 50 kB, a few fallback glyphs add little


@cache
def font_characters() -> dict[str, frozenset[int]]:
    """The characters of each shipped font, by the name a PDF gives it (its PostScript name)."""
    fonts = {}
    for file in (files("leerwinkel_desk.resources") / "fonts").iterdir():
        if file.name.endswith(".ttf"):
            with file.open("rb") as stream:
                font = TTFont(file.name, stream)
            fonts[font.face.name.decode() if isinstance(font.face.name, bytes) else font.face.name] = \
                frozenset(font.face.charToGlyph)
    return fonts


def drawn_pieces(pdf: bytes) -> list[tuple[str, str]]:
    """Every piece of text drawn, with the font it is drawn in (without the subset's `ABCDEF+` tag)."""
    pieces: list[tuple[str, str]] = []

    def seen(text, _cm, _tm, font, _size) -> None:
        if text.strip() and font is not None:
            pieces.append((str(font["/BaseFont"]).lstrip("/").split("+")[-1], text))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=seen)
    return pieces


def empty_boxes(pdf: bytes) -> list[tuple[str, str]]:
    """The characters drawn in a font without a glyph for them: ReportLab draws its empty box (.notdef)."""
    fonts = font_characters()
    return [(font, char) for font, text in drawn_pieces(pdf) for char in text
            if not char.isspace() and ord(char) not in fonts[font]]


def both_letters(db, clock, office, letters, first: str, last: str) -> dict[str, bytes]:
    case = open_case(db, clock, office, first, last)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    return {"summary": letters.print_summary(case.client_id).pdf,
            "handover": letters.print_handover(case.request_id, case.school).pdf}


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_a_name_in_any_script_prints_in_a_font_that_has_each_letter(db, clock, office, letters,
                                                                    first, last) -> None:
    for kind, pdf in both_letters(db, clock, office, letters, first, last).items():
        text = unicodedata.normalize("NFKC", pdf_text(pdf))          # Arabic comes back in its joined forms
        assert f"{first} {last}" in text or f"{last} {first}" in text, kind
        assert empty_boxes(pdf) == [], kind
        assert SUBSTITUTE not in text
        assert len(pdf) < LETTER_LIMIT, (kind, len(pdf))


def test_an_emoji_prints_as_the_replacement_character_and_is_counted(db, clock, office, letters) -> None:
    for kind, pdf in both_letters(db, clock, office, letters, "Sofie 🙂", "Peeters 👨‍👩‍👧").items():
        text = pdf_text(pdf)
        assert "Sofie � Peeters �" in text, kind                   # the family of three is one character
        assert "🙂" not in text and empty_boxes(pdf) == [], kind
        assert substituted(pdf) == text.count(SUBSTITUTE) >= 2, kind
    assert substituted(both_letters(db, clock, office, letters, "Sofie", "Peeters")["summary"]) == 0


def test_long_text_in_several_scripts_wraps_in_its_fonts(db, clock, office, letters) -> None:
    """A study history long enough to wrap: the paragraph's fragments each in the font of their letters."""
    history = " ".join(["ትምህርቲ ኣብ ኣስመራ", "在北京学习会计", "Школа в Києві", "دراسة في الرباط"] * 12)
    case = open_case(db, clock, office, "Sara", "Tesfay", study_history=history)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.STUDY_HISTORY}))
    pdf = letters.print_handover(case.request_id, case.school).pdf
    assert empty_boxes(pdf) == []
    text = pdf_text(pdf)
    for words in ("ትምህርቲ ኣብ ኣስመራ", "在北京学习会计", "Школа в Києві"):
        assert words in text
    fonts = {font for font, _text in drawn_pieces(pdf)}
    assert {"DejaVuSans", "DejaVuSans-Bold", "NotoSansEthiopic-Regular", "DroidSansFallback"} <= fonts


def rendered(pdf: bytes, folder: Path, name: str) -> Image.Image:
    """The first page as pdftoppm draws it, at 100 dpi."""
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", "1", "-l", "1", str(folder / f"{name}.pdf"),
                    str(folder / name)], check=True, timeout=120)
    return Image.open(folder / f"{name}.png").convert("RGB")


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm is not installed (apt-get install poppler-utils)")
@pytest.mark.parametrize(("name", "other"), [("李伟", "王芳"), ("ሰላም", "ተስፋ"), ("민준", "서연")])
def test_two_names_in_a_fallback_script_render_as_two_different_names(db, clock, office, tmp_path: Path,
                                                                      name: str, other: str) -> None:
    """Drawn as empty boxes, two names of as many letters gave the same page, pixel for pixel."""
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    summary = read_models(db, clock, office, case)["summary"]
    renderer = PdfLetters()
    pages = [rendered(renderer.summary(replace(summary, first_name=first)), tmp_path, f"naam-{index}")
             for index, first in enumerate((name, other))]
    assert ImageChops.difference(*pages).getbbox() is not None


@pytest.mark.parametrize(("typed", "printed"), [
    ("Sofie 🙂", "Sofie �"),
    ("👨‍👩‍👧 familie", "� familie"),                     # joined by zero-width joiners: one
    ("👍🏽", "�"),                                          # with its skin tone: one
    ("🇧🇪🇳🇱", "��"),                                       # two flags of two letters each
    ("राहुल", "���"),                                        # Devanagari (needs shaping): one per letter with its marks
    ("Nguye\u0302\u0303n", "Nguyễn"),                      # typed with combining accents: composed
    ("a\U000e0001b", "ab"),                                 # a format character no font has shows nothing
    ("李伟 ሰላም Łukasz", "李伟 ሰላም Łukasz"),
])
def test_printable_text(typed: str, printed: str) -> None:
    assert printable(typed) == printed
