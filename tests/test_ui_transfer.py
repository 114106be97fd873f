"""Issue 15, item 4: import and export in the app (Ctrl+I), by keys on a real temporary database: the
registration export and its import back (checked first, shown as a table, then confirmed), the monitoring
extract, the training offer and the social map from CSV, and Stop, each in the background."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle
from sqlalchemy import func, select

from leerwinkel_desk.services.reference_format import template
from leerwinkel_desk.services.reference_import import ReferenceKind
from leerwinkel_desk.store.models import Client, Course, PartnerOrganisation
from leerwinkel_desk.ui.dialogs.transfer import PROBLEM_COLUMN
from test_reference_import import documented_examples
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, answered, key, typed, wait_active
from test_ui_routes import coordinator_window  # noqa: F401 - the coordinator's window

KINDS = ["registrations_in", "registrations_out", "extract", "courses_in", "partners_in"]


def open_transfer(qtbot, window, kind: str, place: Path):
    key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=3000)
    form = wait_active(qtbot, window.active_dialog)
    assert form.what.hasFocus()
    for _ in range(KINDS.index(kind)):
        key(qtbot, Qt.Key.Key_Down)
    assert form.kind().value == kind
    key(qtbot, Qt.Key.Key_B, ALT)                                      # Alt+B: Bestand of map
    typed(qtbot, str(place))
    return form


def table(form) -> list[list[str]]:
    return [[form.problems.item(r, c).text() for c in range(form.problems.columnCount())]
            for r in range(form.problems.rowCount())]


def test_a_counsellor_is_told_import_and_export_are_a_coordinators(qtbot, window) -> None:
    key(qtbot, Qt.Key.Key_I, CTRL)
    assert window.active_dialog is None
    assert window.statusBar().currentMessage() == "Alleen een coördinator beheert deze gegevens."


def test_the_training_offer_is_checked_as_a_table_fixed_then_imported(qtbot, coordinator_window, db,
                                                                       tmp_path) -> None:
    window = coordinator_window
    with db.read() as s:
        before = set(s.scalars(select(Course.title)))
    offer = tmp_path / "aanbod.csv"
    offer.write_text("provider;title;eqf_level\nCVO Nieuw;Lassen;12\n", encoding="utf-8")
    form = open_transfer(qtbot, window, "courses_in", offer)
    key(qtbot, Qt.Key.Key_Return)                                      # Nakijken
    qtbot.waitUntil(lambda: "problemen" in form.summary.text(), timeout=10000)
    assert table(form) == [["aanbod.csv", "2", "eqf_level", "buiten het bereik (1..8)", "12"],
                           ["aanbod.csv", "2", "provider_type",
                            "verplicht voor een aanbieder die nog niet in het aanbod staat", "CVO Nieuw"]]
    assert not form.confirm_button.isEnabled()
    offer.write_text(documented_examples()[0], encoding="utf-8")
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Nakijken again
    qtbot.waitUntil(form.confirm_button.isEnabled, timeout=10000)
    assert form.summary.text() == ("Nagekeken, zonder fouten. Opleidingen: 2 nieuw, 0 al in het aanbod; nieuwe "
                                   "aanbieders: CVO Kortrijk. Nu importeren?")
    with db.read() as s:
        assert set(s.scalars(select(Course.title))) == before                # a check writes nothing
    assert form.confirm_button.hasFocus()
    key(qtbot, Qt.Key.Key_Return)                                      # Nu importeren
    qtbot.waitUntil(lambda: form.summary.text().startswith("Geïmporteerd."), timeout=10000)
    with db.read() as s:
        assert set(s.scalars(select(Course.title))) == before | {"Boekhouden", "Zorgkundige"}
    assert window.statusBar().currentMessage() == "Import klaar"


def test_a_hostile_training_offer_is_told_line_by_line_and_nothing_of_it_imported(qtbot, coordinator_window, db,
                                                                                   tmp_path) -> None:
    """A title of a zero-width space alone made a blank first row of Opleidingsaanbod, a row of 15 cells under a
    13-column header lost its last two cells, a header with `title` twice took one of them: each was imported.
    Now the check lists each problem by file, line and column in words, and nothing is imported."""
    window = coordinator_window
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Course))
    header = ("provider;provider_type;title;eqf_level;qualification;duration_hours;schedule;delivery;"
              "municipality;cost_eur;support;dutch_level;next_start")
    offer = tmp_path / "aanbod.csv"
    offer.write_text(f"{header}\nCVO Test;cvo;\u200b;5;;;;;;;;;\nCVO Test;cvo;Veel;5;;;;;;;;;;extra;x\n"
                     "CVO Test;cvo;Cursus \u202efdp.exe;5;;;;;;;;;\n", encoding="utf-8")
    form = open_transfer(qtbot, window, "courses_in", offer)
    key(qtbot, Qt.Key.Key_Return)                                      # Nakijken
    qtbot.waitUntil(lambda: "problemen" in form.summary.text(), timeout=10000)
    assert table(form) == [
        ["aanbod.csv", "2", "title", "toont niets: alleen onzichtbare tekens (zoals een spatie zonder breedte)",
         "\u200b"],
        ["aanbod.csv", "3", "", "15 cellen waar de kop er 13 heeft", ""]]    # a count is no cell
    assert not form.confirm_button.isEnabled()
    offer.write_text(f"{header};title\nCVO Test;cvo;Dubbel;5;;;;;;;;;;Dubbel 2\n", encoding="utf-8")
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Nakijken again
    qtbot.waitUntil(lambda: "1 probleem" in form.summary.text(), timeout=10000)
    assert [row[:4] for row in table(form)] == [["aanbod.csv", "1", "title", "kolom staat er twee keer"]]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Course)) == before


def test_the_registrations_go_out_and_come_back_with_one_new_client(qtbot, coordinator_window, db, clock, office,
                                                                      tmp_path) -> None:
    window = coordinator_window
    answered(db, clock, office.counsellor, "Lotte", "Maes")
    folder = tmp_path / "uitwisseling"
    form = open_transfer(qtbot, window, "registrations_out", folder)
    key(qtbot, Qt.Key.Key_Return)                                      # Exporteren
    qtbot.waitUntil(lambda: form.summary.text().startswith("Geëxporteerd"), timeout=10000)
    assert "1 cliënten, 1 leervragen, 1 contacten" in form.summary.text()
    file_text = (folder / "clients.csv").read_text(encoding="utf-8-sig")
    delimiter = ";" if file_text.splitlines()[0].count(";") else ","
    header = file_text.splitlines()[0].split(delimiter)
    new = dict.fromkeys(header, "") | {"client_ref": "OUD-7", "first_name": "Nora", "last_name": "Peeters"}
    with (folder / "clients.csv").open("a", encoding="utf-8", newline="") as file:
        csv.writer(file, delimiter=delimiter).writerow([new[name] for name in header])
    key(qtbot, Qt.Key.Key_W, ALT)                                      # Alt+W: Wat, one up: importeren
    key(qtbot, Qt.Key.Key_Up)
    assert form.kind().value == "registrations_in" and form.place.text() == str(folder)
    key(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(form.confirm_button.isEnabled, timeout=10000)
    assert "Cliënten: 1 nieuw, 0 bijgewerkt" in form.summary.text()
    key(qtbot, Qt.Key.Key_I, ALT)                                      # Alt+I: Nu importeren
    qtbot.waitUntil(lambda: form.summary.text().startswith("Geïmporteerd."), timeout=10000)
    with db.read() as s:
        assert sorted(s.scalars(select(Client.last_name))) == ["Maes", "Peeters"]


def test_the_monitoring_extract_is_written_without_names(qtbot, coordinator_window, db, clock, office,
                                                        tmp_path) -> None:
    window = coordinator_window
    answered(db, clock, office.counsellor, "Lotte", "Maes")
    out = tmp_path / "extract.csv"
    form = open_transfer(qtbot, window, "extract", out)
    assert form.period.isVisible()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.summary.text().startswith("Extract bewaard"), timeout=10000)
    text = out.read_text(encoding="utf-8-sig")
    assert "1 leervragen" in form.summary.text() and "Maes" not in text and "Lotte" not in text


def test_stop_leaves_the_social_map_as_it_was(qtbot, coordinator_window, db, tmp_path) -> None:
    window = coordinator_window
    partners = tmp_path / "kaart.csv"
    partners.write_text(documented_examples()[1], encoding="utf-8")
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(PartnerOrganisation))
    gate = threading.Event()
    window.ctx.jobs.run(lambda _progress: gate.wait(10), lambda _done: None, lambda _error: None)   # the one
    form = open_transfer(qtbot, window, "partners_in", partners)                                       # worker busy
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.stop_button.isVisible, timeout=3000)
    key(qtbot, Qt.Key.Key_S, ALT)                                      # Alt+S: Stoppen
    qtbot.waitUntil(lambda: form.summary.text() == "Wordt gestopt…", timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert form.error.text() == "⚠ Gestopt: er werd niets bewaard."
    assert form.start_button.isEnabled() and not form.stop_button.isVisible()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PartnerOrganisation)) == before


def test_a_refused_registration_row_is_told_without_the_persons_data(qtbot, coordinator_window, tmp_path) -> None:
    """The problems table showed the refused cell ("31/02/1990", "dakloos sinds scheiding"): a screenshot sent
    for help carried a person's birth date and circumstances. File, line and column find the cell."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_ref;first_name;last_name;birth_date;status\n"
                                        "K1;Nora;Peeters;31/02/1990;dakloos sinds scheiding\n", encoding="utf-8")
    form = open_transfer(qtbot, coordinator_window, "registrations_in", folder)
    key(qtbot, Qt.Key.Key_Return)                                      # Nakijken
    qtbot.waitUntil(lambda: "problemen" in form.summary.text(), timeout=10000)
    rows = table(form)
    assert [row[:3] for row in rows] == [["clients.csv", "2", "birth_date"], ["clients.csv", "2", "status"]]
    shown = " ".join(form.problems.item(r, c).text() for r in range(form.problems.rowCount())
                     for c in range(form.problems.columnCount()) if not form.problems.isColumnHidden(c))
    assert "geen datum" in shown
    for personal in ("31/02/1990", "dakloos", "Nora", "Peeters"):
        assert personal not in shown


