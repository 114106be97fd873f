"""Sessions and micro-contacts on a request, and the request's timeline of them in order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Direction,
    SessionType,
)
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.limits import check_held, check_minutes, check_summary
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Contact, Counsellor, LearningRequest, Loket



@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    request_id: uuid.UUID
    kind: ContactKind
    session_type: SessionType | None
    status: ContactStatus
    channel: Channel
    direction: Direction | None
    at: datetime
    minutes: int | None
    loket_id: uuid.UUID | None
    counsellor_id: uuid.UUID | None
    summary: str | None
    notes: str | None


def contact_row(c: Contact) -> ContactRow:
    return ContactRow(c.id, c.request_id, c.kind, c.session_type, c.status, c.channel, c.direction,
                      c.at, c.minutes, c.loket_id, c.counsellor_id, c.summary, c.notes)


class Contacts(UseCase):
    """Logging what happened with a client: in seconds for a micro-contact."""

    def log_micro(self, request_id: uuid.UUID, channel: Channel, summary: str,
                  direction: Direction = Direction.OUTBOUND, minutes: int | None = None,
                  at: datetime | None = None) -> ContactRow:
        """One call logs a micro-contact (WhatsApp, SMS, short call...) on a request."""
        if not summary.strip():
            raise InvalidValue("summary", "required")
        check_minutes(minutes)
        check_summary(summary)
        if channel is Channel.FACE_TO_FACE:
            raise InvalidValue("channel", "micro_face_to_face")
        return self._add(request_id, ContactKind.MICRO, None, ContactStatus.HELD, channel,
                         direction, at or self._now(), minutes, None, summary, None)

    def plan_session(self, request_id: uuid.UUID, at: datetime, loket_id: uuid.UUID,
                     session_type: SessionType, counsellor_id: uuid.UUID | None = None,
                     minutes: int | None = None) -> ContactRow:
        """Book a face-to-face session at a loket; the counsellor cannot be in two places at once."""
        check_minutes(minutes)
        return self._add(request_id, ContactKind.SESSION, session_type, ContactStatus.PLANNED,
                         Channel.FACE_TO_FACE, None, at, minutes, loket_id, None, None,
                         counsellor_id=counsellor_id)

    def record_session(self, request_id: uuid.UUID, at: datetime, minutes: int,
                       session_type: SessionType, loket_id: uuid.UUID | None = None,
                       summary: str | None = None, notes: str | None = None,
                       channel: Channel = Channel.FACE_TO_FACE) -> ContactRow:
        """A session that took place (not booked beforehand)."""
        check_minutes(minutes)
        check_summary(summary)
        check_held(local_date(at), self._today())
        return self._add(request_id, ContactKind.SESSION, session_type, ContactStatus.HELD,
                         channel, None, at, minutes, loket_id, summary, notes)

    def hold_session(self, contact_id: uuid.UUID, minutes: int, summary: str | None = None,
                     notes: str | None = None, status: ContactStatus = ContactStatus.HELD) -> ContactRow:
        """What became of a planned session: held (with minutes and notes), cancelled or no-show."""
        check_minutes(minutes)
        check_summary(summary)
        now = self._now()
        with self._db.write() as session:
            contact = self._load(session, Contact, contact_id)
            self._require_on_request(session, self._load(session, LearningRequest, contact.request_id))
            if contact.status is not ContactStatus.PLANNED:
                raise Conflict("session.not_planned")
            if status is ContactStatus.HELD:
                check_held(local_date(contact.at), self._today())
            contact.status, contact.minutes = status, minutes
            contact.summary, contact.notes = summary, notes
            self._touch(contact, now)
            request = self._load(session, LearningRequest, contact.request_id)
            audit.record(session, self._actor, now, "contact.hold", "contact", contact.id,
                         ("status", "minutes", "summary", "notes"), subject_client_id=request.client_id)
            return contact_row(contact)

    def next_booked(self, request_id: uuid.UUID) -> ContactRow | None:
        """The request's first session still booked from now on (what a reminder is about), if any."""
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            found = session.scalars(select(Contact).where(
                Contact.request_id == request_id, Contact.deleted_at.is_(None),
                Contact.status == ContactStatus.PLANNED, Contact.at >= self._now(),
            ).order_by(Contact.at, Contact.id).limit(1)).first()
            return contact_row(found) if found is not None else None

    def timeline(self, request_id: uuid.UUID) -> list[ContactRow]:
        """All sessions and micro-contacts of a request, oldest first."""
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            contacts = session.scalars(select(Contact).where(
                Contact.request_id == request_id, Contact.deleted_at.is_(None),
            ).order_by(Contact.at, Contact.id))
            return [contact_row(c) for c in contacts]

    def _add(self, request_id: uuid.UUID, kind: ContactKind, session_type: SessionType | None,
             status: ContactStatus, channel: Channel, direction: Direction | None, at: datetime,
             minutes: int | None, loket_id: uuid.UUID | None, summary: str | None,
             notes: str | None, counsellor_id: uuid.UUID | None = None) -> ContactRow:
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            if loket_id is not None:
                self._load(session, Loket, loket_id)
            counsellor_id = counsellor_id or self._actor.counsellor_id
            if counsellor_id is not None and counsellor_id != self._actor.counsellor_id:
                self._load(session, Counsellor, counsellor_id)
            if status is ContactStatus.PLANNED:
                self._check_free(session, counsellor_id, at)
            contact = self._new(Contact(
                request_id=request.id, kind=kind, session_type=session_type, status=status,
                channel=channel, direction=direction, at=at, minutes=minutes, loket_id=loket_id,
                counsellor_id=counsellor_id, summary=summary, notes=notes,
            ), now)
            session.add(contact)
            session.flush()
            self._touch(request, now)
            audit.record(session, self._actor, now, "contact.create", "contact", contact.id,
                         ("kind", "channel", "at", *(["minutes"] if minutes is not None else []),
                          *(["summary"] if summary else []), *(["notes"] if notes else [])),
                         subject_client_id=request.client_id)
            return contact_row(contact)

    def _check_free(self, session: Session, counsellor_id: uuid.UUID | None, at: datetime) -> None:
        if counsellor_id is None:
            return
        taken = session.scalar(select(Contact.id).where(
            Contact.counsellor_id == counsellor_id, Contact.at == at,
            Contact.status == ContactStatus.PLANNED, Contact.deleted_at.is_(None),
        ).limit(1))
        if taken is not None:
            raise Conflict("slot.taken")
