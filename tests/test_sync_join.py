"""A new laptop joins an existing office from the command line (`join`): an empty encrypted file, enrolled with a
code the coordinator made for one colleague, the office's first sync, and that colleague's passphrase; the
refusals give one line and leave no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from leerwinkel_desk import cli
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.sync_capture import muted
from leerwinkel_desk.sync.client import SyncRefused
from sync_support import central, first_laptop, row, service  # noqa: F401

pytestmark = pytest.mark.postgres
PASSPHRASE = "an leert elke dag iets bij in kortrijk"
ACCOUNT_CLOSED = ("this account was closed by a coordinator of the office: it cannot sign in now (once a coordinator "
                  "opens it again, the same passphrase signs in here while the sync service can be reached, and the "
                  "changes not yet sent go up)")


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: Path, *args: str,
        **env: str) -> tuple[int, str, str]:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = cli.run(cli.build_parser().parse_args(["--db", str(db), *args]))
    out, err = capsys.readouterr()
    return code, out, err


def made_files(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def code_for(first, login: str) -> str:
    first.sync.sign_in(first.actor.counsellor_id)
    return str(first.sync.new_code(login))


AN = {"LEERWINKEL_USER": "an.peeters", "LEERWINKEL_PASSPHRASE": PASSPHRASE}       # An signs in to a command


def an_joins(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], first, server: str,
             laptop: Path) -> None:
    """An's laptop made by `join` with a code the first laptop's coordinator made for her."""
    joined, _out, err = run(monkeypatch, capsys, laptop, "join", "--server", server, "--code",
                            code_for(first, "an.peeters"), "--login", "an.peeters", "--name", laptop.stem,
                            LEERWINKEL_NEW_PASSPHRASE=PASSPHRASE)
    assert joined == 0, err


def test_a_colleague_joins_signs_in_sees_the_office_and_syncs_back(central, service, tmp_path, clock,
                                                                   monkeypatch, capsys) -> None:
    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    Clients(first.db, clock, office.counsellor).create(ClientInput("Eerste", "Klant"))
    first.sync.sync(first.actor)
    code = code_for(first, "an.peeters")
    laptop = tmp_path / "an.db"
    done, out, err = run(monkeypatch, capsys, laptop, "join", "--server", service.url, "--code", code,
                         "--login", "an.peeters", "--name", "laptop-an", LEERWINKEL_NEW_PASSPHRASE=PASSPHRASE)
    assert done == 0 and out.startswith("joined the office") and err == ""
    assert made_files(tmp_path, "an.db") == ["an.db", "an.db.keys.json"]
    close_all()

    location = Location.of(laptop)
    ring = location.key_ring()
    assert ring is not None and set(ring.entries) == {"an.peeters"}
    db = location.open(ring.unlock("an.peeters", PASSPHRASE))
    an = sign_in(db, clock, "an.peeters", PASSPHRASE).actor
    assert an.counsellor_id == office.counsellor.counsellor_id
    assert [c.last_name for c in Clients(db, clock, an).search("Klant")] == ["Klant"]
    Clients(db, clock, an).create(ClientInput("Tweede", "Nieuwkomer"))
    close_all()
    synced, out, err = run(monkeypatch, capsys, laptop, "sync", LEERWINKEL_USER="an.peeters",
                           LEERWINKEL_PASSPHRASE=PASSPHRASE)
    assert synced == 0 and out.startswith("pushed "), err
    first.sync.sync(first.actor)
    assert row(first.db, "SELECT last_name FROM client WHERE first_name = 'Tweede'") == ("Nieuwkomer",)


def test_a_code_lets_only_its_login_join_once_and_refusals_leave_no_file(central, service, tmp_path,
                                                                         clock, monkeypatch, capsys) -> None:
    first, _office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    with pytest.raises(SyncRefused) as unknown:
        code_for(first, "niemand")
    assert unknown.value.code == "login_unknown"
    code = code_for(first, "an.peeters")
    laptop = tmp_path / "nieuw.db"
    env = {"LEERWINKEL_NEW_PASSPHRASE": PASSPHRASE}
    other, _out, err = run(monkeypatch, capsys, laptop, "join", "--server", service.url, "--code", code,
                           "--login", "coordinator", **env)
    assert other == 1 and err.startswith("error: the enrolment code is unknown, used or expired (or made for "
                                         "another login)") and err.count("\n") == 1
    assert made_files(tmp_path, "nieuw.db") == []
    offline, _out, err = run(monkeypatch, capsys, laptop, "join", "--server", "http://127.0.0.1:9", "--code", code,
                             "--login", "an.peeters", **env)
    assert offline == 1 and err == "error: the sync service cannot be reached; nothing was made\n"
    assert made_files(tmp_path, "nieuw.db") == []
    joined, _out, err = run(monkeypatch, capsys, laptop, "join", "--server", service.url, "--code", code,
                            "--login", "an.peeters", **env)
    assert joined == 0, err                    # the refusals above did not use the code up
    again, _out, err = run(monkeypatch, capsys, tmp_path / "derde.db", "join", "--server", service.url,
                           "--code", code, "--login", "an.peeters", **env)
    assert again == 1 and "unknown, used or expired" in err and made_files(tmp_path, "derde.db") == []
    exists, _out, err = run(monkeypatch, capsys, laptop, "join", "--server", service.url, "--code", code,
                            "--login", "an.peeters", **env)
    assert exists == 1 and "already exists" in err
    close_all()
    with Location.of(laptop).open(Location.of(laptop).key_ring().unlock("an.peeters", PASSPHRASE)).read() as session:
        hashes = dict(session.execute(text("SELECT login, passphrase_hash IS NOT NULL FROM counsellor")).all())
    assert hashes == {"coordinator": False, "an.peeters": True, "bram.desmet": False, "info": False}


def join_by_keys(qtbot, wizard, server: str, code: str) -> None:
    """The join form filled in field by field by its mnemonics, for an.peeters, and sent with Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from test_ui import press

    for key, typed in ((Qt.Key.Key_R, server), (Qt.Key.Key_M, code), (Qt.Key.Key_U, "an.peeters"),
                       (Qt.Key.Key_T, PASSPHRASE), (Qt.Key.Key_E, PASSPHRASE)):
        press(qtbot, wizard, key, Qt.KeyboardModifier.AltModifier)         # each field by its mnemonic
        qtbot.keyClicks(QApplication.focusWidget(), typed)
    press(qtbot, wizard.join_repeat, Qt.Key.Key_Return)


