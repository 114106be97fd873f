"""Shared pieces of the sync tests: fixtures for a central database with its service role and the service under
uvicorn on 127.0.0.1 (sync/server/loopback.py, shared with the benchmark), offices' laptops as real SQLCipher
files, an httpx transport that loses responses, and a service that hangs (`HangingService`)."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.sync_capture import NOT_SYNCED_COLUMNS
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import rows_as
from leerwinkel_desk.sync.server.app import pulled_tables
from leerwinkel_desk.sync.server.loopback import Central, Service, laptop, make_central, start_service, stop_service
from leerwinkel_desk.sync.wire import to_wire


@pytest.fixture(scope="session")
def central(postgres_url: str) -> Central:
    return make_central(postgres_url)


@pytest.fixture(scope="session")
def service(central: Central) -> Iterator[Service]:
    running = start_service(central.service_url)
    yield running
    stop_service(running)


class LosingTransport(httpx.HTTPTransport):
    """Sends each request, and loses the response of the next `lose` ones after the service answered."""

    def __init__(self) -> None:
        super().__init__()
        self.lose = 0
        self.duplicate = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.duplicate:
            self.duplicate -= 1
            super().handle_request(request).read()             # the same request arrives twice
        response = super().handle_request(request)
        if self.lose:
            self.lose -= 1
            response.read()
            raise httpx.ReadError("response lost", request=request)
        return response


class HangingService:
    """The office's service as a laptop meets it when it hangs: in front of the real one on 127.0.0.1, each request is
    passed on and its answer passed back, but the `nth` request to `path` hangs: passed on (`forward`: the service
    applies it, its answer never comes back) or not (it never arrives), then no answer at all, the connection held
    open, until `close`. `hung` is set once a request hangs; `path = None` makes the service answer again."""

    def __init__(self, upstream: str, path: str, nth: int = 1, forward: bool = True) -> None:
        self.path: str | None = path
        self.hung, self._closed = threading.Event(), threading.Event()
        self._nth, self._forward, self._seen, self._lock = nth, forward, 0, threading.Lock()
        self._upstream = httpx.Client(base_url=upstream, timeout=60.0)
        relay = self._relay

        class Relay(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"           # kept alive, as the service keeps a laptop's connection

            def do_GET(self) -> None:
                relay(self, "GET")

            def do_POST(self) -> None:
                relay(self, "POST")

            def log_message(self, *_args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Relay)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _relay(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        headers = {name: value for name, value in handler.headers.items()
                   if name.lower() not in ("host", "content-length", "connection", "accept-encoding")}
        with self._lock:
            if handler.path == self.path:
                self._seen += 1
            hangs = handler.path == self.path and self._seen == self._nth
        if hangs:
            if self._forward:
                self._upstream.request(method, handler.path, content=body, headers=headers)
            self.hung.set()
            self._closed.wait()
            handler.close_connection = True
            return
        answer = self._upstream.request(method, handler.path, content=body, headers=headers)
        handler.send_response(answer.status_code)
        handler.send_header("Content-Type", answer.headers.get("content-type", "application/json"))
        handler.send_header("Content-Length", str(len(answer.content)))
        handler.end_headers()
        handler.wfile.write(answer.content)

    def close(self) -> None:
        self._closed.set()
        self._server.shutdown()
        self._server.server_close()
        self._upstream.close()

    def __enter__(self) -> HangingService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def client(db: Database, service: Service, transport: httpx.BaseTransport | None = None, **options: object
           ) -> SyncClient:
    return SyncClient(db, service.url, transport=transport, **options)  # type: ignore[arg-type]


def outbox_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def office_code() -> str:
    return "T" + uuid.uuid4().hex[:6].upper()


@dataclass
class Laptop:
    db: Database
    sync: SyncClient
    actor: object


def first_laptop(central: Central, service: Service, path: Path, clock, transport=None):
    """An office's first laptop: its own file with the office set up (casework_fixtures), enrolled and synced."""
    from casework_fixtures import build_office
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.sync.server.admin import administrator_code

    db = laptop(path)
    code = office_code()
    coordinator = create_office(db, clock, f"Leerwinkel {code}", code, "coordinator", "Coördinator")
    office = build_office(db, clock, coordinator)
    sync = client(db, service, transport)
    sync.enrol(administrator_code(central.owner_url, code), path.stem)
    sync.sync(coordinator)
    return Laptop(db, sync, coordinator), office


