"""Sessions and micro-contacts on a request, and the request's timeline of them in order.

Logging one is the desk's most frequent write (issue 17: at most 3x a raw INSERT + COMMIT): it goes by
Core statements built once at import (`_REQUEST`, `_INSERT`, `_TOUCH`, the audit chain's), compiled once
and run straight through the driver in one transaction (`Database.write_statements`), so no ORM object
is loaded or flushed and no Session or execution context is made per call (README, Benchmarks).

A contact that took place on a request in follow-up moves its next follow-up contact on
(`follow_up_due_after_contact`, domain/rules.py), in the same transaction, audited as
`request.follow_up_due`: every way the desk records one (a micro-contact, a reminder sent, a session
recorded or a booked one held) comes through here, so Vandaag's overdue list clears once the follow-up
contact is noted. (The registration import, another system's history, leaves the due dates alone.)

A contact is recorded when it took place, which the counsellor may give (a zitdag written up the next morning):
its day moves the follow-up on from that day, not from the day it was typed, and it takes its place by that moment
in the timeline, on Vandaag's quiet list and in the monitoring report's months. The moments allowed are
domain/contact_moments.py's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.contact_moments import check_held, check_took_place
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Direction,
    SessionType,
)
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.limits import check_minutes, check_summary
from leerwinkel_desk.domain.rules import follow_up_due_after_contact
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.engine import Statements
from leerwinkel_desk.store.models import Contact, LearningRequest, Loket

_CONTACT, _REQUESTS, _LOKETS = table_of(Contact), table_of(LearningRequest), table_of(Loket)
# what logging a contact reads of its request: whether it is live here, who may work on it, whose it is,
# and its follow-up (which the contact moves on)
_REQUEST = select(_REQUESTS.c.office_id, _REQUESTS.c.deleted_at, _REQUESTS.c.tier, _REQUESTS.c.owner_id,
                  _REQUESTS.c.client_id, _REQUESTS.c.follow_up, _REQUESTS.c.follow_up_due).where(
    _REQUESTS.c.id == bindparam("request_id"))
_LOKET = select(_LOKETS.c.office_id, _LOKETS.c.deleted_at).where(_LOKETS.c.id == bindparam("loket_id"))
_INSERT = insert(_CONTACT)          # always given every column, so one compiled form serves every call
_TOUCH = update(_REQUESTS).where(_REQUESTS.c.id == bindparam("request_id")).values(
    updated_at=bindparam("now"), updated_by=bindparam("by"))
_TOUCH_FOLLOW_UP = update(_REQUESTS).where(_REQUESTS.c.id == bindparam("request_id")).values(
    updated_at=bindparam("now"), updated_by=bindparam("by"), follow_up_due=bindparam("due"))  # _TOUCH, due moved


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
    return ContactRow(id=c.id, request_id=c.request_id, kind=c.kind, session_type=c.session_type,
                      status=c.status, channel=c.channel, direction=c.direction, at=c.at,
                      minutes=c.minutes, loket_id=c.loket_id, counsellor_id=c.counsellor_id,
                      summary=c.summary, notes=c.notes)


class Contacts(UseCase):
    """Logging what happened with a client: in seconds for a micro-contact."""

    def log_micro(self, request_id: uuid.UUID, channel: Channel, summary: str,
                  direction: Direction = Direction.OUTBOUND, minutes: int | None = None,
                  at: datetime | None = None) -> ContactRow:
        """One call logs a micro-contact (WhatsApp, SMS, short call...) on a request, now or at `at` (when it took
        place: domain/contact_moments.py)."""
        if at is not None:
            check_took_place(at, self._now())
        if not summary.strip():
            raise InvalidValue("summary", "required")
        check_minutes(minutes)
        check_summary(summary)
        if channel is Channel.FACE_TO_FACE:
            raise InvalidValue("channel", "micro_face_to_face")
        return self._add(request_id, kind=ContactKind.MICRO, channel=channel, direction=direction,
                         at=at or self._now(), minutes=minutes, summary=summary)

    def record_session(self, request_id: uuid.UUID, at: datetime, minutes: int,
                       session_type: SessionType, loket_id: uuid.UUID | None = None,
                       summary: str | None = None, notes: str | None = None,
                       channel: Channel = Channel.FACE_TO_FACE) -> ContactRow:
        """A session that took place (not booked beforehand), at `at` (domain/contact_moments.py)."""
        check_minutes(minutes)
        check_summary(summary)
        check_took_place(at, self._now())
        return self._add(request_id, kind=ContactKind.SESSION, session_type=session_type, channel=channel,
                         at=at, minutes=minutes, loket_id=loket_id, summary=summary, notes=notes)

    def hold_session(self, contact_id: uuid.UUID, minutes: int, summary: str | None = None,
                     notes: str | None = None, status: ContactStatus = ContactStatus.HELD) -> ContactRow:
        """What became of a planned session: held (with minutes and notes), cancelled or no-show."""
        return self._settle(contact_id, status, minutes, summary, notes)

    def hold_early(self, contact_id: uuid.UUID, at: datetime, minutes: int, loket_id: uuid.UUID | None,
                   summary: str | None = None, notes: str | None = None) -> ContactRow:
        """A booked session that took place before its booked day (the client came earlier, e.g. the intake booked
        for 14/12 held today): the booking becomes the session held, at `at`, where and by whom it was held, so it
        no longer stands as planned on the dossier and Vandaag, nor in a reminder or the agenda. `at` is checked as
        any moment given for a contact that took place (domain/contact_moments.py)."""
        check_took_place(at, self._now())
        return self._settle(contact_id, ContactStatus.HELD, minutes, summary, notes, moved=(at, loket_id))

    def _settle(self, contact_id: uuid.UUID, status: ContactStatus, minutes: int, summary: str | None,
                notes: str | None, moved: tuple[datetime, uuid.UUID | None] | None = None) -> ContactRow:
        """A planned session held, cancelled or missed; `moved`: held at that moment and loket instead of the booked
        ones, by the person recording it."""
        check_minutes(minutes)
        check_summary(summary)
        now = self._now()
        with self._db.write() as session:
            contact = self._load(session, Contact, contact_id)
            self._require_on_request(session, self._load(session, LearningRequest, contact.request_id))
            if contact.status is not ContactStatus.PLANNED:
                raise Conflict("session.not_planned")
            fields = ["status", "minutes", "summary", "notes"]
            if moved is not None:
                at, loket_id = moved
                if loket_id is not None:
                    self._load(session, Loket, loket_id)
                contact.at, contact.loket_id = at, loket_id
                contact.counsellor_id = self._actor.counsellor_id or contact.counsellor_id
                fields += ["at", "loket_id", "counsellor_id"]
            if status is ContactStatus.HELD:        # the booked moment, or `moved`'s (checked already)
                check_held(local_date(contact.at), self._today())
            contact.status, contact.minutes = status, minutes
            contact.summary, contact.notes = summary, notes
            self._touch(contact, now)
            request = self._load(session, LearningRequest, contact.request_id)
            audit.record(session, self._actor, now, "contact.hold", "contact", contact.id,
                         fields, subject_client_id=request.client_id)
            due = (follow_up_due_after_contact(request.follow_up, request.follow_up_due, local_date(contact.at))
                   if status is ContactStatus.HELD else request.follow_up_due)      # a no-show is no contact
            if due != request.follow_up_due:
                request.follow_up_due = due
                self._touch(request, now)
                self._audit_follow_up(session, request.id, request.client_id, now)
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

    def intake_held(self, request_id: uuid.UUID) -> bool:
        """Has the request had a guidance conversation held (an intake, or a trajectory session), not only a
        tier-1 answer at the desk? (Asked before it moves up to tier 3: booked is not held.)"""
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            return session.scalar(select(Contact.id).where(
                Contact.request_id == request_id, Contact.deleted_at.is_(None), Contact.kind == ContactKind.SESSION,
                Contact.status == ContactStatus.HELD, Contact.session_type.is_distinct_from(SessionType.INFORMATION),
            ).limit(1)) is not None

    def timeline(self, request_id: uuid.UUID) -> list[ContactRow]:
        """All sessions and micro-contacts of a request, oldest first."""
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            contacts = session.scalars(select(Contact).where(
                Contact.request_id == request_id, Contact.deleted_at.is_(None),
            ).order_by(Contact.at, Contact.id))
            return [contact_row(c) for c in contacts]

    def _add(self, request_id: uuid.UUID, *, kind: ContactKind, channel: Channel, at: datetime,
             minutes: int | None, summary: str | None, session_type: SessionType | None = None,
             direction: Direction | None = None, loket_id: uuid.UUID | None = None,
             notes: str | None = None) -> ContactRow:
        """A contact that took place, logged by the signed-in person (planned sessions: Dispatch)."""
        now = self._now()
        by = self._actor.counsellor_id
        with self._db.write_statements() as statements:
            found = statements.rows(_REQUEST, {"request_id": request_id})
            request = self._require_live(found[0] if found else None, LearningRequest.__tablename__, request_id)
            self._require_on(statements, request.tier, request.owner_id)
            if loket_id is not None:
                found = statements.rows(_LOKET, {"loket_id": loket_id})
                self._require_live(found[0] if found else None, Loket.__tablename__, loket_id)
            row = ContactRow(id=uuid7(), request_id=request_id, kind=kind, session_type=session_type,
                             status=ContactStatus.HELD, channel=channel, direction=direction, at=at, minutes=minutes,
                             loket_id=loket_id, counsellor_id=by, summary=summary, notes=notes)
            statements.run(_INSERT, {**vars(row), "office_id": self._actor.office_id, "import_key": None,
                                     "created_at": now, "created_by": by, "updated_at": now, "updated_by": by,
                                     "deleted_at": None})
            due = follow_up_due_after_contact(request.follow_up, request.follow_up_due, local_date(at))
            if due == request.follow_up_due:
                statements.run(_TOUCH, {"request_id": request_id, "now": now, "by": by})
            else:
                statements.run(_TOUCH_FOLLOW_UP, {"request_id": request_id, "now": now, "by": by, "due": due})
            audit.record(statements, self._actor, now, "contact.create", "contact", row.id,
                         ("kind", "channel", "at", *(["minutes"] if minutes is not None else []),
                          *(["summary"] if summary else []), *(["notes"] if notes else [])),
                         subject_client_id=request.client_id)
            if due != request.follow_up_due:
                self._audit_follow_up(statements, request_id, request.client_id, now)
            return row

    def _audit_follow_up(self, db: Session | Statements, request_id: uuid.UUID, client_id: uuid.UUID | None,
                         now: datetime) -> None:
        """The request's next follow-up contact moved on by the contact just recorded (the field, not its value)."""
        audit.record(db, self._actor, now, "request.follow_up_due", "learning_request", request_id,
                     ("follow_up_due",), subject_client_id=client_id)
