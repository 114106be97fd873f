"""Issue 15, item 5: the Settings dialog (Ctrl+,), driven by keys on a real temporary database: this computer's
language and idle lock for everyone, the office's letterhead, figures and backup folder for coordinators."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from leerwinkel_desk.domain.enums import Tier
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.office_settings import second_copy
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.store import backup as store_backup
from leerwinkel_desk.store.models import AuditEvent, Office
from leerwinkel_desk.ui.dialogs.sign_in import IDLE_MINUTES_KEY, IdleLock
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, key, typed, wait_active
from test_ui_routes import coordinator_window, replace_text  # noqa: F401 - the coordinator's window


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """Qt's settings of this test in a folder of its own, never the person's."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()
    yield
    QSettings().clear()


def open_settings(qtbot, window):
    key(qtbot, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=3000)
    return wait_active(qtbot, window.active_dialog)


def test_a_counsellor_sets_the_idle_lock_for_this_computer_and_sees_no_office_tabs(qtbot, window) -> None:
    window.idle_lock = IdleLock(5, window.lock, window)
    form = open_settings(qtbot, window)
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == ["&Deze computer"]
    key(qtbot, Qt.Key.Key_V, ALT)                                      # Alt+V: Vergrendelen na
    replace_text(qtbot, "12")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=3000)
    assert int(QSettings().value(IDLE_MINUTES_KEY)) == 12
    assert window.idle_lock.timer.interval() == 12 * 60_000


def test_a_coordinator_sets_the_letterhead_the_costs_and_a_backup_folder_that_is_read_back(
        qtbot, coordinator_window, db, clock, office, tmp_path) -> None:
    window = coordinator_window
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    form = open_settings(qtbot, window)
    key(qtbot, Qt.Key.Key_R, ALT)                                      # Alt+R: the Briefhoofd tab
    key(qtbot, Qt.Key.Key_S, ALT)                                      # Alt+S: Straat en nummer
    typed(qtbot, "Doorniksewijk 12")
    key(qtbot, Qt.Key.Key_P, ALT)
    typed(qtbot, "8500")
    key(qtbot, Qt.Key.Key_G, ALT)
    typed(qtbot, "Kortrijk")
    key(qtbot, Qt.Key.Key_K, ALT)                                      # Alt+K: the Kantoor tab
    key(qtbot, Qt.Key.Key_U, ALT)
    replace_text(qtbot, "5,50")
    key(qtbot, Qt.Key.Key_1, ALT)                                      # the cost per request of tier 1
    replace_text(qtbot, "20")
    key(qtbot, Qt.Key.Key_T, ALT)                                      # Bewaartermijn
    replace_text(qtbot, "7")
    key(qtbot, Qt.Key.Key_M, ALT)                                      # Back-upmap
    typed(qtbot, str(stick))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=10000)
    assert form.result() == form.DialogCode.Accepted.value
    with db.read() as s:
        row = s.get(Office, office.coordinator.office_id)
        assert (row.street, row.postcode, row.municipality) == ("Doorniksewijk 12", "8500", "Kortrijk")
        assert (row.cost_information, row.cost_mediation, row.backup_folder) == (Decimal("20.00"), None, str(stick))
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.at)]
    assert {"office.address", "office.costs", "office.backup_folder", "office.hourly_contribution",
            "retention.period"} <= set(actions)
    assert Contributions(db, clock, office.coordinator).office_rate() == Decimal("5.50")
    assert Retention(db, clock, office.coordinator).period() == 7
    first = sorted(stick.glob("LWT-*/manual-*.db"))                       # the office's own folder in it
    assert len(first) == 1 and store_backup.read_back(first[0], db.key) == []
    report = Monitoring(db, clock, office.coordinator).report(ReportFilter(date(2020, 1, 1), date(2030, 1, 1)))
    assert report.cost_per_request[Tier.INFORMATION] == Decimal(20)
    assert report.cost_per_request[Tier.TRAJECTORY] == Decimal(114)       # not set: the blueprint's
    made = second_copy(db, office.coordinator.office_id, date(2026, 12, 7))
    assert made is not None and made.parent == first[0].parent and store_backup.read_back(made, db.key) == []


