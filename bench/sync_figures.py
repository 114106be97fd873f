"""Synchronisation figures for `make bench` (issue 16), each against a bare baseline measured in the same run.

The central side runs on this machine: a PostgreSQL started for the bench (pgserver, as the tests do),
the sync service under uvicorn on 127.0.0.1 (sync/server/loopback.py), laptops as encrypted files.

- **10,000 pending changes** (`bench_pending_changes`): an office seeded from a small encrypted demo
  file; laptop A and laptop B each made by a first sync. Per run A gets 10,000 outbox ops by bulk
  SQL through its capture triggers (2,500 client edits, 2,500 request edits, 5,000 new contacts),
  pushes them over HTTP, and B pulls them. Baselines: the push's rows COPY'd into the same PostgreSQL
  tables (inserts by COPY, edits by COPY into a temporary table and one UPDATE ... FROM), as the
  owner; the pull's rows COPY'd out of PostgreSQL and executemany'd into a copy of B's file taken just
  before its pull.
- **First sync of a new laptop** (an office of 2,500 clients: the first syncs that make A and B above;
  an office of 100,000 clients: `bench_first_sync`, only with `BENCH_SYNC=1`): the office's data on
  the server, then a fresh laptop's first sync (enrolled, then one `sync()`: everything pulled into a
  new encrypted file). Baseline: the same rows COPY'd out of PostgreSQL and executemany'd into a fresh
  encrypted file with the same schema. Both fire the name search's triggers; the app's full pull pauses
  the report figures' triggers and makes the figures at its end (store/report_figures.py), the baseline's
  executemany keeps them row by row. A refusal (e.g. `token_expired`) would be said in the figure's note.

Seeding the server (`seed_office`): the office's first laptop enrols as it would (its numbers become
its leased blocks), then its rows are COPY'd into the central tables as the owner, read from the
source file on a read-only connection (the bench's file is never written). Values go as SQLite holds
them (they travel that way; the session runs in UTC), and the change-index trigger fires per row as
for any write, so laptops pull them as they would pull a first laptop's push. A first push over HTTP
would give the same rows much more slowly (10,000 ops per run are measured above).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import text

from leerwinkel_desk.demo import create_demo_database
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.migrations import SCHEMA_HEAD
from leerwinkel_desk.store.raw import QUIET, sqlcipher_key_pragma
from leerwinkel_desk.store.sync_capture import NOT_SYNCED_COLUMNS
from leerwinkel_desk.sync.client import SyncClient, SyncRefused
from leerwinkel_desk.sync.server.admin import administrator_code, libpq_url
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.server.loopback import Central, Service, laptop, make_central, start_service, stop_service
from leerwinkel_desk.sync.wire import PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER, to_wire
from measure import Measured, load_average, seconds

PUSH = "sync: push 10,000 pending changes"
PULL = "sync: pull 10,000 changes"
FIRST_SYNC = "sync: first sync into 100,000 clients"
FIRST_SYNC_SMALL = "sync: first sync into 2,500 clients"
PENDING = 10_000
SMALL_OFFICE = 2_500          # clients of the office (a): enough rows for 2,500 + 2,500 edits
LOGIN, SEED = "coordinator", 1


@dataclass(frozen=True)
class Seeded:
    """An office on the central database: its id and code, the coordinator who syncs, the rows seeded."""

    office_id: uuid.UUID
    code: str
    coordinator: uuid.UUID
    rows: int


@dataclass
class Machine:
    """A laptop of the bench: its encrypted file (and key) and its sync client."""

    db: Database
    path: Path
    key: bytes
    sync: SyncClient


@contextmanager
def loopback(folder: Path) -> Iterator[tuple[Central, Service]]:
    """A PostgreSQL of the bench's own in `folder`, a central database on it and the service on 127.0.0.1."""
    import pgserver

    server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
    try:
        central = make_central(server.get_uri())
        service = start_service(central.service_url)
        try:
            yield central, service
        finally:
            stop_service(service)
    finally:
        server.cleanup()


def read_only(path: Path, key: bytes) -> sqlcipher.Connection:
    """A connection that cannot write the file (the bench's cached databases are read, never written)."""
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    conn.execute(QUIET)
    conn.execute(sqlcipher_key_pragma(key))
    return conn


