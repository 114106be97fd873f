"""Helpers of the fault suite: small encrypted databases made through the services, file checksums."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from leerwinkel_desk.launcher import main
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.office_setup import create_office_database
from leerwinkel_desk.store.location import Location

PASSPHRASE = "een lange wachtwoordzin"
ENV = {"LEERWINKEL_USER": "coordinator", "LEERWINKEL_PASSPHRASE": PASSPHRASE}
SRC = str(Path(__file__).resolve().parents[1] / "src")


def make_office(path: Path) -> Path:
    """An encrypted database with an office, its coordinator (PASSPHRASE) and no WAL left."""
    create_office_database(Location.of(path), SystemClock(), office="Leerwinkel Test", code="LWT",
                           login="coordinator", full_name="Coördinator", passphrase=PASSPHRASE).dispose()
    return path


def digests(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file under `folder`, by relative name."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: Path,
            *args: str) -> tuple[int, str, str]:
    """The command line in this process, signed in as the coordinator: exit code, stdout, stderr."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def child(code: str, *, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.Popen[str]:
    """A Python child process running `code` with the app importable (started, not waited for)."""
    return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": SRC, **(env or {})})


def leave_wal(path: Path, statements: str) -> None:
    """Another process opens `path`, runs service calls in `statements` and dies without closing
    (os._exit), so its WAL stays beside the database as after a crash."""
    code = f"""
import os
from pathlib import Path
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.keyring import KeyRing
path = Path({str(path)!r})
key = KeyRing.load(path).unlock("coordinator", {PASSPHRASE!r})
db = Location.of(path).open_upgraded(key)
raw = db.engine.raw_connection()
raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")
raw.close()
actor = sign_in(db, SystemClock(), "coordinator", {PASSPHRASE!r}).actor
{statements}
os._exit(0)
"""
    process = child(code)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert Path(f"{path}-wal").stat().st_size > 0


def iterations(default: int) -> int:
    """How many seeded random rounds a reliability test runs: `default` times RELIABILITY_ITER (1)."""
    return default * max(1, int(os.environ.get("RELIABILITY_ITER", "1")))


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder` (a full disk on demand); skips where mounting is refused."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path, leave: int) -> Path:
    """A filler file in `folder` that leaves about `leave` bytes free on its file system."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free + (filler.stat().st_size if filler.exists() else 0)
    with filler.open("wb") as file:
        file.truncate(0)
        remaining = max(0, free - leave)
        chunk = b"\0" * (1 << 20)
        while remaining > 0:
            try:
                remaining -= file.write(chunk[:remaining])
            except OSError:
                break
    return filler


def passphrase_works(path: Path, login: str, passphrase: str) -> bool:
    """Whether `login` can unlock the key and sign in with `passphrase` (as the app and CLI do)."""
    from leerwinkel_desk.services.accounts import SignInFailed, sign_in
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.store.engine import open_sqlite
    from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase

    try:
        key = KeyRing.load(path).unlock(login, passphrase)
    except WrongPassphrase:
        return False
    db = open_sqlite(path, key)
    try:
        sign_in(db, SystemClock(), login, passphrase)
        return True
    except SignInFailed:
        return False
    finally:
        db.dispose()
