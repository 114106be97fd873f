"""the reason code of a referral out

A referral gets a reason code (work, Dutch, welfare...) besides its free text, so the form proposes the
usual partner and the monitoring report counts referrals per reason. Older referrals keep no code.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referral_out') as batch_op:
        batch_op.add_column(sa.Column('reason_code', sa.Enum(
            'work', 'dutch', 'welfare', 'income', 'applying', 'youth', 'school', 'other',
            name='referralreason', native_enum=False, create_constraint=True, length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('referral_out') as batch_op:
        batch_op.drop_column('reason_code')
