"""Signing in at start, and the lock screen after idle time: both ask for the passphrase."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.ui.feedback import ErrorLabel

if TYPE_CHECKING:       # the sign-in is the first window: it paints before the services are loaded (ui/start.py)
    from leerwinkel_desk.services.accounts import SignedIn

USER_INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel)


class SignInDialog(QDialog):
    """Login and passphrase. With `locked_to`, only that person can unlock (the lock screen)."""

    def __init__(self, authenticate: Callable[[str, str], SignedIn], login: str = "",
                 locked_to: SignedIn | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate, self._locked_to = authenticate, locked_to
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Vergrendeld") if locked_to else self.tr("Aanmelden"))
        self.login = QLineEdit(login)
        self.login.setAccessibleName(self.tr("Gebruikersnaam"))
        self.login.setReadOnly(locked_to is not None)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoordzin"))
        form = QFormLayout()
        form.addRow(self.tr("&Gebruiker"), self.login)
        form.addRow(self.tr("&Wachtwoordzin"), self.passphrase)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Ontgrendelen") if locked_to else self.tr("Aanmelden"))
        buttons.accepted.connect(self.try_sign_in)
        layout = QVBoxLayout(self)
        if locked_to:
            layout.addWidget(QLabel(self.tr("Leerwinkel Desk is vergrendeld. Wat u typte is bewaard.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.passphrase if login else self.login).setFocus()

    def try_sign_in(self) -> None:
        try:
            signed = self._authenticate(self.login.text(), self.passphrase.text())
        except DomainError as error:
            self.passphrase.clear()
            self.error.show_error(error)
            return
        if self._locked_to is not None and signed.actor != self._locked_to.actor:
            self.passphrase.clear()
            return
        self.signed_in = signed
        self.accept()

    def reject(self) -> None:
        if self._locked_to is None:          # the lock screen cannot be closed, only unlocked
            super().reject()


class IdleLock(QObject):
    """Calls `lock` after `minutes` without a key press or mouse movement anywhere in the app."""

    def __init__(self, minutes: float, lock, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        self.timer.timeout.connect(lock)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in USER_INPUT:
            self.timer.start()
        return False
