"""pruning the central change index: when each change and applied op happened, and how far an office pruned

On the central PostgreSQL, `sync_row` keeps when each row last changed and `sync_applied_op` when each
op was applied, so the service can drop tombstones and replay answers older than the office's maximum
offline period (a device silent that long is revoked anyway); `sync_office` keeps when and how far it
pruned, and a laptop whose cursor lies before that does a full resync (sync/server/prune.py). Nothing
changes on a laptop.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from alembic import op

from leerwinkel_desk.store.sync_central import add_pruning, drop_pruning

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        add_pruning(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        drop_pruning(op.get_bind())
