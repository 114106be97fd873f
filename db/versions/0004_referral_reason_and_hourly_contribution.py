"""the reason code of a referral out; the office's hourly contribution

A referral gets a reason code (work, Dutch, welfare...) besides its free text, so the form proposes the
usual partner and the monitoring report counts referrals per reason; older referrals keep no code.
The office records the hourly amount a tier-3 client contributes (set by the government; none yet
until a coordinator sets it).

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
    op.add_column('office', sa.Column('hourly_contribution', sa.Numeric(8, 2), server_default=sa.text('NULL'),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('office') as batch_op:
        batch_op.drop_column('hourly_contribution')
    with op.batch_alter_table('referral_out') as batch_op:
        batch_op.drop_column('reason_code')
