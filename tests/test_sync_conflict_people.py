"""Who did what, after a conflict (real PostgreSQL, the service under uvicorn, real SQLCipher laptops): the inbox
names the colleague who made the other version and when they made it, the request's history says what is in force
and when it changed, and a colleague whose value someone kept their own over is told."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, Tier
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.sync.inbox import KEEP_MINE_ACTION, open_items, resolve
from sync_support import Laptop, assert_converged, central, first_laptop, joined_laptop, row, service  # noqa: F401

pytestmark = pytest.mark.postgres


def booked_intake(laptop: Laptop, built, clock, client_id):
    """A request at its intake (tier 2), booked in the first free zitdag slot, as the dispatcher does."""
    agenda = Agenda(laptop.db, clock, built.coordinator)
    slot = next(free[0] for days in range(2, 16)
                if (free := agenda.free_slots(local_today(clock) + timedelta(days=days))))
    return Dispatch(laptop.db, clock, built.coordinator).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=client_id, loket_id=built.loket_id), slot)


@pytest.fixture
def office(central, service, tmp_path, clock) -> Iterator[tuple[Laptop, Laptop, object]]:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    yield a, b, built
    for laptop in (a, b):
        laptop.sync.close()
    close_all()


def wire(moment) -> str:
    """A moment as it travels (UTC, as the laptops store moments)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def offline_round(a: Laptop, b: Laptop, built, clock):
    """The walker's office: katrien (a) and An (b) both offline. Katrien marks an option as the choice (Intake ->
    Keuze) at 09:33; An moves the request to a trajectory (Intake -> Traject) and corrects Fatima's phone at 09:35;
    katrien corrects the phone too at 09:40. An syncs first, then katrien, then both again."""
    katrien, an = built.coordinator, built.counsellor
    made = Clients(a.db, clock, katrien).create(ClientInput("Fatima", "El Amrani", phone="0470 11 22 33"))
    request = booked_intake(a, built, clock, made.id)
    a.sync.sync(katrien)
    b.sync.sync(an)
    start = clock.at
    clock.at = start + timedelta(minutes=3)
    option = Options(a.db, clock, katrien).consider(request.id, free_text="Boekhouden")
    Requests(a.db, clock, katrien).choose(option.id)
    clock.at = start + timedelta(minutes=5)
    Requests(b.db, clock, an).move_tier(request.id, Tier.TRAJECTORY)
    Clients(b.db, clock, an).update(made.id, ClientInput("Fatima", "El Amrani", phone="0470 44 44 44"))
    clock.at = start + timedelta(minutes=10)
    Clients(a.db, clock, katrien).update(made.id, ClientInput("Fatima", "El Amrani", phone="0470 55 66 77"))
    b.sync.sync(an)
    a.sync.sync(katrien)
    b.sync.sync(an)
    a.sync.sync(katrien)
    return made, request, start


def phase_steps(laptop: Laptop, clock, built, request_id) -> list[tuple[str | None, str, object]]:
    return [(step.old_value, step.new_value, step.by) for step in
            Requests(laptop.db, clock, built.coordinator).history(request_id) if step.field == "phase"]


def test_each_version_in_the_inbox_is_named_by_whom_made_it_and_when_they_made_it(office, central, clock) -> None:
    """The other version is the colleague's who made it (not whoever pushed or touched the row last), each at the
    moment it was made on its laptop (not when it reached the office)."""
    a, b, built = office
    katrien, an = built.coordinator.counsellor_id.hex, built.counsellor.counsellor_id.hex
    made, request, start = offline_round(a, b, built, clock)
    [phase] = [i for i in open_items(a.db) if i.row_id == request.id.hex]
    assert (phase.kind, phase.field, phase.mine, phase.theirs) == ("conflict", "phase", "choice", "trajectory")
    assert (phase.my_author, phase.my_at) == (katrien, wire(start + timedelta(minutes=3)))
    assert (phase.their_author, phase.their_at) == (an, wire(start + timedelta(minutes=5)))      # An's, at 09:35
    [phone] = [i for i in open_items(b.db) if i.row_id == made.id.hex]
    assert (phone.kind, phone.reason, phone.mine, phone.theirs) == (
        "overwritten", "later_arrival", "0470 44 44 44", "0470 55 66 77")
    assert (phone.my_author, phone.my_at) == (an, wire(start + timedelta(minutes=5)))           # made, not arrived
    assert (phone.their_author, phone.their_at) == (katrien, wire(start + timedelta(minutes=10)))
    for laptop in (a, b):            # the rows name who changed them last, as the office took it
        assert row(laptop.db, "SELECT updated_by FROM client WHERE id = :id", id=made.id.hex)[0] == katrien
        assert row(laptop.db, "SELECT updated_by FROM learning_request WHERE id = :id", id=request.id.hex)[0] == an


