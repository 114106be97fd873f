"""Defects found in use, each met the way a counsellor meets it: keys sent to the window (shortcut map,
focus chain, mnemonics), then what the screen shows and what the database holds."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import func, select

from leerwinkel_desk.domain.enums import Channel, ContactStatus, Phase, SessionType, Tier
from leerwinkel_desk.domain.rules import PHASE_PATH, PHASES_PER_TIER
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import AuditEvent, Contact, LearningRequest
from leerwinkel_desk.ui.dialogs.sign_in import IdleLock
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def key(qtbot, key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the person's focus is, in the active window (as xdotool would send it)."""
    if QApplication.activeWindow() is None:                    # offscreen: activation arrives by event
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key_code, modifiers)


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def wait_active(qtbot, widget: QWidget) -> QWidget:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)
    return widget


def open_dossier_by_search(qtbot, window: MainWindow, text: str) -> None:
    key(qtbot, Qt.Key.Key_K, CTRL)
    typed(qtbot, text)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.dossier is not None and window.stack.currentWidget() is window.dossier


def answered(db, clock, actor, first: str, last: str):
    """A new client with a phone question answered at tier 1 (the start of most stories here)."""
    client = Clients(db, clock, actor).create(ClientInput(first, last))
    return client, Dispatch(db, clock, actor).answer_now(FirstContact(Channel.PHONE, "vraag", client_id=client.id), "a")


def reopen_as(db, request_id, tier: Tier, phase: Phase, owner=None) -> None:
    """A request put straight into a tier and phase (the state a test starts from)."""
    with db.write() as s:
        row = s.get(LearningRequest, request_id)
        row.tier, row.phase, row.outcome, row.closed_on = tier, phase, None, None
        if owner is not None:
            row.owner_id = owner.counsellor_id


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a person could read in a window: labels, fields, buttons, and their children."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            texts.append(child.toPlainText())
    return texts


# --- 1. navigation shortcuts ---------------------------------------------------------------
def test_ctrl_1_to_7_open_each_page_and_ctrl_k_down_enter_opens_the_dossier(qtbot, window, db, clock, office) -> None:
    Clients(db, clock, office.counsellor).create(ClientInput("Fatima", "El Amrani"))
    for _round in range(2):
        for number in range(1, 8):
            key(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
            key_name, slot = window._slots[number - 1]
            assert window.stack.currentWidget() is slot, f"Ctrl+{number} showed another page"
            assert window.nav.currentRow() == number - 1
        open_dossier_by_search(qtbot, window, "amrani")
        assert window.dossier.header.client.last_name == "El Amrani"
        key(qtbot, Qt.Key.Key_3, CTRL)
        assert window.stack.currentWidget() is window._slots[2][1]


# --- 2. the lock hides every window, keeps what was typed --------------------------------
def test_the_lock_hides_open_dialogs_and_keeps_the_typed_note(qtbot, window, db, clock, office) -> None:
    canary = "KANARIE-notitie-7731"
    client = Clients(db, clock, office.counsellor).create(ClientInput("Sara", "Idrissi"))
    Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_N, ALT)                               # Alt+N: Notities
    typed(qtbot, canary)
    idle = IdleLock(0.005, window.lock, window)               # 0.3 s of no input instead of minutes
    QApplication.instance().installEventFilter(idle)
    try:
        qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=5000)
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert window.lock_screen in shown and form not in shown
        for top in shown:
            assert not any(canary in text for text in visible_texts(top)), f"{top} shows the note"
            assert not top.grab().isNull()
    finally:
        QApplication.instance().removeEventFilter(idle)
    assert form.notes.toPlainText() == canary                 # kept, only hidden


