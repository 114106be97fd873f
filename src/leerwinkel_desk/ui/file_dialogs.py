"""Every file and folder the app asks for: where it is saved, read from or kept.

A dialog opens in the folder last used for that kind of file (remembered per kind in QSettings), or
else in the user's Documents folder (the home folder when there is none); never in the process's
working directory, so a letter or an export with a client's data does not land in the program's
folder or wherever the app happened to be started. A place already chosen for this purpose (a
backup folder, a path typed) comes first when it still exists.

Qt's own dialog, in the app's words: Qt's Dutch translation leaves some English ("Look in", "Files
of type", "Computer"). Window-modal without a nested event loop: `chosen` gets the path once the
person accepts; the dialog is returned so its caller (and a test) can reach it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "file_dialogs/last_folder/{kind}"


def file_kind_filter(kind: str) -> str:
    """The file dialog's filter for a kind of file the app writes or reads, in words."""
    return {
        "xlsx": QCoreApplication.translate("FileDialog", "Excel-werkmap (*.xlsx)"),
        "pdf": QCoreApplication.translate("FileDialog", "PDF-document (*.pdf)"),
        "csv": QCoreApplication.translate("FileDialog", "CSV-bestand (*.csv)"),
        "ics": QCoreApplication.translate("FileDialog", "Agenda (*.ics)"),
    }[kind]


def documents_folder() -> str:
    """The user's Documents folder, or their home folder when it does not exist."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and QDir(documents).exists() else QDir.homePath()


def start_folder(kind: str) -> str:
    """The folder last used for this kind of file if it still exists, else Documents."""
    remembered = QSettings().value(LAST_FOLDER_KEY.format(kind=kind))
    if isinstance(remembered, str) and remembered and QDir(remembered).exists():
        return remembered
    return documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY.format(kind=kind), str(folder))


def ask_save_file(parent: QWidget, title: str, file_name: str, kind: str,
                  chosen: Callable[[Path], None], start: str = "") -> QFileDialog:
    """Where to save a file of `kind` (its suffix: pdf, xlsx, csv, ics), proposing `file_name`;
    `start` (a path typed before) is proposed instead when its folder exists."""
    typed = _typed(start)
    in_typed_folder = typed is not None and typed.parent.is_dir()
    dialog = _file_dialog(parent, title, kind, str(typed.parent) if typed and in_typed_folder else start_folder(kind),
                          QCoreApplication.translate("FileDialog", "&Opslaan"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(file_kind_filter(kind))
    dialog.selectFile(typed.name if typed and in_typed_folder else file_name)
    dialog.setDefaultSuffix(kind)
    return _opened(dialog, kind, chosen, lambda path: path.parent)


def ask_open_file(parent: QWidget, title: str, kind: str, chosen: Callable[[Path], None],
                  start: str = "") -> QFileDialog:
    """An existing file of `kind` to read; `start` (a path typed before) is where to look first."""
    typed = _typed(start)
    dialog = _file_dialog(parent, title, kind,
                          str(typed.parent) if typed and typed.parent.is_dir() else start_folder(kind),
                          QCoreApplication.translate("FileDialog", "&Openen"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(file_kind_filter(kind))
    if typed is not None and typed.is_file():
        dialog.selectFile(typed.name)
    return _opened(dialog, kind, chosen, lambda path: path.parent)


def ask_folder(parent: QWidget, title: str, kind: str, chosen: Callable[[Path], None],
               start: str = "") -> QFileDialog:
    """A folder for `kind` (registrations, backup, …); `start` (the one set now) is where to look first."""
    typed = _typed(start)
    dialog = _file_dialog(parent, title, kind, str(typed) if typed and typed.is_dir() else start_folder(kind),
                          QCoreApplication.translate("FileDialog", "&Kiezen"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "Map&naam:"))
    return _opened(dialog, kind, chosen, lambda path: path)


def _typed(start: str) -> Path | None:
    """A path typed or set before, if it is a full one (a bare name would be read against the working directory)."""
    path = Path(start.strip()).expanduser() if start.strip() else None
    return path if path is not None and path.is_absolute() else None


def _file_dialog(parent: QWidget, title: str, kind: str, folder: str, accept: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(f"file-dialog-{kind}")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    for label, text in ((QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Map:")),
                        (QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "&Bestandsnaam:")),
                        (QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Bestands&type:")),
                        (QFileDialog.DialogLabel.Accept, accept),
                        (QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialog", "Annuleren"))):
        dialog.setLabelText(label, text)
    places = dict.fromkeys((folder, documents_folder(), QDir.homePath()))
    dialog.setSidebarUrls([QUrl.fromLocalFile(place) for place in places])
    dialog.setDirectory(folder)
    return dialog


def _opened(dialog: QFileDialog, kind: str, chosen: Callable[[Path], None],
            folder_of: Callable[[Path], Path]) -> QFileDialog:
    def accepted(name: str) -> None:
        path = Path(name)
        remember_folder(kind, folder_of(path))
        chosen(path)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(accepted)
    dialog.open()
    return dialog
