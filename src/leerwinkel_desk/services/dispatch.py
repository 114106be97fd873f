"""Aanmelding en dispatching: the first contact answered at tier 1 or booked for an intake."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Direction,
    Outcome,
    Phase,
    ReferrerType,
    SessionType,
    Tier,
)
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.domain.limits import check_minutes, check_summary
from leerwinkel_desk.domain.numbers import REQUEST_PREFIX
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.agenda import Slot
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.numbering import next_number
from leerwinkel_desk.services.requests import RequestRow, record_change, request_row
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    PartnerContact,
    PartnerOrganisation,
)

FACE_TO_FACE_CHANNELS = (Channel.FACE_TO_FACE, Channel.VIDEO)


@dataclass(frozen=True)
class FirstContact:
    """What the person (or the referring partner) brings at the first contact."""

    channel: Channel
    question: str
    topic: str | None = None
    client_id: uuid.UUID | None = None              # None: anonymous (tier 1 only)
    referrer_org_id: uuid.UUID | None = None        # None: came on their own
    referrer_contact_id: uuid.UUID | None = None
    loket_id: uuid.UUID | None = None


class Dispatch(UseCase):
    def answer_now(self, first: FirstContact, answer: str, minutes: int | None = None) -> RequestRow:
        """Tier 1: the question is answered on the spot; the request is closed as answered."""
        self._require(Permission.DISPATCH)
        if not answer.strip():
            raise InvalidValue("answer", "required")
        check_summary(answer, "answer")
        check_minutes(minutes)
        now = self._now()
        with self._db.write() as session:
            request = self._open_request(session, first, Tier.INFORMATION)
            kind = ContactKind.SESSION if first.channel in FACE_TO_FACE_CHANNELS else ContactKind.MICRO
            session.add(self._new(Contact(
                request_id=request.id, kind=kind,
                session_type=SessionType.INFORMATION if kind is ContactKind.SESSION else None,
                status=ContactStatus.HELD, channel=first.channel, direction=Direction.INBOUND,
                at=now, minutes=minutes, loket_id=first.loket_id,
                counsellor_id=self._actor.counsellor_id, summary=answer,
            ), now))
            record_change(session, request, self._actor.counsellor_id, now, field="phase",
                          old=request.phase, new=Phase.CLOSED)
            request.phase, request.outcome, request.closed_on = Phase.CLOSED, Outcome.ANSWERED, self._today()
            audit.record(session, self._actor, now, "request.answer", "learning_request", request.id,
                         ("tier", "outcome", "question"), subject_client_id=request.client_id)
            return request_row(request)

    def book_intake(self, first: FirstContact, slot: Slot) -> RequestRow:
        """Tier 2: an intake is booked in a free zitdag slot; that counsellor owns the request.

        The intake is at the slot's loket, and so is the request: a loket chosen on the first contact must be
        the slot's (a slot elsewhere is refused, never booked over the choice), and none chosen takes the
        slot's (the loket the list of free moments showed with it)."""
        self._require(Permission.DISPATCH)
        client_id = first.client_id
        if client_id is None:
            raise InvalidValue("client", "required_for_intake")
        if first.loket_id not in (None, slot.loket_id):
            raise InvalidValue("loket", "not_the_slots")
        first = replace(first, loket_id=slot.loket_id)
        now = self._now()
        with self._db.write() as session:
            self._load(session, Loket, slot.loket_id)
            counsellor = self._load(session, Counsellor, slot.counsellor_id)
            taken = session.scalar(select(Contact.id).where(
                Contact.counsellor_id == slot.counsellor_id, Contact.at == slot.at,
                Contact.status == ContactStatus.PLANNED, Contact.deleted_at.is_(None),
            ).limit(1))
            if taken is not None:
                raise Conflict("slot.taken")
            if self._client_busy(session, client_id, slot):
                raise InvalidValue("slot", "client_busy")
            request = self._open_request(session, first, Tier.MEDIATION)
            record_change(session, request, self._actor.counsellor_id, now, field="phase",
                          old=request.phase, new=Phase.INTAKE)
            request.phase = Phase.INTAKE
            record_change(session, request, self._actor.counsellor_id, now,
                          field="owner", old=None, new=counsellor.id)
            request.owner_id = counsellor.id
            session.add(self._new(Contact(
                request_id=request.id, kind=ContactKind.SESSION, session_type=SessionType.INTAKE,
                status=ContactStatus.PLANNED, channel=Channel.FACE_TO_FACE, at=slot.at,
                minutes=slot.minutes, loket_id=slot.loket_id, counsellor_id=counsellor.id,
            ), now))
            audit.record(session, self._actor, now, "request.book_intake", "learning_request",
                         request.id, ("tier", "owner_id", "loket_id", "question"), subject_client_id=request.client_id)
            return request_row(request)

    @staticmethod
    def _client_busy(session: Session, client_id: uuid.UUID, slot: Slot) -> bool:
        """Whether the client has a session booked that overlaps the slot (with another counsellor, at another
        loket: two intakes at one hour were booked without a word)."""
        ends = slot.at + timedelta(minutes=slot.minutes)
        booked = session.execute(select(Contact.at, Contact.minutes).join(
            LearningRequest, LearningRequest.id == Contact.request_id).where(
            LearningRequest.client_id == client_id, Contact.status == ContactStatus.PLANNED,
            Contact.deleted_at.is_(None), Contact.at > slot.at - timedelta(days=1), Contact.at < ends))
        return any(slot.at < at + timedelta(minutes=minutes or slot.minutes) for at, minutes in booked)

    def promote(self, request_id: uuid.UUID, client_id: uuid.UUID) -> RequestRow:
        """An anonymous tier-1 contact comes back: the request joins the client's dossier, history kept."""
        self._require(Permission.DISPATCH)
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            if request.client_id is not None:
                raise Conflict("request.not_anonymous")
            client = self._load(session, Client, client_id)
            record_change(session, request, self._actor.counsellor_id, now,
                          field="client", old=None, new=client.id)
            request.client_id = client.id
            self._touch(request, now)
            audit.record(session, self._actor, now, "request.promote", "learning_request",
                         request.id, ("client_id",), subject_client_id=client.id)
            return request_row(request)

    def _open_request(self, session: Session, first: FirstContact, tier: Tier) -> LearningRequest:
        if not first.question.strip():
            raise InvalidValue("question", "required")
        if first.client_id is not None:
            self._load(session, Client, first.client_id)
        if first.loket_id is not None:
            self._load(session, Loket, first.loket_id)
        if first.referrer_contact_id is not None:
            contact = self._load(session, PartnerContact, first.referrer_contact_id)
            if first.referrer_org_id not in (None, contact.partner_id):
                raise InvalidValue("referrer_contact", "other_organisation")
            referrer_org_id: uuid.UUID | None = contact.partner_id
        else:
            referrer_org_id = first.referrer_org_id
        if referrer_org_id is not None:
            self._load(session, PartnerOrganisation, referrer_org_id)
        now = self._now()
        request = self._new(LearningRequest(
            request_no=next_number(session, self._actor.office_id, REQUEST_PREFIX, self._today().year),
            client_id=first.client_id, tier=tier, phase=Phase.DISPATCH,
            referrer_type=ReferrerType.PARTNER if referrer_org_id else ReferrerType.SELF,
            referrer_org_id=referrer_org_id, referrer_contact_id=first.referrer_contact_id,
            loket_id=first.loket_id, first_channel=first.channel, topic=first.topic,
            question=first.question, opened_on=self._today(),
            owner_id=self._actor.counsellor_id if tier is Tier.INFORMATION else None,
        ), now)
        session.add(request)
        session.flush()
        record_change(session, request, self._actor.counsellor_id, now, field="tier", old=None, new=tier)
        if referrer_org_id is not None:
            record_change(session, request, self._actor.counsellor_id, now, field="phase",
                          old=Phase.REFERRAL_IN, new=Phase.DISPATCH)
        return request
