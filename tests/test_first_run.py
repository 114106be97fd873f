"""The first start of an installed app, by keys from an empty data folder: the office by default,
the demo as a database of its own from which a coordinator later sets up the office; a log from
the first line without personal data; the Help menu."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu, QWidget
from sqlalchemy import func, select

from leerwinkel_desk import app as app_module
from leerwinkel_desk import launcher
from leerwinkel_desk.log import current_log
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.store.backup import DAILY_PREFIX
from leerwinkel_desk.store.file_guard import closed_state, wal_path
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.store.paths import backups_dir
from leerwinkel_desk.ui import desk, main_window
from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.i18n import SETTINGS_KEY, LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.menu_bar import AboutDialog, DataPlacesDialog, ShortcutsDialog
from leerwinkel_desk.ui.pages.today import TodayPage
from test_ui import active, ctx, english_translations, office, press, window  # noqa: F401 - fixtures

PASSPHRASE = "een lange wachtwoordzin"


@pytest.fixture(autouse=True)
def own_settings_and_log(tmp_path: Path, monkeypatch) -> Iterator[None]:
    """Settings in the test's folder; the log handler and excepthook the app installs are taken off again."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(desk, "install_crash_handler", lambda _folder: None)
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))


def fill_office_form(qtbot, dialog: FirstRunDialog, office: str, code: str, login: str, name: str,
                     recovery_key: bool = False) -> None:
    """The form by keys, field after field with Tab, as a coordinator types it; Enter starts. Without
    `recovery_key` the offered recovery key is turned down (Alt+S)."""
    assert dialog.office.isChecked() and dialog.office_name.hasFocus()
    for text in (office, code, login, name, PASSPHRASE, PASSPHRASE):
        qtbot.keyClicks(QApplication.focusWidget(), text)       # Tab into a field selects what was there
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    if not recovery_key:
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.recovery.isChecked(), timeout=2000)     # a mnemonic clicks a moment later
    press(qtbot, dialog.repeat, Qt.Key.Key_Return)


def sign_in_by_keys(qtbot, passphrases: dict[str, str]) -> Callable[[SignInDialog], int]:
    def sign(dialog: SignInDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        qtbot.keyClicks(dialog.passphrase, passphrases[dialog.login.text()])
        press(qtbot, dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=30_000)
        return dialog.result()
    return sign


def office_by_keys(qtbot) -> Callable[[FirstRunDialog], int]:
    """The wizard's office form by keys: Leerwinkel Oost, its coordinator katrien (Katrien Maes)."""
    def wizard(dialog: FirstRunDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        fill_office_form(qtbot, dialog, "Leerwinkel Oost", "LWO", "katrien", "Katrien Maes")
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=30_000)
        return dialog.result()
    return wizard


def shown_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {action.text(): [a.text() for a in action.menu().actions()] for action in window.menuBar().actions()}


def test_an_empty_data_folder_becomes_a_new_office_signed_in_on_an_empty_vandaag(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "LeerwinkelDesk"
    seen: dict[str, object] = {}

    def the_day() -> int:
        window = shown_window()
        page = window.pages["today"]
        assert isinstance(page, TodayPage) and window.stack.currentIndex() == 0
        qtbot.waitUntil(lambda: page.plan.text().startswith("Zitdagen vandaag"), timeout=20_000)
        seen.update(title=window.windowTitle(), rows=[m.rowCount() for m in (page.sessions, page.follow_ups,
                                                                            page.quiet)],
                    menus=menu_texts(window))
        window.close()
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", office_by_keys(qtbot))
    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys(qtbot, {"katrien": PASSPHRASE}))
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_day))
    assert launcher.main(["--db", str(data / "leerwinkel.db")]) == 0

    assert seen["title"] == "Leerwinkel Desk — Leerwinkel Oost" and seen["rows"] == [0, 0, 0]
    menus = seen["menus"]
    assert list(menus) == ["Be&stand", "&Dossier", "B&eheer", "&Help"]
    assert menus["Be&stand"] == ["&Wachtwoordzin wijzigen…", "Af&melden", "&Afsluiten"]
    assert menus["&Help"] == ["&Sneltoetsen", "&Waar staan de gegevens?", "&Over Leerwinkel Desk"]
    assert (data / "leerwinkel.db").is_file() and not (data / "demo").exists()
    log = (data / "logs" / "leerwinkel-desk.log").read_text(encoding="utf-8")
    assert "first start: the wizard" in log and "setting up the office's database" in log
    assert "signed in to the office database" in log
    for personal in ("Oost", "katrien", "Katrien", "Maes", PASSPHRASE):
        assert personal not in log