def ordered_tables() -> list[str]:
    """The tables laptops receive, parents before children."""
    pulled = set(pulled_tables())
    return [table.name for table in Base.metadata.sorted_tables if table.name in pulled]


def sqlite_columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")') if row[1] not in NOT_SYNCED_COLUMNS]


def postgres_columns(pg: psycopg.Connection, table: str) -> dict[str, int]:
    """Column name -> type oid of a central table."""
    return dict(pg.execute("SELECT attname, atttypid FROM pg_attribute WHERE attrelid = %s::regclass "
                           "AND attnum > 0 AND NOT attisdropped ORDER BY attnum", [f'"{table}"']).fetchall())


def enrol_request(service: Service, code: str, office_id: uuid.UUID | None, office_code: str | None,
                  counters: list[tuple[str, int, int]]) -> None:
    """Enrol a device the way a laptop does (its own key pair), without a laptop file to keep it in."""
    public = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    answer = httpx.post(f"{service.url}/v1/enrol", timeout=60, headers={
        PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: SCHEMA_HEAD}, json={
        "code": code, "name": "seed", "public_key": public.hex(), "counters": counters,
        "office_id": str(office_id) if office_id else None, "office_code": office_code})
    answer.raise_for_status()


def seed_office(central: Central, service: Service, source: Path, key: bytes) -> Seeded:
    """The office of `source` on the central database: its first laptop enrolled (numbers leased to it),
    then its rows COPY'd in as the owner, parents first (read-only on `source`)."""
    raw = read_only(source, key)
    try:
        office_hex, code = raw.execute("SELECT id, code FROM office").fetchone()
        coordinator = raw.execute("SELECT id FROM counsellor WHERE login = ?", (LOGIN,)).fetchone()[0]
        counters = [tuple(row) for row in raw.execute(
            "SELECT prefix, year, last_value FROM number_sequence WHERE last_value > 0")]
        office_id = uuid.UUID(hex=office_hex)
        enrol_request(service, administrator_code(central.owner_url, code), office_id, code, counters)
        rows = 0
        with psycopg.connect(libpq_url(central.owner_url)) as pg:
            pg.execute("SET TimeZone = 'UTC'")
            for table in ordered_tables():
                wanted = postgres_columns(pg, table)
                columns = [c for c in sqlite_columns(raw, table) if c in wanted]
                names = ", ".join(f'"{c}"' for c in columns)
                with pg.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for row in raw.execute(f'SELECT {names} FROM "{table}"'):
                        copy.write_row(row)
                        rows += 1
    finally:
        raw.close()
    return Seeded(office_id, code, uuid.UUID(hex=coordinator), rows)


def fresh_laptop(central: Central, service: Service, office: Seeded, path: Path) -> Machine:
    """A new, empty laptop enrolled in the office with an administrator's code (not synced yet)."""
    db = laptop(path)
    assert db.key is not None
    sync = SyncClient(db, service.url)
    sync.enrol(administrator_code(central.owner_url, office.code), path.stem)
    sync.sign_in(office.coordinator)          # the person syncing on it from now on
    return Machine(db, path, db.key, sync)


def bare_pull(central: Central, office_id: uuid.UUID, target: Path, key: bytes, after: int = 0,
              upto: int | None = None) -> int:
    """The baseline of a pull: the office's rows changed after `after` (and up to `upto`, by the change
    index's sequence) COPY'd out of PostgreSQL and executemany'd into `target` in one transaction, values
    converted as the service converts them, capture muted as a pull mutes it. Returns the rows written."""
    window = f"seq > {int(after)}" + ("" if upto is None else f" AND seq <= {int(upto)}")
    written = 0
    raw = sqlcipher.connect(str(target), isolation_level=None)
    raw.execute(QUIET)
    raw.execute(sqlcipher_key_pragma(key))
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("PRAGMA defer_foreign_keys = ON")
        muted = raw.execute("SELECT muted FROM sync_mute").fetchone()[0]
        raw.execute("UPDATE sync_mute SET muted = 1")
        with psycopg.connect(libpq_url(central.owner_url)) as pg:
            for table in ordered_tables():
                types = postgres_columns(pg, table)
                columns = [c for c in sqlite_columns(raw, table) if c in types]
                names = ", ".join(f'"{c}"' for c in columns)
                rows = []
                with pg.cursor().copy(
                        f'COPY (SELECT {names} FROM "{table}" WHERE id IN (SELECT row_id FROM sync_row WHERE '
                        f"tbl = '{table}' AND office_id = '{office_id}' AND {window})) TO STDOUT (FORMAT BINARY)"
                ) as copy:
                    copy.set_types([types[c] for c in columns])
                    for row in copy.rows():
                        rows.append([to_wire(table, c, v) for c, v in zip(columns, row, strict=True)])
                updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
                raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))}) '
                                f"ON CONFLICT (id) DO UPDATE SET {updates}", rows)
                written += len(rows)
        raw.execute("UPDATE sync_mute SET muted = ?", (muted,))
        raw.execute("COMMIT")
    finally:
        raw.close()
    return written


