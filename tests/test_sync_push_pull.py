"""Push then pull against the service on 127.0.0.1 (uvicorn) and a real PostgreSQL: idempotent batches, a late
committing transaction, one transaction per pull, the digest check and full resync."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import text

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.sync_capture import muted
from leerwinkel_desk.sync.client import Unreachable
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.server.devices import in_office
from leerwinkel_desk.sync.server.prune import prune
from sync_support import (  # noqa: F401
    LosingTransport,
    assert_converged,
    central,
    client,
    first_laptop,
    joined_laptop,
    outbox_count,
    row,
    service,
)

pytestmark = pytest.mark.postgres


def test_a_lost_response_or_a_duplicated_request_changes_nothing(central, service, tmp_path, clock) -> None:
    transport = LosingTransport()
    a, office = first_laptop(central, service, tmp_path / "a.db", clock, transport)
    clients = Clients(a.db, clock, a.actor)
    made = clients.create(ClientInput("Lan", "Nguyen"))
    before = outbox_count(a.db)
    a.sync.sign_in(a.actor.counsellor_id)
    transport.lose = 1                   # the service applies the push; its answer is lost on the way
    with pytest.raises(Unreachable):
        a.sync.push()
    assert outbox_count(a.db) == before                   # nothing forgotten on the laptop
    applied = rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_applied_op")[0]["n"]
    transport.duplicate = 1              # the replay arrives twice
    assert a.sync.push()[1] == 0 and outbox_count(a.db) == 0
    applied_now = rows_as(central.owner_url, None, "SELECT count(*) AS n FROM sync_applied_op")[0]["n"]
    assert applied_now == applied + 1    # only the anchor the laptop recorded once the answer came went up too
    found = rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id = '{made.id}'")
    assert found[0]["n"] == 1
    arrivals = rows_as(central.owner_url, a.actor.office_id, "SELECT device_seq FROM sync_audit ORDER BY arrival")
    seqs = [r["device_seq"] for r in arrivals]
    assert len(seqs) == len(set(seqs))                   # every audit event arrived once


def test_a_transaction_that_commits_after_a_later_one_is_not_skipped(central, service, tmp_path, clock) -> None:
    a, office = first_laptop(central, service, tmp_path / "a.db", clock)
    clients = Clients(a.db, clock, a.actor)
    early = clients.create(ClientInput("Eerste", "Klant"))
    late = clients.create(ClientInput("Tweede", "Klant"))
    a.sync.sync(a.actor)
    b = joined_laptop(a, service, tmp_path / "b.db")
    slow = psycopg.connect(libpq_url(central.owner_url))
    fast = psycopg.connect(libpq_url(central.owner_url))
    slow.execute("UPDATE client SET interests = 'begonnen eerst' WHERE id = %s", [early.id])   # older txid
    fast.execute("UPDATE client SET interests = 'begonnen later' WHERE id = %s", [late.id])
    fast.commit()
    seqs = rows_as(central.owner_url, None, f"SELECT row_id, seq FROM sync_row WHERE row_id IN ('{early.id}', "
                   f"'{late.id}')")
    b.sync.sync()              # the later transaction is committed, the earlier still open: bounded by its xmin
    assert row(b.db, "SELECT interests FROM client WHERE id = :id", id=late.id.hex)[0] is None
    slow.commit()
    b.sync.sync()
    assert row(b.db, "SELECT interests FROM client WHERE id = :id", id=early.id.hex)[0] == "begonnen eerst"
    assert row(b.db, "SELECT interests FROM client WHERE id = :id", id=late.id.hex)[0] == "begonnen later"
    assert len(seqs) == 2      # a plain sequence cursor would have passed the early row's place already
    slow.close()
    fast.close()


def test_a_first_sync_leaves_the_planner_its_statistics(central, service, tmp_path, clock) -> None:
    """A new laptop's file has none; without them SQLite reads Vandaag's lists through the office's index,
    which on a laptop holds every row (2 s at 100,000 clients): the first sync ends with them made."""
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    for n in range(3):
        Clients(a.db, clock, a.actor).create(ClientInput("Statistiek", f"Nummer {n}"), duplicates_checked=True)
    a.sync.sync(a.actor)
    b = joined_laptop(a, service, tmp_path / "b.db")
    with b.db.read() as session:
        analysed = set(session.execute(text("SELECT DISTINCT tbl FROM sqlite_stat1")).scalars())
    assert {"client", "counsellor", "partner_organisation"} <= analysed


def test_a_digest_mismatch_forces_a_full_resync(central, service, tmp_path, clock) -> None:
    a, office = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = Clients(a.db, clock, a.actor).create(ClientInput("Verloren", "Rij"))
    a.sync.sync(a.actor)
    b.sync.sync()
    with b.db.connect_for_write() as conn, conn.begin(), muted(conn):   # damage b's copy behind capture's back
        conn.execute(text("DELETE FROM client WHERE id = :id"), {"id": made.id.hex})
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(provider)") if r[1] != "id"]
        conn.exec_driver_sql(f"INSERT INTO provider (id, {', '.join(columns)}) SELECT "
                             f"'ffffffffffffffffffffffffffffffff', {', '.join(columns)} FROM provider LIMIT 1")
        # what never leaves a laptop (a passphrase hash), on a row the office has and on one it does not
        conn.execute(text("UPDATE counsellor SET passphrase_hash = 'hash van b', full_name = 'Oud' WHERE id = :id"),
                     {"id": a.actor.counsellor_id.hex})
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(counsellor)") if r[1] not in ("id", "login")]
        conn.exec_driver_sql(f"INSERT INTO counsellor (id, login, {', '.join(columns)}) SELECT "
                             f"'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'weg', {', '.join(columns)} FROM counsellor LIMIT 1")
    result = b.sync.sync()
    assert result.full_resync
    assert row(b.db, "SELECT first_name FROM client WHERE id = :id", id=made.id.hex)[0] == "Verloren"
    assert row(b.db, "SELECT count(*) FROM provider WHERE id = 'ffffffffffffffffffffffffffffffff'")[0] == 0
    assert row(b.db, "SELECT passphrase_hash, full_name FROM counsellor WHERE id = :id",
               id=a.actor.counsellor_id.hex) == ("hash van b", "Coördinator")      # kept; the office's name
    assert row(b.db, "SELECT count(*) FROM counsellor WHERE id = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'")[0] == 0
    assert row(b.db, "SELECT count(*) FROM sync_state WHERE key LIKE 'full_pull%'")[0] == 0
    assert not b.sync.sync().full_resync
    with b.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_old_tombstones_and_replay_answers_are_pruned_and_a_laptop_behind_them_resyncs_in_full(
        central, service, tmp_path, clock) -> None:
    a, office = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    gone = Clients(a.db, clock, a.actor).create(ClientInput("Weg", "Straks"))
    kept = Clients(a.db, clock, a.actor).create(ClientInput("Blijft", "Hier"))
    a.sync.sync(a.actor)
    b.sync.sync()
    with a.db.write() as s:
        s.execute(text("DELETE FROM client WHERE id = :id"), {"id": gone.id.hex})
    a.sync.sync(a.actor)                  # the tombstone is on the service; b has not pulled it yet
    office_id = a.actor.office_id
    with psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row) as conn, conn.transaction():
        in_office(conn, office_id)
        assert prune(conn, office_id, datetime.now(UTC), pulled_tables()) == (0, 0)    # nothing that old yet
        later = datetime.now(UTC) + timedelta(days=31)            # past the office's 30 days offline
        dropped, answers = prune(conn, office_id, later, pulled_tables())
    assert dropped >= 1 and answers >= 1
    assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM sync_row WHERE row_id = '{gone.id}'") == [
        {"n": 0}]
    assert rows_as(central.owner_url, None,
                   f"SELECT count(*) AS n FROM sync_applied_op WHERE office_id = '{office_id}'") == [{"n": 0}]
    assert b.sync.sync().full_resync               # b's cursor lies before what was pruned: everything again
    assert row(b.db, "SELECT count(*) FROM client WHERE id = :id", id=gone.id.hex)[0] == 0
    assert row(b.db, "SELECT first_name FROM client WHERE id = :id", id=kept.id.hex)[0] == "Blijft"
    assert not a.sync.sync(a.actor).full_resync    # a saw the deletion: its cursor is past the pruned ones
    assert not b.sync.sync().full_resync
    assert_converged(central, [a, b])


def test_two_pushes_of_the_same_ops_at_once_apply_them_once_and_both_are_answered(central, service, tmp_path,
                                                                                   clock) -> None:
    """Two app instances on one laptop sync at the same moment: both send the same outbox. The second waits for the
    first and is answered as a replay (the service failed with HTTP 500 on the replay guard's key before)."""
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    clients = Clients(a.db, clock, a.actor)
    made = [clients.create(ClientInput(f"Naam{n:02d}", f"Keer{n:02d}"), duplicates_checked=True).id for n in range(60)]
    ops = []
    with a.db.read() as session:
        for op, tbl, row_id, kind, old, new, at in session.execute(text(
                "SELECT op, tbl, row_id, kind, old, new, at FROM sync_outbox ORDER BY op")):
            ops.append({"op": op, "tbl": tbl, "row_id": row_id, "kind": kind, "at": at,
                        "old": json.loads(old) if old else None, "new": json.loads(new) if new else None})
    instances = [client(a.db, service), client(a.db, service)]
    for each in instances:
        each.sign_in(a.actor.counsellor_id)
    for round_ in range(3):      # a race: a few rounds, each with ops the service has not seen yet
        batch = ops[round_::3]
        start = threading.Barrier(2)
        answers: list[object] = [None, None]

        def send(index: int, batch: list[dict] = batch, start: threading.Barrier = start,
                 answers: list[object] = answers) -> None:
            start.wait()
            try:
                answers[index] = instances[index]._call("/v1/push", {"ops": batch})["results"]
            except Exception as error:      # the failure is the answer
                answers[index] = error

        threads = [threading.Thread(target=send, args=(index,)) for index in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not any(isinstance(answer, Exception) for answer in answers), answers
        assert answers[0] == answers[1]                      # the second answered as a replay: the same answers
        assert {result["status"] for result in answers[0]} == {"applied"}    # type: ignore[union-attr]
    for each in instances:
        each.close()
    ids = ", ".join(f"'{i}'" for i in made)
    found = rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id IN ({ids})")
    assert found == [{"n": len(made)}]
    arrivals = rows_as(central.owner_url, None, "SELECT device_id, device_seq FROM sync_audit WHERE office_id = "
                       f"'{a.actor.office_id}'")
    assert len(arrivals) == len({(r["device_id"], r["device_seq"]) for r in arrivals})   # every event arrived once
