"""The audit trail: append-only in the database itself, and a hash chain that `check` verifies."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.audit import GENESIS, event_hash
from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.models import AuditEvent


@pytest.fixture
def audited(db, clock, coordinator):
    clients = Clients(db, clock, coordinator)
    for name in ("Jan", "Piet", "Joris"):
        clients.create(ClientInput(name, "Korneel"), duplicates_checked=True)
    return db


def test_events_form_a_chain_per_office(audited) -> None:
    with audited.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    assert [e.seq for e in events] == list(range(1, len(events) + 1)) and len(events) == 5
    previous = GENESIS
    for event in events:
        assert event.prev_hash == previous
        assert event.hash == event_hash(previous, {c: getattr(event, c) for c in event.__table__.c.keys()})
        previous = event.hash
    assert maintenance.check(audited).ok


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET action = 'client.view' WHERE seq = 3",
    "DELETE FROM audit_event WHERE seq = 3",
])
def test_the_database_refuses_to_change_or_remove_an_event(audited, statement: str) -> None:
    with pytest.raises(DatabaseError, match="append-only"), audited.write() as s:
        s.execute(text(statement))
    assert maintenance.check(audited).ok


@pytest.mark.parametrize("tamper", [
    "UPDATE audit_event SET action = 'client.view' WHERE seq = 3",
    "DELETE FROM audit_event WHERE seq = 3",
    "UPDATE audit_event SET actor_id = NULL WHERE seq = 5",
])
def test_tampering_behind_the_triggers_back_makes_check_fail(audited, tamper: str) -> None:
    audited.dispose()
    raw = sqlcipher.connect(str(audited.path), isolation_level=None)
    raw.execute("DROP TRIGGER audit_event_no_update")
    raw.execute("DROP TRIGGER audit_event_no_delete")
    raw.execute(tamper)
    raw.close()
    report = maintenance.check(audited)
    assert not report.ok and any("audit chain" in p for p in report.problems)


def test_the_guard_also_holds_on_postgresql(pg_db, clock) -> None:
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.store.migrations import upgrade

    upgrade(pg_db, None)
    create_office(pg_db, clock, "Leerwinkel Centraal", "LWC", "coord", "Coördinator")
    with pytest.raises(DatabaseError, match="append-only"), pg_db.write() as s:
        s.execute(text("DELETE FROM audit_event"))
    with pg_db.read() as s:
        from leerwinkel_desk.services.audit import chain_problems

        assert chain_problems(s) == [] and len(s.scalars(select(AuditEvent.id)).all()) == 2


def test_coordinators_browse_and_filter_the_trail(audited, clock, coordinator) -> None:
    from leerwinkel_desk.domain.errors import NotAllowed
    from leerwinkel_desk.services.audit_trail import AuditFilter, AuditTrail
    from leerwinkel_desk.services.context import Actor

    trail = AuditTrail(audited, clock, coordinator)
    everything = trail.events()
    assert [e.seq for e in everything] == [5, 4, 3, 2, 1]
    creations = trail.events(AuditFilter(action="client.create"))
    assert [e.action for e in creations] == ["client.create"] * 3
    assert {e.actor for e in creations} == {"Coördinator Test"} and all(e.fields for e in creations)
    assert trail.events(AuditFilter(action="client.")) == []                  # one action exactly, not a prefix
    assert trail.events(AuditFilter(action="client.create", start=clock.now().date() + timedelta(days=1))) == []
    about_one = trail.events(AuditFilter(dossier_no=creations[0].dossier_no or "?"))
    assert [(e.action, e.subject_client_id) for e in about_one] == [("client.create", creations[0].subject_client_id)]
    with pytest.raises(NotAllowed):
        AuditTrail(audited, clock, Actor(coordinator.office_id, None, "counsellor")).events()


def test_the_audit_dialog_shows_words_and_filters_by_keyboard(qtbot, audited, clock, coordinator) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from leerwinkel_desk.ui.context import DeskContext
    from leerwinkel_desk.ui.dialogs.audit import AuditDialog
    from test_ui import open_window, press

    window = open_window(qtbot, DeskContext(audited, clock, coordinator, "Leerwinkel Test", "Coördinator Test"))
    press(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.active_dialog
    assert isinstance(dialog, AuditDialog)

    def shown() -> list[list[str]]:
        model = dialog.model
        return [[model.index(row, column).data() or "" for column in range(model.columnCount())]
                for row in range(model.rowCount())]

    screen = " ".join(" ".join(row) for row in shown())
    assert "Dossier gemaakt" in screen and "Kantoor ingericht" in screen and "Voornaam" in screen
    assert "client" not in screen and "first_name" not in screen and "Korneel" not in screen   # words, no values
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.action, timeout=2000)   # the first filter
    qtbot.keyClicks(QApplication.focusWidget(), "Dossier")          # a closed drop-down list selects as one types
    assert dialog.action.currentText() == "Dossier gemaakt"
    rows = shown()
    assert len(rows) == 3 and {row[3] for row in rows} == {"Dossier gemaakt"} and {row[4] for row in rows} == {"Cliënt"}
    number = rows[0][5]
    assert number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)      # past the person, to the dossier number
    assert QApplication.focusWidget() is dialog.dossier, QApplication.focusWidget()
    qtbot.keyClicks(QApplication.focusWidget(), number)
    assert [row[5] for row in shown()] == [number]


def audited_actions() -> set[str]:
    """Every audit action the app records, read from its source: the action argument of each call that
    records one (`audit.record`, `_audit_office`, `give_passphrase`, an import's `event`, the office settings'
    `_change`, the retention's `_apply`), and `<table>.update`/`<table>.retire` of every reference table
    edited through `_edit`/`_retire`, and the module constants that name an action."""
    import ast
    import re
    from pathlib import Path

    import leerwinkel_desk
    from leerwinkel_desk.store import models

    position = {"record": 3, "_audit_office": 0, "give_passphrase": 6, "event": 0, "_change": 1, "_apply": 1}
    found: set[str] = set()
    for path in Path(leerwinkel_desk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                    isinstance(t, ast.Name) and t.id.endswith("_ACTION") or getattr(t, "id", "") == "SYNC_ANCHOR"
                    for t in node.targets):
                found.add(node.value.value)
            if not (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name in ("_edit", "_retire") and len(node.args) > 1 and isinstance(node.args[1], ast.Name):
                table = getattr(models, node.args[1].id).__tablename__
                found.add(f"{table}.{'update' if name == '_edit' else 'retire'}")
            elif name in position and len(node.args) > position[name]:
                found |= {constant.value for constant in ast.walk(node.args[position[name]])
                          if isinstance(constant, ast.Constant) and isinstance(constant.value, str)
                          and re.fullmatch(r"[a-z_]+(\.[a-z_]+)?", constant.value)}    # not an f-string's part
    return found


def test_every_audit_action_has_its_words(qapp) -> None:
    from leerwinkel_desk.ui.audit_words import action_label, action_labels, fields_label

    actions = audited_actions()
    assert {"login", "login.failed", "client.view", "office.costs", "retention.auto", "course.retire",
            "zitdag.update", "sync.anchor", "demo.generate", "counsellor.import"} <= actions
    assert actions - action_labels().keys() == set()
    assert fields_label("first_name,name_key,passphrase_hash,requests") == "Voornaam, Wachtwoordzin, Leervragen"
    assert "nieuwere versie (tomorrow.thing)" in action_label("tomorrow.thing")


def test_every_view_print_export_merge_erasure_backup_and_login_leaves_its_event(
        db, clock, coordinator, tmp_path) -> None:
    from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.services.dossier import Dossiers
    from leerwinkel_desk.services.erasure import Erasures
    from leerwinkel_desk.services.letters import Letters
    from leerwinkel_desk.services.maintenance import Backups
    from leerwinkel_desk.services.monitoring import ReportFilter
    from leerwinkel_desk.services.monitoring_extract import MonitoringExtract
    from leerwinkel_desk.services.registration.export import RegistrationExport

    clients = Clients(db, clock, coordinator)
    jan = clients.create(ClientInput("Jan", "Korneel"), duplicates_checked=True)
    twin = clients.create(ClientInput("Jan", "Korneel"), duplicates_checked=True)
    let_coordinator_sign_in(db, clock, coordinator)

    def last_event() -> tuple[str, object, object]:
        with db.read() as s:
            event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
            return event.action, event.record_id, event.subject_client_id

    dossiers = Dossiers(db, clock, coordinator)
    steps = [
        (lambda: dossiers.header(jan.id), ("client.view", jan.id, jan.id)),
        (lambda: Letters(db, clock, coordinator, PdfLetters()).print_summary(jan.id), ("letter.print", None, jan.id)),
        (lambda: dossiers.export(jan.id), ("client.export", jan.id, jan.id)),
        (lambda: ClientMerges(db, clock, coordinator).merge(jan.id, twin.id), ("client.merge", None, None)),
        (lambda: RegistrationExport(db, clock, coordinator).export_folder(tmp_path / "export"),
         ("registration.export", coordinator.office_id, None)),
        (lambda: MonitoringExtract(db, clock, coordinator).write(
            ReportFilter(clock.now().date(), clock.now().date()), tmp_path / "extract.csv"),
         ("monitoring.extract", coordinator.office_id, None)),
        (lambda: Backups(db, clock, coordinator).make(tmp_path / "backup.db"),
         ("backup.create", coordinator.office_id, None)),
        (lambda: Erasures(db, clock, coordinator).erase(jan.id), ("client.erase", jan.id, jan.id)),
        (lambda: sign_in(db, clock, "coordinator", CLI_PASSPHRASE), ("login", coordinator.counsellor_id, None)),
    ]
    for step, (action, record_id, subject) in steps:
        step()
        found = last_event()
        assert found[0] == action
        assert record_id is None or found[1] == record_id, action
        assert subject is None or found[2] == subject, action
    assert maintenance.check(db).ok


def test_an_access_request_includes_what_colleagues_did_with_the_dossier(db, clock, coordinator) -> None:
    from casework_fixtures import build_office
    from leerwinkel_desk.services.dossier import Dossiers

    office = build_office(db, clock, coordinator)
    jan = Clients(db, clock, office.counsellor).create(ClientInput("Jan", "Korneel"), duplicates_checked=True)
    Dossiers(db, clock, office.counsellor).header(jan.id)                   # An looks at the dossier
    Clients(db, clock, coordinator).update(jan.id, ClientInput("Jan", "Korneel", phone="0470 11 22 33"))
    exported = Dossiers(db, clock, coordinator).export(jan.id)
    seen = [(e["action"], e["actor_id"]) for e in exported["audit_events"]]
    assert ("client.view", str(office.counsellor.counsellor_id)) in seen
    assert ("client.update", str(coordinator.counsellor_id)) in seen and seen[-1][0] == "client.export"
    assert all("0470" not in str(e) for e in exported["audit_events"])    # field names, never values


def test_the_action_words_follow_a_language_switch(qapp) -> None:
    """The words are built once per language, not per cell painted: a switch must still give the new words."""
    from leerwinkel_desk.ui.audit_words import action_label
    from leerwinkel_desk.ui.i18n import SOURCE_LANGUAGE, LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    assert action_label("login") == "Aangemeld"
    try:
        assert switcher.use("en")
        assert action_label("login") == "Signed in"
    finally:
        switcher.use(SOURCE_LANGUAGE)
    assert action_label("login") == "Aangemeld"