# --- 3 and 9. a new contact away from a dossier is nobody's; the question is typed first ----
def test_ctrl_n_away_from_the_dossier_is_anonymous_and_the_question_is_typed_first(qtbot, window, db, clock,
                                                                                  office) -> None:
    Clients(db, clock, office.counsellor).create(ClientInput("Jan", "Peeters"))
    open_dossier_by_search(qtbot, window, "peeters")
    key(qtbot, Qt.Key.Key_1, CTRL)                             # back to Vandaag: the dossier is not on screen
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    assert dialog.anonymous.isChecked() and dialog.client_field.text() == ""
    assert "nog geen cliënt" in dialog.whose.text()
    channel = dialog.channel.value()
    typed(qtbot, "Waar kan ik Nederlands leren?")
    assert dialog.question.toPlainText() == "Waar kan ik Nederlands leren?" and dialog.channel.value() is channel
    dialog.answer.setFocus()
    typed(qtbot, "Huis van het Nederlands")
    key(qtbot, Qt.Key.Key_B, CTRL)                              # a button's shortcut clicks it animated
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    with db.read() as s:
        assert s.scalars(select(LearningRequest.client_id)).one() is None
    # from the dossier on screen the contact is still nobody's; that client is offered (Alt+G)
    wait_active(qtbot, window)                                  # the window manager's part, offscreen
    open_dossier_by_search(qtbot, window, "peeters")
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    assert dialog.anonymous.isChecked() and "nog geen cliënt" in dialog.whose.text()
    key(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)
    assert "Jan Peeters" in dialog.whose.text()
    key(qtbot, Qt.Key.Key_Escape)


# --- 6. a colleague's trajectory: the reason before typing ---------------------------------
def test_a_colleagues_trajectory_is_refused_with_the_owner_before_the_form_opens(qtbot, window, db, clock,
                                                                                office) -> None:
    bram = office.colleague
    client, request = answered(db, clock, bram, "Youssef", "Benali")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, office.colleague)
    open_dossier_by_search(qtbot, window, "benali")
    for shortcut in ((Qt.Key.Key_G, CTRL), (Qt.Key.Key_M, CTRL)):
        key(qtbot, *shortcut)
        assert window.dossier.active_dialog is None            # nothing opened to type into
        assert window.dossier.error.isVisible() and "Bram Desmet" in window.dossier.error.text()
        assert "Uw rol" not in window.dossier.error.text()
    assert window.dossier.error.text().startswith("⚠ Deze leervraag is van Bram Desmet.")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, office.counsellor)   # as a sync makes it hers
    key(qtbot, Qt.Key.Key_F5)
    assert not window.dossier.error.isVisible()                 # the refusal holds no more: not left standing


# --- 12. a preview files nothing -------------------------------------------------------------
def test_preview_by_alt_v_files_no_letter(qtbot, window, db, clock, office) -> None:
    from leerwinkel_desk.store.models import Letter

    client = Clients(db, clock, office.counsellor).create(ClientInput("Łukasz", "Nowak"))
    Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.FACE_TO_FACE, "Boekhouden?", client_id=client.id), "Uitgelegd")
    open_dossier_by_search(qtbot, window, "nowak")
    key(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_V, ALT)
        qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.make_button.isEnabled(), timeout=15000)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == 0
    assert not any(e.kind == "letter" for e in window.dossier.timeline_entries())
    assert "nog niet bewaard" in dialog.status.text()


