"""An erasure on the central PostgreSQL takes the person's values out of its data files too (sync/server/vacuum.py):
a laptop (a real SQLCipher file) erases a person through the service (uvicorn, real PostgreSQL), the worker rewrites
the tables the erasure wrote, and the files of every table, TOAST table and index of the central database are read
byte for byte after a CHECKPOINT."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from casework_fixtures import person_with_every_free_text
from conftest import FixedClock
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.sync.server import vacuum
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from sync_support import central, erased_bytes_left, first_laptop, service  # noqa: F401

pytestmark = pytest.mark.postgres


@pytest.fixture
def worker(central) -> Iterator[threading.Thread]:
    """The rewrite worker as `serve --vacuum-erased` runs it, as the owner, with short waits for a test."""
    stop = threading.Event()
    thread = threading.Thread(target=vacuum.run, args=(libpq_url(central.owner_url), stop),
                              kwargs={"settle": 0.2, "retry": 0.5, "quiet": 0.5, "lock_timeout": "300ms"}, daemon=True)
    thread.start()
    yield thread
    stop.set()
    thread.join(10)


def files_holding(central, word: str) -> list[str]:
    """The relations of the central database (its tables, their TOAST tables, every index) whose files hold `word`
    as typed or in lower case (the search keys), once a CHECKPOINT has written every page to them."""
    with psycopg.connect(libpq_url(central.owner_url), autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        data = Path(conn.execute("SHOW data_directory").fetchone()[0])
        relations = conn.execute(
            "SELECT c.relname, pg_relation_filepath(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE c.relkind IN ('r', 't', 'i') AND n.nspname IN (current_schema(), 'pg_toast') "
            "AND pg_relation_filepath(c.oid) IS NOT NULL").fetchall()
    assert any(name == "client" for name, _path in relations)
    found = []
    for name, path in relations:
        main = data / path
        content = b"".join(part.read_bytes() for part in [main, *sorted(main.parent.glob(f"{main.name}.[0-9]*"))]
                           if part.exists())
        if word.encode() in content or word.lower().encode() in content:
            found.append(name)
    return sorted(found)


def due(central, table: str | None = None) -> int:
    """Erasures noted and not yet rewritten (of one table, or all)."""
    rows = rows_as(central.owner_url, None, "SELECT tbl, erasures FROM sync_vacuum_due")
    return sum(row["erasures"] for row in rows if table in (None, row["tbl"]))


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.2)


def erased_on_a_laptop(central, service, folder: Path, word: str, before_the_erasure=lambda: None):
    """A person with `word` in every free text, synced to the server, then erased on the laptop and the erasure
    synced (`before_the_erasure` runs between); the laptop and the person's client id."""
    clock = FixedClock()
    laptop, built = first_laptop(central, service, folder / "a.db", clock)
    person = person_with_every_free_text(laptop.db, clock, built, word)
    laptop.sync.sync(built.coordinator)
    assert {"client", "contact", "learning_request"} <= set(files_holding(central, word))   # the search sees them
    before_the_erasure()
    Erasures(laptop.db, clock, built.coordinator).erase(person.client_id)
    laptop.sync.sync(built.coordinator)
    assert rows_as(central.owner_url, None, f"SELECT first_name, last_name FROM client WHERE id = "
                                            f"'{person.client_id}'") == [{"first_name": None, "last_name": None}]
    return laptop, person.client_id


def test_an_erasure_s_values_leave_the_central_data_files(central, service, worker, tmp_path) -> None:
    """The service erased the person's values from the central tables, and their old row versions kept them in
    the tables' files until autovacuum came by (and a plain vacuum leaves them in the pages' free space and in
    the name index): anyone with the data files or a base backup read them. Now the tables the erasure wrote are
    rewritten once it committed: no file of the central database holds the person's words. The laptop's file
    holds none either, as before (secure_delete and the WAL checkpointed; its pages read decrypted)."""
    word = "Quaxelbroek"
    laptop, _client_id = erased_on_a_laptop(central, service, tmp_path, word)
    wait_for(lambda: due(central) == 0)
    assert files_holding(central, word) == []
    assert erased_bytes_left(laptop.db, [word]) == []


def test_a_rewrite_that_cannot_have_its_lock_leaves_the_erasure_done_logs_one_line_and_is_done_later(
        central, service, worker, tmp_path, caplog) -> None:
    """Someone reads the client table for longer than the rewrite may wait for its lock: the erasure stays
    committed, one line says which table waits (no personal data), and the rewrite is done once the lock is
    free (here: the next try; in production also at the next erasure)."""
    word = "Vlinderdraaier"
    holder = psycopg.connect(libpq_url(central.owner_url))
    caplog.set_level(logging.INFO, logger=vacuum.__name__)
    try:
        erased_on_a_laptop(central, service, tmp_path, word,
                           lambda: holder.execute("LOCK TABLE client IN ACCESS SHARE MODE"))
        wait_for(lambda: any("rewrite of client after an erasure failed (LockNotAvailable)" in r.getMessage()
                             for r in caplog.records))
        assert due(central, "client") > 0 and "client" in files_holding(central, word)
    finally:
        holder.rollback()
        holder.close()
    wait_for(lambda: due(central) == 0)
    assert files_holding(central, word) == []
    assert not any(word.lower() in r.getMessage().lower() for r in caplog.records)


def test_no_table_is_rewritten_while_a_snapshot_from_before_the_erasure_is_open(
        central, service, worker, tmp_path) -> None:
    """A pull (one REPEATABLE READ snapshot) that began before the erasure committed may still read the rows as
    they were, so a rewrite then copies the old versions into the new file, values and all, and nothing would
    rewrite it again. The worker waits until no such snapshot is left, then rewrites."""
    word = "Oudekoepelzicht"
    reader = psycopg.connect(libpq_url(central.owner_url))
    reader.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ     # as the service's pulls read
    try:
        def take_a_snapshot() -> None:
            reader.execute("SELECT count(*) FROM office").fetchone()

        erased_on_a_laptop(central, service, tmp_path, word, take_a_snapshot)
        time.sleep(3)                                           # several of the worker's tries
        assert due(central, "client") > 0 and "client" in files_holding(central, word)
    finally:
        reader.rollback()
        reader.close()
    wait_for(lambda: due(central) == 0)
    assert files_holding(central, word) == []


def test_the_worker_refuses_the_service_s_role_in_one_line(central) -> None:
    """PostgreSQL skips, with a mere warning, the vacuum of a table one does not own: run as the service's role,
    the worker would rewrite nothing and believe it had. It refuses to start instead."""
    from test_cli_sync import cli

    refused = cli(None, "serve", "--vacuum-erased", "--database", central.service_url)
    assert refused.returncode == 1 and "needs the tables' owner" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
