"""Rapporten (Ctrl+6) over a chosen period, met the way a coordinator meets it: the chart per month shows the
period's months (not the last months with contacts), the period survives a language switch and is the
monitoring extract's, and the exports name the office and write decimals as Flemish Excel reads them."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.transfer import TransferDialog
from leerwinkel_desk.ui.i18n import SETTINGS_KEY, LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.pages.reports import ReportsPage
from leerwinkel_desk.ui.texts import format_month
from test_ui import office  # noqa: F401 - the same office fixture
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active

# Two trajectories opened in 2025; three of their contacts took place in 2026 (the report is made in
# November 2026: the fixed clock).
CLIENTS = "client_ref;first_name;last_name\nc1;Sara;Idrissi\nc2;Tom;Peeters\n"
REQUESTS = ("request_ref;client_ref;opened_on;tier\n"
            "r1;c1;2025-03-10;trajectory\n"
            "r2;c2;2025-11-20;trajectory\n")
CONTACTS = ("request_ref;at;kind;channel;minutes\n"
            "r1;2025-03-10 10:00;session;face_to_face;60\n"
            "r1;2025-03-20 14:00;micro;sms;\n"
            "r2;2025-11-20 10:00;session;face_to_face;70\n"
            "r1;2026-01-15 10:00;session;face_to_face;65\n"
            "r1;2026-02-03 09:00;micro;whatsapp;\n"
            "r2;2026-08-10 11:00;micro;sms;\n")


@pytest.fixture
def registrations(db, clock, office, tmp_path) -> None:
    folder = tmp_path / "registrations"
    folder.mkdir()
    for name, text in (("clients.csv", CLIENTS), ("requests.csv", REQUESTS), ("contacts.csv", CONTACTS)):
        (folder / name).write_text(text, encoding="utf-8")
    report = RegistrationImport(db, clock, office.coordinator).import_folder(folder)
    assert report.ok, report.errors


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The file dialogs open in this Documents folder (nothing remembered from another test)."""
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()
    return folder


@pytest.fixture
def languages():
    """Dutch on screen and as the saved choice (Ctrl+Shift+L switches from the saved one, which another test
    may have left at English in the settings file the tests share)."""
    switcher = LanguageSwitcher(QApplication.instance())
    assert switcher.use("nl")
    QSettings().setValue(SETTINGS_KEY, "nl")
    yield switcher
    switcher.use("nl")
    QSettings().setValue(SETTINGS_KEY, "nl")


def coordinator_window(qtbot, db, clock, office, languages=None) -> MainWindow:
    main = MainWindow(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"), languages)
    qtbot.addWidget(main)
    main.show()
    wait_active(qtbot, main)
    return main


def reports_of_2025(qtbot, window: MainWindow) -> ReportsPage:
    """Ctrl+6, the period 01/01/2025 to 31/12/2025 typed in its two dates, Alt+B: the figures on screen."""
    key(qtbot, Qt.Key.Key_6, CTRL)
    page = window.pages["reports"]
    # the page counts again each time it is shown: Berekenen waits for that (disabled meanwhile)
    qtbot.waitUntil(lambda: page.report is not None and page.compute_button.isEnabled(), timeout=15000)
    # day, month and year, each moving on to the next; 31 once the month is December (in November it is 30)
    for edit, days in ((page.start, ("01012025",)), (page.end, ("01122025", "31"))):
        for _ in range(3):                          # Tab goes through the day, month and year first
            if QApplication.focusWidget() is not edit:
                key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is edit
        for day in days:
            key(qtbot, Qt.Key.Key_Home)             # the day, the first part of dd/mm/yyyy, selected
            key(qtbot, Qt.Key.Key_Right, SHIFT)
            key(qtbot, Qt.Key.Key_Right, SHIFT)
            typed(qtbot, day)
    assert (page.start.date().toPython(), page.end.date().toPython()) == (date(2025, 1, 1), date(2025, 12, 31))
    key(qtbot, Qt.Key.Key_B, ALT)                                   # &Berekenen
    qtbot.waitUntil(lambda: page.report is not None and page.report.period_from == date(2025, 1, 1),
                    timeout=15000)
    return page


def test_the_chart_per_month_shows_the_months_of_the_period_and_says_the_contacts_after_it(
        qtbot, db, clock, office, registrations) -> None:
    window = coordinator_window(qtbot, db, clock, office)
    page = reports_of_2025(qtbot, window)
    months = [format_month(f"2025-{month:02d}") for month in range(1, 13)]
    assert [label for label, _ in page.months.bars] == months            # not sep 2025 - aug 2026
    counts = dict(page.months.bars)
    assert (counts[format_month("2025-03")], counts[format_month("2025-11")]) == (2, 1)
    assert sum(counts.values()) == 3
    assert "jan 2025" in page.months.title and "dec 2025" in page.months.title
    assert page.months.accessibleName() == page.months.title
    # the three contacts of 2026 are said in words, with the rule that counts them in the key figures
    assert page.months_note.isVisible()
    note = page.months_note.text()
    assert "3 contacten na de periode" in note and "ook die buiten de periode" in note
    assert "gemiddeld 1,5 gesprekken en 3,0 contacten" in page.figures.text()     # those of 2026 counted


def test_a_period_still_running_says_its_figures_still_grow(qtbot, db, clock, office, registrations) -> None:
    """This year's report on 20/11/2026 (the page's first period): November looks like a drop in the chart, so
    the line above the figures says the period runs on; a finished year's says nothing of the kind."""
    window = coordinator_window(qtbot, db, clock, office)
    key(qtbot, Qt.Key.Key_6, CTRL)
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    assert page.report.period_to >= date(2026, 11, 20)
    assert (f"de periode loopt nog: geteld op 20/11/2026, dus {format_month('2026-11')} is nog niet om"
            in page.status.text())
    page = reports_of_2025(qtbot, window)
    assert page.status.text() == "Periode 01/01/2025 tot en met 31/12/2025"


def test_the_chosen_period_outlives_a_language_switch_and_is_the_extracts(
        qtbot, db, clock, office, registrations, languages) -> None:
    window = coordinator_window(qtbot, db, clock, office, languages)
    reports_of_2025(qtbot, window)
    key(qtbot, Qt.Key.Key_L, CTRL | SHIFT)                          # English: every page is made again
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("Today"), timeout=15000)   # slow on a busy machine
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    assert (page.start.date().toPython(), page.end.date().toPython()) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (page.report.period_from, page.report.period_to) == (date(2025, 1, 1), date(2025, 12, 31))
    assert "Jan 2025" in page.months.title and "Dec 2025" in page.months.title
    key(qtbot, Qt.Key.Key_I, CTRL)                                  # import and export: the extract's period
    dialog = window.active_dialog
    assert isinstance(dialog, TransferDialog)
    edits = dialog.period.findChildren(QDateEdit)
    assert [edit.date().toPython() for edit in edits] == [date(2025, 1, 1), date(2025, 12, 31)]
    dialog.reject()


