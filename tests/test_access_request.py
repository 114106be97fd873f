"""A GDPR access request: the whole dossier as JSON and as a readable PDF, from the CLI and the dossier."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from casework_fixtures import CLI_ENV, CLI_PASSPHRASE, build_office, let_coordinator_sign_in
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import Channel, ConsentMethod, ConsentPurpose, DataItem
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.requests import IntakeInput, Requests


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def a_dossier(db, clock, office):
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput(
        "Łukasz", "Nguyễn <b>", phone="0470 12 34 56", email="lukasz@example.be", municipality="Kortrijk"))
    request = Dispatch(db, clock, an).answer_now(
        FirstContact(Channel.PHONE, "Kan ik 's avonds boekhouden leren?", topic="Boekhouden",
                     client_id=client.id), "Ja, bij het CVO.")
    requests = Requests(db, clock, an)
    requests.reopen_for_aftercare(request.id)
    requests.record_intake(request.id, IntakeInput(practical_barriers="Kinderopvang op woensdag. " * 12))
    Contacts(db, clock, an).log_micro(request.id, Channel.WHATSAPP, "Herinnering gestuurd")
    Consents(db, clock, an).grant(client.id, Recipient(office.school_id, office.study_counsellor_id),
                                  ConsentPurpose.WARM_HANDOVER, frozenset(DataItem) - {DataItem.SOCIAL_STATUS},
                                  ConsentMethod.SPOKEN)
    return client


def test_the_readable_pdf_holds_what_the_dossier_holds_in_words(db, clock, coordinator) -> None:
    office = build_office(db, clock, coordinator)
    client = a_dossier(db, clock, office)
    Dossiers(db, clock, office.counsellor).header(client.id)            # An opened it
    request = Dossiers(db, clock, office.coordinator).access_request(client.id)
    text = pdf_text(PdfLetters().access_report(request))
    for expected in ("Uw gegevens bij Leerwinkel Test", "Łukasz", "Nguyễn <b>", "0470 12 34 56",
                     "lukasz@example.be", "Kan ik 's avonds boekhouden leren?", "Herinnering gestuurd",
                     "WhatsApp", "warme overdracht", "mondeling", "naam en geboortedatum", "Kinderopvang op woensdag.",
                     "An Peeters · dossier geopend", "inzage gemaakt", "pagina 1 van"):
        assert expected in text, expected
    assert "contactgegevens" in text and "'identity'" not in text          # a long list of items, in words
    assert "first_name" not in text and "name_key" not in text and client.id.hex not in text
    assert str(office.counsellor.counsellor_id) not in text                # people by name, never by id
    assert request.dossier["people"][str(office.counsellor.counsellor_id)] == "An Peeters"


def a_database_with_a_dossier(tmp_path: Path, clock):
    """`leerwinkel.db` in `tmp_path` with `a_dossier`, closed, its coordinator signing in with CLI_ENV."""
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.store.location import Location

    path = tmp_path / "leerwinkel.db"
    db = Location.of(path).create({"coordinator": CLI_PASSPHRASE})
    coordinator = create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    let_coordinator_sign_in(db, clock, coordinator)
    client = a_dossier(db, clock, build_office(db, clock, coordinator))
    db.dispose()
    return path, client


def test_cli_writes_the_json_and_the_pdf(tmp_path: Path, clock) -> None:
    from test_cli import cli

    path, client = a_database_with_a_dossier(tmp_path, clock)
    out, pdf = tmp_path / "inzage.json", tmp_path / "inzage.pdf"
    result = cli(path, "export-client", client.dossier_no, "-o", str(out), "--pdf", str(pdf), env=CLI_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["first_name"] == "Łukasz"
    assert "Łukasz" in pdf_text(pdf.read_bytes())


def test_ctrl_shift_e_saves_the_access_request_from_the_dossier(qtbot, db, clock, coordinator, tmp_path,
                                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from leerwinkel_desk.ui.context import DeskContext
    from leerwinkel_desk.ui.main_window import MainWindow

    office = build_office(db, clock, coordinator)
    client = a_dossier(db, clock, office)
    window = MainWindow(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.open_dossier(client.id)
    chosen = tmp_path / "inzage"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))  # the folder chosen
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "bewaard" in window.dossier.notice.text(), timeout=10_000)
    names = sorted(p.name for p in chosen.iterdir())
    assert names == [f"{client.dossier_no}-inzage.json", f"{client.dossier_no}-inzage.pdf"]
    assert "Łukasz" in pdf_text((chosen / names[1]).read_bytes())
    assert json.loads((chosen / names[0]).read_text(encoding="utf-8"))["audit_events"][-1]["action"] == "client.export"
