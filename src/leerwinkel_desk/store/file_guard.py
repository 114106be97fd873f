"""Before a database file is used: is it a sound SQLite file, with a WAL that belongs to it?

SQLite merges whatever `<db>-wal` lies next to a database into what it reads, and the last
connection to close checkpoints those frames into the file and deletes the WAL. A WAL of another
database (or a stale copy of this one, put back by hand or by a cloud folder) thus destroys the
file on the first open, even one that only reads. So no connection touches the real file before:

- a WAL found when no other process has the file open (its WAL would be live and already
  verified by that process) and the file was closed cleanly the last time (`<db>.state` says
  "closed": the last close removed the WAL) came from elsewhere (another database's, a stale
  copy put back by hand or by a cloud folder) and is set aside unread. After a crash (state
  "open") the state also names the WAL's generation this app last wrote to (its header's
  checkpoint sequence number and salts, noted when a commit finds them changed: SQLite starts a
  new generation, checkpoint number and salt-1 one up, each time it restarts the WAL); a WAL of an
  earlier generation of that line is a stale copy and is set aside unread as well.
  Otherwise the WAL left by the crash is merged into a copy of the pair in a private folder next
  to the database, and the copy is checked. Only a pair that passes is opened for real. When the pair
  fails and the database alone passes, the WAL does not belong: it is renamed aside (kept, never
  deleted) with its `-shm`, the database stays byte for byte as it was, and `FileUnusable` says
  where the WAL went and that a backup can be restored.
- the database passes a fast check (its header and schema pages decrypt, its size matches its
  page count: 3 ms on the 1.45 GB 100,000-client file; an empty file, which SQLite would take for a
  new database, fails it), and right after, in a background thread,
  the whole file is read (`cipher_integrity_check`, the HMAC of every page: 5.5 s there, against
  14 s for `quick_check`); every write waits for it, so a damaged file is refused before the first
  write. A file exactly as the app left it at its last clean close skips the background read.

A stale copy of the very generation the crash left (a prefix of it), or of a line of WALs that
ended within the session (the last connection closed, as a restore does), is only caught when the
pair fails those checks: nothing in such a WAL tells it from a newer one.
Every problem is one `FileUnusable` with a reason code; nothing here writes to the database.
"""

from __future__ import annotations

import errno
import os
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.store.raw import open_raw

DAMAGED, NOT_A_FILE, WAL_SET_ASIDE, NO_SPACE, READ_ONLY, UNREADABLE = (
    "damaged", "not_a_file", "wal_set_aside", "no_space", "read_only", "unreadable")
LOW_SPACE = 1 << 20         # less free than this next to the database: a disk error is a full disk
SET_ASIDE_INFIX = ".set-aside-"
OPEN, CLOSED, UNVERIFIED = "open", "closed", "closed-unverified"
VERIFY_PREFIX = ".leerwinkel-verify-"


class FileUnusable(Exception):
    """The database file cannot be used as it is; nothing was written to it.

    `reason` is one of the codes above; `aside` is where a WAL that did not belong was put.
    """

    def __init__(self, path: Path, reason: str, aside: Path | None = None) -> None:
        super().__init__(reason)
        self.path, self.reason, self.aside = path, reason, aside


def wal_path(database: Path) -> Path:
    return Path(f"{database}-wal")


def shm_path(database: Path) -> Path:
    return Path(f"{database}-shm")


Identity = tuple[int, int]      # which file a path names (device, inode), whatever it holds


