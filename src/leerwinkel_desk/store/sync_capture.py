"""Change capture on a laptop: SQLite triggers append every write to `sync_outbox`, in the same transaction.

The triggers are generated from the tables as they are in the file (so a later migration that adds a
column calls `install_capture` again). They see every write path: the services' ORM flushes, bulk
`update()` statements, raw SQL and the registration import. Each op records the table, the row id,
the kind (I insert, U update, D delete) and, for an update, only the changed columns with the value
before (what this laptop last saw) and after. A delete records no values and removes the row's
pending ops (their values go with the row). Capture is off until the laptop is enrolled (a laptop
that never syncs keeps no outbox); while a pull is applied it is muted through the one-row
`sync_mute` table, set and restored inside the pull's own transaction.

Never captured: drafts, the local number counter, the sync tables themselves, the search indexes, the
report's kept figures (derived by their own triggers on every laptop: store/report_figures.py), Alembic's
stamp, and the passphrase hash and who chose it (a key entry stays on its laptop).

A *full* pull (a laptop's first sync, a resync) leaves the `FULL_PULL` row in `sync_state` until its
last page is in: meanwhile the triggers that keep derived data (the report's kept figures) are paused
(`FULL_PULL_UNDER_WAY`), and the pull's all-or-nothing finish makes that data again from the rows.

When an erasure is recorded, `sync_scrub_erasure` takes the person's values out of the pending ops
and the conflict inbox: updates of their rows are dropped (the erasure itself reaches the server,
which erases there), inserts have their personal columns emptied by the erasure's one rule, per table
and column (store/erased.py: what the laptop's and the server's erasure leave there, so the server takes
the insert), inbox items about their rows go.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.numbers import ERASED, ERASED_DIGITS
from leerwinkel_desk.store.erased import PERSONAL_COLUMNS, cleared

# Tables that are never synchronised (local state, secrets, derived indexes).
NOT_SYNCED = frozenset({"alembic_version", "draft", "number_sequence"})
NOT_SYNCED_PREFIXES = ("sync_", "sqlite_", "client_name_fts", "client_name_word",   # name search
                       "report_")                                                    # kept figures (derived)
NOT_SYNCED_COLUMNS = frozenset({"passphrase_hash", "passphrase_given_by"})   # a passphrase is per laptop
FULL_PULL = "full_pull"    # sync_state: a full pull is under way; its value: the cursor it reached
FULL_PULL_KEPT = "full_pull_kept"    # sync_state: rows a resync kept for their local-only values, not yet sent
FULL_PULL_UNDER_WAY = f"EXISTS (SELECT 1 FROM sync_state WHERE key = '{FULL_PULL}')"     # for triggers' WHEN
APPEND_ONLY = frozenset({"audit_event", "contact", "request_change", "erasure", "client_merge"})

LAPTOP_TABLES = [
    """CREATE TABLE sync_outbox (
         op INTEGER PRIMARY KEY AUTOINCREMENT,
         tbl TEXT NOT NULL,
         row_id TEXT NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('I', 'U', 'D')),
         old TEXT,
         new TEXT,
         at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')))""",
    "CREATE INDEX ix_sync_outbox_row ON sync_outbox (row_id)",
    "CREATE TABLE sync_mute (id INTEGER PRIMARY KEY CHECK (id = 1), muted INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO sync_mute (id, muted) VALUES (1, 1)",        # off until the laptop is enrolled
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE sync_inbox (
         id TEXT PRIMARY KEY,
         kind TEXT NOT NULL,
         tbl TEXT NOT NULL,
         row_id TEXT NOT NULL,
         field TEXT,
         mine TEXT,
         theirs TEXT,
         my_author TEXT,
         my_at TEXT,
         their_author TEXT,
         their_at TEXT,
         reason TEXT,
         arrived_at TEXT NOT NULL,
         resolved_at TEXT,
         resolution TEXT)""",
    "CREATE INDEX ix_sync_inbox_row ON sync_inbox (row_id)",
    """CREATE TABLE sync_number_block (
         prefix TEXT NOT NULL,
         year INTEGER NOT NULL,
         first INTEGER NOT NULL,
         last INTEGER NOT NULL,
         next_value INTEGER NOT NULL,
         PRIMARY KEY (prefix, year, first))""",
]


def is_synced(table: str) -> bool:
    return table not in NOT_SYNCED and not table.startswith(NOT_SYNCED_PREFIXES)


def synced_tables(conn: Connection) -> list[str]:
    """The synchronised tables of this file, those with an `id` key, parents before children (the first laptop's
    rows go up in this order: sync/client.py `seed_outbox`). Creation order gives it, except for a table a migration
    rebuilt (batch mode: copied, dropped, renamed; 0018 `partner_organisation`), which is made again after the
    tables that refer to it: so each table comes once the tables its foreign keys name are there, the earliest made
    first (a cycle, which the schema has not, would fall back to creation order)."""
    names = [row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    tables = [name for name in names if is_synced(name) and "id" in _columns(conn, name)]
    parents = {table: {row[2] for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")')} - {table}
               for table in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        waiting = [table for table in tables if table not in ordered]
        ordered.append(next((table for table in waiting if parents[table] & set(waiting) == set()), waiting[0]))
    return ordered


def _columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


def captured_columns(conn: Connection, table: str) -> list[str]:
    return [column for column in _columns(conn, table) if column not in NOT_SYNCED_COLUMNS]


def _json_object(ref: str, columns: Sequence[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {ref}.\"{c}\"" for c in columns) + ")"


def capture_triggers(table: str, columns: Sequence[str]) -> list[str]:
    """The three capture triggers of one table."""
    live = "WHEN (SELECT muted FROM sync_mute WHERE id = 1) = 0"
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS c, OLD.\"{c}\" AS o, NEW.\"{c}\" AS n WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\""
        for c in columns if c != "id")
    update = [] if not changed else [
        f"""CREATE TRIGGER sync_capture_{table}_update AFTER UPDATE ON "{table}" {live} BEGIN
              INSERT INTO sync_outbox (tbl, row_id, kind, old, new)
              SELECT '{table}', NEW.id, 'U', json_group_object(c, o), json_group_object(c, n)
              FROM ({changed}) HAVING count(*) > 0;
            END"""]
    return [
        f"""CREATE TRIGGER sync_capture_{table}_insert AFTER INSERT ON "{table}" {live} BEGIN
              INSERT INTO sync_outbox (tbl, row_id, kind, new)
              VALUES ('{table}', NEW.id, 'I', {_json_object('NEW', columns)});
            END""",
        *update,
        f"""CREATE TRIGGER sync_capture_{table}_delete AFTER DELETE ON "{table}" {live} BEGIN
              DELETE FROM sync_outbox WHERE tbl = '{table}' AND row_id = OLD.id;
              INSERT INTO sync_outbox (tbl, row_id, kind) VALUES ('{table}', OLD.id, 'D');
            END""",
    ]


def person_rows(conn: Connection, tables: Sequence[str]) -> str:
    """A query, inside a trigger on `erasure`, of the ids of the erased person's rows in `tables`: their client
    record, the rows naming it, their requests and the rows naming those."""
    person = ["SELECT NEW.client_id"]
    requests = "SELECT id FROM learning_request WHERE client_id = NEW.client_id"
    for table in tables:
        columns = _columns(conn, table)
        if "client_id" in columns:
            person.append(f'SELECT id FROM "{table}" WHERE client_id = NEW.client_id')
        if "request_id" in columns:
            person.append(f'SELECT id FROM "{table}" WHERE request_id IN ({requests})')
        if "subject_client_id" in columns and table != "audit_event":
            person.append(f'SELECT id FROM "{table}" WHERE subject_client_id = NEW.client_id')
    return " UNION ".join(person)


def _scrub_trigger(conn: Connection, tables: Sequence[str]) -> str:
    """The trigger that takes an erased person's values out of the outbox and the inbox."""
    rows = person_rows(conn, tables)
    scrubs = "".join(
        f"""UPDATE sync_outbox SET new = json_set(new, {_cleared_paths(values)})
              WHERE kind = 'I' AND tbl = '{table}' AND row_id IN ({rows});
          """ for table in tables if table in PERSONAL_COLUMNS
        if (values := {c: v for c, v in cleared(table).items() if c in _columns(conn, table)}))
    return f"""CREATE TRIGGER sync_scrub_erasure AFTER INSERT ON erasure BEGIN
          DELETE FROM sync_outbox WHERE kind = 'U' AND tbl NOT IN ('erasure', 'audit_event')
            AND row_id IN ({rows});
          {scrubs}UPDATE sync_outbox
            SET new = json_set(new, '$.dossier_no', '{ERASED}' || substr(NEW.client_id, -{ERASED_DIGITS}))
            WHERE kind = 'I' AND tbl = 'client' AND row_id = NEW.client_id;
          DELETE FROM sync_inbox WHERE row_id IN ({rows});
        END"""


