"""Booking an intake from Nieuw contact (Ctrl+N, Ctrl+I) the way a counsellor does it, by keys: each free moment
says with whom and where, the Loket field narrows them, the booking is where it said; the dossier's timeline
reads a booked intake as planned; closing the request takes it off Vandaag."""

from __future__ import annotations

import uuid
from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, ContactStatus, Phase
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import Contact, LearningRequest
from test_ui import ctx, office, press, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, typed, wait_active
from test_ui_pages import go_to


def bram_at_the_office_first(db, clock, office) -> uuid.UUID:
    """A second loket where Bram sits tomorrow morning (one 90-minute moment), before An's zitdag at the
    Loket Sociaal Huis the day after: the first free moment is his, elsewhere."""
    kantoor = OfficeSetup(db, clock, office.coordinator).add_loket("Leerwinkel kantoor", "Kortrijk")
    Agenda(db, clock, office.coordinator).add_zitdag(
        kantoor.id, office.colleague.counsellor_id, time(9), time(11), on_date=local_today(clock) + timedelta(days=1),
        slot_minutes=90)
    return kantoor.id


def new_contact_for_the_open_dossier(qtbot, window, db, clock, office):
    """A new client's dossier open, Ctrl+N, the question typed, Alt+G: the contact is hers."""
    Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Janssens"))
    open_dossier_by_search(qtbot, window, "janssens")
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Wil een diploma secundair onderwijs")
    key(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)
    return dialog


def offered(dialog) -> list[str]:
    return [dialog.slot.itemText(i) for i in range(dialog.slot.count())]


def booked(db, request_id) -> tuple[LearningRequest, Contact]:
    with db.read() as s:
        return (s.get(LearningRequest, request_id),
                s.scalars(select(Contact).where(Contact.request_id == request_id)).one())


def test_with_no_loket_each_moment_says_who_and_where_and_the_intake_is_booked_there_and_reads_planned(
        qtbot, window, db, clock, office) -> None:
    kantoor = bram_at_the_office_first(db, clock, office)
    dialog = new_contact_for_the_open_dossier(qtbot, window, db, clock, office)
    assert dialog.loket.currentText() == "(geen loket)"
    assert offered(dialog)[0] == "21/11/2026 09:00 · Bram Desmet · Leerwinkel kantoor"
    assert "22/11/2026 10:00 · An Peeters · Loket Sociaal Huis" in offered(dialog)
    assert dialog.slot.currentText() == offered(dialog)[0]          # what Ctrl+I books is what the field shows
    key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    request, intake = booked(db, dialog.result_request.id)
    bram = office.colleague.counsellor_id
    assert (request.owner_id, request.loket_id) == (bram, kantoor)     # the request's loket is the intake's
    assert (intake.counsellor_id, intake.loket_id, intake.status, intake.minutes) == (
        bram, kantoor, ContactStatus.PLANNED, 90)
    timeline = window.dossier.timeline_model
    qtbot.waitUntil(lambda: timeline.index(0, 1).data() == "Gepland: intake", timeout=3000)   # not a held
    # "Gesprek" of 90 minutes; under it the request's step to its intake
    assert timeline.index(0, 3).data() in (None, "")


def test_a_loket_chosen_offers_only_its_moments_and_the_intake_is_booked_there(qtbot, window, db, clock,
                                                                                office) -> None:
    bram_at_the_office_first(db, clock, office)
    dialog = new_contact_for_the_open_dossier(qtbot, window, db, clock, office)
    key(qtbot, Qt.Key.Key_L, ALT)                                       # Loket
    assert QApplication.focusWidget() is dialog.loket
    key(qtbot, Qt.Key.Key_Down)                                         # Leerwinkel kantoor
    key(qtbot, Qt.Key.Key_Down)                                         # Loket Sociaal Huis
    assert dialog.loket.currentText() == "Loket Sociaal Huis"
    assert offered(dialog)[:3] == [f"22/11/2026 {hour}:00 · An Peeters · Loket Sociaal Huis"
                                   for hour in ("09", "10", "11")]
    assert all(text.endswith(" · An Peeters · Loket Sociaal Huis") for text in offered(dialog))     # Bram's gone
    key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    request, intake = booked(db, dialog.result_request.id)
    an = office.counsellor.counsellor_id
    assert (request.owner_id, request.loket_id, intake.counsellor_id, intake.loket_id) == (
        an, office.loket_id, an, office.loket_id)


def test_closing_the_request_cancels_its_booked_intake_which_leaves_vandaag(qtbot, window, db, clock,
                                                                             office) -> None:
    client = Clients(db, clock, office.counsellor).create(ClientInput("Fatima", "El Amrani"))
    day = local_today(clock) + timedelta(days=2)
    slot = Agenda(db, clock, office.info_officer).free_slots(day)[-1]            # An, 11:00
    request = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Wil een opleiding", client_id=client.id), slot)
    clock.at = slot.at - timedelta(minutes=30)                                   # that morning, before it
    page = go_to(qtbot, window, 0)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.sessions.rowCount() == 1, timeout=10000)
    open_dossier_by_search(qtbot, window, "el amrani")
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)                               # Leervraag afsluiten
    dialog = wait_active(qtbot, window.active_dialog)
    assert dialog.cancels.isVisible() and dialog.cancels.text() == (
        "Afsluiten annuleert het geboekte gesprek van 22/11/2026 11:00: laat het de cliënt weten.")
    key(qtbot, Qt.Key.Key_End)                                           # Resultaat: the last one, afgehaakt
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert Requests(db, clock, office.counsellor).get(request.id).phase is Phase.CLOSED
    assert booked(db, request.id)[1].status is ContactStatus.CANCELLED
    timeline = window.dossier.timeline_model
    qtbot.waitUntil(lambda: timeline.index(0, 1).data() == "Geannuleerd: intake", timeout=3000)
    key(qtbot, Qt.Key.Key_1, CTRL)                                       # Vandaag
    assert window.stack.currentWidget() is not window.dossier
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text(), timeout=10000)
    assert page.sessions.rowCount() == 0
