"""a laptop's join asked again is the same join, and a device whose join never finished is known as such

On the central PostgreSQL, `sync_enrolment.device_id` keeps which device a code enrolled, so a laptop that asks
again with the device it named before (its answer lost: killed, the power or the network gone) gets the same
enrolment back instead of a refusal, and `sync_device.joined_at` says when a device's join finished (its first
sync done), so a coordinator sees a laptop that never finished and can remove it (sync/server/devices.py). The
devices enrolled before count as joined from their enrolment. Nothing changes on a laptop.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09
"""

from alembic import op

from leerwinkel_desk.store.sync_central import add_joins, drop_joins

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        add_joins(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        drop_joins(op.get_bind())
