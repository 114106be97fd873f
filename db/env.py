"""Alembic environment: runs migrations on the connection (and inside the transaction) it is given.

The runner in `leerwinkel_desk.store.migrations` opens the transaction, so a migration that fails
rolls back whole. On SQLite it also turns foreign keys off before that transaction and checks
every reference before the commit, so a batch migration (`render_as_batch`) may rebuild a table
that others refer to. Offline SQL generation is not supported.
"""

from alembic import context

from leerwinkel_desk.store import models  # noqa: F401  (registers every table)
from leerwinkel_desk.store.base import Base

# Tables made by the migrations, not the models: the SQLite name search's FTS5 and word indexes (0001,
# 0008), the sync tables (0006), the report's kept figures (0009)
NOT_MODELLED_PREFIXES = ("client_name_fts", "client_name_word", "sync_", "report_")


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - Alembic's hook signature
    return not (type_ == "table" and name and name.startswith(NOT_MODELLED_PREFIXES))


def include_name(name, type_, parent_names):  # noqa: ANN001 - Alembic's hook signature (not even reflected)
    return not (type_ == "table" and name and name.startswith(NOT_MODELLED_PREFIXES))


connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("run migrations through leerwinkel_desk.store.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
    include_object=include_object,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
