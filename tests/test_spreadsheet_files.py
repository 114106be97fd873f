"""Every file the app writes for a spreadsheet, with text a person typed or imported that starts like a formula:
the registration export, the monitoring report's CSV and XLSX, the monitoring extract. The CSV files are read
back with the csv module, the XLSX with openpyxl (the cell's type and quote prefix); the registration files are
imported again, to the same text."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.reports.monitoring_tables import plain, write_csv_report
from leerwinkel_desk.reports.monitoring_xlsx import _put, write_xlsx_report
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.reference_import import ReferenceImport, ReferenceKind
from leerwinkel_desk.services.registration.export import RegistrationExport
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.spreadsheet import FORMULA_STARTS
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Client, LearningRequest, Loket, Office, PartnerOrganisation

LINK = '=HYPERLINK("http://x","klik")'
PHONE = "+32 470 12 34 56"
NOTE = "\t=1+2 eerste gesprek"               # a pasted note that starts with a tab
NAME = "@SUM(A1)"
LOKET = "-Loket Zuid"
TOPIC = "-2+3"


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))


def no_formula_in(rows: list[list[str]]) -> None:
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)] == []


@pytest.fixture
def hostile_office(db, clock, coordinator, tmp_path: Path):
    """A partner imported from the social map as `=HYPERLINK(...)`, a client `@SUM(A1)` with a phone `+32 …`
    referred by it, a topic `-2+3`, a note that starts with a tab, a loket `-Loket Zuid`."""
    office = build_office(db, clock, coordinator)
    social_map = tmp_path / "sociale-kaart.csv"
    with social_map.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([["name", "type", "phone"], [LINK, "ocmw", PHONE]])
    assert ReferenceImport(db, clock, coordinator).import_file(ReferenceKind.PARTNERS, social_map).written
    with db.write() as session:
        partner = session.scalars(select(PartnerOrganisation).where(PartnerOrganisation.name == LINK)).one()
        session.get(Loket, office.loket_id).name = LOKET
        session.get(Office, coordinator.office_id).name = LINK
    client = Clients(db, clock, office.counsellor).create(ClientInput(NAME, "Peeters", phone=PHONE),
                                                         duplicates_checked=True)
    Dispatch(db, clock, office.counsellor).answer_now(FirstContact(
        Channel.PHONE, "Welke opleiding?", topic=TOPIC, client_id=client.id, referrer_org_id=partner.id,
        loket_id=office.loket_id), NOTE)
    return office


def test_the_registration_export_quotes_formula_like_text_and_imports_it_back_as_typed(
        db, clock, coordinator, hostile_office, tmp_path: Path) -> None:
    RegistrationExport(db, clock, coordinator).export_folder(tmp_path / "out")
    clients, requests, contacts = (csv_rows(tmp_path / "out" / f"{kind}.csv")
                                   for kind in ("clients", "requests", "contacts"))
    for rows in (clients, requests, contacts):
        no_formula_in(rows)
    client = next(row for row in clients if row[2] == "Peeters")
    assert (client[1], client[5]) == ("'" + NAME, "'" + PHONE)       # the phone reads as typed, as text
    request = dict(zip(requests[0], requests[1], strict=True))
    assert (request["referrer_org"], request["topic"], request["loket"]) == ("'" + LINK, "'" + TOPIC, "'" + LOKET)
    assert dict(zip(contacts[0], contacts[1], strict=True))["summary"] == "'" + NOTE

    other = open_sqlite(tmp_path / "other" / "leerwinkel.db")          # the machine side: our own import
    upgrade(other, None)
    fresh = create_office(other, clock, "Andere leerwinkel", "AND", "coordinator", "Coördinator")
    assert RegistrationImport(other, clock, fresh).import_folder(tmp_path / "out").ok
    with other.read() as session:
        assert session.scalars(select(Client.first_name)).all() == [NAME]
        assert session.scalars(select(Client.phone)).all() == [PHONE]
        assert session.scalars(select(LearningRequest.topic)).all() == [TOPIC]
        assert LINK in session.scalars(select(PartnerOrganisation.name)).all()
    other.dispose()


def hostile_report(db, clock, coordinator):
    today = clock.now().date()
    return Monitoring(db, clock, coordinator).report(
        ReportFilter(today - timedelta(days=30), today + timedelta(days=1), loket=LOKET))


def test_the_monitoring_csv_quotes_text_and_keeps_numbers(db, clock, coordinator, hostile_office,
                                                         tmp_path: Path) -> None:
    write_csv_report(hostile_report(db, clock, coordinator), tmp_path / "rapport.csv")
    rows = csv_rows(tmp_path / "rapport.csv")
    no_formula_in(rows)
    figures = {row[0]: row[1] for row in rows if len(row) == 3}
    assert (figures["Kantoor"], figures["Loket"], figures["Aanvragen"]) == ("'" + LINK, "'" + LOKET, "1")
    assert (plain(-5), plain(-2.5), plain("-5")) == ("-5", "-2,5", "'-5")   # a number stays a number


def test_the_monitoring_xlsx_writes_text_as_quote_prefixed_strings_and_numbers_as_numbers(
        db, clock, coordinator, hostile_office, tmp_path: Path) -> None:
    write_xlsx_report(hostile_report(db, clock, coordinator), tmp_path / "rapport.xlsx")
    book = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    figures = {row[0].value: row[1] for row in book["Kerncijfers"].iter_rows(min_row=2)}
    for label, typed in (("Kantoor", LINK), ("Loket", LOKET)):
        cell = figures[label]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (typed, "s", True)   # Excel keeps it text
    assert (figures["Aanvragen"].value, figures["Aanvragen"].data_type) == (1, "n")
    assert not figures["Periode van"].quotePrefix
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)


def test_an_xlsx_cell_is_text_or_number_as_written(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row, value in enumerate((-5, -2.5, "-5", PHONE, NOTE, "#N/A", "gewone tekst"), start=1):
        _put(sheet.cell(row=row, column=1), value)
    book.save(tmp_path / "cellen.xlsx")
    cells = [row[0] for row in openpyxl.load_workbook(tmp_path / "cellen.xlsx").active.iter_rows()]
    assert [(c.value, c.data_type) for c in cells[:2]] == [(-5, "n"), (-2.5, "n")]
    assert [(c.value, c.data_type, c.quotePrefix) for c in cells[2:]] == [
        ("-5", "s", True), (PHONE, "s", True), (NOTE, "s", True), ("#N/A", "s", False), ("gewone tekst", "s", False)]


def test_the_monitoring_extract_has_no_formula(db, clock, coordinator, hostile_office, tmp_path: Path) -> None:
    today = clock.now().date()
    out = tmp_path / "extract.csv"
    MonitoringExtract(db, clock, coordinator).write(ReportFilter(today - timedelta(days=30), today), out)
    rows = csv_rows(out)
    assert len(rows) == 2
    no_formula_in(rows)
