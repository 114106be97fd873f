"""The sync service: a stateless ASGI app (FastAPI) in front of the central PostgreSQL, over a psycopg pool.

Any number of instances can run behind a load balancer: everything lives in PostgreSQL (the token
key too). Every request carries the protocol version and the schema revision; the current and the
previous app version are served, older ones are answered 426 "please update" (their outbox stays
as it is). Each request is one transaction, scoped to the device's office by row-level security.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime
from typing import Any

import psycopg
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from psycopg import IsolationLevel
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout
from pydantic import BaseModel

from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.migrations import SCHEMA_HEAD
from leerwinkel_desk.store.sync_capture import is_synced
from leerwinkel_desk.store.sync_central import NOT_PULLED
from leerwinkel_desk.sync.server import devices, notices, prune, pull, push
from leerwinkel_desk.sync.server.admin import libpq_url
from leerwinkel_desk.sync.server.devices import Claims, Refused
from leerwinkel_desk.sync.wire import OLDEST_PROTOCOL, PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER, SCHEMA_PREVIOUS

log = logging.getLogger(__name__)


class Enrolment(BaseModel):
    code: str
    office_id: uuid.UUID | None = None
    office_code: str | None = None
    name: str
    public_key: str
    counters: list[tuple[str, int, int]] = []
    login: str | None = None
    device_id: uuid.UUID | None = None          # named by the laptop (protocol 2 on): asked again, the same join


class CodeAsk(BaseModel):
    for_login: str | None = None


class ChallengeAsk(BaseModel):
    device_id: uuid.UUID


class TokenAsk(BaseModel):
    device_id: uuid.UUID
    office_id: uuid.UUID
    person_id: uuid.UUID
    challenge: str
    signature: str


class PushBody(BaseModel):
    ops: list[dict[str, Any]]


class PullBody(BaseModel):
    cursor: tuple[int, int] | None = None
    limit: int = pull.PAGE


class NoticesAsk(BaseModel):
    seen: list[int] = []


class NumbersAsk(BaseModel):
    prefix: str
    year: int
    count: int = 100


class RevokeAsk(BaseModel):
    wipe: bool = False


def create_app(database_url: str, clock: Callable[[], datetime] = devices.utcnow, pool_size: int = 4,
               standby_url: str | None = None, pool_timeout: float = 30.0) -> FastAPI:
    """The service on `database_url` (a role that owns no table and has no BYPASSRLS); with `standby_url`
    (the same role on a hot standby of it) pulls read there once it has replayed what they must see."""
    pool = ConnectionPool(libpq_url(database_url), min_size=1, max_size=pool_size, kwargs={"row_factory": dict_row},
                          timeout=pool_timeout, open=False)
    standby = None if standby_url is None else Standby(ConnectionPool(
        libpq_url(standby_url), min_size=0, max_size=pool_size, kwargs={"row_factory": dict_row}, open=False))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        pool.open(wait=True)
        if standby is not None:
            standby.pool.open(wait=False)        # a standby down at start is no reason not to serve
        try:
            yield
        finally:
            pool.close()
            if standby is not None:
                standby.pool.close()

    app = FastAPI(title="Leerwinkel Desk sync", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.pool = pool
    tables = pulled_tables()

    @app.exception_handler(Refused)
    def _refused(_request: Request, error: Refused) -> JSONResponse:
        return JSONResponse({"error": error.code, **error.facts}, status_code=error.status)

    @app.exception_handler(psycopg.OperationalError)
    @app.exception_handler(PoolTimeout)
    def _unavailable(_request: Request, error: Exception) -> JSONResponse:
        """PostgreSQL down or out of reach: the request's transaction did not happen (nothing half-done); the
        laptop is told to try later, its changes queued (sync/client.py `Unavailable`), not a bare 500."""
        log.warning("the central database is unavailable: %s", type(error).__name__)
        return JSONResponse({"error": "unavailable"}, status_code=503, headers={"Retry-After": "60"})

    @contextmanager
    def transaction(read_only: bool = False, on: ConnectionPool | None = None) -> Iterator[Any]:
        with (on or pool).connection() as conn:
            if read_only:
                conn.isolation_level = IsolationLevel.REPEATABLE_READ     # one snapshot for the whole pull
            with conn.transaction():
                yield conn
            conn.isolation_level = None

    def versions(protocol: int = Header(0, alias=PROTOCOL_HEADER), schema: str = Header("", alias=SCHEMA_HEADER)
                 ) -> None:
        if not OLDEST_PROTOCOL <= protocol <= PROTOCOL or schema not in (SCHEMA_HEAD, SCHEMA_PREVIOUS):
            raise Refused(426, "update_required", protocol=PROTOCOL, schema=SCHEMA_HEAD)

    def bearer(authorization: str = Header("")) -> str:
        if not authorization.startswith("Bearer "):
            raise Refused(401, "token_missing")
        return authorization.removeprefix("Bearer ")

    def coordinator(claims: Claims) -> None:
        if claims.role != "coordinator":
            raise Refused(403, "not_allowed")

    checked = [Depends(versions)]

    @app.get("/v1/hello")
    def hello() -> dict[str, Any]:
        return {"protocol": PROTOCOL, "oldest_protocol": OLDEST_PROTOCOL, "schema": SCHEMA_HEAD}

    @app.post("/v1/enrol", dependencies=checked)
    def enrol(body: Enrolment) -> dict[str, Any]:
        with transaction() as conn:
            done = devices.enrol(conn, body.code, body.office_id, body.office_code, body.name,
                                 bytes.fromhex(body.public_key), body.counters, clock(), body.login, body.device_id)
        return {"device_id": str(done.device_id), "office_id": str(done.office_id), "new_office": done.new_office,
                "enrolled_by": str(done.enrolled_by) if done.enrolled_by else None}

    @app.post("/v1/challenge", dependencies=checked)
    def challenge(body: ChallengeAsk) -> dict[str, Any]:
        with transaction() as conn:
            return {"challenge": devices.challenge(conn, body.device_id, clock())}

    @app.post("/v1/token", dependencies=checked)
    def token(body: TokenAsk, protocol: int = Header(0, alias=PROTOCOL_HEADER)) -> dict[str, Any]:
        try:
            with transaction() as conn:
                signed = devices.issue_token(conn, body.device_id, body.office_id, body.person_id, body.challenge,
                                             bytes.fromhex(body.signature), clock(), protocol)
                prune.due(conn, body.office_id, clock(), tables)
        except Refused as refused:
            if refused.facts.get("offline_too_long"):        # silent too long: revoked for good, then refused
                with transaction() as conn:
                    devices.in_office(conn, body.office_id)
                    devices.revoke(conn, body.device_id, False, clock())
            raise
        return {"token": signed, "minutes": devices.TOKEN_MINUTES}

    @app.post("/v1/joined", dependencies=checked)
    def joined(token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            claims = devices.authorise(conn, token)
            devices.joined(conn, claims, clock())
        return {"joined": str(claims.device_id)}

    @app.post("/v1/push", dependencies=checked)
    def push_ops(body: PushBody, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            claims = devices.authorise(conn, token)
            results = push.push(conn, claims, body.ops, clock())
            return {"results": results, "anchor": push.anchor(conn, claims)}

    @app.post("/v1/pull", dependencies=checked)
    def pull_rows(body: PullBody, token: str = Depends(bearer),
                  schema: str = Header("", alias=SCHEMA_HEADER)) -> dict[str, Any]:
        with transaction() as conn:            # the device check, in its own short transaction
            claims = devices.authorise(conn, token)
            written = conn.execute("SELECT pg_current_wal_lsn()::text AS lsn").fetchone()["lsn"] if standby else ""
        read_on = standby.pool if standby is not None and standby.replayed(written) else pool
        with transaction(read_only=True, on=read_on) as conn:
            devices.in_office(conn, claims.office_id)
            pruned = prune.horizon(conn, claims.office_id)
            if body.cursor is not None and tuple(body.cursor) < pruned:
                return {"resync": True, "rows": [], "more": False, "cursor": None}   # it may have missed a deletion
            return pull.pull(conn, claims.office_id, body.cursor, tables, max(1, min(body.limit, pull.PAGE)), pruned,
                             previous_schema=schema == SCHEMA_PREVIOUS)

    @app.post("/v1/notices", dependencies=checked)
    def device_notices(body: NoticesAsk, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            claims = devices.authorise(conn, token)
            return {"notices": notices.fetch(conn, claims, body.seen)}

    @app.post("/v1/erasures", dependencies=checked)
    def erasures(token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            devices.authorise(conn, token)
            rows = conn.execute("SELECT client_id, erased_at FROM erasure ORDER BY erased_at").fetchall()
        return {"erasures": [[row["client_id"].hex, row["erased_at"].isoformat()] for row in rows]}

    @app.post("/v1/numbers", dependencies=checked)
    def numbers(body: NumbersAsk, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            claims = devices.authorise(conn, token)
            first, last = push.lease_numbers(conn, claims, body.prefix, body.year, max(1, min(body.count, 1000)))
        return {"first": first, "last": last}

    @app.post("/v1/devices/code", dependencies=checked)
    def new_code(body: CodeAsk | None = None, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            claims = devices.authorise(conn, token)
            coordinator(claims)
            code = conn.execute("SELECT code FROM office WHERE id = %s", [claims.office_id]).fetchone()
            return {"code": devices.new_code(conn, code["code"], claims.office_id, claims.person_id, clock(),
                                             body.for_login if body else None)}

    @app.get("/v1/devices", dependencies=checked)
    def list_devices(token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            coordinator(devices.authorise(conn, token))
            return {"devices": devices.list_devices(conn)}

    @app.post("/v1/devices/{device_id}/revoke", dependencies=checked)
    def revoke(device_id: uuid.UUID, body: RevokeAsk, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            coordinator(devices.authorise(conn, token))
            if not devices.revoke(conn, device_id, body.wipe, clock()):
                raise Refused(404, "device_unknown")
        return {"revoked": str(device_id)}

    @app.post("/v1/devices/{device_id}/remove", dependencies=checked)
    def remove(device_id: uuid.UUID, token: str = Depends(bearer)) -> dict[str, Any]:
        with transaction() as conn:
            coordinator(devices.authorise(conn, token))
            devices.remove_unfinished(conn, device_id)
        return {"removed": str(device_id)}

    return app


class Standby:
    """A hot standby that serves pulls, and only once it has replayed everything the primary had written
    when the pull arrived (the laptop's own push included): a pull never sees less than the primary would
    have shown it, so its digest check holds. Not caught up within `WAIT` seconds, or not reachable: the
    pull reads the primary."""

    WAIT = 2.0
    POLL = 0.02

    def __init__(self, pool: ConnectionPool) -> None:
        self.pool = pool

    def replayed(self, lsn: str) -> bool:
        deadline = time.monotonic() + self.WAIT
        try:
            with self.pool.connection(timeout=self.WAIT) as conn:
                while True:
                    answer: Any = conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn AS done",
                                               [lsn]).fetchone()      # a dict row (the pool's row factory)
                    caught_up = answer["done"]
                    conn.rollback()
                    if caught_up or time.monotonic() > deadline:
                        return bool(caught_up)
                    time.sleep(self.POLL)
        except (psycopg.OperationalError, PoolTimeout):
            return False


def pulled_tables() -> list[str]:
    """The tables laptops receive (the same models on both sides)."""
    return sorted(name for name in Base.metadata.tables if is_synced(name) and name not in NOT_PULLED)
