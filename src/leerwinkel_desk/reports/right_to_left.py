"""Arabic and Hebrew names on paper: contextual letter forms and right-to-left order, for ReportLab.

ReportLab draws characters one by one, left to right, with no shaping unless uharfbuzz is
installed (the app does not ship it). So before a string is drawn, Arabic letters are given
their joined form (isolated, initial, medial, final; lam-alef as one ligature) from Unicode's
presentation forms, found through `unicodedata` (no hand-made tables), and every run of
right-to-left text is put in visual order. A simplified bidi: enough for names and short
phrases inside Dutch text (a right-to-left run that wraps over two lines keeps its words in
line order). PDF readers and pypdf give the text back in reading order; the Arabic letters
come back as presentation forms, equal to the original after NFKC normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from leerwinkel_desk.reports.fonts import has_glyph

_FORM = re.compile(r"<(isolated|final|initial|medial)> ([0-9A-F]{4})(?: ([0-9A-F]{4}))?")
_PRESENTATION_FORMS = (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00))
_LAM = "\u0644"
_ALEFS = "\u0622\u0623\u0625\u0627"
_TATWEEL = "\u0640"
_RTL_CLASSES = {"R", "AL"}
_NEUTRAL_CLASSES = {"WS", "ON", "CS", "ES", "ET", "BN", "S"}
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_RIGHT_TO_LEFT_SCRIPTS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew to Arabic


@cache
def _forms() -> dict[str, dict[str, str]]:
    """Base letter (or lam + alef) -> its presentation forms, read from the Unicode database."""
    forms: dict[str, dict[str, str]] = {}
    for code in _PRESENTATION_FORMS:
        match = _FORM.fullmatch(unicodedata.decomposition(chr(code)))
        if match is None:
            continue
        base = chr(int(match[2], 16)) + (chr(int(match[3], 16)) if match[3] else "")
        if len(base) == 1 or (base[0] == _LAM and base[1] in _ALEFS):
            forms.setdefault(base, {}).setdefault(match[1], chr(code))
    return forms


def _joins_forward(char: str) -> bool:
    """Dual-joining letters connect to the next letter; right-joining ones (alef, dal...) do not."""
    return char == _TATWEEL or "initial" in _forms().get(char, {})


def _joins_backward(char: str) -> bool:
    """Dual- and right-joining letters (and lam-alef) connect to the letter before; hamza does not."""
    return char == _TATWEEL or "final" in _forms().get(char, {})


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def shape_arabic(text: str) -> str:
    """Give each Arabic letter its contextual form (logical order kept), where the font has it."""
    forms = _forms()
    letters = [i for i, char in enumerate(text) if not _is_mark(char)]
    shaped = list(text)
    skip: set[int] = set()
    for position, index in enumerate(letters):
        if index in skip or text[index] not in forms:
            continue
        previous = text[letters[position - 1]] if position > 0 else ""
        following = text[letters[position + 1]] if position + 1 < len(letters) else ""
        base = text[index]
        if base == _LAM and following in _ALEFS and letters[position + 1] == index + 1:
            base, skip = base + following, skip | {index + 1}
            joined_after = False
        else:
            joined_after = _joins_forward(base) and bool(following) and _joins_backward(following)
        joined_before = bool(previous) and _joins_forward(previous) and _joins_backward(base)
        wanted = {(True, True): "medial", (True, False): "final",
                  (False, True): "initial", (False, False): "isolated"}[(joined_before, joined_after)]
        form = forms[base].get(wanted)
        if form and has_glyph(form):
            shaped[index] = form
            if len(base) == 2:
                shaped[index + 1] = ""
    return "".join(shaped)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def visual_order(text: str) -> str:
    """Reverse each right-to-left run (with the spaces and punctuation inside it).

    Combining marks stay after their letter; brackets inside the run are mirrored.
    """
    if not any(_is_rtl(char) for char in text):
        return text
    result: list[str] = []
    index = 0
    while index < len(text):
        if not _is_rtl(text[index]):
            result.append(text[index])
            index += 1
            continue
        end = index
        probe = index
        while probe < len(text):
            kind = unicodedata.bidirectional(text[probe])
            if kind in _RTL_CLASSES or kind == "NSM":
                end = probe + 1
            elif kind not in _NEUTRAL_CLASSES:
                break
            probe += 1
        clusters: list[str] = []
        for char in text[index:end]:
            if clusters and _is_mark(char):
                clusters[-1] += char
            else:
                clusters.append(char.translate(_MIRRORED))
        result.append("".join(reversed(clusters)))
        index = end
    return "".join(result)


def for_drawing(text: str) -> str:
    """What ReportLab must draw so right-to-left text reads right: shaped, then in visual order."""
    if not _RIGHT_TO_LEFT_SCRIPTS.search(text):
        return text
    return visual_order(shape_arabic(text))
