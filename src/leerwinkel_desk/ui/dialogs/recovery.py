"""The recovery key on screen: shown once when it is made (at set-up, or later by a coordinator) with its
sheet to save as a PDF and print; and used at the sign-in when every coordinator's passphrase is lost."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.accounts import SignedIn
from leerwinkel_desk.services.recovery import RecoveryPrint
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.referral import form_buttons
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.widgets import passphrase_fields, typed_passphrase

CODE_POINT_SIZE = 16


class RecoveryKeyDialog(QDialog):
    """The new key in large type and a button to save its sheet, the default (Enter saves). Closing before
    the sheet is saved (Klaar, Escape, the window's close) asks first, keeping the dialog by default.

    With `put_in_use` (a key replacing the printed one, services/recovery.py) the key is put in use only once
    its sheet is written; closing without a sheet calls `drop`, and the printed key keeps working."""

    def __init__(self, made: RecoveryPrint, parent: QWidget | None = None,
                 put_in_use: Callable[[], None] | None = None, drop: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._made = made
        self._put_in_use, self._drop = put_in_use, drop
        self.saved_to: Path | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Herstelsleutel"))
        intro = PlainLabel(self.tr("Met deze herstelsleutel opent een coördinator de databank en kiest een nieuwe "
                               "wachtwoordzin, als elke wachtwoordzin verloren is. Druk het blad af en bewaar het "
                               "achter slot, niet bij de laptop. De app bewaart de sleutel nergens."))
        if put_in_use is not None:
            intro.setText(intro.text() + " " + self.tr("De nieuwe sleutel vervangt de afgedrukte pas als het "
                                                       "blad bewaard is; tot dan werkt de vorige."))
        intro.setWordWrap(True)
        self.code = PlainLabel(made.code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(CODE_POINT_SIZE)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Herstelsleutel"))
        self.code.setTextInteractionFlags(self.code.textInteractionFlags().TextSelectableByMouse)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Als &PDF bewaren om af te drukken…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_sheet)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(self.tr("&Klaar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setAutoDefault(False)          # Enter stays on the sheet's button
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code, self.status, buttons):
            layout.addWidget(widget)
        self.save_button.setFocus()

    def save_sheet(self) -> None:
        ask_save_file(self, self.tr("Herstelsleutel bewaren"), self.tr("herstelsleutel.pdf"), "pdf", self.write)

    def write(self, path: Path) -> None:
        """The sheet written (synced), then the key put in use: a sheet whose key is not in use is removed."""
        try:
            write_whole(path, self._made.pdf)
        except OSError:
            self.status.setText(self.tr("⚠ Het bestand kon niet bewaard worden. Kies een andere plaats."))
            return
        if self._put_in_use is not None:
            try:
                self._put_in_use()
            except (DomainError, OSError):
                path.unlink(missing_ok=True)
                self._drop_new_key()
                self.status.setText(self.tr("⚠ De nieuwe sleutel kon niet in gebruik genomen worden; het blad is "
                                            "weer verwijderd en de vorige herstelsleutel werkt nog. Sluit en "
                                            "maak een nieuwe sleutel."))
                self._nothing_left_to_save()
                return
        self.saved_to = path
        self._nothing_left_to_save()
        text = self.tr("Bewaard als {name}. Druk het nu af en verwijder het bestand daarna.").format(name=path.name)
        if self._put_in_use is not None:
            text = self.tr("Bewaard als {name}: de nieuwe sleutel is in gebruik, de vorige werkt niet meer. Druk "
                           "het blad nu af, vervang het oude en verwijder het bestand daarna.").format(name=path.name)
        self.status.setText(text)

    def _nothing_left_to_save(self) -> None:
        """The sheet's button is done with: Klaar takes Enter (a disabled default button left Enter doing
        nothing) and the focus."""
        self.save_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def accept(self) -> None:
        if self.saved_to is not None or not self.save_button.isEnabled():      # saved, or nothing left to save
            super().accept()
            return
        if self.confirm_box is not None:
            return
        question = self.tr("Het blad met de herstelsleutel is niet bewaard, en de sleutel kan later niet meer "
                           "getoond worden. Toch sluiten (alleen als u hem opgeschreven hebt)?")
        if self._put_in_use is not None:
            question = self.tr("Het blad met de nieuwe herstelsleutel is niet bewaard. Zonder blad wordt de nieuwe "
                               "sleutel niet gebruikt: de afgedrukte herstelsleutel blijft werken. Toch sluiten?")
        self.confirm_box = ask_first(self, self.windowTitle(), question, self.tr("Toch &sluiten"),
                                     self.tr("&Terug naar de sleutel"), self._close_unsaved, do_by_default=False,
                                     icon=QMessageBox.Icon.Warning)
        self.confirm_box.finished.connect(self._confirm_closed)

    def reject(self) -> None:
        self.accept()                   # Escape and the window's close ask the same question as Klaar

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def _close_unsaved(self) -> None:
        self._drop_new_key()
        self.done(QDialog.DialogCode.Rejected.value)

    def _drop_new_key(self) -> None:
        """The new key dropped; if the key file cannot be written now, it stays staged beside the printed one
        (both open the database) until the next new key replaces it."""
        if self._drop is not None:
            with suppress(DomainError, OSError):
                self._drop()


class RecoverDialog(FormDialog):
    """At the sign-in: a coordinator's login, the recovery key and a new passphrase (twice)."""

    def __init__(self, recover: Callable[[str, str, str], SignedIn], login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Wachtwoordzin vergeten"))
        intro = PlainLabel(self.tr("Met de afgedrukte herstelsleutel van het kantoor kiest een coördinator een nieuwe "
                               "wachtwoordzin. Dit wordt in de audittrail bewaard."))
        intro.setWordWrap(True)
        self.login = QLineEdit(login)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance(self.code.placeholderText()) + 24)
        self.passphrase, self.repeat = passphrase_fields()
        form = QFormLayout()
        form.addRow(intro)
        for label, field in ((self.tr("&Gebruikersnaam (coördinator)"), self.login),
                             (self.tr("&Herstelsleutel"), self.code),
                             (self.tr("&Nieuwe wachtwoordzin"), self.passphrase),
                             (self.tr("Nieuwe wachtwoordzin h&erhalen"), self.repeat)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(form_buttons(self, self.tr("&Ontgrendelen")))
        self.first_field = self.code if login else self.login

    def save(self) -> None:
        try:
            passphrase = typed_passphrase(self.passphrase, self.repeat)
            self.signed_in = self._recover(self.login.text(), self.code.text(), passphrase)
        except DomainError as error:
            self.error.show_error(error)
            return
        self.accept()
