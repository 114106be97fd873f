"""Run by test_screen_fit.py in its own process (one screen size and language per QApplication): every
page of the main window and every dialog, opened by its keys, must fit the available screen, and no two
mnemonics (Alt+letter) of a dialog may clash. Prints JSON."""

from __future__ import annotations

import json
import re
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QWidget,
)

from casework_fixtures import build_office
from conftest import FixedClock
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import Channel, ConsentMethod, ConsentPurpose, DataItem
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.screen_fit import FRAME_ALLOWANCE

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
DOSSIER_DIALOGS = [(Qt.Key.Key_M, CTRL), (Qt.Key.Key_G, CTRL), (Qt.Key.Key_O, CTRL), (Qt.Key.Key_C, CTRL | SHIFT),
                   (Qt.Key.Key_H, CTRL | SHIFT), (Qt.Key.Key_A, CTRL | SHIFT), (Qt.Key.Key_P, CTRL),
                   (Qt.Key.Key_E, CTRL), (Qt.Key.Key_W, CTRL | SHIFT), (Qt.Key.Key_D, CTRL),
                   (Qt.Key.Key_D, CTRL | SHIFT), (Qt.Key.Key_K, CTRL | SHIFT), (Qt.Key.Key_N, CTRL),
                   (Qt.Key.Key_V, CTRL | SHIFT)]
WINDOW_DIALOGS = [(Qt.Key.Key_N, CTRL), (Qt.Key.Key_N, CTRL | SHIFT), (Qt.Key.Key_M, CTRL | SHIFT),
                  (Qt.Key.Key_U, CTRL | SHIFT), (Qt.Key.Key_B, CTRL | SHIFT), (Qt.Key.Key_G, CTRL | SHIFT),
                  (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_S, CTRL | SHIFT),
                  (Qt.Key.Key_O, CTRL | SHIFT), (Qt.Key.Key_J, CTRL | SHIFT), (Qt.Key.Key_Comma, CTRL),
                  (Qt.Key.Key_I, CTRL)]
CHILD_BUTTONS = ("contacts_button", "zitdagen_button", "providers_button")   # a second form over a first


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(20)


def too_big(widget: QWidget, name: str) -> list[str]:
    """The window or dialog, with the title bar and borders a window manager adds (the offscreen screen
    draws none), must fit the available screen."""
    room = (widget.screen() or QApplication.primaryScreen()).availableGeometry().size() - FRAME_ALLOWANCE
    problems = []
    frame, least = widget.size(), widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if frame.width() > room.width() or frame.height() > room.height():
        problems.append(f"{name}: {frame.width()}x{frame.height()} with room for {room.width()}x{room.height()}")
    if least.width() > room.width() or least.height() > room.height():
        problems.append(f"{name}: needs at least {least.width()}x{least.height()} "
                        f"with room for {room.width()}x{room.height()}")
    return problems


def cut_placeholders(dialog: QWidget) -> list[str]:
    """Placeholders (the example in an empty field) wider than the field shows them: cut with '…'."""
    cut = []
    for line in dialog.findChildren(QLineEdit):
        if line.isVisible() and line.placeholderText() and not line.text():
            margins = line.textMargins()
            room = (line.contentsRect().width() - margins.left() - margins.right()
                    - 2 * line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) - 8)   # Qt's margins, 150 %
            if line.fontMetrics().horizontalAdvance(line.placeholderText()) > room:
                cut.append(f"{type(dialog).__name__}: placeholder '{line.placeholderText()}' in {room} points")
    return cut


def mnemonic_clashes(dialog: QDialog) -> list[str]:
    """Letters that two labels or buttons of one dialog claim (shown or not yet shown)."""
    claimed: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else (
            widget.title() if isinstance(widget, QGroupBox) else "")
        letter = re.search(r"(?<!&)&([^&\s])", re.sub(r"&\w+;", "", text))     # &nbsp; is rich text
        if letter:
            claimed.setdefault(letter.group(1).lower(), []).append(text)
    return [f"{type(dialog).__name__}: Alt+{k.upper()} for {' and '.join(v)}" for k, v in claimed.items() if len(v) > 1]


def accounts_in_sight(dialog: QDialog) -> list[str]:
    """Gebruikers: its users' table shows a few rows and its recovery button stays in sight (at 150 % on
    1280×720 the table showed one and a half rows and the button sat below the fold)."""
    from leerwinkel_desk.ui.dialogs.accounts import TABLE_ROWS, AccountsDialog

    if not isinstance(dialog, AccountsDialog):
        return []
    rows = dialog.table.viewport().height() / dialog.table.verticalHeader().defaultSectionSize()
    problems = [f"AccountsDialog: its table shows {rows:.1f} rows"] if rows < TABLE_ROWS else []
    if dialog.recovery_button.visibleRegion().isEmpty():
        problems.append("AccountsDialog: the recovery button is out of sight")
    return problems


def open_dialog(app: QApplication, window: MainWindow, keys: tuple) -> QDialog | None:
    window.activateWindow()
    settle(app)
    before = {w for w in app.topLevelWidgets() if w.isVisible()}
    QTest.keyClick(app.focusWidget() or window, *keys)
    settle(app)
    opened = [w for w in app.topLevelWidgets() if w.isVisible() and w not in before and isinstance(w, QDialog)]
    return opened[0] if opened else None


