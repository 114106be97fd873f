"""Issue 15: the parts of the service reached from the main window by keys, on a real temporary database
(referral out with the loop closed, ...), and their command-line twins run as real processes."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from sqlalchemy import select

from casework_fixtures import CLI_ENV, build_office, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk.domain.enums import Exemption, Phase, ReferralReason, SocialStatus, Tier
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Contribution, ReferralOut
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, reopen_as, typed, wait_active


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300, env=CLI_ENV)


def timeline_rows(window) -> list[list[str]]:
    model = window.dossier.timeline_model
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]


# --- route 1: referral out, the loop on Vandaag, closed from the dossier -----------------------
def test_ctrl_d_refers_out_vandaag_lists_the_open_loop_and_ctrl_shift_d_closes_it(qtbot, window, db, clock,
                                                                                   office) -> None:
    answered(db, clock, office.counsellor, "Yusuf", "Demir")
    open_dossier_by_search(qtbot, window, "demir")
    key(qtbot, Qt.Key.Key_D, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.reason_code.value() is ReferralReason.WORK           # the reason first, work by default
    assert form.partner.currentText().startswith("VDAB Kortrijk")      # the usual partner for work first
    key(qtbot, Qt.Key.Key_T, ALT)                                      # Alt+T: Toelichting
    typed(qtbot, "Zoekt eerst werk, afspraak bij de bemiddelaar")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        referral = s.scalars(select(ReferralOut)).one()
        assert (referral.partner_id, referral.reason_code, referral.loop_closed_on) == (
            office.vdab_id, ReferralReason.WORK, None)
    row = next(r for r in timeline_rows(window) if r[1] == "Doorverwijzing")
    assert row[5] == "VDAB Kortrijk" and row[6] == "werk zoeken: Zoekt eerst werk, afspraak bij de bemiddelaar"
    assert "Doorverwezen naar VDAB Kortrijk" in window.statusBar().currentMessage()

    key(qtbot, Qt.Key.Key_1, CTRL)                                     # Vandaag: the loop is open
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.loops.rowCount() == 1, timeout=5000)
    shown = [today.loops.index(0, c).data() for c in range(today.loops.columnCount())]
    assert shown[1:4] == ["Yusuf Demir", "VDAB Kortrijk", "werk zoeken"]

    open_dossier_by_search(qtbot, window, "demir")
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert "VDAB Kortrijk" in form.referral.currentText()
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Niet aangekomen
    qtbot.waitUntil(form.not_arrived.isChecked, timeout=2000)
    key(qtbot, Qt.Key.Key_O, ALT)                                      # Alt+O: Notitie
    typed(qtbot, "Niet gegaan, nieuwe afspraak")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        referral = s.scalars(select(ReferralOut)).one()
        assert (referral.happened, referral.loop_closed_on, referral.loop_note) == (
            False, local_today(clock), "Niet gegaan, nieuwe afspraak")
    row = next(r for r in timeline_rows(window) if r[1] == "Doorverwijzing opgevolgd")
    assert row[5] == "VDAB Kortrijk" and row[6] == "niet aangekomen: Niet gegaan, nieuwe afspraak"
    key(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: today.loops.rowCount() == 0, timeout=5000)


def test_ctrl_d_proposes_the_integration_agency_for_weak_dutch(qtbot, window, db, clock, office) -> None:
    from leerwinkel_desk.domain.enums import OrganisationType
    from leerwinkel_desk.services.social_map import SocialMap

    SocialMap(db, clock, office.coordinator).add_partner("Agentschap Integratie West",
                                                         OrganisationType.INTEGRATION_AGENCY)
    answered(db, clock, office.counsellor, "Amina", "Haddad")
    open_dossier_by_search(qtbot, window, "haddad")
    key(qtbot, Qt.Key.Key_D, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_Down)                                        # the reason: Nederlands nog te zwak
    assert form.reason_code.value() is ReferralReason.DUTCH
    assert form.partner.currentText().startswith("Agentschap Integratie West")


# --- route 2: the client contribution with social correction, and its receipt ---------------
def trajectory_of(db, clock, office, first: str, last: str, status: SocialStatus):
    client, request = answered(db, clock, office.counsellor, first, last)
    Clients(db, clock, office.counsellor).update(client.id, ClientInput(first, last, status=status))
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY)
    return request


def test_ctrl_shift_k_exempts_a_job_seeker_by_status_and_the_receipt_names_nobody(qtbot, window, db, clock, office,
                                                                                 tmp_path, monkeypatch) -> None:
    Contributions(db, clock, office.coordinator).set_office_rate(Decimal("5.00"))
    request = trajectory_of(db, clock, office, "Karim", "Bouzid", SocialStatus.JOB_SEEKER)
    receipt = tmp_path / "bon.pdf"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: pytest.fail("a blocking dialog of its own"))
    open_dossier_by_search(qtbot, window, "bouzid")
    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert "€ 5,00" in form.rate.text()
    assert form.exemption.value() is Exemption.JOB_SEEKER
    assert form.why.text() == "Vrijgesteld: werkzoekend, volgens de status van de cliënt."
    key(qtbot, Qt.Key.Key_A, CTRL)                                     # the hours field has the focus
    typed(qtbot, "6")
    assert form.due.text() == "Niets te betalen (sociale correctie): € 0,00"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.file_dialog is not None, timeout=3000)
    wait_active(qtbot, window.dossier.file_dialog)
    key(qtbot, Qt.Key.Key_B, ALT)                                      # Alt+B: Bestandsnaam
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, str(receipt))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(receipt.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Ontvangstbewijs bewaard" in window.dossier.notice.text(), timeout=10000)
    with db.read() as s:
        row = s.scalars(select(Contribution)).one()
        assert (row.hours, row.hourly_rate, row.exemption, row.amount, row.paid_by) == (
            Decimal("6.0"), Decimal("5.00"), Exemption.JOB_SEEKER, Decimal("0.00"), PaidBy.EXEMPT)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(receipt).pages).split())
    assert request.request_no in text and "Vrijgesteld (sociale correctie)" in text
    assert "Bouzid" not in text and "Karim" not in text and "werkzoekend" not in text.lower()
    row = next(r for r in timeline_rows(window) if r[1] == "Bijdrage")
    assert row[6] == "vrijgesteld (sociale correctie): € 0,00"


def test_ctrl_shift_k_charges_the_hours_or_the_career_vouchers(qtbot, window, db, clock, office,
                                                                monkeypatch) -> None:
    Contributions(db, clock, office.coordinator).set_office_rate(Decimal("5.00"))
    trajectory_of(db, clock, office, "Els", "Wuyts", SocialStatus.EMPLOYED)
    open_dossier_by_search(qtbot, window, "wuyts")
    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.exemption.value() is None and form.why.text() == ""
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "4")
    assert form.due.text() == "Te betalen door de cliënt: € 20,00"
    key(qtbot, Qt.Key.Key_L, ALT)                                      # Alt+L: loopbaancheques
    qtbot.waitUntil(form.voucher.isChecked, timeout=2000)
    assert form.due.text() == "Te betalen met loopbaancheques: € 20,00"
    key(qtbot, Qt.Key.Key_A, ALT)                                      # Alt+A: no receipt this time
    qtbot.waitUntil(lambda: not form.receipt.isChecked(), timeout=2000)
    form.hours.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    assert window.dossier.file_dialog is None                          # no receipt was asked
    with db.read() as s:
        assert s.execute(select(Contribution.amount, Contribution.paid_by)).one() == (
            Decimal("20.00"), PaidBy.CAREER_VOUCHER)


def test_without_the_offices_hourly_amount_the_form_says_who_sets_it(qtbot, window, db, clock, office) -> None:
    trajectory_of(db, clock, office, "Tom", "Claes", SocialStatus.EMPLOYED)
    open_dossier_by_search(qtbot, window, "claes")
    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    typed(qtbot, "2")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error.isVisible, timeout=2000)
    assert "nog niet ingesteld: een coördinator stelt het in" in form.error.text()
    with db.read() as s:
        assert s.scalars(select(Contribution)).all() == []


# --- route 3: coordinators keep the reference data ---------------------------------------
@pytest.fixture
def coordinator_window(qtbot, db, clock, office):
    from leerwinkel_desk.ui.context import DeskContext
    from test_ui import open_window

    return open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))


def child_of(qtbot, form):
    """The form a button opened over `form` (a mnemonic clicks its button a moment later); when none opened,
    which window had the keyboard instead (a key that went elsewhere is then named, not only timed out)."""
    try:
        qtbot.waitUntil(lambda: form.active_child is not None, timeout=3000)
    except WaitTimedOut:
        raise AssertionError(f"nothing opened over {type(form).__name__}; {keyboard_state()}") from None
    return wait_active(qtbot, form.active_child)


def keyboard_state() -> str:
    """Where the keys go now: the active window, the focused widget, an open popup, every visible window."""
    def name(widget) -> str:
        return "none" if widget is None else f"{type(widget).__name__}({widget.windowTitle()!r})"

    shown = ", ".join(name(w) for w in QApplication.topLevelWidgets() if w.isVisible())
    return (f"active {name(QApplication.activeWindow())}, focus {name(QApplication.focusWidget())}, "
            f"popup {name(QApplication.activePopupWidget())}, shown: {shown}")


def confirmed_by_alt_u(qtbot, form, asked: str) -> None:
    """Retiring asks first; Alt+U again says yes."""
    qtbot.waitUntil(lambda: form.confirm_box is not None and form.confirm_box.isVisible(), timeout=3000)
    assert form.confirm_box.text().startswith(asked)
    wait_active(qtbot, form.confirm_box)
    key(qtbot, Qt.Key.Key_U, ALT)


def replace_text(qtbot, text: str) -> None:
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, text)


@pytest.mark.parametrize("letter", [Qt.Key.Key_S, Qt.Key.Key_O, Qt.Key.Key_J, Qt.Key.Key_G, Qt.Key.Key_U,
                                    Qt.Key.Key_B, Qt.Key.Key_M])
def test_a_counsellor_is_told_the_offices_data_is_a_coordinators(qtbot, window, letter) -> None:
    """Social map, offer, lokets, users, audit trail, backups, merges: told at once, no form that refuses later."""
    window.statusBar().clearMessage()
    key(qtbot, letter, CTRL | SHIFT)
    assert window.active_dialog is None
    assert "Alleen een coördinator" in window.statusBar().currentMessage()


def test_ctrl_shift_s_adds_edits_and_retires_a_partner_and_its_contact(qtbot, coordinator_window, db, clock,
                                                                      office) -> None:
    from leerwinkel_desk.domain.enums import OrganisationType
    from leerwinkel_desk.services.dossier import Dossiers
    from leerwinkel_desk.services.social_map import SocialMap
    from leerwinkel_desk.store.models import PartnerContact, PartnerOrganisation

    window = coordinator_window
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "CAW Zuid-West")                                      # the name has the focus
    key(qtbot, Qt.Key.Key_S, ALT)                                      # Alt+S: Soort
    typed(qtbot, "CAW")
    key(qtbot, Qt.Key.Key_G, ALT)
    typed(qtbot, "Kortrijk")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.items.count() == 4, timeout=3000)     # three from the fixture, and this one
    with db.read() as s:
        caw = s.scalars(select(PartnerOrganisation).where(PartnerOrganisation.name == "CAW Zuid-West")).one()
        assert (caw.org_type, caw.municipality, caw.retired_on) == (OrganisationType.CAW, "Kortrijk", None)
    key(qtbot, Qt.Key.Key_C, ALT)                                      # Alt+C: its contact persons
    people = child_of(qtbot, form)
    typed(qtbot, "Hanne Vermeulen")
    key(qtbot, Qt.Key.Key_F, ALT)
    typed(qtbot, "onthaalmedewerker")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.items.count() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, form)
    with db.read() as s:
        assert s.execute(select(PartnerContact.full_name, PartnerContact.function).where(
            PartnerContact.partner_id == caw.id)).one() == ("Hanne Vermeulen", "onthaalmedewerker")

    _client, request = answered(db, clock, office.counsellor, "Jonas", "Lemmens")   # a referral that used it
    Referrals(db, clock, office.counsellor).refer_out(request.id, caw.id, ReferralReason.WELFARE, "schulden")
    key(qtbot, Qt.Key.Key_1, ALT)                                      # Alt+1: the list; the partner chosen
    while not form.items.currentItem() or not form.items.currentItem().text().startswith("CAW Zuid-West"):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_T, ALT)
    replace_text(qtbot, "056 00 00 00")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: SocialMap(db, clock, office.coordinator).partners("zuid-west")[0].phone == "056 00 00 00",
                    timeout=3000)
    key(qtbot, Qt.Key.Key_U, ALT)                                      # Alt+U: uit dienst, asked first
    confirmed_by_alt_u(qtbot, form, "CAW Zuid-West uit dienst nemen?")
    qtbot.waitUntil(lambda: form.items.count() == 3, timeout=3000)
    assert SocialMap(db, clock, office.coordinator).partners("zuid-west") == []
    with db.read() as s:
        assert s.get(PartnerOrganisation, caw.id).retired_on == local_today(clock)
    timeline = Dossiers(db, clock, office.counsellor).timeline(request.client_id)
    assert [e.counterpart for e in timeline if e.kind == "referral"] == ["CAW Zuid-West"]   # still named


def test_ctrl_shift_j_adds_a_loket_and_a_zitdag_every_second_tuesday(qtbot, coordinator_window, db, clock,
                                                                     office) -> None:
    from datetime import timedelta

    from leerwinkel_desk.services.agenda import Agenda
    from leerwinkel_desk.store.models import Loket, Zitdag

    window = coordinator_window
    key(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Loket OCMW Kortrijk")
    key(qtbot, Qt.Key.Key_G, ALT)
    typed(qtbot, "Kortrijk")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.items.count() == 2, timeout=3000)
    key(qtbot, Qt.Key.Key_Z, ALT)                                      # Alt+Z: the zitdagen
    days = child_of(qtbot, form)
    before = days.items.count()
    while days.loket.currentText() != "Loket OCMW Kortrijk":
        key(qtbot, Qt.Key.Key_Down)                                    # the loket has the focus
    key(qtbot, Qt.Key.Key_W, ALT)                                      # Alt+W: weekdag
    key(qtbot, Qt.Key.Key_Down)                                        # maandag -> dinsdag
    key(qtbot, Qt.Key.Key_E, ALT)                                      # Alt+E: om de ... weken
    replace_text(qtbot, "2")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: days.items.count() == before + 1, timeout=3000)
    today = local_today(clock)
    with db.read() as s:
        loket = s.scalars(select(Loket).where(Loket.name == "Loket OCMW Kortrijk")).one()
        zitdag = s.scalars(select(Zitdag).where(Zitdag.loket_id == loket.id)).one()
        assert (zitdag.weekday, zitdag.every_weeks, zitdag.valid_from) == (1, 2, today)
        assert (zitdag.starts.hour, zitdag.ends.hour) == (9, 12)
    agenda = Agenda(db, clock, office.coordinator)
    tuesdays = [today + timedelta(days=d) for d in range(1, 36) if (today + timedelta(days=d)).weekday() == 1]
    held = [day for day in tuesdays if any(z.loket_id == loket.id for z in agenda.zitdagen(day))]
    assert held == [day for day in tuesdays if ((day - today).days // 7) % 2 == 0]
    assert any("om de 2 weken dinsdag 09:00-12:00" in days.items.item(i).text() for i in range(days.items.count()))


def test_ctrl_shift_o_adds_a_provider_and_a_course_with_its_facts(qtbot, coordinator_window, db, clock,
                                                                  office) -> None:
    from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter

    window = coordinator_window
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_H, ALT)                                      # Alt+H: aanbieders beheren
    providers = child_of(qtbot, form)
    typed(qtbot, "Syntra West")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: providers.items.count() == 2, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, form)
    form.title.setFocus()
    typed(qtbot, "Elektricien")
    key(qtbot, Qt.Key.Key_A, ALT)                                      # Alt+A: aanbieder
    while form.provider.currentText() != "Syntra West":
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_V, ALT)
    replace_text(qtbot, "4")
    key(qtbot, Qt.Key.Key_P, ALT)
    typed(qtbot, "350,50")
    key(qtbot, Qt.Key.Key_E, ALT)                                      # Alt+E: Nederlands vereist
    typed(qtbot, "B1")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Catalogue(db, clock, office.counsellor).courses(CourseFilter(text="elektricien")) != [],
                    timeout=3000)
    course = Catalogue(db, clock, office.counsellor).courses(CourseFilter(text="elektricien"))[0]
    assert (course.provider_name, course.eqf_level, course.cost_eur, course.dutch_level_required.value) == (
        "Syntra West", 4, Decimal("350.50"), "B1")
    key(qtbot, Qt.Key.Key_N, ALT)                                      # a new one, then the saved one chosen again
    qtbot.waitUntil(lambda: form.chosen is None and form.title.text() == "", timeout=2000)
    key(qtbot, Qt.Key.Key_1, ALT)
    while not form.items.currentItem() or not form.items.currentItem().text().startswith("Elektricien"):
        key(qtbot, Qt.Key.Key_Down)
    assert (form.title.text(), form.provider.currentText(), form.cost.text()) == ("Elektricien", "Syntra West",
                                                                                  "350.50")
    key(qtbot, Qt.Key.Key_U, ALT)                                      # retired: out of the offer
    confirmed_by_alt_u(qtbot, form, "Elektricien")
    qtbot.waitUntil(lambda: Catalogue(db, clock, office.counsellor).courses(CourseFilter(text="elektricien")) == [],
                    timeout=3000)


# --- route 9: a reminder to copy, logged as a micro-contact ---------------------------------
def test_ctrl_shift_r_copies_the_reminder_and_logs_the_micro_contact(qtbot, window, db, clock, office) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from leerwinkel_desk.domain.enums import Channel, ContactKind
    from leerwinkel_desk.services.agenda import Agenda
    from leerwinkel_desk.services.clients import ClientInput
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.store.models import Contact

    answered(db, clock, office.counsellor, "Wout", "Peeters")
    open_dossier_by_search(qtbot, window, "wout")                     # nothing booked: said so
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert window.dossier.active_dialog is None and "geen geboekt gesprek" in window.dossier.notice.text()
    client = Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Jacobs"))
    slot = Agenda(db, clock, office.info_officer).free_slots(local_today(clock) + timedelta(days=2))[0]
    request = Dispatch(db, clock, office.info_officer).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=client.id, loket_id=office.loket_id), slot)
    open_dossier_by_search(qtbot, window, "jacobs")
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    local = slot.at.astimezone(ZoneInfo("Europe/Brussels"))
    text = form.text.toPlainText()
    assert f"{local.day}/{local.month} om {local.hour}.{local.minute:02d} uur" in text
    assert "Loket Sociaal Huis, Kortrijk" in text and "Jacobs" not in text
    key(qtbot, Qt.Key.Key_S, ALT)                                      # Alt+S: sms
    qtbot.waitUntil(form.sms.isChecked, timeout=2000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    assert QApplication.clipboard().text() == text
    with db.read() as s:
        logged = s.scalars(select(Contact).where(Contact.request_id == request.id,
                                                 Contact.kind == ContactKind.MICRO)).one()
        assert logged.channel is Channel.SMS and logged.summary.startswith("Herinnering afspraak ")


# --- route 7: the agenda outside the app, without client names --------------------------------
def check_ics(data: bytes, session_at: datetime, dossier_no: str, name: str) -> None:
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert name not in text
    unfolded = text.replace("\r\n ", "")
    events = unfolded.split("BEGIN:VEVENT")[1:]
    session = next(e for e in events if f"SUMMARY:Gesprek {dossier_no}" in e)
    assert f"DTSTART:{session_at.astimezone(UTC):%Y%m%dT%H%M%SZ}" in session
    assert "LOCATION:Loket Sociaal Huis\\, Kortrijk" in session
    assert any("SUMMARY:Zitdag Loket Sociaal Huis" in e for e in events)


def test_ctrl_shift_x_exports_the_agenda_as_ics_and_refreshes_the_subscribable_file(qtbot, window, db, clock, office,
                                                                                     tmp_path, monkeypatch) -> None:
    from datetime import timedelta

    from leerwinkel_desk.domain.enums import Channel
    from leerwinkel_desk.services.agenda import Agenda
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact

    client = Clients(db, clock, office.counsellor).create(ClientInput("Ilse", "Verstraete"))
    slot = Agenda(db, clock, office.info_officer).free_slots(local_today(clock) + timedelta(days=2))[0]
    Dispatch(db, clock, office.info_officer).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=client.id, loket_id=office.loket_id), slot)
    chosen = tmp_path / "agenda.ics"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: pytest.fail("a blocking dialog of its own"))
    key(qtbot, Qt.Key.Key_X, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.file_dialog is not None, timeout=3000)
    wait_active(qtbot, window.file_dialog)
    key(qtbot, Qt.Key.Key_B, ALT)                                      # Alt+B: Bestandsnaam
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, str(chosen))
    key(qtbot, Qt.Key.Key_Return)
    feed = db.path.parent / "agenda" / "an.peeters.ics"
    qtbot.waitUntil(lambda: "Agenda bewaard" in window.statusBar().currentMessage(), timeout=10000)
    check_ics(chosen.read_bytes(), slot.at, client.dossier_no, "Verstraete")
    check_ics(feed.read_bytes(), slot.at, client.dossier_no, "Verstraete")     # the subscribable copy too


# --- the command-line twins ---------------------------------------------------------------
@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("routes") / "office.db"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))
    coordinator = create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "Coördinator Proef")
    let_coordinator_sign_in(db, clock, coordinator)
    office = build_office(db, clock, coordinator)
    _client, request = answered(db, clock, office.counsellor, "Lotte", "Maes")
    db.dispose()
    return path, request.request_no


def test_cli_refer_out_open_loops_and_close_loop(office_db) -> None:
    path, number = office_db
    result = cli(path, "refer-out", number, "--partner", "vdab", "--reason", "work", "--note", "Naar de bemiddelaar")
    assert result.returncode == 0, result.stderr
    assert "referred to VDAB Kortrijk" in result.stdout
    listed = cli(path, "open-loops")
    assert listed.returncode == 0 and f"{number}\tVDAB Kortrijk\twork" in listed.stdout
    assert "Maes" not in listed.stdout                               # no client names in the list
    wrong = cli(path, "close-loop", number, "--arrived", "--partner", "Sociaal Huis")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "0 open referrals" in wrong.stderr
    closed = cli(path, "close-loop", number, "--arrived", "--note", "Partner bevestigt")
    assert closed.returncode == 0, closed.stderr
    assert cli(path, "open-loops").stdout == ""
    db = open_sqlite(path, _key(path))
    try:
        coordinator_view = Referrals(db, FixedClock(datetime.now(UTC)), _coordinator(db))
        assert coordinator_view.open_loops() == []
        with db.read() as s:
            referral = s.scalars(select(ReferralOut)).one()
            assert (referral.happened, referral.loop_note, referral.reason) == (True, "Partner bevestigt",
                                                                                "Naar de bemiddelaar")
    finally:
        db.dispose()


def _key(path: Path) -> bytes | None:
    from leerwinkel_desk.store.keyring import KeyRing

    ring = KeyRing.load(path.resolve())
    return ring.unlock("coordinator", CLI_ENV["LEERWINKEL_PASSPHRASE"]) if ring.exists() else None


def _coordinator(db):
    from leerwinkel_desk.services.offices import default_actor
    from leerwinkel_desk.store.models import Office

    with db.read() as s:
        office_id = s.scalars(select(Office.id)).one()
    return default_actor(db, office_id)


def test_cli_contribution_rate_and_contribution_with_its_receipt(office_db, tmp_path: Path) -> None:
    path, number = office_db
    assert cli(path, "contribution-rate").stdout.strip() == "hourly contribution: not set"
    unset = cli(path, "contribution", number, "--hours", "3")
    assert unset.returncode == 1 and unset.stderr.count("\n") == 1 and "not_set" in unset.stderr
    assert cli(path, "contribution-rate", "4.50").stdout.strip() == "hourly contribution: 4.50 EUR"
    receipt = tmp_path / "bon.pdf"
    paid = cli(path, "contribution", number, "--hours", "2", "--career-voucher", "--receipt", str(receipt))
    assert paid.returncode == 0, paid.stderr
    assert "at 4.50 EUR = 0.00 EUR, paid by free" in paid.stdout      # the request is at tier 1: free
    assert receipt.read_bytes().startswith(b"%PDF")


# --- the referral and contribution figures in the monitoring JSON, XLSX and PDF -------------
def test_referral_and_contribution_figures_in_the_monitoring_documents(db, clock, office, tmp_path) -> None:
    import openpyxl

    from leerwinkel_desk.reports.monitoring_pdf import write_pdf_report
    from leerwinkel_desk.reports.monitoring_xlsx import write_xlsx_report
    from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter

    an = office.counsellor
    fees, referrals = Contributions(db, clock, an), Referrals(db, clock, an)
    made = [  # (status, hours, voucher, reason, arrived: None = loop open)
        (SocialStatus.JOB_SEEKER, Decimal(6), False, ReferralReason.WORK, True),
        (SocialStatus.LEEFLOON, Decimal(3), False, ReferralReason.WELFARE, False),
        (SocialStatus.EMPLOYED, Decimal("2.5"), False, ReferralReason.WORK, None),
        (SocialStatus.EMPLOYED, Decimal(4), True, ReferralReason.DUTCH, True),
        (SocialStatus.STUDENT, Decimal(1), False, ReferralReason.WORK, None),
    ]
    rate = Decimal("5.00")
    names = [("Anouk", "Verhaeghe"), ("Bilal", "Azzouzi"), ("Chloé", "Dumont"), ("Dirk", "Goossens"),
             ("Ewa", "Kowalska")]
    for (first, last), (status, hours, voucher, reason, arrived) in zip(names, made, strict=True):
        request = trajectory_of(db, clock, office, first, last, status)
        fees.record(request.id, hours, rate, career_voucher=voucher)
        referral = referrals.refer_out(request.id, office.vdab_id, reason, "reden")
        if arrived is not None:
            referrals.close_loop(referral.id, arrived)
    # expected, by plain Python over the list above
    want_referrals = {r.value: {"count": 0, "loops_closed": 0, "arrived": 0} for r in ReferralReason}
    want_referrals["unspecified"] = {"count": 0, "loops_closed": 0, "arrived": 0}
    want_payers = {p.value: {"count": 0, "hours": 0.0, "amount": 0.0} for p in PaidBy}
    want_exemptions = {e.value: 0 for e in Exemption}
    for status, hours, voucher, reason, arrived in made:
        figures = want_referrals[reason.value]
        figures["count"] += 1
        figures["loops_closed"] += arrived is not None
        figures["arrived"] += arrived is True
        exempt = {SocialStatus.JOB_SEEKER: "job_seeker", SocialStatus.LEEFLOON: "leefloon"}.get(status)
        payer = "exempt" if exempt else ("career_voucher" if voucher else "client")
        want_payers[payer]["count"] += 1
        want_payers[payer]["hours"] += float(hours)
        want_payers[payer]["amount"] += 0.0 if exempt else float(hours * rate)
        if exempt:
            want_exemptions[exempt] += 1
    today = local_today(clock)
    report = Monitoring(db, clock, office.coordinator).report(ReportFilter(today, today))
    extras = report.to_json_dict()["extras"]
    assert extras["referrals_out"] == want_referrals
    assert extras["contributions"] == {"by_payer": want_payers, "exemptions": want_exemptions}

    write_xlsx_report(report, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = {r[0]: r[1:] for r in book["Doorverwijzingen"].iter_rows(values_only=True)}
    assert rows["Werk zoeken"] == (3, 1, 1) and rows["Nederlands nog te zwak"] == (1, 1, 1)
    assert rows["Welzijn, schulden of wonen"] == (1, 1, 0)
    rows = {r[0]: r[1:] for r in book["Bijdragen"].iter_rows(values_only=True)}
    assert rows["Cliënt betaalt"] == (2, 3.5, 17.5) and rows["Loopbaancheques"] == (1, 4, 20)
    assert rows["Vrijgesteld (sociale correctie)"] == (2, 9, 0)
    rows = {r[0]: r[1:] for r in book["Vrijstellingen"].iter_rows(values_only=True)}
    assert rows["Werkzoekend"] == (1,) and rows["Leefloon"] == (1,)

    write_pdf_report(report, tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Doorverwezen naar partners, per reden" in text and "Werk zoeken 3 1 1" in text
    assert "Bijdragen van cliënten, per betaler" in text and "Loopbaancheques 1" in text


def test_cli_reference_data_partner_contact_provider_course_loket_zitdag(office_db) -> None:
    path, _number = office_db
    steps = [
        ("partner", "add", "CAW Zuid-West", "--type", "caw", "--municipality", "Kortrijk"),
        ("partner", "edit", "caw zuid-west", "--phone", "056 11 22 33"),
        ("contact", "add", "CAW Zuid-West", "Hanne Vermeulen", "--function", "onthaal"),
        ("provider", "add", "Syntra West", "--type", "syntra", "--municipality", "Kortrijk"),
        ("course", "add", "Elektricien", "--provider", "syntra", "--level", "4", "--evenings", "--cost", "350.50",
         "--dutch", "B1", "--start", "2027-02-01", "--duration", "2 jaar", "--recognised-qualification"),
        ("loket", "add", "Loket CAW", "--municipality", "Kortrijk", "--host", "CAW Zuid-West"),
        ("zitdag", "add", "Loket CAW", "--counsellor", "an.peeters", "--starts", "09:00", "--ends", "12:00",
         "--weekday", "1", "--every-weeks", "2"),
    ]
    for step in steps:
        done = cli(path, *step)
        assert done.returncode == 0, (step, done.stderr)
    listed = cli(path, "zitdag", "list").stdout
    line = next(x for x in listed.splitlines() if "Loket CAW" in x)
    assert "weekday 1 every 2 week(s)" in line and "09:00-12:00" in line and "an.peeters" in line
    unknown = cli(path, "course", "add", "X", "--provider", "nergens")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1 and "0 providers match" in unknown.stderr
    for step in (("course", "retire", "Elektricien"), ("contact", "retire", "CAW Zuid-West", "Hanne"),
                 ("partner", "retire", "CAW Zuid-West"), ("zitdag", "end", line.split("\t")[0])):
        done = cli(path, *step)
        assert done.returncode == 0, (step, done.stderr)
    db = open_sqlite(path, _key(path))
    try:
        from leerwinkel_desk.services.catalogue import Catalogue
        from leerwinkel_desk.services.social_map import SocialMap
        from leerwinkel_desk.store.models import Course, PartnerOrganisation

        clock, actor = FixedClock(datetime.now(UTC)), _coordinator(db)
        with db.read() as s:
            caw = s.scalars(select(PartnerOrganisation).where(PartnerOrganisation.name == "CAW Zuid-West")).one()
            course = s.scalars(select(Course).where(Course.title == "Elektricien")).one()
            assert (caw.phone, caw.retired_on is not None) == ("056 11 22 33", True)
            assert (course.eqf_level, course.evenings, course.cost_eur, course.recognised_qualification,
                    course.duration_text, course.retired_on is not None) == (4, True, Decimal("350.50"), True,
                                                                              "2 jaar", True)
        assert SocialMap(db, clock, actor).partners("zuid-west") == []
        assert Catalogue(db, clock, actor).courses() and all(c.title != "Elektricien"
                                                              for c in Catalogue(db, clock, actor).courses())
    finally:
        db.dispose()


def test_cli_remind_prints_the_reminder_and_logs_it(office_db) -> None:
    from datetime import timedelta

    from leerwinkel_desk.domain.enums import Channel, ContactKind
    from leerwinkel_desk.services.agenda import Agenda
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.store.models import Contact

    path, number = office_db
    nothing = cli(path, "remind", number)
    assert nothing.returncode == 1 and "no booked session" in nothing.stderr and nothing.stderr.count("\n") == 1
    db = open_sqlite(path, _key(path))
    try:
        clock, actor = FixedClock(datetime.now(UTC)), _coordinator(db)
        client = Clients(db, clock, actor).create(ClientInput("Sien", "Maertens"))
        slot = next(slot for days in range(1, 9)
                    for slot in Agenda(db, clock, actor).free_slots(local_today(clock) + timedelta(days=days)))
        booked = Dispatch(db, clock, actor).book_intake(FirstContact(Channel.PHONE, "Zorg", client_id=client.id), slot)
    finally:
        db.dispose()
    done = cli(path, "remind", booked.request_no, "--channel", "sms")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Herinnering: u hebt een afspraak bij Leerwinkel Proef op ")
    assert "Maertens" not in done.stdout
    db = open_sqlite(path, _key(path))
    try:
        with db.read() as s:
            assert s.execute(select(Contact.channel).where(Contact.request_id == booked.id,
                                                           Contact.kind == ContactKind.MICRO)).scalars().all() == [
                Channel.SMS]
    finally:
        db.dispose()


def test_cli_agenda_export_writes_the_subscribable_file(office_db, tmp_path: Path) -> None:
    path, _number = office_db
    done = cli(path, "agenda-export")
    assert done.returncode == 0, done.stderr
    feed = path.parent / "agenda" / "coordinator.ics"
    assert f"agenda written to {feed}" in done.stdout
    assert feed.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
