"""The regional monitoring report on the central PostgreSQL: two offices' demo data synced in by their first
laptops, then `report --database` as a region reader gives each office exactly its laptop's report; the
region reader reads every office but cannot write, nor read the service's tables or who a person is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from leerwinkel_desk.demo import create_demo_database
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.offices import default_actor, find_office
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import add_region_reader, administrator_code, libpq_url, set_up
from sync_support import central, first_laptop, service  # noqa: F401

pytestmark = pytest.mark.postgres
START, END = date(2025, 11, 1), date(2026, 10, 31)
CLIENTS = 60


def office_laptop(central, service, folder: Path, seed: int, code: str) -> Database:
    """A demo office's file (its own code), enrolled as the office's first laptop and synced: all its rows go up."""
    path = folder / f"{code}.db"
    create_demo_database(Location.of(path), clients=CLIENTS, seed=seed, until=date(2026, 11, 1))
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", DEMO_PASSPHRASE))
    with db.write() as session:
        session.execute(text("UPDATE office SET code = :code"), {"code": code})
    sync = SyncClient(db, service.url)
    sync.enrol(administrator_code(central.owner_url, code), code)
    office_id = find_office(db)
    assert office_id is not None
    result = sync.sync(default_actor(db, office_id))
    assert result.rejected == 0 and sync.pending() == 0
    sync.close()
    return db


def laptop_report(db: Database) -> dict:
    office_id = find_office(db)
    assert office_id is not None
    return Monitoring(db, SystemClock(), default_actor(db, office_id)).report(ReportFilter(START, END)).to_json_dict()


def report_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "report", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ)


def test_the_region_report_gives_each_office_its_laptops_figures(central, service, tmp_path) -> None:
    laptops = {code: office_laptop(central, service, tmp_path, seed, code) for seed, code in ((1, "RGA"), (2, "RGB"))}
    expected = {code: laptop_report(db) for code, db in laptops.items()}
    assert all(report["requests"]["total"] > 0 for report in expected.values())
    assert expected["RGA"] != expected["RGB"]
    made = subprocess.run([sys.executable, "-m", "leerwinkel_desk", "serve", "--database", central.owner_url,
                           "--region-reader", "region_west"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LEERWINKEL_READER_PASSWORD": "region-secret"})
    assert made.returncode == 0 and "report --database" in made.stdout and "region-secret" not in made.stdout
    reader = make_url(central.owner_url).set(username="region_west", password="region-secret").render_as_string(
        hide_password=False)

    made = report_command("--database", reader, "--from", START.isoformat(), "--to", END.isoformat())
    assert made.returncode == 0, made.stderr
    found = {report["extras"]["filters"]["office"]: report for report in json.loads(made.stdout)}
    assert {"RGA", "RGB"} <= set(found)                        # other tests' offices may be there too
    for code, report in expected.items():
        assert found[code] == report, code

    one = report_command("--database", reader, "--office", "rgb", "--from", START.isoformat(), "--to", END.isoformat())
    assert one.returncode == 0 and json.loads(one.stdout) == [expected["RGB"]], one.stderr
    unknown = report_command("--database", reader, "--office", "NOPE", "--from", START.isoformat(),
                             "--to", END.isoformat())
    assert unknown.returncode == 1 and unknown.stderr.startswith("error: ") and "Traceback" not in unknown.stderr
    xlsx = report_command("--database", reader, "--office", "RGA", "--from", START.isoformat(), "--to",
                          END.isoformat(), "--format", "xlsx", "-o", str(tmp_path / "region.xlsx"))
    assert xlsx.returncode == 0 and (tmp_path / "region-RGA.xlsx").stat().st_size > 0, xlsx.stderr
    for db in laptops.values():
        db.dispose()


def test_a_region_reader_reads_every_office_and_nothing_else(central, service, tmp_path, clock) -> None:
    reader = add_region_reader(central.owner_url, "region_east", "region-secret")
    with psycopg.connect(libpq_url(reader)) as conn:
        conn.execute("SELECT id, office_id, birth_date, status FROM client").fetchall()    # what the report counts
        for forbidden in ("SELECT last_name FROM client", "SELECT token_secret FROM sync_server",
                          "SELECT * FROM sync_applied_op", "SELECT summary FROM contact",
                          "UPDATE office SET name = 'x'", "DELETE FROM contact"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forbidden)
            conn.rollback()
    first_laptop(central, service, tmp_path / "office.db", clock)       # at least one office on the server
    with psycopg.connect(libpq_url(central.owner_url)) as owner:
        every = owner.execute("SELECT count(*), count(DISTINCT office_id) FROM counsellor").fetchone()
    with psycopg.connect(libpq_url(reader)) as conn:          # every office, not the one of `app.office_id`
        assert conn.execute("SELECT count(*), count(DISTINCT office_id) FROM counsellor").fetchone() == every
    with psycopg.connect(libpq_url(central.service_url)) as conn:     # the service role gained nothing from it
        assert conn.execute("SELECT count(*) FROM counsellor").fetchone()[0] == 0


def test_setting_up_again_after_an_upgrade_gives_region_readers_what_it_added(central, service, tmp_path,
                                                                              clock) -> None:
    """A migration's new table has row-level security and no policy for a reader made before it: the reader
    would see it empty, silently. `serve --set-up`, run after every upgrade, gives readers it again."""
    reader = add_region_reader(central.owner_url, "region_north", "region-secret")
    first_laptop(central, service, tmp_path / "office.db", clock)
    with psycopg.connect(libpq_url(central.owner_url)) as owner:      # as a table the reader never had
        every = owner.execute("SELECT count(*) FROM learning_request").fetchone()[0]
        owner.execute("REVOKE ALL ON learning_request FROM region_north")
        owner.execute("DROP POLICY region_read_region_north ON learning_request")
    assert every > 0
    with psycopg.connect(libpq_url(reader)) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM learning_request")
    set_up(central.owner_url, central.role, "service-secret")
    with psycopg.connect(libpq_url(reader)) as conn:                  # its password kept, the table back
        assert conn.execute("SELECT count(*) FROM learning_request").fetchone()[0] == every
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT summary FROM contact")


@pytest.mark.parametrize("command", [
    ["serve", "--database", "postgresql://x@/y"],
    ["device", "enrol", "--database", "postgresql://x@/y", "--office", "LWK"],
    ["report", "--database", "postgresql://x@/y", "--from", "2026-01-01", "--to", "2026-12-31"],
])
def test_without_the_central_extra_the_central_commands_say_how_to_install_it(command: list[str]) -> None:
    """As in the installed app, which leaves out psycopg, FastAPI, uvicorn and PyJWT (installers/pyinstaller)."""
    missing = ("import runpy, sys\n"
               "for name in ('psycopg', 'fastapi', 'uvicorn', 'jwt'): sys.modules[name] = None\n"
               f"sys.argv = ['leerwinkel-desk', *{command!r}]\n"
               "runpy.run_module('leerwinkel_desk', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", missing], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "error: the central side (sync service, central database) is not part of this installation; "
        "install it with pip install 'leerwinkel-desk[central]'")
