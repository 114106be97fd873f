"""What every use case shares: loading live rows, stamping authors and times, role checks, office-wide audit events."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, Protocol, TypeVar, TypeVarTuple, runtime_checkable

from sqlalchemy import Row as ResultRow
from sqlalchemy import Select, String, bindparam, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import Role, Tier
from leerwinkel_desk.domain.errors import ChangedElsewhere, InvalidValue, NotAllowed, NotFound
from leerwinkel_desk.domain.limits import check_contact_details
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.context import Actor, Clock, local_today
from leerwinkel_desk.store.base import OfficeOwned
from leerwinkel_desk.store.engine import Database, Statements
from leerwinkel_desk.store.models import Counsellor, LearningRequest

Row = TypeVar("Row", bound=OfficeOwned)
_Ts = TypeVarTuple("_Ts")
_Found = TypeVar("_Found")
# a request's owner, as the check of who may work on it reads them (built once: a micro-contact runs it)
_OWNER = select(Counsellor.role, Counsellor.full_name).where(Counsellor.id == bindparam("owner_id"))


@runtime_checkable
class Retiring(Protocol):
    """Reference data that is retired rather than deleted (providers, courses, partners, their contacts)."""

    retired_on: date | None


def checked_texts(model: type[Any], values: Mapping[str, str | None], required: Iterable[str] = ()) \
        -> dict[str, str | None]:
    """The one-line texts typed for a record of `model` as they are kept: trimmed, an empty one None. Refused
    (InvalidValue): a `required` one left empty, one longer than its column (`too_long`), an e-mail, phone or
    postcode not of its shape (domain.limits.check_contact_details)."""
    kept = {name: (value or "").strip() or None for name, value in values.items()}
    for name in required:
        if kept.get(name) is None:
            raise InvalidValue(name, "required")
    columns = model.__table__.c
    for name, value in kept.items():
        column = columns[name].type
        if value is not None and isinstance(column, String) and column.length and len(value) > column.length:
            raise InvalidValue(name, "too_long", column.length)
    check_contact_details(kept)
    return kept


def same_value(one: object, other: object) -> bool:
    """Equal as kept: an empty text and no text are the same (imports store None, forms "")."""
    def plain(value: object) -> object:
        return (value or None) if isinstance(value, str) else value
    return plain(one) == plain(other)


def _field(record: object, name: str) -> Any:
    """A field of a record given as an object with attributes or as a mapping by name."""
    return record.get(name) if isinstance(record, Mapping) else getattr(record, name, None)


def edited_fields(stored: object, typed: Mapping[str, Any], loaded: object | None) -> list[str]:
    """The fields of `typed` to write on a record that holds `stored` now: one home for a form's save over
    what someone else saved meanwhile (a second window, a colleague on the same file).

    `loaded` is the record as the form showed it when it opened (the row the form was filled from, or a
    mapping by field name; `stored` either as well). Only the fields the person changed against it are written; a field
    nobody else touched, or one someone else changed while this person left it alone, merges silently (as
    the sync does per field, docs sync-design "Conflicts"). A field changed here that someone else changed
    too, to another value, refuses the whole save (`ChangedElsewhere`, with what is stored now): nothing is
    overwritten unseen. Without `loaded` (a command, an import: the caller gives the whole new state) every
    field that differs from what is stored is written.
    """
    changed = [name for name in typed if not same_value(_field(stored, name), typed[name])]
    if loaded is None:
        return changed
    edited = [name for name in changed if not same_value(_field(loaded, name), typed[name])]
    elsewhere = {name: _field(stored, name) for name in edited
                 if not same_value(_field(stored, name), _field(loaded, name))}
    if elsewhere:
        raise ChangedElsewhere(elsewhere)
    return edited


class UseCase:
    """A service bound to a database, a clock and the person acting."""

    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None:
        self._db, self._clock, self._actor = db, clock, actor

    def _now(self) -> datetime:
        return self._clock.now()

    def _today(self) -> date:
        return local_today(self._clock)

    def _require(self, permission: Permission) -> None:
        if not allowed(self._actor.role, permission):
            raise NotAllowed(permission)

    def _require_own(self, permission: Permission, owner_id: uuid.UUID | None,
                     owner: tuple[str, str] | None) -> None:
        """A counsellor works on their own caseload; requests still at the dispatch desk
        (no owner, or an information officer's) are open to every counsellor. Coordinators
        may act on every request of the office. `owner` is the owner's (role, full name)."""
        self._require(permission)
        if self._actor.role != Role.COUNSELLOR or owner_id in (None, self._actor.counsellor_id):
            return
        if owner is None or owner[0] != Role.INFO_OFFICER:
            raise NotAllowed("request.not_own", owner[1] if owner else None)

    def _require_on_request(self, session: Session, request: LearningRequest,
                            permission: Permission | None = None) -> None:
        """The permission for work on this request (tier 1 is dispatch work), on one's own caseload."""
        self._require_on(session, request.tier, request.owner_id, permission)

    def _require_on(self, session: Session | Statements, tier: Tier, owner_id: uuid.UUID | None,
                    permission: Permission | None = None) -> None:
        """`_require_on_request` from the request's tier and owner alone (read without loading the request)."""
        if permission is None:
            permission = Permission.DISPATCH if tier is Tier.INFORMATION else Permission.CASEWORK
        owner = None
        if self._actor.role == Role.COUNSELLOR and owner_id not in (None, self._actor.counsellor_id):
            params = {"owner_id": owner_id}
            found = session.execute(_OWNER, params).one_or_none() if isinstance(session, Session) else \
                next(iter(session.rows(_OWNER, params)), None)
            owner = (found[0], found[1]) if found else None
        self._require_own(permission, owner_id, owner)

    def _own_first(self, session: Session, query: Select[*_Ts], owner: Any, limit: int,
                   key: Callable[[ResultRow[*_Ts]], object],
                   first: Callable[[Select[*_Ts], int], list[ResultRow[*_Ts]]] | None = None) -> list[ResultRow[*_Ts]]:
        """The first `limit` rows of `query`, in its order, the signed-in person's own (`owner`) first.

        Two bounded queries, each in an order an index can give (one query ordered by "mine first"
        would make SQLite sort every row of the office first): the person's own, then the office's
        first `limit`, without the rows already taken (`key` tells a row). `first` reads the first
        rows of a query when a plain LIMIT cannot (by default, the LIMIT).
        """
        def limited(select_: Select[*_Ts], count: int) -> list[ResultRow[*_Ts]]:
            return list(session.execute(select_.limit(count)))

        read = first or limited
        mine = read(query.where(owner == self._actor.counsellor_id), limit)
        taken = {key(row) for row in mine}
        rest = [row for row in read(query, limit) if key(row) not in taken]
        return (mine + rest)[:limit]

    def _load(self, session: Session, model: type[Row], row_id: uuid.UUID) -> Row:
        """A live row of this office, or NotFound (also for tombstones and other offices' rows)."""
        return self._require_live(session.get(model, row_id), model.__tablename__, row_id)

    def _require_live(self, row: _Found | None, table: str, row_id: uuid.UUID) -> _Found:
        """`row` (an ORM object or a Core row with `office_id` and `deleted_at`) if it is a live row of this
        office, else NotFound."""
        found: Any = row
        if found is None or found.deleted_at is not None or found.office_id != self._actor.office_id:
            raise NotFound(table, row_id)
        assert row is not None, "checked just now"
        return row

    def _new(self, row: Row, now: datetime) -> Row:
        """Stamp a new row with its office, author and times."""
        row.office_id = self._actor.office_id
        row.created_at = row.updated_at = now
        row.created_by = row.updated_by = self._actor.counsellor_id
        return row

    def _audit_office(self, action: str, fields: Iterable[str] = ()) -> None:
        """An audit event about the office as a whole (an export, a backup), in a transaction of its own."""
        with self._db.write() as session:
            audit.record(session, self._actor, self._now(), action, "office", self._actor.office_id, fields)

    def _touch(self, row: OfficeOwned, now: datetime) -> None:
        row.updated_at = now
        row.updated_by = self._actor.counsellor_id

    def _edit(self, permission: Permission, model: type[Row], row_id: uuid.UUID,
              values: Mapping[str, Any], loaded: object | None = None) -> Row:
        """Reference data corrected (a partner's phone, a course's start date): the fields that changed,
        audited by name; with `loaded` (the row as the form showed it) only those the form changed, and none
        that someone else saved meanwhile (`edited_fields`). Returns the row, detached once the transaction
        is over."""
        self._require(permission)
        now = self._now()
        with self._db.write() as session:
            row = self._load(session, model, row_id)
            changed = edited_fields(row, values, loaded)
            for name in changed:
                setattr(row, name, values[name])
            if changed:
                self._touch(row, now)
                audit.record(session, self._actor, now, f"{model.__tablename__}.update", model.__tablename__,
                             row.id, changed)
            session.flush()
            return row

    def _retire(self, permission: Permission, model: type[Row], row_id: uuid.UUID) -> None:
        """No longer offered for new work from today; the records that used it keep it (not a deletion)."""
        self._require(permission)
        now = self._now()
        with self._db.write() as session:
            row = self._load(session, model, row_id)
            if not isinstance(row, Retiring):
                raise TypeError(f"{model.__tablename__} is not retired, it is deleted")
            if row.retired_on is None:
                row.retired_on = self._today()
                self._touch(row, now)
                audit.record(session, self._actor, now, f"{model.__tablename__}.retire", model.__tablename__,
                             row.id, ("retired_on",))