def joined_laptop(first: Laptop, service: Service, path: Path, transport=None, **options: object) -> Laptop:
    """A new, empty laptop joining the office of `first` with a code made by its coordinator."""
    first.sync.sign_in(first.actor.counsellor_id)  # type: ignore[attr-defined]
    code = first.sync.new_code()
    db = laptop(path)
    sync = client(db, service, transport, **options)
    sync.enrol(code, path.stem)
    sync.sync()
    return Laptop(db, sync, first.actor)


def kill_at_marker(child: subprocess.Popen, marker: Path, where: str, ready: Callable[[], bool] = lambda: True,
                   seconds: float = 120.0) -> None:
    """SIGKILL `child` once it wrote `marker` (the point `where` reached) and `ready()` holds; the marker then goes.
    Fails when the child ended or never got there."""
    try:
        for _ in range(int(seconds / 0.05)):
            if (marker.exists() and ready()) or child.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), f"the child never reached {where} ({child.returncode})"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    marker.unlink()


PAGE, RESERVED, SALT = 4096, 80, 16       # SQLCipher 4: page size, per page IV (16) and HMAC (64), file salt


def plain_pages(path: Path, key: bytes) -> bytes:
    """What the SQLCipher 4 file `path` and its WAL hold, every page decrypted with the raw `key` (AES-256-CBC, the
    page's IV in its reserved bytes; page 1 starts after the file's salt): a search for an erased person's bytes
    must look here, as the ciphertext holds no readable name whatever the pages hold."""
    def decrypted(pages: list[bytes], first: bool) -> bytes:
        out = []
        for number, page in enumerate(pages):
            start = SALT if first and number == 0 else 0
            iv = page[PAGE - RESERVED:PAGE - RESERVED + 16]
            decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
            out.append(decryptor.update(page[start:PAGE - RESERVED]) + decryptor.finalize())
        return b"".join(out)

    main = path.read_bytes()
    wal = Path(f"{path}-wal")
    frames = wal.read_bytes()[32:] if wal.exists() else b""        # a 32-byte header, then 24 + PAGE per frame
    return (decrypted([main[i:i + PAGE] for i in range(0, len(main) - PAGE + 1, PAGE)], True)
            + decrypted([frames[i + 24:i + 24 + PAGE] for i in range(0, len(frames) - 24 - PAGE + 1, 24 + PAGE)],
                        False))


def erased_bytes_left(db: Database, names: list[str]) -> list[str]:
    """The `names` still somewhere in the laptop's decrypted file or WAL (its tables, outbox, inbox, free pages)."""
    assert db.path is not None and db.key is not None, "a laptop's encrypted file"
    plain = plain_pages(db.path, db.key)
    assert b"CREATE TABLE" in plain, "the pages did not decrypt: the search would find nothing, whatever is there"
    return [name for name in names if name and name.encode() in plain]


def row(db: Database, sql: str, **params: object) -> object:
    with db.read() as session:
        return session.execute(text(sql), params).first()


def quiet(laptops: list[Laptop]) -> None:
    """Two sync rounds on every laptop: everything pushed has been pulled everywhere."""
    for _ in range(2):
        for each in laptops:
            each.sync.sync()


def server_rows(central, office_id: uuid.UUID, table: str) -> dict[str, dict]:
    column = "id" if table == "office" else "office_id"
    rows = rows_as(central.owner_url, None, f"SELECT * FROM \"{table}\" WHERE {column} = '{office_id}'")
    return {r["id"].hex: {k: to_wire(table, k, v) for k, v in r.items() if k not in NOT_SYNCED_COLUMNS} for r in rows}


def laptop_rows(db, table: str) -> dict[str, dict]:
    with db.read() as session:
        result = session.execute(text(f'SELECT * FROM "{table}"'))
        names = list(result.keys())
        return {r[0]: {k: v for k, v in zip(names, r, strict=True) if k not in NOT_SYNCED_COLUMNS} for r in result}


def plain(value: object) -> object:
    """JSON columns compared by what they hold, not by their spelling."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def assert_converged(central, laptops: list[Laptop]) -> None:
    """Every laptop equals the server within its office, with an empty outbox and a sound file."""
    office_id = laptops[0].actor.office_id
    for table in pulled_tables():
        expected = server_rows(central, office_id, table)
        for each in laptops:
            got = laptop_rows(each.db, table)
            assert set(got) == set(expected), table
            for key, values in expected.items():
                assert {k: plain(v) for k, v in got[key].items()} == {k: plain(v) for k, v in values.items()}, table
    for each in laptops:
        assert outbox_count(each.db) == 0
        with each.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("SELECT count(*) FROM office")).scalar() == 1
