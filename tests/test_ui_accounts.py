"""Gebruikers (Ctrl+Shift+G) by keys on a real encrypted office: closing a colleague's account and making a
new recovery key are asked first (Enter and Escape keep what is); the window that closed an account goes on
with the database's new key (another instance on the file locks); a new recovery key replaces the printed one
only once its sheet is saved; the audit trail names whose account a record is; a login is a plain word, and
a refused form puts the focus on the field at fault with its message in sight."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from faults_support import PASSPHRASE, make_office
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.office_setup import first_recovery_key
from leerwinkel_desk.services.recovery import RecoveryFailed, unlock_with_recovery
from leerwinkel_desk.store import engine
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import AuditEvent, Counsellor
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs import recovery as recovery_dialogs
from leerwinkel_desk.ui.dialogs.accounts import AccountsDialog
from leerwinkel_desk.ui.session_lock import KeyChangeWatcher
from test_ui import open_window
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active

BRAM_PASSPHRASE = "brams heel andere zin 9"


@pytest.fixture
def office_file(tmp_path: Path):
    """An encrypted office with its coordinator and the counsellor Bram Claes, opened as the coordinator."""
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    Accounts(db, SystemClock(), signed.actor).open_account("bram.claes", "Bram Claes", Role.COUNSELLOR,
                                                          BRAM_PASSPHRASE)
    yield db, signed
    db.dispose()


def accounts_dialog(qtbot, db, signed):
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                            "coordinator"))
    key(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    assert isinstance(dialog, AccountsDialog)
    return window, dialog


def choose(qtbot, dialog: AccountsDialog, login: str) -> None:
    """The colleague chosen in the users' table by the arrow keys."""
    dialog.table.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    for _ in range(dialog.model.rowCount()):
        if dialog.chosen().login == login:
            return
        key(qtbot, Qt.Key.Key_Down)
    assert dialog.chosen().login == login


def question(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(), timeout=3000)
    return wait_active(qtbot, dialog.confirm_box)


def can_log_in(db, login: str) -> bool:
    with db.read() as session:
        return session.scalar(select(Counsellor.can_log_in).where(Counsellor.login == login))


def test_closing_an_account_asks_naming_the_person_and_this_window_goes_on_with_the_new_key(
        qtbot, office_file, monkeypatch) -> None:
    """Alt+S asked nothing and closed at once; the rekey it makes then locked the very coordinator who made it
    ("Een coördinator gaf de databank een nieuwe sleutel"), when the window's key watcher looked between the
    rekey's commit and this session taking the new key. Here the watcher looks at exactly that moment."""
    db, signed = office_file
    window, dialog = accounts_dialog(qtbot, db, signed)
    other = open_sqlite(db.path, db.key)                  # another instance on the same file
    before = db.key
    choose(qtbot, dialog, "bram.claes")
    key(qtbot, Qt.Key.Key_S, ALT)                         # Account af&sluiten: asked first
    box = question(qtbot, dialog)
    assert "Bram Claes" in box.text() and "bram.claes" in box.text()
    key(qtbot, Qt.Key.Key_Return)                         # Enter keeps the account
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_S, ALT)
    question(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Escape)                         # and so does Escape
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    assert can_log_in(db, "bram.claes") and "bram.claes" in KeyRing.load(db.path).entries and db.key == before

    watcher = window.findChild(KeyChangeWatcher)
    real_driver, looked = engine.driver, []

    def watched_driver(connection):
        """The driver, with the window's watcher looking (on its own thread, as the timer would) right after
        the rekey's statement committed, before the rekeying session holds the new key."""
        inner = real_driver(connection)

        class Watched:
            def execute(self, statement, *args):
                result = inner.execute(statement, *args)
                if "rekey" in statement.lower():
                    look = threading.Thread(target=lambda: (looked.append(db.key_changed()), watcher.look()))
                    look.start()
                    look.join()
                return result

            def __getattr__(self, name):
                return getattr(inner, name)

        return Watched()

    monkeypatch.setattr(engine, "driver", watched_driver)
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_S, ALT)
    question(qtbot, dialog)
    key(qtbot, Qt.Key.Key_S, ALT)                         # Account af&sluiten in the question
    qtbot.waitUntil(lambda: "afgesloten" in dialog.status.text(), timeout=15_000)
    monkeypatch.setattr(engine, "driver", real_driver)
    assert looked == [False]                              # the watcher looked, and saw no other instance's key
    qtbot.wait(300)                                       # a signal from the look would have arrived by now
    assert window.lock_screen is None and dialog.isVisible()
    assert db.key != before and not can_log_in(db, "bram.claes")
    assert "bram.claes" not in KeyRing.load(db.path).entries
    watcher.look()
    assert window.lock_screen is None
    assert other.key_changed()                            # another instance on the file still locks
    other.dispose()


