"""What "today" means at the desk: the date in Belgium (Europe/Brussels), whatever the clock's zone; and a
date as a person types it, the day first."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from leerwinkel_desk.domain.errors import InvalidValue

BRUSSELS = ZoneInfo("Europe/Brussels")

_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.\- ])([0-9]{1,2})\2([0-9]{4})", re.ASCII)
_DIGITS_ONLY = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})", re.ASCII)
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", re.ASCII)


def parse_typed_date(text: str, field: str) -> date | None:
    """The date typed in the Flemish order (`02041990`, `2/4/1990`, `02/04/1990`, `2-4-1990`, `2.4.1990`, and
    the ISO `1990-04-02` of files), None when nothing was typed. Anything else, an impossible day such as
    31/02 included, is InvalidValue(`field`, "not_a_date"): never the nearest real day."""
    text = text.strip()
    if not text:
        return None
    if match := _DAY_FIRST.fullmatch(text):
        day, _separator, month, year = match.groups()
    elif match := _DIGITS_ONLY.fullmatch(text):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    else:
        raise InvalidValue(field, "not_a_date")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidValue(field, "not_a_date") from None


def local_date(moment: datetime) -> date:
    """The calendar day in Belgium of an aware moment (a UTC clock reads 23:30 as the next day in summer)."""
    return moment.astimezone(BRUSSELS).date()
