"""The connection `Database.read_rows` keeps between reads (the client list's pages, search as you type):
it holds no transaction between reads, so no checkpoint or other writer waits for it, it sees every
commit made elsewhere, and it is let go at dispose, at a rekey and at the lock, on real encrypted files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.raw import open_raw


@pytest.fixture
def encrypted(tmp_path: Path) -> Database:
    database = open_sqlite(tmp_path / "versleuteld.db", os.urandom(32))
    upgrade(database, tmp_path / "backups")
    return database


def names(clients: Clients) -> list[str]:
    return [row.last_name for row in clients.browse()]


def test_a_read_holds_no_transaction_and_sees_every_commit(encrypted: Database, clock) -> None:
    actor = create_office(encrypted, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    clients = Clients(encrypted, clock, actor)
    clients.create(ClientInput("Anna", "Peeters"))
    assert names(clients) == ["Peeters"]
    assert encrypted.engine.pool.checkedout() == 1            # kept for the next page
    assert encrypted.path is not None and encrypted.key is not None
    other = open_raw(encrypted.path, encrypted.key)
    other.execute("PRAGMA busy_timeout = 0")
    # a reader inside a read transaction would keep the WAL from being reset: busy = 1
    assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    other.close()
    clients.create(ClientInput("Bram", "Aerts"))                # committed on another connection
    assert sorted(names(clients)) == ["Aerts", "Peeters"]


def test_the_kept_connection_is_let_go_at_the_lock_a_rekey_and_dispose(encrypted: Database, clock) -> None:
    actor = create_office(encrypted, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    clients = Clients(encrypted, clock, actor)
    clients.create(ClientInput("Anna", "Peeters"))
    assert names(clients) == ["Peeters"] and encrypted.engine.pool.checkedout() == 1
    encrypted.let_go_reader()                                   # the desk's lock
    assert encrypted.engine.pool.checkedout() == 0
    assert names(clients) == ["Peeters"]
    encrypted.rekey(os.urandom(32))                             # a connection kept with the old key
    assert names(clients) == ["Peeters"]                        # would no longer read the file
    assert encrypted.path is not None
    wal = encrypted.path.with_name(encrypted.path.name + "-wal")
    assert wal.exists()
    encrypted.dispose()
    assert encrypted.engine.pool.checkedout() == 0
    assert not wal.exists()          # the last connection closed: none of this process holds the file
