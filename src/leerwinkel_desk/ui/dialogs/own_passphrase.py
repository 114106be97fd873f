"""Choosing one's own passphrase: Bestand › Wachtwoordzin wijzigen… (every role: the current passphrase, the
new one twice), and at the sign-in when a coordinator chose it (the new one twice: the current was just typed
there, and Escape leaves the person signed out). The rules and the change are the service's
(services/accounts.py `change_own_passphrase`); its Argon2id work runs on a background lane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.accounts import MIN_PASSPHRASE
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import refusal
from leerwinkel_desk.ui.widgets import passphrase_fields, typed_passphrase
from leerwinkel_desk.ui.worker import BackgroundJobs

FIELD_CHARACTERS = 36       # a passphrase of a few words stays in sight as dots


class OwnPassphraseDialog(FormDialog):
    """The signed-in person's new passphrase. `change(current, new)` does it (on `jobs`' lane); with `current`
    (the sign-in's, when a coordinator chose it) only the new one is asked."""

    def __init__(self, change: Callable[[str, str], object], jobs: BackgroundJobs, current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change, self._jobs, self._given = change, jobs, current
        self.busy = False
        self.setWindowTitle(self.tr("Eigen wachtwoordzin kiezen") if current is not None
                            else self.tr("Wachtwoordzin wijzigen"))
        intro = PlainLabel(
            self.tr("Een coördinator koos uw wachtwoordzin. Kies nu een eigen wachtwoordzin die alleen u kent; "
                    "pas dan gaat Leerwinkel Desk open. Annuleren (Escape): u bent niet aangemeld.")
            if current is not None else
            self.tr("Uw nieuwe wachtwoordzin geldt voor uw account op deze computer; de huidige werkt daarna "
                    "niet meer."))
        intro.setWordWrap(True)
        rule = PlainLabel(self.tr("Minstens {count} tekens en moeilijk te raden: neem een paar ongewone woorden.")
                          .format(count=MIN_PASSPHRASE))
        rule.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase, self.repeat = passphrase_fields()
        self.status = PlainLabel()
        form = QFormLayout()
        form.addRow(intro)
        rows = [(self.tr("&Huidige wachtwoordzin"), self.current)] if current is None else []
        rows += [(self.tr("&Nieuwe wachtwoordzin"), self.passphrase),
                 (self.tr("Nieuwe wachtwoordzin h&erhalen"), self.repeat)]
        for label, field in rows:
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("x" * FIELD_CHARACTERS))
        form.addRow(rule)
        form.addRow(self.status)
        self.lay_out(form, self.tr("&Bewaren en aanmelden") if current is not None
                     else self.tr("Wachtwoordzin &wijzigen"))
        self.first_field = self.current if current is None else self.passphrase

    def save(self) -> None:
        if self.busy:
            return
        try:
            new = typed_passphrase(self.passphrase, self.repeat)
        except DomainError as error:
            self.error.show_error(error, self.repeat)
            return
        current = self._given if self._given is not None else self.current.text()
        self.error.clear_error()
        self.busy = True
        self.status.setText(self.tr("Bezig…"))
        self.setEnabled(False)
        self._jobs.run(lambda _progress: self._change(current, new), self._changed, self._refused)

    def _changed(self, _result: object) -> None:
        self.busy = False
        self.setEnabled(True)
        self.accept()

    def _refused(self, problem: Exception) -> None:
        self.busy = False
        self.setEnabled(True)
        self.status.clear()
        why = refusal(problem)          # anything but a refusal goes on to the crash handler
        field = {"current_passphrase": self.current, "passphrase": self.passphrase}.get(getattr(why, "field", ""))
        if field is not None:
            field.clear()
            if field is self.passphrase:
                self.repeat.clear()
        self.error.show_error(why, field)
        (field or self.passphrase).setFocus()

    def reject(self) -> None:
        if not self.busy:               # the change under way ends first: it may have been made already
            super().reject()
