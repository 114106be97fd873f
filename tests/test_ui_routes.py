"""Issue 15: the parts of the service reached from the main window by keys, on a real temporary database
(referral out with the loop closed, ...), and their command-line twins run as real processes."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from casework_fixtures import CLI_ENV, build_office, let_coordinator_sign_in
from conftest import FixedClock
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active
from PySide6.QtCore import Qt
from sqlalchemy import select

from leerwinkel_desk.domain.enums import ReferralReason
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import ReferralOut


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300, env=CLI_ENV)


def timeline_rows(window) -> list[list[str]]:
    model = window.dossier.timeline_model
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]


# --- route 1: referral out, the loop on Vandaag, closed from the dossier -----------------------
def test_ctrl_d_refers_out_vandaag_lists_the_open_loop_and_ctrl_shift_d_closes_it(qtbot, window, db, clock,
                                                                                   office) -> None:
    answered(db, clock, office.counsellor, "Yusuf", "Demir")
    open_dossier_by_search(qtbot, window, "demir")
    key(qtbot, Qt.Key.Key_D, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.reason_code.value() is ReferralReason.WORK           # the reason first, work by default
    assert form.partner.currentText().startswith("VDAB Kortrijk")      # the usual partner for work first
    key(qtbot, Qt.Key.Key_T, ALT)                                      # Alt+T: Toelichting
    typed(qtbot, "Zoekt eerst werk, afspraak bij de bemiddelaar")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        referral = s.scalars(select(ReferralOut)).one()
        assert (referral.partner_id, referral.reason_code, referral.loop_closed_on) == (
            office.vdab_id, ReferralReason.WORK, None)
    row = next(r for r in timeline_rows(window) if r[1] == "Doorverwijzing")
    assert row[5] == "VDAB Kortrijk" and row[6] == "werk zoeken: Zoekt eerst werk, afspraak bij de bemiddelaar"
    assert "Doorverwezen naar VDAB Kortrijk" in window.statusBar().currentMessage()

    key(qtbot, Qt.Key.Key_1, CTRL)                                     # Vandaag: the loop is open
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.loops.rowCount() == 1, timeout=5000)
    shown = [today.loops.index(0, c).data() for c in range(today.loops.columnCount())]
    assert shown[1:4] == ["Yusuf Demir", "VDAB Kortrijk", "werk zoeken"]

    open_dossier_by_search(qtbot, window, "demir")
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert "VDAB Kortrijk" in form.referral.currentText()
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Niet aangekomen
    qtbot.waitUntil(form.not_arrived.isChecked, timeout=2000)
    key(qtbot, Qt.Key.Key_O, ALT)                                      # Alt+O: Notitie
    typed(qtbot, "Niet gegaan, nieuwe afspraak")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        referral = s.scalars(select(ReferralOut)).one()
        assert (referral.happened, referral.loop_closed_on, referral.loop_note) == (
            False, local_today(clock), "Niet gegaan, nieuwe afspraak")
    row = next(r for r in timeline_rows(window) if r[1] == "Doorverwijzing opgevolgd")
    assert row[5] == "VDAB Kortrijk" and row[6] == "niet aangekomen: Niet gegaan, nieuwe afspraak"
    key(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: today.loops.rowCount() == 0, timeout=5000)


def test_ctrl_d_proposes_the_integration_agency_for_weak_dutch(qtbot, window, db, clock, office) -> None:
    from leerwinkel_desk.domain.enums import OrganisationType
    from leerwinkel_desk.services.social_map import SocialMap

    SocialMap(db, clock, office.coordinator).add_partner("Agentschap Integratie West", OrganisationType.INTEGRATION_AGENCY)
    answered(db, clock, office.counsellor, "Amina", "Haddad")
    open_dossier_by_search(qtbot, window, "haddad")
    key(qtbot, Qt.Key.Key_D, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_Down)                                        # the reason: Nederlands nog te zwak
    assert form.reason_code.value() is ReferralReason.DUTCH
    assert form.partner.currentText().startswith("Agentschap Integratie West")


# --- the command-line twins ---------------------------------------------------------------
@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("routes") / "office.db"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))
    coordinator = create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "Coördinator Proef")
    let_coordinator_sign_in(db, clock, coordinator)
    office = build_office(db, clock, coordinator)
    _client, request = answered(db, clock, office.counsellor, "Lotte", "Maes")
    db.dispose()
    return path, request.request_no


def test_cli_refer_out_open_loops_and_close_loop(office_db) -> None:
    path, number = office_db
    result = cli(path, "refer-out", number, "--partner", "vdab", "--reason", "work", "--note", "Naar de bemiddelaar")
    assert result.returncode == 0, result.stderr
    assert "referred to VDAB Kortrijk" in result.stdout
    listed = cli(path, "open-loops")
    assert listed.returncode == 0 and f"{number}\tVDAB Kortrijk\twork" in listed.stdout
    assert "Maes" not in listed.stdout                               # no client names in the list
    wrong = cli(path, "close-loop", number, "--arrived", "--partner", "Sociaal Huis")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "0 open referrals" in wrong.stderr
    closed = cli(path, "close-loop", number, "--arrived", "--note", "Partner bevestigt")
    assert closed.returncode == 0, closed.stderr
    assert cli(path, "open-loops").stdout == ""
    db = open_sqlite(path, _key(path))
    try:
        coordinator_view = Referrals(db, FixedClock(datetime.now(UTC)), _coordinator(db))
        assert coordinator_view.open_loops() == []
        with db.read() as s:
            referral = s.scalars(select(ReferralOut)).one()
            assert (referral.happened, referral.loop_note, referral.reason) == (True, "Partner bevestigt",
                                                                                "Naar de bemiddelaar")
    finally:
        db.dispose()


def _key(path: Path) -> bytes | None:
    from leerwinkel_desk.store.keyring import KeyRing

    ring = KeyRing.load(path.resolve())
    return ring.unlock("coordinator", CLI_ENV["LEERWINKEL_PASSPHRASE"]) if ring.exists() else None


def _coordinator(db):
    from leerwinkel_desk.services.offices import default_actor
    from leerwinkel_desk.store.models import Office

    with db.read() as s:
        office_id = s.scalars(select(Office.id)).one()
    return default_actor(db, office_id)
