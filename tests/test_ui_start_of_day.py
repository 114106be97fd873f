"""The start-of-day work of the open desk, driven by keys on a fake clock: a desk left open past midnight makes the
new day's backup, and a computer's date that jumped holds the retention period, said in the status bar and under
Ctrl+Shift+B, until a coordinator applies it there by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from casework_fixtures import CLI_PASSPHRASE, build_office, let_coordinator_sign_in
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.store.paths import backups_dir
from leerwinkel_desk.ui.desk import open_desk
from leerwinkel_desk.ui.dialogs.maintenance import MaintenanceDialog
from test_retention_clock import YEARS_AHEAD, answered_client, live
from test_ui_backups import ALT, answer_box
from test_ui_keys import CTRL, SHIFT, key, wait_active


def desk(qtbot, db, clock):
    window = open_desk(db, sign_in(db, clock, "coordinator", CLI_PASSPHRASE), "coordinator", clock=clock)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def test_a_desk_left_open_past_midnight_makes_the_new_day_s_backup_at_the_first_f5(qtbot, db, clock, coordinator):
    let_coordinator_sign_in(db, clock, coordinator)
    clock.at = datetime(2026, 11, 20, 22, 50, tzinfo=UTC)            # 23:50 in Brussels
    folder = backups_dir(db.path)
    window = desk(qtbot, db, clock)
    try:
        window.start_of_day_jobs.wait()
        assert (folder / "daily-2026-11-20.db").exists()
        key(qtbot, Qt.Key.Key_F5)                                       # the same day: nothing again
        window.start_of_day_jobs.wait()
        assert sorted(p.name for p in folder.glob("daily-*.db")) == ["daily-2026-11-20.db"]
        clock.at += timedelta(minutes=20)                               # 00:10 the next day in Brussels
        key(qtbot, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: (folder / "daily-2026-11-21.db").exists(), timeout=30_000)
        window.start_of_day_jobs.wait()
        qtbot.waitUntil(lambda: "Dagelijkse back-up gemaakt" in window.statusBar().currentMessage(), timeout=5000)
    finally:
        window.start_of_day_jobs.wait()
        window.close()


def test_a_date_years_ahead_is_said_at_the_start_and_the_coordinator_applies_the_period_by_hand(
        qtbot, db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    client = answered_client(db, clock, office, "Jana")
    let_coordinator_sign_in(db, clock, coordinator)
    clock.at = YEARS_AHEAD
    window = desk(qtbot, db, clock)
    try:
        window.start_of_day_jobs.wait()
        said = ("⚠ De bewaartermijn is niet toegepast en er is niets gewist, want de datum van deze computer lijkt "
                "fout: 10/01/2032 ligt ver na de vorige werkdag, 20/11/2026.")
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=5000)
        assert live(db, client)
        key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
        dialog = wait_active(qtbot, window.active_dialog)
        assert isinstance(dialog, MaintenanceDialog)
        assert dialog.automatic.text().startswith(said)
        key(qtbot, Qt.Key.Key_V, ALT)                                   # &Voorbeeld
        qtbot.waitUntil(lambda: "wist 1 cliënt volledig" in dialog.preview_text.text(), timeout=5000)
        answers: list[str] = []
        answer_box(qtbot, answers, Qt.Key.Key_Escape)                   # Nu &anonimiseren, then Escape: nothing
        key(qtbot, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=5000)
        assert "met de datum van vandaag, 10/01/2032?" in answers[0] and "1 cliënt volledig gewist" in answers[0]
        assert live(db, client) and Retention(db, clock, office.coordinator).held() is not None
        answer_box(qtbot, answers, Qt.Key.Key_T, ALT)                   # &Toepassen
        wait_active(qtbot, dialog)
        key(qtbot, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: not live(db, client), timeout=10_000)
        assert Retention(db, clock, office.coordinator).held() is None
        assert not dialog.automatic.text().startswith("⚠")
        dialog.close()
        clock.at += timedelta(days=1)
        wait_active(qtbot, window)
        key(qtbot, Qt.Key.Key_F5)                                       # the next day: the app applies it again
        qtbot.waitUntil(lambda: (backups_dir(db.path) / "daily-2032-01-11.db").exists(), timeout=30_000)
        window.start_of_day_jobs.wait()
        assert Retention(db, clock, office.coordinator).held() is None
        assert date(2032, 1, 11) == clock.at.date()
    finally:
        window.start_of_day_jobs.wait()
        window.close()
