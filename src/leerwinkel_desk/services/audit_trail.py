"""Browsing the audit trail (coordinators): who did what to which record and whose dossier, filtered, newest first.

A record that is a colleague's account (entity "counsellor": opened, closed, a passphrase set, a sign-in)
names that colleague (`record_person`), read in the same query; a client is named only by the dossier
number, never by name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import AuditEvent, Client, Counsellor

COUNSELLOR_RECORD = "counsellor"        # the entity of an account's events


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str | None               # the person's name; None: the app itself (an anchor, a retention at start)
    action: str
    entity: str
    record_id: uuid.UUID | None
    subject_client_id: uuid.UUID | None
    dossier_no: str | None          # the dossier the event is about, if any (a number, never a name)
    fields: str | None
    record_person: str | None = None    # the colleague whose account the record is (entity "counsellor")


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""                # one action exactly ("login" is not "login.failed"); empty: every action
    start: date | None = None
    end: date | None = None
    actor_id: uuid.UUID | None = None
    subject_client_id: uuid.UUID | None = None
    dossier_no: str = ""            # the events about this dossier


class AuditTrail(UseCase):
    def events(self, wanted: AuditFilter = AuditFilter(), limit: int = 500, offset: int = 0) -> list[AuditRow]:
        self._require(Permission.MANAGE_OFFICE)
        person = aliased(Counsellor)            # the record's colleague, beside the actor
        query = (select(AuditEvent, Counsellor.full_name, Client.dossier_no, person.full_name)
                 .outerjoin(Counsellor, Counsellor.id == AuditEvent.actor_id)
                 .outerjoin(Client, Client.id == AuditEvent.subject_client_id)
                 .outerjoin(person, (AuditEvent.entity == COUNSELLOR_RECORD) & (person.id == AuditEvent.record_id)
                            & (person.office_id == AuditEvent.office_id))
                 .where(AuditEvent.office_id == self._actor.office_id))
        if wanted.action:
            query = query.where(AuditEvent.action == wanted.action)
        if wanted.dossier_no:
            query = query.where(Client.dossier_no == wanted.dossier_no, Client.office_id == self._actor.office_id)
        if wanted.start:
            query = query.where(AuditEvent.at >= datetime.combine(wanted.start, time(0), BRUSSELS))
        if wanted.end:
            query = query.where(AuditEvent.at < datetime.combine(wanted.end + timedelta(days=1), time(0), BRUSSELS))
        if wanted.actor_id:
            query = query.where(AuditEvent.actor_id == wanted.actor_id)
        if wanted.subject_client_id:
            query = query.where(AuditEvent.subject_client_id == wanted.subject_client_id)
        query = query.order_by(AuditEvent.seq.desc()).limit(limit).offset(offset)
        with self._db.read() as session:
            return [AuditRow(seq=e.seq, at=e.at, actor=name, action=e.action, entity=e.entity,
                             record_id=e.record_id, subject_client_id=e.subject_client_id, dossier_no=dossier_no,
                             fields=e.fields, record_person=record_person)
                    for e, name, dossier_no, record_person in session.execute(query)]
