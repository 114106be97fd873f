"""a partner of the social map may be a recognition body: NARIC-Vlaanderen, for the new referral reason

Newcomers with a foreign diploma are referred to NARIC-Vlaanderen to have it recognised (diplomagelijkschakeling);
none of the kinds of partner fitted, so the kind `recognition` joins them (domain/enums.py OrganisationType), and
the CHECK of `partner_organisation.org_type` is widened to take it, on a laptop's SQLite and on the central
PostgreSQL alike. The referral's reasons `diploma` and `evc` need nothing here: `referral_out.reason_code` has no
CHECK (0004 added it in place) and both fit its 8 characters.

PostgreSQL changes the constraint in place. SQLite cannot, so the table is rebuilt (batch mode: copy, drop, rename)
inside the runner's one transaction with foreign keys off (store/migrations.py); the rename runs with
`legacy_alter_table`, so the triggers of other tables that name the table (the report's kept figures on
learning_request and client) are left as they are, as SQLite's own recipe for a rebuild asks; the table's own
triggers go with it and are made again: the capture of changes for sync (store/sync_capture.py) and the kept
figures' trigger on a partner's kind (store/report_figures.py). The figures themselves stay right: the copy fires
no trigger and changes no row.

A downgrade makes the recognition bodies `other` partners and the new reasons `other`, which the previous schema
takes, then narrows the CHECK again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-09
"""

from collections.abc import Sequence

from alembic import op

from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.sync_capture import install_capture

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None
CHECK = 'ck_partner_organisation_organisationtype'
KINDS_BEFORE = ('vdab', 'job_shop', 'ocmw', 'integration_agency', 'clb', 'caw', 'school', 'youth_work',
                'prison_education', 'other')
KINDS = ('vdab', 'job_shop', 'ocmw', 'integration_agency', 'clb', 'caw', 'school', 'youth_work',
         'prison_education', 'recognition', 'other')
NEW_REASONS = ('diploma', 'evc')


def upgrade() -> None:
    check_kinds(KINDS)


def downgrade() -> None:
    op.execute("UPDATE partner_organisation SET org_type = 'other' WHERE org_type = 'recognition'")
    op.execute(f"UPDATE referral_out SET reason_code = 'other' WHERE reason_code IN {NEW_REASONS!r}")
    check_kinds(KINDS_BEFORE)


def check_kinds(kinds: Sequence[str]) -> None:
    """The CHECK of a partner's kind, made again for `kinds`."""
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    allowed = ", ".join(f"'{kind}'" for kind in kinds)
    if sqlite:
        conn.exec_driver_sql("PRAGMA legacy_alter_table = ON")
    try:
        with op.batch_alter_table('partner_organisation', recreate='always' if sqlite else 'never') as batch_op:
            batch_op.drop_constraint(op.f(CHECK), type_='check')
            batch_op.create_check_constraint(op.f(CHECK), f"org_type IN ({allowed})")
    finally:
        if sqlite:
            conn.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
    if sqlite:
        install_capture(conn)
        report_figures.install(conn)