def test_a_backup_folder_that_cannot_be_written_is_refused_on_its_tab(qtbot, coordinator_window, db, office,
                                                                     tmp_path) -> None:
    window = coordinator_window
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    form = open_settings(qtbot, window)
    key(qtbot, Qt.Key.Key_K, ALT)
    key(qtbot, Qt.Key.Key_M, ALT)
    typed(qtbot, str(not_a_folder / "sub"))
    key(qtbot, Qt.Key.Key_R, ALT)                                      # elsewhere when saving
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert form.error.text().startswith("⚠ Back-upmap: In deze map kan geen back-up geschreven worden")
    assert form.tabs.currentIndex() == 2 and window.active_dialog is form
    with db.read() as s:
        assert s.get(Office, office.coordinator.office_id).backup_folder is None


def test_cli_office_settings_sets_the_letterhead_costs_and_a_backup_folder(tmp_path) -> None:
    import subprocess
    import sys
    from datetime import UTC, datetime

    from casework_fixtures import CLI_ENV, let_coordinator_sign_in
    from conftest import FixedClock
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.store.engine import open_sqlite
    from leerwinkel_desk.store.migrations import upgrade

    path, stick = tmp_path / "office.db", tmp_path / "stick"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))
    let_coordinator_sign_in(db, clock, create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "C"))
    db.dispose()
    done = subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), "office-settings",
                           "--street", "Doorniksewijk 12", "--cost-tier2", "50", "--backup-folder", str(stick)],
                          capture_output=True, text=True, timeout=300, env=CLI_ENV)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "street: Doorniksewijk 12" in lines and "cost tier 2: 50.00 EUR" in lines
    assert "cost tier 3: 114.00 EUR" in lines and f"backup folder: {stick.resolve()}" in lines
    assert lines[0].startswith("backup written and read back: ") and len(list(stick.glob("LWP-*/manual-*.db"))) == 1

    def office_settings(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), "office-settings", *options],
                              capture_output=True, text=True, timeout=300, env=CLI_ENV)

    for refused, said in ((("--name", "Foo", "--cost-tier1", "-5"), "cost_information: negative"),
                          (("--name", "Foo", "--cost-tier1", "NaN"), "cost_information: format"),
                          (("--name", "Foo", "--backup-folder", str(stick / "x" / "y")), "backup_folder")):
        done = office_settings(*refused)
        assert done.returncode == 1 and said in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    shown = office_settings().stdout.splitlines()       # nothing of the refused commands was saved
    assert "name: Leerwinkel Proef" in shown and "cost tier 1: 0.00 EUR" not in shown


def test_one_minute_reads_one_minuut_and_a_spin_box_writes_the_flemish_comma(qtbot, window) -> None:
    """The lock after "1 minuten"; the contribution's hours as "0.0" (a point, in a Flemish screen)."""
    form = open_settings(qtbot, window)
    key(qtbot, Qt.Key.Key_V, ALT)                                      # Alt+V: Vergrendelen na
    replace_text(qtbot, "1")
    assert form.idle_minutes.text() == "1 minuut"
    replace_text(qtbot, "5")
    assert form.idle_minutes.text() == "5 minuten"
    key(qtbot, Qt.Key.Key_Escape)
    before = QLocale()
    try:
        LanguageSwitcher(QApplication.instance()).use("nl")
        hours = QDoubleSpinBox()
        hours.setDecimals(1)
        hours.setValue(1.5)
        assert hours.text() == "1,5"
    finally:
        QLocale.setDefault(before)


def test_f9_and_ctrl_f9_on_a_laptop_not_enrolled_say_the_same_way_out(qtbot, coordinator_window) -> None:
    """F9 said "een coördinator maakt een code (Ctrl+F9)"; Ctrl+F9 then said only "niet ingeschreven": each sent
    the coordinator to the other. Both now say who enrols the laptop, and how."""
    said = []
    for modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        key(qtbot, Qt.Key.Key_F9, modifiers)
        qtbot.waitUntil(lambda: bool(coordinator_window.statusBar().currentMessage()), timeout=3000)
        said.append(coordinator_window.statusBar().currentMessage())
        coordinator_window.statusBar().clearMessage()
    assert said[0] == said[1] and "device enrol" in said[0] and not said[0].endswith("(Ctrl+F9).")


