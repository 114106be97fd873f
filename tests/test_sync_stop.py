"""A sync stopped while the service hangs (sync/stop.py, the desk closing): it ends within moments, not after the 60
seconds of its request, and leaves the laptop as a sync the network failed does: a push not acknowledged stays
queued and goes up whole at the next sync (answered from what the service recorded when it had applied it), an
incremental pull stopped between its pages keeps none of them. Against the service on 127.0.0.1, a real PostgreSQL
and real SQLCipher laptops, with a relay in front of the service that holds one request without an answer."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import text

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.sync_capture import synced_tables
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import SIGN_IN_ANSWER_SECONDS, Stopped, SyncClient, erase_at_sign_in, local_digest
from leerwinkel_desk.sync.server.admin import rows_as
from leerwinkel_desk.sync.stop import SyncStop
from sync_support import HangingService, central, first_laptop, joined_laptop, outbox_count, service  # noqa: F401

pytestmark = pytest.mark.postgres
STOPPED_WITHIN = 5.0        # seconds; the request itself would wait 60


def stopped_while_hanging(hanging: HangingService, start: Callable[[SyncClient], object], db, **options: object
                          ) -> tuple[BaseException | None, float]:
    """`start(client)` on a thread of its own through `hanging`, the stop set once a request hangs there: what the
    sync raised and how long it took to end after the stop (its request's thread ended soon after)."""
    stop = SyncStop()
    stopped = SyncClient(db, hanging.url, stop=stop, **options)  # type: ignore[arg-type]
    raised: list[BaseException | None] = []

    def run() -> None:
        try:
            start(stopped)
            raised.append(None)
        except BaseException as error:
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    assert hanging.hung.wait(60), "the sync never reached the request that hangs"
    began = time.monotonic()
    stop.set()
    thread.join(30)
    took = time.monotonic() - began
    assert not thread.is_alive(), "the stopped sync did not end"
    for _ in range(100):                # its request's thread too: the stop shut the connection it waited on
        if not any(t.name == "sync request" for t in threading.enumerate()):
            break
        time.sleep(0.05)
    assert not any(t.name == "sync request" for t in threading.enumerate())
    stopped.close()
    return raised[0], took


def queued_ops(db) -> list[int]:
    with db.read() as session:
        return [r[0] for r in session.execute(text("SELECT op FROM sync_outbox ORDER BY op"))]


def on_server(central, client_id) -> int:
    return int(rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id = '{client_id}'")[0]["n"])


@pytest.mark.parametrize("applied", [True, False], ids=["applied-unanswered", "never-arrived"])
def test_a_sync_stopped_while_the_service_holds_its_push_ends_at_once_and_the_push_goes_up_at_the_next(
        central, service, tmp_path, clock, applied: bool) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    made = Clients(a.db, clock, a.actor).create(ClientInput("Stijn", "Stilstand"))
    queued = queued_ops(a.db)
    assert queued
    with HangingService(service.url, "/v1/push", forward=applied) as hanging:
        raised, took = stopped_while_hanging(hanging, lambda c: c.sync(a.actor), a.db)
    assert isinstance(raised, Stopped) and took < STOPPED_WITHIN
    assert queued_ops(a.db) == queued                       # nothing taken off the queue without an answer
    assert on_server(central, made.id) == (1 if applied else 0)
    with a.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    result = a.sync.sync(a.actor)                       # the next sync, as usual
    assert outbox_count(a.db) == 0 and result.rejected == 0
    assert on_server(central, made.id) == 1                 # once, also when the first push was applied


def test_a_sync_stopped_between_the_pages_of_a_pull_keeps_none_of_them_and_the_next_sync_pulls_them(
        central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = [Clients(a.db, clock, a.actor).create(ClientInput(name, "Trekker")) for name in ("Lotte", "Bram", "Joke")]
    a.sync.sync(a.actor)
    with b.db.read() as session:
        tables = synced_tables(session.connection())
    before, cursor = local_digest(b.db, tables), state.get(b.db, "cursor")
    with HangingService(service.url, "/v1/pull", nth=2) as hanging:     # the first page came, the second hangs
        raised, took = stopped_while_hanging(hanging, lambda c: c.sync(), b.db, page_rows=2)
    assert isinstance(raised, Stopped) and took < STOPPED_WITHIN
    assert local_digest(b.db, tables) == before and state.get(b.db, "cursor") == cursor    # the first page too

    b.sync.sync()                                           # the next sync: all of it
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM client WHERE last_name = 'Trekker'")).scalar() == len(made)


def test_a_sync_stopped_before_it_asks_anything_sends_nothing(central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    stop = SyncStop()
    stop.set()
    stopped = SyncClient(a.db, service.url, stop=stop)
    with pytest.raises(Stopped) as raised:
        stopped.sync(a.actor)
    stopped.close()
    assert raised.value.sent is False


def test_a_sign_in_goes_on_without_a_service_that_took_its_request_and_hangs(central, service, tmp_path,
                                                                             clock) -> None:
    """The office's erasures are asked for before the desk shows anything; a service that accepts the connection and
    never answers held the sign-in for the sync's 60 seconds. It now waits SIGN_IN_ANSWER_SECONDS for the answer and
    goes on as when the service cannot be reached (the next sync applies them)."""
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    with HangingService(service.url, "/v1/erasures", forward=False) as hanging:
        with a.db.write() as session:                   # the laptop knows its service at the relay's address
            state.put(session, server_url=hanging.url)
        began = time.monotonic()
        assert erase_at_sign_in(a.db, a.actor.counsellor_id) is False
        took = time.monotonic() - began
    assert hanging.hung.is_set() and took < SIGN_IN_ANSWER_SECONDS + STOPPED_WITHIN
