"""Three laptops (real SQLCipher files) and one service (uvicorn on 127.0.0.1, real PostgreSQL): each scenario
works offline on the laptops, syncs, and checks the final state on every laptop and on the server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import text

from casework_fixtures import person_with_every_free_text
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    DataItem,
    HandoverMode,
    OrganisationType,
    Phase,
    ReferralReason,
    Tier,
)
from leerwinkel_desk.domain.errors import Conflict
from leerwinkel_desk.domain.text import phone_key
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.migrations import SCHEMA_HEAD, current_revision, head_revision, upgrade
from leerwinkel_desk.store.models import LearningRequest
from leerwinkel_desk.store.sync_capture import person_rows, synced_tables
from leerwinkel_desk.sync import client as sync_client
from leerwinkel_desk.sync.client import SyncClient, SyncRefused, erase_at_sign_in
from leerwinkel_desk.sync.inbox import open_items, resolve
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.wire import DERIVED, PROTOCOL, SCHEMA_PREVIOUS
from sync_support import (  # noqa: F401
    Laptop,
    assert_converged,
    central,
    erased_bytes_left,
    first_laptop,
    joined_laptop,
    outbox_count,
    quiet,
    row,
    service,
)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def office(central, service, tmp_path_factory, clock_module) -> Iterator[tuple[list[Laptop], object]]:
    folder = tmp_path_factory.mktemp("laptops")
    a, built = first_laptop(central, service, folder / "a.db", clock_module)
    laptops = [a, joined_laptop(a, service, folder / "b.db"), joined_laptop(a, service, folder / "c.db")]
    yield laptops, built
    for laptop in laptops:
        laptop.sync.close()
    close_all()


@pytest.fixture(scope="module")
def clock_module():
    from conftest import FixedClock

    return FixedClock()


def client_with_request(laptop: Laptop, built, clock, first: str, last: str):
    """A client made on `laptop`, with a first question answered (a request and a contact)."""
    made = Clients(laptop.db, clock, built.counsellor).create(ClientInput(first, last))
    request = Dispatch(laptop.db, clock, built.counsellor).answer_now(
        FirstContact(Channel.PHONE, "Welke opleiding?", client_id=made.id), "Uitgelegd")
    return made, request


def test_different_fields_merge_and_a_free_text_conflict_goes_to_the_inbox(office, central, clock_module) -> None:
    (a, b, c), built = office
    clients = Clients(a.db, clock_module, built.counsellor)
    made = clients.create(ClientInput("Ilse", "Peeters", phone="+32 470 00 00 01"))
    quiet([a, b, c])
    with a.db.write() as s:
        s.execute(text("UPDATE client SET phone = '+32 470 00 00 02', interests = 'koken' WHERE id = :id"),
                  {"id": made.id.hex})
    with b.db.write() as s:
        s.execute(text("UPDATE client SET municipality = 'Menen', interests = 'lassen' WHERE id = :id"),
                  {"id": made.id.hex})
    a.sync.sync()
    b.sync.sync()
    [item] = [i for i in open_items(b.db) if i.row_id == made.id.hex]
    assert (item.kind, item.field, item.mine, item.theirs) == ("conflict", "interests", "lassen", "koken")
    assert item.my_at and item.their_at and item.their_author
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert tuple(row(laptop.db, "SELECT phone, municipality, interests FROM client WHERE id = :id",
                         id=made.id.hex)) == ("+32 470 00 00 02", "Menen", "koken")
    resolve(b.db, item.id, keep_mine=True, now=clock_module.now(), actor=b.actor)
    quiet([a, b, c])
    assert row(c.db, "SELECT interests FROM client WHERE id = :id", id=made.id.hex)[0] == "lassen"
    assert [i for i in open_items(b.db) if i.row_id == made.id.hex] == []
    assert_converged(central, [a, b, c])


def test_tier_phase_owner_and_consent_conflicts_wait_in_the_inbox_other_fields_take_the_later_arrival(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Omar", "Haddad")
    consent = Consents(a.db, clock_module, built.counsellor).grant(
        made.id, Recipient(built.school_id, built.study_counsellor_id), ConsentPurpose.WARM_HANDOVER,
        frozenset({DataItem.IDENTITY}), ConsentMethod.SPOKEN)
    quiet([a, b, c])
    owner_a, owner_b = built.info_officer.counsellor_id.hex, built.colleague.counsellor_id.hex
    with a.db.write() as s:
        s.execute(text("UPDATE learning_request SET phase = 'intake', tier = 'mediation', owner_id = :o, "
                       "satisfaction = 3 WHERE id = :id"), {"id": request.id.hex, "o": owner_a})
        s.execute(text("UPDATE consent SET expires_on = '2027-01-31' WHERE id = :id"), {"id": consent.id.hex})
        s.execute(text("UPDATE client SET municipality = 'Gent' WHERE id = :id"), {"id": made.id.hex})
    with c.db.write() as s:
        s.execute(text("UPDATE learning_request SET phase = 'trajectory', tier = 'trajectory', owner_id = :o, "
                       "satisfaction = 5 WHERE id = :id"), {"id": request.id.hex, "o": owner_b})
        s.execute(text("UPDATE consent SET expires_on = '2027-06-30' WHERE id = :id"), {"id": consent.id.hex})
        s.execute(text("UPDATE client SET municipality = 'Brugge' WHERE id = :id"), {"id": made.id.hex})
    a.sync.sync()
    c.sync.sync()
    items = {(i.table, i.field): i for i in open_items(c.db)}
    assert {("learning_request", "phase"), ("learning_request", "tier"), ("learning_request", "owner_id"),
            ("consent", "expires_on")} <= set(items)
    assert items[("learning_request", "phase")].mine == "trajectory"
    assert items[("learning_request", "phase")].theirs == "intake"
    assert ("client", "municipality") not in items and ("learning_request", "satisfaction") not in items
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert tuple(row(laptop.db, "SELECT phase, tier, owner_id, satisfaction FROM learning_request WHERE id = :id",
                         id=request.id.hex)) == ("intake", "mediation", owner_a, 5)
        assert row(laptop.db, "SELECT municipality FROM client WHERE id = :id", id=made.id.hex)[0] == "Brugge"
        assert row(laptop.db, "SELECT expires_on FROM consent WHERE id = :id", id=consent.id.hex)[0] == "2027-01-31"
    for item in open_items(c.db):
        resolve(c.db, item.id, keep_mine=False, now=clock_module.now(), actor=c.actor)
    lost = {(i.table, i.field): (i.kind, i.mine, i.theirs) for i in open_items(a.db)
            if i.row_id in (made.id.hex, request.id.hex)}      # the loser's values, kept in its inbox
    assert lost == {("client", "municipality"): ("overwritten", "Gent", "Brugge"),
                    ("learning_request", "satisfaction"): ("overwritten", 3, 5)}
    for item in open_items(a.db):
        resolve(a.db, item.id, keep_mine=False, now=clock_module.now(), actor=a.actor)
    assert_converged(central, [a, b, c])


def inbox_rows(db, *row_ids: str) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT kind, tbl, field, resolution FROM sync_inbox WHERE row_id IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(row_ids)})]


def test_the_laptop_whose_value_a_later_arrival_replaced_learns_it_at_its_next_sync(office, central,
                                                                                       clock_module) -> None:
    """a and b correct the same phone and follow-up date offline; b's arrive later and win (by design), and a,
    whose corrections they replaced, finds them in its inbox (and may keep its own); b, the winner, gets no item,
    and the search keys that follow the phone are never an item anywhere."""
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Lotte", "Verbeke")
    quiet([a, b, c])
    for laptop, phone, due in ((a, "+32 470 10 10 10", "2027-01-11"), (b, "+32 470 20 20 20", "2027-02-22")):
        Clients(laptop.db, clock_module, built.counsellor).update(made.id, ClientInput("Lotte", "Verbeke", phone=phone))
        with laptop.db.write() as s:
            s.execute(text("UPDATE learning_request SET follow_up_due = :due WHERE id = :id"),
                      {"due": due, "id": request.id.hex})
    a.sync.sync()                            # a's corrections arrive first
    b.sync.sync()                            # b's arrive later: they win
    a.sync.sync()                            # a learns it at its next sync
    a.sync.sync()                            # once
    items = {(i.table, i.field): i for i in open_items(a.db) if i.row_id in (made.id.hex, request.id.hex)}
    assert set(items) == {("client", "phone"), ("learning_request", "follow_up_due")}
    phone, due = items[("client", "phone")], items[("learning_request", "follow_up_due")]
    assert (phone.kind, phone.reason, phone.mine, phone.theirs) == (
        "overwritten", "later_arrival", "+32 470 10 10 10", "+32 470 20 20 20")
    assert (due.mine, due.theirs) == ("2027-01-11", "2027-02-22")
    assert phone.my_author == phone.their_author == built.counsellor.counsellor_id.hex
    assert phone.my_at and phone.their_at and phone.my_at <= phone.their_at
    assert inbox_rows(b.db, made.id.hex, request.id.hex) == []             # the winner: nothing to read
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert not any(field in DERIVED for _kind, _tbl, field, _how in inbox_rows(laptop.db, made.id.hex))
        assert tuple(row(laptop.db, "SELECT phone, phone_key FROM client WHERE id = :id", id=made.id.hex)) == (
            "+32 470 20 20 20", phone_key("+32 470 20 20 20"))
    assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM sync_notice WHERE row_id IN "
                   f"('{made.id}', '{request.id}')") == [{"n": 0}]    # told, and gone from the server

    resolve(a.db, phone.id, keep_mine=True, now=clock_module.now(), actor=a.actor)  # a's correction was right
    resolve(a.db, due.id, keep_mine=False, now=clock_module.now(), actor=a.actor)
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert tuple(row(laptop.db, "SELECT phone, phone_key FROM client WHERE id = :id", id=made.id.hex)) == (
            "+32 470 10 10 10", phone_key("+32 470 10 10 10"))
        assert row(laptop.db, "SELECT follow_up_due FROM learning_request WHERE id = :id",
                   id=request.id.hex)[0] == "2027-02-22"
    assert inbox_rows(b.db, made.id.hex, request.id.hex) == [               # kept in turn: b, whose value a kept
        ("overwritten", "client", "phone", None)]                            # its own over, is told
    assert [i for i in open_items(a.db) if i.row_id in (made.id.hex, request.id.hex)] == []
    assert_converged(central, [a, b, c])


def test_delete_beats_edit_and_a_child_under_a_deleted_parent_is_kept_and_flagged(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Jonas", "Wouters")
    quiet([a, b, c])
    with a.db.write() as s:
        s.execute(text("UPDATE client SET deleted_at = '2026-11-21 10:00:00.000000' WHERE id = :id"),
                  {"id": made.id.hex})
        s.execute(text("UPDATE learning_request SET deleted_at = '2026-11-21 10:00:00.000000' WHERE id = :id"),
                  {"id": request.id.hex})
    with b.db.write() as s:
        s.execute(text("UPDATE client SET street = 'Stationsstraat 1' WHERE id = :id"), {"id": made.id.hex})
    from leerwinkel_desk.services.contacts import Contacts

    Contacts(c.db, clock_module, built.counsellor).log_micro(request.id, Channel.SMS, "Herinnering")
    a.sync.sync()
    b.sync.sync()
    c.sync.sync()
    [rejected] = [i for i in open_items(b.db) if i.row_id == made.id.hex]
    assert (rejected.kind, rejected.reason) == ("rejected", "deleted")
    [flagged] = [i for i in open_items(c.db) if i.kind == "parent_deleted"]
    assert flagged.table == "contact" and flagged.reason == "learning_request"
    quiet([a, b, c])
    for laptop in (a, b, c):
        client_row = row(laptop.db, "SELECT deleted_at, street FROM client WHERE id = :id", id=made.id.hex)
        assert client_row[0] is not None and client_row[1] is None
        assert row(laptop.db, "SELECT count(*) FROM contact WHERE request_id = :id AND summary = 'Herinnering'",
                   id=request.id.hex)[0] == 1
    assert_converged(central, [a, b, c])


def test_an_option_removed_on_one_laptop_leaves_every_laptop_and_beats_an_edit_made_meanwhile(
        office, central, clock_module) -> None:
    """Removing an option is a tombstone like every shared row's: an update of `deleted_at` in the outbox, applied
    on the service and pulled by the others; a note added to it meanwhile elsewhere is refused (delete beats edit)."""
    from leerwinkel_desk.services.options import Options

    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Noor", "Claes")
    options = Options(a.db, clock_module, built.counsellor)
    kept = options.consider(request.id, course_id=built.course_ids[0])
    mistake = options.consider(request.id, free_text="Lasser bij VDAB")
    quiet([a, b, c])
    assert [o.id for o in Options(b.db, clock_module, built.counsellor).for_request(request.id)] == [
        kept.id, mistake.id]
    options.remove(mistake.id)
    assert row(a.db, "SELECT kind, new FROM sync_outbox WHERE row_id = :id ORDER BY op DESC",
               id=mistake.id.hex)[0] == "U"
    with b.db.write() as s:
        s.execute(text("UPDATE option_considered SET note = 'Nog navragen' WHERE id = :id"), {"id": mistake.id.hex})
    a.sync.sync()
    b.sync.sync()
    [rejected] = [i for i in open_items(b.db) if i.row_id == mistake.id.hex]
    assert (rejected.kind, rejected.reason) == ("rejected", "deleted")
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert [o.id for o in Options(laptop.db, clock_module, built.counsellor).for_request(request.id)] == [kept.id]
        assert tuple(row(laptop.db, "SELECT deleted_at IS NOT NULL, note FROM option_considered WHERE id = :id",
                         id=mistake.id.hex)) == (1, None)
    assert_converged(central, [a, b, c])


def test_numbers_come_from_blocks_and_a_number_outside_the_block_is_refused(office, central, clock_module) -> None:
    (a, b, c), built = office
    made = [Clients(laptop.db, clock_module, built.counsellor).create(ClientInput("Nr", name))
            for laptop, name in ((a, "Een"), (b, "Twee"), (c, "Drie"), (b, "Vier"))]
    quiet([a, b, c])
    numbers = [row(a.db, "SELECT dossier_no FROM client WHERE id = :id", id=m.id.hex)[0] for m in made]
    assert len(set(numbers)) == 4 and [m.dossier_no for m in made] == numbers      # never renumbered
    with b.db.write() as s:
        s.execute(text("UPDATE client SET dossier_no = 'LW-2026-999999' WHERE id = :id"), {"id": made[1].id.hex})
    b.sync.sync()
    assert any(i.reason == "number_outside_block" for i in open_items(b.db))
    assert row(b.db, "SELECT dossier_no FROM client WHERE id = :id", id=made[1].id.hex)[0] == numbers[1]
    for item in open_items(b.db):
        resolve(b.db, item.id, keep_mine=False, now=clock_module.now(), actor=b.actor)
    with c.db.write() as s:              # c has used up its block, offline
        s.execute(text("UPDATE sync_number_block SET next_value = last + 1"))
    late = Clients(c.db, clock_module, built.counsellor).create(ClientInput("Voorlopig", "Nummer"))
    assert late.dossier_no == "LW-2026-P00001"
    with pytest.raises(Conflict):
        Letters(c.db, clock_module, built.counsellor, PdfLetters()).print_summary(late.id)
    quiet([a, b, c])
    real = row(c.db, "SELECT dossier_no FROM client WHERE id = :id", id=late.id.hex)[0]
    assert not real.startswith("LW-2026-P") and real not in numbers
    assert_converged(central, [a, b, c])


def test_an_erasure_reaches_every_laptop_first_and_the_server_refuses_revival(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    made = Clients(a.db, clock_module, built.counsellor).create(
        ClientInput("Zebulon", "Quixotewicz", phone="+32 499 12 34 56", email="zq@example.org"))
    quiet([a, b, c])
    with b.db.write() as s:              # b edits offline while a erases
        s.execute(text("UPDATE client SET interests = 'Quixotewicz wil bakker worden' WHERE id = :id"),
                  {"id": made.id.hex})
    Erasures(a.db, clock_module, built.coordinator).erase(made.id)
    a.sync.sync(built.coordinator)
    b.sync.sync()
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert row(laptop.db, "SELECT first_name, last_name, interests FROM client WHERE id = :id",
                   id=made.id.hex) == (None, None, None)
        raw = b"".join(Path(f"{laptop.db.path}{end}").read_bytes() for end in ("", "-wal")
                       if Path(f"{laptop.db.path}{end}").exists())
        assert b"Quixotewicz" not in raw and b"Zebulon" not in raw and b"12 34 56" not in raw
    server = rows_as(central.owner_url, None, f"SELECT first_name, interests FROM client WHERE id = '{made.id}'")
    assert server == [{"first_name": None, "interests": None}]
    kept = rows_as(central.owner_url, None, "SELECT result::text AS r FROM sync_applied_op")
    assert not any("Quixotewicz" in r["r"] for r in kept)          # no answer kept for replays holds them
    b.sync.sign_in()
    revive = b.sync._call("/v1/push", {"ops": [{"op": 10**9, "tbl": "client", "row_id": made.id.hex, "kind": "U",
                                                "old": {"first_name": None}, "new": {"first_name": "Zebulon"}}]})
    assert revive["results"][0]["status"] == "rejected" and revive["results"][0]["inbox"][0]["reason"] == "erased"
    assert revive["results"][0]["inbox"][0]["mine"] is None                # the refusal keeps no value
    assert_converged(central, [a, b, c])


ERASED_TEXTS = {      # what a person's free texts hold on the server once erased (see services/erasure.py's cleared)
    "option_considered": "SELECT course_id IS NULL AS typed, free_text, note FROM option_considered",
    "referral_out": "SELECT reason, loop_note FROM referral_out",
    "handover": "SELECT note FROM handover",
    "request_change": "SELECT reason FROM request_change",
    "contact": "SELECT summary, notes FROM contact",
    "learning_request": "SELECT topic, question FROM learning_request",
}


def erased_texts_on_the_server(central, request_id) -> dict[str, list]:
    return {table: sorted((tuple(r.values()) for r in rows_as(
        central.owner_url, None, f"{sql} WHERE {'id' if table == 'learning_request' else 'request_id'} = "
                                 f"'{request_id}'")), key=repr) for table, sql in ERASED_TEXTS.items()}


def test_a_person_with_every_kind_of_free_text_is_erased_on_the_server_and_every_laptop(
        office, central, clock_module) -> None:
    """An option typed as free text must hold a text on the server too (CHECK course_or_text): the service's
    erasure set it to NULL and failed. The laptop and the service erase by one rule (services/erasure.py's
    `cleared`): the typed words become "", the option stays; the reasons of a tier move and a reassignment go."""
    (a, b, c), built = office
    word = "Vrijtekstz"
    person = person_with_every_free_text(a.db, clock_module, built, word)
    quiet([a, b, c])
    Erasures(a.db, clock_module, built.coordinator).erase(person.client_id)
    a.sync.sync(built.coordinator)
    quiet([a, b, c])
    texts = erased_texts_on_the_server(central, person.request_id)
    assert texts["option_considered"] == sorted([(False, None, None), (True, "", None)], key=repr)
    assert texts["referral_out"] == [("", None)] and texts["handover"] == [(None,)]
    assert {r for (r,) in texts["request_change"]} == {None}
    assert {t for row in texts["contact"] + texts["learning_request"] for t in row} == {None}
    for laptop in (a, b, c):
        assert erased_bytes_left(laptop.db, [word]) == []
    assert not any(word in str(r) for table in ERASED_TEXTS for r in rows_as(
        central.owner_url, None, f'SELECT * FROM "{table}"'))
    assert_converged(central, [a, b, c])


def words_on_the_server(central, words: list[str]) -> list[str]:
    """The `words` anywhere in the central database: every table of it (the sync service's own too, such as the
    answers it keeps for replays), each row as text."""
    tables = [r["table_name"] for r in rows_as(central.owner_url, None, "SELECT table_name FROM "
              "information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")]
    found = set()
    for table in tables:
        for r in rows_as(central.owner_url, None, f'SELECT t::text AS line FROM "{table}" t'):
            found |= {word for word in words if word in r["line"]}
    return sorted(found)


def test_a_person_erased_before_the_laptop_s_first_sync_reaches_the_server_anonymised_and_whole(
        office, central, clock_module) -> None:
    """Made and erased on a laptop before it synced: the outbox still holds the inserts of every row, and the
    erasure takes the person's values out of them by the erasure's one rule, per table and column
    (store/erased.py). It stripped every column of a name in one list from every table instead: a contact's
    `status` (named like a client's social status), a referral's `reason` and a typed option's `free_text`, so
    the service refused those inserts (NOT NULL, CHECK course_or_text), the laptop's inbox got "rejected" items
    and the typed option left the laptop too."""
    (a, b, c), built = office
    word = "Ongesyncz"
    person = person_with_every_free_text(a.db, clock_module, built, word)
    Erasures(a.db, clock_module, built.coordinator).erase(person.client_id)
    refused_before = refused(a.db)
    assert a.sync.sync(built.coordinator).rejected == 0
    quiet([a, b, c])
    assert refused(a.db) == refused_before                    # no "rejected" item in the inbox
    assert_erased_whole(central, [a, b, c], person, word)
    assert_converged(central, [a, b, c])


def test_every_client_of_one_import_erased_before_the_first_sync_reaches_the_server(
        office, central, clock_module, tmp_path) -> None:
    """Keys made in one millisecond (an import) share their first hex digits. The trigger gave each erased
    client's waiting insert `X-` and those first digits, so the second client of an import clashed with the first
    on the service's unique dossier number; it now takes the key's last digits, as the row itself does
    (domain/numbers.py `erased_marker`)."""
    from sqlalchemy import select

    from leerwinkel_desk.services.registration.importer import RegistrationImport
    from leerwinkel_desk.store.models import Client

    (a, b, c), built = office
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_ref;first_name;last_name\r\n" + "".join(
        f"K-{n};Naam{n};Wisdom{n}\r\n" for n in range(9)), encoding="utf-8")
    assert RegistrationImport(a.db, clock_module, built.coordinator).import_folder(folder).errors == ()
    with a.db.read() as session:
        ids = sorted(session.scalars(select(Client.id).where(Client.last_name.like("Wisdom%"))))
    assert len({key.hex[:17] for key in ids}) < len(ids)          # made in one millisecond
    for client_id in ids:
        Erasures(a.db, clock_module, built.coordinator).erase(client_id)
    refused_before = refused(a.db)
    assert a.sync.sync(built.coordinator).rejected == 0
    quiet([a, b, c])
    assert refused(a.db) == refused_before
    assert erased_bytes_left(a.db, ["Wisdom"]) == [] and words_on_the_server(central, ["Wisdom"]) == []
    assert_converged(central, [a, b, c])


def refused(db) -> list[tuple]:
    """The laptop's inbox items of ops the service refused."""
    with db.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT id, tbl, row_id, reason FROM sync_inbox WHERE kind = 'rejected' ORDER BY id"))]


def assert_erased_whole(central, laptops: list[Laptop], person, word: str) -> None:
    """`person` (person_with_every_free_text) erased on the server and every laptop with every record kept:
    the texts emptied by the erasure's rule, `word` nowhere (decrypted pages, any central table)."""
    texts = erased_texts_on_the_server(central, person.request_id)
    assert texts["option_considered"] == sorted([(False, None, None), (True, "", None)], key=repr)
    assert texts["referral_out"] == [("", None)] and texts["handover"] == [(None,)]
    assert {r for (r,) in texts["request_change"]} == {None}
    assert {t for row in texts["contact"] + texts["learning_request"] for t in row} == {None}
    for laptop in laptops:
        assert row(laptop.db, "SELECT count(*) FROM option_considered WHERE request_id = :id AND free_text = ''",
                   id=person.request_id.hex)[0] == 1          # the typed option stays, its words erased
        assert row(laptop.db, "SELECT count(*) FROM referral_out WHERE request_id = :id AND reason = ''",
                   id=person.request_id.hex)[0] == 1
        assert row(laptop.db, "SELECT count(*) FROM contact WHERE request_id = :id AND status IS NOT NULL",
                   id=person.request_id.hex)[0] == 3          # the answer, the micro-contact, the session
        assert erased_bytes_left(laptop.db, [word, word.lower()]) == []
    assert words_on_the_server(central, [word, word.lower()]) == []


def scrub_of_0013(conn) -> str:
    """The erasure trigger as 0006 to 0013 made it: every column of these names removed from the inserts of the
    person's rows, whatever the table."""
    names = ("first_name", "last_name", "birth_date", "gender", "phone", "email", "street", "postcode",
             "municipality", "highest_qualification", "foreign_diploma", "status", "dutch_level",
             "personal_situation", "study_history", "practical_barriers", "support_network", "interests",
             "phone_key", "email_key", "import_ref", "name_key", "topic", "question", "summary", "notes",
             "import_key", "reason", "loop_note", "free_text", "note", "recipient_name")
    rows = person_rows(conn, synced_tables(conn))
    paths = ", ".join(f"'$.{c}'" for c in names)
    return f"""CREATE TRIGGER sync_scrub_erasure AFTER INSERT ON erasure BEGIN
          DELETE FROM sync_outbox WHERE kind = 'U' AND tbl NOT IN ('erasure', 'audit_event')
            AND row_id IN ({rows});
          UPDATE sync_outbox SET new = json_remove(new, {paths})
            WHERE kind = 'I' AND tbl NOT IN ('erasure', 'audit_event') AND row_id IN ({rows});
          UPDATE sync_outbox SET new = json_set(new, '$.dossier_no', 'X-' || substr(NEW.client_id, 1, 17),
                                                '$.name_key', '')
            WHERE kind = 'I' AND tbl = 'client' AND row_id = NEW.client_id;
          DELETE FROM sync_inbox WHERE row_id IN ({rows});
        END"""


def test_a_laptop_file_of_0013_with_pending_inserts_is_migrated_and_its_erased_people_reach_the_server_whole(
        office, central, service, clock_module, tmp_path) -> None:
    """A laptop still at 0013 (the old erasure trigger), with inserts waiting: those of a person it erased already
    (stripped by the old trigger) and those of one it erases after the upgrade. 0014 makes the trigger again and
    gives the stripped inserts their columns back from the rows the erasure emptied: the service takes them all."""
    (a, b, c), built = office
    d = joined_laptop(a, service, tmp_path / "d.db")
    with d.db.write() as session:
        conn = session.connection()
        conn.exec_driver_sql("DROP TRIGGER sync_scrub_erasure")
        conn.exec_driver_sql(scrub_of_0013(conn))
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
    erased_first = person_with_every_free_text(d.db, clock_module, built, "Oudtriggerz")
    Erasures(d.db, clock_module, built.coordinator).erase(erased_first.client_id)
    erased_after = person_with_every_free_text(d.db, clock_module, built, "Nieuwtriggerz")
    assert outbox_count(d.db) > 0
    assert (current_revision(d.db), upgrade(d.db, tmp_path / "backups").after) == ("0013", head_revision())
    Erasures(d.db, clock_module, built.coordinator).erase(erased_after.client_id)
    assert d.sync.sync(built.coordinator).rejected == 0
    quiet([a, b, c, d])
    assert refused(d.db) == []
    assert_erased_whole(central, [a, d], erased_first, "Oudtriggerz")
    assert_erased_whole(central, [a, d], erased_after, "Nieuwtriggerz")
    assert_converged(central, [a, b, c, d])
    d.sync.close()


def test_a_referral_for_diploma_recognition_to_naric_reaches_the_server_and_every_laptop(
        office, central, clock_module) -> None:
    """The new kind of partner (a recognition body: NARIC-Vlaanderen) and the new reasons (diplomagelijkschakeling,
    EVC/EVK) travel as any other value: the central PostgreSQL's CHECK takes the kind (0018), its column the reasons,
    and every laptop gets them back."""
    (a, b, c), built = office
    naric = SocialMap(a.db, clock_module, built.coordinator).add_partner(
        "NARIC-Vlaanderen", OrganisationType.RECOGNITION, "Brussel")
    _made, request = client_with_request(a, built, clock_module, "Rania", "Aldiplomi")
    referrals = Referrals(a.db, clock_module, built.counsellor)
    diploma = referrals.refer_out(request.id, naric.id, ReferralReason.DIPLOMA, "diploma verpleegkunde")
    evc = referrals.refer_out(request.id, built.school_id, ReferralReason.EVC, "ervaring als kapper")
    assert a.sync.sync(built.coordinator).rejected == 0
    quiet([a, b, c])
    assert refused(a.db) == []
    server = rows_as(central.owner_url, None, f"SELECT org_type FROM partner_organisation WHERE id = '{naric.id}'")
    assert server == [{"org_type": "recognition"}]
    server = rows_as(central.owner_url, None, "SELECT id, partner_id, reason_code FROM referral_out "
                                              f"WHERE request_id = '{request.id}' ORDER BY reason_code")
    assert [(r["id"], r["partner_id"], r["reason_code"]) for r in server] == [
        (diploma.id, naric.id, "diploma"), (evc.id, built.school_id, "evc")]
    for laptop in (b, c):
        assert tuple(row(laptop.db, "SELECT org_type FROM partner_organisation WHERE id = :id",
                         id=naric.id.hex)) == ("recognition",)
        assert {r.reason_code for r in Referrals(laptop.db, clock_module, built.counsellor).for_request(request.id)} \
            == {ReferralReason.DIPLOMA, ReferralReason.EVC}
    assert_converged(central, [a, b, c])
    # a laptop still on the previous app version pulls them as it can hold them (its CHECK refuses the kind, its
    # enum cannot read the reasons: one such row would stop its every pull); the current version pulls them whole
    wanted = {naric.id.hex, diploma.id.hex, evc.id.hex}
    assert pulled_values(c, PROTOCOL - 1, SCHEMA_PREVIOUS, wanted) == {
        naric.id.hex: "other", diploma.id.hex: "other", evc.id.hex: "other"}
    assert pulled_values(c, PROTOCOL, SCHEMA_HEAD, wanted) == {
        naric.id.hex: "recognition", diploma.id.hex: "diploma", evc.id.hex: "evc"}


def pulled_values(laptop: Laptop, protocol: int, schema: str, wanted: set[str]) -> dict[str, str]:
    """The partner kind or referral reason of the `wanted` rows in a whole pull, as a laptop of that app version
    is sent them (its file is not changed)."""
    client = SyncClient(laptop.db, protocol=protocol, schema=schema)
    try:
        client.sign_in()
        found, cursor = {}, None
        while True:
            page = client._page(cursor)
            for each in page["rows"]:
                if each["row_id"] in wanted and each["row"] is not None:
                    found[each["row_id"]] = each["row"].get("org_type") or each["row"].get("reason_code")
            if not page["more"]:
                return found
            cursor = page["cursor"]
    finally:
        client.close()


def test_an_erased_client_s_open_work_ends_on_the_server_and_every_laptop_also_an_intake_booked_offline(
        office, central, clock_module) -> None:
    """Erasure closes the client's open requests and cancels their booked sessions (services/erasure.py's
    `work_ended`). The server ends them by the same rule, so the pull does not open them again on the laptop
    that erased; a request opened offline on a laptop that had not heard of the erasure is closed when it
    arrives, so no list anywhere offers work on someone who is gone."""
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Griet", "Vannieuwenhuyze")
    with a.db.write() as s:
        open_again = s.get(LearningRequest, request.id)
        open_again.tier, open_again.phase, open_again.outcome, open_again.closed_on = (
            Tier.TRAJECTORY, Phase.TRAJECTORY, None, None)
    quiet([a, b, c])
    slot = Agenda(b.db, clock_module, built.counsellor).free_slots(local_today(clock_module) + timedelta(days=2))[0]
    booked = Dispatch(b.db, clock_module, built.counsellor).book_intake(   # b, offline, while a erases
        FirstContact(Channel.PHONE, "Nog een vraag", client_id=made.id), slot)
    Erasures(a.db, clock_module, built.coordinator).erase(made.id)
    a.sync.sync(built.coordinator)
    b.sync.sync()
    quiet([a, b, c])
    for laptop in (a, b, c):
        for each in (request, booked):
            assert tuple(row(laptop.db, "SELECT phase, outcome FROM learning_request WHERE id = :id",
                             id=each.id.hex)) == ("closed", "dropped_out")
            assert row(laptop.db, "SELECT count(*) FROM contact WHERE request_id = :id AND status = 'planned'",
                       id=each.id.hex)[0] == 0
    server = rows_as(central.owner_url, None, "SELECT r.phase, c.status FROM learning_request r LEFT JOIN contact c "
                                              f"ON c.request_id = r.id WHERE r.client_id = '{made.id}'")
    assert {r["phase"] for r in server} == {"closed"} and "planned" not in {r["status"] for r in server}
    assert_converged(central, [a, b, c])


def test_an_older_app_is_told_to_update_and_keeps_its_outbox_the_previous_one_still_syncs(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    Clients(c.db, clock_module, built.counsellor).create(ClientInput("Oud", "Versie"))
    waiting = outbox_count(c.db)
    older = SyncClient(c.db, protocol=PROTOCOL - 2)
    with pytest.raises(SyncRefused) as refused:
        older.sync()
    older.close()
    assert refused.value.code == "update_required" and outbox_count(c.db) == waiting
    previous = SyncClient(c.db, protocol=PROTOCOL - 1, schema=SCHEMA_PREVIOUS)
    previous.sync()
    previous.close()
    assert outbox_count(c.db) == 0
    quiet([a, b, c])
    assert_converged(central, [a, b, c])


def test_scope_no_row_of_another_office_on_a_laptop_or_for_the_service_role(office, central, service, tmp_path,
                                                                          clock_module) -> None:
    (a, b, c), built = office
    other, _ = first_laptop(central, service, tmp_path / "other.db", clock_module)
    Clients(other.db, clock_module, other.actor).create(ClientInput("Ander", "Kantoor"))
    other.sync.sync(other.actor)
    quiet([a, b, c])
    for laptop in (a, b, c):
        for table in pulled_tables():
            column = "id" if table == "office" else "office_id"
            with laptop.db.read() as s:
                offices = set(s.execute(text(f'SELECT DISTINCT {column} FROM "{table}"')).scalars())
            assert offices <= {built.coordinator.office_id.hex}, table
    for table in pulled_tables():
        column = "id" if table == "office" else "office_id"
        seen = rows_as(central.service_url, built.coordinator.office_id,
                       f'SELECT DISTINCT {column} AS o FROM "{table}"')
        assert {r["o"] for r in seen} <= {built.coordinator.office_id}, table
    other.sync.close()


def values(db, sql: str, **params: object) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def test_a_merge_travels_as_a_command_and_rows_made_elsewhere_under_the_duplicate_follow(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    duplicate, first_request = client_with_request(a, built, clock_module, "Mirela", "Dobrev")
    survivor = Clients(a.db, clock_module, built.counsellor).create(
        ClientInput("Mirela", "Dobreva", phone="+32 470 11 22 33"), duplicates_checked=True)
    quiet([a, b, c])
    numbers = dict(values(a.db, "SELECT id, dossier_no FROM client"))
    merge = ClientMerges(a.db, clock_module, built.coordinator).merge(survivor.id, duplicate.id)
    with a.db.read() as s:           # the merge waits as one command, not as the rows it moved here
        queued = s.execute(text("SELECT DISTINCT tbl FROM sync_outbox")).scalars().all()
    assert set(queued) == {"client_merge", "audit_event"}
    early = Dispatch(b.db, clock_module, built.counsellor).answer_now(        # b, offline, under the duplicate
        FirstContact(Channel.PHONE, "Avondschool?", client_id=duplicate.id), "Uitgelegd")
    consent = Consents(b.db, clock_module, built.counsellor).grant(
        duplicate.id, Recipient(built.school_id, built.study_counsellor_id), ConsentPurpose.WARM_HANDOVER,
        frozenset({DataItem.IDENTITY}), ConsentMethod.SPOKEN)
    late = Dispatch(c.db, clock_module, built.counsellor).answer_now(         # c, offline, under the duplicate
        FirstContact(Channel.PHONE, "Inschrijven?", client_id=duplicate.id), "Uitgelegd")
    b.sync.sync()                    # b's rows reach the service before the merge: the command moves them there
    a.sync.sync(built.coordinator)
    c.sync.sync()                    # c's row arrives after the merge: it follows merged_into_id
    quiet([a, b, c])
    requests = {first_request.id.hex, early.id.hex, late.id.hex}
    server = rows_as(central.owner_url, None, f"SELECT moved FROM client_merge WHERE id = '{merge.id}'")
    assert {r.replace("-", "") for r in server[0]["moved"]["learning_request"]} == requests
    for db in (a.db, b.db, c.db):
        assert tuple(row(db, "SELECT merged_into_id, dossier_no FROM client WHERE id = :id", id=duplicate.id.hex)) \
            == (survivor.id.hex, numbers[duplicate.id.hex])
        kept = row(db, "SELECT dossier_no FROM client WHERE id = :id", id=survivor.id.hex)[0]
        assert kept == numbers[survivor.id.hex]
        for table in ("learning_request", "consent", "letter"):     # nothing left under the duplicate
            assert row(db, f"SELECT count(*) FROM {table} WHERE client_id = :id", id=duplicate.id.hex)[0] == 0
        assert requests <= {r for (r,) in values(db, "SELECT id FROM learning_request WHERE client_id = :id",
                                                 id=survivor.id.hex)}
        assert row(db, "SELECT client_id FROM consent WHERE id = :id", id=consent.id.hex)[0] == survivor.id.hex
        assert row(db, "SELECT count(*) FROM contact WHERE request_id IN (:r1, :r2, :r3)", r1=first_request.id.hex,
                   r2=early.id.hex, r3=late.id.hex)[0] == 3
        assert tuple(row(db, "SELECT request_no FROM learning_request WHERE id = :id", id=late.id.hex)) == (
            late.request_no,)
    assert_converged(central, [a, b, c])

    ClientMerges(b.db, clock_module, built.coordinator).undo_merge(merge.id)   # the undo travels the same way
    quiet([a, b, c])
    for db in (a.db, b.db, c.db):
        assert row(db, "SELECT merged_into_id FROM client WHERE id = :id", id=duplicate.id.hex)[0] is None
        assert {r for (r,) in values(db, "SELECT id FROM learning_request WHERE client_id = :id",
                                     id=duplicate.id.hex)} == requests
    assert_converged(central, [a, b, c])


def test_the_service_refuses_a_phase_the_rules_forbid_and_a_handover_whose_consent_was_withdrawn(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, "Yasmina", "Tahiri")
    school = Recipient(built.school_id, built.study_counsellor_id)
    consent = Consents(a.db, clock_module, built.counsellor).grant(
        made.id, school, ConsentPurpose.WARM_HANDOVER, frozenset({DataItem.IDENTITY}), ConsentMethod.SPOKEN)
    quiet([a, b, c])
    with b.db.write() as s:              # b, offline: a closed request jumps to handover (no such transition)
        s.execute(text("UPDATE learning_request SET phase = 'handover' WHERE id = :id"), {"id": request.id.hex})
    handover = Handovers(b.db, clock_module, built.counsellor).hand_over(   # b, offline: allowed by b's copy
        request.id, school, HandoverMode.CALL, frozenset({DataItem.IDENTITY}))
    Consents(a.db, clock_module, built.counsellor).withdraw(consent.id)     # meanwhile a withdraws the consent
    a.sync.sync()
    b.sync.sync()
    refused = {(i.table, i.reason) for i in open_items(b.db) if i.kind == "rejected"}
    assert {("learning_request", "request.transition"), ("handover", "consent.missing")} <= refused
    quiet([a, b, c])
    for db in (a.db, b.db, c.db):
        assert row(db, "SELECT phase FROM learning_request WHERE id = :id", id=request.id.hex)[0] == "closed"
        assert row(db, "SELECT count(*) FROM handover WHERE id = :id", id=handover.id.hex)[0] == 0
    assert rows_as(central.owner_url, None, f"SELECT id FROM handover WHERE id = '{handover.id}'") == []
    Requests(c.db, clock_module, built.counsellor).reopen_for_aftercare(request.id)   # a step the rules allow
    settled_at(office, central, clock_module, request.id, "aftercare")


def settled_at(office, central, clock, request_id, phase: str) -> None:
    """After a step taken on c: every laptop has the request at `phase`; b takes the office's side of its inbox."""
    (a, b, c), _built = office
    quiet([a, b, c])
    for db in (a.db, b.db, c.db):
        assert row(db, "SELECT phase FROM learning_request WHERE id = :id", id=request_id.hex)[0] == phase
    for item in open_items(b.db):
        resolve(b.db, item.id, keep_mine=False, now=clock.now(), actor=b.actor)
    assert_converged(central, [a, b, c])


@pytest.mark.parametrize(("batch", "first", "last"), [(500, "Amira", "Benali"), (1, "Samir", "Haddad")])
def test_a_handover_the_service_refuses_takes_its_phase_change_with_it(office, central, clock_module, monkeypatch,
                                                                       batch: int, first: str, last: str) -> None:
    """In one batch, or (batch 1) each op of the act in a batch of its own: refused together."""
    (a, b, c), built = office
    made, request = client_with_request(a, built, clock_module, first, last)
    a.sync.sync()
    with psycopg.connect(libpq_url(central.owner_url)) as conn:      # the office's request, at its choice
        conn.execute("UPDATE learning_request SET tier = 'trajectory', phase = 'choice' WHERE id = %s", [request.id])
    school = Recipient(built.school_id, built.study_counsellor_id)
    consent = Consents(a.db, clock_module, built.counsellor).grant(
        made.id, school, ConsentPurpose.WARM_HANDOVER, frozenset({DataItem.IDENTITY}), ConsentMethod.SPOKEN)
    quiet([a, b, c])
    handover = Handovers(b.db, clock_module, built.counsellor).hand_over(   # b, offline: choice -> handover
        request.id, school, HandoverMode.CALL, frozenset({DataItem.IDENTITY}))
    Consents(a.db, clock_module, built.counsellor).withdraw(consent.id)     # meanwhile a withdraws the consent
    a.sync.sync()
    monkeypatch.setattr(sync_client, "BATCH", batch)
    b.sync.sync()
    monkeypatch.undo()
    refused = [(i.table, i.reason) for i in open_items(b.db) if i.kind == "rejected" and i.row_id != consent.id.hex]
    assert sorted(refused) == [("handover", "consent.missing"), ("learning_request", "consent.missing"),
                               ("request_change", "consent.missing")]
    quiet([a, b, c])
    for db in (a.db, b.db, c.db):                       # the act refused as a whole, everywhere
        assert row(db, "SELECT phase FROM learning_request WHERE id = :id", id=request.id.hex)[0] == "choice"
        assert row(db, "SELECT count(*) FROM handover WHERE id = :id", id=handover.id.hex)[0] == 0
        assert row(db, "SELECT count(*) FROM request_change WHERE request_id = :id AND new_value = 'handover'",
                   id=request.id.hex)[0] == 0
    assert rows_as(central.owner_url, None, f"SELECT phase FROM learning_request WHERE id = '{request.id}'"
                   ) == [{"phase": "choice"}]
    Requests(c.db, clock_module, built.counsellor).set_phase(request.id, Phase.HANDOVER)   # a step of its own
    settled_at(office, central, clock_module, request.id, "handover")


class Offline(httpx.BaseTransport):
    """No network: every request fails to connect."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline", request=request)


def test_at_sign_in_the_office_s_erasures_are_applied_before_any_sync_and_offline_sign_in_goes_on(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    made = Clients(a.db, clock_module, built.counsellor).create(
        ClientInput("Wendelina", "Brouckaert", phone="+32 471 98 76 54"))
    quiet([a, b, c])
    before = {db: tuple(row(db, "SELECT value FROM sync_state WHERE key = 'cursor'")) for db in (b.db, c.db)}
    Erasures(a.db, clock_module, built.coordinator).erase(made.id)
    a.sync.sync(built.coordinator)
    assert not erase_at_sign_in(c.db, built.counsellor.counsellor_id, transport=Offline())   # offline: goes on
    assert row(c.db, "SELECT last_name FROM client WHERE id = :id", id=made.id.hex)[0] == "Brouckaert"
    assert erase_at_sign_in(b.db, built.counsellor.counsellor_id)                  # b signs in, the service is up
    assert row(b.db, "SELECT first_name, last_name, phone FROM client WHERE id = :id", id=made.id.hex) == (
        None, None, None)
    raw = b"".join(Path(f"{b.db.path}{end}").read_bytes() for end in ("", "-wal")
                   if Path(f"{b.db.path}{end}").exists())
    assert b"Brouckaert" not in raw and b"Wendelina" not in raw and b"98 76 54" not in raw
    for db in (b.db, c.db):                                                         # no sync happened
        assert tuple(row(db, "SELECT value FROM sync_state WHERE key = 'cursor'")) == before[db]
    b.sync.sign_in(built.coordinator.counsellor_id)           # b syncs as the coordinator again (as before)
    c.sync.sign_in(built.coordinator.counsellor_id)
    quiet([a, b, c])
    assert_converged(central, [a, b, c])


def test_a_merge_the_service_refuses_lands_in_the_inbox_and_the_laptop_takes_the_office_s_merge(
        office, central, clock_module) -> None:
    (a, b, c), built = office
    duplicate, request = client_with_request(a, built, clock_module, "Bavo", "Claeys")
    one = Clients(a.db, clock_module, built.counsellor).create(ClientInput("Bavo", "Claes"), duplicates_checked=True)
    other = Clients(a.db, clock_module, built.counsellor).create(ClientInput("Bavo", "Claeijs"),
                                                               duplicates_checked=True)
    quiet([a, b, c])
    kept = ClientMerges(a.db, clock_module, built.coordinator).merge(one.id, duplicate.id)
    refused = ClientMerges(b.db, clock_module, built.coordinator).merge(other.id, duplicate.id)   # b, offline
    a.sync.sync(built.coordinator)
    b.sync.sync()
    assert [(i.table, i.reason) for i in open_items(b.db) if i.row_id == refused.id.hex] == [
        ("client_merge", "client.already_merged")]
    quiet([a, b, c])
    for db in (a.db, b.db, c.db):
        assert row(db, "SELECT merged_into_id FROM client WHERE id = :id", id=duplicate.id.hex)[0] == one.id.hex
        assert row(db, "SELECT client_id FROM learning_request WHERE id = :id", id=request.id.hex)[0] == one.id.hex
        assert row(db, "SELECT count(*) FROM client_merge WHERE id = :id", id=refused.id.hex)[0] == 0
        assert row(db, "SELECT count(*) FROM client_merge WHERE id = :id", id=kept.id.hex)[0] == 1
    for item in open_items(b.db):
        resolve(b.db, item.id, keep_mine=False, now=clock_module.now(), actor=b.actor)
    assert_converged(central, [a, b, c])


def test_an_offline_edit_of_a_duplicate_merged_meanwhile_follows_to_the_record_that_survived(
        office, central, clock_module) -> None:
    """c corrects the duplicate's phone and adds its e-mail offline while a merges the duplicate into the survivor:
    the e-mail the survivor lacked lands on it; the phone, which the survivor holds otherwise, waits in c's inbox
    against the survivor's (keep mine / take theirs); nothing lands on the hidden merged record."""
    (a, b, c), built = office
    survivor = Clients(a.db, clock_module, built.counsellor).create(
        ClientInput("Ruben", "Declercq", phone="+32 470 13 13 13"))
    duplicate = Clients(a.db, clock_module, built.counsellor).create(
        ClientInput("Ruben", "De Clercq", phone="+32 470 14 14 14"), duplicates_checked=True)
    quiet([a, b, c])
    Clients(c.db, clock_module, built.counsellor).update(duplicate.id, ClientInput(
        "Ruben", "De Clercq", phone="+32 470 99 99 99", email="ruben@example.org"), duplicates_checked=True)
    ClientMerges(a.db, clock_module, built.coordinator).merge(survivor.id, duplicate.id)
    a.sync.sync(built.coordinator)
    c.sync.sync()
    [item] = [i for i in open_items(c.db) if i.row_id in (survivor.id.hex, duplicate.id.hex)]
    assert (item.kind, item.reason, item.row_id, item.field, item.mine, item.theirs) == (
        "conflict", "merged", survivor.id.hex, "phone", "+32 470 99 99 99", "+32 470 13 13 13")
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert tuple(row(laptop.db, "SELECT phone, email, email_key FROM client WHERE id = :id",
                         id=survivor.id.hex)) == ("+32 470 13 13 13", "ruben@example.org", "ruben@example.org")
        assert tuple(row(laptop.db, "SELECT phone, email, merged_into_id FROM client WHERE id = :id",
                         id=duplicate.id.hex)) == ("+32 470 14 14 14", None, survivor.id.hex)
    resolve(c.db, item.id, keep_mine=True, now=clock_module.now(), actor=c.actor)
    quiet([a, b, c])
    for laptop in (a, b, c):
        assert tuple(row(laptop.db, "SELECT phone, phone_key FROM client WHERE id = :id", id=survivor.id.hex)) == (
            "+32 470 99 99 99", phone_key("+32 470 99 99 99"))
    assert_converged(central, [a, b, c])


def test_a_notice_for_a_laptop_goes_with_the_person_s_erasure(office, central, clock_module) -> None:
    """b's later phone replaced a's: a is to be told, but the client is erased before a syncs; the notice (a's
    value of theirs) leaves the server with the erasure, and a's inbox never holds it."""
    (a, b, c), built = office
    made = Clients(a.db, clock_module, built.counsellor).create(ClientInput("Xaveria", "Quintelier"))
    quiet([a, b, c])
    for laptop, phone in ((a, "+32 471 11 22 33"), (b, "+32 471 44 55 66")):
        Clients(laptop.db, clock_module, built.counsellor).update(made.id, ClientInput(
            "Xaveria", "Quintelier", phone=phone))
    a.sync.sync()
    b.sync.sync()
    waiting = f"SELECT count(*) AS n FROM sync_notice WHERE row_id = '{made.id}'"
    assert rows_as(central.owner_url, None, waiting) == [{"n": 1}]
    Erasures(b.db, clock_module, built.coordinator).erase(made.id)
    b.sync.sync(built.coordinator)
    assert rows_as(central.owner_url, None, waiting) == [{"n": 0}]
    a.sync.sync()
    assert inbox_rows(a.db, made.id.hex) == []
    b.sync.sign_in(built.coordinator.counsellor_id)
    quiet([a, b, c])
    assert_converged(central, [a, b, c])
