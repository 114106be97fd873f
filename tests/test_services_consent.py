"""Sharing asks the consent service first: no consent, another recipient, withdrawal or expiry all refuse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casework_fixtures import build_office
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import Channel, ConsentMethod, ConsentPurpose, DataItem, HandoverMode
from leerwinkel_desk.domain.errors import ConsentMissing, InvalidValue
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.store.models import Handover

ITEMS = frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.CHOICE})


@pytest.fixture
def case(db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Çağrı", "Yılmaz", birth_date=date(1995, 1, 9)))
    request = Dispatch(db, clock, an).answer_now(
        FirstContact(Channel.FACE_TO_FACE, "Opleiding boekhouden", client_id=client.id), "info gegeven")
    school = Recipient(office.school_id, office.study_counsellor_id)
    return office, client, request, school


def handovers_stored(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Handover))


def test_handover_without_any_consent_is_refused(db, clock, case) -> None:
    office, _client, request, school = case
    with pytest.raises(ConsentMissing) as refused:
        Handovers(db, clock, office.counsellor).hand_over(request.id, school, HandoverMode.CALL, ITEMS)
    assert refused.value.items == ITEMS and refused.value.code == "consent.missing"
    assert handovers_stored(db) == 0


def test_consent_for_another_recipient_or_fewer_items_does_not_cover(db, clock, case) -> None:
    office, client, request, school = case
    consents, handovers = Consents(db, clock, office.counsellor), Handovers(db, clock, office.counsellor)
    consents.grant(client.id, Recipient(office.vdab_id), ConsentPurpose.WARM_HANDOVER, ITEMS,
                   ConsentMethod.SPOKEN)
    with pytest.raises(ConsentMissing):
        handovers.hand_over(request.id, school, HandoverMode.CALL, ITEMS)
    consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, frozenset({DataItem.IDENTITY}),
                   ConsentMethod.SPOKEN)
    with pytest.raises(ConsentMissing):
        handovers.hand_over(request.id, school, HandoverMode.CALL, ITEMS)
    other_person = Recipient(office.school_id, None, None)
    consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, ITEMS, ConsentMethod.SPOKEN)
    with pytest.raises(ConsentMissing):       # consent names Karel; not anyone at the school
        handovers.hand_over(request.id, other_person, HandoverMode.CALL, ITEMS)
    assert handovers_stored(db) == 0
    handovers.hand_over(request.id, school, HandoverMode.CALL, ITEMS)
    assert handovers_stored(db) == 1


def test_handover_after_withdrawal_is_refused(db, clock, case) -> None:
    office, client, request, school = case
    consents, handovers = Consents(db, clock, office.counsellor), Handovers(db, clock, office.counsellor)
    consent = consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, ITEMS, ConsentMethod.SIGNED_FORM)
    handovers.hand_over(request.id, school, HandoverMode.LETTER, ITEMS)
    consents.withdraw(consent.id)
    with pytest.raises(ConsentMissing):
        handovers.hand_over(request.id, school, HandoverMode.LETTER, ITEMS)
    assert handovers.shareable(request.id, school) == frozenset()
    assert handovers_stored(db) == 1


def test_handover_after_expiry_is_refused(db, clock, case) -> None:
    office, client, request, school = case
    consents, handovers = Consents(db, clock, office.counsellor), Handovers(db, clock, office.counsellor)
    consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, ITEMS, ConsentMethod.SIGNED_FORM,
                   expires_on=clock.now().date() + timedelta(days=10))
    handovers.hand_over(request.id, school, HandoverMode.MEETING, ITEMS)
    clock.at += timedelta(days=11)
    with pytest.raises(ConsentMissing):
        handovers.hand_over(request.id, school, HandoverMode.MEETING, ITEMS)
    with pytest.raises(ConsentMissing):
        consents.require(client.id, school, ConsentPurpose.WARM_HANDOVER, ITEMS)


def test_only_items_relevant_for_the_study_path_may_go_to_a_school(db, clock, case) -> None:
    office, client, request, school = case
    everything = frozenset(DataItem)
    Consents(db, clock, office.counsellor).grant(client.id, school, ConsentPurpose.WARM_HANDOVER,
                                                 everything, ConsentMethod.SIGNED_FORM)
    handovers = Handovers(db, clock, office.counsellor)
    assert DataItem.SOCIAL_STATUS not in handovers.shareable(request.id, school)
    with pytest.raises(InvalidValue) as refused:
        handovers.hand_over(request.id, school, HandoverMode.CALL,
                            frozenset({DataItem.IDENTITY, DataItem.SOCIAL_STATUS}))
    assert refused.value.field == "items"


def test_consent_terms_are_validated(db, clock, case) -> None:
    office, client, _request, school = case
    consents = Consents(db, clock, office.counsellor)
    with pytest.raises(InvalidValue):
        consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, frozenset(), ConsentMethod.SPOKEN)
    with pytest.raises(InvalidValue):
        consents.grant(client.id, Recipient(None), ConsentPurpose.WARM_HANDOVER, ITEMS, ConsentMethod.SPOKEN)
    with pytest.raises(InvalidValue):
        consents.grant(client.id, school, ConsentPurpose.WARM_HANDOVER, ITEMS, ConsentMethod.SPOKEN,
                       expires_on=clock.now().date() - timedelta(days=1))
    assert consents.for_client(client.id) == []
