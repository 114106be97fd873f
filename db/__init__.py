"""Alembic migrations of the Leerwinkel Desk schema (shipped inside the package as `leerwinkel_desk.migrations`)."""
