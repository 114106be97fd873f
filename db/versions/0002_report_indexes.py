"""indexes for the monitoring report

The report reads, per request of a period, the figures of its contacts. Both now come from
indexes alone: requests by office and opening date (in id order within a day, so that the
contacts can be counted per request as they are read, without sorting), and contacts by request
with every column the report counts. The contact index keeps `request_id, at` as its first
columns, so it serves every query the old `ix_contact_request_at` served, and replaces it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

CONTACT_COLUMNS = ['request_id', 'at', 'kind', 'channel', 'status', 'deleted_at', 'minutes']


def upgrade() -> None:
    op.create_index('ix_learning_request_office_opened', 'learning_request',
                    ['office_id', 'opened_on', 'id'], unique=False)
    op.create_index('ix_contact_request_figures', 'contact', CONTACT_COLUMNS, unique=False)
    op.drop_index('ix_contact_request_at', table_name='contact')


def downgrade() -> None:
    op.create_index('ix_contact_request_at', 'contact', ['request_id', 'at'], unique=False)
    op.drop_index('ix_contact_request_figures', table_name='contact')
    op.drop_index('ix_learning_request_office_opened', table_name='learning_request')
