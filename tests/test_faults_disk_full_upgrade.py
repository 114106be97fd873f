"""A full disk while the desktop upgrades an older database at sign-in (issue 12, the suite): a file made at
revision 0010, opened by this version (0011, the quiet requests' index; 0012, the full pull's figures) on a small
tmpfs filled to various leftovers. The all-or-nothing upgrade (its backup first) leaves the file at 0010 and
usable, the person gets the one startup message that the disk is full, and the next start upgrades it."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from faults_support import PASSPHRASE, child, fill_disk, small_disk
from leerwinkel_desk.cli.problems import file_problem
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.keyring import KeyRing, new_database_key
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.migrations import DEFAULT_SCRIPT_LOCATION, SCHEMA_HEAD, current_revision, upgrade

OLD = "0010"


def office_at_0010(path: Path, scripts: Path) -> None:
    """An encrypted office file at revision 0010 (the migrations of this version up to it), with casework."""
    shutil.copytree(DEFAULT_SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (scripts / "versions").glob("00*.py"):
        if later.name[:4] > OLD:
            later.unlink()
    key = new_database_key()
    KeyRing.load(path).grant("coordinator", key, PASSPHRASE)
    db = open_sqlite(path, key)
    upgrade(db, None, str(scripts))
    with db.write() as session:     # the column of 0017 this version's services write (0017 leaves it when there)
        session.execute(text("ALTER TABLE counsellor ADD COLUMN passphrase_given_by CHAR(32)"))
    clock = SystemClock()
    coordinator = create_office(db, clock, "Leerwinkel Oud", "LWO", "coordinator", "Coördinator")
    assert coordinator.counsellor_id is not None
    Accounts(db, clock, coordinator).set_passphrase(coordinator.counsellor_id, PASSPHRASE)
    for number in range(40):
        made = Clients(db, clock, coordinator).create(ClientInput("Oud", f"Schema{number}"), duplicates_checked=True)
        Dispatch(db, clock, coordinator).answer_now(
            FirstContact(Channel.PHONE, "Welke opleiding? " * 20, client_id=made.id), "Uitgelegd")
    assert current_revision(db) == OLD
    db.dispose()


DESKTOP = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from leerwinkel_desk import app
from leerwinkel_desk.ui import desk
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog

def sign_in_by_keys(dialog):
    dialog.show()
    dialog.login.setText("coordinator")
    QTest.keyClicks(dialog.passphrase, PASSPHRASE)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    if dialog.error.isVisible():
        print("sign-in:", dialog.error.text(), flush=True)
    return dialog.result()

def started():
    print("started", flush=True)
    return 0

desk.install_crash_handler = lambda _folder: None
QMessageBox.critical = staticmethod(lambda _parent, _title, text: print("message:", text, flush=True))
SignInDialog.exec = sign_in_by_keys
QApplication.exec = staticmethod(started)
sys.exit(app.run_desktop(DATABASE))
"""


def start_desktop(path: Path, home: Path) -> tuple[int, str, str]:
    """The desktop app started in a process of its own on `path`, the coordinator signing in by keys."""
    process = child(f"DATABASE, PASSPHRASE = {str(path)!r}, {PASSPHRASE!r}\n" + DESKTOP,
                    env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                         "XDG_DATA_HOME": str(home / "data")})
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def opened(path: Path) -> Database:
    return open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))


def as_it_was(path: Path, disk: Path) -> None:
    """The file still at 0010, sound, and usable as it is: signing in, finding its clients; no half backup."""
    assert not [p for p in disk.rglob("*") if p.name.endswith(".partial")]
    db = opened(path)
    try:
        assert current_revision(db) == OLD
        assert maintenance.check(db).problems == [f"schema: revision {OLD} is behind {SCHEMA_HEAD}; "
                                                  "start the app to upgrade"]
        clock = SystemClock()
        actor = sign_in(db, clock, "coordinator", PASSPHRASE).actor
        assert len(Clients(db, clock, actor).search("schema")) == 40
    finally:
        db.dispose()


def upgraded(path: Path, disk: Path) -> None:
    """At the newest revision, backed up first, the whole check passing (the figures as a rebuild makes them)."""
    assert [p.name for p in (disk / "backups").iterdir() if p.name.startswith(f"before-{SCHEMA_HEAD}-")
            and p.suffix == ".db"], "the upgrade backed up first"
    db = opened(path)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        report = maintenance.check(db)
        assert report.ok, report.problems
    finally:
        db.dispose()


def test_a_full_disk_at_each_step_of_the_upgrade_leaves_0010_and_one_line(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        path = disk / "leerwinkel.db"
        office_at_0010(path, tmp_path / "migrations-0010")
        key = KeyRing.load(path).unlock("coordinator", PASSPHRASE)
        size = path.stat().st_size
        in_the_transaction = 0                 # failures with the backup made: the upgrade's own commit refused
        for room in (0, 3_000, 30_000, size // 2, *(size + 16_000 * step for step in range(1, 16))):
            filler = fill_disk(disk, room)
            try:
                Location.of(path).open_upgraded(key).dispose()
            except FileUnusable as error:
                assert error.reason == "no_space"
                line = file_problem(error)                      # what the command line says
                assert line.startswith("the disk is full") and "nothing was changed" in line and "\n" not in line
            else:
                break
            finally:
                filler.unlink()
            in_the_transaction += (disk / "backups").is_dir() and any((disk / "backups").iterdir())
            as_it_was(path, disk)
        else:
            raise AssertionError("never upgraded")
        assert in_the_transaction, "the disk never filled during the upgrade's transaction"
        upgraded(path, disk)


def test_the_desktop_says_the_disk_is_full_and_its_next_start_upgrades(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        path = disk / "leerwinkel.db"
        office_at_0010(path, tmp_path / "migrations-0010")
        filler = fill_disk(disk, path.stat().st_size // 2)           # room to open, none for the backup
        code, out, err = start_desktop(path, tmp_path / "home")
        filler.unlink()
        assert code == 1 and "Traceback" not in err and "started" not in out, err
        [message] = [line for line in out.splitlines() if line.startswith("message:")]
        assert "De schijf is vol" in message and "Er is niets gewijzigd" in message, message
        assert "Schema" not in message and "Oud" not in message
        as_it_was(path, disk)
        code, out, err = start_desktop(path, tmp_path / "home")     # room again: the next start upgrades
        assert code == 0 and "started" in out, err
        upgraded(path, disk)
