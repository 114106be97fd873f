"""The main window counsellors keep open all day, and the Qt application that shows it."""

from __future__ import annotations

import sys
import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from leerwinkel_desk.services import offices
from leerwinkel_desk.services.offices import OfficeOverview
from leerwinkel_desk.store.engine import Database


class MainWindow(QMainWindow):
    """The window of one office's database: a welcome with the office's figures, the database in the status bar."""

    def __init__(self, overview: OfficeOverview, database_label: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Leerwinkel Desk — {office}").format(office=overview.name))
        self.resize(1100, 720)
        welcome = QLabel(
            self.tr("{office}\n\nCliënten: {clients} — open leervragen: {open}").format(
                office=overview.name, clients=overview.clients, open=overview.open_requests
            )
        )
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setAccessibleName(self.tr("Overzicht van de leerwinkel"))
        self.setCentralWidget(welcome)
        self.database_label = QLabel(self.tr("Databank: {path}").format(path=database_label))
        self.statusBar().addPermanentWidget(self.database_label)


def build_main_window(db: Database, office_id: uuid.UUID) -> MainWindow:
    return MainWindow(offices.overview(db, office_id), db.describe())


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Leerwinkel Desk")
    return app  # type: ignore[return-value]


def run_main_window(db: Database, office_id: uuid.UUID) -> int:
    app = _application()
    window = build_main_window(db, office_id)
    window.show()
    return app.exec()


def show_startup_error(code: str, detail: str) -> int:
    """A clear message when the app cannot open the database; exit code 1."""
    _application()
    messages = {
        "schema_too_new": QCoreApplication.translate(
            "Startup",
            "Deze databank werd gemaakt door een nieuwere versie van Leerwinkel Desk "
            "(schema {detail}). Installeer de nieuwste versie; de databank is niet gewijzigd.",
        ),
    }
    QMessageBox.critical(None, "Leerwinkel Desk", messages[code].format(detail=detail))
    return 1
