"""Files that survive a crash or a full disk whole: written beside, synced, renamed into place."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

NO_ROOM = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def write_whole(path: Path, content: bytes) -> None:
    """`content` at `path`, readable by the owner only: the old file or the new one, never half.

    Written to `<path>.<process>-<thread>.partial` (0600 from the start; its own for each writer,
    so two instances noting the same file never share one), synced, renamed over `path`, and the
    rename synced with the folder, so a crash or a full disk leaves one or the other whole.
    """
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.chmod(partial, 0o600)        # also when an older partial file was left behind
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        partial.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(partial, path)
    sync_folder(path.parent)


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


def disk_full(error: BaseException) -> bool:
    """Whether `error` (or the driver's error SQLAlchemy wraps in it) says the disk had no room:
    SQLite's SQLITE_FULL, or an OSError of a full disk, a full quota or a file size limit."""
    orig = getattr(error, "orig", None) or error
    if isinstance(orig, OSError):
        return orig.errno in NO_ROOM
    return getattr(orig, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(orig)
