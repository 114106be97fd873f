"""The recovery key on screen: shown once when it is made (at set-up, or later by a coordinator) with its
sheet to save as a PDF and print; and used at the sign-in when every coordinator's passphrase is lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
from leerwinkel_desk.ui.dialogs.referral import form_buttons
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.widgets import passphrase_fields, typed_passphrase

CODE_POINT_SIZE = 16


class RecoveryKeyDialog(QDialog):
    """The new key in large type and a button to save its sheet; closing unsaved asks first."""

    def __init__(self, made: RecoveryPrint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._made = made
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Herstelsleutel"))
        intro = QLabel(self.tr("Met deze herstelsleutel opent een coördinator de databank en kiest een nieuwe "
                               "wachtwoordzin, als elke wachtwoordzin verloren is. Druk het blad af en bewaar het "
                               "achter slot, niet bij de laptop. De app bewaart de sleutel nergens."))
        intro.setWordWrap(True)
        self.code = QLabel(made.code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(CODE_POINT_SIZE)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Herstelsleutel"))
        self.code.setTextInteractionFlags(self.code.textInteractionFlags().TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Als &PDF bewaren om af te drukken…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_sheet)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(self.tr("&Klaar"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code, self.status, buttons):
            layout.addWidget(widget)

    def save_sheet(self) -> None:
        ask_save_file(self, self.tr("Herstelsleutel bewaren"), "herstelsleutel.pdf", "pdf", self.write)

    def write(self, path: Path) -> None:
        try:
            write_whole(path, self._made.pdf)
        except OSError:
            self.status.setText(self.tr("⚠ Het bestand kon niet bewaard worden. Kies een andere plaats."))
            return
        self.saved_to = path
        self.status.setText(self.tr("Bewaard als {name}. Druk het nu af en verwijder het bestand daarna.")
                            .format(name=path.name))

    def accept(self) -> None:
        if self.saved_to is None and QMessageBox.question(
                self, self.windowTitle(), self.tr("Het blad met de herstelsleutel is niet bewaard. Hebt u de "
                                                  "sleutel opgeschreven? Zonder kan de sleutel later niet meer "
                                                  "getoond worden."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        super().accept()

    def reject(self) -> None:
        self.accept()                   # Escape asks the same question as Klaar


class RecoverDialog(FormDialog):
    """At the sign-in: a coordinator's login, the recovery key and a new passphrase (twice)."""

    def __init__(self, recover: Callable[[str, str, str], SignedIn], login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Wachtwoordzin vergeten"))
        intro = QLabel(self.tr("Met de afgedrukte herstelsleutel van het kantoor kiest een coördinator een nieuwe "
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
