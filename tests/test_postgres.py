"""The same models and migration on a real PostgreSQL server started by the test suite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from leerwinkel_desk.domain.enums import Channel, OrganisationType, ReferralReason
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.migrations import check_drift, current_revision, head_revision, upgrade
from leerwinkel_desk.store.models import AuditEvent, Client, PartnerOrganisation, ReferralOut
from test_store_migrations import scripts_up_to


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


def test_0018_lets_a_central_database_with_partners_and_referrals_take_a_recognition_body(
        pg_db: Database, clock, tmp_path) -> None:
    """The central PostgreSQL at 0017 refuses a partner of the kind `recognition` by its CHECK; 0018 changes the
    constraint in place and the partners and referrals already there stay as they were."""
    upgrade(pg_db, None, scripts_up_to(tmp_path, "0017"))
    actor = create_office(pg_db, clock, "Leerwinkel Centraal", "LWC", "coord", "Coördinator")
    social = SocialMap(pg_db, clock, actor)
    school = social.add_partner("CVO Miras", OrganisationType.SCHOOL, "Kortrijk")
    client = Clients(pg_db, clock, actor).create(ClientInput("Rania", "Haddad"))
    request = Dispatch(pg_db, clock, actor).answer_now(FirstContact(Channel.PHONE, "Erkenning?", client_id=client.id),
                                                       "Uitgelegd")
    Referrals(pg_db, clock, actor).refer_out(request.id, school.id, ReferralReason.SCHOOL, "vrijstellingen")
    with pytest.raises(IntegrityError, match="ck_partner_organisation_organisationtype"):
        social.add_partner("NARIC-Vlaanderen", OrganisationType.RECOGNITION, "Brussel")
    upgrade(pg_db, None)
    assert current_revision(pg_db) == head_revision()
    check_drift(pg_db)
    naric = social.add_partner("NARIC-Vlaanderen", OrganisationType.RECOGNITION, "Brussel")
    Referrals(pg_db, clock, actor).refer_out(request.id, naric.id, ReferralReason.DIPLOMA, "diploma uit Syrië")
    with pg_db.read() as session:
        assert session.execute(select(PartnerOrganisation.name, PartnerOrganisation.org_type)
                               .order_by(PartnerOrganisation.name)).all() == [
            ("CVO Miras", OrganisationType.SCHOOL), ("NARIC-Vlaanderen", OrganisationType.RECOGNITION)]
        assert session.execute(select(ReferralOut.reason_code).order_by(ReferralOut.created_at, ReferralOut.id)
                               ).scalars().all() == [ReferralReason.SCHOOL, ReferralReason.DIPLOMA]
