"""What every use case shares: loading live rows, stamping authors and times, role checks."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from leerwinkel_desk.domain.errors import NotAllowed, NotFound
from leerwinkel_desk.services.context import Actor, Clock, local_today
from leerwinkel_desk.store.base import OfficeOwned
from leerwinkel_desk.store.engine import Database

Row = TypeVar("Row", bound=OfficeOwned)


class UseCase:
    """A service bound to a database, a clock and the person acting."""

    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None:
        self._db, self._clock, self._actor = db, clock, actor

    def _now(self) -> datetime:
        return self._clock.now()

    def _today(self) -> date:
        return local_today(self._clock)

    def _require_role(self, action: str, *roles: str) -> None:
        if self._actor.role not in roles:
            raise NotAllowed(action)

    def _load(self, session: Session, model: type[Row], row_id: uuid.UUID) -> Row:
        """A live row of this office, or NotFound (also for tombstones and other offices' rows)."""
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None or row.office_id != self._actor.office_id:
            raise NotFound(model.__tablename__, row_id)
        return row

    def _new(self, row: Row, now: datetime) -> Row:
        """Stamp a new row with its office, author and times."""
        row.office_id = self._actor.office_id
        row.created_at = row.updated_at = now
        row.created_by = row.updated_by = self._actor.counsellor_id
        return row

    def _touch(self, row: OfficeOwned, now: datetime) -> None:
        row.updated_at = now
        row.updated_by = self._actor.counsellor_id