def make_pending(db: Database, run: int, edits: int, contacts: int) -> int:
    """Outbox ops made by bulk SQL through the capture triggers: edits of clients and requests, new contacts."""
    label = f"bench run {run}"
    with db.write() as session:
        session.execute(text("UPDATE client SET interests = :v WHERE id IN (SELECT id FROM client WHERE "
                             "deleted_at IS NULL ORDER BY id LIMIT :n)"), {"v": label, "n": edits})
        session.execute(text("UPDATE learning_request SET question = :v WHERE id IN (SELECT id FROM learning_request "
                             "WHERE deleted_at IS NULL ORDER BY id LIMIT :n)"), {"v": label, "n": edits})
        columns = [r[1] for r in session.execute(text("PRAGMA table_info(contact)")) if r[1] != "id"]
        names = ", ".join(columns)
        session.execute(text(
            f"INSERT INTO contact (id, {names}) SELECT lower(hex(randomblob(16))), {names} FROM contact "
            "WHERE deleted_at IS NULL AND request_id IN (SELECT id FROM learning_request WHERE deleted_at IS NULL) "
            "ORDER BY rowid LIMIT :n"), {"n": contacts})
        return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def outbox(db: Database) -> list[tuple[str, str, str, str | None]]:
    """The pending ops as they will travel: (table, row id, kind, new values as JSON)."""
    with db.read() as session:
        return [tuple(row) for row in session.execute(text("SELECT tbl, row_id, kind, new FROM sync_outbox "
                                                           "ORDER BY op"))]


