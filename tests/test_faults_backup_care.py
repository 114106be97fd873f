"""Backups and restores under real faults: a restore while another instance has the database open is refused
(and one that waits for it cannot race it), a full backup drive fails the second copy alone, a `backups` that is
a file is said in words, what a killed restore or backup left goes at the next opening, and a damaged database
is said to a counsellor in words they can follow."""

from __future__ import annotations

import time
from pathlib import Path

from faults_support import PASSPHRASE, child, make_office, run_cli
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing

HOLD_OPEN = """
import sys
from pathlib import Path
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({path!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {passphrase!r}))
actor = sign_in(db, SystemClock(), "coordinator", {passphrase!r}).actor
Clients(db, SystemClock(), actor).create(ClientInput("Na", "Back-up"))
print("open", flush=True)
sys.stdin.readline()                          # held open until told
db.dispose()
"""


def names(path: Path, last_name: str) -> list[str]:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
        return [c.last_name for c in Clients(db, SystemClock(), actor).search(last_name)]
    finally:
        db.dispose()


def test_a_restore_while_another_instance_has_the_database_open_is_refused(tmp_path: Path, monkeypatch,
                                                                           capsys) -> None:
    """A desk signed in (here a real second process with the file open) went on against the restored data
    without knowing: its client made after the backup gone, its number given again. Now the restore is refused
    in one line (close it first), nothing changes, and once that instance closes the same restore goes through."""
    path = make_office(tmp_path / "leerwinkel.db")
    backup = tmp_path / "before.db"
    assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
    other = child(HOLD_OPEN.format(path=str(path), passphrase=PASSPHRASE))
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        code, out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
        assert code == 1 and "restored" not in out, out
        assert "open in another instance" in err and "close it first" in err and len(err.strip().splitlines()) == 1
        assert names(path, "Back-up") == ["Back-up"]
        assert not list((tmp_path / "backups").glob("before-restore-*"))
    finally:
        _out, child_err = other.communicate(input="\n", timeout=60)
    assert other.returncode == 0, child_err
    code, out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
    assert code == 0, err
    assert names(path, "Back-up") == []


WAIT_AND_OPEN = """
import time
from pathlib import Path
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({path!r})
key = KeyRing.load(path).unlock("coordinator", {passphrase!r})
print("starting", flush=True)
started = time.monotonic()
db = open_sqlite(path, key)
print("opened", round(time.monotonic() - started, 1), flush=True)
db.dispose()
"""


def test_an_instance_that_opens_the_database_during_a_restore_waits_for_it(tmp_path: Path) -> None:
    """The check and the restore cannot race: while a restore holds the database alone, another instance that
    opens it waits until the restore is done (it then reads the restored data)."""
    from leerwinkel_desk.store.engine import used_alone

    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        with used_alone(path):
            other = child(WAIT_AND_OPEN.format(path=str(path), passphrase=PASSPHRASE))
            assert other.stdout is not None and other.stdout.readline().strip() == "starting"
            time.sleep(3)
        out, err = other.communicate(timeout=60)
        assert other.returncode == 0, err
        assert out.startswith("opened") and float(out.split()[1]) >= 2, out
    finally:
        db.dispose()


def test_a_backups_folder_that_is_a_file_is_said_on_the_command_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """`backups` replaced by a file: `restore` said `error: File exists: …/backups`. Now one line says the folder
    is a file and what to do, and nothing changes."""
    path = make_office(tmp_path / "leerwinkel.db")
    backup = tmp_path / "before.db"
    assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
    folder = tmp_path / "backups"
    for made in folder.iterdir() if folder.is_dir() else []:
        made.unlink()
    if folder.is_dir():
        folder.rmdir()
    folder.write_bytes(b"geen map")
    code, _out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "is not a folder" in err and "move or rename that file" in err and "Nothing was restored" in err, err
    assert folder.read_bytes() == b"geen map"


KILLED_RESTORE = """
import sys, time
from pathlib import Path
from leerwinkel_desk.launcher import main
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.store import backup
path, source, moment = Path({path!r}), {source!r}, {moment!r}
folder = path.parent / "backups"
if moment == "keeping":             # in the VACUUM INTO of the copy of the data before the restore
    given = backup.driver
    def slow(raw):
        conn = given(raw)
        def hold():
            if any(folder.glob("before-restore-*.partial-journal")):
                print("now", flush=True)
                time.sleep(600)
            return 0
        conn.set_progress_handler(hold, 100)
        return conn
    backup.driver = slow
else:                               # just before the swap ("swap"), or right after it ("swapped")
    name = "restore_from" if moment == "swap" else "rename_backup"
    def stop(*args):
        print("now", flush=True)
        time.sleep(600)
    if moment == "swap":
        backup.restore_from = stop
    else:
        backup.rename_backup = stop
main(["--db", str(path), "restore", source])
"""


