"""The desktop app driven with real key presses and clicks on a real temporary database."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QLabel
from sqlalchemy import select

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    Outcome,
    Phase,
    Tier,
)
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.models import Client, Consent, Handover, LearningRequest, Letter, OptionConsidered
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from leerwinkel_desk.ui.i18n import LanguageSwitcher, translations_dir
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.models import ClientSearchModel, RowsModel, client_columns
from leerwinkel_desk.ui.operation import Change, OpChanges

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


@pytest.fixture
def ctx(db, clock, office: Office) -> DeskContext:
    return DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Peeters")


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    return open_window(qtbot, ctx)


def open_window(qtbot, ctx: DeskContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in the widget's window, which is active as it is for the person typing."""
    top = widget.window()
    if QApplication.activeWindow() is not top:
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
    qtbot.keyClick(widget, key, modifiers)


def active(qtbot, dialog):
    """The dialog just opened, once it is the active window (as it is for the counsellor)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def focused():
    return QApplication.focusWidget()


def test_dispatch_an_anonymous_tier_one_question(qtbot, window: MainWindow, db) -> None:
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.active_dialog
    assert dialog is not None and dialog.anonymous.isChecked()
    qtbot.keyClicks(dialog.question, "Waar kan ik Nederlands leren in Kortrijk?")
    qtbot.keyClicks(dialog.answer, "Huis van het Nederlands, Ctrl+B")
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        request = s.scalars(select(LearningRequest)).one()
        assert (request.client_id, request.tier, request.outcome) == (None, Tier.INFORMATION, Outcome.ANSWERED)
        assert request.question == "Waar kan ik Nederlands leren in Kortrijk?"


def test_new_client_shows_the_likely_duplicate_before_saving(qtbot, window: MainWindow, db, clock, office) -> None:
    existing = Clients(db, clock, office.counsellor).create(
        ClientInput("Céline", "Du Bois", birth_date=date(1990, 4, 12)))
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.identity.first_name, "Celine")
    qtbot.keyClicks(dialog.identity.last_name, "Dubois")
    qtbot.waitUntil(dialog.identity.duplicates.isVisible)
    assert dialog.identity.duplicates_model.row_at(0).client == existing
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    with db.read() as s:
        assert len(s.scalars(select(Client)).all()) == 1
    dialog.identity.confirm_other.setFocus()
    press(qtbot, dialog.identity.confirm_other, Qt.Key.Key_Space)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert len(s.scalars(select(Client)).all()) == 2
    assert window.dossier is not None and window.dossier.header.client.first_name == "Celine"


def test_a_trajectory_from_intake_to_enrolled_with_the_keyboard(qtbot, window: MainWindow, db, clock, office) -> None:
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput("Fatima", "El Amrani"))
    # find the client with Ctrl+K and open the dossier with Enter
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "el amrani")
    press(qtbot, focused(), Qt.Key.Key_Return)
    assert window.dossier is not None and window.dossier.client_id == client.id
    # book the intake from the dossier
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dispatch = window.active_dialog
    assert dispatch.anonymous.isChecked()                       # nobody's until said: her, by Alt+G
    press(qtbot, dispatch.question, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dispatch.anonymous.isChecked(), timeout=3000)
    qtbot.keyClicks(dispatch.question, "Diploma secundair onderwijs")
    qtbot.mouseClick(dispatch.book_button, Qt.MouseButton.LeftButton)
    request = Requests(db, clock, an).for_client(client.id)[0]
    assert (request.tier, request.phase) == (Tier.MEDIATION, Phase.INTAKE)
    dossier = window.dossier

    # intake session with the session form
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    form = active(qtbot, dossier.active_dialog)
    qtbot.keyClicks(form.summary, "Intake")
    qtbot.keyClicks(form.study_history, "Gestopt in 4 BSO")
    press(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dossier.active_dialog is None
    # up to tier 3, then two trajectory sessions
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dossier.confirm_box is not None, timeout=3000)
    press(qtbot, active(qtbot, dossier.confirm_box), Qt.Key.Key_Return)      # asked first: Enter moves it
    qtbot.waitUntil(lambda: dossier.confirm_box is None, timeout=3000)
    assert Requests(db, clock, an).get(request.id).tier is Tier.TRAJECTORY
    for summary in ("Interesses", "Opties"):
        press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        form = active(qtbot, dossier.active_dialog)
        form.session_type.setCurrentIndex(1)
        qtbot.keyClicks(form.summary, summary)
        press(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # micro-contact: Ctrl+M, W, the line, Enter -- three keystrokes besides the text
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, dossier.active_dialog, Qt.Key.Key_W)
    qtbot.keyClicks(focused(), "Herinnering infosessie gestuurd")
    press(qtbot, focused(), Qt.Key.Key_Return)
    timeline = Contacts(db, clock, an).timeline(request.id)
    held = [c for c in timeline if c.kind is ContactKind.SESSION and c.status is ContactStatus.HELD]
    assert len(held) == 3 and all(c.at <= clock.now() for c in held)   # the intake booked later stays booked
    micro = [(c.channel, c.summary) for c in timeline if c.kind is ContactKind.MICRO]
    assert micro == [(Channel.WHATSAPP, "Herinnering infosessie gestuurd")]
    assert "Herinnering infosessie gestuurd" in [e.detail for e in dossier.timeline_entries()]

    # options and the choice
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    options = dossier.active_dialog
    qtbot.mouseClick(options.add_button, Qt.MouseButton.LeftButton)
    options.compare.setCurrentCell(0, 0)
    qtbot.mouseClick(options.choose_button, Qt.MouseButton.LeftButton)
    press(qtbot, options, Qt.Key.Key_Escape)
    with db.read() as s:
        assert s.scalars(select(OptionConsidered.chosen_on)).one() == clock.now().date()
    assert Requests(db, clock, an).get(request.id).phase is Phase.CHOICE

    # consent for the school's study counsellor, then the handover shows exactly those items
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    consent = dossier.active_dialog
    consent.recipient.organisation.setCurrentIndex(consent.recipient.organisation.findText("CVO Miras"))
    consent.recipient.person.setCurrentIndex(consent.recipient.person.findText("Karel Vandenberghe"))
    for row in range(consent.items.count()):
        if consent.items.item(row).data(Qt.ItemDataRole.UserRole) in ("identity", "choice"):
            consent.items.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(consent.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    handover = dossier.active_dialog
    assert handover.recipient.organisation.currentText() == "CVO Miras"
    shown = {DataItem(handover.items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(handover.items.count())}
    assert shown == {DataItem.IDENTITY, DataItem.CHOICE}
    qtbot.mouseClick(handover.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    with db.read() as s:
        stored = s.scalars(select(Handover)).one()
        assert sorted(stored.shared_items) == ["choice", "identity"]
        assert stored.consent_id == s.scalars(select(Consent.id)).one()

    # close as enrolled
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    closing = dossier.active_dialog
    closing.outcome.select(Outcome.ENROLLED)
    press(qtbot, closing, Qt.Key.Key_Return)
    final = Requests(db, clock, an).get(request.id)
    assert (final.phase, final.outcome) == (Phase.CLOSED, Outcome.ENROLLED)


def test_handover_cannot_proceed_without_consent(qtbot, window: MainWindow, db, clock, office) -> None:
    client = Clients(db, clock, office.counsellor).create(ClientInput("Jan", "Claes"))
    window.open_dossier(client.id)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dispatch = window.active_dialog
    press(qtbot, dispatch.question, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)     # Jan's question
    qtbot.waitUntil(lambda: not dispatch.anonymous.isChecked(), timeout=3000)
    qtbot.keyClicks(dispatch.question, "Vraag")
    qtbot.keyClicks(dispatch.answer, "Antwoord")
    qtbot.mouseClick(dispatch.answer_button, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    handover = window.dossier.active_dialog
    assert handover.items.count() == 0 and handover.no_consent.isVisible()
    assert not handover.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_closed_session_form_gives_its_text_back(qtbot, ctx, db, clock, office) -> None:
    client = Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Peeters"))
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact

    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
    Requests(db, clock, office.counsellor).reopen_for_aftercare(request.id)
    form = SessionFormDialog(ctx, request.id, client.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.notes, "Twijfelt tussen zorgkundige en boekhouden")
    qtbot.waitUntil(lambda: form._last_saved_payload is not None, timeout=5000)   # autosave ran
    form.close()                                                                 # closed unsaved
    again = SessionFormDialog(ctx, request.id, client.id)
    qtbot.addWidget(again)
    again.show()
    assert again.draft_bar.isVisible() and again.notes.toPlainText() == ""
    qtbot.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.notes.toPlainText() == "Twijfelt tussen zorgkundige en boekhouden"
    press(qtbot, again, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    third = SessionFormDialog(ctx, request.id, client.id)
    qtbot.addWidget(third)
    assert not third.draft_bar.isVisibleTo(third)        # saved: the draft is gone


def test_models_pass_the_model_tester(qtmodeltester, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    for i in range(250):
        clients.create(ClientInput(f"Persoon{i}", "Janssens"), duplicates_checked=True)
    lazy = ClientSearchModel(clients)
    lazy.set_query("")
    assert lazy.rowCount() == ClientSearchModel.PAGE          # not every row at once
    qtmodeltester.check(lazy)                                  # the tester scrolls: pages arrive
    assert lazy.rowCount() == 250 and not lazy.canFetchMore(lazy.index(-1, -1).parent())
    rows = RowsModel(client_columns())
    rows.set_rows(clients.browse(limit=10))
    qtmodeltester.check(rows)


@pytest.fixture(scope="session")
def english_translations() -> None:
    qm = Path(translations_dir()) / "leerwinkel_en.qm"
    if not qm.exists():
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent",
                        str(ROOT / "resources" / "i18n" / "leerwinkel_en.ts"), "-qm", str(qm)], check=True)


def test_switching_to_english_changes_the_visible_labels(qtbot, window: MainWindow, english_translations) -> None:
    assert window.nav.item(0).text().startswith("Vandaag")
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.use("en")
        qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("Today"))
        assert window.nav.item(1).text().startswith("Clients")
        assert "Search client" in window.search.placeholderText()
    finally:
        switcher.use("nl")
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("Vandaag"))


def test_coordinator_merges_duplicates_side_by_side_and_can_undo(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.ui.dialogs.merge import MergeDialog

    ctx = DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator")
    clients = Clients(db, clock, office.coordinator)
    keep = clients.create(ClientInput("Céline", "Du Bois", birth_date=date(1990, 4, 12)))
    dup = clients.create(ClientInput("Celine", "Dubois", phone="0470112233"), duplicates_checked=True)
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.left, keep.dossier_no)
    dialog.left.pick(next(iter(dialog.left._matches)))
    qtbot.keyClicks(dialog.right, dup.dossier_no)
    dialog.right.pick(next(iter(dialog.right._matches)))
    dialog.refresh_comparison()
    rows = {dialog.compare.verticalHeaderItem(r).text(): r for r in range(dialog.compare.rowCount())}
    assert dialog.compare.item(rows["phone"], 1).text() == "0470112233"
    assert dialog.compare.item(rows["first_name"], 0).text() == "Céline"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert clients.get(dup.id).merged_into_id == keep.id and dialog.merges.count() == 1
    dialog.merges.setCurrentRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert clients.get(dup.id).merged_into_id is None and dialog.merges.count() == 0


def test_enter_in_a_merge_name_merges_nothing(qtbot, db, clock, office) -> None:
    """Two clients chosen, Enter in a name field merged them at once: Qt made Samenvoegen the dialog's default.
    Now Enter there does nothing; Samenvoegen is Alt+S, after the comparison was read."""
    clients = Clients(db, clock, office.coordinator)
    keep = clients.create(ClientInput("Céline", "Du Bois", birth_date=date(1990, 4, 12)))
    dup = clients.create(ClientInput("Celine", "Dubois", phone="0470112233"), duplicates_checked=True)
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, window.active_dialog)
    for field, client in ((dialog.left, keep), (dialog.right, dup)):
        field.setFocus()
        qtbot.keyClicks(field, client.dossier_no)
        popup = field.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)                   # chosen from the list
        qtbot.waitUntil(lambda field=field, client=client: field.client is not None and field.client.id == client.id)
    press(qtbot, dialog.right, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert clients.get(dup.id).merged_into_id is None and dialog.merges.count() == 0
    press(qtbot, dialog.right, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)        # &Samenvoegen
    qtbot.waitUntil(lambda: dialog.merges.count() == 1)
    assert clients.get(dup.id).merged_into_id == keep.id


def test_a_crash_keeps_the_typing_and_logs_no_personal_data(qtbot, ctx, db, clock, office, tmp_path,
                                                            crash_handler) -> None:
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.drafts import Drafts

    client = Clients(db, clock, office.counsellor).create(ClientInput("Oksana", "Kovalenko"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
    form = SessionFormDialog(ctx, request.id, client.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.notes, "Wil verpleegkunde studeren")
    messages = crash_handler()
    try:
        raise ValueError("Oksana Kovalenko 0470112233")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert messages and "concept" in messages[0]
    assert Drafts(db, clock, office.counsellor).load("session", request.id)["notes"] == "Wil verpleegkunde studeren"
    log = (tmp_path / "logs" / "leerwinkel-desk.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "test_ui.py" in log
    assert "Oksana" not in log and "Kovalenko" not in log and "0470112233" not in log


def test_print_preview_print_and_save_as_pdf(qtbot, window: MainWindow, db, clock, office, tmp_path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from leerwinkel_desk.domain.consent import Recipient
    from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose
    from leerwinkel_desk.services.consents import Consents
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.ui.dialogs.printing import PrintDialog

    client = Clients(db, clock, office.counsellor).create(ClientInput("Łukasz", "Nowak"))
    Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.FACE_TO_FACE, "Welke opleiding boekhouden?", client_id=client.id), "Uitgelegd")
    window.open_dossier(client.id)
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dossier.active_dialog
    assert isinstance(dialog, PrintDialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15000)
    assert dialog.pages.count() >= 1 and dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)        # a second preview
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=15000)
    with db.read() as s:                                                    # a preview files nothing
        assert s.scalars(select(Letter)).all() == []
    assert "Łukasz" in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    saved = tmp_path / "copy.pdf"
    dialog.save_to(saved)
    assert saved.read_bytes() == dialog.letter.path.read_bytes()
    assert "Łukasz" in PdfReader(saved).pages[0].extract_text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(saved).pages)
    with db.read() as s:                                                    # saved and printed: filed once
        assert len(s.scalars(select(Letter)).all()) == 1
    assert any(e.kind == "letter" for e in window.dossier.timeline_entries())

    # a handover letter without consent: a clear message, nothing filed
    dialog.handover_choice.setChecked(True)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "toestemming" in dialog.error.text()
    Consents(db, clock, office.counsellor).grant(
        client.id, Recipient(office.school_id), ConsentPurpose.WARM_HANDOVER,
        frozenset({DataItem.IDENTITY, DataItem.QUESTION}), ConsentMethod.SIGNED_FORM)
    dialog.recipient.select(Recipient(office.school_id))
    for box in dialog.item_boxes.values():                                  # no handover yet: she ticks them
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))     # on its box
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15000)
    dialog.save_to(tmp_path / "handover.pdf")
    assert dialog.letter.kind.value == "handover"
    handover_pdf = dialog.pdf

    # an earlier letter again: the same bytes as filed, chosen from the list by keyboard
    again = PrintDialog(window.ctx, client.id, None, window)
    qtbot.addWidget(again)
    assert again.earlier.count() == 2 and again.earlier.currentData().kind.value == "handover"
    again.earlier.setFocus()
    qtbot.keyClick(again.earlier, Qt.Key.Key_Down)               # the summary, made first
    assert again.earlier.currentData().kind.value == "summary" and again.again_choice.isChecked()
    qtbot.keyClick(again.earlier, Qt.Key.Key_Up)                 # back to the handover letter
    qtbot.mouseClick(again.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.letter is not None, timeout=15000)
    assert again.pdf == handover_pdf and again.letter.kind.value == "handover"


def test_report_screen_shows_the_same_figures_as_the_json_and_exports(qtbot, db, clock, office, tmp_path) -> None:
    from openpyxl import load_workbook

    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.monitoring import Monitoring
    from leerwinkel_desk.ui.pages.reports import ReportsPage

    dispatch = Dispatch(db, clock, office.counsellor)
    for n in range(3):
        dispatch.answer_now(FirstContact(Channel.PHONE, f"vraag {n}"), "antwoord")
    counsellor_page = ReportsPage(DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An"))
    qtbot.addWidget(counsellor_page)
    assert counsellor_page.not_allowed.isVisibleTo(counsellor_page)      # reports are for coordinators:
    assert not counsellor_page.contents.isVisibleTo(counsellor_page)     # no empty charts, no figures
    assert counsellor_page.report is None
    page = ReportsPage(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    expected = Monitoring(db, clock, office.coordinator).report(page.wanted()).to_json_dict()
    assert page.report.to_json_dict() == expected
    assert expected["requests"]["total"] == 3
    assert "Leervragen: 3 (anoniem 3" in page.figures.text()
    assert page.funnel.bars[0][1] == 3 and "3" in page.funnel.accessibleDescription()
    page.export("xlsx", tmp_path / "report.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "report.xlsx").exists(), timeout=15000)
    qtbot.waitUntil(lambda: "Bewaard" in page.status.text(), timeout=15000)
    assert load_workbook(tmp_path / "report.xlsx").sheetnames


def test_the_idle_lock_fires_and_the_draft_survives_unlock(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.services.accounts import Accounts
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.drafts import Drafts
    from leerwinkel_desk.ui.dialogs.sign_in import IdleLock

    Accounts(db, clock, office.coordinator).set_passphrase(office.counsellor.counsellor_id, "een lange zin")
    ctx = DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Peeters", "an.peeters")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    client = Clients(db, clock, office.counsellor).create(ClientInput("Sara", "Idrissi"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
    form = SessionFormDialog(ctx, request.id, client.id, main)
    form.show()
    active(qtbot, form)
    form.notes.setFocus()                                      # where the counsellor is typing
    qtbot.keyClicks(form.notes, "Half getypte notitie")
    main.ctx.jobs.wait()
    Clients(db, clock, office.counsellor).browse()              # a page of the list: its connection kept
    assert db.engine.pool.checkedout() == 1
    idle = IdleLock(0.005, main.lock, main)                    # 0.3 s instead of 5 minutes
    QApplication.instance().installEventFilter(idle)
    try:
        qtbot.waitUntil(lambda: main.lock_screen is not None, timeout=5000)
        screen = main.lock_screen
        assert not main.centralWidget().isVisible()
        assert db.engine.pool.checkedout() == 0                 # let go while the data is hidden
        assert Drafts(db, clock, office.counsellor).load("session", request.id)["notes"] == "Half getypte notitie"
        qtbot.keyClicks(screen.passphrase, "fout")
        screen.try_sign_in()
        assert main.lock_screen is screen and screen.error.isVisible()
        screen.reject()                                        # Escape does not unlock
        assert main.lock_screen is screen
        qtbot.keyClicks(screen.passphrase, "een lange zin")
        screen.try_sign_in()
        assert main.lock_screen is None and main.centralWidget().isVisible()
        assert form.notes.toPlainText() == "Half getypte notitie"
        # the typing goes on where it was: the form active again, its notes field with the focus
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.notes, timeout=3000)
        qtbot.keyClicks(QApplication.focusWidget(), " en verder")
        assert form.notes.toPlainText() == "Half getypte notitie en verder"
    finally:
        QApplication.instance().removeEventFilter(idle)


def test_coordinator_backs_up_restores_applies_retention_and_erases(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.ui.dialogs.maintenance import MaintenanceDialog
    from test_ui_backups import answer_box

    ctx = DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator")
    client = Clients(db, clock, office.coordinator).create(ClientInput("Wis", "Mij"))
    dialog = MaintenanceDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.backups.count() == 1 and "Back-up gemaakt" in dialog.status.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "0 leervragen" in dialog.preview_text.text() and not dialog.apply_button.isEnabled()

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.open_dossier(client.id)
    assert not main.dossier.erase("LW-1999-000001")             # a wrong confirmation does nothing
    assert main.dossier.erase(client.dossier_no)
    assert main.dossier is None or not main.dossier.isVisible()
    assert Clients(db, clock, office.coordinator).search("Wis Mij") == []

    dialog.backups.setCurrentRow(0)
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)      # asked first: &Terugzetten
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    again = "Eén persoon die na deze back-up gewist werd, is opnieuw gewist."
    qtbot.waitUntil(lambda: bool(answers) and again in dialog.status.text())
    assert Clients(db, clock, office.coordinator).search("Wis Mij") == []   # still erased

    counsellor = MaintenanceDialog(DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An"))
    qtbot.addWidget(counsellor)
    assert counsellor.error.isVisibleTo(counsellor) and counsellor.backups.count() == 0


def test_coordinator_previews_then_keeps_a_new_retention_period(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.services.retention import Retention
    from leerwinkel_desk.ui.dialogs.maintenance import MaintenanceDialog

    dialog = MaintenanceDialog(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(active(qtbot, dialog))
    assert dialog.years.value() == 5 and not dialog.save_period_button.isEnabled()
    dialog.years.setFocus()
    dialog.years.selectAll()
    qtbot.keyClicks(dialog.years, "3")
    assert dialog.years.value() == 3 and not dialog.save_period_button.isEnabled()   # preview first
    qtbot.keyClick(dialog.years, Qt.Key.Key_Tab)                     # to "Voorbeeld"
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Space)
    assert "0 leervragen" in dialog.preview_text.text() and dialog.save_period_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)             # to "Als bewaartermijn instellen"
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Space)
    assert Retention(db, clock, office.coordinator).period() == 3
    assert "3 jaar" in dialog.status.text() and not dialog.save_period_button.isEnabled()


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A real D-Bus daemon of the test's own, standing in for both the session and the system bus."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(
        '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" '
        '"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd"><busconfig><type>session</type>'
        f'<listen>unix:path={tmp_path}/bus</listen><auth>EXTERNAL</auth>'
        '<policy context="default"><allow send_destination="*" eavesdrop="true"/>'
        '<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>')
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"])
    address = f"unix:path={tmp_path}/bus"
    deadline = time.monotonic() + 10
    while not (tmp_path / "bus").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    yield address
    daemon.terminate()
    daemon.wait(10)


def test_the_app_locks_when_the_screen_locks_or_the_laptop_sleeps(qtbot, private_bus, db, clock, office) -> None:
    from PySide6.QtDBus import QDBusConnection

    from leerwinkel_desk.ui.session_lock import SessionLockWatcher

    def send(path: str, member: str, *arguments: str) -> None:
        subprocess.run(["dbus-send", f"--bus={private_bus}", "--type=signal", path, member, *arguments],
                       check=True)

    bus = QDBusConnection.connectToBus(private_bus, "leerwinkel-test-bus")
    ctx = DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Peeters", "an.peeters")
    signals = [("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean"),
               ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean"),
               ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock", None),
               ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean")]
    try:
        for path, member, argument in signals:
            main = MainWindow(ctx)
            qtbot.addWidget(main)
            main.show()
            watcher = SessionLockWatcher(main, bus, bus)
            watcher.locked.connect(main.lock)
            assert len(watcher.listening) == 4
            if argument:                               # the screen saver ending, a wake-up: no lock
                send(path, member, f"{argument}:false")
                qtbot.wait(300)
                assert main.lock_screen is None
            send(path, member, *([f"{argument}:true"] if argument else []))
            qtbot.waitUntil(lambda main=main: main.lock_screen is not None, timeout=5000)
            assert not main.centralWidget().isVisible()
            main.lock_screen.done(0)
            main.close()
    finally:
        QDBusConnection.disconnectFromBus("leerwinkel-test-bus")


def test_the_first_run_wizard_sets_up_an_office_or_the_demo(qtbot, tmp_path: Path) -> None:
    from leerwinkel_desk.app import create_demo_database, create_office_database
    from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, sign_in
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.services.offices import find_office, office_name
    from leerwinkel_desk.store.keyring import KeyRing
    from leerwinkel_desk.store.location import Location
    from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog

    path = tmp_path / "kantoor" / "leerwinkel.db"
    wizard = FirstRunDialog(lambda: create_demo_database(path), lambda o: create_office_database(path, o))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.office.isChecked() and wizard.form.isEnabled()     # the office is the default
    for field, text in ((wizard.office_name, "Leerwinkel Oost"), (wizard.user, "katrien"),
                        (wizard.full_name, "Katrien Maes"), (wizard.passphrase, "een lange wachtwoordzin"),
                        (wizard.repeat, "een andere wachtwoordzin")):
        qtbot.keyClicks(field, text)
    press(qtbot, wizard.repeat, Qt.Key.Key_Return)
    assert "verschillen" in wizard.error.text() and wizard.isVisible()
    assert not path.parent.exists() or not any(path.parent.iterdir())           # nothing written yet
    wizard.repeat.clear()
    qtbot.keyClicks(wizard.repeat, "een lange wachtwoordzin")
    press(qtbot, wizard.repeat, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)   # no recovery key this time
    qtbot.waitUntil(lambda: not wizard.recovery.isChecked(), timeout=2000)
    press(qtbot, wizard.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted.value, timeout=30000)
    assert wizard.login == "katrien" and not path.read_bytes().startswith(b"SQLite format 3")
    db = Location.of(path).open_upgraded(KeyRing.load(path.resolve()).unlock("katrien", "een lange wachtwoordzin"))
    assert office_name(db, find_office(db)) == "Leerwinkel Oost"
    assert sign_in(db, SystemClock(), "katrien", "een lange wachtwoordzin").full_name == "Katrien Maes"
    db.dispose()

    demo_path = tmp_path / "demo" / "leerwinkel.db"
    demo = FirstRunDialog(lambda: create_demo_database(demo_path), lambda o: create_office_database(demo_path, o))
    qtbot.addWidget(demo)
    demo.show()
    press(qtbot, demo.demo, Qt.Key.Key_Escape)                        # Escape: leave, nothing made
    assert demo.result() == QDialog.DialogCode.Rejected.value and not demo_path.exists()
    demo.show()
    press(qtbot, demo, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the demo
    qtbot.waitUntil(demo.demo.isChecked)
    press(qtbot, demo.demo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.result() == QDialog.DialogCode.Accepted.value, timeout=60000)
    key = KeyRing.load(demo_path.resolve()).unlock("coordinator", DEMO_PASSPHRASE)
    db = Location.of(demo_path).open_upgraded(key)
    assert sign_in(db, SystemClock(), "coordinator", DEMO_PASSPHRASE).actor.role.value == "coordinator"
    db.dispose()


def test_a_coordinator_opens_and_closes_an_account_from_the_app(qtbot, tmp_path: Path, clock) -> None:
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.store.keyring import KeyRing
    from leerwinkel_desk.store.location import Location

    db = Location.of(tmp_path / "kantoor.db").create({"katrien": "een lange wachtwoordzin"})
    boss = create_office(db, clock, "Leerwinkel Oost", "LWO", "katrien", "Katrien Maes")
    main = MainWindow(DeskContext(db, clock, boss, "Leerwinkel Oost", "Katrien Maes", "katrien"))
    qtbot.addWidget(main)
    main.show()
    press(qtbot, main, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, main.active_dialog)
    assert [a.login for a in dialog.model._rows] == ["katrien"]
    for field, text in ((dialog.login, "an.peeters"), (dialog.full_name, "An Peeters"),
                        (dialog.passphrase, "ans eigen lange zin"), (dialog.repeat, "ans eigen lange zin")):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=15000)
    assert dialog.passphrase.text() == "" and "an.peeters" in dialog.status.text()
    assert KeyRing.load(db.path).unlock("an.peeters", "ans eigen lange zin") == db.key
    assert sign_in(db, clock, "an.peeters", "ans eigen lange zin").actor.role.value == "counsellor"
    qtbot.keyClicks(dialog.login, "an.peeters")                  # the same login again: refused, kept
    qtbot.keyClicks(dialog.full_name, "Nog een An")
    qtbot.keyClicks(dialog.passphrase, "nog een lange zin")
    qtbot.keyClicks(dialog.repeat, "nog een lange zin")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15000)
    assert "bestaat al" in dialog.error.text() and dialog.full_name.text() == "Nog een An"
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))          # An Peeters sorts first
    assert dialog.chosen().login == "an.peeters"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)   # asked first, naming An
    assert "An Peeters" in active(qtbot, dialog.confirm_box).text()
    press(qtbot, dialog.confirm_box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)     # Account af&sluiten
    qtbot.waitUntil(lambda: "afgesloten" in dialog.status.text(), timeout=15000)
    assert "an.peeters" not in KeyRing.load(db.path).entries
    assert dialog.model.data(dialog.model.index(0, 3)) == "afgesloten"
    db.dispose()


def test_a_recipient_off_the_social_map_is_typed_once_for_consent_and_handover(qtbot, window: MainWindow, db,
                                                                               clock, office) -> None:
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.ui.dialogs.sharing import ConsentDialog, HandoverDialog

    client = Clients(db, clock, office.counsellor).create(ClientInput("Lina", "Haddad"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "Opleiding Nederlands", client_id=client.id), "Info over NT2")
    ctx = window.ctx
    consent = ConsentDialog(ctx, client.id, request.id)
    qtbot.addWidget(consent)
    consent.show()
    consent.recipient.organisation.clearEditText()
    qtbot.keyClicks(consent.recipient.organisation, "Huis van het Nederlands Gent")
    assert not consent.recipient.person.isEnabled()
    consent.purpose.select(ConsentPurpose.WARM_HANDOVER)
    for row in range(consent.items.count()):
        if consent.items.item(row).data(Qt.ItemDataRole.UserRole) in ("identity", "dutch_level"):
            consent.items.item(row).setCheckState(Qt.CheckState.Checked)
    consent.save()
    assert consent.result() == QDialog.DialogCode.Accepted.value, consent.error.text()
    with db.read() as s:
        stored = s.scalars(select(Consent)).one()
        assert (stored.recipient_org_id, stored.recipient_name) == (None, "Huis van het Nederlands Gent")

    handover = HandoverDialog(ctx, request.id)
    qtbot.addWidget(handover)
    assert handover.recipient.organisation.currentText() == "Huis van het Nederlands Gent"
    shown = {DataItem(handover.items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(handover.items.count())}
    assert shown == {DataItem.IDENTITY, DataItem.DUTCH_LEVEL}
    handover.recipient.organisation.setEditText("Huis van het Nederlands Brussel")     # another: nothing
    assert handover.items.count() == 0 and not handover.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    handover.recipient.organisation.setEditText("Huis van het Nederlands Gent")
    handover.save()
    with db.read() as s:
        assert s.scalars(select(Handover.consent_id)).one() == stored.id


def test_micro_contact_letters_follow_the_language(qtbot, db, clock, office, english_translations) -> None:
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog

    client = Clients(db, clock, office.counsellor).create(ClientInput("Piet", "Janssens"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "Vraag", client_id=client.id), "Antwoord")
    ctx = DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Peeters")
    switcher = LanguageSwitcher(QApplication.instance())

    def first_key(language: str, key: Qt.Key) -> MicroContactDialog:
        assert switcher.use(language)
        dialog = MicroContactDialog(ctx, request.id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(active(qtbot, dialog), key)
        return dialog

    try:
        assert first_key("nl", Qt.Key.Key_T).channel is Channel.PHONE
        assert first_key("nl", Qt.Key.Key_B).channel is Channel.LETTER
        assert first_key("en", Qt.Key.Key_P).channel is Channel.PHONE
        assert first_key("en", Qt.Key.Key_L).channel is Channel.LETTER
        english = first_key("en", Qt.Key.Key_T)                          # T is no channel in English
        assert english.channel is None
        assert "<b>P</b>&nbsp;&nbsp;Phone" in [label.text() for label in english.findChildren(QLabel)]
    finally:
        switcher.use("nl")


def test_global_search_as_you_type_opens_the_dossier(qtbot, window: MainWindow, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    sara = clients.create(ClientInput("Sara", "Idrissi", phone="0470 11 22 33"))
    clients.create(ClientInput("Youssef", "Idrissi"), duplicates_checked=True)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "idri")
    assert window.results_view.isVisible() and window.search_results.rowCount() == 2
    field = window.search.geometry()
    assert window.results_view.geometry().top() == field.bottom() + 1            # floats under the field
    with qtbot.assertNotEmitted(window.search_results.modelReset):               # same people: no repaint
        qtbot.keyClicks(window.search, "ss")
    qtbot.keyClicks(window.search, " sa")
    assert [r.id for r in window.search_results._rows] == [sara.id]
    press(qtbot, window.search, Qt.Key.Key_Down)
    press(qtbot, window.results_view, Qt.Key.Key_Return)
    assert window.dossier is not None and window.dossier.client_id == sara.id
    assert not window.results_view.isVisible() and window.search.text() == ""
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "0470 11 22")                                # by phone number
    assert [r.id for r in window.search_results._rows] == [sara.id]
    press(qtbot, window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and not window.results_view.isVisible()
    qtbot.keyClicks(window.search, "idri")
    press(qtbot, window.search, Qt.Key.Key_Down)
    press(qtbot, window.results_view, Qt.Key.Key_Escape)                   # Escape from the list too
    assert window.search.text() == "" and not window.results_view.isVisible() and window.search.hasFocus()
    qtbot.keyClicks(window.search, "idri")
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # to a page: the list goes
    assert not window.results_view.isVisible()


def test_a_letter_listing_as_many_other_people_repaints_the_list_in_place(qtbot, window: MainWindow, db, clock,
                                                                       office) -> None:
    clients = Clients(db, clock, office.counsellor)
    for first, last in (("Jan", "Peeters"), ("Sara", "Peeters"), ("Lisa", "Verbeke"), ("Tom", "Verbeke")):
        clients.create(ClientInput(first, last), duplicates_checked=True)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "pee")
    press(qtbot, window.search, Qt.Key.Key_Down)
    press(qtbot, window.results_view, Qt.Key.Key_Down)                    # Sara Peeters is the current row
    press(qtbot, window.results_view, Qt.Key.Key_F2)                      # a result is no field to edit
    assert window.results_view.state() != QAbstractItemView.State.EditingState
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    with qtbot.assertNotEmitted(window.search_results.modelReset):        # two others: no reset, no relayout
        qtbot.keyClicks(window.search, "v")                               # replaces the text selected
    shown = [window.search_results.index(i, 0).data() for i in range(window.search_results.rowCount())]
    assert [text.split()[1:] for text in shown] == [["Lisa", "Verbeke"], ["Tom", "Verbeke"]]
    assert not window.results_view.currentIndex().isValid()
    press(qtbot, window.search, Qt.Key.Key_Return)                        # the first of the new people
    assert window.dossier is not None
    with db.read() as session:
        assert session.get(Client, window.dossier.client_id).first_name == "Lisa"


def test_a_letter_typed_after_a_change_was_announced_searches_again(qtbot, window: MainWindow, db, clock,
                                                                     office) -> None:
    """A letter that cannot change a full page is answered from the page before, unless a change was
    announced meanwhile (a sync pull in the background announces what it wrote): the next letter then
    searches again and lists the new client too."""
    clients = Clients(db, clock, office.counsellor)
    for n in range(21):
        clients.create(ClientInput(f"Voornaam{n:02d}", "Peeters"), duplicates_checked=True)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "peet")
    assert window.search_results.rowCount() == 20
    clients.create(ClientInput("Aaron", "Peeters"), duplicates_checked=True)     # as a pull writes it, then:
    window.ctx.operations.changed.emit(OpChanges(Change.DOSSIER | Change.AGENDA | Change.REFERENCE))
    qtbot.keyClicks(window.search, "e")
    shown = [window.search_results.index(i, 0).data() for i in range(window.search_results.rowCount())]
    assert shown[0].split()[1:] == ["Aaron", "Peeters"]


def test_a_settled_search_is_audited_once_with_its_kind_never_its_text(qtbot, window: MainWindow, db, clock,
                                                                       office) -> None:
    from leerwinkel_desk.store.models import AuditEvent

    def searches() -> list[str | None]:
        with db.read() as session:
            return list(session.scalars(select(AuditEvent.fields).where(
                AuditEvent.action == "client.search").order_by(AuditEvent.seq)))

    sara = Clients(db, clock, office.counsellor).create(ClientInput("Sara", "Idrissi", phone="0470 11 22 33"))
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "idriss")
    assert window.search_results.rowCount() == 1 and searches() == []      # not one per letter typed
    press(qtbot, window.search, Qt.Key.Key_Return)                         # a result opened
    assert window.dossier is not None and window.dossier.client_id == sara.id and searches() == ["name"]
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "0470 11 22")
    press(qtbot, window.search, Qt.Key.Key_Escape)                         # the list left
    qtbot.keyClicks(window.search, "zzz")                                  # lists no one: nothing to audit
    press(qtbot, window.search, Qt.Key.Key_Escape)
    assert searches() == ["name", "phone"]
    with db.read() as session:
        views = session.scalars(select(AuditEvent.action).where(
            AuditEvent.action.in_(["client.search", "client.view"])).order_by(AuditEvent.seq)).all()
    assert views == ["client.search", "client.view", "client.search"]      # the search before its dossier


def test_client_searches_in_the_first_contact_and_merge_dialogs_are_audited_once(qtbot, window: MainWindow, db,
                                                                                clock, office) -> None:
    from leerwinkel_desk.store.models import AuditEvent

    def searches() -> list[tuple[str | None, object]]:
        with db.read() as session:
            return [(e.fields, e.record_id) for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "client.search").order_by(AuditEvent.seq))]

    def choose_first(field) -> None:                 # the completer's list, by the keyboard
        popup = field.completer().popup()
        if not popup.isVisible():
            press(qtbot, field, Qt.Key.Key_Down)     # Down opens the list
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)       # a popup is never the active window: keys go to it
        qtbot.keyClick(popup, Qt.Key.Key_Return)

    clients = Clients(db, clock, office.coordinator)
    sara = clients.create(ClientInput("Sara", "Idrissi", phone="0470 11 22 33"))
    other = clients.create(ClientInput("Sarah", "Idrisi"), duplicates_checked=True)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)          # first contact
    dialog = active(qtbot, window.active_dialog)
    dialog.client_field.setFocus()
    qtbot.keyClicks(dialog.client_field, "Idrissi")
    assert searches() == []                                                       # not one per letter typed
    choose_first(dialog.client_field)
    assert dialog._client is not None and dialog._client.id == sara.id
    assert searches() == [("name", None)]                                         # the kind, never the text
    press(qtbot, dialog.question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert searches() == [("name", None)]                                         # once

    from leerwinkel_desk.ui.dialogs.merge import MergeDialog

    merge = MergeDialog(DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    qtbot.addWidget(merge)
    merge.show()
    active(qtbot, merge)
    merge.left.setFocus()
    qtbot.keyClicks(merge.left, sara.dossier_no)
    choose_first(merge.left)
    assert merge.left.client is not None and merge.left.client.id == sara.id
    press(qtbot, merge.left, Qt.Key.Key_Tab)                                      # leaving it: no second event
    qtbot.keyClicks(merge.right, "Idrisi")
    press(qtbot, merge.right, Qt.Key.Key_Tab)                                     # a search left without a pick
    merge.close()
    assert searches() == [("name", None), ("dossier_no", None), ("name", None)]
    assert other.id not in [record for _fields, record in searches()]


def test_a_first_start_that_fails_leaves_no_half_made_database(qtbot, tmp_path: Path, monkeypatch) -> None:
    from leerwinkel_desk.app import create_demo_database, create_office_database
    from leerwinkel_desk.demo import database as demo_database
    from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo_database, "generate_demo", disk_full)     # the failure, injected mid-way
    path = tmp_path / "leerwinkel.db"
    wizard = FirstRunDialog(lambda: create_demo_database(path), lambda o: create_office_database(path, o))
    qtbot.addWidget(wizard)
    wizard.show()
    press(qtbot, wizard, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)     # Alt+D: the demo
    qtbot.waitUntil(wizard.demo.isChecked)
    press(qtbot, wizard.demo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.error.isVisible(), timeout=30000)
    assert "OSError" in wizard.error.text() and wizard.isVisible() and wizard.buttons.isEnabled()
    assert list(tmp_path.iterdir()) == []                          # no database, no key file


def start_by_keys(qtbot, path: Path, monkeypatch) -> str:
    """The real start on the office file `path`: sign-in typed by keys, the window opened; what the status bar
    says once the start-up work (daily backup, retention period) is done."""
    from casework_fixtures import CLI_PASSPHRASE
    from leerwinkel_desk import app as app_module
    from leerwinkel_desk.ui import desk
    from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog

    monkeypatch.setattr(desk, "install_crash_handler", lambda _folder: None)   # not for the test run
    said: list[str] = []

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        dialog.show()
        dialog.login.setText("coordinator")
        qtbot.keyClicks(dialog.passphrase, CLI_PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=20_000)
        return dialog.result()

    def run_until_started() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.waitUntil(lambda: "bewaartermijn" in window.statusBar().currentMessage(), timeout=20_000)
        said.append(window.statusBar().currentMessage())
        window.close()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_started))
    assert app_module.run_desktop(str(path)) == 0
    return said[0]


def office_of_2019(path: Path):
    """A new office file (SQLCipher) whose clock stood in 2019; its database and that clock."""
    from datetime import UTC, datetime, timedelta

    from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
    from conftest import FixedClock
    from leerwinkel_desk.services import retention_hold
    from leerwinkel_desk.services.context import SystemClock, local_today
    from leerwinkel_desk.services.offices import create_office
    from leerwinkel_desk.store.location import Location

    db = Location.of(path).create({"coordinator": CLI_PASSPHRASE})
    long_ago = FixedClock(datetime(2019, 3, 4, 10, 0, tzinfo=UTC))
    coordinator = create_office(db, long_ago, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    let_coordinator_sign_in(db, long_ago, coordinator)
    # in use every day since (its retention ran yesterday): the dates of 2019 are old work, not a clock that jumped
    retention_hold.ran(db, local_today(SystemClock()) - timedelta(days=1))
    return db, long_ago, coordinator


def opened_again(path: Path):
    from casework_fixtures import CLI_PASSPHRASE
    from leerwinkel_desk.store.keyring import KeyRing
    from leerwinkel_desk.store.location import Location

    return Location.of(path).open_upgraded(KeyRing.load(path).unlock("coordinator", CLI_PASSPHRASE))


def test_the_real_start_signs_in_by_keys_backs_up_and_applies_the_retention_period(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact

    path = tmp_path / "leerwinkel.db"
    db, long_ago, coordinator = office_of_2019(path)
    old = Clients(db, long_ago, coordinator).create(ClientInput("Oud", "Dossier"))
    answered = Dispatch(db, long_ago, coordinator).answer_now(      # answered and closed in 2019
        FirstContact(Channel.PHONE, "Een vraag van lang geleden", client_id=old.id), "Antwoord")
    db.dispose()
    message = start_by_keys(qtbot, path, monkeypatch)
    assert "Dagelijkse back-up gemaakt" in message and "1 leervraag geanonimiseerd, 1 cliënt gewist" in message
    assert any(p.name.startswith("daily-") for p in (tmp_path / "backups").iterdir())
    db = opened_again(path)
    with db.read() as s:
        assert s.get(LearningRequest, answered.id).question is None and s.get(Client, old.id).first_name is None
    db.dispose()


def test_the_retention_period_at_start_erases_a_client_with_every_kind_of_free_text(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """A free-text option (no course) must keep a text: the retention run at start set it to NULL, failed on
    the table's CHECK at every start ("De dagelijkse back-up of de bewaartermijn is mislukt") and erased no one."""
    from casework_fixtures import person_with_every_free_text
    from leerwinkel_desk.domain.enums import Outcome

    path = tmp_path / "leerwinkel.db"
    db, long_ago, coordinator = office_of_2019(path)
    office = build_office(db, long_ago, coordinator)
    person = person_with_every_free_text(db, long_ago, office, "Bewaarq")
    Requests(db, long_ago, office.colleague).close(person.request_id, Outcome.ENROLLED)
    db.dispose()
    message = start_by_keys(qtbot, path, monkeypatch)
    assert "1 leervraag geanonimiseerd, 1 cliënt gewist" in message and "⚠" not in message
    db = opened_again(path)
    with db.read() as s:
        assert s.get(Client, person.client_id).first_name is None
        assert sorted(s.scalars(select(OptionConsidered.free_text).where(
            OptionConsidered.request_id == person.request_id, OptionConsidered.course_id.is_(None)))) == [""]
    db.dispose()


def test_a_failed_retention_at_start_is_named_in_the_status_bar(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The status bar said "the daily backup or the retention period failed": which, nobody knew. The
    retention period failing (here a request the file refuses to change) is named, and the backup made."""
    from sqlalchemy import text

    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact

    path = tmp_path / "leerwinkel.db"
    db, long_ago, coordinator = office_of_2019(path)
    old = Clients(db, long_ago, coordinator).create(ClientInput("Oud", "Dossier"))
    Dispatch(db, long_ago, coordinator).answer_now(FirstContact(Channel.PHONE, "Lang geleden", client_id=old.id), "Ja")
    with db.write() as s:
        s.execute(text("CREATE TRIGGER refuse AFTER UPDATE OF question ON learning_request "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    db.dispose()
    message = start_by_keys(qtbot, path, monkeypatch)
    assert message == "⚠ De bewaartermijn kon niet worden toegepast (de dagelijkse back-up is wel gemaakt)"
    assert any(p.name.startswith("daily-") for p in (tmp_path / "backups").iterdir())
