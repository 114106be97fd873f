"""The client list's pages (`Clients.browse`): by name and then id, each page starting after the last row
of the one before (by key, not offset), the same read models as the rest of the register, and only the
office's live clients: no deleted, merged or erased client, nobody of another office."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from leerwinkel_desk.domain.enums import DutchLevel, SocialStatus
from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import ClientInput, ClientRow, Clients
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import create_office


def every_page(clients: Clients, size: int) -> list[ClientRow]:
    """The whole list as scrolling loads it: each page after the last row of the one before."""
    rows: list[ClientRow] = []
    while page := clients.browse(limit=size, after=rows[-1].list_key if rows else None):
        assert len(page) <= size
        rows += page
    return rows


def test_pages_by_key_go_through_equal_names_each_client_once_in_name_then_id_order(db, clock, coordinator) -> None:
    clients = Clients(db, clock, coordinator)
    made = [clients.create(ClientInput("Jan", "Peeters", birth_date=date(1980, 1, n + 1), phone="0470 11 22 33",
                                       status=SocialStatus.JOB_SEEKER, dutch_level=DutchLevel.B1),
                           duplicates_checked=True) for n in range(7)]
    made += [clients.create(ClientInput(first, last), duplicates_checked=True)
             for first, last in (("Ann", "Aerts"), ("Zoë", "Zeghers"), ("Jan", "Peeters-Claes"))]
    expected = sorted(made, key=lambda row: (row.name_key, row.id.hex))
    for size in (1, 3, 7, 100):                 # pages that end inside the seven equal names, and one page
        assert every_page(clients, size) == expected
    assert clients.browse(limit=3, after=expected[2].list_key) == expected[3:6]
    assert all(row == clients.get(row.id) for row in every_page(clients, 4))       # ids, dates, enums: typed
    first = every_page(clients, 4)[1]
    assert isinstance(first, ClientRow) and first.status is SocialStatus.JOB_SEEKER
    assert first.dutch_level is DutchLevel.B1 and first.birth_date.year == 1980


def test_only_the_offices_live_clients_are_listed(db, clock, coordinator) -> None:
    clients = Clients(db, clock, coordinator)
    kept, deleted, merged, erased, survivor = (
        clients.create(ClientInput(first, "Maes"), duplicates_checked=True)
        for first in ("Kees", "Dirk", "Mieke", "Erna", "Mieke"))
    with db.write() as session:
        session.execute(text("UPDATE client SET deleted_at = '2026-11-20 09:30:00' WHERE id = :id"),
                        {"id": deleted.id.hex})
    ClientMerges(db, clock, coordinator).merge(survivor.id, merged.id)
    Erasures(db, clock, coordinator).erase(erased.id)
    elsewhere = create_office(db, clock, "Leerwinkel Elders", "LWE", "elders", "Coördinator Elders")
    Clients(db, clock, elsewhere).create(ClientInput("Kees", "Maes"), duplicates_checked=True)
    assert {row.id for row in every_page(clients, 2)} == {kept.id, survivor.id}
    assert [row.first_name for row in every_page(Clients(db, clock, elsewhere), 2)] == ["Kees"]
