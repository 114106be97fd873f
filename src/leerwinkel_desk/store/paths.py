"""Where the data lives: the platform's user-data folder, with backups beside the database."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "LeerwinkelDesk"
DATABASE_FILE = "leerwinkel.db"


def default_database_path() -> Path:
    """`~/.local/share/LeerwinkelDesk/leerwinkel.db` on Linux, `%LOCALAPPDATA%\\...` on Windows."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE


def backups_dir(database: Path) -> Path:
    """Automatic backups (before each schema upgrade) live next to the database they protect."""
    return database.parent / "backups"
