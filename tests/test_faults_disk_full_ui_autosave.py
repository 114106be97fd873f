"""A full disk while the app only reads or autosaves: the session form's draft autosave says it in one line in
the form and tries again (no dialog taking the typing away), the crash text claims no draft that was not kept,
and a search or a dossier opened (both audited) says the disk is full instead of the crash dialog."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from faults_support import PASSPHRASE, fill_disk, make_office, small_disk
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.session_form import AUTOSAVE_MS, SessionFormDialog
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import open_window
from test_ui_keys import CTRL, key, typed, wait_active


class Desk:
    def __init__(self, disk: Path, db: Database, window: MainWindow, ctx: DeskContext) -> None:
        self.disk, self.db, self.window, self.ctx = disk, db, window, ctx


@pytest.fixture
def desk(qtbot, tmp_path: Path) -> Iterator[Desk]:
    """The window on an office whose database is on a small disk, with Noor Peeters and her request."""
    with small_disk(tmp_path / "disk", "8m") as disk:
        path = make_office(disk / "leerwinkel.db")
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        try:
            db_clock = SystemClock()
            signed = sign_in(db, db_clock, "coordinator", PASSPHRASE)
            client = Clients(db, db_clock, signed.actor).create(ClientInput("Noor", "Peeters"))
            request = Dispatch(db, db_clock, signed.actor).answer_now(
                FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
            Requests(db, db_clock, signed.actor).reopen_for_aftercare(request.id)
            ctx = DeskContext(db, db_clock, signed.actor, "Leerwinkel Test", signed.full_name)
            yield Desk(disk, db, open_window(qtbot, ctx), ctx)
        finally:
            (disk / "filler").unlink(missing_ok=True)
            db.dispose()


def open_noor(qtbot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_K, CTRL)
    typed(qtbot, "Noor Peet")
    qtbot.waitUntil(lambda: window.search_results.rowCount() == 1, timeout=3000)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)


def audited(db: Database, action: str) -> int:
    with db.read() as session:
        return len(session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_a_full_disk_makes_the_drafts_autosave_say_so_in_the_form_and_retry(qtbot, desk: Desk) -> None:
    """Every 1.5 s the autosave's OperationalError went to the crash handler: a dialog each time, piling up and
    taking the focus, so the next letters and Ctrl+Enter went into the dialog."""
    open_noor(qtbot, desk.window)
    qtbot.waitUntil(lambda: desk.window.dossier is not None and desk.window.dossier.isVisible(), timeout=5000)
    wait_active(qtbot, desk.window)
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = desk.window.dossier.active_dialog
    assert isinstance(form, SessionFormDialog)
    wait_active(qtbot, form)
    fill_disk(desk.disk, 0)
    typed(qtbot, "Twijfelt tussen zorgkundige")
    qtbot.waitUntil(lambda: form.draft_note.isVisible(), timeout=4 * AUTOSAVE_MS)
    note = form.draft_note.text()
    assert "schijf is vol" in note and "\n" not in note and "zorgkundige" not in note, note
    qtbot.wait(3 * AUTOSAVE_MS)                         # more ticks, the disk still full: no dialog, one line
    assert QApplication.activeModalWidget() in (None, form) and QApplication.activeWindow() is form
    typed(qtbot, " en boekhouden")                      # the typing still goes into the form
    assert form.summary.text() == "Twijfelt tussen zorgkundige en boekhouden"
    assert Drafts(desk.db, desk.ctx.clock, desk.ctx.actor).load("session", form._request_id) is None
    key(qtbot, Qt.Key.Key_Escape)                       # Escape keeps the text as a draft: none can be written
    assert form.isVisible() and "blijft open" in form.draft_note.text()
    assert form.summary.text() == "Twijfelt tussen zorgkundige en boekhouden"

    (desk.disk / "filler").unlink()                     # room again: the next tick keeps the draft
    qtbot.waitUntil(lambda: not form.draft_note.isVisible(), timeout=4 * AUTOSAVE_MS)
    draft = Drafts(desk.db, desk.ctx.clock, desk.ctx.actor).load("session", form._request_id)
    assert draft is not None and draft["summary"] == "Twijfelt tussen zorgkundige en boekhouden"
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=3000)


def test_the_crash_text_claims_no_draft_that_was_not_kept(qtbot, desk: Desk, crash_handler) -> None:
    """The crash dialog said "Wat u typte is bewaard als concept (0)" when the draft could not be written."""
    open_noor(qtbot, desk.window)
    qtbot.waitUntil(lambda: desk.window.dossier is not None and desk.window.dossier.isVisible(), timeout=5000)
    wait_active(qtbot, desk.window)
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, desk.window.dossier.active_dialog)
    typed(qtbot, "Wil verpleegkunde studeren")
    fill_disk(desk.disk, 0)
    messages = crash_handler()
    try:
        raise ValueError("iets onverwachts")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(messages) == 1 and "bewaard als concept" not in messages[0], messages
    assert "niet als concept bewaard" in messages[0] and "formulier" in messages[0]
    assert isinstance(form, SessionFormDialog) and form.summary.text() == "Wil verpleegkunde studeren"


def test_a_full_disk_at_a_search_and_a_dossier_opened_says_so_in_one_line(qtbot, desk: Desk) -> None:
    """Ctrl+K, a name, Down, Return on a full disk: the search's audit event (and the dossier's view) could
    not be written, and the crash dialog showed instead of a dossier. Both are audited, so the dossier stays
    closed, the status bar says the disk is full, and the same keys open it once there is room."""
    searches, views = audited(desk.db, "client.search"), audited(desk.db, "client.view")
    fill_disk(desk.disk, 0)
    open_noor(qtbot, desk.window)
    bar = desk.window.statusBar()
    qtbot.waitUntil(lambda: "schijf is vol" in bar.currentMessage(), timeout=3000)
    assert desk.window.dossier is None or not desk.window.dossier.isVisible()
    assert QApplication.activeModalWidget() is None

    (desk.disk / "filler").unlink()
    open_noor(qtbot, desk.window)
    qtbot.waitUntil(lambda: desk.window.dossier is not None and desk.window.dossier.isVisible(), timeout=5000)
    assert desk.window.dossier.name_label.text() == "Noor Peeters"
    assert (audited(desk.db, "client.search"), audited(desk.db, "client.view")) == (searches + 1, views + 1)