def test_the_first_run_wizard_joins_an_office_by_keys(central, service, tmp_path, clock, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog

    from leerwinkel_desk.app import join_office_database
    from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog
    from test_ui import active, press

    first, _office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    code = code_for(first, "an.peeters")
    path = tmp_path / "kantoor" / "leerwinkel.db"
    wizard = FirstRunDialog(lambda: None, lambda _office: None, make_join=lambda j: join_office_database(path, j))
    qtbot.addWidget(wizard)
    wizard.show()
    active(qtbot, wizard)
    assert not wizard.join_form.isEnabled() and not wizard.join_form.isVisible()
    press(qtbot, wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)      # Alt+A: join an office
    qtbot.waitUntil(wizard.join.isChecked)
    assert wizard.join_form.isEnabled() and not wizard.form.isEnabled()
    assert wizard.join_form.isVisible() and not wizard.form.isVisible()        # one choice's fields at a time
    join_by_keys(qtbot, wizard, service.url, "AAAA-BBBB-CCCC")
    assert wizard.join_repeat.text() == PASSPHRASE and wizard.server.text() == service.url
    qtbot.waitUntil(lambda: "De code is onbekend" in wizard.error.text(), timeout=30000)
    assert wizard.isVisible() and not path.exists() and not list(path.parent.glob("*"))
    press(qtbot, wizard, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    QApplication.focusWidget().clear()
    qtbot.keyClicks(QApplication.focusWidget(), code)
    press(qtbot, wizard.join_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted.value, timeout=60000)
    assert wizard.login == "an.peeters"
    close_all()
    db = Location.of(path).open(Location.of(path).key_ring().unlock("an.peeters", PASSPHRASE))
    an = sign_in(db, clock, "an.peeters", PASSPHRASE).actor
    assert an.counsellor_id == _office.counsellor.counsellor_id
    db.dispose()


def test_a_full_resync_keeps_what_never_leaves_the_laptop_and_the_person_still_signs_in(
        central, service, tmp_path, clock, monkeypatch, capsys) -> None:
    """An's laptop holds a row the office does not (written behind capture's back), so the digests differ and the
    laptop pulls everything again (a full resync). Passphrase hashes never leave their laptop, so the office's
    rows bring none: the resync keeps An's, and her drafts, and she still signs in (the command line and the app's
    own sign-in). Her contact logged offline under a client the coordinator erased meanwhile arrives without its
    words (the erasure empties what waits in the outbox by its one rule, store/erased.py); it was refused until
    that scrub stopped stripping every column named like a personal one, a contact's status too."""
    from leerwinkel_desk.domain.enums import Channel
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.drafts import Drafts
    from leerwinkel_desk.services.erasure import Erasures

    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    made = Clients(first.db, clock, office.counsellor).create(ClientInput("Tom", "Vervaet"))
    request = Dispatch(first.db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "Welke opleiding?", client_id=made.id), "Uitgelegd")
    first.sync.sync(first.actor)
    laptop = tmp_path / "an.db"
    an_joins(monkeypatch, capsys, first, service.url, laptop)
    an = AN
    logged, _out, err = run(monkeypatch, capsys, laptop, "log-contact", request.request_no, "--channel", "phone",
                            "--kind", "micro", "--summary", "Teruggebeld", **an)
    assert logged == 0, err
    close_all()
    db = Location.of(laptop).open(Location.of(laptop).key_ring().unlock("an.peeters", PASSPHRASE))
    Drafts(db, clock, office.counsellor).save("session", None, {"summary": "half getypt"})
    with db.connect_for_write() as conn, conn.begin(), muted(conn):
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(provider)") if r[1] != "id"]
        conn.exec_driver_sql(f"INSERT INTO provider (id, {', '.join(columns)}) SELECT "
                             f"'ffffffffffffffffffffffffffffffff', {', '.join(columns)} FROM provider LIMIT 1")
    db.dispose()
    Erasures(first.db, clock, first.actor).erase(made.id)
    first.sync.sync(first.actor)

    synced, out, err = run(monkeypatch, capsys, laptop, "sync", **an)
    assert synced == 0 and ", refused 0, " in out and out.endswith("(full resync)\n"), (out, err)
    searched, out, err = run(monkeypatch, capsys, laptop, "search", "Vervaet", **an)
    assert searched == 0 and "Vervaet" not in out, err                  # signed in; the erased client not here
    again, out, err = run(monkeypatch, capsys, laptop, "sync", **an)
    assert again == 0 and "full resync" not in out, err                # the laptop equals the office now
    close_all()
    db = Location.of(laptop).open(Location.of(laptop).key_ring().unlock("an.peeters", PASSPHRASE))
    assert sign_in(db, clock, "an.peeters", PASSPHRASE).actor.counsellor_id == office.counsellor.counsellor_id
    assert Drafts(db, clock, office.counsellor).load("session", None) == {"summary": "half getypt"}
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM contact WHERE summary = 'Teruggebeld'")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM contact WHERE request_id = :id AND summary IS NULL"),
                               {"id": request.id.hex}).scalar() == 2      # the answer, An's micro-contact
        assert session.execute(text("SELECT count(*) FROM provider WHERE id = 'ffffffffffffffffffffffffffffffff'")
                               ).scalar() == 0
    db.dispose()


