"""the monitoring report's kept figures: contact counts per request and per period, kept by triggers (SQLite)

The report counted a year's held contacts at every run; on SQLite it now reads the counts kept by
triggers on `contact` and `learning_request` (store/report_figures.py), filled here from the rows in
one INSERT ... SELECT per table. PostgreSQL keeps none: the report counts the rows there.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from alembic import op

from leerwinkel_desk.store import report_figures

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if report_figures.kept(op.get_bind().dialect.name):
        report_figures.create(op.get_bind())


def downgrade() -> None:
    if report_figures.kept(op.get_bind().dialect.name):
        report_figures.drop(op.get_bind())