def test_the_demo_is_a_database_of_its_own_and_a_coordinator_sets_up_the_office_from_it(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "LeerwinkelDesk"
    monkeypatch.setattr(app_module, "FIRST_START_DEMO_CLIENTS", 5)
    windows: list[dict[str, object]] = []

    def wizard_demo(dialog: FirstRunDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        press(qtbot, dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)    # Alt+D: the demo
        qtbot.waitUntil(dialog.demo.isChecked)
        assert not dialog.form.isEnabled()
        press(qtbot, dialog.demo, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=60_000)
        assert (data / "demo" / "leerwinkel.db").is_file() and not (data / "leerwinkel.db").exists()
        return dialog.result()

    def set_up_the_office_from_the_file_menu() -> None:
        window = shown_window()
        windows.append({"title": window.windowTitle(), "menus": menu_texts(window)})
        press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)     # Alt+S: Bestand
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_K)          # Ons kantoor inrichten…
        qtbot.waitUntil(lambda: isinstance(window.active_dialog, FirstRunDialog))
        dialog = active(qtbot, window.active_dialog)
        assert not dialog.demo.isVisible()
        fill_office_form(qtbot, dialog, "Leerwinkel West", "LWW", "jan", "Jan Claes")

    def run_window() -> int:
        if not windows:                     # the demo: until the office is set up and the loop told to end
            set_up_the_office_from_the_file_menu()
            qtbot.waitUntil(lambda: bool(exits), timeout=30_000)
            return exits.pop()
        window = shown_window()
        windows.append({"title": window.windowTitle(), "menus": menu_texts(window)})
        window.close()
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", wizard_demo)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys(qtbot, {"coordinator": DEMO_PASSPHRASE,
                                                                      "jan": PASSPHRASE}))
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exec", staticmethod(run_window))
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    assert launcher.main(["--db", str(data / "leerwinkel.db")]) == 0

    demo, office = windows
    assert "Ons &kantoor inrichten…" in demo["menus"]["Be&stand"]
    assert office["title"] == "Leerwinkel Desk — Leerwinkel West"
    assert office["menus"]["Be&stand"] == ["&Wachtwoordzin wijzigen…", "Af&melden", "&Afsluiten"]
    assert (data / "leerwinkel.db").is_file() and (data / "demo" / "leerwinkel.db").is_file()
    assert current_log() == data / "logs" / "leerwinkel-desk.log"


def test_after_switching_the_language_there_and_back_f1_lists_each_key_once(qtbot, ctx, english_translations) -> None:
    switcher = LanguageSwitcher(QApplication.instance())
    QSettings().setValue(SETTINGS_KEY, "nl")        # Ctrl+Shift+L switches from the saved language
    main = MainWindow(ctx, languages=switcher)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        before = len(main.findChildren(QAction))
        for nav in ("Today", "Vandaag"):
            press(qtbot, main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            qtbot.waitUntil(lambda nav=nav: main.nav.item(0).text().startswith(nav))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert len(main.findChildren(QAction)) <= before       # the actions of the language left behind are gone
        press(qtbot, main, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: isinstance(main.active_dialog, ShortcutsDialog))
        table = main.active_dialog.table
        keys = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert len(keys) == len(set(keys))              # each key once: not once per language switched through
        shortcuts = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
        assert shortcuts["Ctrl+,"] == "Instellingen" and shortcuts["Ctrl+1"] == "Vandaag"
        press(qtbot, active(qtbot, main.active_dialog), Qt.Key.Key_Escape)
    finally:
        switcher.use("nl")


def test_help_shows_the_shortcuts_the_data_places_and_the_licences(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ShortcutsDialog))
    table = window.active_dialog.table
    shortcuts = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert shortcuts["Ctrl+K"] == "Zoeken" and shortcuts["Ctrl+Shift+B"] == "Beheer van de gegevens"
    assert shortcuts["F1"] == "Sneltoetsen"
    assert shortcuts["Ctrl+7"] == "Tweedelijn & signalen"      # a title's own '&', not a mnemonic
    press(qtbot, active(qtbot, window.active_dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None)

    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)         # Alt+H: Help
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_W)              # Waar staan de gegevens?
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, DataPlacesDialog))
    places = window.active_dialog.places.text()
    assert str(window.ctx.db.path.parent / "backups") in places and ".keys.json" in places
    press(qtbot, active(qtbot, window.active_dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None)

    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_O)              # Over Leerwinkel Desk
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, AboutDialog))
    about = window.active_dialog
    assert "Leerwinkel Desk 0.1.0" in about.version.text() and "Qt 6." in about.version.text()
    licences = about.licences.toPlainText()
    for part in ("EUPL-1.2", "LGPL-3.0", "DejaVu", "SQLCipher", "ReportLab", "Bitstream Vera"):
        assert part in licences


