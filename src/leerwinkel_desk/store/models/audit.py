"""The audit trail: who did what to which record, when; field names only, never values."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.store.base import Base, Keyed


class AuditEvent(Keyed, Base):
    """One audited action. Rows are only ever appended (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        UniqueConstraint("office_id", "seq"),
        Index("ix_audit_event_record_id", "record_id"),
        Index("ix_audit_event_at", "at"),
    )
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    at: Mapped[datetime]
    actor_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(60))        # e.g. client.create, contact.create
    entity: Mapped[str] = mapped_column(String(40))        # table name
    record_id: Mapped[uuid.UUID | None]
    subject_client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    fields: Mapped[str | None] = mapped_column(String(1000))   # comma-separated field names
    seq: Mapped[int] = mapped_column(BigInteger)               # position in the office's chain
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
