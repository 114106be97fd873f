"""The command line, run as a real process: demo, check, backup, restore, version."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.store.migrations import head_revision


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300,
    )


def table_digest(path: Path) -> str:
    """A digest of every row of every table, in key order: equal digests mean equal data."""
    conn = sqlcipher.connect(str(path))
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.db"
    result = cli(path, "demo", "--clients", "2000", "--seed", "1", "--until", "2026-11-01")
    assert result.returncode == 0, result.stderr
    assert "2000 clients" in result.stdout
    return path


def test_demo_then_check_exits_zero(demo_db: Path) -> None:
    result = cli(demo_db, "check")
    assert result.returncode == 0, result.stderr
    assert f"schema {head_revision()}" in result.stdout and result.stdout.rstrip().endswith("ok")


def test_same_seed_gives_the_same_data(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    assert cli(again, "demo", "--clients", "2000", "--seed", "1", "--until", "2026-11-01").returncode == 0
    assert table_digest(again) == table_digest(demo_db)


def test_check_reports_a_broken_foreign_key_and_exits_one(demo_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    assert cli(demo_db, "backup", "-o", str(broken)).returncode == 0
    conn = sqlcipher.connect(str(broken), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE contact SET request_id = 'ffffffffffffffffffffffffffffffff' "
                 "WHERE rowid = (SELECT min(rowid) FROM contact)")
    conn.close()
    result = cli(broken, "check")
    assert result.returncode == 1
    assert "foreign key: contact" in result.stderr


def test_check_of_a_file_that_is_no_database_fails_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    result = cli(junk, "check")
    assert result.returncode == 1 and "error:" in result.stderr and "Traceback" not in result.stderr
    missing = cli(tmp_path / "missing.db", "check")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    assert not (tmp_path / "missing.db").exists()


def test_backup_and_restore_round_trip(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    backup = tmp_path / "backup.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    assert cli(copy, "backup", "-o", str(backup)).returncode == 0
    conn = sqlcipher.connect(str(copy), isolation_level=None)
    conn.execute("DELETE FROM audit_event")
    conn.close()
    assert table_digest(copy) != table_digest(demo_db)
    result = cli(copy, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert table_digest(copy) == table_digest(demo_db)


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    damaged = tmp_path / "damaged.db"
    data = bytearray((tmp_path / "copy.db").read_bytes())
    data[4096 * 3: 4096 * 3 + 2048] = b"\x00" * 2048
    damaged.write_bytes(bytes(data))
    before = table_digest(copy)
    result = cli(copy, "restore", str(damaged))
    assert result.returncode == 1 and "nothing restored" in result.stderr
    assert table_digest(copy) == before


def test_version(demo_db: Path) -> None:
    result = cli(demo_db, "version")
    assert result.returncode == 0
    assert f"schema {head_revision()}, database {head_revision()}" in result.stdout
