"""Who has a database open: a lock file beside it (`<db>.lock`) that every process with the database open
holds shared, and a restore holds exclusively.

A restore replaces every page of the file. Another instance with the file open (a desk signed in, a command
running) would go on with what it read before: a client made there after the backup gone, its number given
again to the next. So a restore first takes this lock exclusively, without waiting: it fails while any other
process holds it, and then nothing is restored (`OpenElsewhere`). While the restore holds it, a process that
opens the database waits at the open (`hold`) until the restore is done: the check and the restore cannot race.

An `flock` on a file of its own, not SQLite's locks: the `-shm` lock that tells `open_elsewhere` cannot be
looked at from a process that has the file open itself (closing any descriptor of a file drops every POSIX lock
the process holds on it, SQLite's included), and `flock` locks belong to the open file, so the one descriptor
held here never touches SQLite's. Where there is no `flock` (Windows) nothing is locked and a restore is not
refused (SQLite's own locks still keep the file whole).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".lock"


class OpenElsewhere(Exception):
    """Another process has the database open (a desk signed in, a command running): a restore waits for it
    to close; nothing was changed."""

    def __init__(self, database: Path) -> None:
        super().__init__(f"{database} is open in another instance of the app")
        self.database = database


def lock_path(database: Path) -> Path:
    return Path(f"{database}{LOCK_SUFFIX}")


def _flock(fd: int, operation: str, wait: bool) -> bool:
    try:
        import fcntl
    except ImportError:     # Windows
        return True
    mode = {"shared": fcntl.LOCK_SH, "exclusive": fcntl.LOCK_EX}[operation]
    try:
        fcntl.flock(fd, mode | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def hold(database: Path) -> int | None:
    """The database's lock held shared by this process (the descriptor: keep it open while the database is);
    waits while a restore holds it. None where it cannot be made (a read-only folder): nothing is held then."""
    try:
        fd = os.open(lock_path(database), os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return None
    _flock(fd, "shared", wait=True)
    return fd


def let_go(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


@contextmanager
def alone(database: Path, held: int | None) -> Iterator[None]:
    """The database's lock held exclusively for the block: OpenElsewhere at once when another process holds it.
    `held` is this process's own shared hold of it (or None): changed into the exclusive one, and back after."""
    fd = held if held is not None else hold(database)
    if fd is None:
        yield
        return
    try:
        if not _flock(fd, "exclusive", wait=False):
            _flock(fd, "shared", wait=True)       # a refused change may have let go of the shared hold
            raise OpenElsewhere(database)
        try:
            yield
        finally:
            _flock(fd, "shared", wait=True)
    finally:
        if held is None:
            let_go(fd)