def bare_push(central: Central, ops: list[tuple[str, str, str, str | None]]) -> None:
    """The baseline of a push: the same rows into the same central tables by COPY, as the owner in one
    transaction. Inserts are COPY'd (with new ids, the pushed rows being there already); edits are
    COPY'd into a temporary table and applied with one UPDATE ... FROM per table."""
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    edits: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for table, row_id, kind, new in ops:
        values = json.loads(new) if new else {}
        if kind == "I":
            inserts[table].append({**values, "id": uuid.uuid4().hex})
        elif kind == "U":
            edits[(table, tuple(sorted(values)))].append({**values, "id": row_id})
    with psycopg.connect(libpq_url(central.owner_url)) as pg:
        pg.execute("SET TimeZone = 'UTC'")
        for table, rows in inserts.items():
            columns = [c for c in rows[0] if c not in NOT_SYNCED_COLUMNS]
            with pg.cursor().copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row([_copied(row[c]) for c in columns])
        for n, ((table, changed), rows) in enumerate(edits.items()):
            columns = ["id", *changed]
            names = ", ".join(f'"{c}"' for c in columns)
            pg.execute(f'CREATE TEMP TABLE edits_{n} ON COMMIT DROP AS SELECT {names} FROM "{table}" LIMIT 0')
            with pg.cursor().copy(f"COPY edits_{n} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([_copied(row[c]) for c in columns])
            sets = ", ".join(f'"{c}" = e."{c}"' for c in changed)
            pg.execute(f'UPDATE "{table}" AS t SET {sets} FROM edits_{n} AS e WHERE t.id = e.id')


def _copied(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def last_seq(central: Central) -> int:
    with psycopg.connect(libpq_url(central.owner_url)) as pg:
        return int(pg.execute("SELECT coalesce(max(seq), 0) FROM sync_row").fetchone()[0])


def file_copy(machine: Machine, target: Path) -> Path:
    """A copy of a laptop's file as it is now (its WAL checkpointed first)."""
    with machine.db.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    assert busy is not None and busy[0] == 0, "the laptop's WAL could not be checkpointed"
    shutil.copyfile(machine.path, target)
    return target


def demo_file(folder: Path, clients: int) -> tuple[Path, bytes]:
    """A small encrypted demo office (the bench's generator, its demo passphrase)."""
    from databases import UNTIL

    path = folder / "office.db"
    create_demo_database(Location.of(path), clients=clients, seed=SEED, until=UNTIL)
    return path, KeyRing.load(path).unlock(LOGIN, DEMO_PASSPHRASE)


@dataclass
class PendingRun:
    """One run of (a): the four timings and what they moved."""

    push: float
    pull: float
    bare_push: float
    bare_pull: float
    ops: int
    pulled: int
    bare_pulled: int


def pending_run(central: Central, office: Seeded, a: Machine, b: Machine, folder: Path, run: int,
                pending: int) -> PendingRun:
    """Make `pending` ops on A; time A's push, B's pull, then their baselines; B takes the baseline's rows after."""
    ops = make_pending(a.db, run, pending // 4, pending // 2)
    travelling = outbox(a.db)
    before = last_seq(central)
    a.sync.sign_in()
    push = seconds(a.sync.push)
    after = last_seq(central)
    copy = file_copy(b, folder / f"b-copy-{run}.db")
    b.sync.sign_in()
    pulled: list[int] = []
    pull = seconds(lambda: pulled.append(b.sync.pull()[0]))
    bare_pulled: list[int] = []
    bare = seconds(lambda: bare_pulled.append(bare_pull(central, office.office_id, copy, b.key, before, after)))
    bare_pushed = seconds(lambda: bare_push(central, travelling))
    b.sync.pull()                                   # the baseline's rows, so the next run pulls only its own
    copy.unlink()
    return PendingRun(push, pull, bare_pushed, bare, ops, pulled[0], bare_pulled[0])


def two_laptops(central: Central, service: Service, folder: Path, office: Seeded
                ) -> tuple[Machine, Machine, list[float]]:
    """Laptops A and B, each made by its first sync into the office; with the time each first sync took."""
    machines, taken = [], []
    for name in ("a", "b"):
        machine = fresh_laptop(central, service, office, folder / f"{name}.db")
        taken.append(seconds(machine.sync.sync))
        machines.append(machine)
    return machines[0], machines[1], taken


def bench_pending_changes(runs: int = 3) -> tuple[Measured, Measured, Measured]:
    """(a): 10,000 pending changes pushed by A and pulled by B, each vs its COPY / executemany baseline; and
    the first syncs that made A and B (an office of 2,500 clients) vs COPY out + executemany into a new file."""
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        source, key = demo_file(folder, SMALL_OFFICE)
        with loopback(folder) as (central, service):
            office = seed_office(central, service, source, key)
            a, b, firsts = two_laptops(central, service, folder, office)
            received = count_rows(a.db)
            bare_firsts = [bare_first_sync(central, office, folder / f"bare-{n}.db") for n in range(len(firsts))]
            results = [pending_run(central, office, a, b, folder, run, PENDING) for run in range(runs + 1)][1:]
            for machine in (a, b):
                machine.sync.close()
                machine.db.dispose()
    assert all(r.ops == PENDING and r.pulled == r.bare_pulled for r in results), results
    first = Measured(statistics.median(firsts), statistics.median(bare_firsts), runs=len(firsts),
                     note=f"{received:,} rows into a new encrypted file (laptops A and B)",
                     extra={"rows_per_second": received / statistics.median(firsts)})
    note = (f"{PENDING:,} ops (2,500 client edits, 2,500 request edits, 5,000 new contacts) on an office of "
            f"{SMALL_OFFICE:,} clients ({office.rows:,} rows)")
    pushed, pulled = statistics.median(r.push for r in results), statistics.median(r.pull for r in results)
    push = Measured(pushed, statistics.median(r.bare_push for r in results), runs=runs, note=note,
                    extra={"ops_per_second": PENDING / pushed})
    pull = Measured(pulled, statistics.median(r.bare_pull for r in results), runs=runs,
                    note=f"{results[0].pulled:,} rows pulled; {note}",
                    extra={"rows_per_second": results[0].pulled / pulled})
    return push, pull, first


def peak_rss_reset() -> None:
    """Start measuring the peak resident memory afresh (Linux; elsewhere nothing)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def first_sync(central: Central, service: Service, office: Seeded, folder: Path, run: int
               ) -> tuple[float, float, int, str]:
    """A fresh laptop's first sync, timed with its peak memory, the rows it holds and, when the service
    refused it (e.g. its token expired during a long pull), the refusal's code; its file is removed."""
    machine = fresh_laptop(central, service, office, folder / f"laptop-{run}.db")
    peak_rss_reset()
    start, refused = time.perf_counter(), ""
    with per_table_rates() as rates:
        try:
            machine.sync.sync()
        except SyncRefused as error:
            refused = f"refused ({error.code}) after {time.perf_counter() - start:.0f} s"
    taken = float("nan") if refused else time.perf_counter() - start
    peak, rows = peak_rss_mb(), count_rows(machine.db)
    print("   rows/s per table while applied: " + ", ".join(f"{t} {n:,} at {r:,.0f}" for t, (n, r) in rates.items()),
          flush=True)
    machine.sync.close()
    machine.db.dispose()
    machine.path.unlink()
    return taken, peak, rows, refused


@contextmanager
def per_table_rates() -> Iterator[dict[str, tuple[int, float]]]:
    """Per table, the rows a pull applied and their rate (rows per second of applying, not fetching): each
    page's time shared out by its rows. Filled when the block ends."""
    from leerwinkel_desk.sync import client

    applied: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    original = client.apply_page

    def timed(conn: Any, rows: list[dict[str, Any]], into: Any) -> int:
        started = time.perf_counter()
        written = original(conn, rows, into)
        share = (time.perf_counter() - started) / max(len(rows), 1)
        for row in rows:
            applied[row["tbl"]][0] += 1
            applied[row["tbl"]][1] += share
        return written

    rates: dict[str, tuple[int, float]] = {}
    client.apply_page = timed
    try:
        yield rates
    finally:
        client.apply_page = original
        rates.update({t: (int(n), n / s if s else float("nan")) for t, (n, s) in applied.items()})


def bare_first_sync(central: Central, office: Seeded, path: Path) -> float:
    """The baseline: a fresh encrypted file with the same schema, then every row of the office COPY'd out
    of PostgreSQL and executemany'd into it (making the file is not timed, as enrolling is not)."""
    bare = laptop(path)
    key = bare.key
    bare.dispose()
    assert key is not None
    taken = seconds(lambda: bare_pull(central, office.office_id, path, key))
    path.unlink()
    return taken


def bench_first_sync(source: Path, key: bytes, runs: int = 1) -> Measured:
    """(b): a fresh laptop's first sync into the office of `source` (read only) vs COPY out + executemany."""
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        with loopback(folder) as (central, service):
            started = time.perf_counter()
            office = seed_office(central, service, source, key)
            seeding = time.perf_counter() - started
            print(f"   seeded {office.rows:,} rows by COPY in {seeding:.0f} s", flush=True)
            bases = [bare_first_sync(central, office, folder / f"bare-{run}.db") for run in range(runs)]
            found = [first_sync(central, service, office, folder, run) for run in range(runs)]
    failed = "; ".join(f[3] for f in found if f[3])
    print(f"   peak {max(f[1] for f in found):,.0f} MB resident during the first sync (service's thread included), "
          f"{found[0][2]:,} rows", flush=True)
    return Measured(statistics.median(f[0] for f in found), statistics.median(bases), runs=runs,
                    note=f"{office.rows:,} rows into a new encrypted file, {found[0][2]:,} arrived; server seeded by "
                         f"COPY in {seeding:.0f} s" + (f"; {failed}" if failed else ""),
                    extra={"rows": found[0][2], "seed_seconds": seeding, "peak_rss_mb": max(f[1] for f in found),
                           "rows_per_second": found[0][2] / statistics.median(f[0] for f in found),
                           "load_average_1min": [round(load_before, 2), round(load_average(), 2)]})


def count_rows(db: Database) -> int:
    with db.read() as session:
        return sum(int(session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in ordered_tables())


def sync_wanted() -> bool:
    """`BENCH_SYNC=1`: also the first sync of a laptop into the 100,000-client office (minutes)."""
    return os.environ.get("BENCH_SYNC") == "1"
