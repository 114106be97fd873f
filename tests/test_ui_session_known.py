"""The session form (Ctrl+G) starts from what is known, found by a new counsellor: on a second conversation
Studieverleden, Praktische drempels and Netwerk were empty although Ctrl+E showed them saved (retyped, or
overwritten unseen); and an intake held today that was booked for a later day stayed "Gepland: intake"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, ContactStatus, Phase, SessionType, Tier
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.services.requests import IntakeInput, Requests
from leerwinkel_desk.store.models import Client, Contact
from leerwinkel_desk.ui.texts import format_moment
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, reopen_as, typed, wait_active

STUDIES = "Secundair niet afgemaakt (4de jaar TSO)"
BARRIERS = "Kinderopvang op woensdag"
NETWORK = "Zus helpt met papieren"

WHAT_COLUMN = 1


def replace_text(qtbot, mnemonic: Qt.Key, text: str) -> None:
    """Alt+letter to a field, everything in it selected, then the new text typed (nothing typed: emptied)."""
    key(qtbot, mnemonic, ALT)
    key(qtbot, Qt.Key.Key_A, CTRL)
    if text:
        typed(qtbot, text)
    else:
        key(qtbot, Qt.Key.Key_Delete)


def test_the_second_session_shows_what_the_dossier_knows_and_a_change_is_the_clients_record(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Amina", "Bouzid")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    Requests(db, clock, an).record_intake(request.id, IntakeInput(
        study_history=STUDIES, practical_barriers=BARRIERS, support_network=NETWORK))     # the first conversation
    clock.at += timedelta(days=7)
    open_dossier_by_search(qtbot, window, "bouzid")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert (form.study_history.toPlainText(), form.practical_barriers.toPlainText(),
            form.support_network.toPlainText()) == (STUDIES, BARRIERS, NETWORK)          # they were empty
    assert form.known.isVisible() and "Een wijziging hier wordt bij de gegevens van de cliënt bewaard" in \
        form.known.text()
    assert QApplication.focusWidget() is form.summary
    typed(qtbot, "Opties overlopen")
    replace_text(qtbot, Qt.Key.Key_W, "Zus en buurvrouw helpen")                    # Netwerk: changed
    replace_text(qtbot, Qt.Key.Key_P, "")                                           # Praktische drempels: solved
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        stored = s.get(Client, client.id)
        assert (stored.study_history, stored.practical_barriers, stored.support_network) == (
            STUDIES, None, "Zus en buurvrouw helpen")                               # untouched stays as it was
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_E, CTRL)                                                  # the client's data: one truth
    details = wait_active(qtbot, window.dossier.active_dialog)
    assert (details.study_history.toPlainText(), details.practical_barriers.toPlainText(),
            details.support_network.toPlainText()) == (STUDIES, "", "Zus en buurvrouw helpen")


def intake_booked_in_two_days(db, clock, office):
    client = Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Jacobs"))
    day = local_today(clock) + timedelta(days=2)
    slot = Agenda(db, clock, office.info_officer).free_slots(day)[0]                  # An, at the Sociaal Huis
    request = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Boekhouden", client_id=client.id), slot)
    return request, slot


def contacts_of(db, request_id) -> list[Contact]:
    with db.read() as s:
        return list(s.scalars(select(Contact).where(Contact.request_id == request_id)))


def test_an_intake_held_before_its_booked_day_takes_the_booking_so_it_no_longer_stands_planned(
        qtbot, window, db, clock, office) -> None:
    request, slot = intake_booked_in_two_days(db, clock, office)
    open_dossier_by_search(qtbot, window, "jacobs")                                 # she came in today
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.take_early.isVisible() and form.take_early.isChecked()               # offered, and meant
    assert form.take_early.text().replace("&", "") == (
        f"Dit is de geboekte intake van {format_moment(slot.at)}: al gehouden, vroeger dan gepland")
    assert form.loket.currentData() == office.loket_id and form.minutes.value() == slot.minutes
    typed(qtbot, "Intake: boekhouden in avondonderwijs")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    [held] = contacts_of(db, request.id)                                              # the booking, not a second
    assert (held.status, held.session_type, held.summary) == (
        ContactStatus.HELD, SessionType.INTAKE, "Intake: boekhouden in avondonderwijs")
    assert held.at.replace(tzinfo=clock.now().tzinfo) == clock.now()                 # when it took place
    assert held.counsellor_id == office.counsellor.counsellor_id and held.loket_id == office.loket_id
    timeline = window.dossier.timeline_model
    whats = [timeline.index(r, WHAT_COLUMN).data() for r in range(timeline.rowCount())]
    assert "Intake" in whats and "Gepland: intake" not in whats
    agenda = Agenda(db, clock, office.counsellor)
    assert agenda.day(office.counsellor.counsellor_id, slot.at.date()).sessions == []   # not on that day's Vandaag
    assert slot.at in [s.at for s in agenda.free_slots(local_today(clock) + timedelta(days=2))]   # free again


def test_alt_i_keeps_the_booking_when_todays_conversation_was_another(qtbot, window, db, clock, office) -> None:
    request, slot = intake_booked_in_two_days(db, clock, office)
    open_dossier_by_search(qtbot, window, "jacobs")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_I, ALT)                                                   # not that intake
    qtbot.waitUntil(lambda: not form.take_early.isChecked(), timeout=2000)
    key(qtbot, Qt.Key.Key_M, ALT)
    typed(qtbot, "Kort gesprek aan de balie; intake blijft staan")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    statuses = sorted(c.status for c in contacts_of(db, request.id))
    assert statuses == sorted([ContactStatus.HELD, ContactStatus.PLANNED])
    planned = next(c for c in contacts_of(db, request.id) if c.status is ContactStatus.PLANNED)
    assert planned.at.replace(tzinfo=slot.at.tzinfo) == slot.at


def test_a_draft_from_before_the_form_showed_the_clients_fields_does_not_empty_them(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Amina", "Bouzid")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    Requests(db, clock, an).record_intake(request.id, IntakeInput(study_history=STUDIES, support_network=NETWORK))
    Drafts(db, clock, an).save("session", request.id, {            # typed when those fields started empty
        "summary": "", "notes": "Wil starten in september", "question": "", "study_history": "",
        "practical_barriers": "", "support_network": "", "session_type": "intake", "minutes": 45}, client.id)
    open_dossier_by_search(qtbot, window, "bouzid")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_H, ALT)                                                   # Concept herstellen
    qtbot.waitUntil(lambda: form.notes.toPlainText() == "Wil starten in september", timeout=2000)
    assert (form.study_history.toPlainText(), form.support_network.toPlainText()) == (STUDIES, NETWORK)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        stored = s.get(Client, client.id)
        assert (stored.study_history, stored.support_network) == (STUDIES, NETWORK)


def test_alt_w_on_a_short_screen_scrolls_to_netwerk_so_what_is_known_is_seen(qtbot, window, db, clock,
                                                                              office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Amina", "Bouzid")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    Requests(db, clock, an).record_intake(request.id, IntakeInput(support_network=NETWORK))
    open_dossier_by_search(qtbot, window, "bouzid")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    form.resize(form.width(), 420)                                # as on 1280×720 at 150 %: the fields scroll
    qtbot.waitUntil(lambda: form.support_network.visibleRegion().isEmpty(), timeout=2000)
    key(qtbot, Qt.Key.Key_W, ALT)                                 # Netwerk: below the fold
    assert QApplication.focusWidget() is form.support_network
    qtbot.waitUntil(lambda: not form.support_network.visibleRegion().isEmpty(), timeout=2000)