def test_the_import_names_the_organisation_it_adds_to_the_office(qtbot, coordinator_window, tmp_path) -> None:
    """"OCMW Kortrijk" became an organisation beside Sociaal Huis Kortrijk without a word in the report."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_ref;first_name;last_name\nK1;Nora;Peeters\n", encoding="utf-8")
    (folder / "requests.csv").write_text("request_ref;client_ref;opened_on;tier;referrer_type;referrer_org\n"
                                         "V1;K1;02/11/2026;2;partner;OCMW Nergensdorp\n", encoding="utf-8")
    form = open_transfer(qtbot, coordinator_window, "registrations_in", folder)
    key(qtbot, Qt.Key.Key_Return)                                      # Nakijken
    qtbot.waitUntil(form.confirm_button.isEnabled, timeout=10000)
    assert "Nieuwe doorverwijzende organisaties: OCMW Nergensdorp." in form.summary.text()


def shown_whole(view, column: int) -> bool:
    """Every cell of `column` shows its whole text: wrapped within the row's height, the table no wider than
    its room (the sentences were cut with … at 1280 × 720, "zie de beschreven kolommen" and the allowed types)."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(view.rowCount()):
        cell = view.visualRect(view.model().index(row, column))
        needed = view.fontMetrics().boundingRect(QRect(0, 0, cell.width() - margin, 100_000),
                                                  Qt.TextFlag.TextWordWrap, view.item(row, column).text())
        if needed.height() > cell.height() or needed.width() > cell.width() - margin:
            return False
    return view.horizontalHeader().length() <= view.viewport().width()


