"""Follow-up (opvolging): each contact that took place moves the request's next follow-up contact on, by
every way a contact is recorded, in the same transaction, audited, and captured for the sync."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.enums import Channel, ContactStatus, Phase, SessionType, Tier
from leerwinkel_desk.domain.rules import FOLLOW_UP_DAYS, follow_up_due_after_contact
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.store.models import AuditEvent, LearningRequest
from leerwinkel_desk.store.sync_capture import start_capture


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


def in_follow_up(db, clock, office: Office, last_name: str, days_late: int) -> RequestRow:
    """A trajectory of An's at its choice, put in follow-up with its contact due `days_late` days ago."""
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Geert", last_name))
    request = Dispatch(db, clock, an).answer_now(FirstContact(Channel.PHONE, "vraag", client_id=client.id), "a")
    with db.write() as s:
        row = s.get(LearningRequest, request.id)
        row.tier, row.phase, row.outcome, row.closed_on, row.owner_id = (
            Tier.TRAJECTORY, Phase.CHOICE, None, None, an.counsellor_id)
    return Requests(db, clock, an).start_follow_up(request.id, clock.now().date() - timedelta(days=days_late))


def overdue(db, clock, office: Office) -> list[str]:
    return [f.request_no for f in Requests(db, clock, office.counsellor).follow_ups(
        office.counsellor.counsellor_id, clock.now().date(), 0) if f.overdue]


def stored_due(db, request_id) -> date | None:
    with db.read() as s:
        return s.get(LearningRequest, request_id).follow_up_due


def test_the_rule_moves_only_forward_and_only_in_follow_up() -> None:
    day = date(2026, 11, 20)
    assert follow_up_due_after_contact(True, day - timedelta(days=20), day) == day + timedelta(days=FOLLOW_UP_DAYS)
    assert follow_up_due_after_contact(True, day + timedelta(days=30), day) == day + timedelta(days=30)
    assert follow_up_due_after_contact(True, None, day) == day + timedelta(days=FOLLOW_UP_DAYS)
    assert follow_up_due_after_contact(False, None, day) is None


def test_a_micro_contact_moves_the_overdue_follow_up_on_audited_and_captured(db, clock, office: Office) -> None:
    late = in_follow_up(db, clock, office, "Vercruysse", 20)
    assert overdue(db, clock, office) == [late.request_no]
    with db.write() as s:                                   # an enrolled laptop: every write goes to the outbox
        s.execute(text("DELETE FROM sync_outbox"))
        start_capture(s.connection())
    today = clock.now().date()
    Contacts(db, clock, office.counsellor).log_micro(late.id, Channel.PHONE, "Gebeld: de inschrijving loopt")
    assert stored_due(db, late.id) == today + timedelta(days=FOLLOW_UP_DAYS)
    assert overdue(db, clock, office) == []
    with db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.fields).where(
            AuditEvent.record_id == late.id, AuditEvent.action == "request.follow_up_due")).all()
        pushed = [json.loads(new) for tbl, new in s.execute(text(
            "SELECT tbl, new FROM sync_outbox WHERE kind = 'U' AND row_id = :id"), {"id": late.id.hex})
            if tbl == "learning_request"]
    assert events == [("request.follow_up_due", "follow_up_due")]        # the field's name, never its value
    assert any(op.get("follow_up_due") == (today + timedelta(days=FOLLOW_UP_DAYS)).isoformat() for op in pushed)

    requests, contacts = Requests(db, clock, office.counsellor), Contacts(db, clock, office.counsellor)
    requests.start_follow_up(late.id, today + timedelta(days=30))          # he asked to be called in a month
    contacts.log_micro(late.id, Channel.WHATSAPP, "Duimpje terug")
    assert stored_due(db, late.id) == today + timedelta(days=30)           # a later date the counsellor set stays
    requests.start_follow_up(late.id, today + timedelta(days=3))
    contacts.log_micro(late.id, Channel.SMS, "Vorige week gebeld", at=clock.now() - timedelta(days=13))
    assert stored_due(db, late.id) == today + timedelta(days=3)            # 13 days ago + 14 is not later
    with db.read() as s:
        moved = s.scalars(select(AuditEvent.id).where(AuditEvent.action == "request.follow_up_due")).all()
    assert len(moved) == 1                                                  # nothing moved since: nothing audited


def test_a_session_recorded_or_held_moves_it_a_no_show_and_an_enrolment_do_not(db, clock, office: Office) -> None:
    an = office.counsellor
    contacts, requests = Contacts(db, clock, an), Requests(db, clock, an)
    booked = []                                     # two intakes booked, both requests then put in follow-up
    old_due = clock.now().date() - timedelta(days=1)
    for name in ("Wouters", "Jacobs"):
        client = Clients(db, clock, office.info_officer).create(ClientInput("Lies", name), duplicates_checked=True)
        slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
        request = Dispatch(db, clock, office.info_officer).book_intake(
            FirstContact(Channel.PHONE, "vraag", client_id=client.id), slot)
        booked.append(request.id)
        with db.write() as s:
            row = s.get(LearningRequest, request.id)
            row.tier, row.phase, row.follow_up, row.follow_up_due = Tier.TRAJECTORY, Phase.FOLLOW_UP, True, old_due
    planned = [next(c for c in contacts.timeline(r) if c.status is ContactStatus.PLANNED) for r in booked]
    clock.at = max(c.at for c in planned) + timedelta(hours=1)
    contacts.hold_session(planned[0].id, 60, "Gesprek gehouden")
    contacts.hold_session(planned[1].id, 0, status=ContactStatus.NO_SHOW)
    assert stored_due(db, booked[0]) == local_date(planned[0].at) + timedelta(days=FOLLOW_UP_DAYS)
    assert stored_due(db, booked[1]) == old_due                             # a no-show: still overdue

    recorded = in_follow_up(db, clock, office, "Maes", 5)
    clock.at += timedelta(days=1)
    contacts.record_session(recorded.id, clock.now() - timedelta(hours=2), 45, SessionType.TRAJECTORY,
                            summary="Opvolggesprek")
    assert stored_due(db, recorded.id) == clock.now().date() + timedelta(days=FOLLOW_UP_DAYS)

    enrolled = in_follow_up(db, clock, office, "Janssens", 2)
    requests.confirm_enrolment(enrolled.id, clock.now().date())             # the follow-up ends
    contacts.log_micro(enrolled.id, Channel.EMAIL, "Proficiat met de inschrijving")
    assert stored_due(db, enrolled.id) is None and not requests.get(enrolled.id).follow_up


def test_a_follow_up_renewed_after_the_warm_handover_keeps_the_phase(db, clock, office: Office) -> None:
    late = in_follow_up(db, clock, office, "Vercruysse", 20)
    with db.write() as s:
        s.get(LearningRequest, late.id).phase = Phase.HANDOVER
    today = clock.now().date()
    renewed = Requests(db, clock, office.counsellor).start_follow_up(late.id, today + timedelta(days=10))
    assert (renewed.phase, renewed.follow_up, renewed.follow_up_due) == (
        Phase.HANDOVER, True, today + timedelta(days=10))
