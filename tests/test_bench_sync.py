"""The sync scenarios `make bench` times (bench/sync_figures.py), run once at a small size on a real PostgreSQL
and real encrypted files: afterwards every laptop holds the server's rows, and each baseline wrote the same
rows as the app (no timings here)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import sync_figures as figures  # noqa: E402 - the bench folder is no package
from leerwinkel_desk.store.engine import open_sqlite  # noqa: E402
from leerwinkel_desk.sync.server.loopback import Central, Service, make_central, start_service, stop_service  # noqa: E402
from sync_support import laptop_rows, outbox_count, plain, server_rows  # noqa: E402

pytestmark = pytest.mark.postgres
CLIENTS, PENDING = 120, 40


@pytest.fixture(scope="module")
def loopback(postgres_url: str) -> Iterator[tuple[Central, Service]]:
    """A central database of this module's own (the demo office is seeded once per database)."""
    central = make_central(postgres_url)
    service = start_service(central.service_url)
    yield central, service
    stop_service(service)


@pytest.fixture(scope="module")
def office(loopback: tuple[Central, Service], tmp_path_factory: pytest.TempPathFactory) -> figures.Seeded:
    source, key = figures.demo_file(tmp_path_factory.mktemp("source"), CLIENTS)
    before = source.read_bytes()
    seeded = figures.seed_office(*loopback, source, key)
    assert source.read_bytes() == before                       # the source file is read, never written
    return seeded


def same_as_server(central: Central, office: figures.Seeded, db) -> None:
    for table in figures.ordered_tables():
        expected = server_rows(central, office.office_id, table)
        got = laptop_rows(db, table)
        assert set(got) == set(expected), table
        for key, values in expected.items():
            assert {k: plain(v) for k, v in got[key].items()} == {k: plain(v) for k, v in values.items()}, table


def test_a_first_sync_and_its_baseline_give_the_laptop_the_offices_rows(loopback, office, tmp_path) -> None:
    central, service = loopback
    machine = figures.fresh_laptop(central, service, office, tmp_path / "fresh.db")
    machine.sync.sync()
    same_as_server(central, office, machine.db)
    assert figures.count_rows(machine.db) >= office.rows - 1             # all but the audit event
    bare = figures.laptop(tmp_path / "bare.db")
    key = bare.key
    bare.dispose()
    assert figures.bare_pull(central, office.office_id, tmp_path / "bare.db", key) == figures.count_rows(machine.db)
    copied = open_sqlite(tmp_path / "bare.db", key)
    same_as_server(central, office, copied)
    assert outbox_count(copied) == 0                                     # capture stayed muted
    copied.dispose()
    taken, _peak, rows, refused = figures.first_sync(central, service, office, tmp_path, 2)   # as the bench runs it
    assert refused == "" and rows == figures.count_rows(machine.db) and taken > 0


def test_pending_changes_pushed_and_pulled_leave_both_laptops_equal_to_the_server(loopback, office, tmp_path) -> None:
    central, service = loopback
    a, b, _taken = figures.two_laptops(central, service, tmp_path, office)
    contacts = len(server_rows(central, office.office_id, "contact"))
    run = figures.pending_run(central, office, a, b, tmp_path, 1, PENDING)
    assert run.ops == PENDING and run.pulled == run.bare_pulled == PENDING
    a.sync.sync()
    for machine in (a, b):
        assert outbox_count(machine.db) == 0
        same_as_server(central, office, machine.db)
    new = len(server_rows(central, office.office_id, "contact")) - contacts
    assert new == PENDING                           # half of the ops new contacts, pushed by the app and the baseline
    edited = [row for row in server_rows(central, office.office_id, "client").values()
              if row["interests"] == "bench run 1"]
    assert len(edited) == PENDING // 4
