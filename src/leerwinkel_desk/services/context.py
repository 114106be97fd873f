"""Who acts and what time it is: passed into every service, never read from globals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from leerwinkel_desk.domain.calendar import local_date


@dataclass(frozen=True)
class Actor:
    """The signed-in person (or a system task when `counsellor_id` is None) and their office."""

    office_id: uuid.UUID
    counsellor_id: uuid.UUID | None
    role: str


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    """Today's date in Belgium (Europe/Brussels), which is what counsellors mean by today."""
    return local_date(clock.now())