def _cleared_paths(values: dict[str, str | None]) -> str:
    """json_set's paths and values for an insert's personal columns emptied by the erasure's rule (store/erased.py):
    NULL, or "" for a text that was there (a NULL stays NULL)."""
    return ", ".join(f"'$.{c}', NULL" if v is None else f"'$.{c}', CASE WHEN json_extract(new, '$.{c}') IS NULL "
                     f"THEN NULL ELSE '{v}' END" for c, v in values.items())


def install_capture(conn: Connection) -> None:
    """(Re)create every capture trigger and the erasure scrub from the tables as they are now."""
    existing = [row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'")]
    for name in existing:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    tables = synced_tables(conn)
    for table in tables:
        for statement in capture_triggers(table, captured_columns(conn, table)):
            conn.exec_driver_sql(statement)
    conn.exec_driver_sql(_scrub_trigger(conn, tables))


def device_id(session: Session) -> str | None:
    """The id the sync service gave this laptop when it enrolled; None for a laptop that is not enrolled (or a
    file on a schema before synchronisation, 0006) and for the central database."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    if session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sync_state'")).first() is None:
        return None
    return session.execute(text("SELECT value FROM sync_state WHERE key = 'device_id'")).scalar_one_or_none()


def create_laptop_tables(conn: Connection) -> None:
    for statement in LAPTOP_TABLES:
        conn.exec_driver_sql(statement)
    install_capture(conn)


def drop_laptop_tables(conn: Connection) -> None:
    for name in [row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'")]:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for table in ("sync_outbox", "sync_mute", "sync_state", "sync_inbox", "sync_number_block"):
        conn.exec_driver_sql(f"DROP TABLE {table}")


def start_capture(conn: Connection) -> None:
    """From now on every write is captured (the laptop was enrolled with a sync service)."""
    conn.execute(text("UPDATE sync_mute SET muted = 0 WHERE id = 1"))


@contextmanager
def muted(conn: Connection) -> Iterator[None]:
    """Capture off inside the caller's transaction, then as it was (other connections never see it off)."""
    before = conn.execute(text("SELECT muted FROM sync_mute WHERE id = 1")).scalar_one()
    conn.execute(text("UPDATE sync_mute SET muted = 1 WHERE id = 1"))
    try:
        yield
    finally:
        conn.execute(text("UPDATE sync_mute SET muted = :before WHERE id = 1"), {"before": before})
