"""The main window's menu bar: File (set up the office from the demo, change one's own passphrase, sign out so
that a colleague can sign in, quit), Dossier (every action on the open dossier), Beheer (the office's settings,
imports, users, backups, sync) and Help.

Help tells the version and the licences of every shipped part, lists the keyboard shortcuts
(read from the window's own actions, so the list cannot go stale) and shows where the data,
the backups, the letters and the log are. Built again with the window when the language changes.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk import __version__
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.log import current_log
from leerwinkel_desk.services.recovery import RecoveryPrint
from leerwinkel_desk.shipped import folder
from leerwinkel_desk.store.migrations import SCHEMA_HEAD
from leerwinkel_desk.store.paths import backups_dir, office_database_of
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import rich_label
from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog, NewOffice
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.start import LAST_LOGIN_KEY, OFFICE_STARTED

if TYPE_CHECKING:   # the window installs this menu bar: imported for its type only
    from leerwinkel_desk.ui.main_window import MainWindow

_office_maker: list[Callable[[Path, NewOffice], RecoveryPrint | None]] = []


def offer_office_setup(maker: Callable[[Path, NewOffice], RecoveryPrint | None]) -> None:
    """app.py hands over how the office's database is made (ui/ imports neither app nor cli)."""
    _office_maker[:] = [maker]


def install_menu_bar(window: MainWindow, ctx: DeskContext) -> None:
    """(Re)fill the window's menu bar in the current language."""
    bar = window.menuBar()
    for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        menu.deleteLater()              # the menus of the language before (clear() only hides them)
    bar.clear()
    file_menu = bar.addMenu(QApplication.translate("MenuBar", "Be&stand"))
    office = office_database_of(ctx.db.path) if ctx.db.path is not None else None
    if _office_maker and office is not None and not office.exists() and ctx.actor.role == Role.COORDINATOR:
        setup = file_menu.addAction(QApplication.translate("MenuBar", "Ons &kantoor inrichten…"))
        setup.triggered.connect(lambda: set_up_office(window, office))
    own = file_menu.addAction(QApplication.translate("MenuBar", "&Wachtwoordzin wijzigen…"))
    own.triggered.connect(window.change_own_passphrase)
    sign_out = file_menu.addAction(QApplication.translate("MenuBar", "Af&melden"))
    sign_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
    sign_out.triggered.connect(window.sign_out)
    quit_ = file_menu.addAction(QApplication.translate("MenuBar", "&Afsluiten"))
    quit_.setShortcut(QKeySequence("Ctrl+Q"))
    quit_.triggered.connect(window.close)
    # every action of a dossier and of the office, its key beside it: found without the shortcuts list, and
    # reached by keys where the dossier's bar has no room (its » is no stop of Tab)
    for title, group in ((QApplication.translate("MenuBar", "&Dossier"), "dossier"),
                         (QApplication.translate("MenuBar", "B&eheer"), "office")):
        menu = bar.addMenu(title)
        for action in window.menu_actions[group]:
            menu.addAction(action)
    help_menu = bar.addMenu(QApplication.translate("MenuBar", "&Help"))
    shortcuts = help_menu.addAction(QApplication.translate("MenuBar", "&Sneltoetsen"))
    shortcuts.setShortcut(QKeySequence("F1"))
    shortcuts.triggered.connect(lambda: show_dialog(window, ShortcutsDialog(window)))
    where = help_menu.addAction(QApplication.translate("MenuBar", "&Waar staan de gegevens?"))
    where.triggered.connect(lambda: show_dialog(window, DataPlacesDialog(ctx, window)))
    about = help_menu.addAction(QApplication.translate("MenuBar", "&Over Leerwinkel Desk"))
    about.triggered.connect(lambda: show_dialog(window, AboutDialog(window)))


