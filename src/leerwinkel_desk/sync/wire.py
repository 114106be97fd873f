"""What laptop and service say to each other: versions, headers, and values as they travel.

A value travels as SQLite stores it (UUIDs as 32 hex digits, moments as `YYYY-MM-DD HH:MM:SS.ffffff`
UTC, booleans as 0/1, JSON columns as their text): the laptop's triggers capture exactly that and a
pull writes it back unchanged. The service converts with the mapped columns' own SQLAlchemy types,
so both sides read one value the same way.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Text
from sqlalchemy.dialects import sqlite

from leerwinkel_desk.store import models  # noqa: F401  (registers every table)
from leerwinkel_desk.store.base import Base

PROTOCOL = 2
OLDEST_PROTOCOL = PROTOCOL - 1     # the previous app version still syncs; older ones are told to update
SCHEMA_PREVIOUS = "0014"           # the schema revision of the previous app version
# From protocol 2 on a laptop names its device before it enrols (a repeat of a join whose answer was lost is the
# same join) and says when its first sync finished its join; the previous version's join counts as finished at its
# first token (sync/server/devices.py).
NAMES_ITS_DEVICE = 2
# Values a column took after the previous app version's schema (0018: the recognition partners and reasons), and
# what that version pulls instead: its CHECK refuses a partner's new kind and its enum cannot read a new reason, so
# one such row would stop its every pull. It pushes only the fields it changed, so the value stays as it is centrally
# unless its person chose another.
NEWER_VALUES: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("partner_organisation", "org_type"): (frozenset({"recognition"}), "other"),
    ("referral_out", "reason_code"): (frozenset({"diploma", "evc"}), "other"),
}
PROTOCOL_HEADER = "X-Leerwinkel-Protocol"
SCHEMA_HEADER = "X-Leerwinkel-Schema"

_DIALECT = sqlite.dialect()
_TO: dict[tuple[str, str], Callable[[Any], Any] | None] = {}
_FROM: dict[tuple[str, str], Callable[[Any], Any] | None] = {}

# Fields whose concurrent change goes to the conflict inbox (the server keeps its value meanwhile).
INBOX_FIELDS = frozenset({"tier", "phase", "owner_id", "summary", "topic", "free_text", "description"})
CONSENT_TABLES = frozenset({"consent"})
APPEND_ONLY = frozenset({"audit_event", "contact", "request_change", "erasure", "client_merge"})
STAMPS = frozenset({"updated_at", "updated_by"})
DERIVED = frozenset({"name_key", "phone_key", "email_key"})     # follow the fields they are made from


def enrolment_code_hash(code: str, login: str | None = None) -> str:
    """How an enrolment code is kept, on the service and in a joining laptop's file: as typed in any case, with
    or without its dashes, bound to the login it was made for (a code made for one person lets no one else in)."""
    bound = code.replace("-", "").strip().upper() + (f"|{login.strip()}" if login else "")
    return hashlib.sha256(bound.encode()).hexdigest()


def as_previous_schema(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A pulled row as the previous app version can store it (`NEWER_VALUES`)."""
    for (newer_table, name), (newer, instead) in NEWER_VALUES.items():
        if newer_table == table and values.get(name) in newer:
            values = {**values, name: instead}
    return values


def column(table: str, name: str) -> Column[Any] | None:
    mapped = Base.metadata.tables.get(table)
    return None if mapped is None else mapped.columns.get(name)


def to_wire(table: str, name: str, value: Any) -> Any:
    """A Python value of a column (as PostgreSQL gives it) as it travels."""
    key = (table, name)
    if key not in _TO:
        col = column(table, name)
        _TO[key] = None if col is None else col.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    convert = _TO[key]
    if value is None:
        return None
    if convert is not None:
        value = convert(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def from_wire(table: str, name: str, value: Any) -> Any:
    """A travelling value as the column's Python value."""
    key = (table, name)
    if key not in _FROM:
        col = column(table, name)
        _FROM[key] = None if col is None else col.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
    convert = _FROM[key]
    if value is None or convert is None:
        return value
    return convert(value)


def goes_to_inbox(table: str, name: str) -> bool:
    """Free text, tier and phase, consent and owner: a concurrent change waits for a person to choose."""
    if table in CONSENT_TABLES and name not in STAMPS:
        return True
    if name in DERIVED:
        return False
    col = column(table, name)
    return name in INBOX_FIELDS or (col is not None and isinstance(col.type, Text))
