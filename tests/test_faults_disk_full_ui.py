"""A full disk while a form in the app saves: every typed character stays, one clear line says the
disk is full, and the same Save succeeds once there is room again (issue 12, the suite)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from faults_support import PASSPHRASE, fill_disk, make_office, small_disk
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import Client
from leerwinkel_desk.ui.context import DeskContext
from test_ui import open_window, press

TYPED = {"first_name": "Zoe-Anais", "last_name": "Van den Broeck-El Amrani", "email": "zoe.anais@voorbeeld.be",
         "phone": "0470 12 34 56"}


def test_a_full_disk_keeps_the_new_clients_form_and_the_retry_saves(qtbot, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        path = make_office(disk / "leerwinkel.db")
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        try:
            signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
            window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test",
                                                    signed.full_name))
            press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            dialog = window.active_dialog
            fields = {name: getattr(dialog.identity, name) for name in TYPED}
            for name, text in TYPED.items():
                qtbot.keyClicks(fields[name], text)
            save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)

            filler = fill_disk(disk, 0)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            assert dialog.isVisible(), "the form stays open"
            assert {name: field.text() for name, field in fields.items()} == TYPED
            assert dialog.error.isVisible()
            line = dialog.error.text()
            assert "schijf is vol" in line and "\n" not in line and "sqlite" not in line.lower(), line
            assert not any(text in line for text in TYPED.values())
            with db.read() as session:
                assert session.scalars(select(Client)).all() == []

            filler.unlink()                                     # room again: the same Save goes through
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            assert not dialog.isVisible()
            with db.read() as session:
                client = session.scalars(select(Client)).one()
            assert (client.first_name, client.last_name, client.email) == (
                TYPED["first_name"], TYPED["last_name"], TYPED["email"])
        finally:
            db.dispose()
