"""Consistent copies of a live SQLite database (`VACUUM INTO`), never a file copy."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.store.durable import WIPE_CHUNK, empty_private_file, sync_file, sync_folder, write_whole
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.file_guard import closed_state, fast_problem, shm_path, wal_path
from leerwinkel_desk.store.keyring import key_file
from leerwinkel_desk.store.owner_only import make_owner_only_folder
from leerwinkel_desk.store.raw import QUIET, driver, open_raw, sqlcipher_key_pragma, sqlcipher_rekey_pragma
from leerwinkel_desk.store.session_lock import lock_path

__all__ = ["BackupOverLive", "NotABackup", "adopt_backups", "anchor_problems", "audit_event_ids", "backup_to",
           "daily_backup", "integrity_problems", "make_folder", "open_raw", "read_back", "restore_from"]


class BackupOverLive(Exception):
    """A backup was asked for over the live database itself, or over a file kept beside it (its WAL,
    `-shm`, key file or state), also through a link; nothing was written."""

    def __init__(self, target: Path) -> None:
        super().__init__(f"{target} is the live database or a file beside it")
        self.target = target


WRITING: set[Path] = set()      # the backups this process is writing now (their `.partial`): never tidied away


def being_written(path: Path) -> bool:
    """Whether `path` is a copy this process is writing now, or a file SQLite keeps beside one."""
    return any(path == made or path.name.startswith(f"{made.name}") and path.parent == made.parent
               for made in list(WRITING))


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent, compacted copy of `db` to `target` (encrypted with the same key).

    The copy is written next to the target and renamed into place, so `target` is either the
    previous file or a complete new backup, never half of one. The copy's name is this writer's own
    (`staging_name`): two instances backing up one file at once (both opened it the same morning)
    each write theirs, and neither removes the other's halfway. A `target` that is the live
    database (its name, a link to it, or a file beside it) is refused first (BackupOverLive): the
    rename would put the copy in place of the file this process keeps writing to, and lose it all.
    """
    if not db.is_sqlite:
        raise ValueError("backups are for local database files")
    given = Path(target).expanduser().absolute()
    target = given.resolve()
    if db.path is not None:
        _refuse_live(db.path, target)
    make_folder(given.parent)
    partial = staging_name(target)
    remove_staging(partial)                  # with a journal a killed VACUUM INTO left: never rolled into the new
    WRITING.add(partial)
    try:
        empty_private_file(partial)          # the owner's only before SQLite writes a page into it
        raw = db.engine.raw_connection()     # outside any transaction: VACUUM refuses one
        try:
            driver(raw).execute("VACUUM INTO ?", (str(partial),))   # into an empty file: allowed, its mode kept
        finally:
            raw.close()
        sync_file(partial)
        copy = open_raw(partial, db.key)
        try:
            heads = audit_heads(copy)
        finally:
            copy.close()
        write_whole(manifest_file(target), json.dumps(
            {"format": 1, "made_at": datetime.now(UTC).isoformat(timespec="seconds"), "audit_heads": heads},
            indent=2, sort_keys=True).encode("utf-8"))
        keys = key_file(db.path) if db.path else None
        if keys is not None and keys.exists():   # the wrapped keys travel with the backup (no key in clear)
            write_whole(key_file(target), keys.read_bytes())
        os.replace(partial, target)
    except BaseException:
        remove_staging(partial)                  # a full disk leaves no half backup (nor its journal) behind
        raise
    finally:
        WRITING.discard(partial)
    sync_folder(target.parent)
    return target


def staging_name(target: Path) -> Path:
    """Where this process and thread write the copy that becomes `target`: `<target>.<pid>-<thread>.partial`, its
    own (what a killed write left under its app's naming is tidied at a start: services/maintenance.py)."""
    return target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")


def make_folder(folder: Path) -> None:
    """`folder` there to write backups in: made when missing, but never its parents, and never through a
    link whose target is gone. A `backups` link to a drive that is not plugged in, or a folder on it,
    would otherwise be made on the local disk (the mount point's empty folder) and the backups written
    there, unnoticed: FileNotFoundError instead, and FileExistsError when a file (or a dangling link)
    holds the name."""
    make_owner_only_folder(folder)