def test_an_account_closed_elsewhere_is_closed_on_the_laptop_at_its_next_sync(central, service, tmp_path, clock,
                                                                               monkeypatch, capsys) -> None:
    """The coordinator closes An's account on the first laptop and syncs. An's own laptop (she alone holds a key
    entry there) asks the service for her token at its next sync and is told: from then on she cannot sign in
    there, one line says why, and nothing else changed (her contact not yet sent stays queued, the file as it
    was). On a laptop a colleague shares, her entry goes at once and the database gets a new key; the colleague
    signs in as before."""
    from leerwinkel_desk.cli.common import WRONG_CREDENTIALS
    from leerwinkel_desk.services.accounts import SignInFailed, close_in, give_passphrase
    from leerwinkel_desk.store.models import Counsellor
    from leerwinkel_desk.sync.client import SyncClient

    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    made = Clients(first.db, clock, office.counsellor).create(ClientInput("Mira", "Claes"))
    first.sync.sync(first.actor)
    own, shared = tmp_path / "an.db", tmp_path / "gedeeld.db"
    for path in (own, shared):
        an_joins(monkeypatch, capsys, first, service.url, path)
    close_all()
    db = Location.of(shared).open(Location.of(shared).key_ring().unlock("an.peeters", PASSPHRASE))
    give_passphrase(db, office.coordinator, clock.now(), office.coordinator.counsellor_id, "coordinator",
                    "de coordinator van kortrijk", "account.passphrase")     # Bram's colleague shares this one
    db.dispose()
    an = AN
    for path in (own, shared):
        assert run(monkeypatch, capsys, path, "search", "Claes", **an)[0] == 0
    logged, _out, err = run(monkeypatch, capsys, own, "edit-client", made.dossier_no, "--phone", "0470 12 34 56", **an)
    assert logged == 0, err
    with first.db.write() as session:      # the close itself (the first laptop's test file has no key file)
        close_in(session, first.actor, session.get(Counsellor, office.counsellor.counsellor_id), clock.now())
    first.sync.sync(first.actor)

    synced, out, err = run(monkeypatch, capsys, own, "sync", **an)
    assert (synced, out, err) == (1, "", f"error: {ACCOUNT_CLOSED}\n")
    for command in (["search", "Claes"], ["edit-client", made.dossier_no, "--phone", "0470 00 00 00"], ["sync"]):
        refused, out, err = run(monkeypatch, capsys, own, *command, **an)
        assert (refused, out, err) == (1, "", f"error: {ACCOUNT_CLOSED}\n"), command
    close_all()
    db = Location.of(own).open(Location.of(own).key_ring().unlock("an.peeters", PASSPHRASE))     # kept as it was
    with pytest.raises(SignInFailed) as closed:
        sign_in(db, clock, "an.peeters", PASSPHRASE)
    assert closed.value.code == "login.closed"                     # said as such: her passphrase was typed
    assert row(db, "SELECT count(*) FROM sync_outbox WHERE tbl = 'client'")[0] == 1        # her edit, still queued
    assert row(db, "SELECT phone FROM client WHERE id = :id", id=made.id.hex)[0] == "0470 12 34 56"
    db.dispose()

    before = Location.of(shared).key_ring().unlock("coordinator", "de coordinator van kortrijk")
    db = Location.of(shared).open(before)
    sync = SyncClient(db)
    with pytest.raises(SyncRefused) as refused:
        sync.sync(office.counsellor)                                        # as An, on the shared laptop
    sync.close()
    assert refused.value.code == "person_closed"
    ring = Location.of(shared).key_ring()
    assert set(ring.entries) == {"coordinator"} and db.key != before                      # rekeyed without her
    db.dispose()
    refused_at_unlock, _out, err = run(monkeypatch, capsys, shared, "search", "Claes", **an)
    assert (refused_at_unlock, err) == (1, f"error: {WRONG_CREDENTIALS}\n")              # no entry of hers any more
    coordinator = {"LEERWINKEL_USER": "coordinator", "LEERWINKEL_PASSPHRASE": "de coordinator van kortrijk"}
    searched, out, err = run(monkeypatch, capsys, shared, "search", "Claes", **coordinator)
    assert searched == 0 and "Claes" in out, err


