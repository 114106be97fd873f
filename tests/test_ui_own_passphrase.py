"""One's own passphrase and signing out, by keys on a real encrypted office: Bestand › Wachtwoordzin wijzigen…
(Alt+S, W) for every role rewraps only that person's key entry, audited as theirs; a passphrase a coordinator
chose is replaced before the desk opens (Escape: not signed in); Bestand › Afmelden (Ctrl+Shift+Q, Alt+S M)
ends the desk, and the sign-in that follows names nobody and opens a new desk for the colleague."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from sqlalchemy import select

from faults_support import PASSPHRASE, make_office
from leerwinkel_desk import app as app_module
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase, key_file
from leerwinkel_desk.store.models import AuditEvent, Counsellor
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.new_client import NewClientDialog
from leerwinkel_desk.ui.dialogs.own_passphrase import OwnPassphraseDialog
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.start import LAST_LOGIN_KEY, SIGNED_OUT
from test_first_run import own_settings_and_log  # noqa: F401 - settings (the last login) in the test's folder
from test_ui import open_window
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active

GIVEN = "door de coordinator gekozen 7"        # typed by keys: ASCII
OWN = "brams heel eigen zin 42"


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """An encrypted office set up as the wizard does (its coordinator's own passphrase), and the counsellor Bram
    Claes, whose account the coordinator opened with a passphrase she chose."""
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    Accounts(db, SystemClock(), signed.actor).open_account("bram.claes", "Bram Claes", Role.COUNSELLOR, GIVEN)
    db.dispose()
    return path


def opens(path: Path, login: str, passphrase: str) -> bool:
    try:
        KeyRing.load(path).unlock(login, passphrase)
    except WrongPassphrase:
        return False
    return True


def audit_of(path: Path, passphrase: str = PASSPHRASE) -> list[tuple[str, str]]:
    """The account events and failed sign-ins, as (action, the login of whoever did it), in order."""
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", passphrase))
    try:
        with db.read() as session:
            logins = dict(session.execute(select(Counsellor.id, Counsellor.login)).all())
            return [(action, logins.get(actor, "")) for action, actor in session.execute(
                select(AuditEvent.action, AuditEvent.actor_id)
                .where(AuditEvent.action.in_(["account.open", "account.passphrase", "login.failed"]))
                .order_by(AuditEvent.at, AuditEvent.id)).all()]
    finally:
        db.dispose()


def open_menu_item(qtbot, window, menu_key, item_key) -> None:
    """A menu of the bar by its Alt letter, then its item by its underlined letter."""
    key(qtbot, menu_key, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)


def type_and_enter(qtbot, *texts: str) -> None:
    """Each text in the field that has the focus, Tab to the next; Enter after the last."""
    for index, text in enumerate(texts):
        field = QApplication.focusWidget()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return if index == len(texts) - 1 else Qt.Key.Key_Tab)


def no_desk_left(desk: list[weakref.ref]) -> bool:
    """Nothing of the desk whose window, Vandaag and context `desk` refers to, not even as Python objects (what
    a page read stays with those). Only that desk's: other tests in the same process may keep their own."""
    gc.collect()
    return bool(desk) and all(gone() is None for gone in desk)


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.COORDINATOR])
def test_everyone_changes_their_own_passphrase_from_the_menu_bestand(qtbot, tmp_path: Path, role: Role) -> None:
    """Alt+S, W: the current passphrase, the new one twice, Enter. A wrong current one changes nothing and is
    audited as a failed sign-in; then the change rewraps only the person's own key entry (the database keeps
    its key: the colleague's entry stays byte for byte), audited as theirs. A counsellor could not change the
    passphrase the coordinator chose anywhere: Gebruikers said 'Uw rol laat deze actie niet toe'."""
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    boss = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    Accounts(db, SystemClock(), boss.actor).open_account("bram.claes", "Bram Claes", Role.COUNSELLOR, GIVEN)
    login, current, other = (("bram.claes", GIVEN, "coordinator") if role is Role.COUNSELLOR
                             else ("coordinator", PASSPHRASE, "bram.claes"))
    signed = sign_in(db, SystemClock(), login, current)
    others_entry = json.loads(key_file(path).read_text())["accounts"][other]
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                            login))
    open_menu_item(qtbot, window, Qt.Key.Key_S, Qt.Key.Key_W)
    dialog = wait_active(qtbot, window.active_dialog)
    assert isinstance(dialog, OwnPassphraseDialog) and dialog.current.hasFocus()
    type_and_enter(qtbot, "niet mijn huidige zin", OWN, OWN)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == "⚠ Huidige wachtwoordzin: Dit klopt niet. Er is niets gewijzigd."
    assert dialog.current.hasFocus() and dialog.current.text() == "" and opens(path, login, current)
    type_and_enter(qtbot, current, OWN, OWN + " anders")
    assert "De twee wachtwoordzinnen verschillen." in dialog.error.text() and dialog.isVisible()
    dialog.current.setFocus()
    type_and_enter(qtbot, current, OWN, OWN)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=20_000)
    assert window.statusBar().currentMessage().startswith("Uw wachtwoordzin is gewijzigd")
    assert not opens(path, login, current) and KeyRing.load(path).unlock(login, OWN) == db.key   # no rekey
    assert json.loads(key_file(path).read_text())["accounts"][other] == others_entry
    assert not sign_in(db, SystemClock(), login, OWN).passphrase_given
    window.close()
    db.dispose()
    assert audit_of(path, OWN if role is Role.COORDINATOR else PASSPHRASE)[-2:] == [
        ("login.failed", login), ("account.passphrase", login)]


