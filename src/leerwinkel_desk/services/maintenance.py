"""Keeping a database sound: integrity and schema checks, backups and restores."""

from __future__ import annotations

import secrets
import shutil
import stat
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from leerwinkel_desk.domain.errors import BackupFolderUnusable, BackupUnusable, InvalidValue, OpenElsewhere
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit, backup_health
from leerwinkel_desk.services.accounts import close_in, settle_closes
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.erasure import erase_in, scrub_files
from leerwinkel_desk.services.letters import filed_letters
from leerwinkel_desk.store import backup as store_backup
from leerwinkel_desk.store import migrations, report_figures, session_lock
from leerwinkel_desk.store.engine import Database, open_sqlite, used_alone
from leerwinkel_desk.store.file_guard import VERIFY_PREFIX, FileUnusable, abandoned, full_problem
from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.store.models import Client, Counsellor, Erasure, Letter
from leerwinkel_desk.store.paths import backups_dir
from leerwinkel_desk.store.raw import driver

DAILY_BACKUPS_KEPT = 14


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: integrity problems and whether the schema is the one this app knows."""

    problems: list[str]
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    """Integrity, foreign keys, schema version, the audit chain and the report's kept figures (compared with
    the figures made again from the rows, then left as they were), without changing anything.

    The chain is also compared with the heads anchored in the backups' manifests and, on an enrolled
    laptop, with the events the sync service holds (its anchors): a cut tail or a re-chained history
    is found there.
    """
    head = migrations.head_revision()
    problems: list[str] = []
    revision = migrations.current_revision(db)
    if revision is None:
        problems.append("schema: not created")
    elif not migrations.is_known(revision):
        problems.append(f"schema: revision {revision} is newer than this app ({head})")
    elif revision != head:
        problems.append(f"schema: revision {revision} is behind {head}; start the app to upgrade")
    if db.is_sqlite and db.path is not None:
        damage = full_problem(db.path, db.key)
        if damage is not None:
            return CheckReport([f"database: damaged ({damage})"], revision, head)
        raw = store_backup.open_raw(db.path, db.key)
        try:
            problems.extend(store_backup.integrity_problems(raw))
            if revision == head and not problems:
                problems.extend(store_backup.anchor_problems(raw, backups_dir(db.path)))
        finally:
            raw.close()
    if revision == head:
        with db.read() as session:
            problems.extend(audit.chain_problems(session))
            problems.extend(audit.anchor_problems(session))
            if report_figures.kept(db.engine.dialect.name):
                problems.extend(f"report figures: {n} row(s) of {table} differ from the rows they count"
                                for table, n in report_figures.differences(session.connection()).items() if n)
    return CheckReport(problems, revision, head)


def backup(db: Database, target: Path) -> Path:
    return store_backup.backup_to(db, target)


def daily_backup(db: Database, today: date, keep: int = DAILY_BACKUPS_KEPT) -> Path | None:
    """The automatic daily backup of a local database, next to it in `backups/`, rotated."""
    if db.path is None:
        return None
    return store_backup.daily_backup(db, backups_dir(db.path), today, keep)


MANUAL_PREFIX, BEFORE_RESTORE_PREFIX = "manual-", "before-restore-"
KEPT_BACKUP_PREFIXES = (MANUAL_PREFIX, "before-")     # the daily ones rotate after DAILY_BACKUPS_KEPT days


def prune_backups(db: Database, years: int, now: datetime) -> int:
    """Manual and pre-upgrade backups older than the office's retention period go (with their key
    files): what retention took from the database does not live on in them. Returns how many."""
    if db.path is None:
        return 0
    cutoff = now - timedelta(days=round(365.25 * years))
    return store_backup.remove_older_backups(backups_dir(db.path), KEPT_BACKUP_PREFIXES, cutoff)


def restore(db: Database, source: Path, keep_as: Path | None = None) -> int:
    """Replace the database by a checked backup, then erase again everyone erased since and close
    again every account closed since. With `keep_as`, the database as it was is backed up there once the
    backup is found sound, just before it replaces the database (and removed again when the restore fails).

    The audit events made since the backup are kept (appended again to the restored chain),
    so a restore leaves no gap in who did what. All of it is done in a copy of the backup first,
    which then replaces the database in one step: a crash in between loses nothing. A closed
    account stays closed (no sign-in; the key file and the rekey follow, as at a close). Returns how
    many erasures were applied again.
    """
    if db.path is None:
        raise ValueError("restore is for local database files")
    try:
        with used_alone(db.path):       # no other instance goes on with the data as it was, nor opens it meanwhile
            return _restore(db, source, keep_as)
    except session_lock.OpenElsewhere as elsewhere:
        raise OpenElsewhere(str(elsewhere)) from elsewhere


def _restore(db: Database, source: Path, keep_as: Path | None) -> int:
    assert db.path is not None
    erased = registered_erasures(db)
    closed = closed_accounts(db)
    former = former_keys(db.path, db.key)
    source = Path(source).expanduser().resolve()
    later_events = audit.events_missing_from(db, source, store_backup.backup_key(source, db.key, former)) \
        if source.is_file() else []
    staging = db.path.with_name(f"{db.path.name}.restoring.partial")   # tidied at a start if a kill left it
    generation = secrets.randbelow(2**31 - 2) + 1       # the restored file's own (engine's `check_generation`)
    kept = None
    store_backup.WRITING.add(staging)
    try:            # every failure (a full disk, a backup refused) removes what was staged: it takes room
        store_backup.copy_checked(source, staging, db.key, former)
        again = _make_whole(db, staging, later_events, erased, closed, generation)
        if keep_as is not None:     # under a pending name until the restore is in: see `settle_pending_backups`
            kept = backup(db, pending_name(keep_as, generation))
        store_backup.restore_from(staging, db)      # then copied in, page by page, in one transaction
        db.restored(generation)
    except BaseException:
        if kept is not None:                        # the database stayed as it was: its copy is not needed
            store_backup.remove_backup(kept)
        raise
    finally:
        store_backup.remove_staging(staging)
        store_backup.WRITING.discard(staging)
    if kept is not None and keep_as is not None:
        store_backup.rename_backup(kept, keep_as)
    if again:
        scrub_files(db)
    settle_closes(db)
    return again


PENDING_INFIX = ".pending-"       # `before-restore-….db.pending-<generation>`: not listed, not a backup yet


def pending_name(kept: Path, generation: int) -> Path:
    return kept.with_name(f"{kept.name}{PENDING_INFIX}{generation}")


def settle_pending_backups(db: Database) -> list[str]:
    """The backups of the data before a restore that a kill left under their pending name (`_restore`): kept as
    "vóór een herstel" when the restore did go in (the database holds its generation), removed when it never
    did (the database is still the data the copy holds: presented as one, it said a restore had happened, and
    each one took the database's size). Returns what happened to each, "kept" or "removed"."""
    folder = backups_dir(db.path) if db.path is not None else None
    if folder is None or folder.is_symlink() or not folder.is_dir():
        return []
    with db.read() as session:
        current = session.connection().exec_driver_sql("PRAGMA user_version").scalar_one()
    done = []
    for pending in sorted(folder.glob(f"{BEFORE_RESTORE_PREFIX}*.db{PENDING_INFIX}*")):
        kept, _, generation = pending.name.rpartition(PENDING_INFIX)
        if pending.is_symlink() or not pending.is_file() or not generation.isdigit():
            continue
        if int(generation) == current:
            store_backup.rename_backup(pending, folder / kept)
            done.append("kept")
        else:
            store_backup.remove_backup(pending)
            done.append("removed")
    return done


def _make_whole(db: Database, staging: Path, later_events: list[dict[str, Any]],
                erased: list[tuple[uuid.UUID, uuid.UUID, datetime]], closed: dict[uuid.UUID, datetime],
                generation: int) -> int:
    """The restored file made whole beside the database (a kill leaves the database as it was): the audit
    events made since appended again, the people erased since erased again (how many: returned), the
    accounts closed since closed again; and its own restore `generation` in its header."""
    staged = open_sqlite(staging, db.key)
    try:
        migrations.upgrade(staged, None)
        again = 0
        with staged.write() as session:
            audit.append_again(session, later_events)
            known = set(session.scalars(select(Erasure.client_id)))
            for client_id, office_id, erased_at in erased:
                if client_id not in known and session.get(Client, client_id) is not None:
                    erase_in(session, staged, Actor(office_id, None, "system"), client_id, erased_at)
                    again += 1
            for person in session.scalars(select(Counsellor).where(
                    Counsellor.id.in_(list(closed)), Counsellor.can_log_in.is_(True))):
                close_in(session, Actor(person.office_id, None, "system"), person, closed[person.id])
        raw = staged.engine.raw_connection()
        try:
            driver(raw).execute(f"PRAGMA user_version = {int(generation)}")
        finally:
            raw.close()
        return again
    finally:
        staged.dispose()


def restore_over_unusable(path: Path, key: bytes | None, source: Path) -> Path:
    """A checked backup in place of a database file that cannot be opened (kept aside: returned); OpenElsewhere
    while another instance has it open (a desk showing that it is damaged)."""
    try:
        with used_alone(path):
            return store_backup.replace_unusable(source, path, key, former_keys(path, key))
    except session_lock.OpenElsewhere as elsewhere:
        raise OpenElsewhere(str(elsewhere)) from elsewhere


def former_keys(path: Path, key: bytes | None) -> list[bytes]:
    """The database's keys before its rekeys (account closes): the backups made before open with them."""
    if key is None or not key_file(path).exists():
        return []
    return KeyRing.load(path).former_keys(key)


LEFTOVER_AGE = timedelta(minutes=10)     # younger files may belong to a write still under way elsewhere


def tidy_leftovers(db: Database, now: datetime) -> int:
    """Remove what killed writes left (at every start of the app and of a command): half-written backups
    with the journal SQLite kept beside them, key files and letters, verification copies, and letter files
    whose record never committed; and settle the backups of the data before a restore a kill left pending
    (`settle_pending_backups`). Returns how many were removed.

    When no other process has the database open (store/session_lock.py: none can open it while this looks),
    every half-written backup (and the restore's copy) goes, whatever its age: no one else is writing one. The
    rest, and everything while another instance has the database open, only untouched for LEFTOVER_AGE (it may
    be writing one right now). Only files of the app's own naming, in its own folders, and
    never through a link (a link is left as it is, and a `backups` that is a link is not looked into). A
    verification folder whose process is gone (`abandoned`: it holds a whole copy of the database) goes at once.
    """
    if db.path is None:
        return 0
    try:
        with used_alone(db.path):
            settle_pending_backups(db)
            return _tidy(db, now, alone=True)
    except session_lock.OpenElsewhere:
        return _tidy(db, now, alone=False)


def _tidy(db: Database, now: datetime, alone: bool) -> int:
    assert db.path is not None
    cutoff = (now - LEFTOVER_AGE).timestamp()
    files = filed_letters(db)
    with db.read() as session:
        recorded = set(session.scalars(select(Letter.file_name)))
    suffixes = [f".partial{suffix}" for suffix in ("", *store_backup.STAGING_COMPANIONS)]
    backups = backups_dir(db.path)
    in_backups = [] if backups.is_symlink() or not backups.is_dir() else [
        made for prefix in (store_backup.DAILY_PREFIX, *KEPT_BACKUP_PREFIXES) for suffix in suffixes
        for made in backups.glob(f"{prefix}*{suffix}")]
    copies = [*in_backups, *(made for name in (db.path.name, f"{db.path.name}.restoring") for suffix in suffixes
                             for made in db.path.parent.glob(f"{name}{suffix}"))]
    found = [*copies,
             *(made for suffix in suffixes for made in db.path.parent.glob(f"{db.path.name}*{suffix}")),
             *db.path.parent.glob(f"{VERIFY_PREFIX}*"), *files.partial_files(),
             *(files.path(name) for name in files.names() if name not in recorded)]
    removed = 0
    for path in dict.fromkeys(found):       # the backups' and the restore's copies: at any age when alone
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) or store_backup.being_written(path):
                continue                # never through a link; never what this process is writing now
            verify = path.name.startswith(VERIFY_PREFIX)
            if (alone and path in copies) or info.st_mtime < cutoff or (verify and abandoned(path)):
                shutil.rmtree(path) if stat.S_ISDIR(info.st_mode) else path.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed


