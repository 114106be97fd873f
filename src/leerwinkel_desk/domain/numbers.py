"""Human-readable numbers shown to people (never used as keys): `LW-2026-000123`."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from leerwinkel_desk.domain.errors import InvalidValue

CLIENT_PREFIX = "LW"       # a client's dossier
REQUEST_PREFIX = "LV"      # a learning request (leervraag)

_PATTERN = re.compile(r"^(?P<prefix>[A-Z]{2})-(?P<year>\d{4})-(?P<seq>\d{6,})$")


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}-{year:04d}-{seq:06d}"


def provisional_number(prefix: str, year: int, seq: int) -> str:
    """`LW-2026-P00007`: a laptop offline with no leased number left; the sync service gives the real one."""
    return f"{prefix}-{year:04d}-P{seq:05d}"


def is_provisional(number: str) -> bool:
    parts = number.split("-")
    return len(parts) == 3 and parts[2].startswith("P")


ERASED = "X-"
ERASED_DIGITS = 18              # the key's last hex digits an erased marker keeps (its random part)


def erased_marker(client_id: uuid.UUID) -> str:
    """The dossier number an erased client keeps: unique in its office, naming nobody. It ends on the key's
    last 18 hex digits, its random part: keys made in one millisecond (an import) share their first ones,
    and the second client of an import could not be erased (the marker of the first was taken)."""
    return f"{ERASED}{client_id.hex[-ERASED_DIGITS:]}"


def is_erased_marker(number: str) -> bool:
    return number.startswith(ERASED)


def parse_number(text: str) -> tuple[str, int, int]:
    """Split `LW-2026-000123` into its parts; tolerant of case and surrounding spaces."""
    match = _PATTERN.match(text.strip().upper())
    if match is None:
        raise InvalidValue("number", "format")
    return match["prefix"], int(match["year"]), int(match["seq"])


def _exactly(before: str, year_and_seq: str) -> list[str]:
    """`2026-141` as the whole number it names, `2026-000141`; nothing for a sequence typed whole or with its
    zeros (`2026-0001` begins numbers, it is none itself), or none typed yet."""
    year, _, seq = year_and_seq.partition("-")
    return [f"{before}{year}-{seq.rjust(6, '0')}"] if 0 < len(seq) < 6 and not seq.startswith("0") else []


_FULL_SERIES = re.compile(r"(?P<prefix>[A-Z]{2})-(?P<rest>[0-9]{1,4}|[0-9]{4}-[0-9]{0,6})")
_YEAR_AND_SEQ = re.compile(r"(?P<year>[0-9]{4})-(?P<seq>[0-9]{0,6})")
_SEQ = re.compile(r"[0-9]{1,6}")


def number_beginnings(text: str, series: Callable[[], list[tuple[str, int]]]) -> list[str]:
    """What numbers a typed (part of a) number may begin with, in the series handed out.

    `series()` gives the (prefix, year) pairs numbers exist in; it is asked only when the text
    looks like (part of) a number. `LW-2026-0001` and `LW-20` are beginnings themselves, and a
    sequence typed without its leading zeros is also the number with exactly that sequence
    (`LW-2026-141` is `LW-2026-000141` too); `2026-000141` is one in each prefix of 2026;
    `000141` (or `141`) is the sequence part in every series: numbers whose sequence begins with
    those digits, and the number with exactly that sequence (`141` is `000141`). Anything else: no
    beginnings.
    """
    typed = text.strip().upper()
    if match := _FULL_SERIES.fullmatch(typed):
        return [typed, *_exactly(match["prefix"] + "-", match["rest"])]
    if match := _YEAR_AND_SEQ.fullmatch(typed):
        year = int(match["year"])
        return [f"{prefix}-{beginning}" for prefix, in_year in series() if in_year == year
                for beginning in (typed, *_exactly("", typed))]
    if _SEQ.fullmatch(typed):
        exact = typed.rjust(6, "0")
        return [f"{prefix}-{year:04d}-{seq}" for prefix, year in series()
                for seq in dict.fromkeys((typed, exact))]
    return []
