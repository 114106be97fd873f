"""The office, its desks and staff, the social map of partners, zitdagen and number sequences."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, SmallInteger, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import OrganisationType, Role
from leerwinkel_desk.store.base import NAME, Base, Keyed, OfficeOwned, enum_type, utcnow


class Office(Keyed, Base):
    """A leerwinkel: the regional office whose counsellors use the app."""

    __tablename__ = "office"
    __mapper_args__ = {"eager_defaults": False}   # the retention default is read when needed, not RETURNed
    name: Mapped[str] = mapped_column(String(200), info=NAME)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    retention_years: Mapped[int] = mapped_column(SmallInteger, server_default="5")   # see services/retention.py
    hourly_contribution: Mapped[Decimal | None] = mapped_column(   # tier 3 (services/contributions.py); a server
        Numeric(8, 2), server_default=text("NULL"))                 # default: older schemas are written without it
    cost_information: Mapped[Decimal | None] = mapped_column(       # the indicative cost per request of a
        Numeric(8, 2), server_default=text("NULL"))                 # tier (services/office_settings.py);
    cost_mediation: Mapped[Decimal | None] = mapped_column(         # None: the blueprint's figure
        Numeric(8, 2), server_default=text("NULL"))
    cost_trajectory: Mapped[Decimal | None] = mapped_column(Numeric(8, 2), server_default=text("NULL"))
    backup_folder: Mapped[str | None] = mapped_column(              # a second copy of each daily backup
        String(1000), server_default=text("NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PartnerOrganisation(OfficeOwned, Base):
    """An organisation on the social map (sociale kaart): referrer, loket host or handover target."""

    __tablename__ = "partner_organisation"
    name: Mapped[str] = mapped_column(String(200), index=True, info=NAME)
    org_type: Mapped[OrganisationType] = mapped_column(enum_type(OrganisationType))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None]
    retired_on: Mapped[date | None]       # no longer offered for new work; records that used it keep it


class PartnerContact(OfficeOwned, Base):
    """A person at a partner: a VDAB job mediator, an OCMW social worker, a school's study counsellor."""

    __tablename__ = "partner_contact"
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_organisation.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200), info=NAME)
    function: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    retired_on: Mapped[date | None]


class Loket(OfficeOwned, Base):
    """A desk where clients are seen: at the office or inside a partner organisation."""

    __tablename__ = "loket"
    name: Mapped[str] = mapped_column(String(200), info=NAME)
    host_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner_organisation.id")
    )
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    directions: Mapped[str | None] = mapped_column(String(300))     # how to get there: the appointment card
    active: Mapped[bool] = mapped_column(default=True)


class Counsellor(OfficeOwned, Base):
    """A person who uses the app (informatieconsulent, leerloopbaanbegeleider or coördinator)."""

    __tablename__ = "counsellor"
    __table_args__ = (UniqueConstraint("office_id", "login"),)
    __mapper_args__ = {"eager_defaults": False}   # `passphrase_given_by`'s default read when needed, not RETURNed
    login: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(200), info=NAME)
    role: Mapped[Role] = mapped_column(enum_type(Role))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    can_log_in: Mapped[bool] = mapped_column(default=True)
    passphrase_hash: Mapped[str | None] = mapped_column(String(200))   # Argon2id, parameters inside
    # who chose the passphrase when it was not the person (a coordinator opening the account or setting a new
    # one): they choose their own at their next sign-in (services/accounts.py). Of this laptop, like the hash; a
    # server default, so that older schemas are written without it
    passphrase_given_by: Mapped[uuid.UUID | None] = mapped_column(server_default=text("NULL"))


class Zitdag(OfficeOwned, Base):
    """A session day of a counsellor at a loket: weekly on a weekday, or on one date."""

    __tablename__ = "zitdag"
    __table_args__ = (
        CheckConstraint(
            "(weekday IS NULL) <> (on_date IS NULL)", name="weekday_or_date"
        ),
        CheckConstraint("weekday IS NULL OR weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("slot_minutes > 0", name="slot_positive"),
    )
    loket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loket.id"), index=True)
    counsellor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counsellor.id"), index=True)
    weekday: Mapped[int | None] = mapped_column(SmallInteger)   # 0 = Monday
    on_date: Mapped[date | None]
    starts: Mapped[time]
    ends: Mapped[time]
    slot_minutes: Mapped[int] = mapped_column(SmallInteger, default=60)
    every_weeks: Mapped[int] = mapped_column(SmallInteger, server_default="1")   # 2: every second week from valid_from
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]


class NumberSequence(Base):
    """The last number handed out per office, prefix and year (`LW-2026-000123`)."""

    __tablename__ = "number_sequence"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)
