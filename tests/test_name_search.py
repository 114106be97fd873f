"""Search as you type through the word index (migration 0008): what is typed begins a word of the name,
whole words first, a word inside a name after; the index holds only live clients and follows every
write path (services, raw SQL, merge, erasure, a sync pull), is filled when a file is upgraded, and
never goes to the sync outbox."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import Database, close_all, open_sqlite
from leerwinkel_desk.store.migrations import DEFAULT_SCRIPT_LOCATION, SCHEMA_HEAD, current_revision, upgrade
from leerwinkel_desk.store.sync_capture import is_synced, start_capture
from sync_support import central, first_laptop, joined_laptop, quiet, service  # noqa: F401

PEOPLE = [("Berghe", "Claes"), ("Els", "De Berghe"), ("An", "Vandenberghe"), ("Jana", "Bergmans"),
          ("Jan", "Peeters"), ("Öznur", "Öztürk")]


def words_of(db: Database, client_id: uuid.UUID) -> list[str]:
    with db.read() as session:
        return list(session.scalars(text("SELECT entry FROM client_name_word WHERE client_id = :id ORDER BY entry"),
                                    {"id": client_id.hex}))


def found(clients: Clients, typed: str, **page: int) -> list[str]:
    return [f"{row.first_name} {row.last_name}" for row in clients.search(typed, **page)]


def raw_update(db: Database, client_id: uuid.UUID, assignments: str) -> None:
    with db.write() as session:
        session.execute(text(f"UPDATE client SET {assignments} WHERE id = :id"), {"id": client_id.hex})


def test_what_is_typed_begins_a_word_whole_words_first_then_a_word_inside_a_name(db, clock, coordinator) -> None:
    clients = Clients(db, clock, coordinator)
    for first, last in PEOPLE:
        clients.create(ClientInput(first, last), duplicates_checked=True)
    # the name from a word on, in the index's order (`berghe claes` < `berghe deberghe`), then inside a word
    assert found(clients, "berghe") == ["Berghe Claes", "Els De Berghe", "An Vandenberghe"]
    assert found(clients, "Berg") == ["Berghe Claes", "Els De Berghe", "Jana Bergmans", "An Vandenberghe"]
    assert found(clients, "berg", limit=2, offset=2) == ["Jana Bergmans", "An Vandenberghe"]
    assert found(clients, "de") == ["Els De Berghe"]            # once, though two of its words begin so
    assert found(clients, "ÖZT") == found(clients, "ozt") == found(clients, "oznur oz") == ["Öznur Öztürk"]
    assert found(clients, "peeters jan") == found(clients, "pee j") == ["Jan Peeters"]      # any order
    assert found(clients, "j") == ["Jan Peeters", "Jana Bergmans"]
    assert found(clients, "ergman") == ["Jana Bergmans"]        # inside a word, from three letters on
    assert found(clients, "rg") == []


def test_a_letter_typed_on_lists_what_a_new_search_lists_and_is_answered_from_the_list_before(
        db, clock, coordinator) -> None:
    """Typing on, a letter that cannot change a full page of the word index is answered from the page
    before (`Listed.narrowed`); every letter, typed or taken back, lists what a search of its own lists."""
    clients = Clients(db, clock, coordinator)
    for n in range(24):
        clients.create(ClientInput(f"Voornaam{n:02d}", "Peeters"), duplicates_checked=True)
    for n in range(5):
        clients.create(ClientInput(f"Ander{n}", "Peetermans"), duplicates_checked=True)
    for first, last in (("Jan", "Peeters"), ("Peter", "Claes"), ("Els", "Pee"), ("Mia", "Van Peeterssen")):
        clients.create(ClientInput(first, last), duplicates_checked=True)
    gone = clients.create(ClientInput("Aaron", "Peeters"), duplicates_checked=True)
    raw_update(db, gone.id, "deleted_at = '2026-01-01 00:00:00'")
    typed = ["p", "pe", "pee", "peet", "peete", "peeter", "peeters", "peeters ", "peeters j", "peeters ja",
             "peeters j", "peeters", "peet", "peeterm", "peetermans", "peeters", "peeters2", "pee@"]
    before, answered_from_before = None, []
    for text_ in typed:
        listed = clients.listed(text_, 20, before=before)
        assert listed.rows == clients.search(text_, 20), text_
        answered_from_before.append(before is not None and listed.rows is before.rows)
        before = listed
    # the page of "p" is Els Pee, the Peetermans and Peeters: each begins with "pe" and "pee"; the page of "peet"
    # with "peete" and "peeter"; "peeters" needs a query (the Peetermans go), its space does not; never a
    # letter taken back, nor words that find fewer than a page, nor a digit or an "@"
    assert [t for t, b in zip(typed, answered_from_before, strict=True) if b] == \
        ["pe", "pee", "peete", "peeter", "peeters "]


def test_the_index_holds_live_clients_and_follows_raw_sql_merges_and_erasure(db, clock, coordinator) -> None:
    clients = Clients(db, clock, coordinator)
    person = clients.create(ClientInput("Qwyx", "Anamander"))
    assert words_of(db, person.id) == ["anamander", "qwyx anamander"]
    raw_update(db, person.id, "name_key = 'zorro de la vega delavega'")           # no service in between
    assert words_of(db, person.id) == ["de la vega delavega", "delavega", "la vega delavega", "vega delavega",
                                       "zorro de la vega delavega"]
    assert [r.id for r in clients.search("zorro")] == [person.id] and clients.search("qwyx") == []
    assert [r.id for r in clients.search("la veg")] == [person.id]
    raw_update(db, person.id, "deleted_at = '2026-11-20 09:30:00'")
    assert words_of(db, person.id) == [] and clients.search("zorro") == []
    raw_update(db, person.id, "deleted_at = NULL")
    assert [r.id for r in clients.search("zorro")] == [person.id]

    keep = clients.create(ClientInput("Céline", "Du Bois"))
    duplicate = clients.create(ClientInput("Celine", "Dubois"), duplicates_checked=True)
    merge = ClientMerges(db, clock, coordinator).merge(keep.id, duplicate.id)
    assert words_of(db, duplicate.id) == []
    assert [r.id for r in clients.search("celine dub")] == [keep.id]            # the surviving dossier
    ClientMerges(db, clock, coordinator).undo_merge(merge.id)
    assert {r.id for r in clients.search("celine dub")} == {keep.id, duplicate.id}

    Erasures(db, clock, coordinator).erase(keep.id)
    assert words_of(db, keep.id) == [] and [r.id for r in clients.search("celine")] == [duplicate.id]
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM client_name_word WHERE name_key LIKE '%bois %'")) == 0


def test_the_word_index_is_never_captured_for_sync(db, clock) -> None:
    with db.write() as session:
        start_capture(session.connection())
    coordinator = create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    made = Clients(db, clock, coordinator).create(ClientInput("Lan", "Nguyen"))
    raw_update(db, made.id, "name_key = 'lan nguyen thi'")
    with db.read() as session:
        tables = set(session.scalars(text("SELECT DISTINCT tbl FROM sync_outbox")))
    assert "client" in tables and not any(t.startswith("client_name") for t in tables)
    assert not is_synced("client_name_word") and words_of(db, made.id) == ["lan nguyen thi", "nguyen thi", "thi"]


def test_an_upgraded_file_gets_the_words_of_its_live_clients(tmp_path: Path, clock) -> None:
    before = tmp_path / "migrations-0007"
    shutil.copytree(DEFAULT_SCRIPT_LOCATION, before, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (before / "versions").glob("00*.py"):
        if later.name >= "0008":
            later.unlink()
    old = open_sqlite(tmp_path / "leerwinkel.db")
    upgrade(old, None, str(before))
    assert current_revision(old) == "0007"
    coordinator = create_office(old, clock, "Leerwinkel Oud", "LWO", "coord", "Coördinator")
    clients = Clients(old, clock, coordinator)
    live, gone = (clients.create(ClientInput(first, last), duplicates_checked=True)
                  for first, last in (("Jan", "Van Damme"), ("Piet", "Van Dammen")))
    raw_update(old, gone.id, "deleted_at = '2026-11-20 09:30:00'")
    upgrade(old, tmp_path / "backups")
    assert current_revision(old) == SCHEMA_HEAD
    assert words_of(old, live.id) == ["damme vandamme", "jan van damme vandamme", "van damme vandamme",
                                      "vandamme"]
    assert words_of(old, gone.id) == [] and [r.id for r in clients.search("van dam")] == [live.id]
    old.dispose()


@pytest.mark.postgres
def test_names_pulled_by_sync_are_found_and_a_renamed_or_erased_name_no_more(central, service, tmp_path,
                                                                           clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = Clients(a.db, clock, built.counsellor).create(ClientInput("Zebulon", "Quixotewicz"))
    quiet([a, b])
    on_b = Clients(b.db, clock, built.counsellor)
    assert [r.id for r in on_b.search("quix")] == [made.id]                     # written by the pull, muted
    Clients(a.db, clock, built.counsellor).update(made.id, ClientInput("Zebulon", "Xanthopoulos"))
    quiet([a, b])
    assert on_b.search("quix") == [] and [r.id for r in on_b.search("xant")] == [made.id]
    Erasures(a.db, clock, built.coordinator).erase(made.id)
    a.sync.sync(built.coordinator)
    quiet([a, b])
    assert on_b.search("xant") == [] and on_b.search("zebulon") == [] and words_of(b.db, made.id) == []
    for laptop in (a, b):
        laptop.sync.close()
    close_all()
