"""The migrations runner: backup first, all or nothing, and never touch a newer database.

Modelled on calibre's schema upgrades: the whole upgrade runs in one exclusive transaction
(`BEGIN IMMEDIATE` on SQLite, whose DDL is transactional), so it either lands whole or leaves
the previous schema untouched.

On SQLite a batch migration rebuilds a table (copy, drop, rename), and dropping a table that
others refer to would, with foreign keys enforced, fail or cascade. So the runner follows the
documented recipe (SQLite's "making other kinds of table schema changes", Alembic's batch mode):
foreign keys off on the raw connection before the transaction (the pragma does nothing inside
one), `PRAGMA foreign_key_check` before the commit, which refuses the upgrade and rolls it back
when a reference is broken, and foreign keys on again afterwards, whatever happened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from leerwinkel_desk.shipped import folder
from leerwinkel_desk.store.backup import backup_to
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.raw import driver

if TYPE_CHECKING:
    from alembic.config import Config

# A real folder, also in a frozen bundle or a zip: Alembic reads env.py and versions/ from disk.
DEFAULT_SCRIPT_LOCATION = str(folder("leerwinkel_desk.migrations"))
# The newest revision in db/versions. Start-up compares the database with it without loading
# Alembic (a tenth of a second); a test keeps it equal to Alembic's own head.
SCHEMA_HEAD = "0018"


class SchemaTooNew(Exception):
    """The database was written by a newer version of the app; this version must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class ReferencesBroken(Exception):
    """A migration left rows that refer to missing rows; the upgrade was rolled back."""

    def __init__(self, broken: dict[str, int]) -> None:
        super().__init__(", ".join(f"{table}: {count}" for table, count in sorted(broken.items())))
        self.broken = broken        # table -> rows with a broken reference (no values: no personal data)


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(db: Database, script_location: str = DEFAULT_SCRIPT_LOCATION) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location)
    config.attributes["database"] = db
    return config


def head_revision(script_location: str = DEFAULT_SCRIPT_LOCATION) -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", script_location)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database, or None for an empty one."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known(revision: str, script_location: str = DEFAULT_SCRIPT_LOCATION) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    config = Config()
    config.set_main_option("script_location", script_location)
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(
    db: Database,
    backup_dir: Path | None,
    script_location: str = DEFAULT_SCRIPT_LOCATION,
) -> UpgradeResult:
    """Bring the schema to head. A non-empty SQLite database is backed up first (to `backup_dir`)."""
    before = current_revision(db)
    if before == SCHEMA_HEAD and script_location == DEFAULT_SCRIPT_LOCATION:
        return UpgradeResult(before, before, None)
    from alembic import command

    head = head_revision(script_location)
    if before is not None and not is_known(before, script_location):
        raise SchemaTooNew(before)
    if before == head:
        return UpgradeResult(before, head, None)
    backup = None
    if before is not None and db.is_sqlite and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_to(db, backup_dir / f"before-{head}-{stamp}.db")
    config = alembic_config(db, script_location)
    with db.connect_for_write() as conn, _foreign_keys_off(conn, db.is_sqlite), conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        if db.is_sqlite:
            _refuse_broken_references(conn)
    return UpgradeResult(before, head, backup)


@contextmanager
def _foreign_keys_off(conn: Connection, sqlite: bool) -> Iterator[None]:
    """SQLite: foreign keys off on the raw connection, before any transaction; on again after."""
    if not sqlite:
        yield
        return
    raw = driver(conn.connection)               # not through SQLAlchemy, which would BEGIN first
    assert not conn.in_transaction(), "the pragma is ignored inside a transaction"
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _refuse_broken_references(conn: Connection) -> None:
    """`PRAGMA foreign_key_check` inside the migration's transaction: any broken reference refuses it."""
    broken = Counter(row[0] for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))
    if broken:
        raise ReferencesBroken(dict(broken))


def check_drift(db: Database, script_location: str = DEFAULT_SCRIPT_LOCATION) -> None:
    """Alembic's `check`: raises if the models and the migrations disagree."""
    from alembic import command

    config = alembic_config(db, script_location)
    with db.connect_for_write() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.check(config)