def registered_erasures(db: Database) -> list[tuple[uuid.UUID, uuid.UUID, datetime]]:
    """The erasure register of the database as it is now (empty when it cannot be read)."""
    try:
        with db.read() as session:
            return [(e.client_id, e.office_id, e.erased_at) for e in session.scalars(select(Erasure))]
    except DBAPIError:
        return []


def closed_accounts(db: Database) -> dict[uuid.UUID, datetime]:
    """The accounts closed now (no sign-in allowed), with when they last changed (empty when the
    database cannot be read)."""
    try:
        with db.read() as session:
            return {person.id: person.updated_at for person in session.scalars(select(Counsellor).where(
                Counsellor.can_log_in.is_(False)))}
    except DBAPIError:
        return {}


BACKUP_KINDS = ((store_backup.DAILY_PREFIX, "daily"), (MANUAL_PREFIX, "manual"),
                (BEFORE_RESTORE_PREFIX, "before-restore"), ("before-", "before-upgrade"))


@dataclass(frozen=True)
class BackupFile:
    """A backup in the folder next to the database: its kind (daily, manual, before-restore, before-upgrade,
    or other for a file put there by hand) and when it was written."""

    path: Path
    kind: str
    made_at: datetime


def backup_file(path: Path) -> BackupFile:
    kind = next((kind for prefix, kind in BACKUP_KINDS if path.name.startswith(prefix)), "other")
    return BackupFile(path, kind, datetime.fromtimestamp(path.stat().st_mtime, UTC))