def test_the_preview_warns_of_characters_no_font_prints_before_printing(qtbot, window, db, clock, office) -> None:
    """`Sofie 🙂`: the letter shows � for the emoji (twice: beside the name and in the greeting), and the
    preview says so before anything is printed; a name every font has brings no warning."""
    for first, last, warned in (("Sofie 🙂", "Peeters", True), ("Łukasz", "Nowak", False)):
        client = Clients(db, clock, office.counsellor).create(ClientInput(first, last), duplicates_checked=True)
        Dispatch(db, clock, office.counsellor).answer_now(
            FirstContact(Channel.FACE_TO_FACE, "Boekhouden?", client_id=client.id), "Uitgelegd")
        open_dossier_by_search(qtbot, window, last.lower())
        key(qtbot, Qt.Key.Key_P, CTRL)
        dialog = wait_active(qtbot, window.dossier.active_dialog)
        key(qtbot, Qt.Key.Key_V, ALT)
        qtbot.waitUntil(lambda dialog=dialog: dialog.pdf is not None and dialog.make_button.isEnabled(),
                        timeout=15000)
        assert dialog.unprintable.isVisible() is warned
        if warned:
            assert dialog.unprintable.text() == (
                "⚠ Niet alle tekens kunnen gedrukt worden: 2× staat er � in de plaats (een emoji, of een schrift "
                "zonder lettertype). Pas de tekst in het dossier aan als dat nodig is.")
            assert dialog.print_button.isEnabled()              # warned, not refused: the counsellor decides
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)


# --- 13. the session form follows the tier and refuses empty or future sessions ---------------
def test_session_form_after_tier_3_defaults_to_a_trajectory_session_and_refuses_empty_or_future(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Fatima", "El Amrani"))
    open_dossier_by_search(qtbot, window, "amrani")
    key(qtbot, Qt.Key.Key_N, CTRL)
    dispatch = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Diploma secundair")
    key(qtbot, Qt.Key.Key_G, ALT)                               # hers: the client of the open dossier
    qtbot.waitUntil(lambda: not dispatch.anonymous.isChecked(), timeout=3000)
    key(qtbot, Qt.Key.Key_I, CTRL)                              # book the intake: a slot in two days
    qtbot.waitUntil(lambda: dispatch.result_request is not None, timeout=3000)
    request = Requests(db, clock, an).for_client(client.id)[0]
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)                      # up to tier 3: asked first, Enter moves it
    qtbot.waitUntil(lambda: window.dossier.confirm_box is not None, timeout=3000)
    wait_active(qtbot, window.dossier.confirm_box)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.confirm_box is None, timeout=3000)
    wait_active(qtbot, window)
    assert Requests(db, clock, an).get(request.id).tier is Tier.TRAJECTORY
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.session_type.value() is SessionType.TRAJECTORY
    assert QApplication.focusWidget() is form.summary           # not the Save button: a space would save
    key(qtbot, Qt.Key.Key_Return, CTRL)                         # nothing typed: refused, nothing held
    assert form.isVisible() and form.error.isVisible()
    with db.read() as s:
        statuses = s.scalars(select(Contact.status).where(Contact.request_id == request.id)).all()
    assert statuses == [ContactStatus.PLANNED]                 # the booked intake is still only booked
    typed(qtbot, "Interesses verkend")                          # typing starts in the summary
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible()
    with db.read() as s:
        rows = s.execute(select(Contact.status, Contact.at).where(Contact.request_id == request.id)).all()
    held = [at for status, at in rows if status is ContactStatus.HELD]
    assert len(held) == 1 and held[0].replace(tzinfo=UTC) <= clock.now()
    assert ContactStatus.PLANNED in [status for status, _ in rows]
    assert window.statusBar().currentMessage() == "Gesprek bewaard"


def consent_dialog_for_sara(qtbot, window, db, clock, an):
    """Sara's trajectory with An, her dossier found by keys, and Ctrl+Shift+C pressed."""
    _client, request = answered(db, clock, an, "Sara", "Idrissi")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, an)
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    return request, wait_active(qtbot, window.dossier.active_dialog)


