"""Issue 15's acceptance: an EMPTY office (no demo data: the office and its first coordinator only) set up
through the main window's keys — a loket, its zitdag schedule, two partners, a provider and three courses,
the office's hourly contribution — and then one whole trajectory by keys: intake booked and held, up to
tier 3, referral out and its loop closed, the contribution, options and the choice, consent and the warm
handover. The referral and contribution figures of the monitoring JSON, XLSX and PDF (made by the command
line) are then checked against figures computed here from what was typed."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from casework_fixtures import CLI_ENV, let_coordinator_sign_in
from leerwinkel_desk.domain.enums import OrganisationType, Phase, ReferralReason, Tier
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.models import (
    Client,
    Consent,
    Contribution,
    Course,
    Handover,
    LearningRequest,
    Loket,
    OptionConsidered,
    PartnerContact,
    PartnerOrganisation,
    ReferralOut,
    Zitdag,
)
from leerwinkel_desk.ui.context import DeskContext
from test_ui import open_window
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active
from test_ui_routes import child_of, replace_text
from test_ui_settings import own_settings  # noqa: F401 - Qt's settings of this test in its own folder

COURSES = ("Boekhouden", "Zorgkundige", "Logistiek medewerker")
RATE, HOURS = Decimal("5.00"), Decimal(4)


@pytest.fixture
def empty_office(qtbot, db, clock):
    coordinator = create_office(db, clock, "Leerwinkel Leeg", "LWL", "coordinator", "Els Coördinator")
    let_coordinator_sign_in(db, clock, coordinator)         # for the command line at the end
    window = open_window(qtbot, DeskContext(db, clock, coordinator, "Leerwinkel Leeg", "Els Coördinator"))
    return window, coordinator


def dialog_of(qtbot, window):
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=3000)
    return wait_active(qtbot, window.active_dialog)


def dossier_form(qtbot, window):
    qtbot.waitUntil(lambda: window.dossier.active_dialog is not None, timeout=3000)
    return wait_active(qtbot, window.dossier.active_dialog)


def closed(qtbot, window, form) -> None:
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=10000)
    wait_active(qtbot, window)


def set_up_the_office(qtbot, window, db) -> None:
    # a loket and its zitdag every second Tuesday, 9-12, with the coordinator
    key(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    form = dialog_of(qtbot, window)
    typed(qtbot, "Loket OCMW Kortrijk")
    key(qtbot, Qt.Key.Key_S, ALT)
    typed(qtbot, "Doorniksewijk 12")
    key(qtbot, Qt.Key.Key_C, ALT)
    typed(qtbot, "8500")
    key(qtbot, Qt.Key.Key_G, ALT)
    typed(qtbot, "Kortrijk")
    key(qtbot, Qt.Key.Key_H, ALT)
    typed(qtbot, "Bus 1, halte Station")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.items.count() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Z, ALT)
    days = child_of(qtbot, form)
    key(qtbot, Qt.Key.Key_W, ALT)
    key(qtbot, Qt.Key.Key_Down)                                        # dinsdag
    key(qtbot, Qt.Key.Key_E, ALT)
    replace_text(qtbot, "2")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: days.items.count() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, form)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=3000)

    # two partners on the social map, the school with its study counsellor
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    form = dialog_of(qtbot, window)
    for name, downs in (("VDAB Kortrijk", 0), ("CVO Kortrijk", 6)):         # VDAB first, the school 7th
        key(qtbot, Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda: form.chosen is None and form.name.hasFocus(), timeout=3000)
        typed(qtbot, name)
        key(qtbot, Qt.Key.Key_S, ALT)
        key(qtbot, Qt.Key.Key_Home)
        for _ in range(downs):
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: any(form.items.item(i).text().startswith(n) for i in range(form.items.count()))
                        and form.chosen is not None, timeout=3000)
    key(qtbot, Qt.Key.Key_C, ALT)                                      # the school's contact persons
    people = child_of(qtbot, form)
    typed(qtbot, "Karel Vandenberghe")
    key(qtbot, Qt.Key.Key_F, ALT)
    typed(qtbot, "studiebegeleider")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.items.count() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, form)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=3000)

    # the training offer: a provider and three courses
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    form = dialog_of(qtbot, window)
    key(qtbot, Qt.Key.Key_H, ALT)
    providers = child_of(qtbot, form)
    typed(qtbot, "CVO Kortrijk")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: providers.items.count() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, form)
    for title in COURSES:
        key(qtbot, Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda: form.chosen is None, timeout=3000)
        key(qtbot, Qt.Key.Key_T, ALT)
        typed(qtbot, title)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=title: any(form.items.item(i).text().startswith(t)
                                            for i in range(form.items.count())), timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=3000)

    # the office's hourly contribution (Settings)
    key(qtbot, Qt.Key.Key_Comma, CTRL)
    form = dialog_of(qtbot, window)
    key(qtbot, Qt.Key.Key_K, ALT)
    key(qtbot, Qt.Key.Key_U, ALT)
    replace_text(qtbot, "5,00")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=5000)
    wait_active(qtbot, window)

    with db.read() as s:
        loket = s.scalars(select(Loket)).one()
        zitdag = s.scalars(select(Zitdag)).one()
        assert (loket.name, loket.street, loket.directions) == ("Loket OCMW Kortrijk", "Doorniksewijk 12",
                                                                "Bus 1, halte Station")
        assert (zitdag.loket_id, zitdag.weekday, zitdag.every_weeks) == (loket.id, 1, 2)
        partners = {p.name: p.org_type for p in s.scalars(select(PartnerOrganisation))}
        assert partners == {"VDAB Kortrijk": OrganisationType.VDAB, "CVO Kortrijk": OrganisationType.SCHOOL}
        assert s.scalars(select(PartnerContact.full_name)).all() == ["Karel Vandenberghe"]
        assert sorted(s.scalars(select(Course.title))) == sorted(COURSES)


def test_an_empty_office_set_up_by_keys_runs_a_whole_trajectory(qtbot, empty_office, db, clock, tmp_path) -> None:
    window, coordinator = empty_office
    with db.read() as s:                                               # really empty
        assert s.scalars(select(Client)).all() == [] and s.scalars(select(Course)).all() == []
    set_up_the_office(qtbot, window, db)
    run_a_trajectory(qtbot, window, db, clock)
    check_the_monitoring_documents(db, clock, tmp_path)


def run_a_trajectory(qtbot, window, db, clock) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)                             # a new client; her dossier opens
    dialog_of(qtbot, window)
    typed(qtbot, "Nadia")
    key(qtbot, Qt.Key.Key_N, ALT)                                      # Alt+N: Naam
    typed(qtbot, "Benali")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier is not None and window.active_dialog is None, timeout=5000)
    wait_active(qtbot, window)

    key(qtbot, Qt.Key.Key_N, CTRL)                                     # her question; the intake booked
    form = dialog_of(qtbot, window)
    typed(qtbot, "Wil zich omscholen tot boekhouder")
    key(qtbot, Qt.Key.Key_G, ALT)                                      # Alt+G: the open dossier's client
    qtbot.waitUntil(lambda: not form.anonymous.isChecked(), timeout=3000)
    key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=5000)
    wait_active(qtbot, window)
    with db.read() as s:
        request = s.scalars(select(LearningRequest)).one()
        assert (request.tier, request.phase) == (Tier.MEDIATION, Phase.INTAKE)

    key(qtbot, Qt.Key.Key_G, CTRL)                                     # the intake held
    form = dossier_form(qtbot, window)
    typed(qtbot, "Intake: boekhouding, avondonderwijs")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, window, form)
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)                             # up to a trajectory: asked first
    qtbot.waitUntil(lambda: window.dossier.confirm_box is not None, timeout=3000)
    wait_active(qtbot, window.dossier.confirm_box)
    key(qtbot, Qt.Key.Key_Return)                                      # Enter moves it
    qtbot.waitUntil(lambda: window.dossier.confirm_box is None, timeout=3000)
    wait_active(qtbot, window)
    qtbot.waitUntil(lambda: request_now(db).tier is Tier.TRAJECTORY, timeout=3000)

    key(qtbot, Qt.Key.Key_D, CTRL)                                     # referral out: work, to VDAB
    form = dossier_form(qtbot, window)
    assert form.partner.currentText().startswith("VDAB Kortrijk")
    key(qtbot, Qt.Key.Key_T, ALT)
    typed(qtbot, "Werkervaring in een boekhoudkantoor")
    key(qtbot, Qt.Key.Key_Return)
    closed(qtbot, window, form)
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)                             # the loop closed: she arrived
    form = dossier_form(qtbot, window)
    key(qtbot, Qt.Key.Key_A, ALT)
    key(qtbot, Qt.Key.Key_Return)
    closed(qtbot, window, form)

    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)                             # the contribution: 4 hours, no receipt
    form = dossier_form(qtbot, window)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "4")
    key(qtbot, Qt.Key.Key_A, ALT)                                      # Alt+A: no receipt this time
    qtbot.waitUntil(lambda: not form.receipt.isChecked(), timeout=2000)
    assert form.due.text() == "Te betalen door de cliënt: € 20,00"
    key(qtbot, Qt.Key.Key_Return)
    closed(qtbot, window, form)

    key(qtbot, Qt.Key.Key_O, CTRL)                                     # options: two courses, one chosen
    form = dossier_form(qtbot, window)
    for added, title in enumerate(("Boekhouden", "Logistiek"), 1):
        form.filter_text.setFocus()
        replace_text(qtbot, title)
        qtbot.waitUntil(lambda: form.courses.rowCount() == 1, timeout=3000)
        tab_to(qtbot, form.course_view)
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_O, ALT)                                  # Als optie toevoegen
        qtbot.waitUntil(lambda n=added: options_count(db) == n, timeout=3000)
    tab_to(qtbot, form.compare)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_K, ALT)                                      # Als keuze markeren
    qtbot.waitUntil(lambda: request_now(db).phase is Phase.CHOICE, timeout=3000)
    form.filter_text.setFocus()                                        # the search emptied: nothing to lose
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, window, form)

    key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)                             # her consent for the school
    form = dossier_form(qtbot, window)
    assert form.recipient.organisation.currentText() == "CVO Kortrijk"
    key(qtbot, Qt.Key.Key_G, ALT)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    closed(qtbot, window, form)
    key(qtbot, Qt.Key.Key_H, CTRL | SHIFT)                             # the warm handover
    form = dossier_form(qtbot, window)
    assert form.recipient.organisation.currentText() == "CVO Kortrijk"
    key(qtbot, Qt.Key.Key_R, ALT)
    closed(qtbot, window, form)

    with db.read() as s:
        request = s.scalars(select(LearningRequest)).one()
        referral = s.scalars(select(ReferralOut)).one()
        contribution = s.scalars(select(Contribution)).one()
        options = s.scalars(select(OptionConsidered)).all()
        consent = s.scalars(select(Consent)).one()
        handover = s.scalars(select(Handover)).one()
        assert (referral.reason_code, referral.happened, referral.loop_closed_on) == (
            ReferralReason.WORK, True, local_today(clock))
        assert (contribution.hours, contribution.hourly_rate, contribution.amount, contribution.paid_by) == (
            Decimal("4.0"), RATE, Decimal("20.00"), PaidBy.CLIENT)
        assert len(options) == 2 and [o.chosen_on is not None for o in options].count(True) == 1
        assert handover.consent_id == consent.id and handover.request_id == request.id
        assert request.tier is Tier.TRAJECTORY


def tab_to(qtbot, widget) -> None:
    """Tab through the form until `widget` has the focus, as a person does (at most 12 steps)."""
    for _ in range(12):
        if widget.hasFocus():
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert widget.hasFocus()


def options_count(db) -> int:
    with db.read() as s:
        return len(s.scalars(select(OptionConsidered)).all())


def request_now(db):
    with db.read() as s:
        return s.scalars(select(LearningRequest)).one()


def check_the_monitoring_documents(db, clock, tmp_path) -> None:
    """The figures expected from what was typed above, by hand: one referral for work whose loop closed with
    the client arrived; one contribution paid by the client, 4 hours at € 5,00."""
    want_referrals = {r.value: {"count": 0, "loops_closed": 0, "arrived": 0} for r in ReferralReason}
    want_referrals["unspecified"] = {"count": 0, "loops_closed": 0, "arrived": 0}
    want_referrals["work"] = {"count": 1, "loops_closed": 1, "arrived": 1}
    want_payers = {p.value: {"count": 0, "hours": 0.0, "amount": 0.0} for p in PaidBy}
    want_payers["client"] = {"count": 1, "hours": float(HOURS), "amount": float(HOURS * RATE)}
    today = local_today(clock).isoformat()
    path = db.path
    db.dispose()

    def report(fmt: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), "report", "--from",
                               today, "--to", today, "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")],
                              capture_output=True, text=True, timeout=300, env=CLI_ENV)

    for fmt in ("json", "xlsx", "pdf"):
        done = report(fmt)
        assert done.returncode == 0, done.stderr
    extras = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["extras"]
    assert extras["referrals_out"] == want_referrals
    assert extras["contributions"]["by_payer"] == want_payers
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = {r[0]: r[1:] for r in book["Doorverwijzingen"].iter_rows(values_only=True)}
    assert rows["Werk zoeken"] == (1, 1, 1)
    rows = {r[0]: r[1:] for r in book["Bijdragen"].iter_rows(values_only=True)}
    assert rows["Cliënt betaalt"] == (1, float(HOURS), float(HOURS * RATE))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Werk zoeken 1 1 1" in text and "Cliënt betaalt 1" in text


def test_a_referral_in_an_office_without_partners_says_who_adds_them(qtbot, empty_office, db, clock) -> None:
    """Doorverwijzen with an empty social map moved the focus and said nothing; it says so at once, and again
    at Enter, naming the coordinator's keys to the coordinator."""
    from test_ui_keys import answered, open_dossier_by_search, reopen_as

    window, coordinator = empty_office
    _client, request = answered(db, clock, coordinator, "Hanna", "Zonderkaart")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE)
    open_dossier_by_search(qtbot, window, "Zonderkaart")
    key(qtbot, Qt.Key.Key_D, CTRL)
    form = dossier_form(qtbot, window)
    said = ("Er staan nog geen partners op de sociale kaart. Sluit dit venster en voeg er een toe met Ctrl+Shift+S, "
            "of lees ze in met Ctrl+I.")
    assert form.partner.count() == 0
    assert form.error.isVisible() and form.error.text().endswith(said)
    key(qtbot, Qt.Key.Key_Return)
    assert window.dossier.active_dialog is form and form.error.text().endswith(said)
    with db.read() as s:
        assert s.scalars(select(ReferralOut)).all() == []
