"""The window part of `leerwinkel-desk self-test`: the main window offscreen, in English, then closed."""

from __future__ import annotations

import logging
import os
import uuid

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow, build_context


def show_main_window(db: Database, office_id: uuid.UUID) -> str:
    """Open the main window on `db` without a screen, with the English labels; raise if either fails."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"         # also on a server, and no window flashes by
    qt_log = logging.getLogger("qt")
    qInstallMessageHandler(lambda _mode, _context, message: qt_log.debug(message))   # the one line stays one
    app = QApplication.instance() or QApplication([])
    languages = LanguageSwitcher(app)
    if not languages.use("en"):
        raise RuntimeError("the English translation (leerwinkel_en.qm) is not installed")
    window = MainWindow(build_context(db, office_id), languages)
    window.show()
    app.processEvents()
    first = str(window.nav.item(0).data(Qt.ItemDataRole.AccessibleTextRole))    # also when it shows icons only
    if not first.startswith("Today"):
        raise RuntimeError(f"the navigation is not in English ({first!r})")
    window.close()
    window.ctx.jobs.wait()
    window.deleteLater()
    app.processEvents()
    return "the main window in English"
