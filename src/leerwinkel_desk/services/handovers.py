"""Warm handover: brief the school's study counsellor or the partner's counsellor, with consent, minimally."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.consent import Recipient, check_relevant, same_recipient
from leerwinkel_desk.domain.enums import ConsentPurpose, DataItem, HandoverMode, Phase
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.rules import PHASE_TRANSITIONS
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.consents import find_covering_consent, shareable_items
from leerwinkel_desk.services.requests import record_change
from leerwinkel_desk.store.models import Consent, Handover, LearningRequest


@dataclass(frozen=True)
class HandoverRow:
    id: uuid.UUID
    request_id: uuid.UUID
    consent_id: uuid.UUID
    recipient: Recipient
    mode: HandoverMode
    at: datetime
    shared_items: frozenset[DataItem]
    note: str | None


def handover_row(h: Handover) -> HandoverRow:
    return HandoverRow(id=h.id, request_id=h.request_id, consent_id=h.consent_id,
                       recipient=Recipient(h.recipient_org_id, h.recipient_contact_id, h.recipient_name),
                       mode=h.mode, at=h.at, shared_items=frozenset(DataItem(i) for i in h.shared_items),
                       note=h.note)


def latest_handover(session: Session, request_id: uuid.UUID, recipient: Recipient,
                    purpose: ConsentPurpose = ConsentPurpose.WARM_HANDOVER) -> Handover | None:
    """The newest handover of the request to this recipient for the purpose, or None: what the counsellor
    decided to share with them. One to an organisation counts for a person there, as its consent does."""
    handovers = session.scalars(select(Handover).join(Consent, Consent.id == Handover.consent_id).where(
        Handover.request_id == request_id, Handover.deleted_at.is_(None), Consent.purpose == purpose,
    ).order_by(Handover.at.desc(), Handover.id.desc()))
    return next((h for h in handovers if same_recipient(handover_row(h).recipient, recipient)), None)


class Handovers(UseCase):
    def shareable(self, request_id: uuid.UUID, recipient: Recipient,
                  purpose: ConsentPurpose = ConsentPurpose.WARM_HANDOVER,
                  on: date | None = None) -> frozenset[DataItem]:
        """What may be shared with this recipient today: consented and relevant for the purpose."""
        with self._db.read() as session:
            request = self._load(session, LearningRequest, request_id)
            if request.client_id is None:
                return frozenset()
            return shareable_items(session, request.client_id, recipient, purpose, on or self._today())

    def hand_over(self, request_id: uuid.UUID, recipient: Recipient, mode: HandoverMode,
                  items: frozenset[DataItem], note: str | None = None,
                  purpose: ConsentPurpose = ConsentPurpose.WARM_HANDOVER) -> HandoverRow:
        """Record a handover; refused (ConsentMissing) unless one active consent covers every item."""
        check_relevant(purpose, items)
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request, Permission.SHARE)
            if request.client_id is None:
                raise InvalidValue("client", "anonymous")
            consent = find_covering_consent(session, request.client_id, recipient, purpose,
                                            items, self._today())
            handover = self._new(Handover(
                request_id=request.id, consent_id=consent.id, recipient_org_id=recipient.org_id,
                recipient_contact_id=recipient.contact_id, recipient_name=recipient.name,
                mode=mode, at=now, shared_items=sorted(i.value for i in items), note=note,
            ), now)
            session.add(handover)
            session.flush()
            if Phase.HANDOVER in PHASE_TRANSITIONS[request.phase] and request.phase is not Phase.HANDOVER:
                record_change(session, request, self._actor.counsellor_id, now, field="phase",
                              old=request.phase, new=Phase.HANDOVER)
                request.phase = Phase.HANDOVER
                self._touch(request, now)
            audit.record(session, self._actor, now, "handover.create", "handover", handover.id,
                         ("recipient", "mode", "shared_items", *(["note"] if note else [])),
                         subject_client_id=request.client_id)
            return handover_row(handover)

    def for_request(self, request_id: uuid.UUID) -> list[HandoverRow]:
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            rows = session.scalars(select(Handover).where(
                Handover.request_id == request_id, Handover.deleted_at.is_(None),
            ).order_by(Handover.at, Handover.id))
            return [handover_row(h) for h in rows]
