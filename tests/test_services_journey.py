"""The full journey of the blueprint through the services, each step checked in the database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    DutchLevel,
    Exemption,
    HandoverMode,
    Outcome,
    Phase,
    ReferralReason,
    ReferrerType,
    SessionType,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import Conflict, NotAllowed, ReasonRequired
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.requests import IntakeInput, Requests
from leerwinkel_desk.store.models import AuditEvent, Client, Handover, LearningRequest


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


def test_full_journey_from_partner_referral_to_closed(db, clock, office: Office) -> None:
    info, an = office.info_officer, office.counsellor
    # toeleiding + aanmelding: the OCMW worker refers; the info officer registers and books an intake
    client = Clients(db, clock, info).create(ClientInput(
        "Fatima", "El Amrani", birth_date=date(1988, 5, 2), phone="0470 12 34 56"))
    day = clock.now().date() + timedelta(days=2)
    agenda = Agenda(db, clock, info)
    slots = agenda.free_slots(day, office.loket_id)
    assert len(slots) == 3 and slots[0].counsellor_id == an.counsellor_id
    request = Dispatch(db, clock, info).book_intake(FirstContact(
        Channel.PHONE, "Wil een diploma secundair onderwijs halen", client_id=client.id,
        referrer_contact_id=office.ocmw_worker_id, loket_id=office.loket_id), slots[0])
    assert (request.tier, request.phase, request.owner_id) == (Tier.MEDIATION, Phase.INTAKE, an.counsellor_id)
    with db.read() as s:
        stored = s.get(LearningRequest, request.id)
        assert stored.referrer_type is ReferrerType.PARTNER and stored.referrer_org_id == office.ocmw_id
    assert len(agenda.free_slots(day, office.loket_id)) == 2
    planned = Contacts(db, clock, an).timeline(request.id)
    assert [(c.kind, c.status, c.at) for c in planned] == [(ContactKind.SESSION, ContactStatus.PLANNED, slots[0].at)]
    assert Agenda(db, clock, an).day(an.counsellor_id, day).sessions[0].id == planned[0].id

    # intake en informatiebemiddeling, by the owner
    clock.at = slots[0].at
    contacts, requests = Contacts(db, clock, an), Requests(db, clock, an)
    contacts.hold_session(planned[0].id, 70, "intake", "situatie en studieverleden besproken")
    requests.record_intake(request.id, IntakeInput(
        question="Diploma secundair onderwijs, liefst 's avonds", status=SocialStatus.JOB_SEEKER,
        dutch_level=DutchLevel.B1, study_history="Vroegtijdig gestopt in 4de jaar BSO",
        practical_barriers="Kinderopvang op woensdag", difficult_school_past=True))
    with db.read() as s:
        stored_client = s.get(Client, client.id)
        assert stored_client.status is SocialStatus.JOB_SEEKER and stored_client.difficult_school_past

    # begeleidingstraject: up a tier, two sessions and micro-contacts
    moved = requests.move_tier(request.id, Tier.TRAJECTORY)
    assert (moved.tier, moved.phase) == (Tier.TRAJECTORY, Phase.TRAJECTORY)
    with pytest.raises(ReasonRequired):
        requests.reassign(request.id, office.colleague.counsellor_id, "")
    second = slots[0].at + timedelta(days=7)
    clock.at = second + timedelta(days=14, hours=2)        # recorded afterwards: a held session is never ahead
    contacts.record_session(request.id, second, 60, SessionType.TRAJECTORY, office.loket_id, "interesses")
    contacts.log_micro(request.id, Channel.WHATSAPP, "Herinnering infosessie CVO", at=second + timedelta(days=1))
    contacts.log_micro(request.id, Channel.SMS, "Bevestiging volgende afspraak", at=second + timedelta(days=3))
    contacts.record_session(request.id, second + timedelta(days=14), 55, SessionType.TRAJECTORY)
    timeline = contacts.timeline(request.id)
    assert [c.kind for c in timeline] == [ContactKind.SESSION, ContactKind.SESSION, ContactKind.MICRO,
                                          ContactKind.MICRO, ContactKind.SESSION]
    assert [c.at for c in timeline] == sorted(c.at for c in timeline)

    # options and the choice
    options = Options(db, clock, an)
    chosen = options.consider(request.id, course_id=office.course_ids[0], note="avondles")
    options.consider(request.id, course_id=office.course_ids[1])
    options.consider(request.id, free_text="Tweedekansonderwijs via afstandsleren")
    assert requests.choose(chosen.id).phase is Phase.CHOICE
    assert [o.chosen_on is not None for o in options.for_request(request.id)] == [True, False, False]

    # consent, follow-up, warm handover
    clock.at = second + timedelta(days=20)
    school = Recipient(office.school_id, office.study_counsellor_id)
    consent = Consents(db, clock, an).grant(
        client.id, school, ConsentPurpose.WARM_HANDOVER,
        frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.STUDY_HISTORY, DataItem.CHOICE}),
        ConsentMethod.SIGNED_FORM, expires_on=clock.now().date() + timedelta(days=180),
        request_id=request.id)
    due = clock.now().date() + timedelta(days=5)
    assert requests.start_follow_up(request.id, due).phase is Phase.FOLLOW_UP
    assert [f.request_id for f in requests.follow_ups(an.counsellor_id, clock.now().date())] == [request.id]
    clock.at += timedelta(days=7)
    assert requests.follow_ups(an.counsellor_id, clock.now().date())[0].overdue
    handovers = Handovers(db, clock, an)
    assert handovers.shareable(request.id, school) == consent.items
    handover = handovers.hand_over(request.id, school, HandoverMode.MEETING,
                                   frozenset({DataItem.IDENTITY, DataItem.STUDY_HISTORY, DataItem.CHOICE}))
    with db.read() as s:
        stored_handover = s.get(Handover, handover.id)
        assert stored_handover.consent_id == consent.id
        assert stored_handover.shared_items == ["choice", "identity", "study_history"]
    assert requests.get(request.id).phase is Phase.HANDOVER

    # enrolment closes the follow-up; closing as enrolled; aftercare
    enrolled = requests.confirm_enrolment(request.id, clock.now().date())
    assert not enrolled.follow_up and requests.follow_ups(an.counsellor_id, clock.now().date()) == []
    closed = requests.close(request.id, Outcome.ENROLLED, satisfaction=5)
    assert (closed.phase, closed.outcome, closed.satisfaction) == (Phase.CLOSED, Outcome.ENROLLED, 5)
    with pytest.raises(Conflict):
        requests.close(request.id, Outcome.ENROLLED)
    assert requests.reopen_for_aftercare(request.id).phase is Phase.AFTERCARE

    fee = Contributions(db, clock, an).record(request.id, Decimal(3), Decimal("10.00"), Exemption.JOB_SEEKER)
    assert (fee.amount, fee.paid_by) == (Decimal("0.00"), PaidBy.EXEMPT)

    phases = [c.new_value for c in requests.history(request.id) if c.field == "phase"]
    assert phases == ["dispatch", "intake", "trajectory", "choice", "follow_up", "handover", "closed", "aftercare"]
    with db.read() as s:
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.subject_client_id == client.id)))
    assert {"client.create", "request.book_intake", "contact.hold", "request.intake", "request.tier",
            "contact.create", "option.choose", "consent.grant", "handover.create", "request.enrolled",
            "request.close", "contribution.create"} <= actions


def test_anonymous_tier_one_contact_promoted_later_keeps_its_history(db, clock, office: Office) -> None:
    info = office.info_officer
    answered = Dispatch(db, clock, info).answer_now(
        FirstContact(Channel.PHONE, "Waar kan ik Nederlands leren in Kortrijk?"),
        "Verwezen naar het Huis van het Nederlands", minutes=12)
    assert (answered.client_id, answered.tier, answered.phase, answered.outcome) == (
        None, Tier.INFORMATION, Phase.CLOSED, Outcome.ANSWERED)
    before = Contacts(db, clock, info).timeline(answered.id)
    assert len(before) == 1 and before[0].minutes == 12 and before[0].channel is Channel.PHONE

    clock.at += timedelta(days=30)
    client = Clients(db, clock, info).create(ClientInput("Oksana", "Kovalenko"))
    promoted = Dispatch(db, clock, info).promote(answered.id, client.id)
    assert promoted.client_id == client.id and promoted.request_no == answered.request_no
    assert Contacts(db, clock, info).timeline(answered.id) == before
    assert [r.id for r in Requests(db, clock, info).for_client(client.id)] == [answered.id]
    assert [c.field for c in Requests(db, clock, info).history(answered.id)] == ["tier", "phase", "client"]
    with pytest.raises(Conflict):
        Dispatch(db, clock, info).promote(answered.id, client.id)


def test_info_officer_cannot_do_trajectory_casework(db, clock, office: Office) -> None:
    client = Clients(db, clock, office.counsellor).create(ClientInput("Jan", "Claes"))
    slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
    request = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.EMAIL, "Omscholing", client_id=client.id), slot)
    with pytest.raises(NotAllowed):
        Requests(db, clock, office.info_officer).move_tier(request.id, Tier.TRAJECTORY)


def test_referral_out_and_closing_the_loop(db, clock, office: Office) -> None:
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Ahmad", "Noori"))
    request = Dispatch(db, clock, an).answer_now(
        FirstContact(Channel.FACE_TO_FACE, "Werk zoeken", client_id=client.id), "Naar VDAB")
    referrals = Referrals(db, clock, an)
    referral = referrals.refer_out(request.id, office.vdab_id, ReferralReason.WORK, "Traject naar werk")
    assert [loop.referral.id for loop in referrals.open_loops()] == [referral.id]
    closed = referrals.close_loop(referral.id, happened=True, note="Ingeschreven bij VDAB")
    assert closed.happened and closed.loop_closed_on == clock.now().date()
    assert referrals.open_loops() == []


def test_a_busy_slot_cannot_be_booked_twice(db, clock, office: Office) -> None:
    clients = Clients(db, clock, office.info_officer)
    one = clients.create(ClientInput("Emma", "Janssens"))
    two = clients.create(ClientInput("Lucas", "Maes"))
    slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
    dispatch = Dispatch(db, clock, office.info_officer)
    dispatch.book_intake(FirstContact(Channel.PHONE, "vraag", client_id=one.id), slot)
    with pytest.raises(Conflict):
        dispatch.book_intake(FirstContact(Channel.PHONE, "vraag", client_id=two.id), slot)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LearningRequest)) == 1