def adopt_backups(shared: Path, own: Path, office: str) -> list[Path]:
    """The backups in `shared` that office `office` (its id as stored: 32 hex digits) made, moved with
    their key files and manifests into its own folder `own`; returns where they went.

    Copies made before each installation had its own folder in a shared backup folder lay side by side
    with another office's; the manifest names the office whose audit chain a backup holds, so each
    installation takes back its own and leaves the others' where they are (a copy without a manifest
    stays too)."""
    moved = []
    for backup in sorted(shared.glob("*.db")):
        try:
            offices = json.loads(manifest_file(backup).read_text(encoding="utf-8"))["audit_heads"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not isinstance(offices, dict) or set(offices) != {office} or (own / backup.name).exists():
            continue
        make_folder(own)
        for made in (backup, key_file(backup), manifest_file(backup)):    # a crash between: the backup rotates
            if made.exists():
                os.replace(made, own / made.name)
        moved.append(own / backup.name)
    if moved:
        sync_folder(own)
        sync_folder(shared)
    return moved


def _refuse_live(database: Path, target: Path) -> None:
    """BackupOverLive when `target` (resolved) is `database` or one of the files kept beside it:
    by name, or as the same file under another name (a hard link, another case of the letters)."""
    for live in (database, wal_path(database), shm_path(database), key_file(database), closed_state(database),
                 lock_path(database)):
        live = live.resolve()
        if target == live:
            raise BackupOverLive(target)
        try:
            same = os.path.samefile(target, live)
        except OSError:
            same = False                # either is not there: not the same file
        if same:
            raise BackupOverLive(target)


def manifest_file(backup: Path) -> Path:
    """`<backup>.manifest.json`: when it was made and the head of each office's audit chain in it."""
    return Path(f"{backup}.manifest.json")


def audit_heads(conn: sqlcipher.Connection) -> dict[str, dict[str, object]]:
    """The last event of each office's audit chain: {office id: {"seq": n, "hash": "..."}}."""
    rows = conn.execute("SELECT office_id, seq, hash FROM audit_event AS e WHERE seq = "
                        "(SELECT max(seq) FROM audit_event WHERE office_id = e.office_id)").fetchall()
    return {str(office): {"seq": seq, "hash": digest} for office, seq, digest in rows}


def anchor_problems(conn: sqlcipher.Connection, folder: Path) -> list[str]:
    """Where the live audit chain lost or rewrote an event that a backup's manifest anchors.

    The chain itself only proves it is consistent; someone with the key can cut its tail or
    re-chain it after removing an event. Each backup's manifest holds the head it had, so the
    live chain must still hold that very event, with that hash.
    """
    problems = []
    for manifest in sorted(folder.glob("*.manifest.json")) if folder.is_dir() else []:
        try:
            heads = json.loads(manifest.read_text(encoding="utf-8"))["audit_heads"]
            anchored = [(office, int(head["seq"]), str(head["hash"])) for office, head in heads.items()]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            problems.append(f"audit anchor: {manifest.name} cannot be read")
            continue
        for office, seq, digest in anchored:
            row = conn.execute("SELECT hash FROM audit_event WHERE office_id = ? AND seq = ?",
                               (office, seq)).fetchone()
            if row is None:
                problems.append(f"audit chain: event {seq} of office {office}, anchored in "
                                f"{manifest.name.removesuffix('.manifest.json')}, is gone (the chain was cut)")
            elif row[0] != digest:
                problems.append(f"audit chain: event {seq} of office {office} differs from the one anchored in "
                                f"{manifest.name.removesuffix('.manifest.json')} (the chain was rewritten)")
    return problems


def audit_event_ids(path: Path, key: bytes | None) -> set[str] | None:
    """The ids (as stored: 32 hex digits) of the audit events in a backup; None when it cannot be read.

    Opened read-only: a missing path is not created, and the backup is left as it is.
    """
    if not Path(path).is_file():
        return None
    try:
        conn = sqlcipher.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute(QUIET)
            if key is not None:
                conn.execute(sqlcipher_key_pragma(key))
            return {row[0] for row in conn.execute("SELECT id FROM audit_event")}
        finally:
            conn.close()
    except sqlcipher.DatabaseError:
        return None


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` report; empty when sound."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    except sqlcipher.DatabaseError as error:
        return [f"database: damaged ({error})"]
    return problems


def read_back(backup: Path, key: bytes | None) -> list[str]:
    """What keeps the backup at `backup` from being read with `key` (`integrity_problems`); empty when sound."""
    try:
        conn = open_raw(backup, key)
    except sqlcipher.DatabaseError as error:
        return [f"database: unreadable ({error})"]
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def restore_from(source: Path, db: Database) -> None:
    """Replace the contents of `db` with the backup `source`, after checking the backup is sound.

    Uses SQLite's online backup API page by page inside the target's write lock, so other
    connections see either the old or the restored database.
    """
    if not db.is_sqlite or db.path is None:
        raise ValueError("restore is for local database files")
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise FileNotFoundError(source)
    src = open_raw(source, db.key)
    try:
        problems = integrity_problems(src)      # not a database, or the wrong key: a problem too
        if problems:
            raise ValueError("; ".join(problems[:5]))
        db.close_connections()
        dst = open_raw(db.path, db.key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


class NotABackup(ValueError):
    """The file chosen to restore is no database of this app at all (empty, or not SQLite under any of the
    database's keys): refused before anything was copied."""

    def __init__(self, source: Path, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem


def copy_checked(source: Path, target: Path, key: bytes | None, former: Sequence[bytes] = ()) -> None:
    """A copy of the backup `source` at `target` under `key`, the owner's only from its first byte, after
    `fast_problem` (NotABackup: an empty file, which `integrity_check` passes, or one that does not open) and
    `integrity_problems` (ValueError) found nothing. A backup made before a rekey (an account closed since)
    opens with one of the `former` keys and is rekeyed to `key` in the copy. Any failure (a full disk) leaves
    nothing at `target` (`remove_staging`)."""
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise FileNotFoundError(source)
    made_with = backup_key(source, key, former)
    problem = fast_problem(source, made_with)
    if problem is not None:
        raise NotABackup(source, problem)
    src = open_raw(source, made_with)
    try:
        problems = integrity_problems(src)
    finally:
        src.close()
    if problems:
        raise ValueError("; ".join(problems[:5]))
    remove_staging(target)
    try:
        empty_private_file(target)
        with open(source, "rb") as given, open(target, "r+b") as copy_file:
            shutil.copyfileobj(given, copy_file, WIPE_CHUNK)
        if key is not None and made_with != key:
            copy = open_raw(target, made_with)
            try:
                copy.execute(sqlcipher_rekey_pragma(key))
            finally:
                copy.close()
    except BaseException:
        remove_staging(target)
        raise


def backup_key(source: Path, key: bytes | None, former: Sequence[bytes] = ()) -> bytes | None:
    """The key the backup `source` opens with: `key`, or the one of the database's `former` keys
    it was made under (before a rekey); `key` when none opens it."""
    if key is not None and former and fast_problem(source, key) is not None:
        return next((k for k in former if fast_problem(source, k) is None), key)
    return key


STAGING_COMPANIONS = ("-wal", "-shm", "-journal", ".state", ".lock")     # what SQLite and the app keep beside a file


def remove_staging(path: Path) -> None:
    """A working copy gone, with what SQLite and the app kept beside it."""
    for made in (path, *(Path(f"{path}{suffix}") for suffix in STAGING_COMPANIONS)):
        made.unlink(missing_ok=True)


def replace_unusable(source: Path, path: Path, key: bytes | None, former: Sequence[bytes] = ()) -> Path:
    """Put the checked backup `source` in place of a database file that cannot be opened.

    The unusable file (and a WAL beside it) is kept, renamed aside; returns its new name. The
    backup is copied next to the database, synced, and renamed into place.
    """
    partial = path.with_name(path.name + ".partial")
    copy_checked(source, partial, key, former)
    try:
        sync_file(partial)
    except BaseException:
        remove_staging(partial)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            os.replace(Path(f"{path}{suffix}"), Path(f"{aside}{suffix}"))
    os.replace(partial, path)
    sync_folder(path.parent)
    return aside


DAILY_PREFIX = "daily-"


def daily_backup(db: Database, folder: Path, today: date, keep: int = 14) -> Path | None:
    """Today's backup if there is none yet, and only the newest `keep` daily backups kept.

    Returns the new backup, or None when today's already existed: also when another instance on the
    same file made it meanwhile, and this one's own copy then failed (both opened the file the same
    morning): the day has its backup. Backups are encrypted with the database's own key (VACUUM INTO
    keeps the cipher). `folder` is made when missing, but not its parents (`make_folder`). Today's is
    never rotated out, also when its date sorts before the others (a computer's clock set back).
    """
    if keep < 1:
        raise ValueError("keep at least one daily backup")
    make_folder(Path(folder))
    target = Path(folder) / f"{DAILY_PREFIX}{today.isoformat()}.db"
    try:
        made = None if target.exists() else backup_to(db, target)
    except Exception:
        if not target.exists():
            raise
        made = None                         # another instance made today's while this one wrote its own
    dailies = sorted(Path(folder).glob(f"{DAILY_PREFIX}????-??-??.db"))
    for old in dailies[:-keep]:
        if old != target:
            remove_backup(old)
    return made


def remove_backup(backup: Path) -> None:
    """A backup gone with its key file and manifest."""
    backup.unlink(missing_ok=True)
    key_file(backup).unlink(missing_ok=True)
    manifest_file(backup).unlink(missing_ok=True)


def rename_backup(backup: Path, target: Path) -> None:
    """A backup renamed with its key file and manifest (the backup last: it is what is listed)."""
    for companion in (key_file, manifest_file):
        if companion(backup).exists():
            os.replace(companion(backup), companion(target))
    os.replace(backup, target)
    sync_folder(target.parent)


def remove_older_backups(folder: Path, prefixes: tuple[str, ...], before: datetime) -> int:
    """The backups in `folder` named with one of `prefixes` and made before `before`; how many went."""
    gone = 0
    for backup in (sorted(folder.glob("*.db")) if folder.is_dir() else []):
        if backup.name.startswith(prefixes) and backup.stat().st_mtime < before.timestamp():
            remove_backup(backup)
            gone += 1
    return gone