def test_a_new_recovery_key_is_asked_first_and_replaces_the_printed_one_only_once_its_sheet_is_saved(
        qtbot, office_file, tmp_path: Path, monkeypatch) -> None:
    """Alt+L replaced the printed key at once, and Enter or Escape closed the new key's dialog with no sheet:
    two keys left the office with a dead sheet in the safe. Now the question keeps the key by default, the new
    key only waits beside the printed one (both open the database: the app killed meanwhile loses nothing) and
    replaces it once its sheet is written; closing before that asks, and then the printed key keeps working."""
    db, signed = office_file
    location = Location.of(db.path)
    printed = first_recovery_key(db, SystemClock()).code
    sheet = tmp_path / "nieuw-blad.pdf"
    monkeypatch.setattr(recovery_dialogs, "ask_save_file", lambda _parent, _title, _name, _kind, chosen: chosen(sheet))

    def made() -> int:
        with db.read() as session:
            return len(session.scalars(select(AuditEvent.id).where(AuditEvent.action == "recovery.create")).all())

    _window, dialog = accounts_dialog(qtbot, db, signed)
    key(qtbot, Qt.Key.Key_L, ALT)                         # Nieuwe herstels&leutel maken…: asked first
    box = question(qtbot, dialog)
    assert "werkt" in box.text() and "niet meer" in box.text()
    key(qtbot, Qt.Key.Key_Return)                         # Enter: no new key
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    assert dialog.recovery_dialog is None and made() == 1

    def new_key_shown():
        wait_active(qtbot, dialog)
        key(qtbot, Qt.Key.Key_L, ALT)
        question(qtbot, dialog)
        key(qtbot, Qt.Key.Key_M, ALT)                     # Nieuwe sleutel &maken
        qtbot.waitUntil(lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible(),
                        timeout=30_000)
        return wait_active(qtbot, dialog.recovery_dialog)

    shown = new_key_shown()
    first_new = shown.code.text()
    assert unlock_with_recovery(location, printed) == db.key          # staged: the printed key still opens it,
    assert unlock_with_recovery(location, first_new) == db.key        # as the new one does (a crash loses nothing)
    key(qtbot, Qt.Key.Key_Escape)                         # Escape before the sheet is saved: asked
    box = question(qtbot, shown)
    assert "niet bewaard" in box.text()
    key(qtbot, Qt.Key.Key_Return)                         # Enter: back to the key
    qtbot.waitUntil(lambda: shown.confirm_box is None, timeout=3000)
    assert shown.isVisible()
    wait_active(qtbot, shown)
    key(qtbot, Qt.Key.Key_K, ALT)                         # &Klaar: asked the same
    question(qtbot, shown)
    key(qtbot, Qt.Key.Key_S, ALT)                         # Toch &sluiten: the new key goes, the printed one stays
    qtbot.waitUntil(lambda: dialog.recovery_dialog is None, timeout=3000)
    assert unlock_with_recovery(location, printed) == db.key
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, first_new)
    assert made() == 1 and "afgedrukte werkt nog" in dialog.status.text() and not sheet.exists()

    shown = new_key_shown()
    newer = shown.code.text()
    assert QApplication.focusWidget() is shown.save_button
    key(qtbot, Qt.Key.Key_Return)                         # Enter saves the sheet (the default button)
    qtbot.waitUntil(sheet.exists, timeout=5000)
    assert "in gebruik" in shown.status.text()
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, printed)            # replaced once its sheet is written
    assert unlock_with_recovery(location, newer) == db.key and made() == 2
    key(qtbot, Qt.Key.Key_Escape)                         # saved: closes without a question
    qtbot.waitUntil(lambda: dialog.recovery_dialog is None, timeout=3000)
    assert "in gebruik" in dialog.status.text()


