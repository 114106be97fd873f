"""the reason code of a referral out; the office's hourly contribution; retiring reference data

A referral gets a reason code (work, Dutch, welfare...) besides its free text, so the form proposes the
usual partner and the monitoring report counts referrals per reason; older referrals keep no code.
The office records the hourly amount a tier-3 client contributes (set by the government; none yet
until a coordinator sets it). Partners, their contacts, providers and courses can be retired (no longer
offered, kept on the records that used them); a zitdag can recur every second (third...) week.

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
RETIRING = ('partner_organisation', 'partner_contact', 'provider', 'course')


def upgrade() -> None:
    # added in place, so the table and its statistics stay as they are (SQLite cannot add the CHECK of
    # the codes this way; the app writes only ReferralReason values)
    op.add_column('referral_out', sa.Column('reason_code', sa.String(length=8), nullable=True))
    op.add_column('office', sa.Column('hourly_contribution', sa.Numeric(8, 2), server_default=sa.text('NULL'),
                                      nullable=True))
    for table in RETIRING:
        op.add_column(table, sa.Column('retired_on', sa.Date(), nullable=True))
    op.add_column('zitdag', sa.Column('every_weeks', sa.SmallInteger(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('zitdag') as batch_op:
        batch_op.drop_column('every_weeks')
    for table in RETIRING:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('retired_on')
    with op.batch_alter_table('office') as batch_op:
        batch_op.drop_column('hourly_contribution')
    with op.batch_alter_table('referral_out') as batch_op:
        batch_op.drop_column('reason_code')
