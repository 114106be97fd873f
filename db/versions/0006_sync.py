"""synchronisation: change capture on laptops; change index, row-level security and the service's tables centrally

On a laptop (SQLite): the outbox, the mute switch, the sync state, the conflict inbox, the leased number
blocks, and the capture triggers generated from the tables (store/sync_capture.py). On the central
PostgreSQL: the change index `sync_row` and its triggers, the devices, enrolment codes, applied ops,
number leases, the audit arrivals, and FORCE ROW LEVEL SECURITY with a policy per office on every table
with an office (store/sync_central.py). A later migration that adds a table or column calls
`install_capture` / `install_change_index` / `install_row_security` again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from alembic import op

from leerwinkel_desk.store.sync_capture import create_laptop_tables, drop_laptop_tables
from leerwinkel_desk.store.sync_central import create_central, drop_central

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        create_laptop_tables(op.get_bind())
    else:
        create_central(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        drop_laptop_tables(op.get_bind())
    else:
        drop_central(op.get_bind())
