"""Running the central side: set up the database and the service role, make enrolment codes as administrator.

These run as the database's owner (the role that ran the migrations), never as the service role.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy.engine import make_url

from leerwinkel_desk.store.engine import open_url
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.sync_central import (
    grant_region_reader,
    grant_service_role,
    privileges_problem,
    refresh_region_readers,
    set_token_secret,
)
from leerwinkel_desk.sync.server import devices, push, vacuum


def libpq_url(url: str) -> str:
    """A URL psycopg itself takes (SQLAlchemy's driver suffix removed)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def set_up(owner_url: str, role: str, password: str) -> str:
    """Migrate the central database, make the service role and the token key, and give the region readers
    the tables and columns a migration added (run again after every upgrade); returns the service's URL."""
    database = open_url(owner_url)
    try:
        upgrade(database, None)
        with database.engine.begin() as conn:
            grant_service_role(conn, role, password)
            set_token_secret(conn, secrets.token_bytes(32))
            refresh_region_readers(conn)
    finally:
        database.dispose()
    return make_url(owner_url).set(username=role, password=password).render_as_string(hide_password=False)


def add_region_reader(owner_url: str, role: str, password: str) -> str:
    """Make a region coordinator's login (reads every office for reports, writes nothing); returns its URL."""
    database = open_url(owner_url)
    try:
        with database.engine.begin() as conn:
            grant_region_reader(conn, role, password)
    finally:
        database.dispose()
    return make_url(owner_url).set(username=role, password=password).render_as_string(hide_password=False)


def privileged(url: str) -> str | None:
    """Why the role of `url` must not run the service (superuser, bypassrls, owner), or None."""
    database = open_url(url)
    try:
        with database.engine.connect() as conn:
            return privileges_problem(conn)
    finally:
        database.dispose()


def administrator_code(owner_url: str, office_code: str) -> str:
    """A one-time code for a laptop of an office (its first laptop, when the office is not here yet)."""
    with psycopg.connect(libpq_url(owner_url), row_factory=dict_row) as conn:
        found = conn.execute("SELECT id FROM office WHERE code = %s", [office_code.upper()]).fetchone()
        office_id: uuid.UUID | None = found["id"] if found else None
        return devices.new_code(conn, office_code, office_id, None, datetime.now(UTC))


def audit_problems(owner_url: str) -> tuple[int, list[str]]:
    """Every office's chain of arrivals checked with the laptops' anchors in it (`push.arrival_problems`):
    (offices checked, one line per problem, each led by its office's code)."""
    with psycopg.connect(libpq_url(owner_url), row_factory=dict_row) as conn:
        offices = conn.execute("SELECT DISTINCT a.office_id, o.code FROM sync_audit a "
                               "LEFT JOIN office o ON o.id = a.office_id ORDER BY o.code").fetchall()
        return len(offices), [f"{office['code'] or office['office_id']}: {problem}" for office in offices
                              for problem in push.arrival_problems(conn, office["office_id"])]


def rows_as(url: str, office_id: uuid.UUID | None, sql: str) -> list[dict[str, Any]]:
    """A query as the role of `url`, scoped to `office_id` the way the service scopes its requests."""
    with psycopg.connect(libpq_url(url), row_factory=dict_row) as conn, conn.transaction():
        if office_id is not None:
            devices.in_office(conn, office_id)
        return list(conn.execute(sql).fetchall())


def vacuum_erased(owner_url: str) -> None:
    """The rewrite after erasures (sync/server/vacuum.py), until the process is stopped: run as the owner beside
    the service (e.g. its own systemd unit), logging to standard error. PermissionError for a role that does not
    own the tables."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    vacuum.run(libpq_url(owner_url))
