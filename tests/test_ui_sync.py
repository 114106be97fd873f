"""Sync in the window, driven by keys: the status bar, F9 in the background, the conflict inbox (Shift+F9),
the office's laptops (Ctrl+F9); against the service on 127.0.0.1 and real SQLCipher laptops."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import text

from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
from leerwinkel_desk import launcher
from leerwinkel_desk.domain.enums import Channel, Phase, ReferralReason, Tier
from leerwinkel_desk.services.accounts import SignedIn, close_in, sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.file_guard import closed_state, wal_path
from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import SyncClient, SyncRefused
from leerwinkel_desk.sync.join import join_office
from leerwinkel_desk.sync.server.admin import rows_as
from leerwinkel_desk.ui import main_window
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.start import SIGNED_OUT, run_main_window
from leerwinkel_desk.ui.sync_panel import ConflictInboxDialog, DevicesDialog
from sync_support import HangingService, central, first_laptop, joined_laptop, row, service  # noqa: F401
from test_first_run import own_settings_and_log, shown_window  # noqa: F401 - settings and excepthook kept apart
from test_ui import active, open_window, press
from test_ui_keys import reopen_as

pytestmark = pytest.mark.postgres
WAIT = 60_000
JOIN_PASSPHRASE = "an leert elke dag iets bij in kortrijk"


def sign_in_by_keys(qtbot, dialog: SignInDialog, login: str, passphrase: str) -> int:
    """The sign-in filled in by keys (login, passphrase, Enter) in place of its `exec`; waits until it signed in."""
    dialog.show()
    active(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)         # &Gebruikersnaam
    press(qtbot, dialog.login, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.login, login)
    press(qtbot, dialog.login, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)   # &Wachtwoordzin
    qtbot.keyClicks(QApplication.focusWidget(), passphrase)
    press(qtbot, dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=WAIT)
    return dialog.result()


def test_the_status_bar_says_a_first_sync_is_incomplete_until_f9_finishes_it(qtbot, central, service, tmp_path,
                                                                             clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    with a.db.write() as session:                       # as a first sync killed before its first page left it
        session.execute(text("INSERT INTO sync_state (key, value) VALUES ('full_pull', 'null')"))
    window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
    assert window.sync_label.text() == "Sync: eerste synchronisatie onvolledig, F9 gaat verder"
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert window.sync_label.text().endswith("· 0 te versturen · 0 conflicten")
    assert row(a.db, "SELECT count(*) FROM sync_state WHERE key = 'full_pull'")[0] == 0


def test_f9_syncs_in_the_background_and_conflicts_are_settled_in_the_inbox(qtbot, central, service, tmp_path,
                                                                          clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = Clients(a.db, clock, built.coordinator).create(ClientInput("Fien", "Maes"))
    window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
    assert "te versturen" in window.sync_label.text()
    press(qtbot, window, Qt.Key.Key_F9)
    assert window.sync_label.text() == "Sync: bezig…"              # the window is free while it runs
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert window.sync_label.text().endswith("· 0 te versturen · 0 conflicten")
    assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id = '{made.id}'")[0]["n"] == 1

    b.sync.sync()
    with b.db.write() as session:
        session.execute(text("UPDATE client SET interests = 'tuinieren' WHERE id = :id"), {"id": made.id.hex})
    b.sync.sync()
    with a.db.write() as session:
        session.execute(text("UPDATE client SET interests = 'schilderen' WHERE id = :id"), {"id": made.id.hex})
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert window.sync_label.text().endswith("· 1 conflict")                        # one, not "1 conflicten"
    assert window.statusBar().currentMessage().endswith("; 1 conflict te beslissen (Shift+F9)")
    assert row(a.db, "SELECT interests FROM client WHERE id = :id", id=made.id.hex)[0] == "tuinieren"
    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, window.active_dialog)
    assert isinstance(dialog, ConflictInboxDialog) and dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 3)) == "schilderen"
    assert dialog.model.data(dialog.model.index(0, 4)) == "tuinieren"
    press(qtbot, dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)             # &Mijn versie houden
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)                           # (a mnemonic clicks after a blink)
    assert dialog.empty.isVisible()
    assert row(a.db, "SELECT interests FROM client WHERE id = :id", id=made.id.hex)[0] == "schilderen"
    press(qtbot, dialog, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert rows_as(central.owner_url, None, f"SELECT interests FROM client WHERE id = '{made.id}'") == [
        {"interests": "schilderen"}]

    with a.db.write() as session:           # Bram's account closed: no code for a new laptop of his
        session.execute(text("UPDATE counsellor SET can_log_in = 0 WHERE login = 'bram.desmet'"))
    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    devices = active(qtbot, window.active_dialog)
    assert isinstance(devices, DevicesDialog)
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=WAIT)
    names = [devices.model.row_at(i)["name"] for i in range(2)]
    assert [devices.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Naam", "Persoon", "Toestand", "Laatst gezien"]
    assert devices.model.data(devices.model.index(names.index("a"), 1)) == "Coördinator (coordinator)"
    assert [devices.for_whom.itemData(i) for i in range(devices.for_whom.count())] == [
        "an.peeters", "coordinator", "info"]
    press(qtbot, devices.table, Qt.Key.Key_Down if names[0] == "a" else Qt.Key.Key_Up)
    assert devices.model.row_at(devices.table.currentIndex().row())["name"] == "b"
    press(qtbot, devices, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)     # &Intrekken: asked first
    qtbot.waitUntil(lambda: devices.confirm_box is not None and devices.confirm_box.isVisible(), timeout=WAIT)
    box = active(qtbot, devices.confirm_box)
    assert box.text().startswith('De laptop "b" intrekken? Van wie hij is, weet de server nog niet.')
    assert ("Laatst gesynchroniseerd: " in box.text() and "wat hij nog niet verstuurde, komt nooit bij het kantoor "
            "aan. Zijn gegevens worden niet gewist") in box.text()
    press(qtbot, box, Qt.Key.Key_Return)                                     # Enter: Annuleren
    qtbot.waitUntil(lambda: devices.confirm_box is None, timeout=WAIT)
    assert not any(devices.model.row_at(i)["revoked_at"] for i in range(2))
    active(qtbot, devices)
    press(qtbot, devices, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: devices.confirm_box is not None and devices.confirm_box.isVisible(), timeout=WAIT)
    press(qtbot, active(qtbot, devices.confirm_box), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Laptop &intr.
    qtbot.waitUntil(lambda: any(d["revoked_at"] for d in (devices.model.row_at(i) for i in range(2))), timeout=WAIT)
    assert devices.model.data(devices.model.index(names.index("b"), 2)) == "ingetrokken"
    assert devices.model.row_at(devices.table.currentIndex().row())["name"] == "b"      # still on the revoked one
    press(qtbot, devices, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)     # &Voor wie: An's new laptop
    assert QApplication.focusWidget() is devices.for_whom
    qtbot.keyClicks(devices.for_whom, "An")
    assert devices.for_whom.currentData() == "an.peeters"
    press(qtbot, devices, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)     # &Code voor een nieuwe laptop
    qtbot.waitUntil(lambda: "Eenmalige code voor an.peeters" in devices.message.text(), timeout=WAIT)
    assert QApplication.activeWindow() is devices
    said, server = devices.message.text().split("\n")
    assert server == f"Adres van de server: {service.url}"             # what the colleague's laptop types with it
    code = said.rsplit(" ", 1)[1]
    with pytest.raises(SyncRefused):                                         # made for An: nobody else joins
        join_office(tmp_path / "c.db", service.url, code, "bram.desmet", JOIN_PASSPHRASE, "c", clock)
    join_office(tmp_path / "c.db", service.url, code, "an.peeters", JOIN_PASSPHRASE, "c", clock)
    assert (tmp_path / "c.db").exists()


def test_the_office_s_erasures_are_applied_at_sign_in_before_the_desk_opens(qtbot, central, service, tmp_path,
                                                                          clock, monkeypatch) -> None:
    """A client erased on another laptop: the person signs in here by keys (login, passphrase, Enter) and
    the desk that opens cannot find them, nor show them or their work on Vandaag (whose day was read while the
    passphrase was checked, before the erasure); the file holds no name of theirs, also not queued to be sent."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    erased = Clients(a.db, clock, built.coordinator).create(ClientInput("Gerolf", "Vanquathem"))
    kept = Clients(a.db, clock, built.coordinator).create(ClientInput("Geert", "Vanquathem"))
    request = Dispatch(a.db, clock, built.coordinator).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=erased.id), "a")
    reopen_as(a.db, request.id, Tier.MEDIATION, Phase.CHOICE, built.coordinator)
    Referrals(a.db, clock, built.coordinator).refer_out(request.id, built.vdab_id, ReferralReason.OTHER, "taal")
    a.sync.sync(built.coordinator)
    b.sync.sync()
    Erasures(a.db, clock, built.coordinator).erase(erased.id)
    a.sync.sync(built.coordinator)
    KeyRing(key_file(tmp_path / "b.db"), {}).grant("coordinator", b.db.key, CLI_PASSPHRASE)   # as joining gives
    let_coordinator_sign_in(b.db, clock, built.coordinator)         # the passphrase signs in here too
    assert row(b.db, "SELECT last_name FROM client WHERE id = :id", id=erased.id.hex)[0] == "Vanquathem"
    seen: dict[str, object] = {}

    def the_desk() -> int:
        window = shown_window()
        seen["name in the file"] = row(b.db, "SELECT last_name FROM client WHERE id = :id", id=erased.id.hex)[0]
        today = window.pages["today"]
        qtbot.waitUntil(lambda: today.day is not None, timeout=WAIT)
        seen["vandaag"] = [str(today.loops.index(r, c).data()) for r in range(today.loops.rowCount())
                           for c in range(today.loops.columnCount())]
        press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search, "Vanquathem")
        qtbot.waitUntil(lambda: window.search_results.rowCount() > 0, timeout=WAIT)
        seen["found"] = [window.search_results.data(window.search_results.index(r, 0))
                         for r in range(window.search_results.rowCount())]
        window.close()
        window.deleteLater()            # its idle lock (an application-wide event filter) goes with it
        return 0

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: sign_in_by_keys(qtbot, dialog, "coordinator",
                                                                         CLI_PASSPHRASE))
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_desk))
    def open_as(login: str, passphrase: str, opened: Callable[[Database], None]) -> tuple[Database, SignedIn]:
        opened(b.db)                    # the file open: Vandaag's day is read while the passphrase is checked
        return b.db, sign_in(b.db, clock, login, passphrase)

    assert run_main_window(open_as) == 0
    assert seen["name in the file"] is None                              # erased before the desk showed anyone
    # read again after the erasure: her referral's loop left Vandaag with her (services/erasure.py `work_ended`)
    assert not any("VDAB Kortrijk" in text or "Vanquathem" in text for text in seen["vandaag"])
    assert len(seen["found"]) == 1 and "Geert Vanquathem" in str(seen["found"][0])
    assert kept.dossier_no in str(seen["found"][0])
    assert row(b.db, "SELECT last_name FROM client WHERE id = :id", id=erased.id.hex)[0] is None
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_outbox WHERE new LIKE '%Gerolf%'")).scalar() == 0


