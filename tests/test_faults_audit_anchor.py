"""The audit chain is anchored outside the database, in every backup's manifest: a cut tail or a
re-chained history is found by `check` even though the chain itself is consistent (issue 12, 7)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select

from leerwinkel_desk.services import audit, maintenance
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.models import AuditEvent


@pytest.fixture
def history(db, clock, coordinator):
    clients = Clients(db, clock, coordinator)
    for number in range(6):
        clients.create(ClientInput("Jan", f"Peeters{number}"), duplicates_checked=True)
    backup = maintenance.backup(db, db.path.parent / "backups" / "manual-1.db")
    for number in range(3):
        clients.create(ClientInput("Na", f"Backup{number}"), duplicates_checked=True)
    return backup


def tamper(db, statements: list[tuple[str, dict]]) -> None:
    """Someone with the key, outside the app: the append-only triggers dropped, rows changed."""
    raw = db.engine.raw_connection()
    conn = raw.driver_connection
    for trigger in ("audit_event_no_update", "audit_event_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("BEGIN")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.execute("COMMIT")
    raw.close()


def test_the_manifest_holds_the_chain_head_and_no_personal_data(db, history) -> None:
    manifest = json.loads(history.with_name(history.name + ".manifest.json").read_text(encoding="utf-8"))
    [(office, head)] = manifest["audit_heads"].items()
    assert head["seq"] == 8 and len(head["hash"]) == 64             # the set-up, 6 clients, the backup
    assert "Peeters" not in json.dumps(manifest) and maintenance.check(db).ok


def test_a_cut_tail_is_found(db, history) -> None:
    tamper(db, [("DELETE FROM audit_event WHERE seq > 5", {})])
    with db.read() as session:
        assert audit.chain_problems(session) == []                  # the chain alone still looks whole
    report = maintenance.check(db)
    assert not report.ok and "is gone (the chain was cut)" in report.problems[0]


def test_a_rechained_history_is_found(db, history) -> None:
    tamper(db, [])                                                   # the triggers dropped
    table = AuditEvent.__table__
    with db.write() as session:                                      # one event removed, the rest re-chained
        rows = [dict(row) for row in session.execute(select(table).order_by(table.c.seq)).mappings()]
        session.execute(delete(table))
        kept = [{k: v for k, v in row.items() if k not in ("seq", "prev_hash", "hash")}
                for number, row in enumerate(rows) if number != 3]
        audit.append(session, kept)
    with db.read() as session:
        assert audit.chain_problems(session) == []                  # consistent again
    report = maintenance.check(db)
    assert not report.ok and "differs from the one anchored in manual-1.db" in report.problems[0]


def test_backups_and_their_key_files_are_readable_by_the_owner_only(tmp_path) -> None:
    from faults_support import PASSPHRASE, make_office
    from leerwinkel_desk.store.keyring import KeyRing, key_file
    from leerwinkel_desk.store.location import Location

    path = make_office(tmp_path / "leerwinkel.db")
    db = Location.of(path).open_upgraded(KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    backup = maintenance.backup(db, tmp_path / "backups" / "manual-1.db")
    for made in (backup, key_file(backup), key_file(path), backup.with_name(backup.name + ".manifest.json")):
        assert made.stat().st_mode & 0o077 == 0, made.name
    db.dispose()
