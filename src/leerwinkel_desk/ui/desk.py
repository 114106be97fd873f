"""The desk opened after the sign-in: the office's erasures first (on an enrolled laptop), the crash log
beside the data, the main window, the idle lock and the screen-lock watcher, and the start-of-day work
on its own low-priority lane (ui/start.py waits for this module, imported behind the first window)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from leerwinkel_desk.services.accounts import SignedIn
from leerwinkel_desk.services.context import Clock, SystemClock
from leerwinkel_desk.services.offices import office_name
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.sync import state
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.crash import install_crash_handler
from leerwinkel_desk.ui.day_ahead import DayAhead
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.sign_in import IdleLock, saved_idle_minutes
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.session_lock import SessionLockWatcher
from leerwinkel_desk.ui.sync_panel import account_closed_text, laptop_revoked_text
from leerwinkel_desk.ui.worker import BackgroundJobs


def start_desk(db: Database, signed: SignedIn, login: str, languages: LanguageSwitcher | None,
               day_ahead: DayAhead | None = None) -> MainWindow | None:
    """After the sign-in (ui/start.py): the crash log beside the data, the desk opened (Vandaag with the
    day read during the sign-in), locked after idle time or when the screen locks. None: the laptop was revoked
    with a wipe as it signed in, and said so (nothing left to open)."""
    if db.path is not None:
        install_crash_handler(db.path.parent / "logs")
    asked = erase_before_desk(db, signed)
    if asked.erased and day_ahead is not None:
        day_ahead.drop()            # read before someone was erased here: Vandaag reads its day again
    if asked.wiped:                 # revoked with a wipe, heard just now: nothing of the office is left to open
        show_wiped()
        return None
    window = open_desk(db, signed, login, languages, day_ahead)
    if state.status(db).locked:     # revoked (now or before): the desk opens locked, for good
        window.lock_revoked(laptop_revoked_text(state.status(db).pending))
    elif asked.closed:              # the office closed this account: the desk opens locked, and stays so
        window.lock(account_closed_text(state.status(db).pending), final=True)
    elif signed.reopened:           # the office opened it again: what waited here goes up, the office's rows come
        window.sync.sync_now()
    idle = IdleLock(saved_idle_minutes(QSettings()), window.lock, window)
    window.idle_lock = idle
    app = QApplication.instance()
    assert app is not None, "the desk opens in a running application"
    app.installEventFilter(idle)
    SessionLockWatcher(window).locked.connect(window.lock)      # screen locked, laptop closed
    return window


@dataclass(frozen=True)
class AskedFirst:
    """What the service said before the desk opened: someone was erased here (what was read before, such as
    the day read during the sign-in, is out of date); the office closed the signed-in person's account; a
    coordinator revoked this laptop with a wipe just now (nothing of the office is left on it)."""

    erased: bool = False
    closed: bool = False
    wiped: bool = False


def erase_before_desk(db: Database, signed: SignedIn) -> AskedFirst:
    """On an enrolled laptop the office's erasures are applied before the desk shows anyone: on a
    background thread while the event loop runs on; an unreachable service costs at most the short
    connect timeout of `erase_at_sign_in`, and the next sync erases first anyway."""
    if not state.status(db).enrolled:
        return AskedFirst()
    from leerwinkel_desk.sync.client import erase_at_sign_in  # httpx loads only on an enrolled laptop

    loop = QEventLoop()
    jobs = BackgroundJobs()

    answers: list[AskedFirst] = []

    def finish(result: Any) -> None:        # an error: nobody erased (the next sync erases first)
        code = getattr(result, "code", "")
        answers.append(AskedFirst(erased=result is True, closed=code == "person_closed",
                                  wiped=code == "revoked" and bool(getattr(result, "facts", {}).get("wipe"))))
        loop.quit()

    jobs.run(lambda _progress: erase_at_sign_in(db, signed.actor.counsellor_id), finish, finish)
    loop.exec()
    return answers[0] if answers else AskedFirst()


def show_wiped() -> None:
    """The laptop was revoked with a wipe as the person signed in: said, then the app ends (no desk)."""
    from PySide6.QtWidgets import QMessageBox

    from leerwinkel_desk.ui.feedback import message_box

    box = message_box(QMessageBox.Icon.Information, QCoreApplication.translate("Sync", "Laptop ingetrokken"),
                      laptop_revoked_text(None), None)
    box.exec()


def open_desk(db: Database, signed: SignedIn, login: str, languages: LanguageSwitcher | None = None,
              day_ahead: DayAhead | None = None, clock: Clock | None = None) -> MainWindow:
    """The main window of the person signed in, shown, Vandaag loading; the start-of-day work (backup,
    retention, planner statistics) begins on its own low-priority lane once Vandaag's day is read, never
    ahead of the user's jobs (a thread of its own still takes turns at the interpreter with theirs), and again
    when the day changes while the desk is open (MainWindow.begin_day). `clock`: the system's, unless a test's."""
    ctx = DeskContext(db, clock or SystemClock(), signed.actor, office_name(db, signed.actor.office_id),
                      signed.full_name, login)
    window = MainWindow(ctx, languages, day_ahead)
    window.show()
    # Both work safely: a form saves only what it changed, and a field the other saved meanwhile is said before
    # it is overwritten (services.common.edited_fields); each reads what the other saved at F5 or its next form.
    if db.opened_elsewhere:         # short in the bar, so the person, the zitdag and the file stay readable
        whole = QCoreApplication.translate(
            "Startup", "De databank is ook elders open (een tweede venster of een collega-programma).")
        mark = PlainLabel(QCoreApplication.translate("Startup", "Ook elders open"))
        mark.setToolTip(whole)
        mark.setAccessibleDescription(whole)
        window.statusBar().addPermanentWidget(mark)
        window.statusBar().showMessage(whole, 15_000)
    window.begin_day()
    return window
