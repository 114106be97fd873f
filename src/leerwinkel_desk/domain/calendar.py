"""What "today" means at the desk: the date in Belgium (Europe/Brussels), whatever the clock's zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def local_date(moment: datetime) -> date:
    """The calendar day in Belgium of an aware moment (a UTC clock reads 23:30 as the next day in summer)."""
    return moment.astimezone(BRUSSELS).date()
