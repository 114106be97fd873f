"""A whole central side on one machine, for the tests and the benchmark: a fresh database on a PostgreSQL
server with the service role, the service under uvicorn on 127.0.0.1, and laptops as real SQLCipher files.

Production runs `serve` (cli/sync.py); this starts the same app in a thread of the calling process.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from sqlalchemy import text

from leerwinkel_desk.store.engine import Database, open_sqlite, open_url
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.sync.server.admin import set_up
from leerwinkel_desk.sync.server.app import create_app


@dataclass(frozen=True)
class Central:
    """A central database: the owner's URL (migrations, administration) and the service role's."""

    owner_url: str
    service_url: str
    role: str


@dataclass
class Service:
    url: str
    server: uvicorn.Server
    thread: threading.Thread


def make_central(postgres_url: str) -> Central:
    """A new database on the server of `postgres_url` (a role that may create databases), set up for sync."""
    name = f"lw_{uuid.uuid4().hex[:12]}"
    admin = open_url(postgres_url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    owner_url = admin.engine.url.set(database=name).render_as_string(hide_password=False)
    admin.dispose()
    role = f"lw_sync_{uuid.uuid4().hex[:8]}"
    return Central(owner_url, set_up(owner_url, role, "service-secret"), role)


def start_service(database_url: str, pool_size: int = 4, standby_url: str | None = None,
                  pool_timeout: float = 30.0) -> Service:
    """The service on a free port of 127.0.0.1, in a thread; returns once it accepts requests."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(database_url, pool_size=pool_size, standby_url=standby_url,
                                       pool_timeout=pool_timeout),
                            host="127.0.0.1", port=port,
                            log_level="warning", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.025)
    return Service(f"http://127.0.0.1:{port}", server, thread)


def stop_service(service: Service) -> None:
    service.server.should_exit = True
    service.thread.join(10)


def laptop(path: Path) -> Database:
    """A laptop's database: a real SQLCipher file under its own random key, migrated to head."""
    database = open_sqlite(path, key=os.urandom(32))
    upgrade(database, path.parent / "backups")
    return database
