"""the central tables an erasure wrote are rewritten once it committed, so its values leave the data files

An erasure on the central PostgreSQL left the person's values in the old row versions, in the tables' files
until a vacuum came by, and a plain vacuum leaves them in the pages' free space. The erasure now notes which
tables it wrote (`sync_vacuum_due`: table names and counts only) and moves a mark (`sync_erasure_mark`, one row)
that tells when no snapshot can still see the rows as they were; a worker run as the owner rewrites those
tables (sync/server/vacuum.py). Nothing changes on a laptop.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08
"""

from alembic import op

from leerwinkel_desk.store.sync_central import add_vacuum_queue, drop_vacuum_queue

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        add_vacuum_queue(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        drop_vacuum_queue(op.get_bind())
