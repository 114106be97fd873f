"""Each laptop's audit chain anchored to the service's chain of arrivals, and back (issue 16, 6): real PostgreSQL,
the service under uvicorn on 127.0.0.1, laptops as real SQLCipher files. A laptop whose chain is cut or made
again after an anchored point is reported by `check`; an arrival changed on the server, even with the chain of
arrivals made again after it, is reported by `arrival_problems`; two laptops offline at once keep intact chains."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.rows import dict_row
from psycopg.types.json import Json
from sqlalchemy import delete, select, text

from leerwinkel_desk.services import audit, maintenance
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.store.sync_capture import muted
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from leerwinkel_desk.sync.server.push import GENESIS, arrival_hash, arrival_problems
from leerwinkel_desk.sync.wire import from_wire
from sync_support import central, first_laptop, joined_laptop, outbox_count, service  # noqa: F401

pytestmark = pytest.mark.postgres
TABLE = AuditEvent.__table__


def anchors(db) -> list[tuple[int, dict[str, str]]]:
    with db.read() as session:
        return [(seq, audit.parse_anchor(fields)) for seq, fields in session.execute(
            select(TABLE.c.seq, TABLE.c.fields).where(TABLE.c.action == audit.SYNC_ANCHOR).order_by(TABLE.c.seq))]


def new_clients(laptop, clock, *names: str) -> None:
    for name in names:
        Clients(laptop.db, clock, laptop.actor).create(ClientInput(name, "Anker"), duplicates_checked=True)


def unguarded(db) -> None:
    """Someone with the key, outside the app: the audit table's append-only triggers dropped."""
    with db.connect_for_write() as conn, conn.begin():
        for trigger in ("audit_event_no_update", "audit_event_no_delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")


def test_a_sync_anchors_the_laptop_chain_and_the_anchor_goes_up(central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    [(own, first)] = anchors(a.db)
    with a.db.read() as session:
        held = session.execute(select(TABLE.c.hash).where(TABLE.c.seq == int(first["seq"]))).scalar()
    assert int(first["seq"]) == own - 1 and held == first["event"]        # the last event the service held
    head = rows_as(central.owner_url, a.actor.office_id, "SELECT arrival, hash, device_seq, event->>'action' AS "
                   "action FROM sync_audit ORDER BY arrival DESC LIMIT 2")
    assert (head[1]["arrival"], head[1]["hash"]) == (int(first["arrival"]), first["hash"])
    assert (head[0]["device_seq"], head[0]["action"]) == (own, audit.SYNC_ANCHOR)    # and went up at once
    assert outbox_count(a.db) == 0
    a.sync.sync(a.actor)
    assert len(anchors(a.db)) == 1                         # nothing new of its own: no new anchor
    new_clients(a, clock, "Wout")
    a.sync.sync(a.actor)
    assert len(anchors(a.db)) == 2 and outbox_count(a.db) == 0
    assert maintenance.check(a.db).ok
    with psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row) as conn:
        assert arrival_problems(conn, a.actor.office_id) == []


