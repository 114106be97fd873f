"""The design system: text contrast (WCAG 2.2 AA), a visible focus on every control, Vandaag as a work list,
the dossier's header card, request cards and timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from leerwinkel_desk.domain.enums import Channel, Phase, ReferralReason, Tier
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.store.models import ReferralOut
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.palette import PALETTES, TEXT_PAIRS, Scheme, contrast_ratio, series_pairs
from leerwinkel_desk.ui.design.style import current_palette
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.dialogs.referral import CloseLoopDialog
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import active, ctx, office, open_window, press, window  # noqa: F401 - fixtures
from test_ui_dossier import NARROW
from test_ui_keys import answered, open_dossier_by_search, reopen_as
from test_ui_pages import follow_up_for, go_to, intake_for


# --- contrast ----------------------------------------------------------------------------------
@pytest.mark.parametrize("scheme", list(PALETTES))
def test_every_text_colour_pair_meets_wcag_aa(scheme) -> None:
    palette = PALETTES[scheme]
    low = [(fg, bg, round(contrast_ratio(getattr(palette, fg), getattr(palette, bg)), 2), least)
           for fg, bg, least in TEXT_PAIRS if contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < least]
    low += [(fg, bg, round(contrast_ratio(fg, bg), 2), 3.0) for fg, bg in series_pairs(palette)
            if contrast_ratio(fg, bg) < 3.0]
    assert not low, low


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)     # the classic just-too-light grey


# --- focus -------------------------------------------------------------------------------------
def looks(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def walk_focus_chain(qtbot, top: QWidget, limit: int = 80) -> list[str]:
    """Tab through `top`'s focus chain once round; each widget must look different focused and left.

    Returns the names of the widgets walked; fails naming each that shows no focus indicator.
    """
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
    first = QApplication.focusWidget()
    walked, unmarked = [], []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        focused = looks(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is widget:          # a widget that keeps Tab (a text box): Ctrl+Tab leaves it
            qtbot.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        name = f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}"
        walked.append(name)
        if QApplication.focusWidget() is not widget and looks(widget) == focused:
            unmarked.append(name)
        if QApplication.focusWidget() is first:
            break
    assert not unmarked, unmarked
    return walked


def test_every_page_shows_where_the_focus_is(qtbot, db, clock, office) -> None:
    follow_up_for(db, clock, office, "Fatima El Amrani", 2)              # Vandaag has a list to walk through
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    for index in range(len(window.nav_titles())):
        page = go_to(qtbot, window, index)
        if hasattr(page, "day"):
            qtbot.waitUntil(lambda p=page: p.day is not None, timeout=20000)
        if hasattr(page, "report"):
            qtbot.waitUntil(lambda p=page: p.report is not None, timeout=20000)
        walked = walk_focus_chain(qtbot, window)
        assert len(walked) >= 2, (index, walked)


def test_the_dossier_and_its_main_dialogs_show_where_the_focus_is(qtbot, window: MainWindow, db, clock,
                                                                  office) -> None:
    client, request = answered(db, clock, office.counsellor, "Nina", "Wouters")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.CHOICE, office.counsellor)
    open_dossier_by_search(qtbot, window, "wouters")
    assert len(walk_focus_chain(qtbot, window)) >= 4
    for key, modifiers in ((Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
                           (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
        press(qtbot, window, key, modifiers)
        dialog = active(qtbot, window.dossier.active_dialog)
        if isinstance(dialog, MicroContactDialog):
            press(qtbot, dialog, Qt.Key.Key_W)              # first the channel's letter, then the form opens up
        assert len(walk_focus_chain(qtbot, dialog)) >= 2, type(dialog).__name__
        dialog.reject()
        qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    for key, modifiers in ((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
        press(qtbot, window, key, modifiers)
        dialog = active(qtbot, window.active_dialog)
        assert len(walk_focus_chain(qtbot, dialog)) >= 2, type(dialog).__name__
        dialog.reject()
        qtbot.waitUntil(lambda: window.active_dialog is None)


# --- Vandaag -----------------------------------------------------------------------------------
def test_enter_on_a_follow_up_opens_the_dossier_with_the_follow_up_contact(qtbot, db, clock, office) -> None:
    follow_up_for(db, clock, office, "Fatima El Amrani", 2)
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    page = go_to(qtbot, window, 0)
    qtbot.waitUntil(lambda: page.day is not None and page.follow_ups.rowCount() == 1, timeout=10000)
    assert page.sections["follow_ups"].count.text() == "1" and page.sections["quiet"].empty.text() == "niets"
    table = page.tables["follow_ups"]
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Down)
    press(qtbot, table, Qt.Key.Key_Return)
    dialog = active(qtbot, window.active_dialog)
    assert isinstance(dialog, MicroContactDialog)
    assert "Fatima El Amrani" in window.dossier.name_label.text()


def test_enter_on_a_booked_session_opens_the_session_form(qtbot, window: MainWindow, db, clock, office) -> None:
    intake_for(db, clock, office, "Fatima", "El Amrani")
    clock.at = clock.at + timedelta(days=2)
    page = go_to(qtbot, window, 0)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.sessions.rowCount() == 1, timeout=10000)
    table = page.tables["sessions"]
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Down)
    press(qtbot, table, Qt.Key.Key_Return)
    assert isinstance(active(qtbot, window.active_dialog), SessionFormDialog)


def enter_on_the_open_loop(qtbot, window: MainWindow):
    """Vandaag, F5, and Enter on its one referral without an outcome; the page."""
    page = go_to(qtbot, window, 0)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.loops.rowCount() == 1, timeout=10000)
    table = page.tables["loops"]
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Down)
    press(qtbot, table, Qt.Key.Key_Return)
    return page


def test_an_open_referral_opens_the_outcome_form(qtbot, window: MainWindow, db, clock, office) -> None:
    client, request = answered(db, clock, office.counsellor, "Tom", "Claes")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.CHOICE, office.counsellor)
    Referrals(db, clock, office.counsellor).refer_out(request.id, office.vdab_id, ReferralReason.OTHER, "taalcursus")
    enter_on_the_open_loop(qtbot, window)
    assert isinstance(active(qtbot, window.active_dialog), CloseLoopDialog)


def test_an_empty_day_says_so_kindly(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, 0)
    qtbot.waitUntil(lambda: page.day is not None, timeout=10000)
    assert page.nothing.isVisible() and "Niets gepland" in page.nothing.title.text()
    assert not any(section.table.isVisible() for section in page.sections.values())


# --- the dossier -------------------------------------------------------------------------------
def test_the_dossier_header_card_and_request_cards(qtbot, window: MainWindow, db, clock, office) -> None:
    client, request = answered(db, clock, office.counsellor, "Nina", "Wouters")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.HANDOVER, office.counsellor)
    open_dossier_by_search(qtbot, window, "wouters")
    dossier = window.dossier
    assert "An Peeters" in dossier.card.caption.text() and "Geen toestemming in voege" in dossier.card.caption.text()
    card = dossier.requests.itemWidget(dossier.requests.item(0))
    assert card.stepper.steps[-2:] == [("Warme overdracht", "current"), ("Afgesloten", "todo")]
    assert card.stepper.accessibleDescription().startswith("✓ Aanmelding")
    badges = [b.text() for b in card.findChildren(QLabel) if b.property("badge")]
    assert badges == ["2 · Informatiebemiddeling"]


def test_a_long_summary_is_shown_whole_on_enter(qtbot, window: MainWindow, db, clock, office) -> None:
    client, request = answered(db, clock, office.counsellor, "Nina", "Wouters")
    long_text = "Belde over de inschrijving en het attest van de VDAB; " * 6 + "einde van het verhaal."
    Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.WHATSAPP, long_text)
    open_dossier_by_search(qtbot, window, "wouters")
    timeline = window.dossier.timeline
    row = next(i for i, e in enumerate(window.dossier.timeline_entries()) if e.detail == long_text)
    assert timeline.model().index(row, 7).data() == "An Peeters"                   # who did it
    timeline.setFocus()
    timeline.setCurrentIndex(timeline.model().index(row, 0))
    press(qtbot, timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "einde van het verhaal." in QToolTip.text() and "Microcontact" in QToolTip.text()


# --- the system's colour scheme --------------------------------------------------------------------
def test_the_window_follows_the_system_turning_dark(qtbot, window: MainWindow) -> None:
    hints = QGuiApplication.styleHints()             # the system turns dark (offscreen: its signal, as the OS sends it)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: QApplication.palette().window().color().name() == PALETTES[Scheme.DARK].window)
        assert current_palette() is PALETTES[Scheme.DARK]
        assert window.nav.count() == 7                                  # rebuilt, in the new colours
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: QApplication.palette().window().color().name() == PALETTES[Scheme.LIGHT].window)


def test_a_narrow_window_shows_the_navigation_as_icons(qtbot, window: MainWindow) -> None:
    """At 150 % on a 1280×720 screen the navigation's 240 points left Vandaag's six columns about 550, and
    what is to be done showed as '…': a narrow window shows the navigation's icons only (title and key in
    the tooltip and the accessible text), Ctrl+2 still goes to the clients, and a wide one shows the titles."""
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    first = window.nav.item(0)
    assert first.text() == "" and first.toolTip() == "Vandaag   (Ctrl+1)"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Vandaag   (Ctrl+1)"
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1 and window.stack.currentIndex() == 1
    window.resize(1264, 672)
    qtbot.waitUntil(lambda: window.nav.width() == 240)
    assert window.nav.item(1).text() == "Cliënten   (Ctrl+2)" and window.nav.item(1).toolTip() == ""


def test_a_refusal_never_puts_a_field_code_in_front_of_its_sentence(qtbot) -> None:
    """A refusal naming a field with no label here showed its code ("slot: …", "channel: …") in front of the
    Dutch sentence; the fields with a label keep it."""
    from leerwinkel_desk.domain.errors import InvalidValue
    from leerwinkel_desk.ui.error_texts import error_text

    assert error_text(InvalidValue("slot", "client_busy")).startswith("Moment: Deze cliënt heeft")
    assert error_text(InvalidValue("no_such_field", "required")) == "Dit veld is verplicht."
    assert error_text(InvalidValue("first_name", "required")) == "Voornaam: Dit veld is verplicht."


def test_an_anonymous_questions_referral_has_its_outcome_noted_from_vandaag(qtbot, window: MainWindow, db, clock,
                                                                            office) -> None:
    """It has no dossier to note it in: Enter said so, and the row stayed on Vandaag for good."""
    request = Dispatch(db, clock, office.counsellor).answer_now(FirstContact(Channel.PHONE, "schulden"), "naar CAW")
    referral = Referrals(db, clock, office.counsellor).refer_out(request.id, office.vdab_id, ReferralReason.WELFARE,
                                                                  "huurachterstal")
    page = enter_on_the_open_loop(qtbot, window)
    form = active(qtbot, window.active_dialog)
    assert isinstance(form, CloseLoopDialog)
    press(qtbot, form, Qt.Key.Key_Return)                                        # aangekomen (the default)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=3000)
    with db.read() as s:
        row = s.get(ReferralOut, referral.id)
        assert row.loop_closed_on is not None and row.happened is True
    qtbot.waitUntil(lambda: page.loops.rowCount() == 0, timeout=10000)          # off Vandaag
