"""The central PostgreSQL's sync pieces: the change index, the sync service's tables, row-level security, roles.

- `sync_row` is the change index: a trigger on every synchronised table upserts (table, row id,
  office, `pg_current_xact_id()`, a sequence number) on each insert, update and delete. It keeps no
  values, so no superseded personal data lingers. A pull reads the current rows behind it.
- Row-level security: every table with `office_id` (and `office` by its id) has FORCE ROW LEVEL
  SECURITY and a policy `office_scope` on `current_setting('app.office_id')`, which the sync service
  sets with `set_config(..., true)` (transaction-local) per request. A second policy lets the role
  that ran the migrations (the owner: migrations, administrator codes) see every office.
  An enrolment code's row is visible to whoever knows the code (`app.enrolment_code`).
- The sync service connects as a role that owns no table and has no BYPASSRLS (`grant_service_role`
  makes it; `refuse_privileged_role` refuses to serve as anything else).
- A region coordinator reports across the offices as a login role of their own (`grant_region_reader`):
  SELECT only, on the office tables only (never the service's tables: token key, devices, codes, the
  pushed ops), without the columns that say who a person is or what they told (names, contact details,
  free text; the report counts without them), and a policy `region_read_<role>` that lets it read
  every office. Nothing it does can write, and the service role gains nothing from it.
"""

from __future__ import annotations

from sqlalchemy import Connection

from leerwinkel_desk.store.erased import PERSONAL_NAMES
from leerwinkel_desk.store.sync_capture import NOT_SYNCED_COLUMNS, is_synced


def _touch_function(stamped: bool) -> str:
    """The change-index trigger's function; `stamped` (0010 on) also keeps when each row last changed."""
    stamp = ", changed_at = now()" if stamped else ""
    return f"""CREATE OR REPLACE FUNCTION sync_row_touch() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         r record;
         office uuid;
       BEGIN
         IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
         IF TG_TABLE_NAME = 'office' THEN office := r.id; ELSE office := r.office_id; END IF;
         INSERT INTO sync_row (tbl, row_id, office_id) VALUES (TG_TABLE_NAME, r.id, office)
         ON CONFLICT (tbl, row_id) DO UPDATE
           SET txid = pg_current_xact_id(), seq = nextval('sync_row_seq'), office_id = EXCLUDED.office_id{stamp};
         RETURN NULL;
       END $$"""


SERVER_TABLES = [
    "CREATE SEQUENCE sync_row_seq",
    """CREATE TABLE sync_row (
         tbl text NOT NULL,
         row_id uuid NOT NULL,
         office_id uuid NOT NULL,
         txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
         seq bigint NOT NULL DEFAULT nextval('sync_row_seq'),
         PRIMARY KEY (tbl, row_id))""",
    "CREATE INDEX ix_sync_row_cursor ON sync_row (office_id, txid, seq)",
    """CREATE TABLE sync_applied_op (
         device_id uuid NOT NULL,
         op bigint NOT NULL,
         office_id uuid NOT NULL,
         result jsonb NOT NULL,
         PRIMARY KEY (device_id, op))""",
    """CREATE TABLE sync_office (
         office_id uuid PRIMARY KEY,
         max_offline_days integer NOT NULL DEFAULT 30)""",
    """CREATE TABLE sync_enrolment (
         code_hash text PRIMARY KEY,
         office_id uuid,
         office_code text NOT NULL,
         created_by uuid,
         expires_at timestamptz NOT NULL,
         used_at timestamptz)""",
    """CREATE TABLE sync_device (
         id uuid PRIMARY KEY,
         office_id uuid NOT NULL,
         name text NOT NULL,
         public_key bytea NOT NULL,
         enrolled_at timestamptz NOT NULL DEFAULT now(),
         last_seen_at timestamptz NOT NULL DEFAULT now(),
         revoked_at timestamptz,
         wipe boolean NOT NULL DEFAULT false)""",
    """CREATE TABLE sync_number_lease (
         office_id uuid NOT NULL,
         device_id uuid NOT NULL,
         prefix text NOT NULL,
         year integer NOT NULL,
         first integer NOT NULL,
         last integer NOT NULL,
         PRIMARY KEY (office_id, prefix, year, first))""",
    """CREATE TABLE sync_audit (
         office_id uuid NOT NULL,
         arrival bigint NOT NULL,
         device_id uuid NOT NULL,
         device_seq bigint NOT NULL,
         event jsonb NOT NULL,
         prev_hash text NOT NULL,
         hash text NOT NULL,
         PRIMARY KEY (office_id, arrival),
         UNIQUE (office_id, device_id, device_seq))""",
    "CREATE TABLE sync_server (id integer PRIMARY KEY CHECK (id = 1), token_secret bytea NOT NULL)",
    _touch_function(stamped=False),
]
SERVER_TABLE_NAMES = ("sync_row", "sync_applied_op", "sync_office", "sync_enrolment", "sync_device",
                      "sync_number_lease", "sync_audit", "sync_server")