def the_question(qtbot):
    """The question box a save opened, once it has the keyboard."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    return wait_active(qtbot, QApplication.activeModalWidget())


def test_a_shorter_retention_period_in_the_settings_is_asked_first_as_in_beheer(
        qtbot, coordinator_window, db, clock, office) -> None:
    """Ctrl+, saved a retention period that erases two clients at the next start without a word, while Beheer van
    de gegevens asks first. Now the same question: Enter keeps the period there was (and saves the rest), Alt+I
    sets the new one."""
    from datetime import timedelta

    from conftest import FixedClock
    from leerwinkel_desk.domain.enums import Channel
    from leerwinkel_desk.services.clients import ClientInput, Clients
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact

    two_years_ago = FixedClock(clock.at - timedelta(days=800))
    for name in ("Oud", "Ouder"):
        client = Clients(db, two_years_ago, office.counsellor).create(ClientInput(name, "Dossier"))
        Dispatch(db, two_years_ago, office.counsellor).answer_now(
            FirstContact(Channel.PHONE, "Een oude vraag", client_id=client.id), "Beantwoord")
    window = coordinator_window
    retention = Retention(db, clock, office.coordinator)
    form = open_settings(qtbot, window)
    key(qtbot, Qt.Key.Key_K, ALT)                                      # Alt+K: the Kantoor tab
    key(qtbot, Qt.Key.Key_U, ALT)
    replace_text(qtbot, "6,50")                                        # another setting, saved either way
    key(qtbot, Qt.Key.Key_T, ALT)                                      # Bewaartermijn
    replace_text(qtbot, "1")
    key(qtbot, Qt.Key.Key_Return)
    question = the_question(qtbot)
    said = f"{question.text()}"
    assert "op 1 jaar zetten" in said and "2 leervragen geanonimiseerd en 2 cliënten volledig gewist" in said
    assert retention.period() == 5                                     # nothing saved while it asks
    key(qtbot, Qt.Key.Key_Return)                                      # Enter: Termijn van 5 jaar houden
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=5000)
    assert form.result() == form.DialogCode.Accepted.value
    assert retention.period() == 5
    assert Contributions(db, clock, office.coordinator).office_rate() == Decimal("6.50")
    assert "de bewaartermijn blijft 5 jaar" in window.statusBar().currentMessage()

    form = open_settings(qtbot, window)
    key(qtbot, Qt.Key.Key_K, ALT)
    key(qtbot, Qt.Key.Key_T, ALT)
    assert form.years.text() == "5 jaar"
    replace_text(qtbot, "1")
    key(qtbot, Qt.Key.Key_Return)
    the_question(qtbot)
    key(qtbot, Qt.Key.Key_I, ALT)                                      # Alt+I: Instellen
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=5000)
    assert retention.period() == 1
    with db.read() as s:
        assert [e.action for e in s.query(AuditEvent).filter(AuditEvent.action == "retention.period")] == [
            "retention.period"]



@pytest.mark.parametrize("written", ["abc", "0", "-3", "1e9", "nan", "inf", ""])
def test_a_damaged_idle_lock_setting_is_the_default_not_a_crash_or_a_lock_at_every_key(
        qtbot, window, tmp_path, written) -> None:
    """Written by hand into the settings file (as a damaged or edited file holds it): the desk's idle lock and
    Ctrl+, take 5 minutes ('abc' made every sign-in end in 'Er ging iets onverwachts mis'; 0 locked the desk
    again 1 ms after every unlock)."""
    from leerwinkel_desk.ui.dialogs.sign_in import saved_idle_minutes

    path = QSettings().fileName()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(f"[security]\nidle_minutes={written}\n", encoding="utf-8")
    settings = QSettings()
    settings.sync()
    assert saved_idle_minutes(settings) == 5
    window.idle_lock = IdleLock(saved_idle_minutes(settings), window.lock, window)
    form = open_settings(qtbot, window)
    assert form.idle_minutes.value() == 5


def test_a_saved_idle_lock_setting_is_kept(qtbot, tmp_path) -> None:
    from leerwinkel_desk.ui.dialogs.sign_in import saved_idle_minutes

    QSettings().setValue(IDLE_MINUTES_KEY, 12)
    assert saved_idle_minutes(QSettings()) == 12
