"""How the automatic backups fare: for the daily backup in `backups/` and for its second copy in the office's
backup folder, the last day each was made and, while it fails, since when and why.

A failure at the start of the day was only a status line that went with the next message: a full USB stick
failed the second copy every day unnoticed. So each start of the day notes the outcome here, and *Beheer van de
gegevens* (Ctrl+Shift+B) shows it until a backup is made again.

Kept in a small file beside the database (`<db>.backups.json`: dates and a reason code, no path, no personal
data), not in the database: it is this laptop's (each laptop backs up its own file), it needs no schema
change, and it can be written when the database cannot (a backup that failed for want of room). A note that
cannot be written is left: the start goes on.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from leerwinkel_desk.store.durable import disk_full, write_whole

log = logging.getLogger(__name__)

HEALTH_SUFFIX = ".backups.json"


class Kind(StrEnum):
    BACKUP = "backup"               # the daily backup in backups/ next to the database
    SECOND_COPY = "second_copy"     # its copy in the office's backup folder (a USB stick, a share)


class Problem(StrEnum):
    """Why a backup failed, as far as a person can act on it."""

    NO_ROOM = "no_room"                 # the disk (or the stick) is full
    NOT_A_FOLDER = "not_a_folder"       # a file (or a link to nothing) holds the folder's name
    UNREADABLE = "unreadable"           # the copy was written but did not read back
    OTHER = "other"


@dataclass(frozen=True)
class Track:
    """One kind of backup: the last day it was made, and since when (and why) it fails; None when it does not."""

    last_good: date | None = None
    failing_since: date | None = None
    problem: Problem | None = None


@dataclass(frozen=True)
class BackupHealth:
    backup: Track
    second_copy: Track


def health_file(database: Path) -> Path:
    return Path(f"{database}{HEALTH_SUFFIX}")


def problem_of(error: BaseException) -> Problem:
    if disk_full(error):
        return Problem.NO_ROOM
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return Problem.NOT_A_FOLDER
    if isinstance(error, ValueError):
        return Problem.UNREADABLE
    return Problem.OTHER


def folder_problem(folder: Path) -> Problem | None:
    """NOT_A_FOLDER when a file (or a link to nothing) holds the name of the backups folder `folder`: nothing can
    be written there until it is moved or renamed. None when it is a folder, or not there yet (it is made)."""
    if folder.is_dir():
        return None
    return Problem.NOT_A_FOLDER if folder.is_symlink() or folder.exists() else None


def load(database: Path) -> BackupHealth:
    """What was noted for `database`; nothing known (every field None) when no note is there or it is garbled."""
    try:
        noted = json.loads(health_file(database).read_text(encoding="utf-8"))
        return BackupHealth(*(_track(noted.get(kind.value, {})) for kind in Kind))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupHealth(Track(), Track())


def _track(noted: dict[str, str | None]) -> Track:
    def day(name: str) -> date | None:
        value = noted.get(name)
        return date.fromisoformat(value) if value else None

    problem = noted.get("problem")
    return Track(day("last_good"), day("failing_since"), Problem(problem) if problem else None)


def record(database: Path, kind: Kind, today: date, error: BaseException | None = None) -> None:
    """`kind` made today (`error` None) or failed today with `error`; the first failure after a success is the
    day it has failed since. A note that cannot be written is logged (its type) and left."""
    health = load(database)
    was = health.backup if kind is Kind.BACKUP else health.second_copy
    now = Track(today, None, None) if error is None else Track(
        was.last_good, was.failing_since or today, problem_of(error))
    tracks = {Kind.BACKUP: health.backup, Kind.SECOND_COPY: health.second_copy, kind: now}
    content = {k.value: {"last_good": t.last_good and t.last_good.isoformat(),
                         "failing_since": t.failing_since and t.failing_since.isoformat(),
                         "problem": t.problem and t.problem.value} for k, t in tracks.items()}
    try:
        write_whole(health_file(database), json.dumps(content, indent=2, sort_keys=True).encode("utf-8"))
    except OSError as unwritten:
        log.warning("the note of how the backups fare was not written (%s)", type(unwritten).__name__)
