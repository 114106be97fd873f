"""What the app keeps in its data folder is its owner's only: files 0600, its folders 0700.

Files it writes now are so from their first byte (store/durable.py) and the folders it makes are made so
(`make_owner_only_folder`). Files and folders an older version made readable by every account of the
machine (0644, 0755) are tightened when the app or a command opens the database (`tighten`, from
store/location.py), before SQLite opens it (SQLite gives a new `-wal` and `-shm` the database file's mode).

Only what the app knows as its own is touched:
- `logs/` beside the database and the files in it, made and tightened by the log itself (log.py
  `start_logging`, `tighten_folder`), each new log file 0600 from its first byte;
- beside the database, the files named after it: the database, its `-wal` and `-shm`, its key file, its
  state note, a WAL set aside, a damaged copy, a half-made file;
- `backups/`, `letters/` and `agenda/` beside it, and the regular files directly in them;
- the data folder itself only where it is the app's own: the platform's data folder (`LeerwinkelDesk`)
  and the demo's folder. A database put elsewhere (`--db`) leaves its folder as the person set it.

A link is never followed (`backups` may be a link to a backup drive: neither it nor what it holds is
touched), only group and other lose their rights (the owner's stay as they are), and a change refused
(a file of another account, a read-only disk) is one line in the log, the count and the kind of error,
never a path; the start goes on. On Windows there are no such modes (the profile's folder is the user's).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from leerwinkel_desk.store.paths import AGENDA_FOLDER, DEMO_FOLDER, LETTERS_FOLDER, backups_dir, default_database_path

OWNER_FILE, OWNER_FOLDER = 0o600, 0o700
OTHERS = 0o077                  # the rights of group and other, which the owner's files never keep

log = logging.getLogger(__name__)


def make_owner_only_folder(folder: Path) -> None:
    """`folder` made, the owner's only, when it is missing (its parents must be there)."""
    folder.mkdir(mode=OWNER_FOLDER, exist_ok=True)


def tighten_folder(folder: Path) -> int:
    """`folder` (not a link) and the regular files directly in it lose group's and other's rights, as `tighten`
    does for the database's folders (the log's `logs/`, which an older version made 0755 with 0644 files):
    how many changed; never raises for a change refused."""
    if os.name == "nt" or _kind(folder) != stat.S_IFDIR:
        return 0
    changed = 0
    for place, kind in [(folder, stat.S_IFDIR), *((inside, stat.S_IFREG) for inside in _scan(folder))]:
        try:
            changed += _tighten(place, kind)
        except OSError:
            pass                        # another account's file, a read-only disk: the log goes on as it is
    return changed


def tighten(database: Path) -> int:
    """Group and other lose their rights on what the app owns beside the local `database` (see the module).
    Returns how many files and folders changed; never raises for a change refused."""
    if os.name == "nt":
        return 0
    changed, refused = 0, []
    for place, kind in _owned(database):
        try:
            changed += _tighten(place, kind)
        except OSError as error:
            refused.append(type(error).__name__)
    if changed:
        log.info("data folder: %d file(s) or folder(s) readable by others made the owner's only", changed)
    if refused:
        log.warning("data folder: %d file(s) or folder(s) could not be made the owner's only (%s)",
                    len(refused), ", ".join(sorted(set(refused))))
    return changed


def _owned(database: Path) -> list[tuple[Path, int]]:
    """The app's own folders and files beside `database`, each with the kind it must be (S_IFDIR, S_IFREG)."""
    data = database.parent
    own_data = [folder for folder in (data, data.parent)
                if folder == default_database_path().parent or (folder == data and data.name == DEMO_FOLDER)]
    places = [(folder, stat.S_IFDIR) for folder in own_data]
    places += [(beside, stat.S_IFREG) for beside in _scan(data)
               if beside.name == database.name
               or (beside.name.startswith(database.name) and beside.name[len(database.name)] in "-.")]
    for folder in (backups_dir(database), data / LETTERS_FOLDER, data / AGENDA_FOLDER):
        if _kind(folder) == stat.S_IFDIR:           # a link to a folder (a backup drive) is left as it is
            places += [(folder, stat.S_IFDIR), *((inside, stat.S_IFREG) for inside in _scan(folder))]
    return places


def _scan(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _kind(path: Path) -> int | None:
    """The kind of file at `path` itself (a link is a link), None when nothing is there."""
    try:
        return stat.S_IFMT(os.lstat(path).st_mode)
    except OSError:
        return None


def _tighten(path: Path, kind: int) -> int:
    """1 when `path` (of `kind`, not a link) lost group's and other's rights, 0 when it had none or is not
    such a file; OSError when the change was refused."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return 0
    if stat.S_IFMT(info.st_mode) != kind or not info.st_mode & OTHERS:
        return 0
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~OTHERS, follow_symlinks=False)
    except NotImplementedError:     # a link put there meanwhile (or no such chmod here): never followed
        return 0
    return 1
