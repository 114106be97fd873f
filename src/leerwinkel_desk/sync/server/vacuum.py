"""After an erasure on the central PostgreSQL: the erased values leave its data files, not only its tables.

An erasure (push.py's `erase_centrally`) updates the person's rows; PostgreSQL keeps each old row version,
their values with it, in the table's file until a vacuum removes it: hours on a quiet server, where anyone with
the data files or a base backup reads them. A plain VACUUM is not enough either: it frees the old version but
leaves its bytes in the page's free space whenever the version was among the last written to its page (a row
made and erased within days), and in the search indexes' pages; only a rewrite of the table (VACUUM FULL: a new
file, the old one removed) leaves none. So:

- the erasure's transaction notes which tables it wrote (`sync_vacuum_due`, the table names only), bumps the
  erasure mark (`sync_erasure_mark`) and sends NOTIFY; PostgreSQL delivers the notification only once that
  transaction commits, and a rolled back erasure leaves nothing to do (pushes that erase wait for each other on
  those rows until they commit: erasures are rare);
- a worker (`run`: `leerwinkel-desk serve --vacuum-erased --database postgresql://OWNER`, beside the service)
  wakes at the notification and rewrites each noted table, once no transaction can still see the rows as they
  were before the erasure (`settled`: a rewrite keeps any old version a running snapshot may read, so it would
  copy the values into the new file);
- it must be the tables' owner: the service's role owns nothing (row-level security), and PostgreSQL 16 skips,
  with a mere warning, the vacuum of a table one does not own, so the service itself cannot do this.

A rewrite takes the table's ACCESS EXCLUSIVE lock for as long as it copies (about 3 s for a 330 MB table on the
2-core development machine): the sync of every office waits that long for that table, once per table after a
batch of erasures (notifications arriving within `SETTLE` seconds are one batch). It waits at most
`LOCK_TIMEOUT` for the lock, so a long pull never queues the others behind it. A rewrite that fails (the lock
not had in time, a full disk, the database gone) changes nothing: the erasure stays committed, one line is
logged (the table and the error's kind: no personal data), and the table stays noted for the next try, at the
next erasure or after `RETRY` seconds. The old values can still be in the WAL until its segments are recycled,
in WAL archives and in base backups made before: those age out with their own retention.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import psycopg
from psycopg import sql

CHANNEL = "leerwinkel_erasure"
LOCK_TIMEOUT = "2s"     # the longest a rewrite waits in the lock queue, where it holds up everyone after it
SETTLE = 5.0            # erasures notified within this many seconds of each other are rewritten together
RETRY = 30.0            # a table not rewritten yet (failed, or an older snapshot still open) is tried again
QUIET = 600.0           # with nothing noted, the worker looks anyway this often (a notification missed)

log = logging.getLogger(__name__)


def note(conn: Any, tables: set[str]) -> None:
    """In the erasure's transaction: the tables it wrote are to be rewritten, the mark moves on, the worker is
    told (at commit)."""
    conn.execute("INSERT INTO sync_vacuum_due (tbl, erasures) SELECT unnest(%s::text[]), 1 ON CONFLICT (tbl) "
                 "DO UPDATE SET erasures = sync_vacuum_due.erasures + 1", [sorted(tables)])
    conn.execute("UPDATE sync_erasure_mark SET erasures = erasures + 1")
    conn.execute(sql.SQL("NOTIFY {}").format(sql.Identifier(CHANNEL)))


def may_rewrite(conn: Any) -> bool:
    """Whether the connected role may rewrite every table of the schema (a superuser, or one with the rights of
    each table's owner)."""
    return bool(conn.execute(
        "SELECT rolsuper OR NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
        "AND NOT pg_has_role(tableowner, 'USAGE')) FROM pg_roles WHERE rolname = current_user").fetchone()[0])


def settled(conn: Any) -> bool:
    """Whether every erasure noted so far is older than every snapshot still open: each erasure left an old
    version of the mark's row, which a vacuum can remove only then (PostgreSQL counts what it had to keep)."""
    if not _quietly(conn, sql.SQL("VACUUM sync_erasure_mark")):
        return False
    conn.execute("SELECT pg_stat_clear_snapshot()")
    row = conn.execute("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relid = 'sync_erasure_mark'::regclass"
                       ).fetchone()
    return row is not None and row[0] == 0


def rewrite_due(conn: Any) -> bool:
    """Rewrite each table noted by erasures (on an autocommit connection of the owner, rows as tuples); True
    when none is left to do. The count of erasures read is taken off once its table is rewritten: one noted
    meanwhile stays."""
    due = conn.execute("SELECT tbl, erasures FROM sync_vacuum_due WHERE erasures > 0 ORDER BY tbl").fetchall()
    if not due:
        return True
    if not settled(conn):
        return False
    left = False
    for table, erasures in due:
        if _quietly(conn, sql.SQL("VACUUM (FULL) {}").format(sql.Identifier(table)), table):
            conn.execute("UPDATE sync_vacuum_due SET erasures = erasures - %s WHERE tbl = %s", [erasures, table])
        else:
            left = True
    if not left:
        log.info("rewrote %d table(s) an erasure wrote to", len(due))
    return not left


def _quietly(conn: Any, statement: sql.Composable, table: str | None = None) -> bool:
    """Run a vacuum; False when it failed or PostgreSQL skipped it with a warning (one line logged for a
    table's rewrite, without personal data)."""
    warned: list[str] = []

    def heard(notice: psycopg.errors.Diagnostic) -> None:
        if notice.severity_nonlocalized == "WARNING":
            warned.append(notice.sqlstate or "warning")

    conn.add_notice_handler(heard)
    try:
        conn.execute(statement)
    except psycopg.Error as error:
        if conn.broken:
            raise                           # the connection is gone: `run` connects again
        if table is not None:
            log.warning("the rewrite of %s after an erasure failed (%s); it is tried again later", table,
                        type(error).__name__)
        return False
    finally:
        conn.remove_notice_handler(heard)
    if warned and table is not None:
        log.warning("the rewrite of %s after an erasure was skipped (warning %s); it is tried again later", table,
                    warned[0])
    return not warned


def run(owner_url: str, stop: threading.Event | None = None, *, settle: float = SETTLE, retry: float = RETRY,
        quiet: float = QUIET, lock_timeout: str = LOCK_TIMEOUT) -> None:
    """The worker: listen for erasures and rewrite what they noted, until `stop` is set (or for ever). Its
    connection lost (the central database out of reach) or another error between the rewrites: one line, and it
    connects again after `retry` seconds."""
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            with psycopg.connect(owner_url, autocommit=True) as conn:
                if not may_rewrite(conn):
                    raise PermissionError("the rewrite after an erasure needs the tables' owner (`serve --set-up`'s "
                                          "--database URL), not the service's role")
                conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(lock_timeout)))
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
                while not stop.is_set():
                    done = rewrite_due(conn)
                    if any(True for _ in conn.notifies(timeout=quiet if done else retry, stop_after=1)):
                        _batch(conn, settle, stop)
        except psycopg.Error as error:
            log.warning("the rewrite after erasures stopped on an error (%s); it starts again", type(error).__name__)
            stop.wait(retry)


def _batch(conn: Any, settle: float, stop: threading.Event) -> None:
    """Wait while notifications keep arriving (a laptop's retention run erases many people in a few pushes), at
    most ten times `settle`, so their tables are rewritten once."""
    deadline = time.monotonic() + 10 * settle
    while not stop.is_set() and time.monotonic() < deadline:
        if not any(True for _ in conn.notifies(timeout=settle, stop_after=1)):
            return
