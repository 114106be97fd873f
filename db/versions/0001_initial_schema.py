"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
    sa.UniqueConstraint('code', name=op.f('uq_office_code'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('subject_client_id', sa.Uuid(), nullable=True),
    sa.Column('fields', sa.String(length=1000), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_audit_event_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('office_id', 'seq', name=op.f('uq_audit_event_office_id_seq'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_event_record_id', ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_subject_client_id'), ['subject_client_id'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('dossier_no', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=True),
    sa.Column('last_name', sa.String(length=200), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.Enum('f', 'm', 'x', name='gender', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('highest_qualification', sa.Enum('none', 'primary', 'lower_secondary', 'secondary', 'higher', name='qualification', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('foreign_diploma', sa.Boolean(), nullable=True),
    sa.Column('status', sa.Enum('employed', 'job_seeker', 'leefloon', 'student', 'other', name='socialstatus', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('dutch_level', sa.Enum('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native', name='dutchlevel', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('personal_situation', sa.Text(), nullable=True),
    sa.Column('study_history', sa.Text(), nullable=True),
    sa.Column('practical_barriers', sa.Text(), nullable=True),
    sa.Column('support_network', sa.Text(), nullable=True),
    sa.Column('interests', sa.Text(), nullable=True),
    sa.Column('difficult_school_past', sa.Boolean(), nullable=False),
    sa.Column('weak_network', sa.Boolean(), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('phone_key', sa.String(length=40), nullable=True),
    sa.Column('email_key', sa.String(length=200), nullable=True),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('import_ref', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['client.id'], name=op.f('fk_client_merged_into_id_client')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_client_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('office_id', 'dossier_no', name=op.f('uq_client_office_id_dossier_no')),
    sa.UniqueConstraint('office_id', 'import_ref', name=op.f('uq_client_office_id_import_ref'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index('ix_client_birth_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_client_email_key', ['email_key'], unique=False)
        batch_op.create_index('ix_client_name_key', ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_office_id'), ['office_id'], unique=False)
        batch_op.create_index('ix_client_phone_key', ['phone_key'], unique=False)

    op.create_table('counsellor',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('info_officer', 'counsellor', 'coordinator', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('can_log_in', sa.Boolean(), nullable=False),
    sa.Column('passphrase_hash', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_counsellor_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counsellor')),
    sa.UniqueConstraint('office_id', 'login', name=op.f('uq_counsellor_office_id_login'))
    )
    with op.batch_alter_table('counsellor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counsellor_office_id'), ['office_id'], unique=False)

    op.create_table('erasure',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('erased_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_erasure_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure')),
    sa.UniqueConstraint('client_id', name=op.f('uq_erasure_client_id'))
    )
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_office_id'), ['office_id'], unique=False)

    op.create_table('number_sequence',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('prefix', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_number_sequence_office_id_office')),
    sa.PrimaryKeyConstraint('office_id', 'prefix', 'year', name=op.f('pk_number_sequence'))
    )
    op.create_table('partner_organisation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('org_type', sa.Enum('vdab', 'job_shop', 'ocmw', 'integration_agency', 'clb', 'caw', 'school', 'youth_work', 'prison_education', 'other', name='organisationtype', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_partner_organisation_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_organisation'))
    )
    with op.batch_alter_table('partner_organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_organisation_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_organisation_office_id'), ['office_id'], unique=False)

    op.create_table('provider',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('provider_type', sa.Enum('cbe', 'cvo', 'university_college', 'university', 'vdab', 'syntra', 'vormingplus', 'dko', 'ligo', 'socio_cultural', 'sector_fund', 'private', name='providertype', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_provider_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider'))
    )
    with op.batch_alter_table('provider', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provider_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_provider_office_id'), ['office_id'], unique=False)

    op.create_table('client_merge',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('survivor_id', sa.Uuid(), nullable=False),
    sa.Column('merged_id', sa.Uuid(), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('merged_by', sa.Uuid(), nullable=True),
    sa.Column('moved', sa.JSON(), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('undone_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['merged_id'], ['client.id'], name=op.f('fk_client_merge_merged_id_client')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_client_merge_office_id_office')),
    sa.ForeignKeyConstraint(['survivor_id'], ['client.id'], name=op.f('fk_client_merge_survivor_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_merge'))
    )
    with op.batch_alter_table('client_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_merge_merged_id'), ['merged_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_merge_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_merge_survivor_id'), ['survivor_id'], unique=False)

    op.create_table('course',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('eqf_level', sa.SmallInteger(), nullable=True),
    sa.Column('recognised_qualification', sa.Boolean(), nullable=False),
    sa.Column('qualification_name', sa.String(length=300), nullable=True),
    sa.Column('duration_hours', sa.Integer(), nullable=True),
    sa.Column('duration_text', sa.String(length=200), nullable=True),
    sa.Column('daytime', sa.Boolean(), nullable=False),
    sa.Column('evenings', sa.Boolean(), nullable=False),
    sa.Column('weekends', sa.Boolean(), nullable=False),
    sa.Column('modular', sa.Boolean(), nullable=False),
    sa.Column('delivery', sa.Enum('on_site', 'online', 'hybrid', name='delivery', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('cost_eur', sa.Numeric(precision=8, scale=2), nullable=True),
    sa.Column('training_vouchers', sa.Boolean(), nullable=False),
    sa.Column('educational_leave', sa.Boolean(), nullable=False),
    sa.Column('fee_exemption', sa.Boolean(), nullable=False),
    sa.Column('dutch_level_required', sa.Enum('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native', name='dutchlevel', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('entry_requirements', sa.Text(), nullable=True),
    sa.Column('next_start', sa.Date(), nullable=True),
    sa.Column('url', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_course_office_id_office')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_course_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_municipality'), ['municipality'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_provider_id'), ['provider_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_title'), ['title'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=True),
    sa.Column('subject_client_id', sa.Uuid(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellor.id'], name=op.f('fk_draft_counsellor_id_counsellor')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_draft_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft')),
    sa.UniqueConstraint('counsellor_id', 'form', 'target_id', name=op.f('uq_draft_counsellor_id_form_target_id'))
    )
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_subject_client_id'), ['subject_client_id'], unique=False)

    op.create_table('loket',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('host_partner_id', sa.Uuid(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['host_partner_id'], ['partner_organisation.id'], name=op.f('fk_loket_host_partner_id_partner_organisation')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_loket_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loket'))
    )
    with op.batch_alter_table('loket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loket_office_id'), ['office_id'], unique=False)

    op.create_table('partner_contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_partner_contact_office_id_office')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_organisation.id'], name=op.f('fk_partner_contact_partner_id_partner_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_contact'))
    )
    with op.batch_alter_table('partner_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_contact_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_contact_partner_id'), ['partner_id'], unique=False)

    op.create_table('second_line_activity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('info_session', 'question', name='secondlinekind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=True),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.SmallInteger(), nullable=True),
    sa.Column('participants', sa.SmallInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellor.id'], name=op.f('fk_second_line_activity_counsellor_id_counsellor')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_second_line_activity_office_id_office')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_organisation.id'], name=op.f('fk_second_line_activity_partner_id_partner_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_second_line_activity'))
    )
    with op.batch_alter_table('second_line_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_second_line_activity_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_second_line_activity_office_id'), ['office_id'], unique=False)

    op.create_table('signal',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('gap', 'barrier', name='signalkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('theme', sa.Enum('offer', 'cost', 'benefits', 'mobility', 'childcare', 'language', 'recognition', 'schedule', 'digital', 'other', name='signaltheme', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellor.id'], name=op.f('fk_signal_counsellor_id_counsellor')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_signal_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signal'))
    )
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signal_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_raised_on'), ['raised_on'], unique=False)

    op.create_table('learning_request',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_no', sa.String(length=20), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('tier', sa.Enum('information', 'mediation', 'trajectory', name='tier', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('phase', sa.Enum('referral_in', 'dispatch', 'intake', 'trajectory', 'choice', 'follow_up', 'handover', 'closed', 'aftercare', name='phase', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('referrer_type', sa.Enum('self', 'partner', name='referrertype', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('referrer_org_id', sa.Uuid(), nullable=True),
    sa.Column('referrer_contact_id', sa.Uuid(), nullable=True),
    sa.Column('loket_id', sa.Uuid(), nullable=True),
    sa.Column('first_channel', sa.Enum('face_to_face', 'phone', 'email', 'sms', 'whatsapp', 'facebook', 'chat', 'video', 'letter', 'website', name='channel', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=True),
    sa.Column('question', sa.Text(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('answered', 'enrolled', 'referred_out', 'no_choice', 'dropped_out', name='outcome', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('satisfaction', sa.SmallInteger(), nullable=True),
    sa.Column('follow_up', sa.Boolean(), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('enrolled_on', sa.Date(), nullable=True),
    sa.Column('import_ref', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name=op.f('ck_learning_request_satisfaction')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_learning_request_client_id_client')),
    sa.ForeignKeyConstraint(['loket_id'], ['loket.id'], name=op.f('fk_learning_request_loket_id_loket')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_learning_request_office_id_office')),
    sa.ForeignKeyConstraint(['owner_id'], ['counsellor.id'], name=op.f('fk_learning_request_owner_id_counsellor')),
    sa.ForeignKeyConstraint(['referrer_contact_id'], ['partner_contact.id'], name=op.f('fk_learning_request_referrer_contact_id_partner_contact')),
    sa.ForeignKeyConstraint(['referrer_org_id'], ['partner_organisation.id'], name=op.f('fk_learning_request_referrer_org_id_partner_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_request')),
    sa.UniqueConstraint('office_id', 'import_ref', name=op.f('uq_learning_request_office_id_import_ref')),
    sa.UniqueConstraint('office_id', 'request_no', name=op.f('uq_learning_request_office_id_request_no'))
    )
    with op.batch_alter_table('learning_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_request_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_learning_request_follow_up_due', ['follow_up_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_request_office_id'), ['office_id'], unique=False)
        batch_op.create_index('ix_learning_request_opened_on', ['opened_on'], unique=False)
        batch_op.create_index('ix_learning_request_owner_phase', ['owner_id', 'phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_request_referrer_org_id'), ['referrer_org_id'], unique=False)

    op.create_table('zitdag',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('loket_id', sa.Uuid(), nullable=False),
    sa.Column('counsellor_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=True),
    sa.Column('on_date', sa.Date(), nullable=True),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('slot_minutes', sa.SmallInteger(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('(weekday IS NULL) <> (on_date IS NULL)', name=op.f('ck_zitdag_weekday_or_date')),
    sa.CheckConstraint('slot_minutes > 0', name=op.f('ck_zitdag_slot_positive')),
    sa.CheckConstraint('weekday IS NULL OR weekday BETWEEN 0 AND 6', name=op.f('ck_zitdag_weekday_range')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellor.id'], name=op.f('fk_zitdag_counsellor_id_counsellor')),
    sa.ForeignKeyConstraint(['loket_id'], ['loket.id'], name=op.f('fk_zitdag_loket_id_loket')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_zitdag_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zitdag'))
    )
    with op.batch_alter_table('zitdag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zitdag_counsellor_id'), ['counsellor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zitdag_loket_id'), ['loket_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zitdag_office_id'), ['office_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=True),
    sa.Column('recipient_org_id', sa.Uuid(), nullable=True),
    sa.Column('recipient_contact_id', sa.Uuid(), nullable=True),
    sa.Column('recipient_name', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.Enum('warm_handover', 'partner_follow_up', 'referral', name='consentpurpose', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('data_items', sa.JSON(), nullable=False),
    sa.Column('method', sa.Enum('spoken', 'signed_form', 'digital', name='consentmethod', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_consent_client_id_client')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_consent_office_id_office')),
    sa.ForeignKeyConstraint(['recipient_contact_id'], ['partner_contact.id'], name=op.f('fk_consent_recipient_contact_id_partner_contact')),
    sa.ForeignKeyConstraint(['recipient_org_id'], ['partner_organisation.id'], name=op.f('fk_consent_recipient_org_id_partner_organisation')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_consent_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_office_id'), ['office_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('session', 'micro', name='contactkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('session_type', sa.Enum('information', 'intake', 'trajectory', 'aftercare', name='sessiontype', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', 'no_show', name='contactstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('channel', sa.Enum('face_to_face', 'phone', 'email', 'sms', 'whatsapp', 'facebook', 'chat', 'video', 'letter', 'website', name='channel', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('direction', sa.Enum('inbound', 'outbound', name='direction', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('minutes', sa.SmallInteger(), nullable=True),
    sa.Column('loket_id', sa.Uuid(), nullable=True),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('summary', sa.String(length=500), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('import_key', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('minutes IS NULL OR minutes BETWEEN 0 AND 600', name=op.f('ck_contact_minutes_range')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellor.id'], name=op.f('fk_contact_counsellor_id_counsellor')),
    sa.ForeignKeyConstraint(['loket_id'], ['loket.id'], name=op.f('fk_contact_loket_id_loket')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_contact_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_contact_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('office_id', 'import_key', name=op.f('uq_contact_office_id_import_key'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_counsellor_at', ['counsellor_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_office_id'), ['office_id'], unique=False)
        batch_op.create_index('ix_contact_request_at', ['request_id', 'at'], unique=False)

    op.create_table('contribution',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('hourly_rate', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('exemption', sa.Enum('job_seeker', 'leefloon', 'integration', 'detainee', 'income_support', 'disability', name='exemption', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('career_voucher', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('paid_by', sa.Enum('free', 'exempt', 'career_voucher', 'client', name='paidby', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_contribution_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_contribution_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution'))
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_request_id'), ['request_id'], unique=False)

    op.create_table('option_considered',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('course_id', sa.Uuid(), nullable=True),
    sa.Column('free_text', sa.String(length=500), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('considered_on', sa.Date(), nullable=False),
    sa.Column('chosen_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('course_id IS NOT NULL OR free_text IS NOT NULL', name=op.f('ck_option_considered_course_or_text')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_option_considered_course_id_course')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_option_considered_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_option_considered_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option_considered'))
    )
    with op.batch_alter_table('option_considered', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_option_considered_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_option_considered_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_option_considered_request_id'), ['request_id'], unique=False)

    op.create_table('referral_out',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('partner_contact_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('loop_closed_on', sa.Date(), nullable=True),
    sa.Column('happened', sa.Boolean(), nullable=True),
    sa.Column('loop_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_referral_out_office_id_office')),
    sa.ForeignKeyConstraint(['partner_contact_id'], ['partner_contact.id'], name=op.f('fk_referral_out_partner_contact_id_partner_contact')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_organisation.id'], name=op.f('fk_referral_out_partner_id_partner_organisation')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_referral_out_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_out'))
    )
    with op.batch_alter_table('referral_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_out_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_out_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_out_request_id'), ['request_id'], unique=False)

    op.create_table('request_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.Uuid(), nullable=True),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('old_value', sa.String(length=100), nullable=True),
    sa.Column('new_value', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_request_change_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_request_change_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_change'))
    )
    with op.batch_alter_table('request_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_change_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_change_request_id'), ['request_id'], unique=False)

    op.create_table('signal_request',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('signal_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_signal_request_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_signal_request_request_id_learning_request')),
    sa.ForeignKeyConstraint(['signal_id'], ['signal.id'], name=op.f('fk_signal_request_signal_id_signal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signal_request')),
    sa.UniqueConstraint('signal_id', 'request_id', name=op.f('uq_signal_request_signal_id_request_id'))
    )
    with op.batch_alter_table('signal_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signal_request_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_request_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_request_signal_id'), ['signal_id'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('consent_id', sa.Uuid(), nullable=False),
    sa.Column('recipient_org_id', sa.Uuid(), nullable=True),
    sa.Column('recipient_contact_id', sa.Uuid(), nullable=True),
    sa.Column('recipient_name', sa.String(length=200), nullable=True),
    sa.Column('mode', sa.Enum('call', 'meeting', 'letter', name='handovermode', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('shared_items', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_handover_consent_id_consent')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_handover_office_id_office')),
    sa.ForeignKeyConstraint(['recipient_contact_id'], ['partner_contact.id'], name=op.f('fk_handover_recipient_contact_id_partner_contact')),
    sa.ForeignKeyConstraint(['recipient_org_id'], ['partner_organisation.id'], name=op.f('fk_handover_recipient_org_id_partner_organisation')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_handover_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_consent_id'), ['consent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_request_id'), ['request_id'], unique=False)

    op.create_table('letter',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('request_id', sa.Uuid(), nullable=True),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=True),
    sa.Column('shared_items', sa.JSON(), nullable=False),
    sa.Column('produced_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_letter_client_id_client')),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_letter_consent_id_consent')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_letter_office_id_office')),
    sa.ForeignKeyConstraint(['request_id'], ['learning_request.id'], name=op.f('fk_letter_request_id_learning_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_request_id'), ['request_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        create_client_name_index()
    create_audit_guard(op.get_bind().dialect.name)

# Name search on SQLite: an FTS5 trigram index over the folded name key, kept in step by
# triggers. It stores the client id itself rather than relying on the client table's rowid,
# which VACUUM may renumber. Rows are found again for deletion by matching their old key.
CLIENT_NAME_INDEX = [
    "CREATE VIRTUAL TABLE client_name_fts USING fts5(name_key, client_id UNINDEXED, tokenize='trigram')",
    """CREATE TRIGGER client_name_fts_insert AFTER INSERT ON client BEGIN
         INSERT INTO client_name_fts(name_key, client_id) VALUES (new.name_key, new.id);
       END""",
    """CREATE TRIGGER client_name_fts_delete AFTER DELETE ON client BEGIN
         DELETE FROM client_name_fts WHERE client_name_fts MATCH '"' || old.name_key || '"'
           AND client_id = old.id AND length(old.name_key) >= 3;
         DELETE FROM client_name_fts WHERE client_id = old.id AND length(old.name_key) < 3;
       END""",
    """CREATE TRIGGER client_name_fts_update AFTER UPDATE OF name_key ON client BEGIN
         DELETE FROM client_name_fts WHERE client_name_fts MATCH '"' || old.name_key || '"'
           AND client_id = old.id AND length(old.name_key) >= 3;
         DELETE FROM client_name_fts WHERE client_id = old.id AND length(old.name_key) < 3;
         INSERT INTO client_name_fts(name_key, client_id) VALUES (new.name_key, new.id);
       END""",
]


def create_client_name_index() -> None:
    for statement in CLIENT_NAME_INDEX:
        op.execute(statement)

# The audit trail is append-only: the database itself refuses to change or remove an event.
AUDIT_GUARD = {
    "sqlite": [
        """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
             SELECT RAISE(ABORT, 'audit_event is append-only');
           END""",
        """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
             SELECT RAISE(ABORT, 'audit_event is append-only');
           END""",
    ],
    "postgresql": [
        """CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$""",
        """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
           FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    ],
}

def create_audit_guard(dialect: str) -> None:
    for statement in AUDIT_GUARD.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE client_name_fts")
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_request_id'))
        batch_op.drop_index(batch_op.f('ix_letter_office_id'))
        batch_op.drop_index(batch_op.f('ix_letter_client_id'))

    op.drop_table('letter')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_request_id'))
        batch_op.drop_index(batch_op.f('ix_handover_office_id'))
        batch_op.drop_index(batch_op.f('ix_handover_consent_id'))

    op.drop_table('handover')
    with op.batch_alter_table('signal_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signal_request_signal_id'))
        batch_op.drop_index(batch_op.f('ix_signal_request_request_id'))
        batch_op.drop_index(batch_op.f('ix_signal_request_office_id'))

    op.drop_table('signal_request')
    with op.batch_alter_table('request_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_change_request_id'))
        batch_op.drop_index(batch_op.f('ix_request_change_office_id'))

    op.drop_table('request_change')
    with op.batch_alter_table('referral_out', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_out_request_id'))
        batch_op.drop_index(batch_op.f('ix_referral_out_partner_id'))
        batch_op.drop_index(batch_op.f('ix_referral_out_office_id'))

    op.drop_table('referral_out')
    with op.batch_alter_table('option_considered', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_option_considered_request_id'))
        batch_op.drop_index(batch_op.f('ix_option_considered_office_id'))
        batch_op.drop_index(batch_op.f('ix_option_considered_course_id'))

    op.drop_table('option_considered')
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_request_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_office_id'))

    op.drop_table('contribution')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_request_at')
        batch_op.drop_index(batch_op.f('ix_contact_office_id'))
        batch_op.drop_index('ix_contact_counsellor_at')

    op.drop_table('contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_office_id'))
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('zitdag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zitdag_office_id'))
        batch_op.drop_index(batch_op.f('ix_zitdag_loket_id'))
        batch_op.drop_index(batch_op.f('ix_zitdag_counsellor_id'))

    op.drop_table('zitdag')
    with op.batch_alter_table('learning_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_request_referrer_org_id'))
        batch_op.drop_index('ix_learning_request_owner_phase')
        batch_op.drop_index('ix_learning_request_opened_on')
        batch_op.drop_index(batch_op.f('ix_learning_request_office_id'))
        batch_op.drop_index('ix_learning_request_follow_up_due')
        batch_op.drop_index(batch_op.f('ix_learning_request_client_id'))

    op.drop_table('learning_request')
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signal_raised_on'))
        batch_op.drop_index(batch_op.f('ix_signal_office_id'))

    op.drop_table('signal')
    with op.batch_alter_table('second_line_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_second_line_activity_office_id'))
        batch_op.drop_index(batch_op.f('ix_second_line_activity_held_on'))

    op.drop_table('second_line_activity')
    with op.batch_alter_table('partner_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_contact_partner_id'))
        batch_op.drop_index(batch_op.f('ix_partner_contact_office_id'))

    op.drop_table('partner_contact')
    with op.batch_alter_table('loket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loket_office_id'))

    op.drop_table('loket')
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_subject_client_id'))
        batch_op.drop_index(batch_op.f('ix_draft_office_id'))

    op.drop_table('draft')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_title'))
        batch_op.drop_index(batch_op.f('ix_course_provider_id'))
        batch_op.drop_index(batch_op.f('ix_course_office_id'))
        batch_op.drop_index(batch_op.f('ix_course_municipality'))

    op.drop_table('course')
    with op.batch_alter_table('client_merge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_merge_survivor_id'))
        batch_op.drop_index(batch_op.f('ix_client_merge_office_id'))
        batch_op.drop_index(batch_op.f('ix_client_merge_merged_id'))

    op.drop_table('client_merge')
    with op.batch_alter_table('provider', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provider_office_id'))
        batch_op.drop_index(batch_op.f('ix_provider_name'))

    op.drop_table('provider')
    with op.batch_alter_table('partner_organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_organisation_office_id'))
        batch_op.drop_index(batch_op.f('ix_partner_organisation_name'))

    op.drop_table('partner_organisation')
    op.drop_table('number_sequence')
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_office_id'))

    op.drop_table('erasure')
    with op.batch_alter_table('counsellor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counsellor_office_id'))

    op.drop_table('counsellor')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_phone_key')
        batch_op.drop_index(batch_op.f('ix_client_office_id'))
        batch_op.drop_index('ix_client_name_key')
        batch_op.drop_index('ix_client_email_key')
        batch_op.drop_index('ix_client_birth_date')

    op.drop_table('client')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_subject_client_id'))
        batch_op.drop_index('ix_audit_event_record_id')
        batch_op.drop_index('ix_audit_event_at')

    op.drop_table('audit_event')
    op.drop_table('office')