def file_identity(path: Path) -> Identity | None:
    """Which file is at `path` now (`st_dev`, `st_ino`: a copy moved into its place is another file,
    a file written in place stays the same); None when nothing is there. One stat."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def check_before_open(path: Path, key: bytes | None, elsewhere: bool) -> bool:
    """Raise FileUnusable unless `path` (an existing file) may be opened for work with `key`.

    `elsewhere`: another process has the file open (`open_elsewhere`). Returns whether the whole
    file still needs `full_problem` before the first write: not when it is exactly as the app
    left it at its last clean close (same size and modification time).
    """
    if not path.is_file():
        raise FileUnusable(path, NOT_A_FILE)
    wal = wal_path(path)
    if wal.exists() and wal.stat().st_size > 0 and not elsewhere:
        state, noted = _state(path)
        if state in (CLOSED, UNVERIFIED):
            _set_aside(path)        # (raises) closed cleanly, so no WAL was left: it came from elsewhere
        if _older(wal_generation(path), _generation(noted)):
            _set_aside(path)        # (raises) a generation this app had already left behind: a stale copy
        _verify_leftover_wal(path, key)
        verified = True
    else:
        if fast_problem(path, key) is not None:
            raise FileUnusable(path, DAMAGED)
        verified = _state(path) == (CLOSED, _stamp(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise FileUnusable(path, READ_ONLY)
    return not verified


def fast_problem(path: Path, key: bytes | None) -> str | None:
    """What opening shows at once (milliseconds): the header and schema pages decrypt and parse,
    and the file holds as many pages as its header says. None when nothing is wrong. An empty file (and no
    WAL that holds its pages) is no database: SQLite would take it for a new one and write one into it."""
    try:
        empty = path.stat().st_size == 0
    except OSError:
        raise FileUnusable(path, UNREADABLE) from None
    wal = wal_path(path)
    if empty and not (wal.exists() and wal.stat().st_size > 0):
        return "empty"
    found = _ask(path, key, "SELECT count(*) FROM sqlite_master", "PRAGMA page_count", "PRAGMA page_size")
    if isinstance(found, str):
        return found
    pages, page_size = int(str(found[1][0][0])), int(str(found[2][0][0]))     # an int, or text (SQLCipher)
    if not wal_path(path).exists() and path.stat().st_size < pages * page_size:
        return "truncated"
    return None


def full_problem(path: Path, key: bytes | None,
                 reading: Callable[[sqlcipher.Connection], None] | None = None) -> str | None:
    """Every page read: on an encrypted file `cipher_integrity_check` verifies the HMAC of each
    page (a flipped bit anywhere), on a plain one `quick_check` walks every b-tree. `reading` is
    given the connection before it reads (to interrupt it)."""
    found = _ask(path, key, "PRAGMA cipher_integrity_check" if key is not None else "PRAGMA quick_check",
                 reading=reading)
    if isinstance(found, str):
        return found
    return None if found[0] in ([], [("ok",)]) else str(found[0][0][0])


def sound(path: Path, key: bytes | None) -> str | None:
    """None when `PRAGMA quick_check` passes on `path` read with its WAL, else what went wrong."""
    found = _ask(path, key, "PRAGMA quick_check")
    if isinstance(found, str):
        return found
    return None if found[0] == [("ok",)] else str(found[0][0][0])


def _ask(path: Path, key: bytes | None, *statements: str,
         reading: Callable[[sqlcipher.Connection], None] | None = None) -> list[list[tuple[object, ...]]] | str:
    """The rows of each statement, or what the file's damage is (a str). An error of the disk
    rather than of the file (full, unreadable), or a read interrupted, raises FileUnusable: the
    file may be fine."""
    try:
        conn = open_raw(path, key)
        try:
            if reading is not None:
                reading(conn)
            return [conn.execute(statement).fetchall() for statement in statements]
        finally:
            conn.close()
    except sqlcipher.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            return str(error)
        full = shutil.disk_usage(path.parent).free < LOW_SPACE
        raise FileUnusable(path, NO_SPACE if full else UNREADABLE) from None
    except sqlcipher.DatabaseError as error:
        return str(error)


def closed_state(database: Path) -> Path:
    """`<db>.state`: "open" while the app has the file open, "closed" after its last clean close."""
    return Path(f"{database}.state")


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size} {info.st_mtime_ns}"


def _state(path: Path) -> tuple[str, str]:
    """("open" | "closed" | "", the file's size and time at the clean close)."""
    try:
        state, _, stamp = closed_state(path).read_text(encoding="ascii").partition(" ")
    except (OSError, UnicodeDecodeError):
        return "", ""
    return state, stamp


Generation = tuple[int, int, int]      # a WAL header's checkpoint sequence number, salt-1, salt-2
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def wal_generation(database: Path) -> Generation | None:
    """The generation of the WAL beside `database` (read from its plain 32-byte header), or None."""
    try:
        with wal_path(database).open("rb") as file:
            header = file.read(32)
    except OSError:
        return None
    if len(header) < 32 or header[:4] not in WAL_MAGIC:
        return None
    checkpoints, salt1, salt2 = struct.unpack(">III", header[12:24])
    return checkpoints, salt1, salt2


def _generation(noted: str) -> Generation | None:
    """The generation written in an "open" state, if any."""
    parts = noted.split()
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    return int(parts[0]), int(parts[1]), int(parts[2])


def _older(found: Generation | None, noted: Generation | None) -> bool:
    """Whether the WAL's generation `found` is an earlier one of the same line as the one noted
    last: each restart counts the checkpoint number and salt-1 one up together. Never when either is
    unknown, for a later one (a restart not yet noted), nor for a new line (a WAL made afresh after
    the last connection closed and removed the old one: its number starts again at 0)."""
    if found is None or noted is None or found[0] >= noted[0]:
        return False
    return (noted[1] - found[1]) % (1 << 32) == noted[0] - found[0]


_NOTED: dict[Path, Generation | None] = {}


def note_wal_generation(database: Path) -> None:
    """After a commit: the WAL's generation in the state ("open"), written only when it changed."""
    found = wal_generation(database)
    if found is not None and _NOTED.get(database) != found:
        record_state(database, OPEN)


def record_state(database: Path, state: str) -> None:
    """Note whether the database is open (with its WAL's generation, see `note_wal_generation`) or
    was closed cleanly (written whole or not at all)."""
    if state == OPEN:
        generation = _NOTED[database] = wal_generation(database)
        content = OPEN if generation is None else f"{OPEN} {' '.join(map(str, generation))}"
    else:
        _NOTED.pop(database, None)
        content = f"{state} {_stamp(database)}"
    target = closed_state(database)
    try:
        noted = target.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        noted = None                # missing, or garbled by hand: written anew, as `_state` reads it as missing
    if noted != content:
        write_whole(target, content.encode("ascii"))


def record_clean_close(database: Path, verified: bool) -> None:
    """After the last connection of this process closed: "closed" if SQLite removed the WAL
    (which it does only when no other process has the file open and every frame is in the file),
    with the file's size and time if the whole file was found sound in this session."""
    if database.is_file() and not wal_path(database).exists():
        try:
            record_state(database, CLOSED if verified else UNVERIFIED)
        except OSError:
            pass        # a full disk: the next start checks the whole file, as after a crash


class FullCheck:
    """`full_problem` of one file in a background thread, right after it opened.

    Reads go ahead meanwhile; `require_sound` (before every write) waits for it and refuses a
    damaged file. Not needed when the file is as the app last left it. A read that did not get to
    the end (the file closed first: `stop`; the disk failing under it) verified nothing: the file
    is not noted as checked, and the next open reads it whole again.
    """

    def __init__(self, path: Path, key: bytes | None, needed: bool) -> None:
        self.path, self._key = path, key
        self.problem: str | None = None
        self.finished = not needed          # every page read (or none needed)
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._conn: sqlcipher.Connection | None = None
        self._stopping = False
        if needed:
            threading.Thread(target=self._run, name="leerwinkel-full-check", daemon=True).start()
        else:
            self._done.set()

    def _run(self) -> None:
        try:
            self.problem = full_problem(self.path, self._key, self._reading)
            self.finished = True
        except FileUnusable:
            pass                            # stopped, or the disk failed: nothing verified
        finally:
            with self._lock:
                self._conn = None
            self._done.set()

    def _reading(self, conn: sqlcipher.Connection) -> None:
        with self._lock:
            if self._stopping:
                raise FileUnusable(self.path, UNREADABLE)       # closed before the read began
            self._conn = conn

    def stop(self) -> None:
        """The file is closed here: a read still going is interrupted, and waited for (a process
        leaving SQLite at work on a thread while it exits may crash on the way out)."""
        with self._lock:
            self._stopping = True
        while not self._done.wait(0.02):
            with self._lock:
                if self._conn is not None:
                    self._conn.interrupt()      # (an interrupt between two statements is lost: again)

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self.finished and self.problem is None

    def require_sound(self) -> None:
        self._done.wait()
        if self.problem is not None:
            raise FileUnusable(self.path, DAMAGED)


def open_elsewhere(path: Path) -> bool:
    """Whether another process has the database open now (SQLite's dead-man-switch lock in `-shm`).

    Every SQLite connection holds a shared lock on byte 128 of the `-shm` file for as long as it
    is open; a process that can take an exclusive lock there knows no one else has the file open.
    Without POSIX locks (Windows) the answer is False: the WAL is then always verified.
    """
    try:
        import fcntl
    except ImportError:     # Windows
        return False
    shm = shm_path(path)
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


OWNER_LOCK = "owner.lock"        # held (flock) by the process checking in a verification folder


@contextmanager
def verification_folder(database: Path) -> Iterator[Path]:
    """A private folder beside `database` for a copy to check, removed after. The process holds a lock on a
    file in it while it works, so a folder whose lock can be taken was left by a killed process
    (`abandoned`) and goes at the next start at once (it holds a whole copy of the database)."""
    with tempfile.TemporaryDirectory(prefix=VERIFY_PREFIX, dir=database.parent) as folder:
        fd = os.open(Path(folder) / OWNER_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd, blocking=True)
            yield Path(folder)
        finally:
            os.close(fd)        # the lock goes with it


def abandoned(folder: Path) -> bool:
    """Whether the verification folder `folder` was left by a process that is gone (no one holds its lock).
    False where it cannot be told (no flock: Windows; a folder of an older version, without a lock file)."""
    try:
        fd = os.open(folder / OWNER_LOCK, os.O_RDWR)
    except OSError:
        return False
    try:
        return _lock(fd, blocking=False)
    finally:
        os.close(fd)


def _lock(fd: int, blocking: bool) -> bool:
    """An exclusive flock on `fd` (per open file, so also against another open in this very process);
    False when another holds it, or where there is no flock."""
    try:
        import fcntl
    except ImportError:     # Windows
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _verify_leftover_wal(path: Path, key: bytes | None) -> None:
    """Check the database with its WAL in a copy; set a WAL that does not belong aside."""
    wal = wal_path(path)
    try:
        with verification_folder(path) as folder:
            copy = folder / "check.db"
            shutil.copyfile(path, copy)
            alone = sound(copy, key)        # first: closing the pair would checkpoint into the copy
            shutil.copyfile(wal, wal_path(copy))
            if sound(copy, key) is None:
                return
    except OSError as error:
        raise FileUnusable(path, NO_SPACE if error.errno == errno.ENOSPC else DAMAGED) from None
    if alone is not None:
        raise FileUnusable(path, DAMAGED)
    _set_aside(path)


def _set_aside(path: Path) -> None:
    wal = wal_path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = Path(f"{wal}{SET_ASIDE_INFIX}{stamp}")
    os.replace(wal, aside)
    if shm_path(path).exists():
        os.replace(shm_path(path), Path(f"{shm_path(path)}{SET_ASIDE_INFIX}{stamp}"))
    raise FileUnusable(path, WAL_SET_ASIDE, aside)


def opening_key(path: Path, keys: list[bytes]) -> bytes:
    """Which of `keys` opens the database with its WAL (a rekey cut short: the new or the old key),
    read in a copy when a WAL lies next to it, so nothing is written; the last key when none does."""
    wal = wal_path(path)
    for key in keys[:-1]:
        if not wal.exists() or wal.stat().st_size == 0:
            if fast_problem(path, key) is None:
                return key
            continue
        with verification_folder(path) as folder:
            copy = folder / "check.db"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, wal_path(copy))
            if fast_problem(copy, key) is None:
                return key
    return keys[-1]
