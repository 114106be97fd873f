"""Issue 15, the smaller leftovers: a course corrected on the command line; retiring reference data asks
first (Escape keeps it); the subscribable .ics file follows when sessions change, not only on export."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from casework_fixtures import CLI_ENV, build_office, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk.domain.enums import Delivery
from leerwinkel_desk.services.agenda_feed import AgendaFeed
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Course, PartnerOrganisation
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, typed, wait_active
from test_ui_routes import coordinator_window  # noqa: F401 - the coordinator's window


def test_cli_course_edit_changes_what_is_given_and_keeps_the_rest(tmp_path) -> None:
    path = tmp_path / "office.db"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))
    coordinator = create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "Coördinator Proef")
    let_coordinator_sign_in(db, clock, coordinator)
    build_office(db, clock, coordinator)
    with db.read() as s:
        before = s.scalars(select(Course).order_by(Course.title)).first()
    db.dispose()
    done = subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), "course", "edit", before.title,
                           "--rename", "Boekhouden (avond)", "--evenings", "--no-daytime", "--cost", "120",
                           "--delivery", "hybrid"], capture_output=True, text=True, timeout=300, env=CLI_ENV)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("course updated: Boekhouden (avond)")
    db = open_sqlite(path, _key(path))
    try:
        with db.read() as s:
            after = s.get(Course, before.id)
            assert (after.title, after.evenings, after.daytime, after.cost_eur, after.delivery) == (
                "Boekhouden (avond)", True, False, Decimal("120.00"), Delivery.HYBRID)
            assert (after.provider_id, after.eqf_level, after.dutch_level_required, after.next_start) == (
                before.provider_id, before.eqf_level, before.dutch_level_required, before.next_start)
    finally:
        db.dispose()


def _key(path):
    from leerwinkel_desk.store.keyring import KeyRing

    ring = KeyRing.load(path.resolve())
    return ring.unlock("coordinator", CLI_ENV["LEERWINKEL_PASSPHRASE"]) if ring.exists() else None


def test_retiring_a_partner_asks_first_and_escape_keeps_it(qtbot, coordinator_window, db) -> None:
    window = coordinator_window
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_1, ALT)                                      # the list: the first partner chosen
    key(qtbot, Qt.Key.Key_Down)
    name = form.items.currentItem().text()
    key(qtbot, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: form.confirm_box is not None and form.confirm_box.isVisible(), timeout=3000)
    wait_active(qtbot, form.confirm_box)
    key(qtbot, Qt.Key.Key_Escape)                                      # no: kept in service
    qtbot.waitUntil(lambda: form.confirm_box is None or not form.confirm_box.isVisible(), timeout=3000)
    with db.read() as s:
        assert all(p.retired_on is None for p in s.scalars(select(PartnerOrganisation)))
    assert any(form.items.item(i).text() == name for i in range(form.items.count()))


def test_booking_a_session_refreshes_the_subscribed_ics_file(qtbot, window, db, clock, office) -> None:
    feed = AgendaFeed(db, clock, office.counsellor).write(office.counsellor.counsellor_id)    # subscribed once
    client = Clients(db, clock, office.counsellor).create(ClientInput("Ilse", "Wyffels"))
    assert client.dossier_no not in feed.read_text(encoding="utf-8")
    open_dossier_by_search(qtbot, window, "wyffels")
    key(qtbot, Qt.Key.Key_N, CTRL)                                     # a first contact for this client
    form = wait_active(qtbot, window.active_dialog)
    assert form.question.hasFocus()
    typed(qtbot, "Wil een opleiding boekhouden")
    key(qtbot, Qt.Key.Key_G, ALT)                                      # Alt+G: the open dossier's client
    qtbot.waitUntil(lambda: not form.anonymous.isChecked(), timeout=3000)
    key(qtbot, Qt.Key.Key_I, CTRL)                                     # Ctrl+I: book the intake
    qtbot.waitUntil(lambda: client.dossier_no in feed.read_text(encoding="utf-8"), timeout=10000)
    assert "Wyffels" not in feed.read_text(encoding="utf-8")
