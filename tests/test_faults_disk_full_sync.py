"""A full disk while a laptop syncs (issue 12, the suite; real PostgreSQL, the service on 127.0.0.1, the laptop's
SQLCipher file on a small tmpfs): during a push, when the service's answer comes back and its results and the
`sync.anchor` event are written in one commit; and during a first sync (a full pull), after some of its pages
and in its last transaction. Each time one clear line, nothing half-written (the file sound, the audit chain
and its anchors, the report's figures as a rebuild makes them), and the same sync succeeds once there is room."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from faults_support import fill_disk, small_disk
from leerwinkel_desk.app import join_office_database
from leerwinkel_desk.cli.problems import storage_problem
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services import audit, maintenance
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.sync_capture import FULL_PULL
from leerwinkel_desk.sync import client as sync_client
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import SyncClient
from leerwinkel_desk.sync.server.admin import libpq_url, rows_as
from leerwinkel_desk.sync.server.loopback import laptop
from leerwinkel_desk.sync.server.push import arrival_problems
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog
from sync_support import assert_converged, central, first_laptop, outbox_count, service  # noqa: F401
from test_sync_audit_anchor import anchors
from test_sync_join import PASSPHRASE as JOIN_PASSPHRASE
from test_sync_join import code_for, join_by_keys, made_files, run
from test_ui import active, open_window, press

pytestmark = pytest.mark.postgres
LEAVES = (0, 3_000, 30_000, 300_000)
WAIT = 60_000


def audit_sound(db) -> bool:
    with db.read() as session:
        return audit.chain_problems(session) == []


def figures_sound(db) -> bool:
    """The report's kept figures are what a rebuild from the rows makes."""
    with db.read() as session:
        return not any(report_figures.differences(session.connection()).values())


def test_a_full_disk_when_the_push_answer_comes_keeps_the_outbox_and_f9_again_anchors_once(
        qtbot, central, service, tmp_path: Path, clock, monkeypatch) -> None:
    with small_disk(tmp_path / "disk", "12m") as disk:
        a, built = first_laptop(central, service, disk / "a.db", clock)
        for number in range(3):
            Clients(a.db, clock, built.counsellor).create(ClientInput("Vol", f"Schijf{number}"),
                                                          duplicates_checked=True)
        waiting, anchored = outbox_count(a.db), len(anchors(a.db))
        leave: list[int] = []
        real_call = SyncClient._call

        def answered_onto_a_full_disk(self: SyncClient, path: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
            answer = real_call(self, path, *args, **kwargs)
            if path == "/v1/push" and leave:                 # the service applied the batch: now the disk fills
                fill_disk(disk, leave.pop())
            return answer

        monkeypatch.setattr(SyncClient, "_call", answered_onto_a_full_disk)
        window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
        for room in LEAVES:
            leave.append(room)
            press(qtbot, window, Qt.Key.Key_F9)
            qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
            (disk / "filler").unlink(missing_ok=True)
            message = window.statusBar().currentMessage()
            if message.startswith("Gesynchroniseerd"):
                break                        # there was room enough: it went through whole
            assert "schijf is vol" in message and "\n" not in message, message
            assert "Schijf" not in message and "Error" not in message, message
            assert outbox_count(a.db) == waiting             # the answer's results and its anchor: neither
            assert len(anchors(a.db)) == anchored
            assert maintenance.check(a.db).ok and figures_sound(a.db)
        assert room < LEAVES[-1] or message.startswith("Gesynchroniseerd")
        if not message.startswith("Gesynchroniseerd"):
            press(qtbot, window, Qt.Key.Key_F9)                # room again: the same F9 goes through
            qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
            assert window.statusBar().currentMessage().startswith("Gesynchroniseerd")
        assert outbox_count(a.db) == 0 and len(anchors(a.db)) == anchored + 1    # the replay's answer anchored once
        report = maintenance.check(a.db)
        assert report.ok, report.problems
        assert rows_as(central.owner_url, None, "SELECT count(*) AS n FROM client WHERE last_name LIKE 'Schijf%' "
                       f"AND office_id = '{built.coordinator.office_id}'")[0]["n"] == 3
        with psycopg.connect(libpq_url(central.owner_url), row_factory=dict_row) as conn:
            assert arrival_problems(conn, built.coordinator.office_id) == []
        window.close()
        a.sync.close()
        a.db.dispose()


def casework(a, built, clock) -> None:
    """Twelve clients with a request and a contact each, synced up."""
    for number in range(12):
        made = Clients(a.db, clock, built.counsellor).create(ClientInput("Eerste", f"Synchro{number}"),
                                                             duplicates_checked=True)
        Dispatch(a.db, clock, built.counsellor).answer_now(
            FirstContact(Channel.PHONE, "Welke opleiding?", client_id=made.id), "Uitgelegd")
    a.sync.sync(built.coordinator)


def enrolled_laptop(a, built, service, path: Path, clock) -> Any:
    """An office with clients, requests and contacts; a new laptop at `path` enrolled in it, its first sync to come."""
    casework(a, built, clock)
    a.sync.sign_in(a.actor.counsellor_id)
    code = a.sync.new_code()
    db = laptop(path)
    SyncClient(db, service.url).enrol(code, "new")
    return db


def pulled_and_sound(db, clock, actor) -> None:
    """A finished first sync: no flag, a cursor, a sound file, figures as a rebuild, the clients found by name."""
    assert state.get(db, FULL_PULL) is None and state.get(db, "cursor") is not None
    report = maintenance.check(db)
    assert report.ok, report.problems
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).first() is None
        assert session.execute(text(f"SELECT count(*) FROM {report_figures.REQUESTS}")).scalar() == session.execute(
            text("SELECT count(*) FROM learning_request WHERE deleted_at IS NULL")).scalar() >= 12
    assert len(Clients(db, clock, actor).search("synchro")) == 12


