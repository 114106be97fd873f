"""A learning request and everything done on it: history, contacts, referrals, options, fees."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Direction,
    Exemption,
    Outcome,
    Phase,
    ReferralReason,
    ReferrerType,
    SessionType,
    Tier,
)
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.store.base import Base, Keyed, OfficeOwned, enum_type


class LearningRequest(OfficeOwned, Base):
    """A leervraag (or leernood): dispatched to a tier, moving through the phases until closed."""

    __tablename__ = "learning_request"
    __table_args__ = (
        UniqueConstraint("office_id", "import_ref"),
        UniqueConstraint("office_id", "request_no"),
        Index("ix_learning_request_owner_phase", "owner_id", "phase"),
        Index("ix_learning_request_opened_on", "opened_on"),
        Index("ix_learning_request_office_opened", "office_id", "opened_on", "id"),
        Index("ix_learning_request_follow_up_due", "follow_up_due"),
        Index("ix_learning_request_office_phase_closed", "office_id", "phase", "closed_on"),
        Index("ix_learning_request_office_phase_opened", "office_id", "phase", "opened_on", "id"),
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"),
    )
    request_no: Mapped[str] = mapped_column(String(20))        # unique per office
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    tier: Mapped[Tier] = mapped_column(enum_type(Tier))
    phase: Mapped[Phase] = mapped_column(enum_type(Phase))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counsellor.id"))
    referrer_type: Mapped[ReferrerType] = mapped_column(
        enum_type(ReferrerType), default=ReferrerType.SELF
    )
    referrer_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner_organisation.id"), index=True
    )
    referrer_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_contact.id"))
    loket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loket.id"))
    first_channel: Mapped[Channel | None] = mapped_column(enum_type(Channel))
    topic: Mapped[str | None] = mapped_column(String(300))
    question: Mapped[str | None] = mapped_column(Text)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    outcome: Mapped[Outcome | None] = mapped_column(enum_type(Outcome))
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    follow_up: Mapped[bool] = mapped_column(default=False)
    follow_up_due: Mapped[date | None]
    enrolled_on: Mapped[date | None]              # enrolment confirmed: ends the follow-up
    import_ref: Mapped[str | None] = mapped_column(String(100))


class RequestChange(Keyed, Base):
    """One step in a request's history: a tier, phase or owner change, with its reason."""

    __tablename__ = "request_change"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
    at: Mapped[datetime]
    by: Mapped[uuid.UUID | None]
    field: Mapped[str] = mapped_column(String(20))          # tier | phase | owner | client | enrolled_on
    old_value: Mapped[str | None] = mapped_column(String(100))
    new_value: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


class Contact(OfficeOwned, Base):
    """A session (planned face-to-face conversation) or a micro-contact on a request."""

    __tablename__ = "contact"
    __table_args__ = (
        UniqueConstraint("office_id", "import_key"),
        # covers the monitoring report's figures (db/versions/0002)
        Index("ix_contact_request_figures", "request_id", "at", "kind", "channel", "status",
              "deleted_at", "minutes"),
        Index("ix_contact_counsellor_at", "counsellor_id", "at"),
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 0 AND 600", name="minutes_range"),
    )
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"))
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    session_type: Mapped[SessionType | None] = mapped_column(enum_type(SessionType))
    status: Mapped[ContactStatus] = mapped_column(enum_type(ContactStatus), default=ContactStatus.HELD)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    direction: Mapped[Direction | None] = mapped_column(enum_type(Direction))
    at: Mapped[datetime]
    minutes: Mapped[int | None] = mapped_column(SmallInteger)
    loket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loket.id"))
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counsellor.id"))
    summary: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    import_key: Mapped[str | None] = mapped_column(String(64))


class ReferralOut(OfficeOwned, Base):
    """A referral to a partner (VDAB, integration agency, welfare...), with the loop closed later."""

    __tablename__ = "referral_out"
    __table_args__ = (
        Index("ix_referral_out_open_loops", "office_id", "loop_closed_on", "referred_on", "id"),   # Vandaag
    )
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_organisation.id"), index=True)
    partner_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_contact.id"))
    reason_code: Mapped[ReferralReason | None] = mapped_column(enum_type(ReferralReason))   # None: before 0004
    reason: Mapped[str] = mapped_column(Text)
    referred_on: Mapped[date]
    loop_closed_on: Mapped[date | None]
    happened: Mapped[bool | None]
    loop_note: Mapped[str | None] = mapped_column(Text)


class OptionConsidered(OfficeOwned, Base):
    """An option weighed with the client: a course of the catalogue or free text; one may be the choice."""

    __tablename__ = "option_considered"
    __table_args__ = (
        CheckConstraint("course_id IS NOT NULL OR free_text IS NOT NULL", name="course_or_text"),
    )
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
    course_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("course.id"), index=True)
    free_text: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(Text)
    considered_on: Mapped[date]
    chosen_on: Mapped[date | None]


class Contribution(OfficeOwned, Base):
    """The client contribution for a trajectory: hourly amount, hours, exemption or career voucher."""

    __tablename__ = "contribution"
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
    hourly_rate: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    exemption: Mapped[Exemption | None] = mapped_column(enum_type(Exemption))
    career_voucher: Mapped[bool] = mapped_column(default=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    paid_by: Mapped[PaidBy] = mapped_column(enum_type(PaidBy))
