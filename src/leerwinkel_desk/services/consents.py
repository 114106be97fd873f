"""The client's consent: granted with a scope and expiry, withdrawn at will, asked before any sharing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.consent import (
    RELEVANT_FOR,
    ConsentTerms,
    Recipient,
    check_terms,
    covers,
    is_active,
    same_recipient,
)
from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose, DataItem
from leerwinkel_desk.domain.errors import Conflict, ConsentMissing
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import (
    Client,
    Consent,
    LearningRequest,
    PartnerContact,
    PartnerOrganisation,
)


@dataclass(frozen=True)
class ConsentRow:
    id: uuid.UUID
    client_id: uuid.UUID
    request_id: uuid.UUID | None
    recipient: Recipient
    purpose: ConsentPurpose
    items: frozenset[DataItem]
    method: ConsentMethod
    given_on: date
    expires_on: date | None
    withdrawn_at: datetime | None


def consent_terms(c: Consent) -> ConsentTerms:
    return ConsentTerms(recipient=Recipient(c.recipient_org_id, c.recipient_contact_id, c.recipient_name),
                        purpose=c.purpose, items=frozenset(DataItem(i) for i in c.data_items),
                        given_on=c.given_on, expires_on=c.expires_on,
                        withdrawn_on=c.withdrawn_at.astimezone(BRUSSELS).date() if c.withdrawn_at else None)


def consent_row(c: Consent) -> ConsentRow:
    terms = consent_terms(c)
    return ConsentRow(id=c.id, client_id=c.client_id, request_id=c.request_id, recipient=terms.recipient,
                      purpose=c.purpose, items=terms.items, method=c.method, given_on=c.given_on,
                      expires_on=c.expires_on, withdrawn_at=c.withdrawn_at)


def find_covering_consent(session: Session, client_id: uuid.UUID, recipient: Recipient,
                          purpose: ConsentPurpose, items: frozenset[DataItem], on: date) -> Consent:
    """The newest active consent covering exactly this sharing, or ConsentMissing."""
    candidates = session.scalars(select(Consent).where(
        Consent.client_id == client_id, Consent.deleted_at.is_(None),
        Consent.purpose == purpose,
    ).order_by(Consent.given_on.desc(), Consent.id.desc()))
    for consent in candidates:
        if covers(consent_terms(consent), recipient, purpose, items, on):
            return consent
    raise ConsentMissing(recipient.name or str(recipient.org_id or recipient.contact_id), frozenset(items))


def shareable_items(session: Session, client_id: uuid.UUID, recipient: Recipient, purpose: ConsentPurpose,
                    on: date) -> frozenset[DataItem]:
    """What may be shared with this recipient on the day: in an active consent and relevant for the purpose."""
    allowed: set[DataItem] = set()
    for consent in session.scalars(select(Consent).where(
            Consent.client_id == client_id, Consent.purpose == purpose, Consent.deleted_at.is_(None))):
        terms = consent_terms(consent)
        if is_active(terms, on) and same_recipient(terms.recipient, recipient):
            allowed |= terms.items
    return frozenset(allowed) & RELEVANT_FOR[purpose]


class Consents(UseCase):
    def grant(self, client_id: uuid.UUID, recipient: Recipient, purpose: ConsentPurpose,
              items: frozenset[DataItem], method: ConsentMethod, given_on: date | None = None,
              expires_on: date | None = None, request_id: uuid.UUID | None = None) -> ConsentRow:
        self._require(Permission.SHARE)
        given_on = given_on or self._today()
        check_terms(recipient, items, given_on, expires_on)
        now = self._now()
        with self._db.write() as session:
            self._load(session, Client, client_id)
            if recipient.org_id is not None:
                self._load(session, PartnerOrganisation, recipient.org_id)
            if recipient.contact_id is not None:
                self._load(session, PartnerContact, recipient.contact_id)
            if request_id is not None:
                self._require_on_request(session, self._load(session, LearningRequest, request_id),
                                         Permission.SHARE)
            consent = self._new(Consent(
                client_id=client_id, request_id=request_id, recipient_org_id=recipient.org_id,
                recipient_contact_id=recipient.contact_id, recipient_name=recipient.name,
                purpose=purpose, data_items=sorted(i.value for i in items), method=method,
                given_on=given_on, expires_on=expires_on,
            ), now)
            session.add(consent)
            session.flush()
            audit.record(session, self._actor, now, "consent.grant", "consent", consent.id,
                         ("recipient", "purpose", "data_items", "method", "given_on", "expires_on"),
                         subject_client_id=client_id)
            return consent_row(consent)

    def withdraw(self, consent_id: uuid.UUID) -> ConsentRow:
        now = self._now()
        with self._db.write() as session:
            self._require(Permission.SHARE)
            consent = self._load(session, Consent, consent_id)
            if consent.withdrawn_at is not None:
                raise Conflict("consent.withdrawn")
            consent.withdrawn_at = now
            self._touch(consent, now)
            audit.record(session, self._actor, now, "consent.withdraw", "consent", consent.id,
                         ("withdrawn_at",), subject_client_id=consent.client_id)
            return consent_row(consent)

    def for_client(self, client_id: uuid.UUID) -> list[ConsentRow]:
        with self._db.read() as session:
            rows = session.scalars(select(Consent).where(
                Consent.client_id == client_id, Consent.deleted_at.is_(None),
            ).order_by(Consent.given_on, Consent.id))
            return [consent_row(c) for c in rows]

    def standing(self, client_id: uuid.UUID) -> list[ConsentRow]:
        """The client's consents that can still be withdrawn: neither withdrawn nor expired today (one that
        starts on a later day too), oldest first."""
        today = self._today()
        return [c for c in self.for_client(client_id)
                if c.withdrawn_at is None and (c.expires_on is None or c.expires_on >= today)]

    def require(self, client_id: uuid.UUID, recipient: Recipient, purpose: ConsentPurpose,
                items: frozenset[DataItem], on: date | None = None) -> ConsentRow:
        """Ask before sharing: the active consent that covers it, or ConsentMissing."""
        with self._db.read() as session:
            return consent_row(find_covering_consent(
                session, client_id, recipient, purpose, items, on or self._today()))