# --- 15. consent starts from the chosen school, or nobody ------------------------------------
def test_consent_starts_from_the_school_chosen_or_from_nobody(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    request, consent = consent_dialog_for_sara(qtbot, window, db, clock, an)
    assert consent.recipient.organisation.currentText() == ""   # never the social map's first entry
    key(qtbot, Qt.Key.Key_Escape)
    option = Options(db, clock, an).consider(request.id, course_id=office.course_ids[0])
    Requests(db, clock, an).choose(option.id)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    consent = wait_active(qtbot, window.dossier.active_dialog)
    assert consent.recipient.organisation.currentText() == "CVO Miras"
    assert consent.recipient.partner_id() == office.school_id


# --- 18. one home for the rules --------------------------------------------------------------
def test_the_stepper_shows_the_handover_of_a_mediation_request(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Nina", "Wouters")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.HANDOVER)
    open_dossier_by_search(qtbot, window, "wouters")
    shown = window.dossier.requests.item(0).text()
    assert "● Warme overdracht" in shown and "○ Afgesloten" in shown and "✓ Keuze" in shown
    for tier, path in PHASE_PATH.items():                          # every phase a tier allows is on its path
        assert PHASES_PER_TIER[tier] - {Phase.REFERRAL_IN, Phase.AFTERCARE} == set(path)


def test_today_is_the_date_in_brussels_not_in_utc(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    clock.at = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)          # 00:30 on 1 July in Brussels
    client, request = answered(db, clock, an, "Tom", "Claes")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.CHOICE, an)
    open_dossier_by_search(qtbot, window, "claes")
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)                      # start the follow-up: due in 14 days, proposed
    wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_Return)
    assert Requests(db, clock, an).get(request.id).follow_up_due == datetime(2026, 7, 15).date()


def test_a_tier_one_answer_over_the_summary_limit_is_refused_not_cut(qtbot, window, db) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Vraag")
    dialog.answer.setText("x" * 501)
    key(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
    assert dialog.isVisible() and dialog.error.isVisible() and "te lang" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.answer
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LearningRequest)) == 0


def test_a_micro_contact_writes_one_audit_event_and_refreshes_only_the_timeline(qtbot, window, db, clock,
                                                                               office) -> None:
    client = Clients(db, clock, office.counsellor).create(ClientInput("Sara", "Idrissi"))
    Dispatch(db, clock, office.counsellor).answer_now(FirstContact(Channel.PHONE, "vraag", client_id=client.id),
                                                      "antwoord")
    open_dossier_by_search(qtbot, window, "idrissi")
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    key(qtbot, Qt.Key.Key_M, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_Return)                       # Enter before a channel: said (it did nothing at all)
    assert form.isVisible() and "Kies eerst het kanaal" in form.error.text()
    key(qtbot, Qt.Key.Key_W)
    assert not form.error.isVisible()
    typed(qtbot, "Herinnering gestuurd")
    key(qtbot, Qt.Key.Key_Return)
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq).offset(before)).all()
    assert actions == ["contact.create"]                          # no second "client.view"
    assert "Herinnering gestuurd" in [e.detail for e in window.dossier.timeline_entries()]
    assert window.statusBar().currentMessage() == "Microcontact bewaard"


# --- 8. mnemonics, Enter saves (from a combo box too), Escape asks before discarding -----------
def test_consent_by_mnemonics_and_enter_in_the_organisation_box(qtbot, window, db, clock, office) -> None:
    from leerwinkel_desk.store.models import Consent

    _request, consent = consent_dialog_for_sara(qtbot, window, db, clock, office.counsellor)
    key(qtbot, Qt.Key.Key_O, ALT)                               # Alt+O: Organisatie
    typed(qtbot, "CVO Miras")
    key(qtbot, Qt.Key.Key_G, ALT)                               # Alt+G: the data items
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_O, ALT)
    key(qtbot, Qt.Key.Key_Return)                               # Enter in the (editable) combo box saves
    qtbot.waitUntil(lambda: not consent.isVisible(), timeout=3000)
    with db.read() as s:
        stored = s.scalars(select(Consent)).one()
    assert stored.recipient_org_id == office.school_id


