"""Normalising text: one-line fields cleaned of invisible controls, the rule for a name or a title (it must show
something), and names for search (case-, accent- and spacing-insensitive keys)."""

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


REQUIRED = "required"                        # InvalidValue's reason for a name that shows nothing

# Characters that show nothing although they are not spaces: the Hangul fillers and the braille blank (letters
# and symbols to Unicode, blank on screen). Format characters (Cf: zero-width space and joiners, the bidi marks,
# the soft hyphen), combining marks without a letter to sit on, separators and controls show nothing either.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_SHOW_NOTHING = ("Cf", "Cc", "Mn", "Me", "Zs", "Zl", "Zp")


def shows_something(text: str) -> bool:
    """Whether `text` has a character that shows on screen: a name of zero-width spaces, joiners and other
    format characters alone is a blank line in every list, though it is not empty."""
    return any(ch not in _BLANK_LETTERS and unicodedata.category(ch) not in _SHOW_NOTHING for ch in text)


def kept_name(text: str, field: str) -> str:
    """The one rule for a name or a title (a client's first and last name, a counsellor, a partner, a contact
    person, a loket, a provider, a course; store/base.py applies it to every column marked `NAME`, the imports
    to each such cell, the sync server to what a laptop pushes): kept as a one-line field (`single_line`: the
    bidirectional overrides, embeddings and isolates that would show `Cursus exe.pdf` for a file name are
    taken out) and refused as empty, InvalidValue(field, "required"), when nothing in it shows. A zero-width
    joiner between visible letters stays: some scripts need it."""
    kept = single_line(text)
    if not shows_something(kept):
        raise InvalidValue(field, REQUIRED)
    return kept


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
