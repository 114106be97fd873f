"""Each role's forbidden service calls raise a permission error, whatever the UI shows (table-driven)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    DataItem,
    HandoverMode,
    OrganisationType,
    Outcome,
    Phase,
    ProviderType,
    Role,
    SecondLineKind,
    Tier,
)
from leerwinkel_desk.domain.errors import NotAllowed
from leerwinkel_desk.domain.permissions import ROLE_PERMISSIONS, Permission, allowed
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.catalogue import Catalogue
from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.outreach import Outreach
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.social_map import SocialMap


@pytest.fixture
def case(db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    client = Clients(db, clock, office.counsellor).create(ClientInput("Amal", "Saleh"))
    slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
    request = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Omscholing", client_id=client.id), slot)
    Requests(db, clock, office.counsellor).move_tier(request.id, Tier.TRAJECTORY)
    return office, client, request


def actor_for(office: Office, who: str) -> Actor:
    return {"info_officer": office.info_officer, "colleague": office.colleague,
            "counsellor": office.counsellor, "coordinator": office.coordinator}[who]


# (who, what) pairs that must be refused; `who` is a role, or "colleague": a counsellor
# working on a request owned by another counsellor.
FORBIDDEN = {
    "info_officer": ["casework", "contact", "options", "consent", "handover", "close", "partner",
                     "catalogue", "staff", "zitdag", "report", "merge", "erase", "access_request"],
    "colleague": ["casework", "contact", "options", "handover", "close"],
    "counsellor": ["partner", "catalogue", "staff", "zitdag", "report", "merge", "erase"],
    "coordinator": [],
}


def attempt(what: str, db, clock, actor: Actor, office: Office, client, request) -> object:
    school = Recipient(office.school_id)
    calls = {
        "casework": lambda: Requests(db, clock, actor).set_phase(request.id, Phase.CHOICE),
        "contact": lambda: Contacts(db, clock, actor).log_micro(request.id, Channel.SMS, "hallo"),
        "options": lambda: Options(db, clock, actor).consider(request.id, free_text="Lasser"),
        "consent": lambda: Consents(db, clock, actor).grant(
            client.id, school, ConsentPurpose.WARM_HANDOVER, frozenset({DataItem.IDENTITY}),
            ConsentMethod.SPOKEN),
        "handover": lambda: Handovers(db, clock, actor).hand_over(
            request.id, school, HandoverMode.CALL, frozenset({DataItem.IDENTITY})),
        "close": lambda: Requests(db, clock, actor).close(request.id, Outcome.NO_CHOICE),
        "partner": lambda: SocialMap(db, clock, actor).add_partner("CAW Zuid", OrganisationType.CAW),
        "catalogue": lambda: Catalogue(db, clock, actor).add_provider("Syntra", ProviderType.SYNTRA),
        "staff": lambda: OfficeSetup(db, clock, actor).add_counsellor("x.y", "X Y", Role.COUNSELLOR),
        "zitdag": lambda: Agenda(db, clock, actor).add_zitdag(
            office.loket_id, office.counsellor.counsellor_id, time(13), time(16), weekday=2),
        "report": lambda: Monitoring(db, clock, actor).report(ReportFilter(date(2026, 1, 1), date(2026, 12, 31))),
        "merge": lambda: ClientMerges(db, clock, actor).merge(client.id, client.id),
        "erase": lambda: Erasures(db, clock, actor).erase(client.id),
        "access_request": lambda: Dossiers(db, clock, actor).export(client.id),
    }
    return calls[what]()


@pytest.mark.parametrize(("who", "what"), [(w, x) for w, xs in FORBIDDEN.items() for x in xs])
def test_forbidden_calls_are_refused(db, clock, case, who: str, what: str) -> None:
    office, client, request = case
    with pytest.raises(NotAllowed):
        attempt(what, db, clock, actor_for(office, who), office, client, request)


@pytest.mark.parametrize("what", ["casework", "contact", "options", "consent", "close"])
def test_the_owner_may_do_the_casework(db, clock, case, what: str) -> None:
    office, client, request = case
    attempt(what, db, clock, office.counsellor, office, client, request)


def test_every_role_can_register_clients_and_log_second_line_support(db, clock, case) -> None:
    office, _client, _request = case
    for who in ("info_officer", "counsellor", "coordinator"):
        actor = actor_for(office, who)
        Clients(db, clock, actor).create(ClientInput(who, "Test"), duplicates_checked=True)
        Outreach(db, clock, actor).log_second_line(SecondLineKind.QUESTION, "vraag", date(2026, 11, 20))


def test_the_table_itself() -> None:
    assert ROLE_PERMISSIONS[Role.COORDINATOR] == frozenset(Permission)
    assert not allowed("system", Permission.DISPATCH)
    assert not allowed(Role.INFO_OFFICER, Permission.CASEWORK)
    assert allowed(Role.COUNSELLOR, Permission.SHARE) and not allowed(Role.COUNSELLOR, Permission.REPORTS)