def test_escape_asks_before_throwing_typed_text_away(qtbot, window, db) -> None:
    from PySide6.QtWidgets import QMessageBox

    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Een lange vraag die niet verloren mag gaan")
    answers: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answers.append(box.text())
            box.button(button).click()

    QTimer.singleShot(200, lambda: answer(QMessageBox.StandardButton.Cancel))
    key(qtbot, Qt.Key.Key_Escape)
    assert answers and "nog niet bewaard" in answers[0]
    assert dialog.isVisible() and dialog.question.toPlainText().startswith("Een lange vraag")
    QTimer.singleShot(200, lambda: answer(QMessageBox.StandardButton.Discard))
    wait_active(qtbot, dialog)                                  # the window manager's part, offscreen
    key(qtbot, Qt.Key.Key_Escape)
    assert len(answers) == 2 and not dialog.isVisible()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LearningRequest)) == 0


def test_a_coordinator_assigns_the_trajectory_by_keys_and_then_it_can_be_worked_on(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.ui.context import DeskContext

    _client, request = answered(db, clock, office.colleague, "Youssef", "Benali")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, office.colleague)
    coordinator = MainWindow(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(coordinator)
    coordinator.show()
    wait_active(qtbot, coordinator)
    open_dossier_by_search(qtbot, coordinator, "benali")
    key(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    dialog = wait_active(qtbot, coordinator.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_N, ALT)                               # Alt+N: the new counsellor
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findText("An Peeters"))
    key(qtbot, Qt.Key.Key_R, ALT)                               # Alt+R: the reason
    typed(qtbot, "Bram met ouderschapsverlof")
    key(qtbot, Qt.Key.Key_Return)
    assert Requests(db, clock, office.coordinator).get(request.id).owner_id == office.counsellor.counsellor_id
    assert coordinator.statusBar().currentMessage() == "Traject toegewezen aan An Peeters"
    Requests(db, clock, office.counsellor).check_may_work(request.id)     # An may now record in it


def test_a_page_key_puts_the_typing_on_the_page_and_down_goes_on_to_its_list(qtbot, window, db, clock,
                                                                             office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Lotte", "Claeys")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    key(qtbot, Qt.Key.Key_K, CTRL)                                  # the typing in the search on top
    key(qtbot, Qt.Key.Key_3, CTRL)                                  # Aanvragen
    page = window.pages["requests"]
    assert QApplication.focusWidget() is page.filter                # not left in the search above the pages
    typed(qtbot, "claeys")
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier is not None and window.dossier.client_id == client.id, timeout=3000)

    key(qtbot, Qt.Key.Key_2, CTRL)                                  # Cliënten: its search, Down to the list
    clients = window.pages["clients"]
    assert QApplication.focusWidget() is clients.search
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is clients.table and clients.table.currentIndex().row() == 0


def test_a_cells_tooltip_shows_text_as_typed_never_as_html(qtbot, window, db, clock, office) -> None:
    """An imported summary `<h1>BIG</h1><table>…` showed a heading and a table in the tooltip of a cell that fit
    (Qt guesses HTML in a tooltip); it reads as it was typed, as the cell does."""
    from PySide6 import QtGui

    from leerwinkel_desk.services.contacts import Contacts

    hostile = "<h1>BIG</h1><table><tr><td>cell</td></tr></table> & <b>niet vet</b>"
    _client, request = answered(db, clock, office.counsellor, "Tina", "Tooltip")
    Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, hostile)
    open_dossier_by_search(qtbot, window, "tooltip")
    model = window.dossier.timeline_model
    cells = [model.index(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())]
    cell = next(c for c in cells if hostile in str(c.data(Qt.ItemDataRole.DisplayRole)))
    tip = str(cell.data(Qt.ItemDataRole.ToolTipRole))
    shown = QtGui.QTextDocument()
    shown.setHtml(tip) if QtGui.Qt.mightBeRichText(tip) else shown.setPlainText(tip)     # as QToolTip decides
    assert shown.toPlainText() == cell.data(Qt.ItemDataRole.DisplayRole)