def show_dialog(window: MainWindow, dialog: QDialog) -> None:
    """Open `dialog` window-modal; the window's `active_dialog` is it while it is open."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.active_dialog = dialog
    dialog.finished.connect(lambda _result: setattr(window, "active_dialog", None))
    dialog.open()


def set_up_office(window: MainWindow, office: Path) -> None:
    """From the demo: the office's own database beside it, then back to the sign-in, for the office."""
    dialog = FirstRunDialog(None, lambda new: _office_maker[0](office, new), window)

    def made(result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value:
            return
        QSettings().setValue(LAST_LOGIN_KEY, dialog.login)       # the sign-in that follows asks for them
        window.close()
        window.deleteLater()                                      # its idle lock and jobs go with it
        QApplication.exit(OFFICE_STARTED)                         # after close: its quit must not win

    dialog.finished.connect(made)
    show_dialog(window, dialog)


MNEMONIC = re.compile("&(.)")        # `&Help` reads Help, `Tweedelijn && signalen` Tweedelijn & signalen


def in_use(window: QMainWindow) -> list[QAction]:
    """The window's actions and its menus' as they are now (not those of a language switched away from,
    which linger until deleted: F1 listed every key twice, once per language)."""
    menus = [menu for action in window.menuBar().actions() if isinstance(menu := action.menu(), QMenu)]
    return window.actions() + [action for menu in menus for action in menu.actions()]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, as the window itself has them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.resize(fitting_size(self, QSize(520, 560)))      # no taller than a 1280×720 screen at 150 %
        bindings = sorted({(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                            MNEMONIC.sub(r"\1", a.text())) for a in in_use(window)
                           if not a.shortcut().isEmpty()})
        self.table = QTableWidget(len(bindings), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Toetsen"), self.tr("Actie")])
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        for row, (keys, text) in enumerate(bindings):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        _close_layout(self, self.table)


class DataPlacesDialog(QDialog):
    """Where this database, its backups, its letters and the log are; the folder opens with a click."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waar staan de gegevens?"))
        path = ctx.db.path
        log = current_log()
        places = [(self.tr("Databank"), ctx.db.describe())]
        if path is not None:
            places += [(self.tr("Sleutels (per persoon, met de wachtwoordzin ontgrendeld)"), f"{path}.keys.json"),
                       (self.tr("Back-ups (elke dag, en voor elke schema-upgrade)"), str(backups_dir(path))),
                       (self.tr("Brieven (versleuteld)"), str(path.parent / "letters"))]
        places.append((self.tr("Logboek (zonder persoonsgegevens)"), str(log) if log else self.tr("geen")))
        text = "".join(f"<p><b>{escape(name)}</b><br>"        # a folder's name shown as it is, never as HTML
                       f"<a href='{QUrl.fromLocalFile(str(Path(place).parent)).toString()}'>{escape(place)}</a></p>"
                       for name, place in places)
        self.places = rich_label(text + "<p>" + self.tr("Neem de databank, het sleutelbestand en de map back-ups "
                                                     "mee in de back-up van de computer.") + "</p>")
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(self.places.textInteractionFlags()
                                            | self.places.textInteractionFlags().TextBrowserInteraction)
        self.places.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        _close_layout(self, self.places)


class AboutDialog(QDialog):
    """The version of the app, its schema and Qt, and the licences of everything shipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Leerwinkel Desk"))
        self.resize(640, 520)
        resources = folder("leerwinkel_desk.resources")
        self.version = rich_label(self.tr("<h3>Leerwinkel Desk {version}</h3><p>Databankschema {schema} · Qt {qt} · "
                                      "PySide6 {pyside} · Python {python}</p>").format(
            version=__version__, schema=SCHEMA_HEAD, qt=qVersion(), pyside=pyside_version,
            python=platform.python_version()))
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(self.tr("Licenties"))
        texts = [resources / "licences" / "third-party.txt", resources / "fonts" / "LICENSE-DejaVu.txt",
                 resources / "icons" / "LICENSE-tabler-icons.txt",
                 resources / "licences" / "LGPL-3.0.txt", resources / "licences" / "GPL-3.0.txt"]
        self.licences.setPlainText(("\n\n" + "─" * 60 + "\n\n").join(
            text.read_text(encoding="utf-8") for text in texts))
        _close_layout(self, self.version, self.licences)


def _close_layout(dialog: QDialog, *widgets: QWidget) -> None:
    """The widgets above each other and a Close button (Escape too)."""
    layout = QVBoxLayout(dialog)
    for widget in widgets:
        layout.addWidget(widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
