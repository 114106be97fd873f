"""The real start's sign-in by keys: Vandaag's day is read while the passphrase is checked (ui/day_ahead.py)
and the desk shows that day; a failed check shows nothing of the office and leaves no window."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk import app as app_module
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.file_guard import closed_state
from leerwinkel_desk.store.keyring import key_file
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.ui import day_ahead, desk
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.pages import today
from leerwinkel_desk.ui.pages.today import TodayPage

NEW_PASSPHRASE = "een nieuwe lange wachtwoordzin"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "leerwinkel.db"
    db = Location.of(path).create({"coordinator": CLI_PASSPHRASE})
    clock = FixedClock(datetime(2026, 3, 4, 10, 0, tzinfo=UTC))
    coordinator = create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    let_coordinator_sign_in(db, clock, coordinator)
    db.dispose()
    return path


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Who read Vandaag's lists: the read ahead during the sign-in, or the page itself."""
    done: list[str] = []

    def noted(who: str, read: Callable) -> Callable:
        def reading(*args):
            done.append(who)
            return read(*args)
        return reading

    monkeypatch.setattr(day_ahead, "lists_of_the_day", noted("ahead", day_ahead.lists_of_the_day))
    monkeypatch.setattr(today, "lists_of_the_day", noted("page", today.lists_of_the_day))
    monkeypatch.setattr(desk, "install_crash_handler", lambda _folder: None)      # not for the test run
    return done


def type_passphrase(qtbot, dialog: SignInDialog, passphrase: str) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def no_office_shown() -> bool:
    return not any(isinstance(w, (MainWindow, TodayPage)) for w in QApplication.allWidgets())


def test_the_desk_shows_the_day_read_while_the_passphrase_was_checked(qtbot, office: Path, reads, monkeypatch) -> None:
    shown: list[tuple[int, str]] = []

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        dialog.login.setText("coordinator")
        type_passphrase(qtbot, dialog, "niet de wachtwoordzin")
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
        assert reads == [] and no_office_shown()        # the key did not unwrap: nothing opened, nothing read
        type_passphrase(qtbot, dialog, CLI_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=20_000)
        return dialog.result()

    def run_until_filled() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        page = window.pages["today"]
        assert isinstance(page, TodayPage)
        qtbot.waitUntil(lambda: page.day is not None, timeout=20_000)
        shown.append((window.stack.currentIndex(), page.plan.text()))
        window.start_of_day_jobs.wait()
        window.close()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_filled))
    assert app_module.run_desktop(str(office)) == 0
    assert reads == ["ahead"]                           # read once, during the check; the page took it
    assert shown and shown[0][0] == 0 and shown[0][1].startswith("Zitdagen vandaag")


def test_a_check_failed_after_the_key_opened_the_file_shows_nothing(qtbot, office: Path, reads, monkeypatch) -> None:
    """A key file restored with a backup still unwraps the key with the old passphrase; the stored hash,
    changed since, refuses it: the day read meanwhile is let go, the file is closed and no window of the office
    appears."""
    kept = office.parent / "kept.keys.json"
    shutil.copy2(key_file(office), kept)
    db = Location.of(office).open_upgraded(Location.of(office).key_ring().unlock("coordinator", CLI_PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", CLI_PASSPHRASE)
    Accounts(db, SystemClock(), signed.actor).set_passphrase(signed.actor.counsellor_id, NEW_PASSPHRASE)
    db.dispose()
    shutil.copy2(kept, key_file(office))                 # the old key file back, as with a restored backup
    refused: list[bool] = []
    let_go: list[bool] = []
    wal = office.with_name(office.name + "-wal")

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        dialog.login.setText("coordinator")     # this test's own settings remember no login (conftest)
        type_passphrase(qtbot, dialog, CLI_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
        refused.append(dialog.signed_in is None and no_office_shown())
        let_go.append(not wal.exists())     # the refused sign-in's file closed (its last close removes the WAL)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    assert app_module.run_desktop(str(office)) == 0
    assert reads == ["ahead"] and refused == [True]     # read during the check, then dropped unseen
    assert let_go == [True]
    assert no_office_shown()


def test_a_file_beside_the_database_that_cannot_be_written_is_said_at_the_sign_in(
        qtbot, office: Path, reads, monkeypatch) -> None:
    """The file that notes the database open (`<db>.state`) replaced by a folder: the sign-in's first write
    failed with IsADirectoryError, which went to the log only, and Return seemed to do nothing."""
    state = closed_state(office)
    state.unlink(missing_ok=True)
    state.mkdir()
    said: list[str] = []

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        dialog.login.setText("coordinator")     # this test's own settings remember no login (conftest)
        type_passphrase(qtbot, dialog, CLI_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
        said.append(dialog.error.text())
        assert dialog.signed_in is None and no_office_shown() and dialog.passphrase.text() == ""
        qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width()))  # whole
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    assert app_module.run_desktop(str(office)) == 0
    assert len(said) == 1 and "kon niet geschreven worden" in said[0] and "directory" in said[0], said
    assert "Coördinator" not in said[0] and CLI_PASSPHRASE not in said[0]
