"""The training offer (opleidingsaanbod): providers and their courses, with what an adult needs to know."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, ProviderType
from leerwinkel_desk.store.base import NAME, Base, OfficeOwned, enum_type


class Provider(OfficeOwned, Base):
    """A training provider: CBE, CVO, hogeschool, VDAB, SYNTRA, Vormingplus..."""

    __tablename__ = "provider"
    name: Mapped[str] = mapped_column(String(200), index=True, info=NAME)
    provider_type: Mapped[ProviderType] = mapped_column(enum_type(ProviderType))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    retired_on: Mapped[date | None]       # no longer offered; options that named it keep it


class Course(OfficeOwned, Base):
    """A course with its level, qualification, flexibility, place, cost and support, entry demands."""

    __tablename__ = "course"
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), index=True, info=NAME)
    eqf_level: Mapped[int | None] = mapped_column(SmallInteger)
    recognised_qualification: Mapped[bool] = mapped_column(default=False)
    qualification_name: Mapped[str | None] = mapped_column(String(300))
    duration_hours: Mapped[int | None]
    duration_text: Mapped[str | None] = mapped_column(String(200))
    daytime: Mapped[bool] = mapped_column(default=True)
    evenings: Mapped[bool] = mapped_column(default=False)
    weekends: Mapped[bool] = mapped_column(default=False)
    modular: Mapped[bool] = mapped_column(default=False)
    delivery: Mapped[Delivery] = mapped_column(enum_type(Delivery), default=Delivery.ON_SITE)
    municipality: Mapped[str | None] = mapped_column(String(100), index=True)
    postcode: Mapped[str | None] = mapped_column(String(10))
    cost_eur: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    training_vouchers: Mapped[bool] = mapped_column(default=False)     # opleidingscheques
    educational_leave: Mapped[bool] = mapped_column(default=False)     # Vlaams opleidingsverlof
    fee_exemption: Mapped[bool] = mapped_column(default=False)         # vrijstelling inschrijvingsgeld
    dutch_level_required: Mapped[DutchLevel | None] = mapped_column(enum_type(DutchLevel))
    entry_requirements: Mapped[str | None] = mapped_column(Text)
    next_start: Mapped[date | None]
    url: Mapped[str | None] = mapped_column(String(300))
    retired_on: Mapped[date | None]
