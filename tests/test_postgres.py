"""The same models and migration on a real PostgreSQL server started by the test suite."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, select

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.migrations import check_drift, current_revision, head_revision, upgrade
from leerwinkel_desk.store.models import AuditEvent, Client


def test_migration_creates_the_schema_on_postgresql_without_drift(pg_db: Database) -> None:
    assert pg_db.engine.dialect.name == "postgresql"
    upgrade(pg_db, None)
    assert current_revision(pg_db) == head_revision()
    assert set(inspect(pg_db.engine).get_table_names()) >= set(Base.metadata.tables)
    check_drift(pg_db)


def test_round_trip_through_the_services_on_postgresql(pg_db: Database, clock) -> None:
    upgrade(pg_db, None)
    actor = create_office(pg_db, clock, "Leerwinkel Centraal", "LWC", "coord", "Coördinator")
    clients = Clients(pg_db, clock, actor)
    made = clients.create(
        ClientInput("Nguyễn Thị", "Lan", birth_date=date(1990, 3, 14), phone="+32 470 11 22 33")
    )
    second = clients.create(ClientInput("Łukasz", "Nowak"))
    assert (made.dossier_no, second.dossier_no) == ("LW-2026-000001", "LW-2026-000002")
    assert clients.search("nguyen lan") == [made]
    assert clients.search("0470112233") == [made]
    wu = clients.create(ClientInput("Jun", "Wu"))
    assert clients.search("Wu") == [wu] and clients.search("000002") == [second]
    with pg_db.read() as session:
        stored = session.get(Client, made.id)
        assert stored is not None and stored.first_name == "Nguyễn Thị"
        assert stored.created_at == clock.at and stored.created_at.tzinfo is not None
        events = session.scalars(select(AuditEvent.action).where(AuditEvent.record_id == made.id))
        assert list(events) == ["client.create"]
