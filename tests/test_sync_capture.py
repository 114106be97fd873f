"""Change capture on a laptop: every write path lands in the outbox, in the same transaction; muted pulls do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text, update

from leerwinkel_desk.services.accounts import Accounts
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Client
from leerwinkel_desk.store.sync_capture import muted, start_capture


def outbox(db: Database) -> list[tuple[str, str, str, dict | None, dict | None]]:
    with db.read() as session:
        rows = session.execute(text("SELECT tbl, row_id, kind, old, new FROM sync_outbox ORDER BY op")).all()
    return [(t, r, k, json.loads(o) if o else None, json.loads(n) if n else None) for t, r, k, o, n in rows]


def clear(db: Database) -> None:
    """An empty outbox, capture on (as on an enrolled laptop)."""
    with db.write() as session:
        session.execute(text("DELETE FROM sync_outbox"))
        start_capture(session.connection())


@pytest.fixture
def coordinator(db, clock):
    with db.write() as session:
        start_capture(session.connection())
    return create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator Test")


def test_a_laptop_that_is_not_enrolled_keeps_no_outbox(db, clock) -> None:
    made = create_office(db, clock, "Leerwinkel Alleen", "LWA", "coordinator", "Coördinator")
    Clients(db, clock, made).create(ClientInput("Los", "Staand"))
    assert outbox(db) == []


def test_service_writes_are_captured_with_changed_columns_and_last_seen_values(db, clock, coordinator) -> None:
    tables = {op[0] for op in outbox(db)}
    assert {"office", "counsellor", "audit_event"} <= tables       # the office set up before
    assert "number_sequence" not in tables
    clear(db)
    clients = Clients(db, clock, coordinator)
    made = clients.create(ClientInput("Lan", "Nguyen", phone="+32 470 11 22 33"))
    [insert] = [op for op in outbox(db) if op[0] == "client"]
    assert insert[1:3] == (made.id.hex, "I") and insert[4]["first_name"] == "Lan"
    assert "passphrase_hash" not in json.dumps(outbox(db))
    clear(db)
    clients.update(made.id, ClientInput("Lan", "Nguyễn", phone="+32 470 11 22 33"))
    [change] = [op for op in outbox(db) if op[0] == "client"]
    assert change[2] == "U"
    assert change[3]["last_name"] == "Nguyen" and change[4]["last_name"] == "Nguyễn"
    assert "first_name" not in change[4] and "phone" not in change[4]       # unchanged columns are not sent


def test_bulk_statements_raw_sql_and_the_import_are_captured(db, clock, coordinator, tmp_path: Path) -> None:
    clients = Clients(db, clock, coordinator)
    first = clients.create(ClientInput("Ann", "Smet"))
    second = clients.create(ClientInput("Bert", "Smet"))
    clear(db)
    with db.write() as session:
        session.execute(update(Client).values(interests="fietsen"))
        session.execute(text("UPDATE client SET municipality = 'Gent' WHERE id = :id"), {"id": first.id.hex})
    ops = outbox(db)
    assert sorted((op[1], op[4].get("interests")) for op in ops if "interests" in op[4]) == sorted(
        [(first.id.hex, "fietsen"), (second.id.hex, "fietsen")])
    assert [op[4] for op in ops if "municipality" in op[4]] == [{"municipality": "Gent"}]
    clear(db)
    path = tmp_path / "clients.csv"
    path.write_text("client_ref;first_name;last_name\nK-1;Zoë;Van Den Berghe\nK-2;Ahmed;El Amrani\n",
                    encoding="utf-8")
    report = RegistrationImport(db, clock, coordinator).import_file(FileKind.CLIENTS, path)
    assert not report.errors
    inserted = [op[4]["last_name"] for op in outbox(db) if op[0] == "client" and op[2] == "I"]
    assert sorted(inserted) == ["El Amrani", "Van Den Berghe"]


def test_drafts_and_passphrases_stay_local_and_a_rolled_back_write_leaves_nothing(db, clock, coordinator) -> None:
    clear(db)
    Drafts(db, clock, coordinator).save("client", None, {"first_name": "Half"})
    Accounts(db, clock, coordinator).set_passphrase(coordinator.counsellor_id, "een lange wachtwoordzin")
    assert {op[0] for op in outbox(db)} <= {"audit_event", "counsellor"}
    assert all("passphrase_hash" not in (op[4] or {}) for op in outbox(db))
    clear(db)
    try:
        with db.write() as session:
            session.execute(text("UPDATE office SET name = 'Andere naam'"))
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    assert outbox(db) == []


def test_a_muted_pull_is_not_captured_and_the_mute_ends_with_it(db, clock, coordinator) -> None:
    clear(db)
    with db.connect_for_write() as conn, conn.begin(), muted(conn):
        conn.execute(text("UPDATE office SET name = 'Van de server'"))
    assert outbox(db) == []
    with db.write() as session:
        session.execute(text("UPDATE office SET name = 'Weer lokaal'"))
    assert [op[4] for op in outbox(db)] == [{"name": "Weer lokaal"}]


def test_an_erasure_takes_the_persons_values_out_of_the_outbox_and_inbox(db, clock, coordinator) -> None:
    clients = Clients(db, clock, coordinator)
    made = clients.create(ClientInput("Xenia", "Quartermaine", phone="+32 470 99 88 77"))
    clients.update(made.id, ClientInput("Xenia", "Quartermaine-Lee", phone="+32 470 99 88 77"))
    with db.write() as session:
        session.execute(text("INSERT INTO sync_inbox (id, kind, tbl, row_id, field, mine, theirs, arrived_at) "
                             "VALUES ('x', 'conflict', 'client', :id, 'last_name', 'Quartermaine', 'Q', 'now')"),
                        {"id": made.id.hex})
    Erasures(db, clock, coordinator).erase(made.id)
    dumped = json.dumps(outbox(db), ensure_ascii=False)
    assert "Quartermaine" not in dumped and "Xenia" not in dumped and "99 88 77" not in dumped
    assert made.dossier_no not in dumped
    kinds = [(op[0], op[2]) for op in outbox(db) if op[1] == made.id.hex]
    assert kinds == [("client", "I")]                        # the insert stays, without the person's values
    assert any(op[0] == "erasure" for op in outbox(db))
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_inbox")).scalar() == 0
    raw = db.path.read_bytes() + (Path(f"{db.path}-wal").read_bytes() if Path(f"{db.path}-wal").exists() else b"")
    assert b"Quartermaine" not in raw
