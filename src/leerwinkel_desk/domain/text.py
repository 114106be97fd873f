"""Normalising names for search: case-, accent- and spacing-insensitive keys."""

from __future__ import annotations

import unicodedata

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
