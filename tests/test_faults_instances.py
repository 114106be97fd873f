"""Two app instances on one file: the second is told the file is open elsewhere, neither is
disturbed, and a WAL that is live in the other instance is never treated as a stray one (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faults_support import PASSPHRASE, child, make_office, passphrase_works
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
raw = db.engine.raw_connection()
raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")   # its frames stay in the WAL
raw.close()
Clients(db, SystemClock(), actor).create(ClientInput("Eerste", "Venster"))
print("open", db.opened_elsewhere, flush=True)
sys.stdin.readline()                          # held open until the second instance is done
Clients(db, SystemClock(), actor).create(ClientInput("Nog", "Eerste"))
"""


def test_the_second_instance_is_told_and_both_keep_working(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    first = child(HOLD_OPEN.format(path=str(path), passphrase=PASSPHRASE))
    assert first.stdout.readline().split() == ["open", "False"]
    second = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    assert second.opened_elsewhere
    actor = sign_in(second, SystemClock(), "coordinator", PASSPHRASE).actor
    clients = Clients(second, SystemClock(), actor)
    assert [c.last_name for c in clients.search("Venster")] == ["Venster"]   # the live WAL is read, not set aside
    clients.create(ClientInput("Tweede", "Venster"))
    _out, err = first.communicate(input="\n", timeout=60)
    assert first.returncode == 0, err
    second.dispose()
    assert not list(tmp_path.glob("*set-aside*"))
    third = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    assert not third.opened_elsewhere
    third.dispose()


@pytest.mark.qt_no_exception_capture         # what reaches the event loop goes to the app's own crash handler
def test_a_rekey_by_another_instance_locks_this_one_and_nothing_typed_is_lost(qtbot, tmp_path: Path,
                                                                             crash_handler) -> None:
    """A coordinator closes an account in another instance (the real CLI: the database is rekeyed)
    while this window has a form half typed: this window locks with one clear line (no SQLCipher
    error, no crash), its sign-in takes the new key, and the form saves with every character."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox
    from sqlalchemy import select

    from faults_support import ENV
    from leerwinkel_desk.domain.enums import Role
    from leerwinkel_desk.services.accounts import Accounts
    from leerwinkel_desk.store.models import Client
    from leerwinkel_desk.ui.context import DeskContext
    from test_ui import open_window, press

    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    Accounts(db, SystemClock(), signed.actor).open_account("bram.claes", "Bram Claes", Role.COUNSELLOR,
                                                          "brams heel andere zin 9")
    before = db.key
    crashes = crash_handler()
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test",
                                            signed.full_name, "coordinator"))
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.identity.first_name, "Noor")
    qtbot.keyClicks(dialog.identity.last_name, "Tijdens-de-Sleutelwissel")

    other = child(f"import sys; from leerwinkel_desk.launcher import main; "
                  f"sys.exit(main(['--db', {str(path)!r}, 'account', 'close', 'bram.claes']))", env=ENV)
    _out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    assert KeyRing.load(path).unlock("coordinator", PASSPHRASE) != before      # rekeyed over there

    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=10_000)
    lock = window.lock_screen
    assert "sleutel" in lock.reason.text() and "sqlcipher" not in lock.reason.text().lower()
    assert not dialog.isVisible() and dialog.identity.last_name.text() == "Tijdens-de-Sleutelwissel"
    qtbot.keyClicks(lock.passphrase, PASSPHRASE)
    press(qtbot, lock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_screen is None and dialog.isVisible(), timeout=5_000)
    assert (dialog.identity.first_name.text(), dialog.identity.last_name.text()) == (
        "Noor", "Tijdens-de-Sleutelwissel")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.read() as session:
        assert session.scalars(select(Client.last_name)).all() == ["Tijdens-de-Sleutelwissel"]
        db.dispose()
    assert crashes == []
    assert passphrase_works(path, "coordinator", PASSPHRASE) and not passphrase_works(
        path, "bram.claes", "brams heel andere zin 9")


def test_the_second_desk_says_so_without_squeezing_the_status_bar(qtbot, tmp_path: Path) -> None:
    """The whole sentence as a permanent part of the bar left 'Gebruiker:', the zitdag and the file's name no room
    at 1280 wide; a short mark stays, the sentence is said once and on hover."""
    from PySide6.QtWidgets import QLabel

    from leerwinkel_desk.ui.desk import open_desk

    path = make_office(tmp_path / "leerwinkel.db")
    first = child(HOLD_OPEN.format(path=str(path), passphrase=PASSPHRASE))
    assert first.stdout.readline().split() == ["open", "False"]
    second = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    window = open_desk(second, sign_in(second, SystemClock(), "coordinator", PASSPHRASE), "coordinator")
    try:
        window.resize(1024, 640)                # 1280×720 at 125 %
        qtbot.waitExposed(window)
        bar = window.statusBar()
        labels = [label for label in bar.findChildren(QLabel) if label.isVisible() and label.text()]
        mark = next(label for label in labels if label.text() == "Ook elders open")
        assert "een tweede venster" in mark.toolTip() and "een tweede venster" in bar.currentMessage()
        squeezed = [label.text() for label in labels if label.width() < label.sizeHint().width()]   # cut
        assert squeezed == []
        window.start_of_day_jobs.wait()
    finally:
        window.close()
        window.deleteLater()
        first.communicate(input="\n", timeout=60)
        second.dispose()


DAILY_BACKUP = """
import sys
from datetime import date
from pathlib import Path
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({path!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {passphrase!r}))
print("ready", flush=True)
sys.stdin.readline()                          # both start the day's backup at the same moment
try:
    made = maintenance.daily_backup(db, date(2026, 12, 7))
    print("made" if made else "there", flush=True)
except Exception as error:
    print("failed", type(error).__name__, error, flush=True)
db.dispose()
"""


def test_two_instances_opened_together_both_end_with_the_day_s_backup(tmp_path: Path) -> None:
    """Two instances started together on one file: each daily backup removed the other's copy halfway (one
    `daily-DATE.db.partial` for every process), both failed, and the day had no backup. Now each writes its own
    copy; one that finds today's made by the other counts as done."""
    from faults_support import iterations
    from leerwinkel_desk.store.backup import read_back

    path = make_office(tmp_path / "leerwinkel.db")
    key = KeyRing.load(path).unlock("coordinator", PASSPHRASE)
    db = open_sqlite(path, key)
    actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
    for n in range(300):                        # a file that takes a moment to copy
        Clients(db, SystemClock(), actor).create(
            ClientInput(f"Naam{n}", f"Familie{n}", street=f"Lange Straat {n} " + "x" * 60), duplicates_checked=True)
    db.dispose()
    folder = tmp_path / "backups"
    for _round in range(iterations(3)):
        for made in folder.glob("*") if folder.exists() else []:
            made.unlink()
        both = [child(DAILY_BACKUP.format(path=str(path), passphrase=PASSPHRASE)) for _ in range(2)]
        assert [c.stdout.readline().strip() for c in both] == ["ready", "ready"]
        for c in both:
            c.stdin.write("\n")
            c.stdin.flush()
        said = []
        for c in both:
            out, err = c.communicate(timeout=120)
            assert c.returncode == 0, err
            said.append(out.strip())
        assert sorted(said) in (["made", "made"], ["made", "there"]), said
        daily = folder / "daily-2026-12-07.db"
        assert sorted(p.name for p in folder.iterdir()) == [
            "daily-2026-12-07.db", "daily-2026-12-07.db.keys.json", "daily-2026-12-07.db.manifest.json"]
        assert read_back(daily, key) == []
