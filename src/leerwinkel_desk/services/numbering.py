"""Handing out human-readable dossier and request numbers without gaps or duplicates."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.errors import Conflict
from leerwinkel_desk.domain.numbers import format_number, provisional_number
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import NumberSequence
from leerwinkel_desk.store.number_blocks import NumbersExhausted, enrolled, next_provisional, take_leased

_TABLE = table_of(NumberSequence)


def reserve(session: Session, office_id: uuid.UUID, prefix: str, year: int, count: int = 1) -> int:
    """Reserve `count` consecutive numbers and return the first one.

    An atomic `UPDATE ... RETURNING` inside the caller's write transaction: two writers can
    never get the same number, on SQLite or PostgreSQL. A laptop enrolled for sync takes them
    from the blocks the sync service leased it (store/number_blocks.py).
    """
    if enrolled(session):
        try:
            return take_leased(session, prefix, year, count)
        except NumbersExhausted:
            raise Conflict("numbers.exhausted") from None
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(_TABLE)
        .values(office_id=office_id, prefix=prefix, year=year, last_value=0)
        .on_conflict_do_nothing()
    )
    last: int = session.execute(
        update(_TABLE)
        .where(
            _TABLE.c.office_id == office_id,
            _TABLE.c.prefix == prefix,
            _TABLE.c.year == year,
        )
        .values(last_value=_TABLE.c.last_value + count)
        .returning(_TABLE.c.last_value)
    ).scalar_one()
    return last - count + 1


def next_number(session: Session, office_id: uuid.UUID, prefix: str, year: int) -> str:
    """The next number; on an enrolled laptop with no leased number left, a provisional one."""
    try:
        return format_number(prefix, year, reserve(session, office_id, prefix, year))
    except Conflict as exhausted:
        if str(exhausted) != "numbers.exhausted":
            raise
        return provisional_number(prefix, year, next_provisional(session, prefix))


def numbers(session: Session, office_id: uuid.UUID, prefix: str, year: int, count: int) -> list[str]:
    """`count` numbers for one import: consecutive where one leased block has room for them all, else one by
    one, leased while any are left and then provisional (an import on a laptop whose block was nearly used
    up, or before its first sync, was refused whole with "numbers.exhausted")."""
    if not count:
        return []
    try:
        first = reserve(session, office_id, prefix, year, count)
    except Conflict as exhausted:
        if str(exhausted) != "numbers.exhausted":
            raise
        return [next_number(session, office_id, prefix, year) for _ in range(count)]
    return [format_number(prefix, year, first + offset) for offset in range(count)]
