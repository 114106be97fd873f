"""When a contact took place: the one home of the rule, read by the contacts service and by the forms that let a
counsellor give a session or a micro-contact its real moment (Wanneer), for a zitdag at a partner's loket written
up the next morning or yesterday afternoon's phone call.

- **Never ahead of now.** A contact recorded as held took place before the current minute ended: 14:31 typed at
  14:31:20 is taken, 14:32 is not yet (`not_yet`).
- **At most LATE_RECORDING_DAYS days back** (92, counted in days in Belgium: on 20/11 the earliest is 20/08). That
  covers an office's summer closure (July and August with a week either side, some 75 days: the same measure
  services/retention_hold.py trusts a clock by), so a counsellor back from leave can still write up the last zitdag
  before it. Further back, a moment typed is far likelier a slip (a year typed wrong, day and month swapped:
  05/03 for 03/05) than a contact written up after three months, and it would land unseen below months of the
  dossier's timeline and in a month of the monitoring report already sent (`too_long_ago`).

A booked session held (`check_held`) keeps its booked moment, which nobody types: it only must not lie on a later day
(a slot booked for 15:00 is held at 14:50 when the client came early), however long ago it was booked.

The refusals carry the moments allowed (`MomentOutOfRange`), so the sentence says which dates may be given.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from leerwinkel_desk.domain.calendar import local_date, parse_typed_date
from leerwinkel_desk.domain.errors import InvalidValue, MomentOutOfRange

FIELD = "at"
LATE_RECORDING_DAYS = 92


def earliest_contact_day(today: date) -> date:
    """The first day a contact may be recorded on, `today` being the local date."""
    return today - timedelta(days=LATE_RECORDING_DAYS)


def check_took_place(at: datetime, now: datetime) -> None:
    """A moment given for a contact that took place (an aware datetime): not after the current minute, not before
    the earliest day. Refused as MomentOutOfRange, with now as the latest moment allowed."""
    today = local_date(now)
    if _minute(at) > _minute(now):
        raise MomentOutOfRange(FIELD, "not_yet", earliest_contact_day(today), now)
    if local_date(at) < earliest_contact_day(today):
        raise MomentOutOfRange(FIELD, "too_long_ago", earliest_contact_day(today), now)


def check_took_place_on(day: date, today: date) -> date:
    """The day of such a moment alone (the form says a wrong day as soon as its field is left): today or one of
    the LATE_RECORDING_DAYS days before it. Refused as MomentOutOfRange, with today as the latest day allowed."""
    if day > today:
        raise MomentOutOfRange(FIELD, "not_yet", earliest_contact_day(today), today)
    if day < earliest_contact_day(today):
        raise MomentOutOfRange(FIELD, "too_long_ago", earliest_contact_day(today), today)
    return day


def contact_day_from(text: str, today: date) -> date:
    """The day typed for a contact that took place (day first, as every date field reads it), checked; required."""
    day = parse_typed_date(text, FIELD)
    if day is None:
        raise InvalidValue(FIELD, "required")
    return check_took_place_on(day, today)


def check_held(on: date, today: date) -> None:
    """A booked session recorded as held took place today or earlier (a booked slot tomorrow is not held yet)."""
    if on > today:
        raise InvalidValue(FIELD, "not_yet")


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
