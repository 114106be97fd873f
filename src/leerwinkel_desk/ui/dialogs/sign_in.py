"""Signing in at start, and the lock screen after idle time: both ask for the passphrase."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.design.style import FORM_LABELS

if TYPE_CHECKING:       # the sign-in is the first window: it paints before the rest is loaded (ui/start.py)
    from leerwinkel_desk.services.accounts import SignedIn
    from leerwinkel_desk.ui.dialogs.recovery import RecoverDialog
    from leerwinkel_desk.ui.feedback import ErrorLabel

log = logging.getLogger(__name__)
IDLE_MINUTES_KEY = "security/idle_minutes"      # Qt's settings: the person's on this computer (Ctrl+,)
DEFAULT_IDLE_MINUTES = 5
IDLE_RANGE = (1, 120)                           # the minutes Ctrl+, offers
USER_INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel)


def saved_idle_minutes(settings: QSettings) -> int:
    """The idle lock's minutes kept on this computer; what Ctrl+, could not have saved (a damaged or hand-edited
    settings file: a word, 0, a huge number) is the default, never an error or a lock at every keystroke."""
    try:
        minutes = float(str(settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return round(minutes) if IDLE_RANGE[0] <= minutes <= IDLE_RANGE[1] else DEFAULT_IDLE_MINUTES


class SignInDialog(QDialog):
    """Login and passphrase. With `locked_to`, only that person can unlock (the lock screen); `reason` says
    above the form why it asks (locked; at the sign-in: signed out, or not signed in). With `hand_over` the lock
    screen offers Iemand anders aanmelden (Alt+I): it calls `hand_over`, which ends the locked person's session
    (MainWindow.sign_out_from_lock) so a colleague can sign in."""

    def __init__(self, authenticate: Callable[[str, str], SignedIn], login: str = "",
                 locked_to: SignedIn | None = None, parent: QWidget | None = None,
                 recover: Callable[[str, str, str], SignedIn] | None = None, reason: str = "",
                 hand_over: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._authenticate, self._locked_to, self._recover = authenticate, locked_to, recover
        self.someone_else: QPushButton | None = None
        self.recovery: RecoverDialog | None = None
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Vergrendeld") if locked_to else self.tr("Aanmelden"))
        self.login = QLineEdit(login)
        self.login.setAccessibleName(self.tr("Gebruikersnaam"))
        self.login.setReadOnly(locked_to is not None)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoordzin"))
        form = QFormLayout()
        form.setLabelAlignment(FORM_LABELS)
        form.addRow(self.tr("&Gebruikersnaam"), self.login)
        form.addRow(self.tr("&Wachtwoordzin"), self.passphrase)
        self._error: ErrorLabel | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Ontgrendelen") if locked_to else self.tr("Aanmelden"))
        buttons.accepted.connect(self.try_sign_in)
        self._buttons = buttons
        self.leave: QPushButton | None = None       # offer_leaving: a lock the office made
        if recover is not None and locked_to is None:
            forgotten = buttons.addButton(self.tr("Wachtwoordzin &vergeten (herstelsleutel)…"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
            forgotten.setAutoDefault(False)
            forgotten.clicked.connect(self.use_recovery_key)
        if hand_over is not None and locked_to is not None:
            self.someone_else = buttons.addButton(self.tr("&Iemand anders aanmelden"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.someone_else.setAutoDefault(False)         # Enter in the passphrase still unlocks
            self.someone_else.setAccessibleDescription(self.tr(
                "Meldt {name} af; wat er getypt was, blijft als concept bewaard.").format(name=locked_to.full_name))
            self.someone_else.clicked.connect(hand_over)
        layout = self._layout = QVBoxLayout(self)
        self.reason = PlainLabel(reason or self.tr("Leerwinkel Desk is vergrendeld. Wat u typte is bewaard."))
        self.reason.setWordWrap(True)
        if locked_to or reason:         # the lock screen's, or at the sign-in what happened before it
            layout.addWidget(self.reason)
        self.form_part = QWidget()          # hidden when nothing can be unlocked (`offer_leaving` only)
        self.form_part.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_part)
        layout.addWidget(buttons)
        (self.passphrase if login else self.login).setFocus()

    def offer_leaving(self, leave: Callable[[], None], only: bool = False) -> None:
        """A lock the office made (an account closed, a laptop revoked): a button that closes Leerwinkel Desk,
        since the passphrase may open nothing (what was typed was kept as drafts when it locked). `only`: nothing
        can be unlocked any more (a revoked laptop): the login, the passphrase and Ontgrendelen go, closing stays."""
        if self.leave is None:
            button = self._buttons.addButton(self.tr("Leerwinkel Desk &sluiten"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
            button.setAutoDefault(False)
            button.clicked.connect(leave)
            self.leave = button
        if only:
            self.form_part.hide()
            if self._error is not None:
                self._error.hide()
            self._buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
            if self.someone_else is not None:   # nobody signs in to a revoked laptop, not another person either
                self.someone_else.hide()
            self.leave.setDefault(True)
            self.leave.setFocus()
            self.adjustSize()

    @property
    def error(self) -> ErrorLabel:
        """The line under the form that says what went wrong, made the first time one does: its imports
        (the design's components, the error texts) are loaded behind the first window (ui/start.py)."""
        if self._error is None:
            from leerwinkel_desk.ui.feedback import ErrorLabel

            self._error = ErrorLabel()
            self._layout.insertWidget(self._layout.count() - 1, self._error)    # above the buttons
        return self._error

    def try_sign_in(self) -> None:
        from leerwinkel_desk.domain.errors import DomainError  # loaded by now: authenticating waits for it

        try:
            signed = self._authenticate(self.login.text(), self.passphrase.text())
        except DomainError as error:
            self.passphrase.clear()
            self.error.show_error(error)
            return
        except Exception as error:  # the storage refused (a file beside the database that is a folder): said
            if not self._storage_refused(error):
                raise
            self.passphrase.clear()
            return
        if self._locked_to is not None and signed.actor != self._locked_to.actor:
            self.passphrase.clear()
            return
        self.signed_in = signed
        self.accept()

    def _storage_refused(self, error: Exception) -> bool:
        """Whether `error` is the storage refusing the sign-in's first write (the database's driver, or the file
        system for a file beside it): then said in one line (a full disk as everywhere), logged, not a crash."""
        from leerwinkel_desk.domain.errors import DiskFull
        from leerwinkel_desk.log import log_error
        from leerwinkel_desk.store.durable import disk_full, write_refused

        if not write_refused(error):
            return False
        log_error(log, "the sign-in could not write to the database's files", error)
        if disk_full(error):
            self.error.show_error(DiskFull())
            return True
        cause = getattr(error, "orig", None) or error
        reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause).splitlines()[0]
        self.error.show_text(self.tr(
            "Aanmelden lukte niet: de databank of een bestand ernaast kon niet geschreven worden ({reason}). Er is "
            "niets gewijzigd. Laat de IT-verantwoordelijke de map van de databank nakijken.").format(reason=reason))
        return True

    def use_recovery_key(self) -> None:
        """The recovery form over the sign-in; once it unlocked, signed in as that coordinator."""
        from leerwinkel_desk.ui.dialogs.recovery import RecoverDialog  # the services: only when asked

        recovery = self.recovery = RecoverDialog(self._recover, self.login.text(), self)   # type: ignore[arg-type]

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted.value and recovery.signed_in is not None:
                self.login.setText(recovery.login.text().strip())
                self.signed_in = recovery.signed_in
                self.accept()

        self.recovery.finished.connect(finished)
        self.recovery.open()

    def reject(self) -> None:
        if self._locked_to is None:          # the lock screen cannot be closed, only unlocked
            super().reject()


class IdleLock(QObject):
    """Calls `lock` after `minutes` without a key press or mouse movement anywhere in the app."""

    def __init__(self, minutes: float, lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lock)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Lock after `minutes` without input from now on (counting again from now)."""
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            self.timer.start()
        return False