NOT_PULLED = frozenset({"audit_event"})       # a device's audit chain arrives in sync_audit, never copied back


def indexed_tables(conn: Connection) -> list[str]:
    """The application tables whose changes laptops pull (those with an `id` key)."""
    rows = conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' ORDER BY table_name").all()
    return [row[0] for row in rows if is_synced(row[0]) and row[0] not in NOT_PULLED]


def office_tables(conn: Connection) -> list[str]:
    """Every table with an `office_id` column, plus `office` itself."""
    rows = conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'office_id' ORDER BY table_name").all()
    return ["office", *[row[0] for row in rows]]


def install_change_index(conn: Connection) -> None:
    """(Re)create the change-index trigger on every synchronised table."""
    for table in indexed_tables(conn):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS sync_row_touch ON "{table}"')
        conn.exec_driver_sql(f'CREATE TRIGGER sync_row_touch AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                             "FOR EACH ROW EXECUTE FUNCTION sync_row_touch()")


def install_row_security(conn: Connection) -> None:
    """FORCE ROW LEVEL SECURITY and the office policy on every table with an office (idempotent)."""
    for table in office_tables(conn):
        column = "id" if table == "office" else "office_id"
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        conn.exec_driver_sql(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS office_scope ON "{table}"')
        conn.exec_driver_sql(f'CREATE POLICY office_scope ON "{table}" USING '
                             f"({column} = nullif(current_setting('app.office_id', true), '')::uuid)")
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS administration ON "{table}"')
        conn.exec_driver_sql(f'CREATE POLICY administration ON "{table}" TO CURRENT_USER USING (true) '
                             "WITH CHECK (true)")
    conn.exec_driver_sql("DROP POLICY IF EXISTS enrolment_by_code ON sync_enrolment")
    conn.exec_driver_sql("CREATE POLICY enrolment_by_code ON sync_enrolment USING "
                         "(code_hash = current_setting('app.enrolment_code', true))")


def create_central(conn: Connection) -> None:
    for statement in SERVER_TABLES:
        conn.exec_driver_sql(statement)
    install_change_index(conn)
    install_row_security(conn)


def drop_central(conn: Connection) -> None:
    for table in indexed_tables(conn):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS sync_row_touch ON "{table}"')
    for table in office_tables(conn):
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS office_scope ON "{table}"')
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS administration ON "{table}"')
        conn.exec_driver_sql(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    for table in SERVER_TABLE_NAMES:
        conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql("DROP FUNCTION sync_row_touch()")
    conn.exec_driver_sql("DROP SEQUENCE sync_row_seq")


PRUNING = [           # 0010: what pruning needs (when rows changed and ops were applied; how far it pruned)
    ("sync_row", "changed_at", "timestamptz NOT NULL DEFAULT now()"),
    ("sync_applied_op", "applied_at", "timestamptz NOT NULL DEFAULT now()"),
    ("sync_office", "pruned_at", "timestamptz"),
    ("sync_office", "pruned_txid", "bigint NOT NULL DEFAULT 0"),
    ("sync_office", "pruned_seq", "bigint NOT NULL DEFAULT 0"),
]


def add_pruning(conn: Connection) -> None:
    """The columns pruning needs, and the change index stamping when each row last changed."""
    for table, column, kind in PRUNING:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.exec_driver_sql("CREATE INDEX ix_sync_row_changed ON sync_row (office_id, changed_at)")
    conn.exec_driver_sql(_touch_function(stamped=True))


def drop_pruning(conn: Connection) -> None:
    conn.exec_driver_sql(_touch_function(stamped=False))
    conn.exec_driver_sql("DROP INDEX ix_sync_row_changed")
    for table, column, _kind in reversed(PRUNING):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")


NOTICES = [           # 0013: which laptop last wrote a field, and what a laptop is told at its next sync
    """CREATE TABLE sync_field_writer (
         tbl text NOT NULL,
         row_id uuid NOT NULL,
         field text NOT NULL,
         office_id uuid NOT NULL,
         device_id uuid NOT NULL,
         person_id uuid,
         written_at timestamptz NOT NULL,
         PRIMARY KEY (tbl, row_id, field))""",
    "CREATE INDEX ix_sync_field_writer_age ON sync_field_writer (office_id, written_at)",
    """CREATE TABLE sync_notice (
         id bigserial PRIMARY KEY,
         office_id uuid NOT NULL,
         device_id uuid NOT NULL,
         row_id uuid NOT NULL,
         item jsonb NOT NULL,
         created_at timestamptz NOT NULL)""",
    "CREATE INDEX ix_sync_notice_device ON sync_notice (device_id, id)",
]


def add_notices(conn: Connection) -> None:
    """The tables that tell a laptop its value lost to a later arrival (sync/server/notices.py), each office's own."""
    for statement in NOTICES:
        conn.exec_driver_sql(statement)
    install_row_security(conn)


def drop_notices(conn: Connection) -> None:
    conn.exec_driver_sql("DROP TABLE sync_notice")
    conn.exec_driver_sql("DROP TABLE sync_field_writer")


VACUUM_QUEUE = [      # 0015: the tables an erasure wrote, to be rewritten once it committed (sync/server/vacuum.py)
    """CREATE TABLE sync_vacuum_due (
         tbl text PRIMARY KEY,
         erasures bigint NOT NULL)""",
    """CREATE TABLE sync_erasure_mark (
         id integer PRIMARY KEY CHECK (id = 1),
         erasures bigint NOT NULL)""",
    "INSERT INTO sync_erasure_mark (id, erasures) VALUES (1, 0)",
]


def add_vacuum_queue(conn: Connection) -> None:
    """What the rewrite after an erasure needs; table names and counts only, no office's (no row security)."""
    for statement in VACUUM_QUEUE:
        conn.exec_driver_sql(statement)


def drop_vacuum_queue(conn: Connection) -> None:
    conn.exec_driver_sql("DROP TABLE sync_erasure_mark")
    conn.exec_driver_sql("DROP TABLE sync_vacuum_due")


JOINS = [            # 0016: which device a code enrolled, and whether that device's join ever finished
    ("sync_enrolment", "device_id", "uuid"),
    ("sync_device", "joined_at", "timestamptz"),
]


def add_joins(conn: Connection) -> None:
    """A join that can be asked again (the code remembers its device) and a device whose join never finished
    (`joined_at` empty: sync/server/devices.py); the devices enrolled before count as joined when they were."""
    for table, column, kind in JOINS:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.exec_driver_sql("UPDATE sync_device SET joined_at = enrolled_at")


def drop_joins(conn: Connection) -> None:
    for table, column, _kind in reversed(JOINS):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")


def grant_service_role(conn: Connection, role: str, password: str) -> None:
    """Make (or update) the sync service's login role: rights on the rows, owner of nothing, no BYPASSRLS."""
    _login_role(conn, role, password)
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version, sync_server FROM {role}")


# A region reader reads no passphrase hash and, in rows about a client, nothing that says who they are or
# what they told; it keeps what the monitoring report counts (target groups, age).
REPORTED_PERSONAL = frozenset({"birth_date", "status", "highest_qualification", "foreign_diploma", "dutch_level"})
HIDDEN_FROM_REGION = PERSONAL_NAMES - REPORTED_PERSONAL
PERSON_KEYS = ("client_id", "request_id", "subject_client_id")


def _login_role(conn: Connection, role: str, password: str) -> None:
    """Make (or update) a login role with no privilege of its own (no superuser, BYPASSRLS, CREATEDB/ROLE)."""
    if not role.replace("_", "").isalnum():
        raise ValueError("a role name is letters, digits and underscores")
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}).first()
    quoted = password.replace("'", "''")
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                         f"PASSWORD '{quoted}'")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")


