"""The declarative base, portable column types and the columns every synced table carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Column, DateTime, Enum, ForeignKey, MetaData, String, Table, Uuid, event, inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.text import check_text, kept_name

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, always timezone-aware UTC in Python.

    PostgreSQL stores `timestamptz`; SQLite stores the UTC wall time as text.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """A StrEnum stored as its value in a VARCHAR with a CHECK constraint (portable, readable)."""
    return Enum(
        enum_cls,
        name=enum_cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda members: [m.value for m in members],
    )


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid(), dict: JSON(), list: JSON()}


NAME: dict[str, Any] = {"name": True}    # a column's `info`: it names a person, an organisation or a course


def is_name(column: Column[Any]) -> bool:
    """Whether the column holds a name or a title (marked `info=NAME`): one that must show something."""
    return bool(column.info.get("name"))


def kept_value(column: Column[Any], value: Any) -> Any:
    """A text as a row keeps it in `column`, by the one rule for text (domain/text.py): refused
    (InvalidValue naming the column) with a control character or longer than its column; a name or title
    (`is_name`) kept as one line without bidirectional controls and refused as empty when it shows nothing.
    Used by every ORM write (below), the registration import's bulk rows and the sync server, for what a
    laptop pushes."""
    if not isinstance(value, str) or not isinstance(column.type, String):
        return value
    check_text(value, column.key)
    kept = kept_name(value, column.key) if value and is_name(column) else value
    if column.type.length is not None and len(kept) > column.type.length:     # PostgreSQL would refuse it at
        raise InvalidValue(column.key, "too_long", column.type.length)       # sync; SQLite keeps any length
    return kept


def _keep_texts(_mapper: Any, _connection: Any, target: Base) -> None:
    """Every text a row saves through the ORM (the services' writes) passes `kept_value` before anything is
    written: a NUL or another control character is refused, a name is cleaned or refused. On an update only
    the columns that change are checked, so a row saved long ago stays editable."""
    state = inspect(target)
    for attribute in state.mapper.column_attrs:
        value = state.dict.get(attribute.key)
        if isinstance(value, str) and (state.pending or state.attrs[attribute.key].history.has_changes()):
            column = attribute.columns[0]
            kept = kept_value(column, value) if isinstance(column, Column) else value
            if kept != value:
                setattr(target, attribute.key, kept)


event.listen(Base, "before_insert", _keep_texts, propagate=True)
event.listen(Base, "before_update", _keep_texts, propagate=True)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for bulk statements that bypass the ORM."""
    return Base.metadata.tables[model.__tablename__]


class Keyed:
    """A client-generated UUIDv7 key: rows can be made offline on any laptop."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7, sort_order=-10)


class Stamped:
    """When and by whom a row was made and last changed; tombstone instead of DELETE for sync."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow, sort_order=100)
    created_by: Mapped[uuid.UUID | None] = mapped_column(sort_order=101)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, sort_order=102)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(sort_order=103)
    deleted_at: Mapped[datetime | None] = mapped_column(sort_order=104)


class OfficeOwned(Keyed, Stamped):
    """A row that users create, belonging to one office (many offices share a central database)."""

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True, sort_order=-9)
    if TYPE_CHECKING:
        __tablename__: str      # each table's own; declared for code that takes any such model
