"""A laptop's sync process killed with SIGKILL after the service applied its push (before it heard the answer),
and in the middle of applying a pull: the next sync neither loses nor doubles anything and the file is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import rows_as
from sync_support import assert_converged, central, first_laptop, joined_laptop, outbox_count, service  # noqa: F401

pytestmark = pytest.mark.postgres

CHILD = """
import os, sys, time, pathlib
import httpx
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.sync import client as module

marker = pathlib.Path(sys.argv[3])
class Answered(httpx.HTTPTransport):
    def handle_request(self, request):
        response = super().handle_request(request)
        if request.url.path == "/v1/push":
            response.read()
            marker.write_text("pushed")
            time.sleep(600)                       # killed here: the service committed, the laptop never heard
        return response
def slow_apply(conn, table, row_id, values, _apply=module.apply_row):
    _apply(conn, table, row_id, values)
    marker.write_text("applying")
    time.sleep(600)                               # killed here: half a pull written, not committed
module.apply_row = slow_apply
db = open_sqlite(pathlib.Path(sys.argv[1]), bytes.fromhex(os.environ["LAPTOP_KEY"]))
sync = module.SyncClient(db, transport=Answered() if sys.argv[2] == "push" else None)
sync.sign_in()
sync.push() if sys.argv[2] == "push" else sync.pull()
"""


def kill_when(db_path: Path, key: bytes, where: str, marker: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), where, str(marker)],
                             env={**os.environ, "LAPTOP_KEY": key.hex()})
    try:
        for _ in range(1200):
            if marker.exists() or child.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), f"the child never reached {where}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    marker.unlink()


def test_killed_after_the_push_was_applied_and_in_the_middle_of_a_pull(central, service, tmp_path, clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = [Clients(b.db, clock, built.counsellor).create(ClientInput(f"Gedood{i}", f"Nummer{i}"),
                                                           duplicates_checked=True) for i in range(3)]
    waiting = outbox_count(b.db)
    key, path = b.db.key, b.db.path
    b.sync.close()
    b.db.dispose()
    kill_when(path, key, "push", tmp_path / "marker")
    applied = rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_applied_op")[0]["n"]
    b.db = open_sqlite(path, key)
    assert outbox_count(b.db) == waiting                       # nothing was taken off before the answer
    b.sync = SyncClient(b.db)
    b.sync.sync()
    assert outbox_count(b.db) == 0
    assert rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_applied_op")[0]["n"] == applied
    ids = ",".join(f"'{m.id}'" for m in made)
    assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id IN ({ids})")[0]["n"] == 3

    more = [Clients(a.db, clock, built.counsellor).create(ClientInput(f"Half{i}", f"Binnen{i}"),
                                                           duplicates_checked=True) for i in range(4)]
    a.sync.sync(built.coordinator)
    with b.db.read() as session:
        cursor = session.execute(text("SELECT value FROM sync_state WHERE key = 'cursor'")).scalar()
    b.sync.close()
    b.db.dispose()
    kill_when(path, key, "pull", tmp_path / "marker")
    b.db = open_sqlite(path, key)
    with b.db.read() as session:
        assert session.execute(text("SELECT value FROM sync_state WHERE key = 'cursor'")).scalar() == cursor
        assert session.execute(text("SELECT count(*) FROM client WHERE last_name LIKE 'Binnen%'")).scalar() == 0
        assert session.execute(text("SELECT muted FROM sync_mute")).scalar() == 0
    b.sync = SyncClient(b.db)
    b.sync.sync()
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM client WHERE last_name LIKE 'Binnen%'")).scalar() == len(more)
    a.sync.sync(built.coordinator)
    b.sync.sync()
    assert_converged(central, [a, b])
