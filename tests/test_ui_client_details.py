"""A client's birth date typed as people write it, a client's details corrected from the dossier, and
clients found by a two-letter surname or part of a number, driven by keys sent to the main window
and its dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, SocialStatus
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import AuditEvent, Client
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import active, ctx, focused, office, press, window  # noqa: F401 - fixtures and helpers

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def clients_named(db, last_name: str) -> list[Client]:
    with db.read() as s:
        return list(s.scalars(select(Client).where(Client.last_name == last_name)))


def type_into_focus(qtbot, text: str) -> None:
    """Keys typed into the focused widget; a letter outside ASCII (ê) as the key event a keyboard
    layout with that letter sends (QTest's own typing knows ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def test_a_birth_date_is_typed_as_people_write_it_and_refused_next_to_the_field(
        qtbot, window: MainWindow, db, clock, office) -> None:
    existing = Clients(db, clock, office.counsellor).create(
        ClientInput("Céline", "Du Bois", birth_date=date(1990, 4, 12)))
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = active(qtbot, window.active_dialog)
    identity = identity_of(dialog)
    born = identity.birth_date
    assert born.edit.text() == "" and "onbekend" in born.edit.placeholderText()     # empty is unknown
    type_into_focus(qtbot, "Celine")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Dubois")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is born.edit
    type_into_focus(qtbot, "12041990")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is identity.phone                      # Tab left the date; it did not walk inside it
    assert born.edit.text() == "12/04/1990"
    qtbot.waitUntil(identity.duplicates.isVisible)          # the typed date still finds the duplicate
    shown = identity.duplicates_model.row_at(0)
    assert shown.client == existing and shown.reasons == ("name",)

    press(qtbot, focused(), Qt.Key.Key_G, ALT)               # back to the date by its mnemonic
    assert focused() is born.edit
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "02/04/7835")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    assert born.message.isVisible() and "toekomst" in born.message.text()
    press(qtbot, focused(), Qt.Key.Key_Return)               # Enter saves: refused, nothing written
    assert window.active_dialog is dialog and born.edit.text() == "02/04/7835"
    assert focused() is born.edit
    assert len(clients_named(db, "Dubois")) == 0
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "01.01.1900")
    press(qtbot, focused(), Qt.Key.Key_Return)
    assert "110 jaar" in born.message.text() and len(clients_named(db, "Dubois")) == 0

    press(qtbot, born.edit, Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "2/4/1990")
    assert not born.message.isVisible()
    press(qtbot, focused(), Qt.Key.Key_Return)
    assert window.active_dialog is None
    saved = clients_named(db, "Dubois")
    assert [(c.first_name, c.birth_date) for c in saved] == [("Celine", date(1990, 4, 2))]
    assert window.dossier is not None and window.dossier.client_id == saved[0].id


def identity_of(dialog):
    return dialog.identity


def test_the_duplicate_list_shows_whole_names_with_the_whole_text_in_the_tooltip(
        qtbot, window: MainWindow, db, clock, office) -> None:
    long_last = "Van den Heuvel-Vandenbroucke d'Oultremont"
    existing = Clients(db, clock, office.counsellor).create(ClientInput("Marie-Antoinette", long_last))
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = active(qtbot, window.active_dialog)
    type_into_focus(qtbot, "Marie-Antoinette")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, long_last)
    table = dialog.identity.duplicates
    qtbot.waitUntil(table.isVisible)
    model = dialog.identity.duplicates_model
    name = model.index(0, 1)
    assert model.row_at(0).client == existing
    assert model.data(name, Qt.ItemDataRole.ToolTipRole) == f"Marie-Antoinette {long_last}"
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.sizeHintForColumn(1))     # nothing cut
    assert table.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()


