"""Arabic and Hebrew text on paper: letter forms by arabic-reshaper, order by python-bidi, for ReportLab.

ReportLab draws characters one by one, left to right, with no shaping unless uharfbuzz is
installed (the app does not ship it). So before a string is drawn, Arabic letters are given their
joined form (isolated, initial, medial, final; lam-alef as one ligature) by `arabic_reshaper`, and
the string is put in visual order by python-bidi's implementation of the Unicode bidirectional
algorithm (`bidi.algorithm`, which also mirrors brackets inside right-to-left runs), in a
left-to-right paragraph, as the letters are Dutch. Numbers inside right-to-left text keep their
place: `شارع 12 رقم 5` is drawn `5 مقر 12 عراش`. A letter form the font lacks is drawn as the
plain letter. A text that wraps is broken into lines in reading order first and each line is
then put in visual order (`reports/layout.py`): ordered as a whole and then wrapped, a right-to-left
paragraph printed its last words on its first line. PDF readers and pypdf give the text
back in reading order; the Arabic letters come back as presentation forms, equal to the original
after NFKC normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display

from leerwinkel_desk.reports.fonts import has_glyph

_RIGHT_TO_LEFT_SCRIPTS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew to Arabic
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@cache
def _reshaper() -> ArabicReshaper:
    """Marks (harakat) kept, and of the ligatures only lam-alef, which every Arabic font has."""
    return ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


def shape_arabic(text: str) -> str:
    """Give each Arabic letter its contextual form (logical order kept), where the font has it."""
    return _PRESENTATION_FORM.sub(
        lambda form: form[0] if has_glyph(form[0]) else unicodedata.normalize("NFKC", form[0]),
        _reshaper().reshape(text))


def visual_order(text: str) -> str:
    """The characters in the order they are drawn, left to right (Unicode bidi, left-to-right base)."""
    return get_display(text, base_dir="L")


def has_right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT_SCRIPTS.search(text) is not None


def shaped(text: str) -> str:
    """The text with its Arabic letters in their joined forms, still in reading (logical) order."""
    return shape_arabic(text) if has_right_to_left(text) else text


def line_for_drawing(line: str) -> str:
    """One line of shaped text as ReportLab must draw it: in visual order."""
    return visual_order(line) if has_right_to_left(line) else line


def for_drawing(text: str) -> str:
    """What ReportLab must draw so right-to-left text on one line reads right: shaped, then in visual order."""
    return line_for_drawing(shaped(text))
