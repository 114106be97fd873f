"""the report's kept figures during a full pull: their triggers wait, the pull's finish makes them again

A laptop's first sync into an office of 100,000 clients applied its first 100,000 rows in 40 s, then
300 rows a second: per learning request the trigger looked up the client's earlier requests through
the office's index (no planner statistics yet in a new file), reading every earlier request of the
office. The triggers are made again (store/report_figures.py): the lookup goes by the client's index
(`+q.office_id`), and the triggers on the tables of rows wait while a full pull is under way (the
`full_pull` row of `sync_state`), whose last transaction makes the figures again from the rows.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from alembic import op

from leerwinkel_desk.store import report_figures

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if report_figures.kept(op.get_bind().dialect.name):
        report_figures.install(op.get_bind())


def downgrade() -> None:
    """The triggers stay as they are: they work at 0010 too (sync_state is from 0006), and count the same."""
