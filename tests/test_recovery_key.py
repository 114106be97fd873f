"""Issue 15, item 6: the recovery key. Offered at the office's set-up (the wizard by keys), printed as a
PDF, used at the sign-in when the coordinator's passphrase is lost (audited), and still valid after an
account closed and the database was rekeyed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from leerwinkel_desk import launcher
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.accounts import Accounts, SignInFailed, sign_in
from leerwinkel_desk.services.context import SystemClock, local_today
from leerwinkel_desk.services.office_setup import create_office_database, first_recovery_key
from leerwinkel_desk.services.offices import default_actor, find_office
from leerwinkel_desk.services.recovery import RecoveryFailed, RecoveryKeys, recover_coordinator, unlock_with_recovery
from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.ui import desk
from leerwinkel_desk.ui.dialogs import recovery as recovery_dialogs
from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from test_first_run import PASSPHRASE, fill_office_form, own_settings_and_log, shown_window  # noqa: F401
from test_ui import active, press
from test_ui_keys import ALT

NEW_PASSPHRASE = "paarse olifant dansend op het dak"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_wizard_offers_the_key_its_sheet_is_printed_and_it_sets_a_lost_passphrase_at_the_sign_in(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "LeerwinkelDesk"
    sheet = tmp_path / "herstelsleutel.pdf"
    seen: dict[str, object] = {}
    monkeypatch.setattr(recovery_dialogs, "ask_save_file",
                        lambda _parent, _title, _name, _kind, chosen: chosen(sheet))

    def wizard_by_keys(dialog: FirstRunDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        assert dialog.recovery.isChecked()                               # offered, and on by default
        fill_office_form(qtbot, dialog, "Leerwinkel Oost", "LWO", "katrien", "Katrien Maes", recovery_key=True)
        qtbot.waitUntil(lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible(),
                        timeout=30_000)
        shown = active(qtbot, dialog.recovery_dialog)
        seen["code"] = shown.code.text()
        press(qtbot, QApplication.focusWidget() or shown, Qt.Key.Key_P, ALT)     # Als PDF bewaren
        qtbot.waitUntil(sheet.exists, timeout=5000)
        assert QApplication.focusWidget() is shown.done_button                  # Klaar, and Enter presses it
        press(qtbot, shown.done_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=5000)
        return dialog.result()

    def forgotten(dialog: SignInDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        press(qtbot, dialog.passphrase, Qt.Key.Key_V, ALT)              # Wachtwoordzin vergeten (herstelsleutel)
        qtbot.waitUntil(lambda: dialog.recovery is not None and dialog.recovery.isVisible(), timeout=5000)
        form = active(qtbot, dialog.recovery)
        assert form.login.text() == "katrien" and form.code.hasFocus()
        qtbot.keyClicks(form.code, "WRONG-KEY0")
        for text in (NEW_PASSPHRASE, NEW_PASSPHRASE):
            press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(QApplication.focusWidget(), text)
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
        assert "herstelsleutel" in form.error.text().lower() and dialog.signed_in is None
        form.code.setFocus()
        form.code.selectAll()
        qtbot.keyClicks(form.code, str(seen["code"]).lower().replace("-", " "))   # as typed from paper
        press(qtbot, form.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=30_000)
        return dialog.result()

    def the_day() -> int:
        window = shown_window()
        seen["user"] = window.ctx.user_name
        window.close()
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", wizard_by_keys)
    monkeypatch.setattr(SignInDialog, "exec", forgotten)
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_day))
    assert launcher.main(["--db", str(data / "leerwinkel.db")]) == 0
    assert seen["user"] == "Katrien Maes"

    text = pdf_text(sheet)
    code = str(seen["code"])
    assert "Herstelsleutel van de databank" in text and "Leerwinkel Oost (LWO)" in text
    assert "  ".join(code.split("-")[:4]).replace("  ", " ") in text
    assert "leerwinkel-desk recover --login" in text
    key_file = (data / "leerwinkel.db.keys.json").read_text(encoding="utf-8")
    assert code not in key_file and code.replace("-", "") not in key_file             # never stored
    location = Location.of(data / "leerwinkel.db")
    db = location.open(KeyRing.load(location.path).unlock("katrien", NEW_PASSPHRASE))
    try:
        with pytest.raises(SignInFailed):
            sign_in(db, SystemClock(), "katrien", PASSPHRASE)
        with db.read() as s:
            actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.at)).all()
        assert "recovery.create" in actions and actions.count("account.recover") == 1
    finally:
        db.dispose()


def test_the_key_survives_a_rekey_a_new_key_replaces_it_and_only_coordinators_recover(tmp_path, clock) -> None:
    location = Location.of(tmp_path / "kantoor.db")
    db = create_office_database(location, clock, office="Leerwinkel Oost", code="LWO", login="katrien",
                                full_name="Katrien", passphrase=PASSPHRASE)
    boss = default_actor(db, find_office(db))
    code = first_recovery_key(db, clock).code
    accounts = Accounts(db, clock, boss)
    an = accounts.open_account("an.peeters", "An Peeters", Role.COUNSELLOR, "ans eigen lange zin")
    before = db.key
    accounts.close_account(an.id)                                        # the database is rekeyed
    assert db.key != before
    assert unlock_with_recovery(location, code) == db.key
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, code[:-1] + ("A" if code[-1] != "A" else "B"))
    with pytest.raises(RecoveryFailed):
        recover_coordinator(db, clock, "an.peeters", NEW_PASSPHRASE)     # not a coordinator
    keys = RecoveryKeys(db, clock, boss)
    newer = keys.propose().code
    keys.put_in_use(newer)
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, code)                             # the old one no longer opens
    assert unlock_with_recovery(location, newer) == db.key
    db.dispose()


def test_a_new_key_waits_beside_the_printed_one_until_its_sheet_is_written_also_across_a_rekey(
        tmp_path, clock) -> None:
    """All or nothing: a proposed key is staged in the key file beside the printed one, so the app killed
    before its sheet is written (the key file as it is on disk) leaves the printed key working; a rekey
    meanwhile seals the new database key to both; only `put_in_use` (after the sheet) lets the printed go."""
    from leerwinkel_desk.domain.errors import InvalidValue

    location = Location.of(tmp_path / "kantoor.db")
    db = create_office_database(location, clock, office="Leerwinkel Oost", code="LWO", login="katrien",
                                full_name="Katrien", passphrase=PASSPHRASE)
    boss = default_actor(db, find_office(db))
    printed = first_recovery_key(db, clock).code
    accounts = Accounts(db, clock, boss)
    an = accounts.open_account("an.peeters", "An Peeters", Role.COUNSELLOR, "ans eigen lange zin")
    keys = RecoveryKeys(db, clock, boss)
    dropped = keys.propose().code
    keys.drop(dropped)                                                   # closed without a sheet
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, dropped)
    proposed = keys.propose().code                                       # killed here: both open it
    assert unlock_with_recovery(location, printed) == db.key == unlock_with_recovery(location, proposed)
    accounts.close_account(an.id)                                        # rekeyed while it waits
    assert unlock_with_recovery(location, printed) == db.key == unlock_with_recovery(location, proposed)
    keys.put_in_use(proposed)                                            # its sheet is written
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, printed)
    assert unlock_with_recovery(location, proposed) == db.key
    with pytest.raises(InvalidValue):
        keys.put_in_use(dropped)                                         # not the one proposed: nothing changes
    assert unlock_with_recovery(location, proposed) == db.key
    with db.read() as s:
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.action == "recovery.create")).all() == [
            "recovery.create"] * 2                                       # the first and the one put in use
    db.dispose()


def run_cli(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **env}, stdin=subprocess.DEVNULL)


def test_cli_init_prints_the_sheet_recover_sets_a_passphrase_and_recovery_key_replaces_it(tmp_path) -> None:
    db_path, sheet = tmp_path / "kantoor.db", tmp_path / "blad.pdf"
    made = run_cli(db_path, "init", "--office", "Leerwinkel Oost", "--code", "LWO", "--user", "katrien",
                   "--recovery-sheet", str(sheet), LEERWINKEL_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    code = next(line.split(": ", 1)[1] for line in made.stdout.splitlines() if line.startswith("recovery key: "))
    assert code.replace("-", " ")[:9] in pdf_text(sheet).replace("  ", " ")
    wrong = run_cli(db_path, "recover", "--login", "katrien", LEERWINKEL_RECOVERY_KEY="AAAA-" * 7 + "AAAA",
                    LEERWINKEL_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "recovery.failed" in wrong.stderr
    done = run_cli(db_path, "recover", "--login", "katrien", LEERWINKEL_RECOVERY_KEY=code,
                   LEERWINKEL_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert done.returncode == 0, done.stderr
    again = run_cli(db_path, "recovery-key", "--sheet", str(tmp_path / "nieuw.pdf"), LEERWINKEL_USER="katrien",
                    LEERWINKEL_PASSPHRASE=NEW_PASSPHRASE)
    assert again.returncode == 0, again.stderr
    old = run_cli(db_path, "recover", "--login", "katrien", LEERWINKEL_RECOVERY_KEY=code,
                  LEERWINKEL_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert old.returncode == 1 and "recovery.failed" in old.stderr
    location = Location.of(db_path)
    db = location.open(KeyRing.load(db_path).unlock("katrien", NEW_PASSPHRASE))
    try:
        with db.read() as s:
            actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.at)).all()
        assert actions.count("recovery.create") == 2 and actions.count("account.recover") == 1
    finally:
        db.dispose()


KILLED_BEFORE_THE_SHEET = """
import sys, time
from leerwinkel_desk.cli.common import signed_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.recovery import RecoveryKeys
from leerwinkel_desk.store.location import Location
db, actor = signed_in(Location.of(sys.argv[1]))             # as `recovery-key` and Gebruikers open it
print(RecoveryKeys(db, SystemClock(), actor).propose().code, flush=True)
time.sleep(600)                                             # its sheet is never written: killed here
"""


def office_with_a_printed_key(path: Path, printed: bool = True) -> tuple[str | None, bytes]:
    """An encrypted office (coordinator `katrien`), with its first recovery key unless not `printed` (the
    set-up's box unticked), closed; that key and the database key."""
    db = create_office_database(Location.of(path), SystemClock(), office="Leerwinkel Oost", code="LWO",
                                login="katrien", full_name="Katrien Maes", passphrase=PASSPHRASE)
    try:
        assert db.key is not None
        return first_recovery_key(db, SystemClock()).code if printed else None, db.key
    finally:
        db.dispose()


def new_key_killed_before_its_sheet(path: Path, printed: str | None, key: bytes) -> str:
    """A real process proposes a new recovery key (staged beside the printed one in the key file) and is
    killed with SIGKILL before its sheet is written. While it lives, an opening by another process leaves its
    key alone (both keys open the file). Returns the new key."""
    child = subprocess.Popen([sys.executable, "-c", KILLED_BEFORE_THE_SHEET, str(path)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "LEERWINKEL_USER": "katrien",
                                             "LEERWINKEL_PASSPHRASE": PASSPHRASE})
    try:
        assert child.stdout is not None
        new = child.stdout.readline().strip()
        assert len(new) == 39, new
        location = Location.of(path)
        assert unlock_with_recovery(location, new) == key
        assert printed is None or unlock_with_recovery(location, printed) == key
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert "recovery_pending" in json.loads(key_file(path).read_text(encoding="utf-8"))   # the kill left it
    return new


@pytest.mark.parametrize("printed_first", [True, False], ids=["printed key", "none printed"])
def test_a_new_key_left_by_a_killed_process_is_dropped_at_the_next_command_and_the_printed_one_works(
        tmp_path: Path, printed_first: bool) -> None:
    path = tmp_path / "kantoor.db"
    printed, key = office_with_a_printed_key(path, printed_first)
    new = new_key_killed_before_its_sheet(path, printed, key)

    checked = run_cli(path, "check", LEERWINKEL_USER="katrien", LEERWINKEL_PASSPHRASE=PASSPHRASE)
    assert checked.returncode == 0, checked.stderr
    location = Location.of(path)
    with pytest.raises(RecoveryFailed):
        unlock_with_recovery(location, new)
    assert checked.stderr.splitlines() == [
        f"a new recovery key made on {local_today(SystemClock()).isoformat()} never had its sheet saved (the app "
        "was stopped first): it no longer opens the database; " + (
            "the printed recovery key still does" if printed else "there is no recovery key in use")]
    refused = run_cli(path, "recover", "--login", "katrien", LEERWINKEL_RECOVERY_KEY=new,
                      LEERWINKEL_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert refused.returncode == 1 and "recovery.failed" in refused.stderr
    if printed is not None:
        assert unlock_with_recovery(location, printed) == key
        done = run_cli(path, "recover", "--login", "katrien", LEERWINKEL_RECOVERY_KEY=printed,
                       LEERWINKEL_NEW_PASSPHRASE=NEW_PASSPHRASE)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("was_printed", [True, False])
def test_a_new_key_left_by_a_killed_process_is_dropped_at_the_next_sign_in_and_gebruikers_says_so(
        qtbot, tmp_path: Path, monkeypatch, was_printed: bool) -> None:
    """The desktop's real start: the sign-in by keys drops it; Gebruikers (Ctrl+Shift+G) says which day's sheet
    opens nothing, until a new key is made (Alt+L, then Alt+M: the line goes)."""
    from leerwinkel_desk import app as app_module
    from leerwinkel_desk.ui.dialogs.accounts import AccountsDialog
    from leerwinkel_desk.ui.main_window import MainWindow
    from test_ui_keys import CTRL, SHIFT, key, wait_active

    path = tmp_path / "kantoor.db"
    printed, database_key = office_with_a_printed_key(path, was_printed)
    new = new_key_killed_before_its_sheet(path, printed, database_key)
    monkeypatch.setattr(recovery_dialogs, "ask_save_file", lambda *_args: None)    # never saved here either
    seen: dict[str, object] = {}

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        press(qtbot, dialog.login, Qt.Key.Key_A, CTRL)                          # over the demo's login
        qtbot.keyClicks(dialog.login, "katrien")
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        press(qtbot, dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=30_000)
        return dialog.result()

    def the_day() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        with pytest.raises(RecoveryFailed):
            unlock_with_recovery(Location.of(path), new)
        seen["printed_opens"] = printed is not None and unlock_with_recovery(Location.of(path), printed) == database_key
        window.activateWindow()
        key(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
        dialog = wait_active(qtbot, window.active_dialog)
        assert isinstance(dialog, AccountsDialog)
        seen["note"] = dialog.recovery_note.text() if dialog.recovery_note.isVisible() else ""
        press(qtbot, dialog.recovery_button, Qt.Key.Key_L, ALT)                 # Nieuwe herstelsleutel maken…
        qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(), timeout=5000)
        press(qtbot, dialog.confirm_box, Qt.Key.Key_M, ALT)                     # Nieuwe sleutel maken
        qtbot.waitUntil(lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible(),
                        timeout=30_000)
        seen["note_after"] = dialog.recovery_note.isVisible()
        shown = active(qtbot, dialog.recovery_dialog)
        press(qtbot, QApplication.focusWidget() or shown, Qt.Key.Key_Escape)     # closed without its sheet
        qtbot.waitUntil(lambda: shown.confirm_box is not None and shown.confirm_box.isVisible(), timeout=5000)
        press(qtbot, shown.confirm_box, Qt.Key.Key_S, ALT)                      # Toch sluiten
        qtbot.waitUntil(lambda: dialog.recovery_dialog is None, timeout=5000)
        seen["status"] = dialog.status.text()
        window.start_of_day_jobs.wait()
        window.close()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_day))
    monkeypatch.setattr(desk, "install_crash_handler", lambda _folder: None)
    assert app_module.run_desktop(str(path)) == 0
    today = local_today(SystemClock())
    assert seen["note"] == (f"⚠ De nieuwe herstelsleutel van {today:%d/%m/%Y} is nooit in gebruik genomen: de app "
                            "werd gestopt voor het blad bewaard was. Een blad van die dag opent de databank niet. "
                            + ("De eerder afgedrukte herstelsleutel werkt nog." if was_printed else
                               "Er is geen herstelsleutel in gebruik."))
    assert seen["printed_opens"] is was_printed and seen["note_after"] is False
    # closed without its sheet: it says what still opens the database (no printed key where there was none)
    assert seen["status"] == ("Geen nieuwe herstelsleutel: de afgedrukte werkt nog." if was_printed else
                              "Geen nieuwe herstelsleutel: er is nog geen herstelsleutel in gebruik.")
