"""Unexpected errors: keep the user's work, write a log without personal data, say so in words.

A read that finds the database rekeyed by another instance (KeyChanged) is no crash: the window
locks, and signing in again takes the new key. Nor is a write refused because another program replaced
or moved the database file (DatabaseReplaced, a draft's autosave): its one line is shown once."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from leerwinkel_desk.domain.errors import DatabaseReplaced, DiskFull, KeyChanged
from leerwinkel_desk.log import LOG_FILE, current_log, exception_lines, owner_only_log
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.ui.error_texts import error_text
from leerwinkel_desk.ui.form_dialog import FormDialog

LOG_NAME = "leerwinkel-desk"


def open_forms(of: QWidget | None = None) -> list[FormDialog]:
    """The forms open now (shown, or hidden by the lock): every one, or those of the window `of` (opened over it
    or over a form of it; another desk's, a test's left behind, are not its person's)."""
    def belongs(form: QWidget) -> bool:
        parent = form.parentWidget()
        while parent is not None and parent is not of:
            parent = parent.parentWidget()
        return parent is of
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, FormDialog) and (of is None or belongs(widget))]


def keep_open_work(of: QWidget | None = None) -> tuple[int, int]:
    """Save a draft of every open form (of the window `of`) that keeps drafts (the session, the micro-contact),
    so nothing typed is lost: how many were kept as drafts, and how many forms with typing could not be (their
    text stays in the form, still open). Forms hidden by the lock count too."""
    kept = unsaved = 0
    for widget in open_forms(of):
        if widget.keeps_drafts() and widget.has_typing():
            try:
                saved = widget.save_draft()
            except Exception:  # any error: the crash path must not crash
                saved = False
            kept, unsaved = kept + saved, unsaved + (not saved)
    return kept, unsaved


def typing_without_drafts(of: QWidget) -> int:
    """How many open forms of the window `of` (shown, or hidden by the lock) hold typing that neither a draft
    nor the form's own data keeps (a new client's name half typed): closing them throws it away."""
    return sum(1 for widget in open_forms(of)
               if not widget.keeps_drafts() and not widget.keeps_typing_elsewhere() and widget.has_typing())


def crash_text(kept: int, unsaved: int) -> str:
    """What the crash dialog says; it claims a draft only for what was kept as one."""
    if kept:
        return QApplication.translate(
            "Crash", "Er ging iets onverwachts mis. Wat u typte is bewaard als concept ({kept}) en "
            "wordt terug aangeboden. De fout staat in het logboek, zonder persoonsgegevens.").format(kept=kept)
    if unsaved:
        return QApplication.translate(
            "Crash", "Er ging iets onverwachts mis. Wat u typte kon niet als concept bewaard worden: het staat nog "
            "in het formulier. De fout staat in het logboek, zonder persoonsgegevens.")
    return QApplication.translate(
        "Crash", "Er ging iets onverwachts mis. De fout staat in het logboek, zonder persoonsgegevens.")


def install_crash_handler(log_dir: Path, show: Callable[[str], None] | None = None) -> logging.Logger:
    """Route uncaught exceptions to the log and a dialog instead of a traceback on screen."""
    logger = logging.getLogger(LOG_NAME)
    if not logger.handlers and current_log() is None:      # app.py's log is already there
        handler = owner_only_log(log_dir / LOG_FILE)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)

    def tell(message: str) -> None:
        QMessageBox.critical(QApplication.activeWindow(), "Leerwinkel Desk", message)

    notify = show or tell
    told_replaced = False

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, KeyChanged):       # a read after another instance rekeyed: no crash, a lock
            logger.info("the database was rekeyed by another instance; the window locks")
            for window in QApplication.topLevelWidgets():
                lock = getattr(window, "lock_for_new_key", None)
                if callable(lock):
                    lock()
            return
        if isinstance(error, DatabaseReplaced):     # every later write is refused the same way: told once
            nonlocal told_replaced
            logger.warning("the database file was replaced or moved by another program; nothing is written")
            if not told_replaced:
                told_replaced = True
                notify(error_text(error))
            return
        if isinstance(error, Exception) and disk_full(error):    # a write no screen expected: no crash either
            logger.warning("the disk is full (%s) in a write no screen expected\n%s", kind.__name__,
                           "\n".join(exception_lines(kind, tb)))
            notify(error_text(DiskFull()))
            return
        logger.error("unexpected error\n%s", "\n".join(exception_lines(kind, tb)))
        notify(crash_text(*keep_open_work()))

    sys.excepthook = handle
    return logger