def region_columns(conn: Connection, table: str) -> list[str]:
    """The columns of an office table a region reader may read."""
    columns = [row[0] for row in conn.exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %(table)s ORDER BY ordinal_position", {"table": table})]
    about_a_client = table == "client" or any(key in columns for key in PERSON_KEYS)
    return [c for c in columns if c not in NOT_SYNCED_COLUMNS and not (about_a_client and c in HIDDEN_FROM_REGION)]


def grant_region_reader(conn: Connection, role: str, password: str) -> None:
    """Make (or update) a region coordinator's login: reads every office's rows for reports, writes nothing."""
    _login_role(conn, role, password)
    _region_grants(conn, role)


def region_readers(conn: Connection) -> list[str]:
    """The region readers made here: the roles of the `region_read_<role>` policies."""
    return sorted(str(role) for role in conn.exec_driver_sql(
        "SELECT DISTINCT unnest(roles) FROM pg_policies WHERE schemaname = current_schema() "
        "AND policyname LIKE 'region\\_read\\_%%'").scalars())


def refresh_region_readers(conn: Connection) -> list[str]:
    """Every region reader's grants and policies again, on the tables and columns of now (after a
    migration added some: a table without its policy would read as empty, not refused); passwords kept."""
    readers = region_readers(conn)
    for role in readers:
        _region_grants(conn, role)
    return readers


def _region_grants(conn: Connection, role: str) -> None:
    for table in office_tables(conn):
        if not is_synced(table):               # the service's own tables: token key, devices, codes, pushed ops
            continue
        conn.exec_driver_sql(f'REVOKE ALL ON "{table}" FROM {role}')
        shown = ", ".join(f'"{c}"' for c in region_columns(conn, table))
        conn.exec_driver_sql(f'GRANT SELECT ({shown}) ON "{table}" TO {role}')
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS region_read_{role} ON "{table}"')
        conn.exec_driver_sql(f'CREATE POLICY region_read_{role} ON "{table}" FOR SELECT TO {role} USING (true)')


def set_token_secret(conn: Connection, secret: bytes) -> None:
    """The key that signs the service's short-lived tokens, shared by every instance (kept if set)."""
    conn.exec_driver_sql("INSERT INTO sync_server (id, token_secret) VALUES (1, %(secret)s) "
                         "ON CONFLICT (id) DO NOTHING", {"secret": secret})


def privileges_problem(conn: Connection) -> str | None:
    """Why the connected role must not run the sync service, or None when it may."""
    superuser, bypass = conn.exec_driver_sql(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user").one()
    if superuser or bypass:
        return "superuser" if superuser else "bypassrls"
    owned = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user").scalar()
    return "owner" if owned else None
