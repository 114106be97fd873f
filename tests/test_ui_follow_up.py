"""Follow-up met on Vandaag: the overdue follow-up contact noted from its row, and the row leaves the list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Phase, Tier
from leerwinkel_desk.domain.rules import FOLLOW_UP_DAYS
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import Contact
from leerwinkel_desk.ui.dialogs.follow_up import FollowUpDialog
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import active, ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, reopen_as, typed, wait_active
from test_ui_pages import follow_up_for


def test_the_follow_up_contact_noted_from_vandaag_clears_the_overdue_row(qtbot, window: MainWindow, db, clock,
                                                                          office) -> None:
    late = follow_up_for(db, clock, office, "Geert Vercruysse", 20)
    key(qtbot, Qt.Key.Key_1, CTRL)                                        # Vandaag
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.day is not None and page.follow_ups.rowCount() == 1, timeout=10000)
    assert page.follow_ups.index(0, 1).data() == "⚠ 20 dagen te laat"
    assert page.follow_ups.index(0, 2).data() == "Geert Vercruysse"
    table = page.tables["follow_ups"]
    table.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)                                         # Enter: het opvolgcontact noteren
    dialog = active(qtbot, window.dossier.active_dialog)
    assert isinstance(dialog, MicroContactDialog)
    key(qtbot, Qt.Key.Key_T)                                              # telefoon
    typed(qtbot, "Gebeld: de inschrijving loopt")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    assert "Gebeld: de inschrijving loopt" in [e.detail for e in window.dossier.timeline_entries()]

    key(qtbot, Qt.Key.Key_1, CTRL)                                        # back to Vandaag, read again
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.follow_ups.rowCount() == 0, timeout=10000)
    assert page.sections["follow_ups"].empty.text() == "niets"
    assert Requests(db, clock, office.counsellor).get(late.id).follow_up_due == \
        clock.now().date() + timedelta(days=FOLLOW_UP_DAYS)


def test_ctrl_shift_f_after_the_warm_handover_asks_the_date_and_never_moves_the_phase_back(
        qtbot, window: MainWindow, db, clock, office) -> None:
    late = follow_up_for(db, clock, office, "Geert Vercruysse", 20)
    reopen_as(db, late.id, Tier.TRAJECTORY, Phase.HANDOVER)
    today = clock.now().date()
    key(qtbot, Qt.Key.Key_1, CTRL)                                        # Vandaag
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.day is not None and page.follow_ups.rowCount() == 1, timeout=10000)
    page.tables["follow_ups"].setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_Escape)                                         # the contact not noted after all
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)                                # Opvolgen: a form, nothing changed yet
    form = active(qtbot, window.dossier.active_dialog)
    assert isinstance(form, FollowUpDialog)
    said = form.situation.text()
    assert "20 dagen te laat" in said and "blijft in de fase Warme overdracht" in said
    stored = Requests(db, clock, office.counsellor).get(late.id)
    assert (stored.phase, stored.follow_up_due) == (Phase.HANDOVER, today - timedelta(days=20))
    key(qtbot, Qt.Key.Key_Escape)                                         # Escape: still overdue, still on Vandaag
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    assert Requests(db, clock, office.counsellor).get(late.id).follow_up_due == today - timedelta(days=20)

    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    form = active(qtbot, window.dossier.active_dialog)
    assert form.due.date().toPython() == today + timedelta(days=FOLLOW_UP_DAYS)    # proposed, shown
    key(qtbot, Qt.Key.Key_Up)                                             # the counsellor chooses a day later
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    stored = Requests(db, clock, office.counsellor).get(late.id)
    assert (stored.phase, stored.follow_up, stored.follow_up_due) == (
        Phase.HANDOVER, True, today + timedelta(days=FOLLOW_UP_DAYS + 1))
    assert "● Warme overdracht" in window.dossier.requests.item(0).text()


def test_the_micro_contact_saves_by_enter_from_the_minutes_keypad_enter_and_ctrl_enter(
        qtbot, window: MainWindow, db, clock, office) -> None:
    late = follow_up_for(db, clock, office, "Geert Vercruysse", 20)
    key(qtbot, Qt.Key.Key_1, CTRL)
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.day is not None and page.follow_ups.rowCount() == 1, timeout=10000)
    page.tables["follow_ups"].setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)                                         # the follow-up contact
    saved = []
    for letter, line, minutes, last_key, modifiers in (
            (Qt.Key.Key_T, "Gebeld", "5", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),   # Enter in Minuten
            (Qt.Key.Key_T, "Teruggebeld", "3", Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
            (Qt.Key.Key_S, "Sms gestuurd", "", Qt.Key.Key_Return, CTRL)):                        # Ctrl+Enter
        if saved:
            wait_active(qtbot, window)
            key(qtbot, Qt.Key.Key_M, CTRL)
        form = active(qtbot, window.dossier.active_dialog)
        assert isinstance(form, MicroContactDialog) and form.save_button.isVisible()
        key(qtbot, letter)
        typed(qtbot, line)
        if minutes:
            key(qtbot, Qt.Key.Key_M, ALT)                                 # Minuten
            assert QApplication.focusWidget() is form.minutes
            typed(qtbot, minutes)
        key(qtbot, last_key, modifiers)
        qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
        saved.append(line)
    with db.read() as s:
        rows = s.execute(select(Contact.summary, Contact.minutes).where(
            Contact.request_id == late.id, Contact.summary.in_(saved))).all()
    assert sorted(rows) == [("Gebeld", 5), ("Sms gestuurd", None), ("Teruggebeld", 3)]


def test_opvolgen_shows_the_date_a_contact_just_noted_moved_not_the_overdue_one(
        qtbot, window: MainWindow, db, clock, office) -> None:
    follow_up_for(db, clock, office, "Geert Vercruysse", 20)
    open_dossier_by_search(qtbot, window, "vercruysse")
    key(qtbot, Qt.Key.Key_M, CTRL)                                        # a call noted in the dossier
    active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_T)
    typed(qtbot, "Gebeld")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    form = active(qtbot, window.dossier.active_dialog)
    moved = clock.now().date() + timedelta(days=FOLLOW_UP_DAYS)
    assert form.situation.text().startswith(
        f"Het volgende opvolgcontact staat gepland op {moved.strftime('%d/%m/%Y')}.")


def test_vandaag_has_a_current_row_in_the_focused_list_after_every_refresh_and_keeps_the_one_chosen(
        qtbot, window: MainWindow, db, clock, office) -> None:
    first = follow_up_for(db, clock, office, "Geert Vercruysse", 20)
    second = follow_up_for(db, clock, office, "Katrien Vandewiele", 7)
    page = window.pages["today"]
    table = page.tables["follow_ups"]

    def loaded() -> None:
        qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.follow_ups.rowCount() == 2, timeout=10000)

    key(qtbot, Qt.Key.Key_1, CTRL)                                        # Vandaag
    loaded()
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 0
    key(qtbot, Qt.Key.Key_Return)                                         # Enter at once: the first row's contact
    form = active(qtbot, window.dossier.active_dialog)
    assert isinstance(form, MicroContactDialog) and window.dossier.selected_request().id == first.id
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_1, CTRL)                                        # back from the dossier
    loaded()
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 0
    key(qtbot, Qt.Key.Key_Down)                                           # the second person
    key(qtbot, Qt.Key.Key_F5)                                             # read anew: still on that row
    loaded()
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Return)
    active(qtbot, window.dossier.active_dialog)
    assert window.dossier.selected_request().id == second.id