def unsent(db: Database) -> str:
    """What the lock of a closed account says of the changes not sent from the laptop `db`."""
    n = row(db, "SELECT count(*) FROM sync_outbox")[0]
    return ("Al uw wijzigingen waren verstuurd." if n == 0 else
            f"{n} wijzigingen van deze laptop zijn nog niet verstuurd: ze blijven hier en bereiken het kantoor alleen "
            "als een coördinator uw account weer opent." if n > 1 else
            "1 wijziging van deze laptop is nog niet verstuurd: ze blijft hier en bereikt het kantoor alleen als een "
            "coördinator uw account weer opent.")


def test_an_account_the_office_closed_locks_the_open_desk_and_the_desk_that_opens(qtbot, central, service, tmp_path,
                                                                                   clock, monkeypatch) -> None:
    """The coordinator closes An's account on the first laptop and syncs. On An's laptop the desk is open: F9 (or
    the sync in the background) hears it from the service and the desk locks at once, saying why; her passphrase
    no longer unlocks it, and the lock screen says the account was closed. On her other laptop she signs in by
    keys before it knew: the desk opens locked, with the same reason."""
    from leerwinkel_desk.services.accounts import Accounts
    from leerwinkel_desk.store.models import Counsellor

    reason = ("Uw account werd afgesloten door een coördinator van het kantoor. Leerwinkel Desk is vergrendeld; wat "
              "u typte is bewaard. {unsent} Opende een coördinator het weer, ontgrendel dan met uw wachtwoordzin "
              "terwijl de laptop de synchronisatieserver bereikt. Klopt de afsluiting niet, vraag het dan aan een "
              "coördinator.")
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    an = built.counsellor
    b, c = joined_laptop(a, service, tmp_path / "b.db"), joined_laptop(a, service, tmp_path / "c.db")
    for laptop in (b, c):                                # An's passphrase and key entry, as joining gives them
        KeyRing(key_file(laptop.db.path), {}).grant("an.peeters", laptop.db.key, JOIN_PASSPHRASE)
        Accounts(laptop.db, clock, an).set_passphrase(an.counsellor_id, JOIN_PASSPHRASE)
        laptop.sync.sync(an)
    window = open_window(qtbot, DeskContext(b.db, clock, an, "Leerwinkel", "An Peeters", "an.peeters"))
    with a.db.write() as session:           # the close itself (the first laptop's test file has no key file)
        close_in(session, built.coordinator, session.get(Counsellor, an.counsellor_id), clock.now())
    a.sync.sync(built.coordinator)

    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=WAIT)
    lock = window.lock_screen
    assert lock.reason.text() == reason.format(unsent=unsent(b.db)) and not window.centralWidget().isVisible()
    active(qtbot, lock)
    qtbot.keyClicks(lock.passphrase, JOIN_PASSPHRASE)
    press(qtbot, lock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=WAIT)
    assert lock.error.text().startswith("⚠ Dit account werd afgesloten door een coördinator van het kantoor")
    assert window.lock_screen is lock and lock.isVisible()                   # still locked
    assert row(b.db, "SELECT can_log_in FROM counsellor WHERE id = :id", id=an.counsellor_id.hex)[0] == 0
    seen: dict[str, object] = {}

    def the_desk() -> int:
        desk = shown_window()
        seen["locked"] = desk.lock_screen is not None and desk.lock_screen.reason.text()
        seen["data shown"] = desk.centralWidget().isVisible()
        desk.lock_screen.done(0)
        desk.close()
        desk.deleteLater()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: sign_in_by_keys(qtbot, dialog, "an.peeters",
                                                                         JOIN_PASSPHRASE))
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_desk))

    def open_as(login: str, passphrase: str, opened: Callable[[Database], None]) -> tuple[Database, SignedIn]:
        opened(c.db)
        return c.db, sign_in(c.db, clock, login, passphrase)

    assert run_main_window(open_as) == 0
    assert seen == {"locked": reason.format(unsent=unsent(c.db)), "data shown": False}
    assert row(c.db, "SELECT can_log_in FROM counsellor WHERE id = :id", id=an.counsellor_id.hex)[0] == 0