def test_the_history_says_what_is_in_force_and_a_phase_kept_in_the_inbox_is_a_step_of_its_own(
        office, central, clock) -> None:
    """Katrien's Intake -> Keuze waits in her inbox: no laptop's history shows it as a step; the request is in
    Traject, and its history ends there. Kept, her choice becomes the step Traject -> Keuze, hers, when she kept
    it, everywhere; An, whose Traject it overrules, is told."""
    a, b, built = office
    katrien, an = built.coordinator.counsellor_id, built.counsellor.counsellor_id
    made, request, start = offline_round(a, b, built, clock)
    for laptop in (a, b):
        assert phase_steps(laptop, clock, built, request.id)[-2:] == [
            ("dispatch", "intake", katrien), ("intake", "trajectory", an)]
        assert row(laptop.db, "SELECT phase FROM learning_request WHERE id = :id", id=request.id.hex)[0] == "trajectory"
    [phase] = [i for i in open_items(a.db) if i.row_id == request.id.hex]
    clock.at = start + timedelta(minutes=20)
    resolve(a.db, phase.id, keep_mine=True, now=clock.now(), actor=built.coordinator)
    assert kept_events(a)[-1] == ("learning_request", request.id, "phase", made.id, katrien)
    a.sync.sync(built.coordinator)
    b.sync.sync(built.counsellor)
    a.sync.sync(built.coordinator)
    for laptop in (a, b):
        assert phase_steps(laptop, clock, built, request.id)[-2:] == [
            ("intake", "trajectory", an), ("trajectory", "choice", katrien)]
        assert row(laptop.db, "SELECT phase, updated_by FROM learning_request WHERE id = :id",
                   id=request.id.hex) == ("choice", katrien.hex)
    [told] = [i for i in open_items(b.db) if i.row_id == request.id.hex]
    assert (told.kind, told.reason, told.field, told.mine, told.theirs) == (
        "overwritten", "kept_elsewhere", "phase", "trajectory", "choice")
    assert (told.my_author, told.their_author, told.their_at) == (an.hex, katrien.hex, wire(clock.now()))
    for laptop, person in ((a, built.coordinator), (b, built.counsellor)):
        kept = kept_events(laptop)
        for item in open_items(laptop.db):
            resolve(laptop.db, item.id, keep_mine=False, now=clock.now(), actor=person)
        assert kept_events(laptop) == kept          # taking the office's value changes nothing here
    a.sync.sync(built.coordinator)
    b.sync.sync(built.counsellor)
    assert_converged(central, [a, b])


def kept_events(laptop: Laptop) -> list[tuple[str, uuid.UUID | None, str | None, uuid.UUID | None, uuid.UUID | None]]:
    """The audit events of values kept in the inbox ("Mijn versie houden") on `laptop`, in order."""
    with laptop.db.read() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEvent.entity, AuditEvent.record_id, AuditEvent.fields, AuditEvent.subject_client_id,
                   AuditEvent.actor_id).where(AuditEvent.action == KEEP_MINE_ACTION).order_by(AuditEvent.seq))]


def test_a_colleague_whose_value_someone_kept_their_own_over_is_told(office, central, clock) -> None:
    """An keeps her phone over katrien's later one ("Mijn versie houden"): katrien, whose value it replaces, finds
    it in her inbox at her next sync, with An's value and An's name, and may keep hers in turn."""
    a, b, built = office
    katrien, an = built.coordinator.counsellor_id, built.counsellor.counsellor_id
    made, request, start = offline_round(a, b, built, clock)
    [phone] = [i for i in open_items(b.db) if i.row_id == made.id.hex]
    clock.at = start + timedelta(minutes=30)
    kept_before = kept_events(b)
    resolve(b.db, phone.id, keep_mine=True, now=clock.now(), actor=built.counsellor)
    assert kept_events(b)[len(kept_before):] == [("client", made.id, "phone", made.id, an)]    # audited, no value
    b.sync.sync(built.counsellor)
    assert [i for i in open_items(b.db) if i.row_id == made.id.hex] == []
    a.sync.sync(built.coordinator)
    [told] = [i for i in open_items(a.db) if i.row_id == made.id.hex]
    assert (told.kind, told.reason, told.field, told.mine, told.theirs) == (
        "overwritten", "kept_elsewhere", "phone", "0470 55 66 77", "0470 44 44 44")
    assert (told.my_author, told.my_at) == (katrien.hex, wire(start + timedelta(minutes=10)))
    assert (told.their_author, told.their_at) == (an.hex, wire(clock.now()))
    for laptop in (a, b):
        assert row(laptop.db, "SELECT phone, updated_by FROM client WHERE id = :id", id=made.id.hex) == (
            "0470 44 44 44", an.hex)