def test_an_account_the_office_opens_again_is_open_on_the_laptop_and_its_queued_work_goes_up(
        central, service, tmp_path, clock, monkeypatch, capsys) -> None:
    """An edits offline; the coordinator closes her account and her laptop hears it at her next sync: refused,
    her edit queued. While the account is closed her passphrase still asks the service, which still says closed:
    refused again, nothing sent. The coordinator opens the account again (a new passphrase on the first laptop)
    and syncs: on her laptop `sync` with her own passphrase asks the service with the laptop's key, is told the
    account is open, lets her in and sends what waited; the office holds her edit."""
    from leerwinkel_desk.services.accounts import close_in
    from leerwinkel_desk.store.models import Counsellor
    from leerwinkel_desk.sync.server.admin import rows_as

    first, office = first_laptop(central, service, tmp_path / "eerste.db", clock)
    made = Clients(first.db, clock, office.counsellor).create(ClientInput("Mira", "Claes"))
    first.sync.sync(first.actor)
    own = tmp_path / "an.db"
    an_joins(monkeypatch, capsys, first, service.url, own)
    logged, _out, err = run(monkeypatch, capsys, own, "edit-client", made.dossier_no, "--phone", "0470 12 34 56", **AN)
    assert logged == 0, err
    with first.db.write() as session:      # the close itself (the first laptop's test file has no key file)
        close_in(session, first.actor, session.get(Counsellor, office.counsellor.counsellor_id), clock.now())
    first.sync.sync(first.actor)
    for _ in range(2):                      # heard at the first; the second asks the service again: still closed
        assert run(monkeypatch, capsys, own, "sync", **AN) == (1, "", f"error: {ACCOUNT_CLOSED}\n")
    phone = f"SELECT phone FROM client WHERE id = '{made.id}'"
    assert rows_as(central.owner_url, None, phone) == [{"phone": None}]

    with first.db.write() as session:      # opened again, as a new passphrase in Gebruikers opens it (no key file)
        session.get(Counsellor, office.counsellor.counsellor_id).can_log_in = True
    first.sync.sync(first.actor)
    synced, out, err = run(monkeypatch, capsys, own, "sync", **AN)          # her own passphrase, on her laptop
    assert synced == 0, err
    assert rows_as(central.owner_url, None, phone) == [{"phone": "0470 12 34 56"}]
    close_all()
    db = Location.of(own).open(Location.of(own).key_ring().unlock("an.peeters", PASSPHRASE))
    assert row(db, "SELECT count(*) FROM sync_outbox WHERE tbl = 'client'")[0] == 0
    assert row(db, "SELECT can_log_in FROM counsellor WHERE id = :id", id=office.counsellor.counsellor_id.hex)[0] == 1
    db.dispose()


