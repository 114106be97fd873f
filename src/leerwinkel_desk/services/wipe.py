"""A laptop revoked with a wipe (sync/client.py): everything of the office this app keeps on the laptop
goes, each file overwritten with zeros before it is removed (store/durable.py `overwrite_and_remove`).

In this order, the keys first: once they are gone, what is left of the rest (a wipe cut short by a power
cut) is encrypted data that no passphrase opens any more.
- the key files: the database's (`<db>.keys.json`) and those of its backups (a backup's key file opens
  it with the same passphrases as the database's: a revoked colleague's too);
- the database and what SQLite and the app keep beside it (`-wal`, `-shm`, `.state`, half-written
  `.partial` files, a damaged copy or a WAL set aside, the verification copies);
- `backups/` next to it: every backup with its manifest;
- the second copies in the office's own folder of its backup folder (services/office_settings.py), when
  that folder is there: the copies this laptop made (those its keys open; another laptop's stay);
- `letters/` (the filed letters, sealed with keys from the key file) and `agenda/` (the subscribable
  agenda files, with dossier numbers).

What it cannot reach, README "Synchronisation": what people saved elsewhere (a PDF saved or printed, an
exported dossier, a CSV export or an extract), a backup drive that is not plugged in, and copies of the
disk taken before. It leaves the log (`logs/`, which holds no personal data), the letterhead an office
put in `letterhead/` and the demo's own database (`demo/`, made-up people).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from leerwinkel_desk.services.letters import letters_folder
from leerwinkel_desk.services.maintenance import former_keys
from leerwinkel_desk.services.office_settings import office_folder
from leerwinkel_desk.store.backup import manifest_file
from leerwinkel_desk.store.durable import overwrite_and_remove
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.file_guard import VERIFY_PREFIX, FileUnusable, fast_problem
from leerwinkel_desk.store.keyring import key_file
from leerwinkel_desk.store.models import Office
from leerwinkel_desk.store.paths import AGENDA_FOLDER, backups_dir


def wipe_office_copy(db: Database) -> list[Path]:
    """Everything of the office this app keeps on this laptop, overwritten and removed, the database closed
    first (see the module). Returns what was removed; nothing for a server's database."""
    if db.path is None:
        return []
    path = db.path
    keys = [db.key, *former_keys(path, db.key)] if db.key is not None else [None]
    own = [copy for copy in _second_copies(db) if any(_opens(copy, key) for key in keys)]
    db.dispose()
    backups = backups_dir(path)
    made_here = [*backups.glob("*.db"), *own]
    beside = sorted(found for found in path.parent.glob(f"{path.name}*")
                    if found.name == path.name or found.name[len(path.name)] in "-.")
    places = [key_file(path), *(key_file(made) for made in made_here),
              *beside, *(manifest_file(made) for made in made_here), *made_here,
              *sorted(path.parent.glob(f"{VERIFY_PREFIX}*")),
              backups, letters_folder(db), path.parent / AGENDA_FOLDER]
    return [place for place in places if overwrite_and_remove(place)]


def _second_copies(db: Database) -> list[Path]:
    """The backups in the office's own folder of its backup folder and in its laptops' folders there, when
    one is set and there (the caller keeps those this laptop's keys open)."""
    with db.read() as session:
        office = session.scalars(select(Office)).first()
        folder = office_folder(Path(office.backup_folder), office) if office and office.backup_folder else None
    return sorted(folder.rglob("*.db")) if folder is not None and folder.is_dir() else []


def _opens(backup: Path, key: bytes | None) -> bool:
    try:
        return fast_problem(backup, key) is None
    except FileUnusable:
        return False
