"""telling the laptop whose value lost: which laptop last wrote each field, and its notices until it syncs

On the central PostgreSQL, `sync_field_writer` keeps which device (and person) last wrote each field a
later arrival may replace (no values), and `sync_notice` what a device is to be told at its next sync:
its value of a field was replaced by a later arrival from another laptop (sync/server/notices.py). Both
are each office's own (row-level security) and pruned after the office's maximum offline period.
Nothing changes on a laptop.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op

from leerwinkel_desk.store.sync_central import add_notices, drop_notices

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        add_notices(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        drop_notices(op.get_bind())
