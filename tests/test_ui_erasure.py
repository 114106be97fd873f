"""Erasing a client (GDPR) by keys, as a tester met it: the question says what goes, what stays and what it ends;
a wrong number erases nothing and says so; the client's open work ends with them (the request closed, booked
sessions cancelled, the referral left without outcome and off Vandaag), and a list read before the erasure
opens nothing that crashes: Enter says one line."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from sqlalchemy import select

from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Outcome,
    Phase,
    ReferralReason,
    SessionType,
    Tier,
)
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.models import Client, Contact, LearningRequest, ReferralOut
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, key, open_dossier_by_search, reopen_as, typed, wait_active


@pytest.fixture
def erasable(db, clock, office):
    """Rosalie: a tier-3 request of An's, an intake booked in two days, a session booked at 9:00 this morning
    not written down yet, and a referral to the OCMW whose outcome is not known."""
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Rosalie", "Verschaeve"))
    slot = Agenda(db, clock, an).free_slots(local_today(clock) + timedelta(days=2))[0]
    request = Dispatch(db, clock, an).book_intake(
        FirstContact(Channel.PHONE, "wil zorgkundige worden", client_id=client.id), slot)
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, an)
    with db.write() as s:
        s.add(Contact(office_id=an.office_id, request_id=request.id, kind=ContactKind.SESSION,
                      session_type=SessionType.TRAJECTORY, status=ContactStatus.PLANNED,
                      channel=Channel.FACE_TO_FACE, at=clock.now() - timedelta(hours=1, minutes=30), minutes=60,
                      loket_id=office.loket_id, counsellor_id=an.counsellor_id,
                      created_at=clock.now(), updated_at=clock.now()))
    Referrals(db, clock, an).refer_out(request.id, office.ocmw_id, ReferralReason.WELFARE, "schulden")
    return client, request


def coordinator_window(qtbot, db, clock, office) -> MainWindow:
    main = MainWindow(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(main)
    main.show()
    wait_active(qtbot, main)
    return main


def unblock_a_question() -> None:
    """The old question blocked in its own event loop: Escape it, so that a test of the old code fails, not hangs."""
    def escape() -> None:
        if isinstance(dialog := QApplication.activeModalWidget(), QInputDialog):
            dialog.reject()
    QTimer.singleShot(1500, escape)


def erase_from_the_menu(qtbot, main: MainWindow) -> QDialog:
    key(qtbot, Qt.Key.Key_D, ALT)                                   # the menu Dossier; its last item erases
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    menu = QApplication.activePopupWidget()
    unblock_a_question()
    qtbot.keyClick(menu, Qt.Key.Key_Up)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.dossier.active_dialog is not None, timeout=3000)
    return wait_active(qtbot, main.dossier.active_dialog)


def test_the_question_says_what_stays_and_ends_a_wrong_number_erases_nothing_and_the_open_work_ends(
        qtbot, db, clock, office, erasable) -> None:
    client, request = erasable
    period = ReportFilter(local_today(clock), local_today(clock))
    before = Monitoring(db, clock, office.coordinator).report(period).to_json_dict()
    main = coordinator_window(qtbot, db, clock, office)
    open_dossier_by_search(qtbot, main, "verschaeve")
    dialog = erase_from_the_menu(qtbot, main)
    said = dialog.explanation.text()
    for words in ("kan niet ongedaan", "anoniem", "monitoringcijfers",           # what stays, and why
                  "inzagemap", "pdf", "al naar partners zijn verstuurd",          # what the app cannot reach
                  "open leervragen: 1", "‘Afgehaakt’", "geboekte gesprekken: 2", "geannuleerd",
                  "doorverwijzingen zonder uitkomst: 1"):
        assert words in said, words

    typed(qtbot, "LW-1999-000001")                                  # a wrong number: the dialog stays, says so
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "niets gewist" in dialog.error.text()
    assert Clients(db, clock, office.coordinator).get(client.id).last_name == "Verschaeve"

    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, client.dossier_no.lower())
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert main.statusBar().currentMessage() == "De cliënt is gewist"
    with db.read() as s:
        assert s.get(Client, client.id).last_name is None
        closed = s.get(LearningRequest, request.id)
        assert (closed.phase, closed.outcome, closed.closed_on, closed.follow_up) == (
            Phase.CLOSED, Outcome.DROPPED_OUT, local_today(clock), False)
        assert set(s.scalars(select(Contact.status).where(Contact.request_id == request.id))) == {
            ContactStatus.CANCELLED}
        assert s.scalar(select(ReferralOut.loop_closed_on).where(ReferralOut.request_id == request.id)) is None
    after = Monitoring(db, clock, office.coordinator).report(period).to_json_dict()
    assert after["requests"] == before["requests"]                          # still counted, anonymised
    assert (before["outcomes"]["open"], after["outcomes"]["open"]) == (1, 0)
    assert after["outcomes"]["dropped_out"] == before["outcomes"]["dropped_out"] + 1
    assert after["extras"]["referrals_out"] == before["extras"]["referrals_out"]     # no loop closed on a guess


def test_a_counsellor_meets_no_work_of_an_erased_client_and_a_row_read_before_says_one_line(
        qtbot, db, clock, office, erasable, window) -> None:
    client, request = erasable
    today = window.page("today")
    qtbot.waitUntil(lambda: today.day is not None and today.loops.rowCount() == 1, timeout=5000)
    assert today.sessions.rowCount() == 1                           # the session of 9:00, to write down
    key(qtbot, Qt.Key.Key_3, CTRL)                                  # Aanvragen: Rosalie's request, open
    requests = window.page("requests")
    assert requests.model.rowCount() == 1

    Erasures(db, clock, office.coordinator).erase(client.id)       # a coordinator, elsewhere, meanwhile
    requests.table.setFocus()
    requests.table.selectRow(0)
    key(qtbot, Qt.Key.Key_Return)                                   # the row read before: one line, no crash
    assert window.statusBar().currentMessage() == "Deze cliënt is gewist (AVG): er is geen dossier meer om te openen."
    assert window.stack.currentWidget() is not window.dossier

    key(qtbot, Qt.Key.Key_1, CTRL)                                  # Vandaag, read again: nothing of hers
    qtbot.waitUntil(lambda: today.day is not None and "geladen" not in today.plan.text(), timeout=5000)
    assert (today.sessions.rowCount(), today.loops.rowCount(), today.quiet.rowCount()) == (0, 0, 0)
    key(qtbot, Qt.Key.Key_3, CTRL)
    assert requests.model.rowCount() == 0