def test_the_audit_trail_names_whose_account_a_record_is(qtbot, office_file) -> None:
    """Gegeven showed only "Medewerker" for an account opened, closed or given a passphrase."""
    db, signed = office_file
    accounts = Accounts(db, SystemClock(), signed.actor)
    bram = accounts.account_id("bram.claes")
    accounts.set_passphrase(bram, "nog een andere lange zin 4")
    accounts.close_account(bram)
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                            "coordinator"))
    key(qtbot, Qt.Key.Key_U, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    rows = {(dialog.model.index(row, 3).data(), dialog.model.index(row, 4).data())
            for row in range(dialog.model.rowCount())}
    assert {("Account geopend", "Medewerker: Bram Claes"), ("Account afgesloten", "Medewerker: Bram Claes")} <= rows
    assert any(given == "Medewerker: Coördinator" for _action, given in rows)        # a sign-in: whose it is
    assert ("Kantoor ingericht", "Kantoor") in rows                                    # other records as they were


@pytest.mark.parametrize("login", ["jan janssens", "<jan>", "jan/janssens", "-jan"])
def test_a_login_is_a_plain_word_and_the_refused_field_gets_the_focus_with_the_message_in_sight(
        qtbot, office_file, login: str) -> None:
    db, signed = office_file
    _window, dialog = accounts_dialog(qtbot, db, signed)
    for mnemonic, text in ((Qt.Key.Key_G, login), (Qt.Key.Key_V, "Jan Janssens"),
                           (Qt.Key.Key_W, "jans eigen lange zin 7"), (Qt.Key.Key_H, "jans eigen lange zin 7")):
        key(qtbot, mnemonic, ALT)
        typed(qtbot, text)
    key(qtbot, Qt.Key.Key_O, ALT)                         # Account &openen
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert "één woord" in dialog.error.text() and dialog.error.text().count("\n") == 0
    assert QApplication.focusWidget() is dialog.login and dialog.login.text() == login
    assert not dialog.error.visibleRegion().isEmpty()       # in sight, not below the fold
    assert not dialog.recovery_button.visibleRegion().isEmpty()
    with db.read() as session:
        assert session.scalar(select(Counsellor.id).where(Counsellor.full_name == "Jan Janssens")) is None
    dialog.login.selectAll()
    typed(qtbot, "jan.janssens_2")
    assert not dialog.error.isVisible()                    # changing the field at fault clears its message
    key(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: "geopend" in dialog.status.text(), timeout=15_000)
    assert not dialog.status.visibleRegion().isEmpty() and can_log_in(db, "jan.janssens_2")


def test_enter_presses_the_button_of_the_part_it_is_typed_in(qtbot, office_file) -> None:
    """Enter in "Nieuwe collega" pressed "Wachtwoordzin instellen" for the colleague chosen in the table (the
    coordinator herself) and said "minstens 10 tekens": Qt made the first button after the focus the dialog's
    default. Now Enter in the new colleague's fields opens that account, in the chosen colleague's fields it
    sets that colleague's passphrase, and no button is the dialog's default."""
    db, signed = office_file
    _window, dialog = accounts_dialog(qtbot, db, signed)
    choose(qtbot, dialog, "coordinator")
    assert [button.text() for button in dialog.findChildren(QPushButton) if button.isDefault()] == []
    for mnemonic, text in ((Qt.Key.Key_G, "els.maes"), (Qt.Key.Key_V, "Els Maes"),
                           (Qt.Key.Key_W, "els haar eigen zin 4"), (Qt.Key.Key_H, "els haar eigen zin 4")):
        key(qtbot, mnemonic, ALT)
        typed(qtbot, text)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "geopend" in dialog.status.text(), timeout=15_000)
    assert dialog.status.text().startswith("Account els.maes geopend") and not dialog.error.isVisible()
    assert can_log_in(db, "els.maes")
    assert sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor == signed.actor       # hers untouched

    choose(qtbot, dialog, "bram.claes")
    for mnemonic in (Qt.Key.Key_N, Qt.Key.Key_E):                      # the chosen colleague's part
        key(qtbot, mnemonic, ALT)
        typed(qtbot, "brams nieuwe zin 12")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Nieuwe wachtwoordzin voor bram.claes" in dialog.status.text(), timeout=15_000)
    assert sign_in(db, SystemClock(), "bram.claes", "brams nieuwe zin 12").full_name == "Bram Claes"
