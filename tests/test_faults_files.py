"""Files around the live database changed from outside, or by the app's own hand: a backup over the live
file, the file replaced or moved away while an instance runs, a new office where only the database is
missing, a garbled state note, an empty database file. Each is refused or set aside in one clear line,
without a traceback, and nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from faults_support import ENV, PASSPHRASE, SRC, make_office, passphrase_works


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a process of its own, signed in as the coordinator."""
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": SRC, **ENV})


def one_line(err: str) -> str:
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("target", ["leerwinkel.db", "link", "leerwinkel.db.keys.json", "leerwinkel.db-wal"])
def test_a_backup_over_the_live_database_or_a_file_beside_it_is_refused(tmp_path: Path, target: str) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    output = tmp_path / target
    if target == "link":
        output = tmp_path / "elders" / "backup.db"
        output.parent.mkdir()
        output.symlink_to(path)
    inode, keys = path.stat().st_ino, Path(f"{path}.keys.json").read_bytes()

    result = cli(path, "backup", "-o", str(output))

    assert result.returncode == 1 and result.stdout == ""
    assert "is the database itself" in one_line(result.stderr) and "Nothing was written" in result.stderr
    assert path.stat().st_ino == inode and Path(f"{path}.keys.json").read_bytes() == keys
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob("*.manifest.json"))
    assert target != "link" or output.is_symlink()
    assert cli(path, "check").returncode == 0           # the login just audited is in the file still
    assert passphrase_works(path, "coordinator", PASSPHRASE)
