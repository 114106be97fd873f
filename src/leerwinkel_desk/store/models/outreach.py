"""Work beyond the client: second-line support to partner staff, and signals of gaps and barriers."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import SecondLineKind, SignalKind, SignalTheme
from leerwinkel_desk.store.base import Base, OfficeOwned, enum_type


class SecondLineActivity(OfficeOwned, Base):
    """An information session for partner staff or a question answered for a partner counsellor."""

    __tablename__ = "second_line_activity"
    kind: Mapped[SecondLineKind] = mapped_column(enum_type(SecondLineKind))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisation.id"))
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counsellor.id"))
    topic: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(index=True)
    minutes: Mapped[int | None] = mapped_column(SmallInteger)
    participants: Mapped[int | None] = mapped_column(SmallInteger)


class Signal(OfficeOwned, Base):
    """A gap in the training offer or a barrier to learning, to be reported to policy."""

    __tablename__ = "signal"
    kind: Mapped[SignalKind] = mapped_column(enum_type(SignalKind))
    theme: Mapped[SignalTheme] = mapped_column(enum_type(SignalTheme))
    region: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    raised_on: Mapped[date] = mapped_column(index=True)
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counsellor.id"))


class SignalRequest(OfficeOwned, Base):
    """Links a signal to a learning request where it was seen."""

    __tablename__ = "signal_request"
    __table_args__ = (UniqueConstraint("signal_id", "request_id"),)
    signal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signal.id"), index=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
