"""Damaged and stray files at open: one clear line, every file unchanged, nothing written (issue 12, 1-2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faults_support import PASSPHRASE, digests, leave_wal, make_office, run_cli
from leerwinkel_desk.launcher import main

ADD_CLIENTS = """
from leerwinkel_desk.services.clients import ClientInput, Clients
for i in range({n}):
    Clients(db, SystemClock(), actor).create(ClientInput("Voornaam%d" % i, "{name}%d" % i), duplicates_checked=True)
"""

LATE_WRITE = """
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store import engine as store_engine
for i in range(30):
    Clients(db, SystemClock(), actor).create(ClientInput("Laat%d" % i, "Schrijver"), duplicates_checked=True)
checked = db._before_writing
def checked_then_closed():
    checked()
    store_engine.close_all()            # the app ends between the job's check and its write
db._before_writing = checked_then_closed
db.optimize()                           # the start-of-day work's first write: the planner's statistics
"""

@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_office(tmp_path / "office" / "leerwinkel.db")


def set_aside_wals(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-wal.set-aside-*"))


def test_a_foreign_wal_is_set_aside_and_the_database_stays_byte_for_byte(
        office: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    other = make_office(tmp_path / "other" / "leerwinkel.db")
    leave_wal(other, ADD_CLIENTS.format(n=40, name="Vreemd"))
    foreign = Path(f"{other}-wal").read_bytes()
    before = office.read_bytes()
    Path(f"{office}-wal").write_bytes(foreign)

    code, out, err = run_cli(monkeypatch, capsys, office, "check")

    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "did not belong" in err and "restore" in err and "Traceback" not in err
    assert office.read_bytes() == before                      # byte for byte
    assert not Path(f"{office}-wal").exists()
    [aside] = set_aside_wals(office.parent)
    assert aside.read_bytes() == foreign                       # kept, never deleted
    code, out, _err = run_cli(monkeypatch, capsys, office, "check")
    assert code == 0 and out.rstrip().endswith("ok")           # the next start opens the database as it was


def test_a_write_checked_before_the_app_closed_the_file_and_made_after_is_kept_at_the_next_start(
        office: Path, monkeypatch, capsys) -> None:
    """A job (the start-of-day work's statistics) checked the file for its write, the app closed the file and
    noted a clean close, then the job wrote, and the process ended. The next start set that WAL aside as not
    the file's own, and the database refused to open (a CI run met it). The file is now noted open under the
    write itself, so the next start takes that WAL as a crash's and merges it."""
    leave_wal(office, LATE_WRITE)
    code, out, err = run_cli(monkeypatch, capsys, office, "search", "Schrijver")
    assert code == 0, err
    assert "Laat29" in out and not set_aside_wals(office.parent)


def test_a_stale_wal_of_the_same_database_is_set_aside(office: Path, monkeypatch, capsys) -> None:
    leave_wal(office, ADD_CLIENTS.format(n=30, name="Eerst"))
    stale = Path(f"{office}-wal").read_bytes()
    code, out, _err = run_cli(monkeypatch, capsys, office, "check")     # merged: a real crash's WAL
    assert code == 0 and out.rstrip().endswith("ok")
    leave_wal(office, ADD_CLIENTS.format(n=30, name="Later"))
    assert run_cli(monkeypatch, capsys, office, "check")[0] == 0
    assert not Path(f"{office}-wal").exists()
    before = office.read_bytes()
    Path(f"{office}-wal").write_bytes(stale)                   # copied back by hand, or by a cloud folder

    code, out, err = run_cli(monkeypatch, capsys, office, "search", "Later1")

    assert code == 1 and "did not belong" in err and office.read_bytes() == before
    assert [p.read_bytes() for p in set_aside_wals(office.parent)] == [stale]
    code, out, _err = run_cli(monkeypatch, capsys, office, "search", "Later1")
    assert code == 0 and "Later1" in out


CHECKPOINT = """
raw = db.engine.raw_connection()
assert raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
raw.close()
"""


def test_a_stale_wal_put_back_after_a_crash_is_set_aside_before_anything_is_merged(
        office: Path, monkeypatch, capsys) -> None:
    leave_wal(office, ADD_CLIENTS.format(n=30, name="Eerst"))          # a crash: its WAL stays
    stale = Path(f"{office}-wal").read_bytes()                         # and a cloud folder keeps a copy
    leave_wal(office, ADD_CLIENTS.format(n=30, name="Later") + CHECKPOINT   # the next session merges it,
              + ADD_CLIENTS.format(n=3, name="Laatst"))                    # works on and crashes too
    before = office.read_bytes()
    Path(f"{office}-wal").write_bytes(stale)                           # the cloud folder puts its copy back

    code, out, err = run_cli(monkeypatch, capsys, office, "search", "Later1")

    assert code == 1 and len(err.strip().splitlines()) == 1 and "did not belong" in err, err
    assert office.read_bytes() == before                               # nothing merged: byte for byte
    assert [p.read_bytes() for p in set_aside_wals(office.parent)] == [stale]     # kept, never deleted
    code, out, _err = run_cli(monkeypatch, capsys, office, "search", "Later1")
    assert code == 0 and "Later1" in out
    code, out, _err = run_cli(monkeypatch, capsys, office, "check")
    assert code == 0 and out.rstrip().endswith("ok")


def test_a_wal_left_by_a_crash_is_merged(office: Path, monkeypatch, capsys) -> None:
    leave_wal(office, ADD_CLIENTS.format(n=5, name="Gebleven"))
    code, out, _err = run_cli(monkeypatch, capsys, office, "search", "Gebleven3")
    assert code == 0 and "Gebleven3" in out
    assert not set_aside_wals(office.parent)


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


PAGE = 4096


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office with 300 clients, closed cleanly: copied for each kind of damage."""
    path = make_office(tmp_path_factory.mktemp("filled") / "leerwinkel.db")
    leave_wal(path, ADD_CLIENTS.format(n=300, name="Veel"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEERWINKEL_USER", "coordinator")
        patch.setenv("LEERWINKEL_PASSPHRASE", PASSPHRASE)
        assert main(["--db", str(path), "check"]) == 0
    return path


@pytest.mark.parametrize("damage", ["first page", "middle page", "last page", "truncated", "pdf", "folder"])
def test_a_damaged_file_is_refused_before_anything_is_written(
        filled: Path, tmp_path: Path, damage: str, monkeypatch, capsys) -> None:
    shutil.copytree(filled.parent, tmp_path / "office")
    office = tmp_path / "office" / filled.name
    size = office.stat().st_size
    if damage == "first page":
        flip(office, 200)
    elif damage == "middle page":
        flip(office, (size // PAGE // 2) * PAGE + 1000)
    elif damage == "last page":
        flip(office, size - 1000)
    elif damage == "truncated":
        with office.open("r+b") as file:
            file.truncate(size // 2)
    elif damage == "pdf":
        office.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    else:
        shutil.copyfile(office, office.with_suffix(".kopie"))
        office.unlink()
        office.mkdir()
    before = digests(office.parent)

    for command in (("search", "Veel1"), ("log-contact", "LWT-2026-000001", "--channel", "phone"), ("check",)):
        code, out, err = run_cli(monkeypatch, capsys, office, *command)
        assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert ("no database at" if damage == "folder" else "damaged") in err
        assert digests(office.parent) == before                 # nothing written, nothing removed


def test_a_restore_over_a_damaged_file_says_it_restored(office: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """`restore` put the backup in place of a damaged file (kept aside), then said "… is damaged …; nothing
    was changed" and exited 1: the damaged file's database object stayed open in the process, and the
    second open shared its failed whole-file check. It says what it did, and the file checks sound."""
    backup = tmp_path / "goed.db"
    assert run_cli(monkeypatch, capsys, office, "backup", "-o", str(backup))[0] == 0
    flip(office, PAGE * 3 + 100)
    code, out, err = run_cli(monkeypatch, capsys, office, "restore", str(backup))
    assert code == 0, err
    assert "restored" in out and "damaged file is kept as" in out
    assert list(office.parent.glob("leerwinkel.db.damaged-*"))
    code, out, err = run_cli(monkeypatch, capsys, office, "check")
    assert code == 0 and out.rstrip().endswith("ok"), err