@pytest.mark.parametrize("where", ["after some pages", "in the last transaction"])
def test_a_first_sync_onto_a_disk_that_fills_stops_whole_and_resumes_once_there_is_room(
        central, service, tmp_path: Path, clock, monkeypatch, where: str) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    with small_disk(tmp_path / "disk", "12m") as disk:
        db = enrolled_laptop(a, built, service, disk / "new.db", clock)
        leave: list[int] = []

        def fills(after: Callable[..., Any], every: int) -> Callable[..., Any]:
            """`after`, and then the disk filled (to the room asked for) at its `every`th call."""
            calls = [0]

            def wrapped(*args: Any) -> Any:
                result = after(*args)
                calls[0] += 1
                if leave and calls[0] % every == 0:
                    fill_disk(disk, leave.pop())
                return result
            return wrapped

        if where == "after some pages":      # the third page written into its transaction, the disk then full
            monkeypatch.setattr(sync_client, "apply_page", fills(sync_client.apply_page, 3))
        else:                                # the figures made again; then the cursor, the flag gone: one commit
            monkeypatch.setattr(report_figures, "rebuild", fills(report_figures.rebuild, 1))
        reached: list[object] = []
        for room in LEAVES:
            leave.append(room)
            sync = SyncClient(db, page_rows=20)
            try:
                sync.sync()
            except Exception as error:               # what the sync raised is the subject
                assert disk_full(error), repr(error)
                line = storage_problem(error)        # what `leerwinkel-desk sync` prints
                assert line.startswith("the disk is full") and "\n" not in line
            else:
                break
            finally:
                sync.close()
                leave.clear()
                (disk / "filler").unlink(missing_ok=True)
            assert state.status(db).incomplete and state.get(db, "cursor") is None      # all or nothing
            reached.append(json.loads(state.get(db, FULL_PULL) or "null"))
            with db.read() as session:
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                if where == "in the last transaction":                # every page in, the figures not yet made
                    assert session.execute(text(f"SELECT count(*) FROM {report_figures.REQUESTS}")).scalar() == 0
            assert audit_sound(db)
        assert reached, "the disk never filled"
        if where == "after some pages":
            assert reached[0] is not None         # two pages were kept: the next sync goes on from there
        if state.status(db).incomplete:
            sync = SyncClient(db, page_rows=20)        # room again: the same sync goes on and finishes
            sync.sync()
            sync.close()
        pulled_and_sound(db, clock, a.actor)
        laptop_b = type("Laptop", (), {"db": db, "sync": None, "actor": a.actor})
        assert_converged(central, [a, laptop_b])
        db.dispose()