def test_each_problem_is_shown_whole_wrapped_in_its_row(qtbot, coordinator_window, tmp_path) -> None:
    offer = tmp_path / "aanbod.csv"
    offer.write_text("provider;provider_type;title;titl;delivery\nCVO Nieuw;kasteel;Lassen;x;te voet\n",
                     encoding="utf-8")
    form = open_transfer(qtbot, coordinator_window, "courses_in", offer)
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Nakijken
    qtbot.waitUntil(lambda: "problemen" in form.summary.text(), timeout=10000)
    assert form.problems.isVisible() and form.problems.rowCount() == 4
    assert shown_whole(form.problems, PROBLEM_COLUMN)
    assert any("Centrum voor basiseducatie (cbe)" in row[PROBLEM_COLUMN] and "Private opleider (private)"
               in row[PROBLEM_COLUMN] for row in table(form))        # the whole list of allowed types


def test_the_columns_are_listed_and_a_template_saved_that_checks_clean(qtbot, coordinator_window, db,
                                                                      tmp_path) -> None:
    """The columns lived only in docs/reference-import.md, which the wheel does not ship, and the app had no
    template: Kolommen (Alt+K) lists them from the importer's own definition, and Voorbeeldbestand bewaren
    (Alt+V) saves a file to fill in, which is then the file to check."""
    form = open_transfer(qtbot, coordinator_window, "courses_in", tmp_path / "nog-niets.csv")
    key(qtbot, Qt.Key.Key_K, ALT)                                      # Alt+K: Kolommen
    assert form.columns.isVisible()
    rows = [[form.columns.item(r, c).text() for c in range(3)] for r in range(form.columns.rowCount())]
    assert [row[0] for row in rows] == [column.name for column in ReferenceKind.COURSES.columns]
    assert rows[0][:2] == ["Aanbieder", "verplicht"] and rows[1][1] == "verplicht voor een nieuwe aanbieder"
    schedule = next(row[2] for row in rows if row[0] == "Uurrooster")
    assert "overdag (day), 's avonds (evening), weekend, modulair (modular)" in schedule
    assert "Ook als kolom: Wanneer, schedule" in schedule
    assert shown_whole(form.columns, 2)
    key(qtbot, Qt.Key.Key_V, ALT)                                      # Alt+V: Voorbeeldbestand bewaren
    qtbot.waitUntil(lambda: form.file_dialog is not None, timeout=3000)
    files = wait_active(qtbot, form.file_dialog)
    assert files.selectedFiles()[0].endswith("opleidingsaanbod-voorbeeld.csv")
    saved = tmp_path / "mijn-aanbod.csv"
    key(qtbot, Qt.Key.Key_B, ALT)                                      # Alt+B: Bestandsnaam
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, str(saved))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(saved.exists, timeout=3000)
    assert saved.read_bytes() == template(ReferenceKind.COURSES.columns)
    assert form.place.text() == str(saved) and form.summary.text().startswith(f"Voorbeeldbestand bewaard als {saved}")
    wait_active(qtbot, form)
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Nakijken
    qtbot.waitUntil(form.confirm_button.isEnabled, timeout=10000)
    assert form.summary.text() == ("Nagekeken, zonder fouten. Opleidingen: 1 nieuw, 0 al in het aanbod; nieuwe "
                                   "aanbieders: CVO Voorbeeldstad. Nu importeren?")


