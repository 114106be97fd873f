"""a laptop's erasure trigger empties a pending insert's personal columns per table, as the erasure does

The trigger that takes an erased person's values out of the sync outbox removed every column named in one
list from every pending insert of their rows, whatever its table: a contact's `status` (named like a client's
social status), a referral's `reason` and a typed option's `free_text` too, so the service refused those
inserts (NOT NULL, CHECK course_or_text) of a person made and erased on a laptop before it synced. The
trigger is made again from the erasure's one rule (store/erased.py, store/sync_capture.py), and the inserts
still waiting that the old trigger stripped get their columns back from the row as it is now: the erasure
had emptied that row already, so what comes back is what the erasure left (a contact's status, a referral's
reason ""). Nothing changes on the central PostgreSQL.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

from alembic import op

from leerwinkel_desk.store.sync_capture import captured_columns, install_capture, synced_tables

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None
# the column names the trigger of 0006 to 0013 removed from the inserts of an erased person's rows
STRIPPED = frozenset({
    "first_name", "last_name", "birth_date", "gender", "phone", "email", "street", "postcode",
    "municipality", "highest_qualification", "foreign_diploma", "status", "dutch_level",
    "personal_situation", "study_history", "practical_barriers", "support_network", "interests",
    "phone_key", "email_key", "import_ref", "name_key", "topic", "question", "summary", "notes",
    "import_key", "reason", "loop_note", "free_text", "note", "recipient_name",
})


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    install_capture(conn)
    for table in synced_tables(conn):
        for column in STRIPPED.intersection(captured_columns(conn, table)):
            conn.exec_driver_sql(
                f"""UPDATE sync_outbox SET new = json_set(new, '$.{column}',
                      (SELECT "{column}" FROM "{table}" WHERE id = sync_outbox.row_id))
                    WHERE kind = 'I' AND tbl = '{table}' AND json_type(new, '$.{column}') IS NULL
                      AND EXISTS (SELECT 1 FROM "{table}" WHERE id = sync_outbox.row_id)""")
    # the old trigger's erased marker took the key's first hex digits, which keys made in one millisecond share
    # (two such clients' inserts clashed on the service's unique dossier number): the row's own marker instead
    conn.exec_driver_sql(
        """UPDATE sync_outbox SET new = json_set(new, '$.dossier_no',
              (SELECT dossier_no FROM client WHERE id = sync_outbox.row_id))
            WHERE kind = 'I' AND tbl = 'client' AND json_extract(new, '$.dossier_no') LIKE 'X-%'
              AND EXISTS (SELECT 1 FROM client WHERE id = sync_outbox.row_id)""")


def downgrade() -> None:
    """The trigger stays as it is: it works at 0013 too (the tables are the same)."""
