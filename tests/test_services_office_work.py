"""The rest of the office's work: catalogue filters, the day's agenda, reassigning, fees, second line, signals,
and what logging a contact writes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.enums import (
    Channel,
    Delivery,
    DutchLevel,
    OrganisationType,
    ProviderType,
    Role,
    SecondLineKind,
    SessionType,
    SignalKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.domain.errors import InvalidValue, NotAllowed, NotFound, ReasonRequired
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.outreach import Outreach
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.models import AuditEvent, Contact, LearningRequest


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


def intake(db, clock, office: Office, name: str):
    """A client and their request, with an intake booked in the first free slot from two days ahead."""
    client = Clients(db, clock, office.info_officer).create(ClientInput(name, "Test"), duplicates_checked=True)
    agenda = Agenda(db, clock, office.info_officer)
    slot = next(free[0] for ahead in range(2, 30)
                if (free := agenda.free_slots(clock.now().date() + timedelta(days=ahead))))
    return Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), slot)


def test_catalogue_filters(db, clock, office: Office) -> None:
    catalogue = Catalogue(db, clock, office.counsellor)
    titles = lambda f: [c.title for c in catalogue.courses(f)]  # noqa: E731
    assert titles(CourseFilter()) == ["Boekhouden", "Zorgkundige"]
    assert titles(CourseFilter(evenings=True)) == ["Boekhouden"]
    assert titles(CourseFilter(delivery=frozenset({Delivery.HYBRID}))) == ["Zorgkundige"]
    assert titles(CourseFilter(dutch_level=DutchLevel.B1)) == ["Boekhouden"]
    assert titles(CourseFilter(max_cost_eur=Decimal(100))) == ["Zorgkundige"]
    assert titles(CourseFilter(text="miras boek")) == ["Boekhouden"]
    assert titles(CourseFilter(provider_type=ProviderType.SYNTRA)) == []
    assert titles(CourseFilter(with_support=True, eqf_level=4)) == ["Zorgkundige"]
    with pytest.raises(NotAllowed):
        catalogue.add_provider("Eigen school", ProviderType.PRIVATE)


def test_social_map_type_ahead(db, clock, office: Office) -> None:
    social = SocialMap(db, clock, office.counsellor)
    assert [p.name for p in social.partners("kort vdab")] == ["VDAB Kortrijk"]
    assert [p.name for p in social.partners(org_type=OrganisationType.SCHOOL)] == ["CVO Miras"]
    assert [c.full_name for c in social.contacts(office.school_id)] == ["Karel Vandenberghe"]


def test_reassigning_needs_a_reason_that_stays_in_the_dossier(db, clock, office: Office) -> None:
    request = intake(db, clock, office, "Sara")
    requests = Requests(db, clock, office.counsellor)
    with pytest.raises(ReasonRequired):
        requests.reassign(request.id, office.colleague.counsellor_id, None)
    with pytest.raises(InvalidValue):
        requests.reassign(request.id, office.info_officer.counsellor_id, "doorgeven")
    moved = requests.reassign(request.id, office.colleague.counsellor_id, "Lange afwezigheid An")
    assert moved.owner_id == office.colleague.counsellor_id
    owner_changes = [c for c in requests.history(request.id) if c.field == "owner"]
    assert owner_changes[-1].reason == "Lange afwezigheid An"
    assert owner_changes[-1].old_value == str(office.counsellor.counsellor_id)


def test_fees_free_below_trajectory_and_paid_above(db, clock, office: Office) -> None:
    request = intake(db, clock, office, "Noor")
    fees = Contributions(db, clock, office.counsellor)
    assert fees.record(request.id, Decimal(1), Decimal("12.00")).paid_by is PaidBy.FREE
    Requests(db, clock, office.counsellor).move_tier(request.id, Tier.TRAJECTORY)
    paying = fees.record(request.id, Decimal("2.5"), Decimal("12.00"))
    voucher = fees.record(request.id, Decimal(2), Decimal("12.00"), career_voucher=True)
    assert (paying.amount, paying.paid_by) == (Decimal("30.00"), PaidBy.CLIENT)
    assert voucher.paid_by is PaidBy.CAREER_VOUCHER
    assert len(fees.for_request(request.id)) == 3


def test_the_day_agenda(db, clock, office: Office) -> None:
    an = office.counsellor
    request = intake(db, clock, office, "Yara")
    day = clock.now().date() + timedelta(days=2)
    agenda = Agenda(db, clock, an).day(an.counsellor_id, day)
    assert [z.loket_name for z in agenda.zitdagen] == ["Loket Sociaal Huis"]
    assert [s.request_id for s in agenda.sessions] == [request.id]
    quiet = intake(db, clock, office, "Stil")
    later = day + timedelta(days=45)
    clock.at += timedelta(days=40)                                  # a text message 40 days on (never ahead)
    Contacts(db, clock, an).log_micro(request.id, Channel.SMS, "nog eens horen")
    agenda_later = Agenda(db, clock, an).day(an.counsellor_id, later)
    assert [r.id for r in agenda_later.quiet_requests] == [quiet.id]


def test_quiet_requests_office_wide_are_the_oldest_of_every_open_phase(db, clock, office: Office) -> None:
    """Vandaag reads each open phase from its oldest request on (services/agenda.oldest_open_first): the
    office's list is still the oldest quiet requests of all phases together, the coordinator's own first."""
    made = [intake(db, clock, office, f"Stil{n}") for n in range(6)]
    phases = ["intake", "trajectory", "choice", "intake", "follow_up", "trajectory"]
    opened = [date(2026, 3, 9), date(2026, 1, 5), date(2026, 6, 1), date(2026, 2, 2), date(2026, 1, 20),
              date(2026, 5, 5)]
    with db.write() as session:
        for request, phase, on in zip(made, phases, opened, strict=True):
            session.execute(text("UPDATE learning_request SET phase = :phase, opened_on = :on WHERE id = :id"),
                            {"phase": phase, "on": on.isoformat(), "id": request.id.hex})
        session.execute(text("UPDATE learning_request SET owner_id = :me WHERE id = :id"),
                        {"me": office.coordinator.counsellor_id.hex, "id": made[2].id.hex})
    later = clock.now().date() + timedelta(days=75)
    oldest = [made[i].id for i in sorted(range(6), key=lambda i: opened[i])]
    agenda = Agenda(db, clock, office.coordinator)
    assert [r.id for r in agenda.day(None, later).quiet_requests] == [made[2].id] + [i for i in oldest
                                                                                   if i != made[2].id]
    assert [r.id for r in agenda.day(None, later, limit=3).quiet_requests] == [made[2].id, made[1].id, made[4].id]


def test_a_logged_contact_is_the_row_read_back_its_request_touched_and_one_audit_event(db, clock, office) -> None:
    an = office.counsellor
    request = intake(db, clock, office, "Noor")
    clock.at += timedelta(hours=1)
    contacts = Contacts(db, clock, an)
    micro = contacts.log_micro(request.id, Channel.WHATSAPP, "herinnering", minutes=3)
    session = contacts.record_session(request.id, clock.now(), 45, SessionType.TRAJECTORY, office.loket_id,
                                      "gesprek", "notities")
    assert [c for c in contacts.timeline(request.id) if c.id in (micro.id, session.id)] == [micro, session]
    with db.read() as reading:
        stored = reading.get(LearningRequest, request.id)
        assert stored is not None and (stored.updated_at, stored.updated_by) == (clock.now(), an.counsellor_id)
        events = reading.scalars(select(AuditEvent).where(AuditEvent.record_id.in_((micro.id, session.id)))
                                 .order_by(AuditEvent.seq)).all()
        assert [(e.action, e.entity, e.fields, e.subject_client_id, e.actor_id, e.at) for e in events] == [
            ("contact.create", "contact", "at,channel,kind,minutes,summary", request.client_id, an.counsellor_id,
             clock.now()),
            ("contact.create", "contact", "at,channel,kind,minutes,notes,summary", request.client_id,
             an.counsellor_id, clock.now())]
        assert audit.chain_problems(reading) == []


def test_no_contact_on_a_request_of_another_office_a_removed_one_or_none(db, clock, office) -> None:
    request = intake(db, clock, office, "Mira")
    stranger = Actor(uuid7(), office.coordinator.counsellor_id, Role.COORDINATOR)
    with pytest.raises(NotFound):
        Contacts(db, clock, stranger).log_micro(request.id, Channel.SMS, "weg")
    with pytest.raises(NotFound):
        Contacts(db, clock, office.counsellor).log_micro(uuid7(), Channel.SMS, "weg")
    with db.write() as session:
        removed = session.get(LearningRequest, request.id)
        assert removed is not None
        removed.deleted_at = clock.now()
    with pytest.raises(NotFound):
        Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, "weg")
    with db.read() as reading:
        assert reading.scalar(select(func.count()).select_from(Contact).where(Contact.summary == "weg")) == 0
        assert reading.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "contact.create")) == 0


def test_second_line_and_signals(db, clock, office: Office) -> None:
    outreach = Outreach(db, clock, office.counsellor)
    today = clock.now().date()
    outreach.log_second_line(SecondLineKind.INFO_SESSION, "Opleidingsaanbod NT2", today,
                             office.ocmw_id, minutes=90, participants=14)
    outreach.log_second_line(SecondLineKind.QUESTION, "Vrijstelling inschrijvingsgeld", today, office.vdab_id, 15)
    assert [(a.kind, a.participants) for a in outreach.second_line(today, today)] == [
        (SecondLineKind.INFO_SESSION, 14), (SecondLineKind.QUESTION, None)]
    request = intake(db, clock, office, "Leefloon")
    signal = outreach.raise_signal(SignalKind.BARRIER, SignalTheme.BENEFITS,
                                   "Verlies leefloon bij start dagopleiding", "Kortrijk", (request.id,))
    assert outreach.signals(today - timedelta(days=1), today) == [signal]
    assert signal.request_ids == (request.id,)
    with pytest.raises(InvalidValue):
        outreach.raise_signal(SignalKind.GAP, SignalTheme.OFFER, "  ")
    with pytest.raises(InvalidValue):
        outreach.log_second_line(SecondLineKind.QUESTION, "x", date(2026, 1, 1), minutes=700)


def test_partners_are_listed_by_name_as_a_person_reads_it(db, clock, office) -> None:
    """The social map listed "CVO" before "Centrum" and "Één Loket" last: by the bytes of the name."""
    social = SocialMap(db, clock, office.coordinator)
    for name in ("CVO Leerpunt", "Één Loket Menen", "centrum voor leerlingenbegeleiding", "Centrum voor Basiseducatie"):
        social.add_partner(name, OrganisationType.SCHOOL, "Kortrijk")
    names = [p.name for p in social.partners()]
    ours = [n for n in names if n in {"CVO Leerpunt", "Één Loket Menen", "centrum voor leerlingenbegeleiding",
                                       "Centrum voor Basiseducatie"}]
    assert ours == ["Centrum voor Basiseducatie", "centrum voor leerlingenbegeleiding", "CVO Leerpunt",
                    "Één Loket Menen"]
