"""A laptop's `join` killed with SIGKILL at each step: while the service had not answered yet (it goes on and
registers the device after the laptop died), after the service registered the device but before the laptop kept
what it answered, in the middle of the office's first pull, and after the pull before the file was in its place.
Each time the half-made file is not where the app looks for its database (a half-pulled office never looks like a
complete copy), and running the same `join` again ends with one working laptop and no device left over on the
service: the laptop named its device before it asked, and the service takes the same device again as the same
join (sync/join.py, sync/server/devices.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import text

from leerwinkel_desk import cli
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.engine import close_all, open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.wire import STAMPS, enrolment_code_hash
from sync_support import (  # noqa: F401
    Laptop,
    central,
    first_laptop,
    kill_at_marker,
    laptop_rows,
    outbox_count,
    plain,
    server_rows,
    service,
)

pytestmark = pytest.mark.postgres
PASSPHRASE = "an leert elke dag iets bij in kortrijk"
SRC = str(Path(__file__).resolve().parents[1] / "src")

# The real command in a process of its own, stopped (to be killed) at `where`: "sending" (the enrolment request
# about to go out), "answered" (the service's answer read, nothing kept yet), "pulling" (the second page of the
# first pull written, not committed), "finishing" (the whole office pulled, the passphrase not yet given).
CHILD = """
import pathlib, sys, time
import httpx
from argon2 import PasswordHasher
from leerwinkel_desk import cli
from leerwinkel_desk.services import accounts
from leerwinkel_desk.store import keyring
from leerwinkel_desk.sync import client as module, join

accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)      # as the tests' own
keyring.KDF = {"type": "argon2id", "memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}
where, marker = sys.argv[1], pathlib.Path(sys.argv[2])

def stop():
    marker.write_text(where)
    time.sleep(600)

sent = httpx.HTTPTransport.handle_request
def handle(self, request):
    if request.url.path == "/v1/enrol" and where == "sending":
        marker.write_text(where)                  # the request goes out; the test holds the service back
    response = sent(self, request)
    if request.url.path == "/v1/enrol" and where == "answered":
        response.read()
        stop()
    return response
httpx.HTTPTransport.handle_request = handle

made = module.SyncClient.__init__
def small_pages(self, *args, **options):
    options.setdefault("page_rows", 5)
    made(self, *args, **options)
module.SyncClient.__init__ = small_pages

pages = [0]
apply = module.apply_page
def counted(conn, rows, into):
    pages[0] += 1
    done = apply(conn, rows, into)
    if where == "pulling" and pages[0] == 2:
        stop()
    return done
module.apply_page = counted

given = join.give_passphrase
def before_passphrase(*args, **kwargs):
    if where == "finishing":
        stop()
    return given(*args, **kwargs)
join.give_passphrase = before_passphrase

sys.exit(cli.run(cli.build_parser().parse_args(sys.argv[3:])))
"""


def join_args(laptop: Path, server: str, code: str) -> list[str]:
    return ["--db", str(laptop), "join", "--server", server, "--code", code, "--login", "an.peeters",
            "--name", laptop.stem]


def code_for(first: Laptop, login: str) -> str:
    first.sync.sign_in(first.actor.counsellor_id)  # type: ignore[attr-defined]
    return str(first.sync.new_code(login))


def devices(central, office_id) -> list[dict]:
    return rows_as(central.owner_url, None, f"SELECT * FROM sync_device WHERE office_id = '{office_id}' "
                                            "ORDER BY enrolled_at")


def files(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name) and p.is_file())


def killed_join(laptop: Path, server: str, code: str, where: str, marker: Path,
                holding: Callable[[], bool] = lambda: True) -> None:
    """`join` run in a child process and killed with SIGKILL once it reached `where` (and `holding`: the
    service waits for it)."""
    kill_at_marker(subprocess.Popen([sys.executable, "-c", CHILD, where, str(marker),
                                     *join_args(laptop, server, code)],
                                    env={**os.environ, "PYTHONPATH": SRC, "LEERWINKEL_NEW_PASSPHRASE": PASSPHRASE}),
                   marker, where, holding)


def join_again(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], laptop: Path, server: str,
               code: str, passphrase: str = PASSPHRASE) -> tuple[int, str, str]:
    monkeypatch.setenv("LEERWINKEL_NEW_PASSPHRASE", passphrase)
    done = cli.run(cli.build_parser().parse_args(join_args(laptop, server, code)))
    out, err = capsys.readouterr()
    return done, out, err


def assert_one_working_laptop(central, first: Laptop, office, laptop: Path, clock, passphrase: str) -> int:
    """The file in its place opens with An's passphrase and holds the office, also what the first laptop wrote
    after; it syncs; the service knows it as one device whose join finished, beside the first laptop, and
    nothing else. Returns the rows it holds."""
    close_all()
    location = Location.of(laptop)
    db = location.open(location.key_ring().unlock("an.peeters", passphrase))
    an = sign_in(db, clock, "an.peeters", passphrase).actor
    joined = Laptop(db, SyncClient(db), an)
    joined.sync.sync(an)
    Clients(first.db, clock, office.coordinator).create(ClientInput("Na", "Aansluiten"), duplicates_checked=True)
    first.sync.sync(first.actor)  # type: ignore[attr-defined]
    joined.sync.sync(an)
    assert [c.first_name for c in Clients(db, clock, an).search("Aansluiten")] == ["Na"]
    known = devices(central, office.coordinator.office_id)
    assert [d["name"] for d in known] == [first.db.path.stem, laptop.stem], known
    assert all(d["joined_at"] is not None and d["revoked_at"] is None for d in known), known
    held = 0
    for table in pulled_tables():             # the office whole: every row, as the service has it
        expected, got = server_rows(central, an.office_id, table), laptop_rows(db, table)
        assert set(got) == set(expected), table
        for key, values in expected.items():
            kept_here = STAMPS if table == "counsellor" else set()   # An's passphrase: its stamps stay local
            assert ({k: plain(v) for k, v in got[key].items() if k not in kept_here}
                    == {k: plain(v) for k, v in values.items() if k not in kept_here}), table
        held += len(got)
    assert outbox_count(db) == 0
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    joined.sync.close()
    db.dispose()
    return held


HELD_AFTER = {        # what the half-made file keeps of the join at each kill (its sync_state keys)
    "sending": {"joining", "enrolling"},                         # the device named and its key, before asking
    "answered": {"joining", "enrolling"},                        # the answer never kept: asked again, same device
    "pulling": {"joining", "device_id", "join_unconfirmed", "full_pull"},     # enrolled, one page of five kept
    "finishing": {"joining", "device_id", "join_unconfirmed", "cursor"},      # the office all here
}


def held_in_half_made_file(laptop: Path) -> set[str]:
    building = laptop.with_name(laptop.name + ".partial")
    db = open_sqlite(building, KeyRing.load(building).unlock("an.peeters", PASSPHRASE))
    with db.read() as session:
        keys = set(session.execute(text("SELECT key FROM sync_state")).scalars())
    db.dispose()
    close_all()
    return keys & {"joining", "enrolling", "device_id", "join_unconfirmed", "full_pull", "cursor"}


@contextmanager
def service_held_back(central, code: str) -> Iterator[Callable[[], bool]]:
    """The code's row locked, so the service's enrolment waits for it; yields whether one waits. Let go, the
    service goes on and registers the device, whoever still listens."""
    lock = psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row)
    try:
        lock.execute("SELECT 1 FROM sync_enrolment WHERE code_hash = %s FOR UPDATE",
                     [enrolment_code_hash(code, "an.peeters")])
        yield lambda: bool(rows_as(central.owner_url, None, "SELECT count(*) AS n FROM pg_stat_activity WHERE "
                                                            "wait_event_type = 'Lock' AND datname = current_database()"
                                   )[0]["n"])
    finally:
        lock.rollback()
        lock.close()


@pytest.mark.parametrize("where", ["sending", "answered", "pulling", "finishing"])
def test_a_join_killed_at_each_step_is_run_again_to_one_working_laptop(central, service, tmp_path, clock,
                                                                        monkeypatch, capsys, where) -> None:
    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    for i in range(12):                                # more than two pages of five for the first pull
        Clients(first.db, clock, office.counsellor).create(ClientInput(f"Klant{i}", f"Kantoor{i}"),
                                                           duplicates_checked=True)
    first.sync.sync(first.actor)
    code = code_for(first, "an.peeters")
    laptop = tmp_path / "an.db"
    if where == "sending":          # the service waits for the code's row while the laptop dies, then goes on
        with service_held_back(central, code) as waiting:
            killed_join(laptop, service.url, code, where, tmp_path / "marker", waiting)
    else:
        killed_join(laptop, service.url, code, where, tmp_path / "marker")
    for _ in range(200):             # the service finishes the enrolment the laptop no longer waits for
        if rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_enrolment WHERE used_at IS NOT NULL "
                                            f"AND code_hash = '{enrolment_code_hash(code, 'an.peeters')}'")[0]["n"]:
            break
        time.sleep(0.05)

    assert not laptop.exists()                   # what the app opens is not there: no half office to sign in to
    ghost = [d for d in devices(central, office.coordinator.office_id) if d["name"] == laptop.stem]
    assert len(ghost) == 1 and ghost[0]["joined_at"] is None, ghost      # the service: one join, not finished
    assert held_in_half_made_file(laptop) == HELD_AFTER[where]

    done, out, err = join_again(monkeypatch, capsys, laptop, service.url, code)
    assert done == 0 and out.startswith("joined the office"), (where, err)
    assert files(tmp_path, "an.db") == ["an.db", "an.db.keys.json"]
    received = int(out.split(": ", 1)[1].split(" rows")[0])
    held = assert_one_working_laptop(central, first, office, laptop, clock, PASSPHRASE)
    if where == "pulling":        # the first pull went on from where it stopped: its first page of five was kept
        assert received <= held - 1 - 5, (received, held)                  # (one client came after the join)
    if where == "finishing":
        assert received == 0

