"""A GDPR access request: the whole dossier as JSON and as a readable PDF, from the CLI and the dossier."""

from __future__ import annotations

import ast
import io
import json
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import Enum as SqlEnum
from sqlalchemy import inspect as sa_inspect

from casework_fixtures import CLI_ENV, CLI_PASSPHRASE, build_office, let_coordinator_sign_in
from leerwinkel_desk import services
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    DataItem,
    Phase,
    ReferralReason,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.letters import LetterKind
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.requests import IntakeInput, Requests
from leerwinkel_desk.store.models import (
    Client,
    Consent,
    Contact,
    Contribution,
    Handover,
    LearningRequest,
    Letter,
    OptionConsidered,
    ReferralOut,
    RequestChange,
)


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


def test_an_action_a_newer_version_recorded_is_listed_as_another_action(db, clock, coordinator) -> None:
    """A laptop not yet updated holds events a newer one recorded (they came in through the sync): the
    person's access is not refused for them, and their code does not reach the paper."""
    from leerwinkel_desk.services import audit

    office = build_office(db, clock, coordinator)
    client = a_dossier(db, clock, office)
    with db.write() as session:
        audit.record(session, office.counsellor, clock.now(), "client.future_thing", "client", client.id,
                     subject_client_id=client.id)
    text = pdf_text(PdfLetters().access_report(Dossiers(db, clock, office.coordinator).access_request(client.id)))
    assert "An Peeters · een andere handeling" in text and "future_thing" not in text


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
    chosen.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: pytest.fail("a blocking dialog"))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.dossier.file_dialog is not None and window.dossier.file_dialog.isVisible(),
                    timeout=3000)
    folders = window.dossier.file_dialog
    assert Path(folders.directory().absolutePath()) != Path.cwd()          # Documents or home, never where it ran
    folders.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is folders, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)   # Alt+N: Mapnaam
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), str(chosen))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "bewaard" in window.dossier.notice.text(), timeout=10_000)
    names = sorted(p.name for p in chosen.iterdir())
    assert names == [f"{client.dossier_no}-inzage.json", f"{client.dossier_no}-inzage.pdf"]
    assert "Łukasz" in pdf_text((chosen / names[1]).read_bytes())
    assert json.loads((chosen / names[0]).read_text(encoding="utf-8"))["audit_events"][-1]["action"] == "client.export"


def a_dossier_with_casework(db, clock, office):
    """A client on leefloon, referred to the Sociaal Huis, who weighed two options, got a contribution
    (exempt), whose request went from An to Bram, with her trajectory session still to come."""
    info, an, bram = office.info_officer, office.counsellor, office.colleague
    client = Clients(db, clock, info).create(ClientInput("Amélie", "Leroy", status=SocialStatus.LEEFLOON))
    slot = Agenda(db, clock, info).free_slots(local_today(clock) + timedelta(days=2))[0]     # booked by the desk
    request = Dispatch(db, clock, info).book_intake(FirstContact(
        Channel.PHONE, "Ik wil zorgkundige worden", topic="Zorg", client_id=client.id), slot)
    Requests(db, clock, an).move_tier(request.id, Tier.TRAJECTORY)
    Requests(db, clock, an).reassign(request.id, bram.counsellor_id, "An is met verlof")
    Contacts(db, clock, bram).log_micro(request.id, Channel.EMAIL, "Uurrooster doorgestuurd", minutes=8)
    Options(db, clock, bram).consider(request.id, course_id=office.course_ids[1], note="Overdag, met stage")
    Referrals(db, clock, bram).refer_out(request.id, office.ocmw_id, ReferralReason.WELFARE, "Huurachterstal",
                                         partner_contact_id=office.ocmw_worker_id)
    Contributions(db, clock, office.coordinator).set_office_rate(Decimal("5.00"))
    Contributions(db, clock, bram).record(request.id, Decimal("1.58"))
    return client, slot


def test_the_pdf_names_partners_courses_and_counsellors_in_dutch_and_lists_the_planned_session_apart(
        db, clock, coordinator) -> None:
    office = build_office(db, clock, coordinator)
    client, slot = a_dossier_with_casework(db, clock, office)
    request = Dossiers(db, clock, office.coordinator).access_request(client.id)
    text = pdf_text(PdfLetters().access_report(request))
    for expected in ("Sociaal Huis Kortrijk", "Sofie Claeys", "welzijn, schulden of wonen", "Huurachterstal",
                     "Zorgkundige bij CVO Miras", "Overdag, met stage",
                     "€ 5,00", "€ 0,00", "1 uur en 35 minuten", "recht op leefloon", "vrijgesteld",
                     "begeleider", "An Peeters", "Bram Desmet", "An is met verlof", "informatiebemiddeling",
                     "begeleidingstraject", "Loket Sociaal Huis", "Uurrooster doorgestuurd",
                     "e-mail · wij namen contact op", "intakegesprek"):
        assert expected in text, expected
    held, planned = text.split("Gesprekken en berichten")[1].split("Geplande afspraken")
    booked_on = f"{slot.at.astimezone(BRUSSELS):%d/%m/%Y}"
    assert booked_on in planned.split("Opleidingen die we samen bekeken")[0] and booked_on not in held
    for english in ("considered", "reason code", "welfare", "referred on", "career voucher", "paid by", "exempt",
                    "owner", "5.00", "1.58", "0.00", "trajectory", "planned"):
        assert english not in text, english
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)                      # no ids, a name for each


EXPORTED = (Client, LearningRequest, RequestChange, Contact, ReferralOut, OptionConsidered, Contribution,
            Handover, Consent, Letter)


def test_every_field_and_code_the_client_reads_has_dutch_words() -> None:
    """A column added without words fails here, not as an English name on the client's paper."""
    from leerwinkel_desk.reports.access_report import TECHNICAL, Words

    words = Words()
    for model in EXPORTED:
        for column in sa_inspect(model).columns:
            if column.key in TECHNICAL:
                continue
            assert words.field(column.key), f"{model.__name__}.{column.key}"
            if isinstance(column.type, SqlEnum):
                for member in column.type.enum_class:               # a code without words: KeyError
                    assert words.value(column.key, member.value), (column.key, member)
    for kind in LetterKind:
        assert words.value("kind", kind.value)
    assert words.value("data_items", list(DataItem))
    for field, code in (("tier", Tier), ("phase", Phase)):
        for member in code:
            assert words.change({"field": field, "new_value": member.value}, "new_value")
    for field in ("tier", "phase", "owner", "client"):                  # what `record_change` is given
        assert words.change({"field": field}, "field")


def audited_on_a_dossier() -> set[str]:
    """Every audit action the services record about a client (`subject_client_id`), read from their source:
    `audit.record(…, action, entity, record, fields, subject_client_id=…)` and an import's
    `self.event(action, entity, record, fields, subject)`."""
    found = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            if call.func.attr == "record" and isinstance(call.func.value, ast.Name) and call.func.value.id == "audit":
                action, about_someone = call.args[3], any(k.arg == "subject_client_id" for k in call.keywords)
            elif call.func.attr == "event" and len(call.args) == 5:
                action, subject = call.args[0], call.args[4]
                about_someone = not (isinstance(subject, ast.Constant) and subject.value is None)
            else:
                continue
            if about_someone and isinstance(action, ast.Constant):
                found.add(action.value)
    return found


def test_every_audit_action_on_a_dossier_has_dutch_words() -> None:
    from leerwinkel_desk.reports.access_report import Words

    actions = audited_on_a_dossier()
    assert {"client.view", "contact.cancel", "referral.create", "client.import", "contact.import"} <= actions
    assert actions <= Words().actions.keys()