def test_no_page_claims_an_alt_letter_of_the_menu_bar_in_dutch_or_english(qtbot, window: MainWindow) -> None:
    languages = LanguageSwitcher(QApplication.instance())
    try:
        for language in ("nl", "en"):
            assert languages.use(language)
            menus = {mnemonic(action.text()) for action in window.menuBar().actions()}
            assert None not in menus
            for number in range(1, 8):
                press(qtbot, window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
                claimed = {mnemonic(widget.text()) for widget in window.centralWidget().findChildren(QWidget)
                           if isinstance(widget, (QAbstractButton, QLabel))}
                assert menus.isdisjoint(claimed), (language, number, menus & claimed)
    finally:
        languages.use("nl")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_setting_up_an_office_where_only_the_database_is_missing_keeps_its_key_file(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """The database went (moved, deleted) but its key file is still there: the wizard's office set-up says so
    in one line and writes nothing; the key file, the only way into that database, stays byte for byte."""
    from faults_support import make_office

    data = tmp_path / "LeerwinkelDesk"
    path = make_office(data / "leerwinkel.db")
    keys = Path(f"{path}.keys.json")
    before = keys.read_bytes()
    path.unlink()
    shown: list[str] = []

    def wizard_by_keys(dialog: FirstRunDialog) -> int:
        dialog.show()
        active(qtbot, dialog)
        fill_office_form(qtbot, dialog, "Leerwinkel Oost", "LWO", "katrien", "Katrien Maes")
        qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.buttons.isEnabled(), timeout=30_000)
        shown.append(dialog.error.text())
        fields = (dialog.office_name, dialog.repeat)
        assert all(f.height() >= f.sizeHint().height() for f in fields)       # the line got room, not the fields'
        press(qtbot, QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", wizard_by_keys)
    assert launcher.main(["--db", str(path)]) == 0

    [line] = shown
    assert "sleutel van een eerdere databank" in line and str(keys) in line and "niets gemaakt" in line
    assert keys.read_bytes() == before and not path.exists()
    assert not list(data.glob("*.partial*"))


def test_closing_the_desk_while_its_start_of_day_work_runs_waits_for_it_and_the_file_closes_clean(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """Ctrl+Q right after signing in, on a machine where the start-of-day work (optimize, the daily backup,
    retention) is still running: the window waits for it, then the app closes the file. Before, the app
    closed the file first and noted a clean close; the job went on, opened the file again and wrote, and
    the next start set that WAL aside as one that did not belong (a CI run met it: the file then refused)."""
    data = tmp_path / "LeerwinkelDesk"
    path = data / "leerwinkel.db"
    ran: list[str] = []
    real_start_of_day = main_window.start_of_day

    def slow_start_of_day(*args):
        time.sleep(1.5)                     # a busy machine: the person quits before the day's work ended
        done = real_start_of_day(*args)
        ran.append("done")
        return done

    def the_day() -> int:
        window = shown_window()
        press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)      # Bestand › Afsluiten
        assert not window.isVisible() and ran == ["done"]        # it waited for the day's work
        return 0

    monkeypatch.setattr(main_window, "start_of_day", slow_start_of_day)
    monkeypatch.setattr(FirstRunDialog, "exec", office_by_keys(qtbot))
    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys(qtbot, {"katrien": PASSPHRASE}))
    monkeypatch.setattr(QApplication, "exec", staticmethod(the_day))
    assert launcher.main(["--db", str(path)]) == 0

    assert not wal_path(path).exists()
    assert closed_state(path).read_text(encoding="ascii").startswith("closed")
    assert [p for p in backups_dir(path).iterdir() if p.name.startswith(DAILY_PREFIX)]     # the day's backup made
    location = Location.of(path)
    db = location.open(KeyRing.load(path).unlock("katrien", PASSPHRASE))        # no WAL set aside: it opens
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(AuditEvent)) > 0
    finally:
        db.dispose()