def test_a_given_passphrase_is_replaced_before_the_desk_opens_and_afmelden_hands_the_desk_on(
        qtbot, office_file: Path, monkeypatch) -> None:
    """Bram signs in with the passphrase the coordinator chose: before Vandaag he chooses his own (Escape: not
    signed in, the sign-in says so; the same passphrase again or a weak one is refused). At his desk Afmelden
    is out of reach while a form is open (Ctrl+Shift+Q reaches no form: it asks first, as closing it does);
    once it is closed, Ctrl+Shift+Q closes the desk: the sign-in names nobody, nothing of his desk is left, not
    even as Python objects, and the coordinator signs in to a new one of her own (the wizard's first coordinator
    is never asked)."""
    rounds: list[str] = []
    seen: list[tuple] = []
    asked_own: list[int] = []                                   # at which sign-in the own passphrase was asked

    brams_desk: list[weakref.ref] = []

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        left = no_desk_left(brams_desk)                         # before the sign-in's own events are handled
        dialog.show()
        qtbot.waitExposed(dialog)
        rounds.append(dialog.reason.text() if dialog.reason.isVisible() else "")
        if len(rounds) < 3:
            assert dialog.login.text() == ("" if len(rounds) == 1 else "bram.claes")    # no one guessed
            dialog.login.clear()
            qtbot.keyClicks(dialog.login, "bram.claes")
            qtbot.keyClicks(dialog.passphrase, GIVEN)
        else:                                                   # after Afmelden: nobody named, nothing left
            seen.append((dialog.login.text(), dialog.focusWidget() is dialog.login, left))
            qtbot.keyClicks(dialog.login, "coordinator")
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=20_000)
        return dialog.result()

    def choose_by_keys(dialog: OwnPassphraseDialog) -> int:
        asked_own.append(len(rounds))
        dialog.show()
        wait_active(qtbot, dialog)
        assert dialog.passphrase.hasFocus() and not dialog.current.isVisible()     # just typed at the sign-in
        if rounds == [""]:                                      # the first time: Escape, not signed in
            key(qtbot, Qt.Key.Key_Escape)
            return dialog.result()
        for new, refused in ((GIVEN, "Kies een andere wachtwoordzin dan de huidige."),
                             ("1111111111", "Deze wachtwoordzin is makkelijk te raden")):
            type_and_enter(qtbot, new, new)
            qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=20_000)
            assert refused in dialog.error.text() and opens(office_file, "bram.claes", GIVEN)
        dialog.passphrase.setFocus()
        type_and_enter(qtbot, OWN, OWN)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        return dialog.result()

    def the_desk(window: MainWindow) -> None:
        page = window.pages["today"]
        qtbot.waitUntil(lambda: page.day is not None, timeout=20_000)
        seen.append((window.user_label.text(), opens(office_file, "bram.claes", GIVEN),
                     opens(office_file, "bram.claes", OWN)))
        window.start_of_day_jobs.wait()
        if window.ctx.login == "bram.claes":
            brams_desk.extend(weakref.ref(part) for part in (window, window.ctx, page))
        if window.ctx.login != "bram.claes":
            window.close()
            QApplication.exit(0)
            return
        key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)                  # a new client, a name typed
        form = wait_active(qtbot, window.active_dialog)
        assert isinstance(form, NewClientDialog)
        typed(qtbot, "Fatima")
        key(qtbot, Qt.Key.Key_Q, CTRL | SHIFT)                  # the form is in front: no sign-out from it
        assert form.isVisible() and QApplication.focusWidget().text() == "Fatima"
        asked: list[str] = []

        def throw_away() -> None:                               # the form's own question, as on closing it
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                asked.append(box.text())
                box.button(QMessageBox.StandardButton.Discard).click()

        QTimer.singleShot(200, throw_away)
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.active_dialog is None, timeout=5000)
        assert asked == ["Wat u typte is nog niet bewaard. Toch sluiten en het weggooien?"]
        wait_active(qtbot, window)
        key(qtbot, Qt.Key.Key_Q, CTRL | SHIFT)                  # Afmelden

    def desk_by_keys() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        loop = QEventLoop()
        loops.append(loop)
        QTimer.singleShot(0, lambda: the_desk(window))
        return loop.exec()                                      # Afmelden ends it with its own exit code

    loops: list[QEventLoop] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: loops[-1].exit(code)))   # the app's loop
    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(OwnPassphraseDialog, "exec", choose_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(desk_by_keys))
    assert app_module.run_desktop(str(office_file)) == 0
    assert rounds[0] == "" and rounds[1].startswith("U bent niet aangemeld: kies eerst een eigen wachtwoordzin")
    assert rounds[2] == "U bent afgemeld. Een collega kan nu aanmelden." and len(rounds) == 3
    assert asked_own == [1, 2]                                  # Bram twice, the coordinator never
    assert seen[0] == ("Gebruiker: Bram Claes", False, True)
    assert seen[1] == ("", True, True)                         # the sign-in after Afmelden
    assert seen[2][0] == "Gebruiker: Coördinator" and len(seen) == 3
    assert QSettings().value(LAST_LOGIN_KEY) == "coordinator"
    assert audit_of(office_file) == [("account.passphrase", "coordinator"),     # the office's set-up
                                     ("account.open", "coordinator"), ("account.passphrase", "bram.claes")]


def test_afmelden_by_alt_s_m_closes_the_desk_and_each_item_of_bestand_has_its_own_letter(
        qtbot, tmp_path, monkeypatch) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                            "coordinator"))
    key(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert [(a.text(), a.shortcut().toString()) for a in menu.actions()] == [
        ("&Wachtwoordzin wijzigen…", ""), ("Af&melden", "Ctrl+Shift+Q"), ("&Afsluiten", "Ctrl+Q")]
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))      # no app loop runs under pytest-qt
    qtbot.keyClick(menu, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert exits == [SIGNED_OUT]                                # ui/start.py shows the sign-in again
    with db.read() as session:                                  # audited as the coordinator's sign-out
        assert session.execute(select(AuditEvent.action, AuditEvent.actor_id).order_by(
            AuditEvent.seq.desc())).first() == ("logout", signed.actor.counsellor_id)
    db.dispose()