def test_a_clients_details_are_corrected_from_the_dossier_with_the_keyboard(
        qtbot, window: MainWindow, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    other = clients.create(ClientInput("Fatima", "El Amrani", birth_date=date(1988, 5, 2)))
    jan = clients.create(ClientInput("Jan", "Klaas", birth_date=date(1970, 1, 1)))
    press(qtbot, window, Qt.Key.Key_K, CTRL)                      # find Jan and open his dossier
    type_into_focus(qtbot, "klaas")
    press(qtbot, focused(), Qt.Key.Key_Return)
    dossier = window.dossier
    assert dossier is not None and dossier.client_id == jan.id
    assert "Jan Klaas" in dossier.name_label.text() and "56 jaar" in dossier.facts_label.text()
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = active(qtbot, dossier.active_dialog)
    identity = dialog.identity
    assert focused() is identity.first_name and identity.birth_date.edit.text() == "01/01/1970"
    press(qtbot, focused(), Qt.Key.Key_N, ALT)                    # Naam
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Claes")
    press(qtbot, focused(), Qt.Key.Key_G, ALT)                    # Geboortedatum
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "02041990")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "0470 12 34 56")                      # Telefoon, next in the Tab order
    press(qtbot, focused(), Qt.Key.Key_U, ALT)                    # Status: a choice by keys
    assert focused() is dialog.status
    press(qtbot, focused(), Qt.Key.Key_Down)
    press(qtbot, focused(), Qt.Key.Key_Down)
    press(qtbot, focused(), Qt.Key.Key_I, ALT)                    # Studieverleden, several lines
    type_into_focus(qtbot, "Gestopt in 4 BSO")
    press(qtbot, focused(), Qt.Key.Key_Return)
    type_into_focus(qtbot, "Avondschool Nederlands")
    press(qtbot, focused(), Qt.Key.Key_Return, CTRL)              # Ctrl+Enter saves from a note
    assert dossier.active_dialog is None
    assert "Jan Claes" in dossier.name_label.text()               # the header shows the new data
    assert "36 jaar" in dossier.facts_label.text() and "0470 12 34 56" in dossier.facts_label.text()
    assert "Status: werkzoekend" in dossier.facts_label.text()
    with db.read() as s:
        stored = s.get(Client, jan.id)
        assert (stored.last_name, stored.birth_date, stored.phone, stored.status, stored.study_history) == (
            "Claes", date(1990, 4, 2), "0470 12 34 56", SocialStatus.JOB_SEEKER,
            "Gestopt in 4 BSO\nAvondschool Nederlands")
        event = s.scalars(select(AuditEvent).where(AuditEvent.record_id == jan.id,
                                                   AuditEvent.action == "client.update")).one()
        assert event.fields == "birth_date,last_name,phone,status,study_history"    # names, never values

    # a new name that is someone else's: told, and saved only once confirmed
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = active(qtbot, dossier.active_dialog)

    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Fatima")
    press(qtbot, focused(), Qt.Key.Key_N, ALT)
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "El Amrani")
    press(qtbot, focused(), Qt.Key.Key_G, ALT)
    press(qtbot, focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "2/5/1988")
    press(qtbot, focused(), Qt.Key.Key_Return)
    assert dossier.active_dialog is dialog and dialog.error.isVisible()
    assert dialog.identity.duplicates_model.row_at(0).client == other
    assert clients.get(jan.id).first_name == "Jan"
    press(qtbot, focused(), Qt.Key.Key_A, ALT)                    # "Dit is iemand anders"
    qtbot.waitUntil(dialog.identity.confirm_other.isChecked)      # a mnemonic clicks after a blink
    press(qtbot, focused(), Qt.Key.Key_Return, CTRL)
    assert dossier.active_dialog is None and "Fatima El Amrani" in dossier.name_label.text()


def test_ctrl_k_finds_a_two_letter_surname_and_the_digits_of_a_request_number(
        qtbot, window: MainWindow, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    le = clients.create(ClientInput("Đức Anh", "Lê"))
    leen = clients.create(ClientInput("Leen", "Peeters"))
    wu = clients.create(ClientInput("Jun", "Wu"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=wu.id), "antwoord")
    for typed, rows, opened in (("Lê", [le, leen], le), ("wu", [wu], wu),   # the whole word first
                                (request.request_no[-6:], [le, wu], wu)):    # Lê's dossier, Wu's request
        press(qtbot, window, Qt.Key.Key_K, CTRL)
        type_into_focus(qtbot, typed)
        assert window.search.text() == typed
        qtbot.waitUntil(window.results_view.isVisible)
        assert [window.search_results.row_at(i) for i in range(window.search_results.rowCount())] == rows
        for _ in range(rows.index(opened) + 1):
            press(qtbot, focused(), Qt.Key.Key_Down)
        press(qtbot, focused(), Qt.Key.Key_Return)
        assert window.dossier is not None and window.dossier.client_id == opened.id


def test_a_refused_phone_number_puts_the_cursor_in_telefoon_and_keeps_the_typing(
        qtbot, window: MainWindow, db, clock, office) -> None:
    """The refusal was said, but the cursor stayed in Gemeente, the last field typed in."""
    jan = Clients(db, clock, office.counsellor).create(ClientInput("Jan", "Klaas"))
    press(qtbot, window, Qt.Key.Key_K, CTRL)
    type_into_focus(qtbot, "klaas")
    press(qtbot, focused(), Qt.Key.Key_Return)
    dossier = window.dossier
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = active(qtbot, dossier.active_dialog)
    press(qtbot, focused(), Qt.Key.Key_T, ALT)                    # Telefoon
    type_into_focus(qtbot, "abc")
    press(qtbot, focused(), Qt.Key.Key_M, ALT)                    # Gemeente
    type_into_focus(qtbot, "Kortrijk")
    press(qtbot, focused(), Qt.Key.Key_Return)
    assert dossier.active_dialog is dialog and dialog.error.isVisible()
    assert focused() is dialog.identity.phone and dialog.identity.phone.text() == "abc"
    assert dialog.municipality.text() == "Kortrijk" and Clients(db, clock, office.counsellor).get(jan.id).phone is None
