"""Issue 15, item 8: the appointment card (A6/A5 PDF) from the dossier by Ctrl+Shift+P and its command-line
twin: the next booked session, the loket's address and how to get there, the counsellor, plain Dutch, the
key sentence also in Arabic (drawn right to left) or French; never the client's name."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from casework_fixtures import CLI_ENV, build_office, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.appointment_card import AppointmentCards
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import LoketPlace, OfficeSetup, create_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.ui.dialogs import appointment_card as card_dialog
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, wait_active

DIRECTIONS = "Bus 1 tot halte Station; ingang links, 1e verdieping"


def booked_client(db, clock, office, first: str, last: str):
    setup = OfficeSetup(db, clock, office.coordinator)
    loket = next(x for x in setup.lokets() if x.id == office.loket_id)
    setup.update_loket(loket.id, loket.name, loket.municipality, loket.host_partner_id,
                       LoketPlace("Doorniksewijk 12", "8500", DIRECTIONS))
    client = Clients(db, clock, office.info_officer).create(ClientInput(first, last))
    agenda = Agenda(db, clock, office.info_officer)          # the first zitdag from the day after tomorrow on,
    slot = next(free[0] for days in range(2, 16)              # whatever weekday the test runs on
                if (free := agenda.free_slots(local_today(clock) + timedelta(days=days))))
    request = Dispatch(db, clock, office.info_officer).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=client.id, loket_id=office.loket_id), slot)
    return request, slot


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def test_ctrl_shift_p_prints_the_card_with_the_key_sentence_in_arabic(qtbot, window, db, clock, office, tmp_path,
                                                                      monkeypatch) -> None:
    answered(db, clock, office.counsellor, "Wout", "Peeters")
    open_dossier_by_search(qtbot, window, "wout")                     # nothing booked: said so
    key(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert window.dossier.active_dialog is None
    assert window.dossier.notice.text() == "Er is geen geboekt gesprek voor een afsprakenkaart."

    request, slot = booked_client(db, clock, office, "Noor", "Jacobs")
    out = tmp_path / "kaart.pdf"
    monkeypatch.setattr(card_dialog, "ask_save_file", lambda _parent, _title, _name, _kind, chosen: chosen(out))
    open_dossier_by_search(qtbot, window, "jacobs")
    key(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    local = slot.at.astimezone(ZoneInfo("Europe/Brussels"))
    assert form.appointment.text().endswith(f"om {local.hour}.{local.minute:02d}\xa0uur")     # one unit, unbroken
    key(qtbot, Qt.Key.Key_O, ALT)                                      # Alt+O: Ook in
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
    assert form.language.currentText() == "العربية"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=10000)
    assert window.dossier.notice.text() == "Afsprakenkaart bewaard: kaart.pdf"
    text = pdf_text(out)
    assert "Uw afspraak" in text and f"om {local.hour}.{local.minute:02d} uur" in text
    assert "Loket Sociaal Huis" in text and "Doorniksewijk 12" in text and "8500 Kortrijk" in text
    assert DIRECTIONS in text and "An Peeters" in text and request.request_no in text
    assert "موعد" in text and f"{local.hour:02d}:{local.minute:02d}" in text
    assert "Jacobs" not in text and "Noor" not in text
    width, height = PdfReader(out).pages[0].mediabox.width, PdfReader(out).pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (298, 420)                 # A6
    with db.read() as s:
        assert s.scalars(select(AuditEvent.record_id).where(
            AuditEvent.action == "appointment_card.print")).all() == [request.id]


def test_cli_appointment_card_a5_in_french(tmp_path) -> None:
    path = tmp_path / "office.db"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))
    coordinator = create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "Coördinator Proef")
    let_coordinator_sign_in(db, clock, coordinator)
    office = build_office(db, clock, coordinator)
    request, _slot = booked_client(db, clock, office, "Lotte", "Maes")
    _client, bare = answered(db, clock, office.counsellor, "Wout", "Peeters")
    db.dispose()
    out = tmp_path / "kaart.pdf"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), *args],
                              capture_output=True, text=True, timeout=300, env=CLI_ENV)

    done = cli("appointment-card", request.request_no, "-o", str(out), "--size", "a5", "--language", "fr")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Vous avez un rendez-vous le" in text and DIRECTIONS in text and "Maes" not in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 420                # A5
    nothing = cli("appointment-card", bare.request_no, "-o", str(tmp_path / "niets.pdf"))
    assert nothing.returncode == 1 and nothing.stderr == f"error: {bare.request_no} has no booked session from now on\n"


def test_the_cards_time_keeps_its_uur_on_its_line(db, clock, office) -> None:
    """An A6 card said "dinsdag 8 december 2026, om 13.30" on one line and "uur" alone on the next. The hour
    and its "uur" are one unbreakable unit (a no-break space), and "om" stays with them."""
    request, _slot = booked_client(db, clock, office, "Lotte", "Maes")
    card = AppointmentCards(db, clock, office.counsellor).for_request(request.id)
    assert card is not None
    renderer = PdfLetters.for_database(db)
    for at in (datetime(2026, 12, 8, 13, 30), datetime(2026, 9, 24, 10, 30), datetime(2026, 2, 18, 9, 0)):
        moment = at.replace(tzinfo=ZoneInfo("Europe/Brussels"))
        text = PdfReader(BytesIO(renderer.appointment_card(replace(card, at=moment)))).pages[0].extract_text()
        time = f"{moment.hour}.{moment.minute:02d}"
        line = next(line for line in text.splitlines() if time in line).replace("\xa0", " ")
        assert line.endswith(f"om {time} uur"), text
