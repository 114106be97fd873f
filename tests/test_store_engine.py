"""The storage engine: SQLCipher driver, pragmas, encryption, transactions that land whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select, text

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Client


def pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_is_configured_for_safety(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "synchronous") == 2          # FULL
    assert pragma(db, "secure_delete") == 1
    assert pragma(db, "busy_timeout") >= 10_000


def test_driver_is_sqlcipher_with_a_safe_sqlite_and_fts5(db: Database) -> None:
    assert sqlcipher.sqlite_version_info >= (3, 51, 3)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar() == 1


def test_writes_take_the_lock_up_front(db: Database) -> None:
    """`BEGIN IMMEDIATE`: a second writer cannot start while the first holds the write lock."""
    with db.write() as session:
        session.execute(text("SELECT 1"))
        other = sqlcipher.connect(str(db.path), timeout=0, isolation_level=None)
        with pytest.raises(sqlcipher.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_failed_unit_of_work_leaves_nothing(db: Database, coordinator: Actor, clock) -> None:
    clients = Clients(db, clock, coordinator)
    clients.create(ClientInput("Anna", "Peeters"))
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Client(office_id=coordinator.office_id, dossier_no="LW-2026-999999"))
        session.flush()
        raise RuntimeError("crash halfway")
    with db.read() as session:
        assert session.scalars(select(Client.dossier_no)).all() == ["LW-2026-000001"]


def test_ddl_rolls_back_with_its_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), db.connect_for_write() as conn, conn.begin():
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        raise RuntimeError("abort")
    with db.engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name='scratch'").all()
    assert tables == []


def test_an_encrypted_file_opens_only_with_its_key(tmp_path: Path, clock) -> None:
    key = os.urandom(32)
    encrypted = open_sqlite(tmp_path / "secret.db", key)
    upgrade(encrypted, None)
    from leerwinkel_desk.services.offices import create_office

    actor = create_office(encrypted, clock, "Leerwinkel Geheim", "LWG", "coord", "Coördinator")
    Clients(encrypted, clock, actor).create(ClientInput("Çağrı", "Yılmaz"))
    encrypted.dispose()

    raw = (tmp_path / "secret.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "Yılmaz".encode() not in raw

    for wrong in (None, os.urandom(32)):      # refused at open, before any connection to the file
        with pytest.raises(FileUnusable) as refused:
            open_sqlite(tmp_path / "secret.db", wrong)
        assert refused.value.reason == "damaged"
    assert (tmp_path / "secret.db").read_bytes()[:4096] == raw[:4096]   # untouched

    reopened = open_sqlite(tmp_path / "secret.db", key)
    with reopened.read() as session:
        assert session.scalars(select(Client.last_name)).all() == ["Yılmaz"]
    reopened.dispose()


def test_daily_backups_are_made_once_a_day_and_rotated(tmp_path: Path) -> None:
    from datetime import date, timedelta

    from leerwinkel_desk.store.backup import daily_backup, integrity_problems, open_raw

    key = os.urandom(32)
    db = open_sqlite(tmp_path / "data" / "leerwinkel.db", key)
    upgrade(db, None)
    folder = tmp_path / "data" / "backups"
    first = date(2026, 11, 1)
    for day in range(16):
        assert daily_backup(db, folder, first + timedelta(days=day), keep=14) is not None
    assert daily_backup(db, folder, first + timedelta(days=15), keep=14) is None   # once a day
    kept = sorted(p.name for p in folder.iterdir() if p.suffix == ".db")      # each with its manifest
    assert len(kept) == 14 and kept[0] == "daily-2026-11-03.db" and kept[-1] == "daily-2026-11-16.db"
    newest = open_raw(folder / kept[-1], key)
    assert integrity_problems(newest) == []
    newest.close()
    assert not (folder / kept[-1]).read_bytes().startswith(b"SQLite format 3")     # encrypted too
    db.dispose()
