"""Files that survive a crash or a full disk whole (written beside, synced, renamed into place), and
readable by the owner only from their first byte: every file the app writes with personal data or keys
(those an older version left readable by others are tightened at the open: store/owner_only.py)."""

from __future__ import annotations

import errno
import io
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from sqlalchemy.exc import DBAPIError

from leerwinkel_desk.store.owner_only import OWNER_FILE

NO_ROOM = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def write_whole(path: Path, content: bytes) -> None:
    """`content` at `path`, readable by the owner only: the old file or the new one, never half
    (`private_file`)."""
    with private_file(path) as out:
        out.write(content)


def write_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Each content at its path (`private_file`), none of them when one cannot be written: every file is
    written and synced beside before the first is renamed into place, so a full disk at the last leaves
    none of the files (an access export said "nothing saved" and left the person's whole JSON)."""
    with ExitStack() as written:
        for path, content in files:
            written.enter_context(private_file(path)).write(content)


@contextmanager
def private_file(path: Path, partial: Path | None = None) -> Iterator[BinaryIO]:
    """A binary file to write that becomes `path`, readable by the owner only (0600) from its first byte.

    The one home of every file the app writes that holds personal data or keys in plaintext (the
    exports, reports, letters, receipts, the access export, the recovery sheet) and of the durable
    files beside the database: never a moment in which another account of the machine can read it.
    Written to `partial`, by default `<path>.<process>-<thread>.partial` (created 0600; its own for
    each writer, so two instances writing the same file never share one), synced, renamed over
    `path` (an older file there, whatever its mode, is replaced, not reused), and the rename synced
    with the folder: a crash or a full disk leaves the old file or the new one whole, never half. An
    error while writing removes the partial file and leaves `path` as it was. A `path` that exists
    and is no regular file (a terminal, a pipe: `/dev/stdout`) is written in place.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "wb") as special:
            yield special
        return
    if partial is None:
        partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), OWNER_FILE)
    try:
        os.chmod(partial, OWNER_FILE)        # also when an older partial file was left behind (still empty here)
        with os.fdopen(fd, "wb", closefd=False) as out:
            yield out
            out.flush()
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        partial.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(partial, path)
    sync_folder(path.parent)


def empty_private_file(path: Path) -> None:
    """A new empty file at `path`, the owner's only (0600), for a writer that fills it by its name (SQLite's
    `VACUUM INTO`, which writes into an empty file and keeps its mode); FileExistsError when one is there."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_FILE))


@contextmanager
def private_text_file(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """`private_file` to write text in `encoding`, lines ended as written (`newline=""`, as csv wants)."""
    with private_file(path) as raw:
        out = io.TextIOWrapper(raw, encoding=encoding, newline="")
        yield out
        out.flush()
        out.detach()


WIPE_CHUNK = 1 << 20          # zeros written at a time when a file is overwritten before it goes


def overwrite_and_remove(path: Path) -> bool:
    """`path` gone, its bytes first overwritten with zeros and synced to the disk, so a reader of the freed
    blocks finds nothing of it (on a disk that writes in place; an SSD or a copy-on-write file system may
    keep old blocks elsewhere, which is why the app's files are encrypted as well). A folder: each file in
    it, then the folder. A link is removed, never followed. False when nothing was there."""
    if path.is_symlink():
        path.unlink()
        return True
    if path.is_dir():
        for inside in sorted(path.iterdir()):
            overwrite_and_remove(inside)
        path.rmdir()
        return True
    if not path.is_file():
        return False
    with open(path, "r+b") as handle:
        left = os.fstat(handle.fileno()).st_size
        zeros = bytes(min(left, WIPE_CHUNK))
        while left > 0:
            left -= handle.write(zeros[:left])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return True


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_refused(error: BaseException) -> bool:
    """Whether `error` is the storage refusing a write (the database driver's error, as SQLAlchemy wraps it, or
    the file system's), not a fault of the program: what a write made in passing (a draft) may say in a line
    and try again later."""
    return isinstance(error, DBAPIError | OSError)


def disk_full(error: BaseException) -> bool:
    """Whether `error` (or the driver's error SQLAlchemy wraps in it) says the disk had no room:
    SQLite's SQLITE_FULL, or an OSError of a full disk, a full quota or a file size limit."""
    orig = getattr(error, "orig", None) or error
    if isinstance(orig, OSError):
        return orig.errno in NO_ROOM
    return getattr(orig, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(orig)
