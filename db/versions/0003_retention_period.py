"""the office's retention period

Requests closed longer than this many years are anonymised automatically (services/retention.py);
the coordinator sets it in the app. Existing offices get the default of 5 years.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('office', sa.Column('retention_years', sa.SmallInteger(), server_default='5',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('office') as batch_op:
        batch_op.drop_column('retention_years')