@dataclass(frozen=True)
class Restored:
    """What a restore did: the people erased after the backup erased again, and the backup that keeps the
    data as it was just before (a wrong backup chosen loses nothing)."""

    erased_again: int
    kept: Path


class Backups(UseCase):
    """Backups and restores from the app (coordinators): the same operations as the CLI's."""

    def list(self) -> list[BackupFile]:
        """The backups next to the database, the newest first."""
        self._require(Permission.MANAGE_OFFICE)
        if self._db.path is None:
            return []
        folder = backups_dir(self._db.path)
        found = [backup_file(path) for path in folder.glob("*.db")] if folder.is_dir() else []
        return sorted(found, key=lambda backup: backup.made_at, reverse=True)

    def health(self) -> backup_health.BackupHealth:
        """How the automatic backups fare (services/backup_health.py); a `backups` that is no folder fails them
        from now on, also before the next start notes it."""
        self._require(Permission.MANAGE_OFFICE)
        if self._db.path is None:
            return backup_health.BackupHealth(backup_health.Track(), backup_health.Track())
        return backup_health.load(self._db.path)

    def folder_problem(self) -> backup_health.Problem | None:
        """NOT_A_FOLDER when a file holds the name of the backups folder (nothing can be written or listed)."""
        self._require(Permission.MANAGE_OFFICE)
        return None if self._db.path is None else backup_health.folder_problem(backups_dir(self._db.path))

    def _folder(self) -> Path:
        """The backups folder next to the database; BackupFolderUnusable when a file holds its name."""
        if self._db.path is None:
            raise InvalidValue("database", "not_local")
        folder = backups_dir(self._db.path)
        if backup_health.folder_problem(folder) is not None:
            raise BackupFolderUnusable(str(folder))
        return folder

    def make(self, target: Path | None = None) -> Path:
        """A backup to `target`, or to the backups folder next to the database."""
        self._require(Permission.MANAGE_OFFICE)
        target = backup(self._db, target or self._free_name(self._folder(), MANUAL_PREFIX))
        self._audit_office("backup.create")
        return target

    def restore(self, source: Path) -> Restored:
        """Restore `source`, with a backup of the data as it was just before (`before-restore-…`: the
        restore replaces everything entered since `source` was made)."""
        self._require(Permission.MANAGE_OFFICE)
        kept = self._free_name(self._folder(), BEFORE_RESTORE_PREFIX)
        try:
            again = restore(self._db, source, keep_as=kept)
        except FileNotFoundError as gone:
            raise BackupUnusable(f"no backup at {gone}") from gone
        except store_backup.NotABackup as refused:     # before anything was copied
            if refused.problem == "empty":
                raise BackupUnusable(f"{refused.source} is empty: it is not a backup of Leerwinkel Desk",
                                     "empty", refused.source.name) from refused
            raise BackupUnusable(f"{refused.source} is not a backup of this installation of Leerwinkel Desk "
                                 f"(damaged, or made by another one: {refused.problem})") from refused
        except FileUnusable as staged:      # the backup's copy did not open: the backup's fault, not the database's
            raise BackupUnusable(f"{Path(source).name} cannot be opened ({staged.reason})") from staged
        except ValueError as unreadable:        # its pages do not read back under this database's keys
            raise BackupUnusable(f"damaged, or made by another installation: {unreadable}") from unreadable
        self._audit_office("backup.restore")
        return Restored(again, kept)

    def _free_name(self, folder: Path, prefix: str) -> Path:
        """A new file in the backups folder: two made in the same second (a restore of the backup just made
        before another restore) must not write over each other."""
        stamp = self._now().strftime("%Y%m%dT%H%M%SZ")
        names = (f"{prefix}{stamp}.db", *(f"{prefix}{stamp}-{n}.db" for n in range(2, 1000)))
        return next(folder / name for name in names if not (folder / name).exists())
