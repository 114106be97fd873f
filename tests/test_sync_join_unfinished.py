"""A join that never finished, seen from every side: a retry with another passphrase takes the unfinished device's
place (one device, never two); the coordinator sees such a laptop in words ("aansluiten nooit afgerond", `device
list`) and removes it by keys, after which its code lets nobody in; the previous app version's laptops still enrol
and sync, their join finished at their first token; an office's first laptop whose enrolment answer was lost asks
again and is the same device; the wizard says a join stopped because the service went away, and goes on from
where it stopped when started again. Against the service on 127.0.0.1 and real SQLCipher files."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from leerwinkel_desk import cli
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.sync import client as sync_client
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import SyncClient, SyncRefused, start_capture
from leerwinkel_desk.sync.server.admin import administrator_code, libpq_url, rows_as
from leerwinkel_desk.sync.server.loopback import laptop, make_central, start_service, stop_service
from leerwinkel_desk.sync.wire import PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER, SCHEMA_PREVIOUS
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.sync_panel import DevicesDialog
from sync_support import LosingTransport, central, first_laptop, office_code, service  # noqa: F401
from test_sync_join_kill import PASSPHRASE, code_for, devices, files, join_again, killed_join
from test_ui import active, open_window, press

pytestmark = pytest.mark.postgres
WAIT = 60_000


def office_with_clients(central, service, tmp_path: Path, clock, count: int = 12):
    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    for i in range(count):
        Clients(first.db, clock, office.counsellor).create(ClientInput(f"Klant{i}", f"Kantoor{i}"),
                                                           duplicates_checked=True)
    first.sync.sync(first.actor)
    return first, office


def test_run_again_with_another_passphrase_takes_the_unfinished_device_s_place(central, service, tmp_path, clock,
                                                                                monkeypatch, capsys) -> None:
    first, office = office_with_clients(central, service, tmp_path, clock)
    code = code_for(first, "an.peeters")
    laptop_path = tmp_path / "an.db"
    killed_join(laptop_path, service.url, code, "pulling", tmp_path / "marker")
    ghost = devices(central, office.coordinator.office_id)[-1]
    assert ghost["name"] == "an" and ghost["joined_at"] is None

    other = "een heel andere zin voor dezelfde laptop"          # the half-made file does not open with it
    done, out, err = join_again(monkeypatch, capsys, laptop_path, service.url, code, other)
    assert done == 0 and out.startswith("joined the office"), err
    assert files(tmp_path, "an.db") == ["an.db", "an.db.keys.json"]
    known = devices(central, office.coordinator.office_id)
    assert [d["name"] for d in known] == ["eerste", "an"] and ghost["id"] not in [d["id"] for d in known]
    assert all(d["joined_at"] is not None for d in known)
    close_all()
    location = Location.of(laptop_path)
    db = location.open(location.key_ring().unlock("an.peeters", other))
    an = sign_in(db, clock, "an.peeters", other).actor
    assert len(Clients(db, clock, an).search("Kantoor")) == 12
    sync = SyncClient(db)
    sync.sync(an)                       # the new device works; the one it replaced is gone from the service
    sync.close()
    db.dispose()


def test_the_coordinator_sees_a_join_that_never_finished_in_words_and_removes_it_by_keys(
        qtbot, central, service, tmp_path, clock, monkeypatch, capsys) -> None:
    first, office = office_with_clients(central, service, tmp_path, clock, count=0)
    code = code_for(first, "an.peeters")
    killed_join(tmp_path / "an.db", service.url, code, "answered", tmp_path / "marker")

    window = open_window(qtbot, DeskContext(first.db, clock, office.coordinator, "Leerwinkel", "Coördinator"))
    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, window.active_dialog)
    assert isinstance(dialog, DevicesDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    state = 2                                                               # Naam, Persoon, Toestand
    states = {dialog.model.data(dialog.model.index(i, 0)): dialog.model.data(dialog.model.index(i, state))
              for i in range(2)}
    assert states == {"eerste": "actief", "an": "aansluiten nooit afgerond"}
    assert dialog.table.currentIndex().row() == 0 and not dialog.remove_button.isEnabled()   # "eerste": joined
    press(qtbot, dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)     # Ve&rwijderen: not for a joined one
    assert dialog.model.rowCount() == 2
    press(qtbot, dialog.table, Qt.Key.Key_Down)
    assert dialog.remove_button.isEnabled()
    assert dialog.message.text().startswith("an begon aan te sluiten maar raakte nooit klaar: de eerste synchronisatie")
    press(qtbot, dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)     # Ve&rwijderen
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert dialog.model.data(dialog.model.index(0, 0)) == "eerste"
    assert dialog.message.text() == "1 laptop"                             # not "1 laptops"
    seen = dialog.model.data(dialog.model.index(0, state + 1))            # Belgian time, as every moment shown
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", seen), seen
    assert [d["name"] for d in devices(central, office.coordinator.office_id)] == ["eerste"]
    press(qtbot, dialog, Qt.Key.Key_Escape)

    refused, _out, err = join_again(monkeypatch, capsys, tmp_path / "an.db", service.url, code)
    assert refused == 1 and "unknown, used or expired" in err and err.endswith("; nothing was made\n"), err
    assert files(tmp_path, "an.db") == []                      # the half-made file went with its device
    assert [d["name"] for d in devices(central, office.coordinator.office_id)] == ["eerste"]
    joined, _out, err = join_again(monkeypatch, capsys, tmp_path / "an.db", service.url,
                                   code_for(first, "an.peeters"))
    assert joined == 0, err                                    # with a new code: joined
    first.sync.sign_in(first.actor.counsellor_id)
    with pytest.raises(SyncRefused) as joined_refused:         # a laptop that joined is revoked, never removed
        first.sync.remove(uuid.UUID(str(devices(central, office.coordinator.office_id)[-1]["id"])))
    assert joined_refused.value.code == "device_joined"


def coordinator_cli(monkeypatch, capsys, first, clock, *args: str) -> tuple[int, str, str]:
    """A command on the first laptop's file as its coordinator, given a passphrase and a key file for it (the
    command closes every database of the process when it ends: `first` is not used after it)."""
    from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
    from leerwinkel_desk.store.keyring import KeyRing, key_file

    KeyRing(key_file(first.db.path), {}).grant("coordinator", first.db.key, CLI_PASSPHRASE)
    let_coordinator_sign_in(first.db, clock, first.actor)
    monkeypatch.setenv("LEERWINKEL_USER", "coordinator")
    monkeypatch.setenv("LEERWINKEL_PASSPHRASE", CLI_PASSPHRASE)
    first.sync.close()
    done = cli.run(cli.build_parser().parse_args(["--db", str(first.db.path), *args]))
    out, err = capsys.readouterr()
    return done, out, err


def test_the_previous_app_version_still_enrols_and_its_join_finishes_at_its_first_token(
        central, service, tmp_path, clock, monkeypatch, capsys) -> None:
    """A laptop of the previous version sends protocol 1, schema 0014 and no device of its own: it is registered
    as before, its join counted finished at its first token (until then `device list` says it never finished).
    Its enrolment asked again after a lost answer (it cannot name the same device) takes the unfinished device's
    place: one device."""
    first, office = office_with_clients(central, service, tmp_path, clock, count=1)
    code = code_for(first, "an.peeters")
    old = {PROTOCOL_HEADER: str(PROTOCOL - 1), SCHEMA_HEADER: SCHEMA_PREVIOUS}
    keys = [Ed25519PrivateKey.generate() for _ in range(2)]
    answers = [httpx.post(f"{service.url}/v1/enrol", headers=old, json={
        "code": code, "name": "oud", "login": "an.peeters", "counters": [],
        "public_key": key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()}) for key in keys]
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    known = devices(central, office.coordinator.office_id)
    assert [(d["name"], d["joined_at"] is None) for d in known] == [("eerste", False), ("oud", True)]
    assert str(known[1]["id"]) == answers[1].json()["device_id"] != answers[0].json()["device_id"]
    listed, out, err = coordinator_cli(monkeypatch, capsys, first, clock, "device", "list")
    assert listed == 0, err
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert "  active  " in lines["eerste"]
    assert "  join never finished (remove it with `device remove ID`)  " in lines["oud"]

    db = laptop(tmp_path / "oud.db")                 # what the previous version kept of its answer
    answer = answers[1].json()
    with db.write() as session:
        state.put(session, device_id=answer["device_id"], office_id=answer["office_id"], server_url=service.url,
                  enrolled_by=answer["enrolled_by"], private_key=keys[1].private_bytes(
                      Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex())
        start_capture(session.connection())
    previous = SyncClient(db, protocol=PROTOCOL - 1, schema=SCHEMA_PREVIOUS)
    previous.sign_in(office.counsellor.counsellor_id)
    assert devices(central, office.coordinator.office_id)[1]["joined_at"] is not None
    previous.sync(office.counsellor)
    previous.close()
    assert Clients(db, clock, office.counsellor).search("Kantoor0")
    db.dispose()


def test_an_office_s_first_laptop_whose_enrolment_answer_was_lost_asks_again_as_the_same_device(
        central, service, tmp_path, clock) -> None:
    from casework_fixtures import build_office
    from leerwinkel_desk.services.offices import create_office

    db = laptop(tmp_path / "kantoor.db")
    code = office_code()
    coordinator = create_office(db, clock, f"Leerwinkel {code}", code, "coordinator", "Coördinator")
    built = build_office(db, clock, coordinator)
    Clients(db, clock, built.counsellor).create(ClientInput("Eerste", "Nummer"))
    enrolment = administrator_code(central.owner_url, code)
    losing = LosingTransport()
    losing.lose = 1                                   # the service registers it; the answer never arrives
    sync = SyncClient(db, service.url, transport=losing)
    with pytest.raises(sync_client.Unreachable):
        sync.enrol(enrolment, "kantoor")
    waiting = json.loads(state.get(db, sync_client.ENROLLING) or "{}")
    assert state.get(db, "device_id") is None and waiting["device_id"]
    again = sync.enrol(enrolment, "kantoor")         # the same code: the same device, the same answer
    assert str(again) == waiting["device_id"] and state.get(db, sync_client.ENROLLING) is None
    sync.sync(coordinator)
    sync.close()
    known = devices(central, coordinator.office_id)
    assert [(str(d["id"]), d["joined_at"] is not None) for d in known] == [(str(again), True)]
    leased = rows_as(central.owner_url, None, "SELECT device_id, count(*) AS n FROM sync_number_lease "
                                              f"WHERE office_id = '{coordinator.office_id}' GROUP BY device_id")
    assert [str(r["device_id"]) for r in leased] == [str(again)]
    assert rows_as(central.owner_url, None, "SELECT count(*) AS n FROM client WHERE office_id = "
                                            f"'{coordinator.office_id}'")[0]["n"] == 1
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0
    db.dispose()


def test_the_wizard_says_the_join_stopped_when_the_service_went_away_and_goes_on_when_started_again(
        qtbot, postgres_url, tmp_path, clock, monkeypatch) -> None:
    """Half-way through the first pull the central database stops letting the service in (the service answers
    "unavailable"): the wizard says the join stopped and to start again with the same code, no database is there
    to sign in to, and the half-made file waits. Started again once it is back: it goes on where it stopped."""
    from leerwinkel_desk.app import join_office_database
    from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog
    from test_sync_join import join_by_keys

    own = make_central(postgres_url)
    running = start_service(own.service_url, pool_timeout=2.0)

    def service_role(may_log_in: bool) -> None:
        with psycopg.connect(libpq_url(own.owner_url), autocommit=True) as conn:
            conn.execute(f'ALTER ROLE "{own.role}" {"LOGIN" if may_log_in else "NOLOGIN"}')
            if not may_log_in:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", [own.role])

    try:
        first, office = office_with_clients(own, running, tmp_path, clock)
        code = code_for(first, "an.peeters")
        path = tmp_path / "kantoor" / "leerwinkel.db"
        pages = [0]
        made, real_apply = SyncClient.__init__, sync_client.apply_page

        def small_pages(self, *args, **options):
            options.setdefault("page_rows", 5)
            made(self, *args, **options)

        def then_gone(*args):
            pages[0] += 1
            if pages[0] == 2:                       # the first page kept: then the central database goes away
                service_role(False)
            return real_apply(*args)

        monkeypatch.setattr(SyncClient, "__init__", small_pages)
        monkeypatch.setattr(sync_client, "apply_page", then_gone)
        wizard = FirstRunDialog(lambda: None, lambda _office: None,
                                make_join=lambda joining: join_office_database(path, joining))
        qtbot.addWidget(wizard)
        wizard.show()
        active(qtbot, wizard)
        press(qtbot, wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)      # Alt+A: join an office
        qtbot.waitUntil(wizard.join.isChecked)
        join_by_keys(qtbot, wizard, running.url, code)
        qtbot.waitUntil(lambda: wizard.error.isVisible() and wizard.buttons.isEnabled(), timeout=WAIT)
        assert wizard.error.text() == (
            "⚠ De server is nu niet beschikbaar. Start opnieuw met dezelfde code en wachtwoordzin: het "
            "aansluiten gaat verder waar het stopte. De gegevens van het kantoor verschijnen pas als ze er "
            "allemaal zijn.")
        assert wizard.isVisible() and not path.exists()
        assert {"leerwinkel.db.partial", "leerwinkel.db.partial.keys.json"} <= set(files(path.parent, "leerwinkel"))
        service_role(True)
        pages[0] = 10
        press(qtbot, wizard, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)        # the same code, again
        assert QApplication.focusWidget() is wizard.join_code and wizard.join_code.text() == code
        press(qtbot, wizard.join_code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted.value, timeout=WAIT)
        assert files(path.parent, "leerwinkel.db") == ["leerwinkel.db", "leerwinkel.db.keys.json"]
        close_all()
        db = Location.of(path).open(Location.of(path).key_ring().unlock("an.peeters", PASSPHRASE))
        an = sign_in(db, clock, "an.peeters", PASSPHRASE).actor
        assert len(Clients(db, clock, an).search("Kantoor")) == 12
        assert [d["joined_at"] is not None for d in devices(own, office.coordinator.office_id)] == [True, True]
        db.dispose()
        first.sync.close()
    finally:
        close_all()
        stop_service(running)