def test_the_central_database_down_is_said_as_such_and_the_changes_stay_queued(postgres_url, tmp_path, clock,
                                                                                monkeypatch, capsys) -> None:
    """PostgreSQL stops letting the service in (its connections cut, its role refused): the service answers 503
    `unavailable` instead of a bare 500, and the laptop says the service is unavailable, to try later, with its
    change still queued; once PostgreSQL is back the same sync sends it."""
    import psycopg

    from leerwinkel_desk.sync.server.admin import libpq_url
    from leerwinkel_desk.sync.server.loopback import make_central, start_service, stop_service

    own = make_central(postgres_url)
    running = start_service(own.service_url, pool_timeout=2.0)
    try:
        first, office = first_laptop(own, running, tmp_path / "eerste.db", clock)
        made = Clients(first.db, clock, office.counsellor).create(ClientInput("Lotte", "Deprez"))
        first.sync.sync(first.actor)
        laptop = tmp_path / "an.db"
        an_joins(monkeypatch, capsys, first, running.url, laptop)
        an = AN
        edited, _out, err = run(monkeypatch, capsys, laptop, "edit-client", made.dossier_no, "--phone", "0470 11 22 33",
                                **an)
        assert edited == 0, err

        def service_role(may_log_in: bool) -> None:
            with psycopg.connect(libpq_url(own.owner_url), autocommit=True) as conn:
                conn.execute(f'ALTER ROLE "{own.role}" {"LOGIN" if may_log_in else "NOLOGIN"}')
                if not may_log_in:
                    conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                                 [own.role])

        service_role(False)
        down, out, err = run(monkeypatch, capsys, laptop, "sync", **an)
        assert (down, out, err) == (1, "", "error: the sync service is unavailable just now; try again later (the "
                                           "changes stay queued for the next sync)\n")
        service_role(True)
        up, out, err = run(monkeypatch, capsys, laptop, "sync", **an)
        assert up == 0 and out.startswith("pushed ") and not out.startswith("pushed 0"), err
        first.sync.sync(first.actor)
        assert row(first.db, "SELECT phone FROM client WHERE id = :id", id=made.id.hex) == ("0470 11 22 33",)
        first.sync.close()
    finally:
        close_all()
        stop_service(running)
