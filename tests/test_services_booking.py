"""A booked intake: at the loket of the free moment chosen (the request's too), and cancelled when its request is
closed before it takes place (audited; the slot is free again, Vandaag and the timeline follow)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.enums import Channel, ContactStatus, Outcome
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import AuditEvent, Contact, LearningRequest


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


def test_the_intake_and_its_request_are_at_the_slots_loket_and_a_slot_elsewhere_is_refused(db, clock, office) -> None:
    info = office.info_officer
    elsewhere = OfficeSetup(db, clock, office.coordinator).add_loket("Leerwinkel kantoor", "Kortrijk")
    client = Clients(db, clock, info).create(ClientInput("Noor", "Janssens"))
    slot = Agenda(db, clock, info).free_slots(local_today(clock) + timedelta(days=2))[0]
    with pytest.raises(InvalidValue) as refused:
        Dispatch(db, clock, info).book_intake(FirstContact(Channel.PHONE, "Diploma", client_id=client.id,
                                                           loket_id=elsewhere.id), slot)
    assert (refused.value.field, refused.value.reason) == ("loket", "not_the_slots")
    booked = Dispatch(db, clock, info).book_intake(FirstContact(Channel.PHONE, "Diploma", client_id=client.id), slot)
    with db.read() as s:
        assert s.get(LearningRequest, booked.id).loket_id == office.loket_id       # no loket chosen: the slot's
        assert s.scalars(select(Contact.loket_id).where(Contact.request_id == booked.id)).one() == office.loket_id
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "request.book_intake")).one()
        assert "loket_id" in (event.fields or "")


def test_closing_cancels_the_sessions_still_to_come_each_audited_and_keeps_a_past_one(db, clock, office) -> None:
    info, an = office.info_officer, office.counsellor
    day = local_today(clock) + timedelta(days=2)
    agenda = Agenda(db, clock, info)
    morning, *_, later = agenda.free_slots(day)               # 09:00 and 11:00 at the Loket Sociaal Huis
    clients = Clients(db, clock, info)
    past = Dispatch(db, clock, info).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=clients.create(ClientInput("Ann", "Smet")).id), morning)
    coming = Dispatch(db, clock, info).book_intake(FirstContact(
        Channel.PHONE, "Zorgkundige", client_id=clients.create(ClientInput("Fatima", "El Amrani")).id), later)
    clock.at = later.at - timedelta(minutes=30)              # the day itself, before the later intake
    assert morning.at < clock.now() < later.at
    requests = Requests(db, clock, an)
    requests.close(past.id, Outcome.NO_CHOICE)
    requests.close(coming.id, Outcome.DROPPED_OUT)
    with db.read() as s:
        status = dict(s.execute(select(Contact.request_id, Contact.status)).all())
        cancels = s.scalars(select(AuditEvent).where(AuditEvent.action == "contact.cancel")).all()
    assert status == {past.id: ContactStatus.PLANNED, coming.id: ContactStatus.CANCELLED}
    coming_contact = Contacts(db, clock, an).timeline(coming.id)[0]
    assert [(e.record_id, e.subject_client_id, e.fields) for e in cancels] == [
        (coming_contact.id, coming.client_id, "status")]
    assert later.at in {slot.at for slot in agenda.free_slots(day)}              # free again for someone else
    assert [c.request_id for c in Agenda(db, clock, an).day(an.counsellor_id, day).sessions] == [past.id]
    assert Contacts(db, clock, an).next_booked(coming.id) is None
    entry = Dossiers(db, clock, an).timeline(coming.client_id)[0]
    assert (entry.status, entry.session_type.value) == (ContactStatus.CANCELLED, "intake")
    # the past one may have taken place: it can still be written down
    held = Contacts(db, clock, an).hold_session(Contacts(db, clock, an).timeline(past.id)[0].id, 60, "Gesprek")
    assert held.status is ContactStatus.HELD


def test_a_client_already_booked_at_that_moment_is_not_booked_twice(db, clock, office) -> None:
    """Two intakes for one client at the same hour, with two counsellors, were booked without a word."""
    info = office.info_officer
    client = Clients(db, clock, info).create(ClientInput("Noor", "Janssens"))
    day = local_today(clock) + timedelta(days=2)
    elsewhere = OfficeSetup(db, clock, office.coordinator).add_loket("Leerwinkel kantoor", "Kortrijk")
    Agenda(db, clock, office.coordinator).add_zitdag(elsewhere.id, office.coordinator.counsellor_id, time(9), time(12),
                                                     weekday=day.weekday())     # a colleague, the same hours
    first = Agenda(db, clock, info).free_slots(day)[0]
    Dispatch(db, clock, info).book_intake(FirstContact(Channel.PHONE, "Diploma", client_id=client.id), first)
    ends = first.at + timedelta(minutes=first.minutes)
    free = Agenda(db, clock, info).free_slots(day)
    same_hour = [s for s in free if s.at < ends and first.at < s.at + timedelta(minutes=s.minutes)]
    later = [s for s in free if s.at >= ends]
    assert same_hour, "another counsellor or loket offers the same hour"
    for slot in same_hour:
        with pytest.raises(InvalidValue) as refused:
            Dispatch(db, clock, info).book_intake(FirstContact(Channel.PHONE, "Nog een vraag", client_id=client.id),
                                                  slot)
        assert (refused.value.field, refused.value.reason) == ("slot", "client_busy")
    assert later, "the office's zitdagen offer a later moment that day"
    Dispatch(db, clock, info).book_intake(FirstContact(Channel.PHONE, "Nog een vraag", client_id=client.id), later[0])


def test_an_intake_held_before_its_booked_day_becomes_the_held_session_once_and_never_in_the_future(
        db, clock, office) -> None:
    """The booking is taken (held earlier than planned): at the moment it took place, by who held it, audited by
    field; not at a moment still to come, and not twice."""
    client = Clients(db, clock, office.info_officer).create(ClientInput("Noor", "Janssens"))
    slot = Agenda(db, clock, office.info_officer).free_slots(local_today(clock) + timedelta(days=2))[0]
    request = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Diploma", client_id=client.id), slot)
    contacts = Contacts(db, clock, office.counsellor)
    booking = contacts.timeline(request.id)[0]
    with pytest.raises(InvalidValue):                               # held tomorrow is not held yet
        contacts.hold_early(booking.id, clock.now() + timedelta(days=1), 60, None, "Intake")
    held = contacts.hold_early(booking.id, clock.now(), 50, None, "Intake")
    assert (held.id, held.status, held.at, held.minutes, held.loket_id, held.counsellor_id) == (
        booking.id, ContactStatus.HELD, clock.now(), 50, None, office.counsellor.counsellor_id)
    assert contacts.next_booked(request.id) is None
    with pytest.raises(Conflict):
        contacts.hold_early(booking.id, clock.now(), 50, None, "Intake")
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "contact.hold")).one()
    assert event.fields == "at,counsellor_id,loket_id,minutes,notes,status,summary"
