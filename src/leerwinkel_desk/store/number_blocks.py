"""Dossier and request numbers from the blocks the sync service leased to this laptop.

An enrolled laptop never counts on its own: the service leases each device blocks of numbers per
series and year (`sync_number_block`), so two laptops working offline never hand out the same
number, and a number once printed on a letter is never renumbered. A laptop that is not enrolled
(no `device_id` in `sync_state`) and the central database use the office's own counter. With
no leased number left (a new year began offline, a busy day), a record gets a provisional number
(`LW-2026-P00001`); the service replaces it by a real one when the record arrives, and no letter is
printed with a provisional number.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from leerwinkel_desk.store.sync_capture import device_id


class NumbersExhausted(Exception):
    """The leased blocks of a series have no room left: the next sync leases a new block."""


def enrolled(session: Session) -> bool:
    return device_id(session) is not None


def take_leased(session: Session, prefix: str, year: int, count: int) -> int:
    """The first of `count` consecutive numbers from one leased block (NumbersExhausted when none has room)."""
    block = session.execute(text(
        "SELECT first, next_value FROM sync_number_block WHERE prefix = :prefix AND year = :year "
        "AND last - next_value + 1 >= :count ORDER BY first LIMIT 1"),
        {"prefix": prefix, "year": year, "count": count}).first()
    if block is None:
        raise NumbersExhausted(prefix)
    session.execute(text("UPDATE sync_number_block SET next_value = next_value + :count "
                         "WHERE prefix = :prefix AND year = :year AND first = :first"),
                    {"prefix": prefix, "year": year, "first": block.first, "count": count})
    return int(block.next_value)


def next_provisional(session: Session, prefix: str) -> int:
    """A laptop-wide counter for provisional numbers (unique on this laptop until the real ones arrive)."""
    key = f"provisional_{prefix}"
    session.execute(text("INSERT INTO sync_state (key, value) VALUES (:key, '1') ON CONFLICT (key) "
                         "DO UPDATE SET value = CAST(value AS INTEGER) + 1"), {"key": key})
    return int(session.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": key}).scalar_one())


def remaining(session: Session, prefix: str, year: int) -> int:
    return int(session.execute(text(
        "SELECT coalesce(sum(last - next_value + 1), 0) FROM sync_number_block WHERE prefix = :prefix "
        "AND year = :year"), {"prefix": prefix, "year": year}).scalar_one())


def add_block(session: Session, prefix: str, year: int, first: int, last: int) -> None:
    session.execute(text("INSERT INTO sync_number_block (prefix, year, first, last, next_value) "
                         "VALUES (:prefix, :year, :first, :last, :first)"),
                    {"prefix": prefix, "year": year, "first": first, "last": last})
