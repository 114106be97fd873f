"""Every file and folder the app asks for opens in the user's Documents folder or the folder last used for
that kind of file, never the working directory the app was started from (an install folder, say): a file
with a client's data must not land there by accident. Keys to the window, then where the dialog stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from test_ui import office  # noqa: F401 - the same office fixture
from test_ui_keys import ALT, CTRL, key, typed, wait_active


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a Documents folder, settings of this test's own, and the app started from elsewhere."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)                        # the working directory: an install folder, say
    for blocking in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, blocking, lambda *_args, name=blocking: pytest.fail(
            f"QFileDialog.{name}: a dialog of its own, outside ui/file_dialogs.py"))
    return home / "Documents"


def file_dialog_of(qtbot, owner) -> QFileDialog:
    """Alt+Z (Kiezen…) in `owner`: the file dialog it opened (a mnemonic clicks a moment after the key)."""
    owner.file_dialog = None
    wait_active(qtbot, owner)
    key(qtbot, Qt.Key.Key_Z, ALT)
    qtbot.waitUntil(lambda: owner.file_dialog is not None, timeout=3000)
    return wait_active(qtbot, owner.file_dialog)


def test_imports_exports_and_the_backup_folder_start_in_documents_never_the_working_directory(
        qtbot, db, clock, office, documents) -> None:
    from leerwinkel_desk.ui.context import DeskContext
    from test_ui import open_window

    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    key(qtbot, Qt.Key.Key_I, CTRL)                                          # Importeren en exporteren
    transfer = wait_active(qtbot, window.active_dialog)
    files = file_dialog_of(qtbot, transfer)                                 # registrations: a folder
    assert Path(files.directory().absolutePath()) == documents
    assert files.fileMode() is QFileDialog.FileMode.Directory
    key(qtbot, Qt.Key.Key_Escape)
    exports = documents.parent / "Exports"
    exports.mkdir()
    wait_active(qtbot, transfer)
    key(qtbot, Qt.Key.Key_W, ALT)                                           # Alt+W: Wat
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)                                             # the monitoring extract: a CSV to save
    files = file_dialog_of(qtbot, transfer)
    assert Path(files.directory().absolutePath()) == documents
    key(qtbot, Qt.Key.Key_B, ALT)                                           # Alt+B: Bestandsnaam
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, str(exports / "extract.csv"))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: transfer.place.text() == str(exports / "extract.csv"), timeout=3000)
    wait_active(qtbot, transfer)
    key(qtbot, Qt.Key.Key_B, ALT)                                           # the place emptied again
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_W, ALT)
    key(qtbot, Qt.Key.Key_Down)                                             # a CSV to read: where the last CSV went
    files = file_dialog_of(qtbot, transfer)
    assert Path(files.directory().absolutePath()) == exports
    assert files.fileMode() is QFileDialog.FileMode.ExistingFile
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, transfer)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_Comma, CTRL)                                      # Instellingen
    settings = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_K, ALT)                                           # the Kantoor tab: the backup folder
    files = file_dialog_of(qtbot, settings)
    assert Path(files.directory().absolutePath()) == documents
    key(qtbot, Qt.Key.Key_Escape)
