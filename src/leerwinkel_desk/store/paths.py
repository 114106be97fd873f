"""Where the data lives: the platform's user-data folder, with backups, the filed letters and the agenda
files beside the database."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "LeerwinkelDesk"
DATABASE_FILE = "leerwinkel.db"
LETTERS_FOLDER = "letters"      # next to the database: the filed letters (sealed when it has a key)
AGENDA_FOLDER = "agenda"        # next to the database: one subscribable agenda file per counsellor


def local_path(target: str) -> Path | None:
    """The local file a database's location names, made absolute; None for a server's URL (`postgresql://...`)."""
    return None if "://" in target else Path(target).expanduser().resolve()


def default_database_path() -> Path:
    """`~/.local/share/LeerwinkelDesk/leerwinkel.db` on Linux, `%LOCALAPPDATA%\\...` on Windows."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE


def backups_dir(database: Path) -> Path:
    """Automatic backups (before each schema upgrade) live next to the database they protect."""
    return database.parent / "backups"


DEMO_FOLDER = "demo"


def demo_database_path(database: Path) -> Path:
    """The demo's own database, `demo/leerwinkel.db` beside the office's: never the real data path."""
    return database.parent / DEMO_FOLDER / database.name


def office_database_of(demo: Path) -> Path | None:
    """The office's database next to the demo database `demo`; None when `demo` is not a demo."""
    return demo.parent.parent / demo.name if demo.parent.name == DEMO_FOLDER else None
