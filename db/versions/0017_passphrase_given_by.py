"""a passphrase chosen by a coordinator is marked, so that its owner chooses their own at the next sign-in

A coordinator who opens an account or sets a new passphrase for a colleague knows that passphrase; the
colleague now replaces it with their own before the desk opens (services/accounts.py). The account notes who
chose it (`counsellor.passphrase_given_by`, empty once the person chose their own). Like the passphrase hash it
belongs to the laptop it was set on and is never synchronised (store/sync_capture.py NOT_SYNCED_COLUMNS), so
the capture triggers stay as they are; the central PostgreSQL gets the column too, for one schema, and never
fills it. Passphrases set before this revision count as the person's own.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a file stamped back to an earlier revision with this schema already (as tests make an older laptop) has it
    if 'passphrase_given_by' not in {c['name'] for c in sa.inspect(op.get_bind()).get_columns('counsellor')}:
        op.add_column('counsellor', sa.Column('passphrase_given_by', sa.Uuid(), server_default=sa.text('NULL'),
                                              nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('counsellor') as batch_op:
        batch_op.drop_column('passphrase_given_by')