def test_the_exports_name_the_office_and_the_csv_writes_decimal_commas(
        qtbot, db, clock, office, registrations, documents) -> None:
    window = coordinator_window(qtbot, db, clock, office)
    page = reports_of_2025(qtbot, window)
    stem = "monitoring-2025-01-01-2025-12-31"
    for letter, kind in ((Qt.Key.Key_P, "pdf"), (Qt.Key.Key_X, "xlsx"), (Qt.Key.Key_V, "csv")):
        page.file_dialog = None
        wait_active(qtbot, window)
        key(qtbot, letter, ALT)                                     # Export &PDF, &XLSX, CS&V
        qtbot.waitUntil(lambda: page.file_dialog is not None, timeout=3000)
        wait_active(qtbot, page.file_dialog)
        key(qtbot, Qt.Key.Key_Return)                               # in Documents, under the name offered
        qtbot.waitUntil(lambda k=kind: (documents / f"{stem}.{k}").exists(), timeout=15000)
        qtbot.waitUntil(lambda: "Bewaard" in page.status.text(), timeout=15000)
    pdf = "\n".join(p.extract_text() for p in PdfReader(documents / f"{stem}.pdf").pages)
    assert "kantoor Leerwinkel Test" in pdf and "kantoor LWT" not in pdf
    assert "Contacten per maand en kanaal, jan 2025 tot en met dec 2025" in pdf
    assert "3 contacten na de periode (tot en met aug 2026)" in " ".join(pdf.split())
    figures = {row[0].value: row[1].value for row in load_workbook(documents / f"{stem}.xlsx")["Kerncijfers"]}
    assert (figures["Kantoor"], figures["Kantoorcode"]) == ("Leerwinkel Test", "LWT")
    text = (documents / f"{stem}.csv").read_bytes().decode("utf-8-sig")
    rows = {row[2]: row[1] for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") if len(row) == 3}
    assert rows["trajectories.sessions_avg"] == "1,5" and rows["trajectories.contacts_avg"] == "3,0"
    assert rows["sessions.avg_minutes"] == "65,0" and rows["extras.filters.office"] == "LWT"


def test_a_period_is_typed_whole_however_its_dates_were_reached(qtbot, db, clock, office, registrations) -> None:
    """Qt's date sections put Shift+Tab and a Ctrl+A in the year (01012025 gave 07/12/00001012025 and the old
    period stayed, without a word) and checked each part against the date shown (31122025 over a November date
    gave 30/12/2025). The clock says 20 November 2026."""
    window = coordinator_window(qtbot, db, clock, office)
    key(qtbot, Qt.Key.Key_6, CTRL)
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    page.end.setFocus()
    key(qtbot, Qt.Key.Key_Tab, SHIFT)                               # back into "Van", as a person goes back
    assert QApplication.focusWidget() is page.start.lineEdit() or QApplication.focusWidget() is page.start
    typed(qtbot, "01012025")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (page.end, page.end.lineEdit())
    typed(qtbot, "31122025")                                        # over 20/11/2026: December has a 31st
    assert (page.start.date().toPython(), page.end.date().toPython()) == (date(2025, 1, 1), date(2025, 12, 31))
    key(qtbot, Qt.Key.Key_A, CTRL)                                  # all of it selected, typed anew
    typed(qtbot, "29/2/2024")
    assert page.end.date().toPython() == date(2024, 2, 29)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "31022025")                                        # no such day: not taken, nothing guessed
    assert page.end.date().toPython() == date(2024, 2, 29)
