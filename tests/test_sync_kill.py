"""A laptop's sync process killed with SIGKILL after the service applied its push (before it heard the answer),
in the middle of applying a pull, and after some pages of a first sync: the next sync neither loses nor doubles
anything, the first sync goes on from where it stopped, and the file is sound. A pull that outlives its token
signs in again and goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jwt
import pytest
from sqlalchemy import text

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import rows_as
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.server.loopback import laptop
from sync_support import (  # noqa: F401
    Laptop,
    assert_converged,
    central,
    first_laptop,
    joined_laptop,
    kill_at_marker,
    laptop_rows,
    outbox_count,
    service,
)

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
def slow_apply(conn, rows, into, _apply=module.apply_page):
    _apply(conn, rows, into)
    marker.write_text("applying")
    time.sleep(600)                               # killed here: half a pull written, not committed
module.apply_page = slow_apply
db = open_sqlite(pathlib.Path(sys.argv[1]), bytes.fromhex(os.environ["LAPTOP_KEY"]))
sync = module.SyncClient(db, transport=Answered() if sys.argv[2] == "push" else None)
sync.sign_in()
sync.push() if sys.argv[2] == "push" else sync.pull()
"""


def kill_when(db_path: Path, key: bytes, where: str, marker: Path) -> None:
    kill_at_marker(subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), where, str(marker)],
                                    env={**os.environ, "LAPTOP_KEY": key.hex()}), marker, where, seconds=60)


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
    applied_now = rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_applied_op")[0]["n"]
    assert applied_now == applied + 1    # only the anchor b recorded once the answer came went up too
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


FIRST_SYNC_CHILD = """
import os, sys, time, pathlib
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.sync import client as module

marker, pages = pathlib.Path(sys.argv[2]), [0]
def slow_apply(conn, rows, into, _apply=module.apply_page):
    pages[0] += 1
    if pages[0] == 4:                                 # three pages committed, the fourth written, not committed
        _apply(conn, rows, into)
        marker.write_text("applying")
        time.sleep(600)
    return _apply(conn, rows, into)
module.apply_page = slow_apply
db = open_sqlite(pathlib.Path(sys.argv[1]), bytes.fromhex(os.environ["LAPTOP_KEY"]))
sync = module.SyncClient(db, page_rows=5)
sync.sign_in()
sync.pull()
"""


class Recording(httpx.HTTPTransport):
    """Keeps the cursor of every pull it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.cursors: list[object] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pull":
            self.cursors.append(json.loads(request.content)["cursor"])
        return super().handle_request(request)


def test_a_first_sync_killed_after_some_pages_resumes_where_it_stopped(central, service, tmp_path, clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    for first, last in (("Omar", "Haddad"), ("Ilse", "Peeters")):      # requests and contacts: the report counts them
        made = Clients(a.db, clock, built.counsellor).create(ClientInput(first, last), duplicates_checked=True)
        Dispatch(a.db, clock, built.counsellor).answer_now(
            FirstContact(Channel.PHONE, "Welke opleiding?", client_id=made.id), "Uitgelegd")
    a.sync.sync(built.coordinator)
    a.sync.sign_in(a.actor.counsellor_id)
    code = a.sync.new_code()
    path = tmp_path / "new.db"
    db = laptop(path)
    SyncClient(db, service.url).enrol(code, "new")
    key = db.key
    db.dispose()
    kill_at_marker(subprocess.Popen([sys.executable, "-c", FIRST_SYNC_CHILD, str(path), str(tmp_path / "marker")],
                                    env={**os.environ, "LAPTOP_KEY": key.hex()}),
                   tmp_path / "marker", "its fourth page", seconds=60)

    db = open_sqlite(path, key)
    assert state.status(db).incomplete                      # the office's data is not all here yet
    reached = json.loads(state.get(db, "full_pull") or "null")
    assert reached is not None and state.get(db, "cursor") is None
    assert 0 < sum(len(laptop_rows(db, t)) for t in pulled_tables()) <= 3 * 5 + 2   # three pages, not the fourth
    with db.read() as session:
        assert session.execute(text("SELECT muted FROM sync_mute")).scalar() == 0
    recording = Recording()
    resumed = Laptop(db, SyncClient(db, transport=recording, page_rows=5), a.actor)
    resumed.sync.sync()
    assert recording.cursors[0] == reached                  # on from where it stopped, not from the start
    assert None not in recording.cursors
    assert not state.status(db).incomplete and state.get(db, "full_pull") is None
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert session.execute(text("PRAGMA foreign_key_check")).first() is None
        # the report's figures, not kept page by page, were made at the finish: as a rebuild makes them
        assert report_figures.differences(session.connection()) == dict.fromkeys(report_figures._NOT_ZERO, 0)
        assert session.execute(text(f"SELECT count(*) FROM {report_figures.REQUESTS}")).scalar() == session.execute(
            text("SELECT count(*) FROM learning_request WHERE deleted_at IS NULL")).scalar() > 0
    client = next(c for c in laptop_rows(db, "client").values() if c["deleted_at"] is None and not c["merged_into_id"])
    assert client["id"] in [row.id.hex for row in Clients(db, clock, a.actor).search(client["last_name"])]
    assert_converged(central, [a, resumed])


def test_a_pull_that_outlives_its_token_signs_in_again_and_goes_on(central, service, tmp_path, clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db", page_rows=5)
    [Clients(a.db, clock, built.counsellor).create(ClientInput(f"Laat{i}", f"Token{i}"), duplicates_checked=True)
     for i in range(12)]
    a.sync.sync(built.coordinator)
    b.sync.sign_in()
    claims = jwt.decode(b.sync._token, options={"verify_signature": False})
    secret = bytes(rows_as(central.owner_url, None, "SELECT token_secret FROM sync_server WHERE id = 1")[0][
        "token_secret"])
    b.sync._token = jwt.encode({**claims, "exp": int(time.time()) - 60}, secret, algorithm="HS256")   # expired
    pulled, _ = b.sync.pull()
    assert pulled >= 12
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM client WHERE last_name LIKE 'Token%'")).scalar() == 12
    assert_converged(central, [a, b])
