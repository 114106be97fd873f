"""the office's settings: the indicative cost per tier and a folder for a second copy of the backups;
how to reach a loket

The monitoring report's indicative cost per request of each tier becomes the office's own figure
(none: the blueprint's €16, €42, €114). A coordinator may name a folder (a removable drive too) where
each daily backup is also copied and read back (services/office_settings.py). A loket gets a line on
how to reach it (bus, entrance, floor), printed on the client's appointment card.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from leerwinkel_desk.store.sync_capture import install_capture

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None
COSTS = ('cost_information', 'cost_mediation', 'cost_trajectory')


def upgrade() -> None:
    for column in COSTS:
        op.add_column('office', sa.Column(column, sa.Numeric(8, 2), server_default=sa.text('NULL'), nullable=True))
    op.add_column('office', sa.Column('backup_folder', sa.String(length=1000), server_default=sa.text('NULL'),
                                      nullable=True))
    op.add_column('loket', sa.Column('directions', sa.String(length=300), nullable=True))
    recapture()


def downgrade() -> None:
    with op.batch_alter_table('loket') as batch_op:
        batch_op.drop_column('directions')
    with op.batch_alter_table('office') as batch_op:
        batch_op.drop_column('backup_folder')
        for column in reversed(COSTS):
            batch_op.drop_column(column)
    recapture()


def recapture() -> None:
    """A laptop's capture triggers follow the columns (store/sync_capture.py)."""
    if op.get_bind().dialect.name == "sqlite":
        install_capture(op.get_bind())
