"""What failed and killed restores and backups leave: a full disk during a restore removes its staging copy
(which kept the disk full), an empty backup is refused by its name, the command line tidies what a kill left
as the app does, a killed check's copy of the database goes at once, a new database is the owner's only, and
an extract asked for under an .xlsx name is refused rather than written as CSV."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from sqlalchemy import select

from faults_support import PASSPHRASE, child, fill_disk, make_office, run_cli, small_disk
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.file_guard import VERIFY_PREFIX
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import Client

STAGED = (".partial", ".partial-journal", ".partial-wal", ".partial.state", ".restoring.partial")


def with_clients(path: Path, how_many: int) -> Path:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        clients = Clients(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
        for number in range(how_many):
            clients.create(ClientInput("Jan", f"Peeters{number}", email=f"jan{number}@example.be",
                                       phone=f"0470 00 {number:05d}"), duplicates_checked=True)
    finally:
        db.dispose()
    return path


def staged(folder: Path) -> list[str]:
    """What a write left beside the database or in backups/: staging copies, verification folders, and backups
    of the data before a restore that did not happen."""
    return sorted(p.name for p in folder.rglob("*") if ".partial" in p.name or p.name.startswith(VERIFY_PREFIX)
                  or p.name.startswith("before-restore-"))


def test_a_full_disk_during_a_restore_leaves_no_staging_copy_and_the_database_as_it_was(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """The staging copy of the backup (as large as the database) stayed after "the disk is full; nothing was
    saved", and kept the disk full: even a search failed after. Each failure point (the copy, the work in it,
    the backup of the data before, the copy in) now removes what it staged."""
    with small_disk(tmp_path / "disk", "9m") as disk:
        path = with_clients(make_office(disk / "leerwinkel.db"), 400)
        backup = tmp_path / "good.db"
        assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
        size = backup.stat().st_size
        with_clients(path, 30)
        failed = 0
        for leave in (0, size // 2, size + 50_000, 2 * size + 50_000, 3 * size + 50_000):
            filler = fill_disk(disk, leave)
            code, _out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
            left = staged(disk)
            filler.unlink()
            if code == 0:
                break
            failed += 1
            assert "disk is full" in err and len(err.strip().splitlines()) == 1, err
            assert left == [], left
            assert clients_in(path) == 430                  # the database as it was
        assert failed >= 3, err
        code, _out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
        assert code == 0, err                               # the room came back: the same restore goes through
        assert clients_in(path) == 400
        assert [name for name in staged(disk) if not name.startswith("before-restore-")] == []


def clients_in(path: Path) -> int:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        assert maintenance.check(db).ok
        with db.read() as session:
            return len(session.scalars(select(Client)).all())
    finally:
        db.dispose()


def test_an_empty_backup_is_refused_by_its_name_and_leaves_nothing(tmp_path: Path, monkeypatch, capsys) -> None:
    """An empty file passes integrity_check: its staging copy then failed to open, the command named the staging
    file "damaged" and suggested restoring a backup (as if the database were), and left the 0-byte copy."""
    path = with_clients(make_office(tmp_path / "leerwinkel.db"), 3)
    empty = tmp_path / "manual-20260101T080000Z.db"
    empty.touch()
    code, _out, err = run_cli(monkeypatch, capsys, path, "restore", str(empty))
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert str(empty) in err and "empty" in err and "not a backup" in err, err
    assert "restoring" not in err and "damaged" not in err
    assert staged(tmp_path) == []
    assert clients_in(path) == 3


def test_the_command_line_tidies_what_a_killed_backup_left(tmp_path: Path, monkeypatch, capsys) -> None:
    """A backup killed halfway (kill -9 in SQLite's VACUUM INTO) left `FILE.partial` and its
    `FILE.partial-journal`; only the app's start removed `*.partial` in backups/, never the journal, and a
    command never tidied at all."""
    path = with_clients(make_office(tmp_path / "leerwinkel.db"), 200)
    target = tmp_path / "backups" / "manual-20260101T080000Z.db"
    (tmp_path / "backups").mkdir(exist_ok=True)
    process = child(f"""
import sys, time
from pathlib import Path
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store import backup
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import Client
path = Path({str(path)!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {PASSPHRASE!r}))
given = backup.driver
def slow(raw):
    conn = given(raw)
    def hold():
        if list(Path({str(target.parent)!r}).glob({target.name!r} + ".*.partial-journal")):   # its own name
            print("halfway", flush=True)
            time.sleep(600)
        return 0
    conn.set_progress_handler(hold, 100)
    return conn
backup.driver = slow
backup.backup_to(db, Path({str(target)!r}))
""")
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "halfway", process.stderr.read() if process.stderr else ""
    process.kill()
    process.wait()
    left = sorted(target.parent.glob(f"{target.name}.*.partial*"))        # the writer's own (store/backup.py)
    assert [p.name.rpartition(".")[2] for p in left] == ["partial", "partial-journal"]
    old = time.time() - 11 * 60                         # no other instance wrote them for 11 minutes
    for leftover in left:
        os.utime(leftover, (old, old))
    code, _out, err = run_cli(monkeypatch, capsys, path, "search", "Peeters1")
    assert code == 0, err
    assert staged(tmp_path) == []


def test_a_killed_check_of_a_leftover_wal_leaves_its_copy_only_until_the_next_start(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """The check of a WAL left by a crash works in a copy of the database in `.leerwinkel-verify-*`; a kill
    there left that whole copy until the app's next start at least ten minutes later. The process holds a
    lock in the folder: while it lives the folder stays, once it is killed the next command removes it."""
    path = make_office(tmp_path / "leerwinkel.db")
    process = child(f"""
import shutil, time
from pathlib import Path
from leerwinkel_desk.store.file_guard import verification_folder
path = Path({str(path)!r})
with verification_folder(path) as folder:
    shutil.copyfile(path, folder / "check.db")
    print("checking", flush=True)
    time.sleep(600)
""")
    assert process.stdout is not None and process.stdout.readline().strip() == "checking"
    try:
        assert run_cli(monkeypatch, capsys, path, "search", "x")[0] == 0
        assert len(list(tmp_path.glob(f"{VERIFY_PREFIX}*/check.db"))) == 1     # its process still checks
    finally:
        process.kill()
        process.wait()
    assert run_cli(monkeypatch, capsys, path, "search", "x")[0] == 0
    assert list(tmp_path.glob(f"{VERIFY_PREFIX}*")) == []


def test_a_new_database_and_its_wal_are_the_owners_only_from_the_first_byte(tmp_path: Path, monkeypatch,
                                                                            capsys) -> None:
    previous = os.umask(0o022)
    try:
        path = make_office(tmp_path / "leerwinkel.db")
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        try:
            sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
            made = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(p.exists() for p in made)
            assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in made} == {p.name: 0o600 for p in made}
        finally:
            db.dispose()
    finally:
        os.umask(previous)


def test_an_extract_under_an_xlsx_name_is_refused_in_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """`export-monitoring -o mon.xlsx` wrote CSV text under the .xlsx name, without a word."""
    path = make_office(tmp_path / "leerwinkel.db")
    code, _out, err = run_cli(monkeypatch, capsys, path, "export-monitoring", "--from", "2025-01-01",
                              "--to", "2025-12-31", "-o", str(tmp_path / "mon.xlsx"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and ".csv" in err, err
    assert not (tmp_path / "mon.xlsx").exists()
    code, _out, err = run_cli(monkeypatch, capsys, path, "export-monitoring", "--from", "2025-01-01",
                              "--to", "2025-12-31", "-o", str(tmp_path / "mon.csv"))
    assert code == 0, err
