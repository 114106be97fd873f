"""Where a database lives, a local file or a server's URL, and opening, upgrading and creating it there.

It tells a local path from a URL by `store/paths.local_path` (the one test of it, light enough for
the desktop's start to read before the layers load). The app, the command line and the sync service
take a `Location` and ask it for the database: `open` as it is, `open_upgraded` with its schema
brought to this version (a backup first), `create` and `build` for a new encrypted file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from leerwinkel_desk.store.durable import disk_full, sync_folder
from leerwinkel_desk.store.engine import Database, in_use, open_sqlite, open_url
from leerwinkel_desk.store.file_guard import NO_SPACE, FileUnusable, closed_state, wal_path
from leerwinkel_desk.store.keyring import KeyFileUnusable, KeyRing, WrongPassphrase, key_file, new_database_key
from leerwinkel_desk.store.migrations import SchemaTooNew, upgrade
from leerwinkel_desk.store.network_share import refuse_network_share
from leerwinkel_desk.store.owner_only import tighten
from leerwinkel_desk.store.paths import backups_dir, default_database_path, local_path
from leerwinkel_desk.store.session_lock import lock_path


class DatabaseExists(Exception):
    """A new database was asked for where one already is; nothing was written."""

    def __init__(self, path: Path, message: str = "") -> None:
        super().__init__(message or f"{path} already exists")
        self.path = path


class EarlierDatabaseLeft(DatabaseExists):
    """A new database was asked for where the database is missing but its key file (or its WAL) is still
    there; nothing was written.

    Refused rather than set aside: that key file is the only way into the earlier database (and its WAL
    holds its last commits), and a database gone from beside its key file is lost work to look for, not
    room for a new office, which would hide that it went. The person puts the database back, or moves
    the file away to start afresh (`found`: the file found).
    """

    def __init__(self, path: Path, found: Path) -> None:
        super().__init__(path, f"{found}, of an earlier database, is still there without that database; nothing "
                               f"was created. Put the database back as {path.name}, or move that file away to "
                               "start a new one")
        self.found = found

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Location:
    """A database file path (SQLite with SQLCipher) or a server URL such as `postgresql://...`."""

    text: str

    @classmethod
    def of(cls, target: str | Path | None = None) -> Location:
        """`target` (the `--db` option), or the platform's default database file without one."""
        return cls(str(target) if target else str(default_database_path()))

    def __str__(self) -> str:
        return self.text

    @property
    def url(self) -> str | None:
        """The server's URL; None for a local file."""
        return self.text if local_path(self.text) is None else None

    @property
    def path(self) -> Path | None:
        """The local file, as an absolute path; None for a server."""
        return local_path(self.text)

    def found(self) -> bool:
        """A server, or a local database file that is there (not a folder, not missing)."""
        return self.path is None or self.path.is_file()

    def is_new(self) -> bool:
        """A local path with nothing there yet (a server is never new)."""
        return self.path is not None and not self.path.exists()

    def _earlier_left(self) -> Path | None:
        """The key file (or the WAL, not empty) an earlier database left at this local path without the
        database itself: a new one is refused there (EarlierDatabaseLeft)."""
        if self.path is None or self.path.exists():
            return None
        wal = wal_path(self.path)
        if key_file(self.path).exists():
            return key_file(self.path)
        return wal if wal.exists() and wal.stat().st_size > 0 else None

    def key_ring(self) -> KeyRing | None:
        """The key ring of an encrypted local file, as the sign-in and every command read it to open the file;
        None for a server or a file without one.

        A new recovery key still staged while no process has the file open was staged by one that is gone
        (killed, a power cut) before its sheet was written: it is dropped here, before anything is unlocked,
        and the printed one stays (store/keyring.py, `drop_unsheeted_recovery`). Where no lock tells whether
        another process has the file open (Windows), an instance showing its new key meanwhile loses it: its
        dialog then says the key could not be put in use and removes the sheet it wrote.

        KeyFileUnusable when an encrypted file's key ring is missing or damaged.
        """
        if self.path is None:
            return None
        ring = KeyRing.load(self.path)
        if not ring.exists():
            return None
        if ring.recovery_staged() and not in_use(self.path):
            made_on = ring.drop_unsheeted_recovery()
            log.warning("a new recovery key made on %s never had its sheet saved (the app was stopped first): it "
                        "no longer opens the database; %s", made_on, "the printed recovery key still does"
                        if ring.has_recovery() else "there is no recovery key in use")
        return ring

    def open(self, key: bytes | None = None) -> Database:
        """The database as it is; `key` opens an encrypted file. What the app owns beside a local file is
        made the owner's only first, where an older version left it readable by others (store/owner_only.py)."""
        if self.path is None:
            return open_url(self.text)
        tighten(self.path)
        return open_sqlite(self.path, key)

    def open_upgraded(self, key: bytes | None = None) -> Database:
        """The database with its schema brought to this version (a backup first, all or nothing).

        The planner's statistics are refreshed later, off the sign-in's path (`Database.optimize`:
        the first run on a large file takes seconds; the desktop does it in its start-of-day work).
        A full disk during the upgrade (its backup, its transaction) is `FileUnusable` "no_space", as at the
        open: the upgrade left the file as it was, and the desktop and the command line say so in one line.
        """
        db = self.open(key)
        try:
            upgrade(db, backups_dir(db.path) if db.path else None)
        except Exception as error:
            db.dispose()
            if db.path is not None and disk_full(error):
                raise FileUnusable(db.path, NO_SPACE) from None
            raise
        return db

    def create(self, accounts: dict[str, str]) -> Database:
        """A new encrypted file at the newest schema, whose key each of `accounts` (login ->
        passphrase) can unlock. DatabaseExists when something is already there."""
        path = self._new_path()
        refuse_network_share(path.parent)           # before any file is written there
        key = new_database_key()
        ring = KeyRing.load(path)
        for login, passphrase in accounts.items():
            ring.grant(login, key, passphrase)
        db = open_sqlite(path, key)
        upgrade(db, None)
        return db

    @contextmanager
    def build(self, accounts: dict[str, str], resume: Callable[[Database], bool] | None = None,
              keep: type[BaseException] | None = None) -> Iterator[Database]:
        """A new encrypted file to fill in the `with` block, moved here only when the block succeeds.

        It is built as `<path>.partial` (with its key file), so a failure, or a process killed
        halfway (a first demo), leaves no half-made database under the real name; the next try
        clears it. Unless it is worth going on with: a failure of the kind `keep` leaves it, and with
        `resume` (one account) a try that finds one which that account's passphrase opens and `resume`
        accepts builds on it (a join the sync service already knows goes on where it stopped: sync/join.py).
        """
        path = self._new_path()
        building = path.with_name(path.name + ".partial")
        db = _reopened(building, accounts, resume) if resume is not None else None
        if db is None:
            _remove_database_files(building)
            db = Location.of(building).create(accounts)
        try:
            yield db
        except BaseException as error:
            db.dispose()
            if keep is None or not isinstance(error, keep):
                _remove_database_files(building)
            raise
        db.dispose()
        os.replace(key_file(building), key_file(path))
        os.replace(building, path)
        _remove_database_files(building)           # what is left of it: the note of its clean close
        sync_folder(path.parent)

    def _new_path(self) -> Path:
        """The local path a new database goes to, its folder made; DatabaseExists if it is taken, also
        by an earlier database's key file or WAL alone (EarlierDatabaseLeft: never written over)."""
        if self.path is None:
            raise ValueError("a new database is a local file")
        if self.path.exists():
            raise DatabaseExists(self.path)
        earlier = self._earlier_left()
        if earlier is not None:
            raise EarlierDatabaseLeft(self.path, earlier)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.path


def _reopened(building: Path, accounts: dict[str, str], resume: Callable[[Database], bool]) -> Database | None:
    """The half-made file an earlier try left at `building`, when the one account opens it and `resume` takes it
    (at the newest schema); None otherwise (nothing there, another passphrase, damaged): it is then cleared."""
    if len(accounts) != 1 or not building.is_file():
        return None
    [(login, passphrase)] = accounts.items()
    try:
        db = open_sqlite(building, KeyRing.load(building).unlock(login, passphrase))
    except (WrongPassphrase, KeyFileUnusable, FileUnusable, DBAPIError):
        return None
    try:
        upgrade(db, None)
        if resume(db):
            return db
    except (SchemaTooNew, DBAPIError):
        pass
    db.dispose()
    return None


def _remove_database_files(path: Path) -> None:
    for made in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), key_file(path), closed_state(path), lock_path(path)):
        made.unlink(missing_ok=True)