def test_an_older_excel_file_is_read_and_says_so_with_its_words(qtbot, coordinator_window, db, tmp_path) -> None:
    """A cp1252 file was refused, and the dialog had no choice of encoding: it is read as Windows-1252 when it
    is a plain Western text, and the check says so with words of it, to see the accents right first."""
    offer = tmp_path / "ansi.csv"
    offer.write_bytes("Aanbieder;Soort aanbieder;Titel;Uurrooster\r\nCVO Crèche;cvo;Éénjarige opleiding;avond\r\n"
                      .encode("cp1252"))
    form = open_transfer(qtbot, coordinator_window, "courses_in", offer)
    key(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(form.confirm_button.isEnabled, timeout=10000)
    assert form.summary.text() == (
        "Nagekeken, zonder fouten. Opleidingen: 1 nieuw, 0 al in het aanbod; nieuwe aanbieders: CVO Crèche. Het "
        "bestand is geen UTF-8: het werd gelezen als Windows-1252 (een ouder Excel-bestand). Staan de letters met "
        "accenten juist, bv. ‘Crèche’, ‘Éénjarige’? Zo niet: bewaar het in Excel als 'CSV UTF-8' en kijk opnieuw "
        "na. Nu importeren?")
    key(qtbot, Qt.Key.Key_Return)                                      # Nu importeren
    qtbot.waitUntil(lambda: form.summary.text().startswith("Geïmporteerd."), timeout=10000)
    with db.read() as s:
        assert s.scalar(select(Course.title).where(Course.title == "Éénjarige opleiding")) is not None
