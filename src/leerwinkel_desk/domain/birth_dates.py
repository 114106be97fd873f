"""Birth dates as people type them, and the range a birth date may lie in.

The one home of the rule, read by the client form, the client service, the registration import
and the command line. A person types day, month and year in the Flemish order: `02041990`,
`2/4/1990`, `02/04/1990`, `2-4-1990`, `2.4.1990` (and the ISO `1990-04-02` of files) all mean
2 April 1990 (`domain.calendar.parse_typed_date`, every date field's way of reading). Nothing typed
means the birth date is unknown. A birth date lies between MAX_AGE_YEARS years ago and today (`today`
is the caller's local date, so the rule is testable).
Errors are `InvalidValue("birth_date", reason)` with reason `not_a_date`, `future` or `too_old`.
"""

from __future__ import annotations

from datetime import date

from leerwinkel_desk.domain.calendar import parse_typed_date
from leerwinkel_desk.domain.errors import InvalidValue

MAX_AGE_YEARS = 110
FIELD = "birth_date"
FORMATS = "DD/MM/YYYY, D/M/YYYY, D-M-YYYY, D.M.YYYY, DDMMYYYY, YYYY-MM-DD"   # for reports of files


def parse_birth_date(text: str) -> date | None:
    """The date typed (day first, four-digit year), None when nothing was typed.

    Anything else, an impossible day such as 31/02 included, is `not_a_date`.
    """
    return parse_typed_date(text, FIELD)


def earliest_birth_date(today: date) -> date:
    """The oldest birth date accepted: the same day MAX_AGE_YEARS years ago (28 February for a 29th)."""
    year = today.year - MAX_AGE_YEARS
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return date(year, today.month, day)


def check_birth_date(value: date | None, today: date) -> date | None:
    """The birth date when it may be one: not after today, not more than MAX_AGE_YEARS years ago."""
    if value is None:
        return None
    if value > today:
        raise InvalidValue(FIELD, "future")
    if value < earliest_birth_date(today):
        raise InvalidValue(FIELD, "too_old")
    return value


def birth_date_from(text: str, today: date) -> date | None:
    """What a person typed as a birth date, parsed and checked; None when left empty."""
    return check_birth_date(parse_birth_date(text), today)