def standalone_dialogs(window: MainWindow) -> list[QDialog]:
    """The recovery key shown once made, the recovery form of the sign-in, and one's own passphrase (as
    Bestand › Wachtwoordzin wijzigen… asks it, and at the sign-in after a coordinator chose it)."""
    from leerwinkel_desk.services.agenda import Agenda
    from leerwinkel_desk.services.contacts import Contacts
    from leerwinkel_desk.services.recovery import RecoveryPrint
    from leerwinkel_desk.services.requests import Requests
    from leerwinkel_desk.ui.dialogs.appointment_card import AppointmentCardDialog
    from leerwinkel_desk.ui.dialogs.recovery import RecoverDialog, RecoveryKeyDialog

    shown = RecoveryKeyDialog(RecoveryPrint("WWWW-WWWW-WWWW-WWWW-WWWW-WWWW-WWWW-WWWW", b""), window)
    shown.saved_to = Path("herstelsleutel.pdf")              # closes without asking
    ctx = window.ctx                                          # a booked intake for the appointment card
    client = Clients(ctx.db, ctx.clock, ctx.actor).create(ClientInput("Noor", "Jacobs"))
    slot = Agenda(ctx.db, ctx.clock, ctx.actor).free_slots(ctx.clock.now().date() + timedelta(days=2))[0]
    booked = Dispatch(ctx.db, ctx.clock, ctx.actor).book_intake(FirstContact(Channel.PHONE, "Boekhouden",
                                                                              client_id=client.id), slot)
    request = Requests(ctx.db, ctx.clock, ctx.actor).by_number(booked.request_no)
    session = Contacts(ctx.db, ctx.clock, ctx.actor).next_booked(request.id)
    from leerwinkel_desk.ui.dialogs.own_passphrase import OwnPassphraseDialog

    return [shown, RecoverDialog(lambda *_typed: None, "coordinator", window),   # type: ignore[arg-type]
            AppointmentCardDialog(ctx, request, session, window),                  # type: ignore[arg-type]
            OwnPassphraseDialog(lambda *_typed: None, ctx.jobs, parent=window),
            OwnPassphraseDialog(lambda *_typed: None, ctx.jobs, current="gekregen", parent=window)]


def main(folder: Path, language: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert LanguageSwitcher(app).use(language)
    clock = FixedClock()
    db = open_sqlite(folder / "fit.db")
    upgrade(db, folder / "backups")
    office = build_office(db, clock, create_office(db, clock, "Leerwinkel Kortrijk-Waregem-Menen", "LWT",
                                                   "coordinator", "Coördinator Test"))
    client = Clients(db, clock, office.coordinator).create(
        ClientInput("Marie-Christine", "Van den Bossche-Vandenberghe"))
    for topic in ("Welke opleiding?", "Boekhouden", "Zorgkundige"):     # three request cards: two and a third's top
        Dispatch(db, clock, office.coordinator).answer_now(
            FirstContact(Channel.PHONE, topic, client_id=client.id), "Uitgelegd")
    Consents(db, clock, office.coordinator).grant(        # one in force: the header names it, Ctrl+Shift+V lists it
        client.id, Recipient(office.school_id, office.study_counsellor_id, "Karel Vandenberghe"),
        ConsentPurpose.PARTNER_FOLLOW_UP, frozenset({DataItem.IDENTITY}), ConsentMethod.SIGNED_FORM)
    window = MainWindow(DeskContext(db, clock, office.coordinator, "Leerwinkel Kortrijk", "Coördinator Test"))
    window.show()
    settle(app)
    problems = too_big(window, "main window")
    seen, clashes = ["main window"], []
    for number in range(1, 8):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        settle(app)
        page = window.pages[window._slots[number - 1][0]]
        if hasattr(page, "report"):                        # the charts are filled in the background
            for _ in range(300):
                if page.report is not None:
                    break
                QTest.qWait(50)
            settle(app)
        problems += too_big(window, f"main window on page {number}")
        app.processEvents()
    for keys in WINDOW_DIALOGS:
        dialog = open_dialog(app, window, keys)
        if dialog is not None:
            seen.append(type(dialog).__name__)
            problems += too_big(dialog, type(dialog).__name__) + cut_placeholders(dialog) + accounts_in_sight(dialog)
            clashes += mnemonic_clashes(dialog)
            for name in CHILD_BUTTONS:
                if hasattr(dialog, name):
                    dialog.items.setCurrentRow(0)
                    getattr(dialog, name).click()
                    settle(app)
                    child = dialog.active_child
                    seen.append(type(child).__name__)
                    problems += too_big(child, type(child).__name__)
                    clashes += mnemonic_clashes(child)
                    child.done(0)
                    settle(app)
            dialog.done(0)
            settle(app)
    window.open_dossier(client.id)
    settle(app)
    problems += too_big(window, "main window with a dossier")
    for keys in DOSSIER_DIALOGS:
        dialog = open_dialog(app, window, keys)
        if dialog is not None:
            seen.append(type(dialog).__name__)
            problems += too_big(dialog, type(dialog).__name__) + cut_placeholders(dialog)
            clashes += mnemonic_clashes(dialog)
            dialog.done(0)
            settle(app)
    QTest.keyClick(window, Qt.Key.Key_1, CTRL)         # Vandaag over the dossier, and a dossier's key there:
    settle(app)                                         # its refusal made the window taller than the screen
    QTest.keyClick(app.focusWidget() or window, Qt.Key.Key_P, CTRL | SHIFT)
    settle(app)
    problems += too_big(window, "main window with a refusal over a dossier")
    for dialog in standalone_dialogs(window):             # shown before the window exists or over a sign-in
        dialog.show()
        settle(app)
        seen.append(type(dialog).__name__)
        problems += too_big(dialog, type(dialog).__name__) + cut_placeholders(dialog)
        clashes += mnemonic_clashes(dialog)
        dialog.done(1)
        settle(app)
    print(json.dumps({"problems": problems, "seen": seen, "clashes": clashes}))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