def with_clients(path: Path, *last_names: str) -> None:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        clients = Clients(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
        for number, last_name in enumerate(last_names):
            clients.create(ClientInput("Jan", last_name, email=f"jan{number}@example.be",
                                       phone=f"0470 00 {number:05d}"), duplicates_checked=True)
    finally:
        db.dispose()


def kill_restore(path: Path, backup: Path, moment: str) -> None:
    """A real `restore` in a child, killed with SIGKILL at `moment`."""
    from faults_support import ENV

    process = child(KILLED_RESTORE.format(path=str(path), source=str(backup), moment=moment), env=ENV)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "now", process.stderr.read() if process.stderr else ""
    process.kill()
    process.wait()


def listed_backups(path: Path) -> list[str]:
    from leerwinkel_desk.services.maintenance import Backups

    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
        return sorted(b.kind for b in Backups(db, SystemClock(), actor).list())
    finally:
        db.dispose()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".partial" in p.name or ".pending-" in p.name)


def test_what_a_restore_killed_early_left_goes_at_the_next_opening(tmp_path: Path, monkeypatch, capsys) -> None:
    """A restore killed while it copied the data as it was (kill -9) left `before-restore-….db.partial` with its
    `-journal` (as large as the database), and later starts kept them (only what was 10 minutes old went, and only
    at the app's start). Now the next opening removes them at once (no other instance has the file open), and
    nothing else: a link beside them and a file of another name stay."""
    path = make_office(tmp_path / "leerwinkel.db")
    with_clients(path, *(f"Peeters{n}" for n in range(150)))
    backup = tmp_path / "before.db"
    assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
    with_clients(path, "Na")
    kill_restore(path, backup, "keeping")
    assert leftovers(tmp_path), "the kill left the half copy"
    folder = tmp_path / "backups"
    (folder / "mijn-notities.partial").write_text("van iemand anders")
    outside = tmp_path / "buiten.txt"
    outside.write_text("blijft")
    (folder / "manual-link.db.partial").symlink_to(outside)
    code, _out, err = run_cli(monkeypatch, capsys, path, "search", "Na")
    assert code == 0, err
    assert leftovers(tmp_path) == ["manual-link.db.partial", "mijn-notities.partial"]
    assert outside.read_text() == "blijft"
    assert listed_backups(path) == []
    assert names(path, "Na") == ["Na"]


def test_a_restore_killed_before_the_swap_leaves_no_backup_said_to_be_before_a_restore(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """Each restore killed before the swap left a whole "Vóór een herstel" backup, listed as if a restore had
    happened (four of them took 1.1 GB for a 200 MB database). Now it is written under a pending name and, at the
    next opening, removed when the restore never went in; kept as "vóór een herstel" when it did."""
    path = make_office(tmp_path / "leerwinkel.db")
    backup = tmp_path / "before.db"
    assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
    with_clients(path, "Na")
    for _ in range(2):
        kill_restore(path, backup, "swap")
    assert names(path, "Na") == ["Na"]                  # the restore never went in
    assert run_cli(monkeypatch, capsys, path, "search", "Na")[0] == 0      # the next opening
    assert listed_backups(path) == []
    assert leftovers(tmp_path) == []
    kill_restore(path, backup, "swapped")               # went in, killed before its copy was named
    assert run_cli(monkeypatch, capsys, path, "search", "Na")[0] == 0
    assert listed_backups(path) == ["before-restore"]
    assert names(path, "Na") == []
    assert leftovers(tmp_path) == []


RESTORE_WITHOUT_LOCKS = """
from pathlib import Path
from leerwinkel_desk.launcher import main
from leerwinkel_desk.store import session_lock
session_lock._flock = lambda fd, operation, wait: True      # as where there is no flock (Windows)
raise SystemExit(main(["--db", {path!r}, "restore", {source!r}]))
"""


def test_a_desk_that_meets_a_restore_made_anyway_refuses_to_write_on_what_it_read_before(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """Where the lock cannot tell (no flock: Windows, or an older version restoring), a restore by another process
    copied the pages in place: the desk went on writing, the next client got the number of one the restore took
    away. Now the restore marks the file, and the desk's next write is refused (DatabaseReplaced: start again)."""
    import pytest

    from faults_support import ENV
    from leerwinkel_desk.domain.errors import DatabaseReplaced

    path = make_office(tmp_path / "leerwinkel.db")
    backup = tmp_path / "before.db"
    assert run_cli(monkeypatch, capsys, path, "backup", "-o", str(backup))[0] == 0
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        clients = Clients(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
        clients.create(ClientInput("Na", "Back-up"))
        restorer = child(RESTORE_WITHOUT_LOCKS.format(path=str(path), source=str(backup)), env=ENV)
        out, err = restorer.communicate(timeout=120)
        assert restorer.returncode == 0, err
        with pytest.raises(DatabaseReplaced):
            clients.create(ClientInput("Nog", "Later"))
    finally:
        db.dispose()
    assert names(path, "Later") == []
