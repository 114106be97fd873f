"""Pulls from a hot standby (`serve --standby`): a real PostgreSQL primary and a streaming standby of it made
by pg_basebackup, the service in front of both, real SQLCipher laptops. A pull reads the standby once it
has replayed what the primary had when the pull came, and the primary when it has not (replay paused)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.sync.server.admin import libpq_url
from leerwinkel_desk.sync.server.loopback import Central, make_central, start_service, stop_service
from sync_support import first_laptop, joined_laptop, row

pytestmark = pytest.mark.postgres


def standby_of(primary, folder: Path):
    """A streaming hot standby of `primary` (pgserver), started in `folder`."""
    import pgserver

    bin_dir = Path(pgserver.__file__).parent / "pginstall" / "bin"
    subprocess.run([str(bin_dir / "pg_basebackup"), "-D", str(folder), "-R", "-X", "stream", "-c", "fast", "-h",
                    str(primary.pgdata), "-U", "postgres"], check=True, capture_output=True, timeout=120)
    for copied in (".s.PGSQL.5432.lock", "log", ".handle_pids.json", "postmaster.opts"):     # the primary's own
        (folder / copied).unlink(missing_ok=True)
    if os.geteuid() == 0:                   # pgserver runs PostgreSQL as its own user when started as root
        shutil.chown(folder, "pgserver", "pgserver")
        for path in folder.rglob("*"):
            shutil.chown(path, "pgserver", "pgserver")
    folder.chmod(0o700)
    return pgserver.get_server(folder, cleanup_mode="stop")


@pytest.fixture(scope="module")
def replicated() -> Iterator[tuple[Central, str, str]]:
    """A primary with the central database and a standby of it: (central, the service role's URL on the
    standby, the superuser's URL on the standby's copy of the central database)."""
    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="leerwinkel-standby-"))
    primary = standby = None
    try:
        primary = pgserver.get_server(folder / "primary", cleanup_mode="stop")
        central = make_central(primary.get_uri())
        standby = standby_of(primary, folder / "standby")
        on_standby = make_url(central.service_url).update_query_dict({"host": str(folder / "standby")})
        watch = make_url(central.owner_url).update_query_dict({"host": str(folder / "standby")})
        yield (central, on_standby.render_as_string(hide_password=False),
               watch.render_as_string(hide_password=False))
    finally:
        for server in (standby, primary):
            if server is not None:
                server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def sync_row_reads(watch_url: str) -> int:
    """How often the standby's own backends read the change index (only pulls do), as its statistics say."""
    with psycopg.connect(libpq_url(watch_url), autocommit=True) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        return int(conn.execute("SELECT coalesce(sum(idx_scan + seq_scan), 0) FROM pg_stat_user_tables "
                                "WHERE relname = 'sync_row'").fetchone()[0])


def replay(watch_url: str, on: bool) -> None:
    with psycopg.connect(libpq_url(watch_url), autocommit=True) as conn:
        conn.execute("SELECT pg_wal_replay_resume()" if on else "SELECT pg_wal_replay_pause()")


def test_pulls_read_the_standby_once_it_has_replayed_and_the_primary_when_it_lags(replicated, tmp_path,
                                                                                   clock) -> None:
    central, standby_url, watch_url = replicated
    service = start_service(central.service_url, standby_url=standby_url)
    try:
        a, built = first_laptop(central, service, tmp_path / "a.db", clock)
        before = sync_row_reads(watch_url)
        b = joined_laptop(a, service, tmp_path / "b.db")              # its first sync: pulls on the standby
        deadline = time.monotonic() + 15
        while sync_row_reads(watch_url) == before and time.monotonic() < deadline:
            time.sleep(0.2)                  # a backend's statistics reach the shared ones within a second
        assert sync_row_reads(watch_url) > before
        assert row(b.db, "SELECT count(*) FROM counsellor")[0] == row(a.db, "SELECT count(*) FROM counsellor")[0]

        made = Clients(a.db, clock, built.coordinator).create(ClientInput("Wannes", "Standaert"))
        a.sync.sync(built.coordinator)
        b.sync.sync()                         # right after the push: the standby has replayed it, or waits
        assert row(b.db, "SELECT last_name FROM client WHERE id = :id", id=made.id.hex)[0] == "Standaert"

        replay(watch_url, on=False)           # the standby stops replaying: it lags behind every push
        try:
            later = Clients(a.db, clock, built.coordinator).create(ClientInput("Lotte", "Verhaeghe"))
            a.sync.sync(built.coordinator)
            result = b.sync.sync()            # read on the primary after the wait: nothing missed, no resync
            assert row(b.db, "SELECT last_name FROM client WHERE id = :id", id=later.id.hex)[0] == "Verhaeghe"
            assert result.rejected == 0
        finally:
            replay(watch_url, on=True)
        a.db.dispose()
        b.db.dispose()
    finally:
        stop_service(service)
