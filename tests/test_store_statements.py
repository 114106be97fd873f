"""`Database.write_statements`: a micro-contact's unit of work straight through the driver keeps every
guarantee of `Database.write` (the write lock up front, all or nothing, SQLAlchemy's errors, the rows
SQLAlchemy writes and reads), on real database files through sqlcipher3."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel, ContactKind, ContactStatus, Direction, Role
from leerwinkel_desk.domain.errors import NotAllowed, NotFound
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import AuditEvent, Contact, LearningRequest

EVENTS = table_of(AuditEvent)


def events(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_the_write_lock_is_taken_up_front_and_a_failure_leaves_nothing(db: Database, coordinator: Actor,
                                                                       clock) -> None:
    before = events(db)
    with pytest.raises(RuntimeError), db.write_statements() as statements:
        audit.record(statements, coordinator, clock.now(), "test.event", "office", coordinator.office_id)
        other = sqlcipher.connect(str(db.path), timeout=0, isolation_level=None)
        with pytest.raises(sqlcipher.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        raise RuntimeError("crash halfway")
    assert events(db) == before
    assert db.engine.pool.checkedout() == 0            # the connection went back to the pool
    with db.write_statements() as statements:
        audit.record(statements, coordinator, clock.now(), "test.event", "office", coordinator.office_id)
    assert events(db) == before + 1
    other = sqlcipher.connect(str(db.path), timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                   # no write lock left
    other.execute("ROLLBACK")
    assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0     # no snapshot held
    other.close()
    with db.read() as session:
        assert audit.chain_problems(session) == []


def test_a_driver_error_is_sqlalchemys_and_rolls_the_unit_back(db: Database, coordinator: Actor, clock) -> None:
    before = events(db)
    with pytest.raises(IntegrityError), db.write_statements() as statements:
        audit.record(statements, coordinator, clock.now(), "test.event", "office", coordinator.office_id)
        statements.run(insert(table_of(Contact)), {       # a contact on a request that does not exist
            "id": uuid7(), "office_id": coordinator.office_id, "request_id": uuid7(), "kind": ContactKind.MICRO,
            "session_type": None, "status": ContactStatus.HELD, "channel": Channel.SMS, "direction": None,
            "at": clock.now(), "minutes": None, "loket_id": None, "counsellor_id": None, "summary": "x",
            "notes": None, "import_key": None, "created_at": clock.now(), "created_by": None,
            "updated_at": clock.now(), "updated_by": None, "deleted_at": None})
    assert events(db) == before


def test_rows_read_and_written_are_sqlalchemys(db: Database, coordinator: Actor, clock) -> None:
    """A micro-contact logged through the driver reads back through the ORM as it was given, its
    request touched, its audit event chained; the statements' rows carry the columns' types."""
    office = build_office(db, clock, coordinator)
    client = Clients(db, clock, coordinator).create(ClientInput("Fatima", "El Amrani"))
    slot = Agenda(db, clock, coordinator).free_slots(clock.now().date() + timedelta(days=2), office.loket_id)[0]
    request = Dispatch(db, clock, coordinator).book_intake(FirstContact(
        Channel.PHONE, "Wil een diploma halen", client_id=client.id), slot)
    clock.at += timedelta(minutes=5)
    logged = Contacts(db, clock, coordinator).log_micro(request.id, Channel.WHATSAPP, "herinnering", minutes=3)
    with db.read() as session:
        stored = session.get(Contact, logged.id)
        assert stored is not None
        assert (stored.kind, stored.channel, stored.direction, stored.status, stored.minutes, stored.at) == (
            ContactKind.MICRO, Channel.WHATSAPP, Direction.OUTBOUND, ContactStatus.HELD, 3, clock.now())
        assert stored.created_by == coordinator.counsellor_id and stored.office_id == coordinator.office_id
        touched = session.get(LearningRequest, request.id)
        assert touched is not None and touched.updated_at == clock.now()
        event = session.scalars(select(AuditEvent).where(AuditEvent.record_id == logged.id)).one()
        assert (event.action, event.subject_client_id, event.fields) == (
            "contact.create", client.id, "at,channel,kind,minutes,summary")
        assert audit.chain_problems(session) == []
    with db.write_statements() as statements:
        found = statements.rows(select(EVENTS.c.record_id, EVENTS.c.at, EVENTS.c.seq).where(
            EVENTS.c.record_id == logged.id), {})
    assert [(row.record_id, row.at) for row in found] == [(logged.id, clock.now())]
    # who may: a counsellor on a colleague's request is refused (the owner read through the driver)
    assert request.owner_id == office.counsellor.counsellor_id and office.colleague.role is Role.COUNSELLOR
    with pytest.raises(NotAllowed):
        Contacts(db, clock, office.colleague).log_micro(request.id, Channel.SMS, "hallo")
    Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, "hallo")
    with pytest.raises(NotFound):
        Contacts(db, clock, coordinator).log_micro(uuid7(), Channel.SMS, "hallo")
