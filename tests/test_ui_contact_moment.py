"""A session or a micro-contact gets the moment it took place (Wanneer), met by keys: a zitdag at the OCMW written up
the next morning, yesterday afternoon's call. Every one was stamped "now": the dossier showed it on top, and the
follow-up moved on from the day it was typed. The clock stands at Friday 20/11/2026 10:30 in Brussels."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from leerwinkel_desk.domain.enums import Channel, ContactKind, ContactStatus
from leerwinkel_desk.domain.rules import FOLLOW_UP_DAYS
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import LearningRequest
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from test_services_follow_up import in_follow_up
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, typed, wait_active
from test_ui_session_known import contacts_of, intake_booked_in_two_days

WHEN_COLUMN, WHAT_COLUMN, DETAIL_COLUMN = 0, 1, 6
YESTERDAY_1430 = datetime(2026, 11, 19, 13, 30, tzinfo=UTC)          # 14:30 in Brussels (winter time)


def give_moment(qtbot, day: str, at: str) -> None:
    """Wanneer by its keys: Alt+E and the day typed over (all of it selected), Alt+O and the time typed over."""
    key(qtbot, Qt.Key.Key_E, ALT)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, day)
    key(qtbot, Qt.Key.Key_O, ALT)
    typed(qtbot, at)


def timeline_rows(window) -> list[tuple[str, str, str]]:
    model = window.dossier.timeline_model
    return [(model.index(r, WHEN_COLUMN).data(), model.index(r, WHAT_COLUMN).data(),
             model.index(r, DETAIL_COLUMN).data()) for r in range(model.rowCount())]


def test_yesterdays_zitdag_written_up_this_morning_lands_yesterday_in_the_timeline_and_the_follow_up(
        qtbot, window, db, clock, office) -> None:
    request = in_follow_up(db, clock, office, "Vercruysse", 20)           # its follow-up contact 20 days late
    Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, "Herinnering gestuurd",
                                                     at=clock.now() - timedelta(days=2))     # Wednesday
    clock.at += timedelta(hours=1)                                        # written up at 11:30
    open_dossier_by_search(qtbot, window, "vercruysse")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert isinstance(form, SessionFormDialog)
    assert (form.moment.day.edit.text(), form.moment.time.time().toString("HH:mm")) == ("20/11/2026", "11:30")
    assert QApplication.focusWidget() is form.summary                    # the summary is still typed first
    give_moment(qtbot, "19112026", "1430")
    key(qtbot, Qt.Key.Key_M, ALT)                                         # Samenvatting
    typed(qtbot, "Zitdag OCMW: opties overlopen")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)

    [session] = [c for c in contacts_of(db, request.id) if c.kind is ContactKind.SESSION]
    assert session.at == YESTERDAY_1430
    with db.read() as s:                                                  # as the column holds it: UTC, no zone
        assert s.execute(text("SELECT at FROM contact WHERE kind = 'session'")).scalar_one().startswith(
            "2026-11-19 13:30:00")
        due = s.get(LearningRequest, request.id).follow_up_due
    assert due == date(2026, 11, 19) + timedelta(days=FOLLOW_UP_DAYS)    # 14 days after the session, not today
    rows = timeline_rows(window)                                          # newest first
    answer = next(i for i, row in enumerate(rows) if row[2] == "a")      # the phone answer
    held = next(i for i, row in enumerate(rows) if row[2] == "Zitdag OCMW: opties overlopen")
    micro = next(i for i, row in enumerate(rows) if row[2] == "Herinnering gestuurd")
    assert rows[held][0] == "19/11/2026 14:30" and rows[micro][0] == "18/11/2026 10:30"
    assert answer < held < micro                        # below this morning's answer, above Wednesday's message


def test_a_moment_ahead_is_refused_in_words_nothing_written_and_the_typing_kept(
        qtbot, window, db, clock, office) -> None:
    _client, request = answered(db, clock, office.counsellor, "Sara", "Idrissi")
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    typed(qtbot, "Gesprek aan de balie")
    key(qtbot, Qt.Key.Key_O, ALT)                                         # today, but 23:00: not yet
    typed(qtbot, "2300")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.isVisible() and form.error.isVisible()
    assert form.error.text() == ("⚠ Moment: Dit ligt nog in de toekomst: kies een moment van 20/08/2026 tot nu "
                                 "(20/11/2026 10:30).")
    assert QApplication.focusWidget() is form.moment.day.edit               # the field at fault
    assert [c.kind for c in contacts_of(db, request.id)] == [ContactKind.MICRO]          # only the answer
    assert form.summary.text() == "Gesprek aan de balie" and form.moment.time.time().toString("HH:mm") == "23:00"

    key(qtbot, Qt.Key.Key_E, ALT)                                         # tomorrow: said once the day is left
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "21112026")
    key(qtbot, Qt.Key.Key_Tab)
    assert form.moment.day.message.isVisible()
    assert form.moment.day.message.text() == (
        "⚠ Dit ligt nog in de toekomst: kies een datum van 20/08/2026 tot vandaag (20/11/2026).")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.isVisible() and form.moment.day.edit.text() == "21112026"           # as typed
    key(qtbot, Qt.Key.Key_E, ALT)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "01082026")                                              # more than 92 days back
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.isVisible() and form.moment.day.message.text() == (
        "⚠ Dit ligt meer dan 92 dagen terug: kies een datum vanaf 20/08/2026.")
    assert not form.error.isVisible()                                     # one line says it: the day's
    assert [c.kind for c in contacts_of(db, request.id)] == [ContactKind.MICRO]
    assert form.summary.text() == "Gesprek aan de balie"


def test_the_draft_kept_on_escape_keeps_the_moment_given(qtbot, window, db, clock, office) -> None:
    _client, request = answered(db, clock, office.counsellor, "Sara", "Idrissi")
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_G, CTRL)
    wait_active(qtbot, window.dossier.active_dialog)
    typed(qtbot, "Zitdag OCMW, van papier")
    give_moment(qtbot, "19112026", "1430")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    clock.at += timedelta(hours=2)                                        # opened again later
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.moment.time.time().toString("HH:mm") == "12:30"          # now, until the draft comes back
    key(qtbot, Qt.Key.Key_H, ALT)                                         # Concept herstellen
    qtbot.waitUntil(lambda: form.summary.text() == "Zitdag OCMW, van papier", timeout=2000)
    assert (form.moment.day.edit.text(), form.moment.time.time().toString("HH:mm")) == ("19/11/2026", "14:30")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    [session] = [c for c in contacts_of(db, request.id) if c.kind is ContactKind.SESSION]
    assert session.at == YESTERDAY_1430


def test_an_intake_held_early_is_held_at_the_moment_given(qtbot, window, db, clock, office) -> None:
    request, slot = intake_booked_in_two_days(db, clock, office)
    open_dossier_by_search(qtbot, window, "jacobs")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.take_early.isChecked() and form.moment.isEnabled()
    give_moment(qtbot, "19112026", "1430")                                # she came in yesterday afternoon
    key(qtbot, Qt.Key.Key_M, ALT)
    typed(qtbot, "Intake: boekhouden")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    [held] = contacts_of(db, request.id)                                  # the booking, taken
    assert held.status is ContactStatus.HELD and held.at == YESTERDAY_1430


def test_a_session_booked_for_today_keeps_its_booked_moment_shown_greyed(qtbot, window, db, clock, office) -> None:
    today = local_today(clock)
    Agenda(db, clock, office.coordinator).add_zitdag(office.loket_id, office.counsellor.counsellor_id, time(14),
                                                     time(16), on_date=today)
    client = Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Jacobs"))
    slot = Agenda(db, clock, office.info_officer).free_slots(today)[0]     # 14:00 today
    booked = Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Boekhouden", client_id=client.id), slot)
    open_dossier_by_search(qtbot, window, "jacobs")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert not form.moment.isEnabled() and form.booked_note.isVisible()
    assert (form.moment.day.edit.text(), form.moment.time.time().toString("HH:mm")) == ("20/11/2026", "14:00")
    typed(qtbot, "Intake gehouden")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        request_id = s.scalar(select(LearningRequest.id).where(LearningRequest.request_no == booked.request_no))
    [held] = contacts_of(db, request_id)                                  # the booking, held: not a second one
    assert held.status is ContactStatus.HELD and held.summary == "Intake gehouden" and held.at == slot.at


def test_a_micro_contact_gets_an_earlier_moment_and_now_needs_no_key_more(qtbot, window, db, clock, office) -> None:
    _client, request = answered(db, clock, office.counsellor, "Sara", "Idrissi")
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_M, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert isinstance(form, MicroContactDialog)
    key(qtbot, Qt.Key.Key_T)                                              # telefoon
    typed(qtbot, "Belde gisteren terug over de inschrijving")
    give_moment(qtbot, "19112026", "1615")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    clock.at += timedelta(minutes=3, seconds=20)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_M, CTRL)                                        # the usual one: letter, line, Enter
    wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_S)
    typed(qtbot, "Herinnering gestuurd")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    micro = {c.summary: c.at for c in contacts_of(db, request.id) if c.kind is ContactKind.MICRO}
    assert micro["Belde gisteren terug over de inschrijving"] == datetime(2026, 11, 19, 15, 15, tzinfo=UTC)
    assert micro["Herinnering gestuurd"] == clock.now()                  # when saved, to the second, as ever
    rows = timeline_rows(window)
    assert ("19/11/2026 16:15" in [row[0] for row in rows if row[2] == "Belde gisteren terug over de inschrijving"])
