"""Helpers of the fault suite: small encrypted databases made through the services, file checksums."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leerwinkel_desk.app import main
from leerwinkel_desk.cli import create_office_database

PASSPHRASE = "een lange wachtwoordzin"
ENV = {"LEERWINKEL_USER": "coordinator", "LEERWINKEL_PASSPHRASE": PASSPHRASE}
SRC = str(Path(__file__).resolve().parents[1] / "src")


def make_office(path: Path) -> Path:
    """An encrypted database with an office, its coordinator (PASSPHRASE) and no WAL left."""
    create_office_database(path, "Leerwinkel Test", "LWT", "coordinator", "Coördinator", PASSPHRASE).dispose()
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
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": SRC, **(env or {})})


def leave_wal(path: Path, statements: str) -> None:
    """Another process opens `path`, runs service calls in `statements` and dies without closing
    (os._exit), so its WAL stays beside the database as after a crash."""
    code = f"""
import os
from pathlib import Path
from leerwinkel_desk.cli import open_upgraded
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.keyring import KeyRing
path = Path({str(path)!r})
key = KeyRing.load(path).unlock("coordinator", {PASSPHRASE!r})
db = open_upgraded(str(path), key)
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
