"""Alembic environment: runs migrations on the connection (and inside the transaction) it is given.

The runner in `leerwinkel_desk.store.migrations` opens the transaction, so a migration that fails
rolls back whole. Offline SQL generation is not supported.
"""

from alembic import context

from leerwinkel_desk.store import models  # noqa: F401  (registers every table)
from leerwinkel_desk.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("run migrations through leerwinkel_desk.store.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
