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

from PySide6.QtWidgets import QApplication, QMessageBox

from leerwinkel_desk.domain.errors import DatabaseReplaced, KeyChanged
from leerwinkel_desk.log import current_log, exception_lines
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from leerwinkel_desk.ui.error_texts import error_text

LOG_NAME = "leerwinkel-desk"


def keep_open_work() -> int:
    """Save a draft of every open form, so nothing typed is lost; returns how many were saved."""
    saved = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SessionFormDialog) and widget.has_typing():
            try:
                widget.save_draft()
                saved += 1
            except Exception:  # any error: the crash path must not crash
                continue
    return saved


def install_crash_handler(log_dir: Path, show: Callable[[str], None] | None = None) -> logging.Logger:
    """Route uncaught exceptions to the log and a dialog instead of a traceback on screen."""
    log_dir.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOG_NAME)
    if not logger.handlers and current_log() is None:      # app.py's log is already there
        handler = logging.FileHandler(log_dir / "leerwinkel-desk.log", encoding="utf-8")
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
        logger.error("unexpected error\n%s", "\n".join(exception_lines(kind, tb)))
        kept = keep_open_work()
        notify(QApplication.translate(
            "Crash", "Er ging iets onverwachts mis. Wat u typte is bewaard als concept ({kept}) en "
            "wordt terug aangeboden. De fout staat in het logboek, zonder persoonsgegevens.").format(kept=kept))

    sys.excepthook = handle
    return logger
