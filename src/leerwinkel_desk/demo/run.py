"""One demo generation's shared state: the seeded generator, the generated clock, keys and stamps.

Every random choice comes from the one `random.Random` held here and every key and time stamp is
derived from generated moments, never from the wall clock, so the same (clients, seed, until) on
the same database gives the same rows.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leerwinkel_desk.demo.population_data import AREA_CODES
from leerwinkel_desk.demo.writer import BulkWriter
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.numbers import format_number
from leerwinkel_desk.services.numbering import reserve
from leerwinkel_desk.store.models import Client, LearningRequest

HISTORY_DAYS = 730                  # the case load covers about two years ending at `until`
OPENING_MINUTE = 8 * 60 + 30        # office hours, Brussels wall clock
CLOSING_MINUTE = 17 * 60


def brussels_at(day: date, minute: int) -> datetime:
    """A Brussels wall-clock moment (aware)."""
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=BRUSSELS)


def minute_of(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class DemoRun:
    """The session, writer, generator and clock one generation shares between its parts."""

    def __init__(self, session: Session, clients: int, seed: int, until: date) -> None:
        self.session = session
        self.client_count = clients
        self.seed = seed
        self.until = until
        self.now = brussels_at(until, 12 * 60)
        self.last_opening = self.now - timedelta(minutes=5)    # room for the first steps of a request
        self.start = brussels_at(until - timedelta(days=HISTORY_DAYS), OPENING_MINUTE)
        self.founded = self.start - timedelta(days=60)      # the demo office and its set-up
        self.writer = BulkWriter(session)
        existing = sum(session.scalar(select(func.count()).select_from(model)) or 0
                       for model in (Client, LearningRequest))
        # more data on top of earlier data: another stream (str seeds go through SHA-512,
        # not hash()), so no key of an earlier run comes back
        self.rng = Random(f"{seed}+{existing}") if existing else Random(seed)

    # --- keys, numbers and moments

    def new_id(self, moment: datetime) -> uuid.UUID:
        return uuid7(round(moment.timestamp() * 1000), self.rng)

    def stamps(self, created: datetime, by: uuid.UUID | None,
               updated: datetime | None = None, updated_by: uuid.UUID | None = None) -> dict[str, Any]:
        return {
            "created_at": utc(created), "created_by": by,
            "updated_at": utc(updated or created), "updated_by": updated_by or by, "deleted_at": None,
        }

    def moment_between(self, first: datetime, last: datetime) -> datetime | None:
        """A random weekday moment in office hours, after `first` and not after `last`."""
        span = (last.date() - first.date()).days
        if span < 0:
            return None
        for _ in range(50):
            day = first.date() + timedelta(days=self.rng.randint(0, span))
            if day.weekday() >= 5:
                continue
            low = max(OPENING_MINUTE, minute_of(first) + 1) if day == first.date() else OPENING_MINUTE
            high = min(CLOSING_MINUTE, minute_of(last)) if day == last.date() else CLOSING_MINUTE
            if low <= high:
                return brussels_at(day, self.rng.randint(low, high))
        return None

    def end_of(self, day: date) -> datetime:
        """The end of an office day, or now if that day is today."""
        return min(brussels_at(day, CLOSING_MINUTE), self.now)

    def moment_after(self, moment: datetime, min_days: int, max_days: int) -> datetime:
        """An office-hours moment some days after `moment` (never before it)."""
        day = next_weekday(moment.date() + timedelta(days=self.rng.randint(min_days, max_days)))
        later = brussels_at(day, self.rng.randint(OPENING_MINUTE, CLOSING_MINUTE))
        return later if later > moment else moment + timedelta(minutes=self.rng.randint(5, 30))

    def reserve_numbers(self, office_id: uuid.UUID, prefix: str, years: list[int]) -> list[str]:
        """Consecutive numbers per year for moments already in time order."""
        per_year: dict[int, int] = {}
        for year in years:
            per_year[year] = per_year.get(year, 0) + 1
        next_seq = {year: reserve(self.session, office_id, prefix, year, count)
                    for year, count in per_year.items()}
        numbers = []
        for year in years:
            numbers.append(format_number(prefix, year, next_seq[year]))
            next_seq[year] += 1
        return numbers

    # --- contact details

    def mobile_number(self) -> str:
        rng = self.rng
        prefix = f"4{rng.choice((6, 7, 7, 8, 9))}{rng.randint(0, 9)}"
        digits = f"{prefix} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return f"+32 {digits}" if rng.random() < 0.3 else f"0{digits}"

    def landline(self, postcode: str | None) -> str:
        area = AREA_CODES.get(postcode or "", "056")
        rng = self.rng
        if len(area) == 2:
            return f"{area} {rng.randint(200, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return f"{area} {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
