"""indexes for the retention check at every start and for Vandaag

The app applies the office's retention period by itself at every start (services/retention.py):
it looks for requests of the office closed before the cut-off. Without an index that was a scan of
every request of the office (0.25-1.2 s on a 100,000-client file, at each start); the index on
office, phase and closing date answers it from a range of the index. The same index gives Vandaag
the office's open requests (5,000 of 125,000 on that file) without reading the closed ones, and an
index on the referrals whose loop is open gives Vandaag's oldest ones without reading every referral.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_learning_request_office_phase_closed', 'learning_request',
                    ['office_id', 'phase', 'closed_on'], unique=False)
    op.create_index('ix_referral_out_open_loops', 'referral_out',
                    ['office_id', 'loop_closed_on', 'referred_on', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_referral_out_open_loops', table_name='referral_out')
    op.drop_index('ix_learning_request_office_phase_closed', table_name='learning_request')
