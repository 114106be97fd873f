"""Consent-bound sharing: consents, warm handovers and the letters filed on a case."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose, HandoverMode
from leerwinkel_desk.store.base import Base, OfficeOwned, enum_type


class Consent(OfficeOwned, Base):
    """A client's consent to share named data items with one recipient for one purpose."""

    __tablename__ = "consent"
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("learning_request.id"))
    recipient_org_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisation.id"))
    recipient_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_contact.id"))
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    data_items: Mapped[list[str]] = mapped_column(JSON()) # DataItem values
    method: Mapped[ConsentMethod] = mapped_column(enum_type(ConsentMethod))
    given_on: Mapped[date]
    expires_on: Mapped[date | None]
    withdrawn_at: Mapped[datetime | None]


class Handover(OfficeOwned, Base):
    """A warm handover to a study counsellor or partner counsellor, sharing only consented items."""

    __tablename__ = "handover"
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learning_request.id"), index=True)
    consent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consent.id"), index=True)
    recipient_org_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisation.id"))
    recipient_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_contact.id"))
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[HandoverMode] = mapped_column(enum_type(HandoverMode))
    at: Mapped[datetime]
    shared_items: Mapped[list[str]] = mapped_column(JSON()) # DataItem values actually shared
    note: Mapped[str | None] = mapped_column(Text)


class Letter(OfficeOwned, Base):
    """A printed document filed on the case: what, to whom, which items, and the PDF's SHA-256."""

    __tablename__ = "letter"
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("learning_request.id"), index=True)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consent.id"))
    kind: Mapped[str] = mapped_column(String(30))  # summary | handover
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    shared_items: Mapped[list[str]] = mapped_column(JSON())
    produced_at: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
