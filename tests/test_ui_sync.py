"""Sync in the window, driven by keys: the status bar, F9 in the background, the conflict inbox (Shift+F9),
the office's laptops (Ctrl+F9); against the service on 127.0.0.1 and real SQLCipher laptops."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
from leerwinkel_desk.domain.enums import Channel, Phase, ReferralReason, Tier
from leerwinkel_desk.services.accounts import SignedIn, sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.sync.client import SyncRefused
from leerwinkel_desk.sync.join import join_office
from leerwinkel_desk.sync.server.admin import rows_as
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.start import run_main_window
from leerwinkel_desk.ui.sync_panel import ConflictInboxDialog, DevicesDialog
from sync_support import central, first_laptop, joined_laptop, row, service  # noqa: F401
from test_first_run import own_settings_and_log, shown_window  # noqa: F401 - settings and excepthook kept apart
from test_ui import active, open_window, press
from test_ui_keys import reopen_as

pytestmark = pytest.mark.postgres
WAIT = 60_000
JOIN_PASSPHRASE = "an leert elke dag iets bij in kortrijk"


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
    assert window.sync_label.text().endswith("· 1 conflicten")
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

    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    devices = active(qtbot, window.active_dialog)
    assert isinstance(devices, DevicesDialog)
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=WAIT)
    names = [devices.model.row_at(i)["name"] for i in range(2)]
    press(qtbot, devices.table, Qt.Key.Key_Down if names[0] == "a" else Qt.Key.Key_Up)
    assert devices.model.row_at(devices.table.currentIndex().row())["name"] == "b"
    press(qtbot, devices, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)     # &Intrekken
    qtbot.waitUntil(lambda: any(d["revoked_at"] for d in (devices.model.row_at(i) for i in range(2))), timeout=WAIT)
    assert devices.model.data(devices.model.index(names.index("b"), 1)) == "ingetrokken"
    press(qtbot, devices, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)     # &Voor wie: An's new laptop
    assert QApplication.focusWidget() is devices.for_whom
    qtbot.keyClicks(devices.for_whom, "An")
    assert devices.for_whom.currentData() == "an.peeters"
    press(qtbot, devices, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)     # &Code voor een nieuwe laptop
    qtbot.waitUntil(lambda: "Eenmalige code voor an.peeters" in devices.message.text(), timeout=WAIT)
    assert QApplication.activeWindow() is devices
    code = devices.message.text().rsplit(" ", 1)[1]
    with pytest.raises(SyncRefused):                                         # made for An: nobody else joins
        join_office(tmp_path / "c.db", service.url, code, "bram.desmet", JOIN_PASSPHRASE, "c", clock)
    join_office(tmp_path / "c.db", service.url, code, "an.peeters", JOIN_PASSPHRASE, "c", clock)
    assert (tmp_path / "c.db").exists()


def test_the_office_s_erasures_are_applied_at_sign_in_before_the_desk_opens(qtbot, central, service, tmp_path,
                                                                          clock, monkeypatch) -> None:
    """A client erased on another laptop: the person signs in here by keys (login, passphrase, Enter) and
    the desk that opens cannot find them, nor show them on Vandaag (whose day was read while the passphrase
    was checked, before the erasure); the file holds no name of theirs, also not queued to be sent."""
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

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        press(qtbot, dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)         # &Gebruikersnaam
        press(qtbot, dialog.login, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.login, "coordinator")
        press(qtbot, dialog.login, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)   # &Wachtwoordzin
        qtbot.keyClicks(QApplication.focusWidget(), CLI_PASSPHRASE)
        press(qtbot, dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=WAIT)
        return dialog.result()

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

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_desk))
    def open_as(login: str, passphrase: str, opened: Callable[[Database], None]) -> tuple[Database, SignedIn]:
        opened(b.db)                    # the file open: Vandaag's day is read while the passphrase is checked
        return b.db, sign_in(b.db, clock, login, passphrase)

    assert run_main_window(open_as) == 0
    assert seen["name in the file"] is None                              # erased before the desk showed anyone
    assert "VDAB Kortrijk" in seen["vandaag"] and not any("Vanquathem" in text for text in seen["vandaag"])
    assert len(seen["found"]) == 1 and "Geert Vanquathem" in str(seen["found"][0])
    assert kept.dossier_no in str(seen["found"][0])
    assert row(b.db, "SELECT last_name FROM client WHERE id = :id", id=erased.id.hex)[0] is None
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_outbox WHERE new LIKE '%Gerolf%'")).scalar() == 0
