"""The main window opens on a real database and shows the office and where the data lives."""

from __future__ import annotations

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.ui.main_window import build_main_window


def test_main_window_shows_the_office_and_the_database(qtbot, db, coordinator, clock) -> None:
    Clients(db, clock, coordinator).create(ClientInput("Céline", "Du Bois"))
    window = build_main_window(db, coordinator.office_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Leerwinkel Test" in window.windowTitle()
    assert str(db.path) in window.database_label.text()
    assert "Cliënten: 1 " in window.centralWidget().text()
