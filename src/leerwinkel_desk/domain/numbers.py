"""Human-readable numbers shown to people (never used as keys): `LW-2026-000123`."""

from __future__ import annotations

import re

from leerwinkel_desk.domain.errors import InvalidValue

CLIENT_PREFIX = "LW"       # a client's dossier
REQUEST_PREFIX = "LV"      # a learning request (leervraag)

_PATTERN = re.compile(r"^(?P<prefix>[A-Z]{2})-(?P<year>\d{4})-(?P<seq>\d{6,})$")


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}-{year:04d}-{seq:06d}"


def parse_number(text: str) -> tuple[str, int, int]:
    """Split `LW-2026-000123` into its parts; tolerant of case and surrounding spaces."""
    match = _PATTERN.match(text.strip().upper())
    if match is None:
        raise InvalidValue("number", "format")
    return match["prefix"], int(match["year"]), int(match["seq"])


def looks_like_number(text: str) -> bool:
    return _PATTERN.match(text.strip().upper()) is not None