def test_a_laptop_chain_made_again_after_an_anchor_is_reported(central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    new_clients(a, clock, "Ria", "Stan")
    a.sync.sync(a.actor)
    unguarded(a.db)
    with a.db.write() as session, muted(session.connection()):    # one event removed, the rest re-chained
        rows = [dict(row) for row in session.execute(select(TABLE).order_by(TABLE.c.seq)).mappings()]
        session.execute(delete(TABLE))
        audit.append(session, [{k: v for k, v in row.items() if k not in ("seq", "prev_hash", "hash")}
                               for number, row in enumerate(rows) if number != 2])
    with a.db.read() as session:
        assert audit.chain_problems(session) == []                      # consistent again
    report = maintenance.check(a.db)
    assert not report.ok and "differs here (the chain was rewritten)" in report.problems[0]


def test_a_laptop_chain_cut_after_an_anchor_is_reported_after_its_next_sync(central, service, tmp_path,
                                                                            clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    new_clients(a, clock, "Lies", "Koen")
    a.sync.sync(a.actor)
    unguarded(a.db)
    with a.db.connect_for_write() as conn, conn.begin():                # the tail cut, anchors and all
        conn.exec_driver_sql("DELETE FROM audit_event WHERE seq > 3")
    assert maintenance.check(a.db).ok          # nothing here says what was cut: the service still holds it
    new_clients(a, clock, "Nele")
    a.sync.sync(a.actor)
    report = maintenance.check(a.db)
    assert not report.ok and "held by the sync service" in report.problems[0]
    assert "is gone (the chain was cut)" in report.problems[0]


def rechain(conn, office_id, start: int) -> None:
    """The owner makes the chain of arrivals consistent again from arrival `start` on."""
    prev = conn.execute("SELECT hash FROM sync_audit WHERE office_id = %s AND arrival = %s",
                        [office_id, start - 1]).fetchone()
    prev = prev["hash"] if prev else GENESIS
    for found in conn.execute("SELECT arrival, device_id, event FROM sync_audit WHERE office_id = %s AND "
                              "arrival >= %s ORDER BY arrival", [office_id, start]).fetchall():
        digest = arrival_hash(prev, found["device_id"], found["event"])
        conn.execute("UPDATE sync_audit SET prev_hash = %s, hash = %s WHERE office_id = %s AND arrival = %s",
                     [prev, digest, office_id, found["arrival"]])
        prev = digest


def test_an_arrival_changed_on_the_server_is_reported_even_when_the_chain_is_made_again(
        central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    new_clients(b, clock, "Jana")
    b.sync.sync(a.actor)
    office_id = a.actor.office_id
    with psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row) as conn:
        changed = conn.execute("SELECT arrival, device_id, event FROM sync_audit WHERE office_id = %s "
                               "AND device_seq = 2 ORDER BY arrival LIMIT 1", [office_id]).fetchone()
        event = {**changed["event"], "action": "client.view"}
        conn.execute("UPDATE sync_audit SET event = %s WHERE office_id = %s AND arrival = %s",
                     [Json(event), office_id, changed["arrival"]])
        assert f"arrival {changed['arrival']} does not follow" in arrival_problems(conn, office_id)[0]
        rechain(conn, office_id, changed["arrival"])
        problems = arrival_problems(conn, office_id)
        assert any("differs from its own hash" in p for p in problems)          # the laptop's event
        assert any("differs from the one a laptop anchored" in p for p in problems)    # the chain made again
        with_hash = {**event, "hash": audit.event_hash(event["prev_hash"], {       # the event's own hash made again
            name: from_wire("audit_event", name, event.get(name)) for name in audit.CHAINED})}
        conn.execute("UPDATE sync_audit SET event = %s WHERE office_id = %s AND arrival = %s",
                     [Json(with_hash), office_id, changed["arrival"]])
        rechain(conn, office_id, changed["arrival"])
        problems = arrival_problems(conn, office_id)
        assert any(f"event 3 of device {changed['device_id']} does not follow its event 2" in p for p in problems)
        assert any("differs from the one a laptop anchored" in p for p in problems)
        conn.rollback()
        assert arrival_problems(conn, office_id) == []


def test_two_laptops_offline_at_once_keep_intact_chains(central, service, tmp_path, clock) -> None:
    a, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    new_clients(a, clock, "Aster", "Bram")           # both offline at once
    new_clients(b, clock, "Cato", "Dirk")
    b.sync.sync(a.actor)
    a.sync.sync(a.actor)
    for laptop in (b, a, b, a):
        laptop.sync.sync(a.actor)
    for laptop in (a, b):
        assert maintenance.check(laptop.db).ok and outbox_count(laptop.db) == 0
        with laptop.db.read() as session:
            assert session.execute(text("SELECT count(*) FROM audit_event WHERE action = 'client.create'")
                                   ).scalar() == 2         # each chain holds its own laptop's events only
    last_a, last_b = anchors(a.db)[-1][1], anchors(b.db)[-1][1]
    assert int(last_a["arrival"]) > int(last_b["arrival"])          # a came back after b: its head is later
    with psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row) as conn:
        assert arrival_problems(conn, a.actor.office_id) == []
        per_device = conn.execute("SELECT device_id, array_agg(device_seq ORDER BY arrival) AS seqs FROM sync_audit "
                                  "WHERE office_id = %s GROUP BY device_id", [a.actor.office_id]).fetchall()
    assert len(per_device) == 2 and all(r["seqs"] == sorted(r["seqs"]) for r in per_device)