def test_a_join_onto_a_disk_that_fills_says_to_run_it_again_and_it_goes_on_where_it_stopped(
        central, service, tmp_path: Path, clock, monkeypatch, capsys) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    casework(a, built, clock)
    env = {"LEERWINKEL_NEW_PASSPHRASE": JOIN_PASSPHRASE}
    with small_disk(tmp_path / "disk", "12m") as disk:
        new = disk / "an.db"

        def join(code: str) -> tuple[int, str, str]:
            return run(monkeypatch, capsys, new, "join", "--server", service.url, "--code", code, "--login",
                       "an.peeters", **env)

        code = code_for(a, "an.peeters")
        filler = fill_disk(disk, 0)                    # no room for the new file: the code is not used
        done, _out, err = join(code)
        filler.unlink()
        assert done == 1 and err == "error: the disk is full; nothing was saved. Free some space and try again\n"
        assert made_files(disk, "an.db") == []

        leave: list[int] = []
        real_apply = sync_client.apply_page

        def then_full(*args: Any) -> int:
            pulled = real_apply(*args)
            if leave:
                fill_disk(disk, leave.pop())           # the office's first page written: the disk then full
            return pulled

        monkeypatch.setattr(sync_client, "apply_page", then_full)
        for room in (0, 30_000):
            leave.append(room)
            done, _out, err = join(code)
            leave.clear()
            (disk / "filler").unlink(missing_ok=True)
            if done == 0:
                break
            assert err.count("\n") == 1 and "Traceback" not in err and "Synchro" not in err, err
            assert err.startswith("error: the disk filled during the join; free some space first; run the same "
                                  "`join` again (the same code, login and passphrase): it goes on where it "
                                  "stopped"), err
            assert not new.exists() and (disk / "an.db.partial").exists()     # kept to go on with, not shown
        if done != 0:
            done, _out, err = join(code)                # room again, the same code: it goes on and ends
            assert done == 0, err
        assert made_files(disk, "an.db") == ["an.db", "an.db.keys.json"]
        close_all()
        db = Location.of(new).open(KeyRing.load(new).unlock("an.peeters", JOIN_PASSPHRASE))
        an = sign_in(db, clock, "an.peeters", JOIN_PASSPHRASE).actor
        pulled_and_sound(db, clock, an)
        db.dispose()


def test_the_wizard_says_the_disk_filled_during_the_join_and_started_again_it_goes_on(
        central, service, tmp_path: Path, clock, qtbot, monkeypatch) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    with small_disk(tmp_path / "disk", "12m") as disk:
        path = disk / "kantoor" / "leerwinkel.db"
        real_apply = sync_client.apply_page
        full = [True]                                   # once

        def then_full(*args: Any) -> int:
            pulled = real_apply(*args)
            if full and full.pop():
                fill_disk(disk, 0)                      # the office's first page written: the disk then full
            return pulled

        monkeypatch.setattr(sync_client, "apply_page", then_full)
        wizard = FirstRunDialog(lambda: None, lambda _office: None, make_join=lambda j: join_office_database(path, j))
        qtbot.addWidget(wizard)
        wizard.show()
        active(qtbot, wizard)
        press(qtbot, wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)      # Alt+A: join an office
        qtbot.waitUntil(wizard.join.isChecked)
        join_by_keys(qtbot, wizard, service.url, code_for(a, "an.peeters"))
        qtbot.waitUntil(lambda: wizard.error.isVisible() and wizard.buttons.isEnabled(), timeout=WAIT)
        (disk / "filler").unlink()
        line = wizard.error.text()
        assert line.startswith("⚠ De schijf liep vol; maak eerst ruimte vrij. Start opnieuw met dezelfde code en "
                               "wachtwoordzin: het aansluiten gaat verder waar het stopte.") and "\n" not in line, line
        assert wizard.isVisible() and not path.exists() and path.with_name("leerwinkel.db.partial").exists()
        press(qtbot, wizard.join_repeat, Qt.Key.Key_Return)                   # room again: Enter goes on
        qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted.value, timeout=WAIT)
        assert made_files(path.parent, "leerwinkel.db") == ["leerwinkel.db", "leerwinkel.db.keys.json"]
