"""Normalising text: one-line fields cleaned of invisible controls, and names for search (case-, accent- and
spacing-insensitive keys)."""

from __future__ import annotations

import unicodedata

from leerwinkel_desk.domain.errors import InvalidValue

# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): typed into a name they turn
# the text after them around, beyond the name (a list's next column, a letter's next words). The marks
# U+200E/U+200F start nothing and stay.
_BIDI_CONTROLS = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_LINE_BREAKS = "\t\n\r\v\f\x85\u2028\u2029"


def single_line(text: str) -> str:
    """A one-line field (a name, a phone number, a municipality) as it is kept: line breaks and tabs as
    spaces, without control characters (C0, C1, bidirectional overrides), no spaces at its ends. A pasted
    name then shows as typed everywhere: in lists, letters and a terminal (an ESC sequence is not run)."""
    kept = []
    for ch in text:
        if ch in _LINE_BREAKS:
            kept.append(" ")
        elif not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ord(ch) in _BIDI_CONTROLS):
            kept.append(ch)
    return "".join(kept).strip()


CONTROL_CHARACTER = "control_character"      # InvalidValue's reason


def has_control_character(text: str) -> bool:
    """Whether `text` holds a control character other than a line break or a tab (C0 such as NUL or ESC, DEL,
    C1). PostgreSQL refuses a NUL in text, so a laptop that kept one could never sync that row; the others are
    never typed, only pasted from elsewhere, and show as nothing or as garbage in lists and letters."""
    return any((ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) and ch not in _LINE_BREAKS for ch in text)


def check_text(text: str | None, field: str) -> None:
    """The one rule for every text saved (store/base.py applies it to every text column a row writes, the
    registration import to every text cell): InvalidValue(field, "control_character") when it holds one."""
    if text is not None and has_control_character(text):
        raise InvalidValue(field, CONTROL_CHARACTER)


_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, no diacritics, one space between words: `Céline  Du Bois` -> `celine du bois`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in bare)
    return " ".join(cleaned.split())


def name_key(first_name: str | None, last_name: str | None) -> str:
    """The stored search key of a person's name: folded, last name words joined (`dubois`).

    Both the words and the joined last name are kept so `Du Bois`, `Dubois` and `du bois` meet.
    """
    first = fold(first_name or "")
    last = fold(last_name or "")
    joined_last = last.replace(" ", "")
    words = [w for w in (first, last, joined_last if joined_last != last else "") if w]
    return " ".join(words)


def phone_key(phone: str | None) -> str:
    """Digits only, Belgian +32/0032 prefix folded to a leading 0."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if digits.startswith("0032"):
        digits = "0" + digits[4:]
    elif digits.startswith("32") and len(digits) >= 10:
        digits = "0" + digits[2:]
    return digits
