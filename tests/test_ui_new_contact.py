"""Ctrl+N (Nieuw contact) in an open dossier: the caller is nobody until the counsellor says otherwise, so a
stranger's question is never filed in the open dossier's client's name; that client is one key away (Alt+G),
and the heading, the Cliënt field and Anoniem always say the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from leerwinkel_desk.domain.enums import ContactStatus, Outcome, Tier
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import LearningRequest, Zitdag
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active


def test_ctrl_n_in_a_dossier_starts_with_nobody_and_files_the_strangers_question_outside_it(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    sofie, her_question = answered(db, clock, an, "Sofie", "Vermeersch")
    open_dossier_by_search(qtbot, window, "vermeersch")
    key(qtbot, Qt.Key.Key_N, CTRL)                              # an unrelated caller
    dialog = wait_active(qtbot, window.active_dialog)
    assert dialog.whose.text().startswith("Voor: nog geen cliënt")
    assert dialog.client_field.text() == "" and dialog.anonymous.isChecked()
    assert dialog.offer.isVisible() and "open dossier is van Sofie Vermeersch" in dialog.whose.text()  # offered
    assert dialog.default_button() is dialog.answer_button     # Enter answers; it never chooses her
    typed(qtbot, "Waar kan ik Nederlands leren?")
    key(qtbot, Qt.Key.Key_T, ALT)                               # Antwoord
    typed(qtbot, "Huis van het Nederlands")
    key(qtbot, Qt.Key.Key_B, CTRL)                              # Beantwoorden
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    with db.read() as s:
        stranger = s.scalars(select(LearningRequest).where(LearningRequest.id != her_question.id)).one()
        assert (stranger.client_id, stranger.outcome) == (None, Outcome.ANSWERED)
    assert [r.id for r in Requests(db, clock, an).for_client(sofie.id)] == [her_question.id]
    assert [r.id for r in window.dossier.header.requests] == [her_question.id]


def test_the_open_dossiers_client_is_one_key_away_and_heading_field_and_anoniem_agree(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    sofie, her_question = answered(db, clock, an, "Sofie", "Vermeersch")
    open_dossier_by_search(qtbot, window, "vermeersch")
    key(qtbot, Qt.Key.Key_N, CTRL)                              # her new question this time
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Diploma secundair onderwijs")
    key(qtbot, Qt.Key.Key_I, CTRL)                              # Intake boeken, before saying for whom
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
    assert "enkel voor een geregistreerde cliënt" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.client_field
    key(qtbot, Qt.Key.Key_G, ALT)                               # Gebruik de cliënt van het open dossier
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)     # a mnemonic clicks animated
    assert f"Voor cliënt: Sofie Vermeersch ({sofie.dossier_no})" in dialog.whose.text()
    assert dialog.client_field.text().startswith(sofie.dossier_no) and not dialog.error.isVisible()
    key(qtbot, Qt.Key.Key_A, ALT)                               # Anoniem after all: nobody's, everywhere
    qtbot.waitUntil(dialog.anonymous.isChecked, timeout=3000)
    assert "nog geen cliënt" in dialog.whose.text() and dialog.client_field.text() == ""
    key(qtbot, Qt.Key.Key_G, ALT)                               # and back to her
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)
    assert "Sofie Vermeersch" in dialog.whose.text() and dialog.client_field.text().startswith(sofie.dossier_no)
    key(qtbot, Qt.Key.Key_I, CTRL)                              # the intake booked for her
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    booked = [r for r in Requests(db, clock, an).for_client(sofie.id) if r.id != her_question.id]
    assert len(booked) == 1 and booked[0].tier is Tier.MEDIATION


def test_the_client_list_shows_what_the_search_found_accents_ignored_with_birth_dates(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    clients = Clients(db, clock, an)
    born = (date(1984, 3, 2), date(1991, 11, 23), date(2001, 6, 9))
    people = [clients.create(ClientInput("Sébastien", "Dubois", birth_date=day), duplicates_checked=True)
              for day in born]
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Waar kan ik boekhouden leren?")
    key(qtbot, Qt.Key.Key_C, ALT)                               # Cliënt
    assert QApplication.focusWidget() is dialog.client_field
    popup = dialog.client_field.completer().popup()
    for text in ("Sebastien", " Dub"):                          # no accent typed: the same three people
        typed(qtbot, text)
        qtbot.waitUntil(popup.isVisible, timeout=3000)
        shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
        assert len(shown) == 3 and all("Sébastien Dubois" in line for line in shown), shown
        assert sorted(day.strftime("%d/%m/%Y") for day in born) == sorted(line.split("°")[1] for line in shown)

    qtbot.keyClick(popup, Qt.Key.Key_Escape)                    # the list closed, nobody chosen
    wait_active(qtbot, dialog)                                  # (offscreen, the popup stays the active window)
    key(qtbot, Qt.Key.Key_T, ALT)                               # Antwoord
    typed(qtbot, "CVO, avondles")
    key(qtbot, Qt.Key.Key_B, CTRL)                              # a name typed, never chosen: refused, said
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
    assert "niet uit de lijst gekozen" in dialog.error.text() and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.client_field
    with db.read() as s:
        assert s.scalars(select(LearningRequest)).all() == []

    key(qtbot, Qt.Key.Key_Down)                                 # the list again: the second one
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    chosen = popup.model().index(1, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.client_field.text() == chosen and not dialog.anonymous.isChecked()
    key(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    him = next(p for p in people if p.birth_date.strftime("%d/%m/%Y") in chosen)
    assert dialog.result_request.client_id == him.id


def test_ctrl_shift_n_in_nieuw_contact_registers_the_typed_name_and_comes_back_with_the_question_kept(
        qtbot, window, db, clock, office) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Hoe word ik boekhouder?")
    key(qtbot, Qt.Key.Key_C, ALT)                               # Cliënt: someone not registered yet
    typed(qtbot, "Yasmine Bouzid")
    key(qtbot, Qt.Key.Key_I, CTRL)                              # Intake boeken: who is it? the way is named
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
    assert "Ctrl+Shift+N" in dialog.error.text()
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)                      # Nieuwe cliënt, over this form
    form = wait_active(qtbot, dialog.new_client_dialog)
    assert (form.identity.first_name.text(), form.identity.last_name.text()) == ("Yasmine", "Bouzid")
    assert QApplication.focusWidget() is form.identity.birth_date.edit
    typed(qtbot, "02041990")
    key(qtbot, Qt.Key.Key_Return)                               # saved: back in Nieuw contact, her chosen
    qtbot.waitUntil(lambda: dialog.new_client_dialog is None, timeout=3000)
    wait_active(qtbot, dialog)
    assert dialog.isVisible() and dialog.question.toPlainText() == "Hoe word ik boekhouder?"
    assert "Voor cliënt: Yasmine Bouzid" in dialog.whose.text() and not dialog.anonymous.isChecked()
    assert not dialog.error.isVisible()
    key(qtbot, Qt.Key.Key_I, CTRL)                              # the intake booked for her
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    her = Clients(db, clock, office.counsellor).get(dialog.result_request.client_id)
    assert (her.first_name, her.last_name, her.birth_date) == ("Yasmine", "Bouzid", date(1990, 4, 2))
    assert dialog.result_request.question == "Hoe word ik boekhouder?"


def test_enter_on_a_likely_duplicate_in_the_new_client_form_opens_that_dossier_after_asking(
        qtbot, window, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    fatima = clients.create(ClientInput("Fatima", "El Amrani", birth_date=date(1988, 5, 14)))
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)                      # Nieuwe cliënt
    form = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Fatima")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "El Amrani")
    table = form.identity.duplicates
    qtbot.waitUntil(table.isVisible, timeout=3000)              # Mogelijk al geregistreerd
    for _field in range(4):                                     # Geboortedatum, Telefoon, E-mail, the list
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 0
    assert table.selectionModel().isRowSelected(0)              # highlighted, as the person sees it
    key(qtbot, Qt.Key.Key_Return)                               # it is her: asked first, the typing goes
    qtbot.waitUntil(lambda: form.confirm_box is not None and form.confirm_box.isVisible(), timeout=3000)
    assert "El Amrani" in form.confirm_box.text()
    wait_active(qtbot, form.confirm_box)
    key(qtbot, Qt.Key.Key_Return)                               # Openen
    qtbot.waitUntil(lambda: window.dossier is not None and window.stack.currentWidget() is window.dossier,
                    timeout=3000)
    assert window.dossier.header.client.id == fatima.id
    assert [c.id for c in clients.search("El Amrani")] == [fatima.id]         # nobody new


def test_a_client_without_a_request_is_told_how_to_start_one_and_the_booked_question_follows_to_the_intake(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    with db.write() as s:                                       # this office books intakes of 90 minutes
        s.execute(update(Zitdag).values(slot_minutes=90))
    ilse = Clients(db, clock, an).create(ClientInput("Ilse", "Verbeke"))
    open_dossier_by_search(qtbot, window, "verbeke")
    dossier = window.dossier
    for action in ((Qt.Key.Key_G, CTRL), (Qt.Key.Key_A, CTRL | SHIFT)):   # Gesprek, Afsluiten: nothing to do it on
        dossier.notice.setText("")
        key(qtbot, *action)
        assert dossier.active_dialog is None
        assert dossier.notice.text().startswith("Nog geen leervraag. Begin er een met Ctrl+N")
    key(qtbot, Qt.Key.Key_N, CTRL)                              # her question, an intake booked
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Kan ik verpleegkunde studeren met een buitenlands diploma?")
    key(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)
    booked_minutes = dialog.slot.currentData().minutes
    key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    request = dialog.result_request
    wait_active(qtbot, window)
    qtbot.waitUntil(lambda: dossier.requests.count() == 1, timeout=3000)
    card = dossier.requests.itemWidget(dossier.requests.item(0))
    assert "“Kan ik verpleegkunde studeren met een buitenlands diploma?”" in card.words.toolTip() + card.words.text()

    booking = next(c for c in Contacts(db, clock, an).timeline(request.id) if c.status is ContactStatus.PLANNED)
    assert booking.minutes == booked_minutes == 90
    clock.at = booking.at                                       # the day of the intake
    key(qtbot, Qt.Key.Key_1, CTRL)                              # Vandaag: Enter on the booked intake
    page = window.pages["today"]
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.sessions.rowCount() == 1, timeout=10000)
    assert QApplication.focusWidget() is page.tables["sessions"]
    key(qtbot, Qt.Key.Key_Return)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.minutes.value() == booked_minutes                # as booked, not 60
    assert form.question.toPlainText() == "Kan ik verpleegkunde studeren met een buitenlands diploma?"
    assert not form.has_typing()                                 # nothing typed yet: no draft of it
    assert ilse.id == request.client_id