def test_the_lock_of_a_closed_account_opens_once_the_office_opened_it_again_and_what_waited_goes_up(
        qtbot, central, service, tmp_path, clock) -> None:
    """An works on her laptop without sending (a new client waits); the coordinator closes her account and syncs.
    F9 locks her desk, saying how many changes were not sent and that they reach the office only if the account is
    opened again. Her passphrase at the lock screen asks the service: still closed, still locked, nothing sent. The
    coordinator opens it again and syncs: the same passphrase now unlocks (the laptop asked the service with its own
    key), the desk syncs at once and the office holds her client."""
    from leerwinkel_desk.store.models import Counsellor

    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    an = built.counsellor
    b = joined_laptop(a, service, tmp_path / "b.db")
    KeyRing(key_file(b.db.path), {}).grant("an.peeters", b.db.key, JOIN_PASSPHRASE)   # as joining gives them
    from leerwinkel_desk.services.accounts import Accounts

    Accounts(b.db, clock, an).set_passphrase(an.counsellor_id, JOIN_PASSPHRASE)
    b.sync.sync(an)
    waiting = Clients(b.db, clock, an).create(ClientInput("Wanda", "Wachtrij"))
    pending = row(b.db, "SELECT count(*) FROM sync_outbox")[0]
    assert pending >= 2
    window = open_window(qtbot, DeskContext(b.db, clock, an, "Leerwinkel", "An Peeters", "an.peeters"))
    with a.db.write() as session:
        close_in(session, built.coordinator, session.get(Counsellor, an.counsellor_id), clock.now())
    a.sync.sync(built.coordinator)

    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=WAIT)
    lock = window.lock_screen
    assert (f"{pending} wijzigingen van deze laptop zijn nog niet verstuurd: ze blijven hier en bereiken het kantoor "
            "alleen als een coördinator uw account weer opent.") in lock.reason.text()
    active(qtbot, lock)
    qtbot.keyClicks(lock.passphrase, JOIN_PASSPHRASE)
    press(qtbot, lock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=WAIT)
    assert "Opent een coördinator het weer" in lock.error.text()
    assert window.lock_screen is lock and not window.centralWidget().isVisible()
    server = f"SELECT count(*) AS n FROM client WHERE id = '{waiting.id}'"
    assert rows_as(central.owner_url, None, server) == [{"n": 0}]

    with a.db.write() as session:           # opened again, as a new passphrase in Gebruikers opens it
        session.get(Counsellor, an.counsellor_id).can_log_in = True
    a.sync.sync(built.coordinator)
    qtbot.keyClicks(lock.passphrase, JOIN_PASSPHRASE)
    press(qtbot, lock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_screen is None, timeout=WAIT)
    assert window.centralWidget().isVisible()
    qtbot.waitUntil(lambda: rows_as(central.owner_url, None, server) == [{"n": 1}], timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert window.sync_label.text().endswith("· 0 te versturen · 0 conflicten")
    assert row(b.db, "SELECT can_log_in FROM counsellor WHERE id = :id", id=an.counsellor_id.hex)[0] == 1


def test_closing_an_account_on_a_synced_laptop_says_what_becomes_of_their_unsent_work_and_requests(
        qtbot, central, service, tmp_path, clock) -> None:
    """Gebruikers (Ctrl+Shift+G), An chosen, Account afsluiten (Alt+S): the question says that what An did on a
    laptop of her own and did not send arrives only if the account is opened again (never, once that laptop is
    revoked), and that she stays the counsellor of her 2 open requests until each is given to a colleague. Escape
    keeps the account."""
    from test_ui_accounts import choose, question
    from test_ui_keys import ALT, CTRL, SHIFT, key, wait_active

    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    for name in ("Els", "Rik"):
        made = Clients(a.db, clock, built.coordinator).create(ClientInput(name, "Open"))
        request = Dispatch(a.db, clock, built.coordinator).answer_now(
            FirstContact(Channel.PHONE, "vraag", client_id=made.id), "a")
        reopen_as(a.db, request.id, Tier.MEDIATION, Phase.CHOICE, built.counsellor)
    KeyRing(key_file(a.db.path), {}).grant("coordinator", a.db.key, CLI_PASSPHRASE)     # as the office's file has
    window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
    key(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    choose(qtbot, dialog, "an.peeters")
    key(qtbot, Qt.Key.Key_S, ALT)
    box = question(qtbot, dialog)
    assert ("Wat An Peeters op een eigen laptop deed en nog niet verstuurde, blijft op die laptop en bereikt het "
            "kantoor alleen als u het account weer opent; trekt u die laptop in, dan komt het nooit aan.") in box.text()
    assert ("An Peeters blijft begeleider van 2 open aanvragen: geef ze elk in het dossier aan een collega "
            "(Toewijzen, Ctrl+Shift+W)") in box.text()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    assert row(a.db, "SELECT can_log_in FROM counsellor WHERE id = :id", id=built.counsellor.counsellor_id.hex)[0] == 1


def revoked_text(pending: int) -> str:
    return ("Deze laptop werd ingetrokken door een coördinator van het kantoor: hij synchroniseert niet meer en "
            f"Leerwinkel Desk blijft hier vergrendeld. {pending} wijzigingen van deze laptop werden nooit verstuurd en "
            "komen nooit bij het kantoor aan. Werk verder op een laptop van het kantoor die wel synchroniseert; klopt "
            "dit niet, vraag het dan aan een coördinator.")


def revoke(a, b, wipe: bool = False) -> None:
    """The coordinator of the first laptop revokes the laptop `b` (Ctrl+F9 › Intrekken, or `device revoke`)."""
    import uuid

    from leerwinkel_desk.sync import state

    a.sync.sign_in(a.actor.counsellor_id)
    a.sync.revoke(uuid.UUID(state.get(b.db, "device_id")), wipe)


def test_a_laptop_revoked_while_its_desk_is_open_locks_at_f9_for_good_saying_what_never_arrives(
        qtbot, central, service, tmp_path, clock) -> None:
    """Work done on a laptop (a new client, not sent); a coordinator revokes it. F9 hears it: the desk locks, saying
    it was revoked and how many changes never reach the office; the lock asks no passphrase and offers only closing
    the app; nothing was sent."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    KeyRing(key_file(b.db.path), {}).grant("coordinator", b.db.key, CLI_PASSPHRASE)
    let_coordinator_sign_in(b.db, clock, built.coordinator)
    b.sync.sync(built.coordinator)
    made = Clients(b.db, clock, built.coordinator).create(ClientInput("Nooit", "Verstuurd"))
    pending = row(b.db, "SELECT count(*) FROM sync_outbox")[0]
    window = open_window(qtbot, DeskContext(b.db, clock, built.coordinator, "Leerwinkel", "Coördinator",
                                            "coordinator"))
    revoke(a, b)
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=WAIT)
    lock = window.lock_screen
    assert lock.reason.text() == revoked_text(pending) and not window.centralWidget().isVisible()
    assert lock.leave is not None and lock.leave.text() == "Leerwinkel Desk &sluiten"
    assert window.sync_label.text() == "Sync: laptop ingetrokken"
    active(qtbot, lock)                     # nothing to unlock with: no passphrase, no Ontgrendelen
    assert not lock.passphrase.isVisible() and not lock.login.isVisible()
    assert [b.text() for b in lock.findChildren(QPushButton) if b.isVisible()] == ["Leerwinkel Desk &sluiten"]
    assert QApplication.focusWidget() is lock.leave and lock.leave.isDefault()
    press(qtbot, lock, Qt.Key.Key_Escape)                                   # the lock stays
    assert window.lock_screen is lock and lock.isVisible() and not window.centralWidget().isVisible()
    assert row(b.db, "SELECT count(*) FROM sync_outbox")[0] == pending
    assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id = '{made.id}'") == [{"n": 0}]


def test_a_laptop_revoked_with_a_wipe_while_its_desk_is_open_locks_at_f9_with_its_files_gone(
        qtbot, central, service, tmp_path, clock) -> None:
    """Revoked with a wipe while the desk is open: F9 hears it, the office's copy goes (the database, its key file)
    and the desk locks saying so; the status bar no longer reads the file (which would make an empty one)."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    KeyRing(key_file(b.db.path), {}).grant("coordinator", b.db.key, CLI_PASSPHRASE)
    window = open_window(qtbot, DeskContext(b.db, clock, built.coordinator, "Leerwinkel", "Coördinator",
                                            "coordinator"))
    revoke(a, b, wipe=True)
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=WAIT)
    assert "alles van het kantoor dat Leerwinkel Desk erop bewaarde, is gewist" in window.lock_screen.reason.text()
    assert not b.db.path.exists() and not key_file(b.db.path).exists()
    assert window.sync_label.text() == "Sync: laptop ingetrokken en gewist"
    qtbot.wait(500)                         # what the window does next reads no file: none made again
    assert not b.db.path.exists()


def test_a_revoked_laptop_s_desk_opens_locked_after_the_sign_in_and_a_wipe_leaves_nothing_to_open(
        qtbot, central, service, tmp_path, clock, monkeypatch) -> None:
    """A laptop revoked while it was closed: the person signs in by keys, the sign-in hears it from the service and
    the desk opens locked, saying how many changes never went up. Another, revoked with a wipe: its sign-in hears
    it, the office's copy goes (the database and its key file), one message says so and no desk opens."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    c = joined_laptop(a, service, tmp_path / "c.db")
    for laptop in (b, c):
        KeyRing(key_file(laptop.db.path), {}).grant("coordinator", laptop.db.key, CLI_PASSPHRASE)
        let_coordinator_sign_in(laptop.db, clock, built.coordinator)
        laptop.sync.sync(built.coordinator)
    Clients(b.db, clock, built.coordinator).create(ClientInput("Nooit", "Verstuurd"))
    pending = row(b.db, "SELECT count(*) FROM sync_outbox")[0]
    revoke(a, b)
    revoke(a, c, wipe=True)
    seen: dict[str, object] = {}

    def the_desk() -> int:
        desk = shown_window()
        seen["locked"] = desk.lock_screen is not None and desk.lock_screen.reason.text()
        seen["data shown"] = desk.centralWidget().isVisible()
        desk.lock_screen.done(0)
        desk.close()
        desk.deleteLater()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: sign_in_by_keys(qtbot, dialog, "coordinator",
                                                                         CLI_PASSPHRASE))
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_desk))
    laptop = b

    def open_as(login: str, passphrase: str, opened: Callable[[Database], None]) -> tuple[Database, SignedIn]:
        opened(laptop.db)
        return laptop.db, sign_in(laptop.db, clock, login, passphrase)

    assert run_main_window(open_as) == 0
    assert seen == {"locked": revoked_text(pending + 1), "data shown": False}     # with the sign-in's audit event

    told: list[str] = []

    def said(box) -> int:
        told.append(box.text())
        return 0

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", said)
    seen.clear()
    laptop = c
    path = c.db.path
    assert run_main_window(open_as) == 0
    assert seen == {} and len(told) == 1
    assert "alles van het kantoor dat Leerwinkel Desk erop bewaarde, is gewist" in told[0]
    assert not path.exists() and not key_file(path).exists()


def test_f9_while_the_central_database_is_down_says_to_try_later(qtbot, postgres_url, tmp_path, clock) -> None:
    """PostgreSQL refuses the service (its role may not log in, its connections cut): F9 says the server is not
    available just now, to try later, and the change waits in the status bar's count; F9 once it is back sends it."""
    import psycopg

    from leerwinkel_desk.sync.server.admin import libpq_url
    from leerwinkel_desk.sync.server.loopback import make_central, start_service, stop_service

    own = make_central(postgres_url)
    running = start_service(own.service_url, pool_timeout=2.0)
    try:
        a, built = first_laptop(own, running, tmp_path / "a.db", clock)
        Clients(a.db, clock, built.coordinator).create(ClientInput("Fien", "Maes"))
        window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
        messages: list[str] = []
        window.sync.finished.connect(messages.append)
        with psycopg.connect(libpq_url(own.owner_url), autocommit=True) as conn:
            conn.execute(f'ALTER ROLE "{own.role}" NOLOGIN')
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", [own.role])
        press(qtbot, window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
        assert messages == ["De synchronisatieserver is nu niet beschikbaar. Probeer het later opnieuw; de "
                            "wijzigingen blijven klaarstaan."]
        assert window.statusBar().currentMessage() == messages[0] and "· 0 te versturen" not in window.sync_label.text()
        with psycopg.connect(libpq_url(own.owner_url), autocommit=True) as conn:
            conn.execute(f'ALTER ROLE "{own.role}" LOGIN')
        press(qtbot, window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(messages) == 2, timeout=WAIT)
        assert messages[1].startswith("Gesynchroniseerd:") and "· 0 te versturen" in window.sync_label.text()
        a.sync.close()
    finally:
        stop_service(running)


class CloseEvents(QObject):
    """Counts the close events a window is given."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Close
        return False


@pytest.mark.parametrize("leaving", ["Ctrl+Q", "Afmelden"])
def test_leaving_during_a_sync_the_service_holds_ends_in_moments_and_what_it_did_not_send_goes_up_next_time(
        qtbot, central, service, tmp_path, clock, monkeypatch, leaving: str) -> None:
    """F9, and the service takes the push and never answers: Ctrl+Q (Bestand › Afsluiten) or Ctrl+Shift+Q (Bestand ›
    Afmelden) stops the sync and the desk ends within moments, not after the 60 seconds of its request. Meanwhile the
    window repaints and says what it waits for, a second Ctrl+Q and the window's × start no second close, and the
    start-of-day work still running (the backup) is waited for, never cut short. The file is closed clean (no WAL,
    noted closed); the changes are still queued, and the next sync sends them: the service, which had applied them,
    answers from what it recorded, and holds them once."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    made = Clients(a.db, clock, built.coordinator).create(ClientInput("Quinten", "Quintens"))
    path = a.db.path
    KeyRing(key_file(path), {}).grant("coordinator", a.db.key, CLI_PASSPHRASE)
    let_coordinator_sign_in(a.db, clock, built.coordinator)
    hanging = HangingService(service.url, "/v1/push")          # passes the push on, and never answers
    with a.db.write() as session:
        state.put(session, server_url=hanging.url)
    a.sync.close()
    a.db.dispose()
    held, ran = threading.Event(), []
    real_start_of_day = main_window.start_of_day

    def held_start_of_day(*args):
        held.wait(30)                   # still running when the desk closes (released during the close's wait)
        done = real_start_of_day(*args)
        ran.append("done")
        return done

    seen: dict[str, object] = {}
    sign_ins: list[SignInDialog] = []

    def sign_in_once(dialog: SignInDialog) -> int:      # after Afmelden the sign-in comes back: nobody signs in
        sign_ins.append(dialog)
        return sign_in_by_keys(qtbot, dialog, "coordinator", CLI_PASSPHRASE) if len(sign_ins) == 1 else 0

    def the_desk() -> int:
        window = shown_window()
        said: list[str] = []
        window.statusBar().messageChanged.connect(said.append)
        closes = CloseEvents()
        window.installEventFilter(closes)
        press(qtbot, window, Qt.Key.Key_F9)
        qtbot.waitUntil(hanging.hung.is_set, timeout=WAIT)

        def meanwhile() -> None:        # while the close waits: the window is there and says why; keys, the ×
            seen["while waiting"] = window.isVisible(), [m for m in said if m.startswith("Even wachten")]
            qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            window.windowHandle().close()
            held.set()

        QTimer.singleShot(1000, meanwhile)
        began = time.monotonic()
        if leaving == "Ctrl+Q":
            press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)     # Bestand › Afsluiten
        else:
            press(qtbot, window, Qt.Key.Key_Q,
                  Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)   # Bestand › Afmelden
        seen["took"] = time.monotonic() - began
        seen["closed"], seen["close events"] = not window.isVisible(), closes.count
        return exits[-1] if exits else 0                    # what the app's loop returns

    exits: list[int] = []           # the app's loop is the test's: its exit noted, not left to end the tests' loops
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    monkeypatch.setattr(main_window, "start_of_day", held_start_of_day)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_once)
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_desk))
    try:
        assert launcher.main(["--db", str(path)]) == 0
        assert seen["took"] < 10 and seen["closed"]
        # one close: the window's own (Afsluiten's, or Afmelden's at its end); Afmelden turned the two down meanwhile
        assert seen["close events"] == (1 if leaving == "Ctrl+Q" else 3)
        assert exits == ([] if leaving == "Ctrl+Q" else [SIGNED_OUT])
        assert len(sign_ins) == (1 if leaving == "Ctrl+Q" else 2)       # Afmelden: the sign-in, not the app's end
        visible, said = seen["while waiting"]
        assert visible and said[:2] == [
            "Even wachten: de synchronisatie wordt gestopt; de wijzigingen blijven klaarstaan…",
            "Even wachten: de dagelijkse back-up en de bewaartermijn worden afgerond…"]
        assert ran == ["done"]                                      # the backup was waited for
        assert not wal_path(path).exists()
        assert closed_state(path).read_text(encoding="ascii").startswith("closed")

        db = Location.of(path).open(KeyRing.load(path).unlock("coordinator", CLI_PASSPHRASE))
        try:
            assert row(db, "SELECT count(*) FROM sync_outbox WHERE row_id = :id", id=made.id.hex)[0] >= 1
            hanging.path = None                                     # the service answers again: the next sync
            next_sync = SyncClient(db)
            try:
                next_sync.sync(built.coordinator)
            finally:
                next_sync.close()
            assert row(db, "SELECT count(*) FROM sync_outbox")[0] == 0
        finally:
            db.dispose()
        assert rows_as(central.owner_url, None, f"SELECT count(*) AS n FROM client WHERE id = '{made.id}'") == [
            {"n": 1}]
    finally:
        hanging.close()
