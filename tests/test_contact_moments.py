"""When a contact took place (domain/contact_moments.py), as the contacts service holds every way of recording one
to it: never after the current minute, at most 92 days back, and a booked session held keeps its booked moment
however long ago it was booked. The clock stands at Friday 20/11/2026 10:30 in Brussels."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.contact_moments import (
    LATE_RECORDING_DAYS,
    check_took_place,
    check_took_place_on,
    contact_day_from,
)
from leerwinkel_desk.domain.enums import Channel, ContactStatus, SessionType, Tier
from leerwinkel_desk.domain.errors import InvalidValue, MomentOutOfRange
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import Contact
from test_ui_keys import answered, reopen_as

NOW = datetime(2026, 11, 20, 9, 30, 20, tzinfo=UTC)        # 10:30:20 in Brussels


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


def test_a_moment_may_be_this_minute_never_the_next() -> None:
    check_took_place(NOW.replace(second=59), NOW)                       # 10:30 typed at 10:30:20
    with pytest.raises(MomentOutOfRange) as refused:
        check_took_place(NOW + timedelta(minutes=1), NOW)
    assert (refused.value.field, refused.value.reason) == ("at", "not_yet")
    assert (refused.value.earliest, refused.value.latest) == (date(2026, 8, 20), NOW)


def test_at_most_92_days_back_counted_in_belgian_days() -> None:
    assert LATE_RECORDING_DAYS == 92
    first = datetime(2026, 8, 19, 22, 0, tzinfo=UTC)                    # 20/08 00:00 in Brussels (summer time)
    check_took_place(first, NOW)
    with pytest.raises(MomentOutOfRange) as refused:
        check_took_place(first - timedelta(minutes=1), NOW)             # 19/08 23:59 in Brussels
    assert refused.value.reason == "too_long_ago" and refused.value.earliest == date(2026, 8, 20)


def test_a_day_typed_is_read_day_first_and_checked_alone() -> None:
    today = date(2026, 11, 20)
    assert contact_day_from("19112026", today) == date(2026, 11, 19)
    assert check_took_place_on(today, today) == today
    with pytest.raises(MomentOutOfRange) as ahead:
        contact_day_from("21/11/2026", today)
    assert (ahead.value.reason, ahead.value.latest) == ("not_yet", today)
    for text, reason in (("", "required"), ("31/02/2026", "not_a_date")):
        with pytest.raises(InvalidValue) as refused:
            contact_day_from(text, today)
        assert refused.value.reason == reason


def test_the_service_refuses_a_moment_ahead_or_too_far_back_and_writes_nothing(db, clock, office: Office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Geert", "Vercruysse")
    reopen_as(db, request.id, Tier.TRAJECTORY, request.phase, an)
    contacts = Contacts(db, clock, an)
    too_far, ahead = clock.now() - timedelta(days=LATE_RECORDING_DAYS + 1), clock.now() + timedelta(hours=1)
    for record in (lambda: contacts.record_session(request.id, clock.now() + timedelta(minutes=1), 45,
                                                   SessionType.TRAJECTORY),
                   lambda: contacts.record_session(request.id, too_far, 45, SessionType.TRAJECTORY),
                   lambda: contacts.log_micro(request.id, Channel.PHONE, "Gebeld", at=too_far),
                   lambda: contacts.log_micro(request.id, Channel.PHONE, "Gebeld", at=ahead)):
        with pytest.raises(MomentOutOfRange):
            record()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 1         # the answer only
    held = contacts.record_session(request.id, clock.now() - timedelta(days=LATE_RECORDING_DAYS), 45,
                                   SessionType.TRAJECTORY)
    assert held.at == clock.now() - timedelta(days=LATE_RECORDING_DAYS)


def test_a_booking_missed_long_ago_is_still_held_at_its_booked_moment(db, clock, office: Office) -> None:
    """Its moment is the booking's, not typed: no bound back; only not on a later day (check_held)."""
    client = Clients(db, clock, office.info_officer).create(ClientInput("Noor", "Jacobs"))
    slot = Agenda(db, clock, office.info_officer).free_slots(local_today(clock) + timedelta(days=2))[0]
    Dispatch(db, clock, office.info_officer).book_intake(FirstContact(Channel.PHONE, "Diploma", client_id=client.id),
                                                         slot)
    clock.at += timedelta(days=LATE_RECORDING_DAYS + 30)                # the booking was never settled
    with db.read() as s:
        booking = s.scalars(select(Contact).where(Contact.status == ContactStatus.PLANNED)).one()
    held = Contacts(db, clock, office.counsellor).hold_session(booking.id, 60, "Intake")
    assert (held.status, held.at) == (ContactStatus.HELD, slot.at)
