"""Colleagues who may sign in (coordinators): open an account, set a passphrase, close an account.

Every passphrase also wraps the database key (see services/accounts.py), so the slow Argon2id
work runs in the background. Closing an account removes its key entry; setting a new
passphrase opens it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.accounts import AccountRow, Accounts
from leerwinkel_desk.services.recovery import RecoveryKeys, RecoveryPrint
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.recovery import RecoveryKeyDialog
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import perform_later
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import role_label
from leerwinkel_desk.ui.widgets import EnumCombo, compact_rows, passphrase_fields, scroll_area, typed_passphrase


class AccountsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Gebruikers"))
        self.resize(fitting_size(self, QSize(720, 600)))
        self.model = RowsModel[AccountRow]([
            Column(lambda: self.tr("Gebruikersnaam"), lambda a: a.login),
            Column(lambda: self.tr("Naam"), lambda a: a.full_name),
            Column(lambda: self.tr("Rol"), lambda a: role_label(a.role)),
            Column(lambda: self.tr("Aanmelden"),
                   lambda a: self.tr("kan aanmelden") if a.can_log_in else self.tr("afgesloten")),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Gebruikers"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.login, self.full_name = QLineEdit(), QLineEdit()
        self.role = EnumCombo(Role, [(r, role_label(r)) for r in (Role.COUNSELLOR, Role.INFO_OFFICER,
                                                                    Role.COORDINATOR)])
        self.passphrase, self.repeat = passphrase_fields()
        self.open_button = QPushButton(self.tr("Account &openen"))
        new_box = QGroupBox(self.tr("Nieuwe collega"))
        new_form = QFormLayout(new_box)
        for label, field in ((self.tr("&Gebruikersnaam"), self.login), (self.tr("&Volledige naam"), self.full_name),
                             (self.tr("&Rol"), self.role), (self.tr("&Wachtwoordzin"), self.passphrase),
                             (self.tr("Wachtwoordzin &herhalen"), self.repeat)):
            new_form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        new_form.addRow(self.open_button)
        self.new_passphrase, self.new_repeat = passphrase_fields()
        self.set_button = QPushButton(self.tr("Wachtwoordzin &instellen"))
        self.close_button = QPushButton(self.tr("Account af&sluiten"))
        chosen_box = QGroupBox(self.tr("Gekozen collega"))
        chosen_form = QFormLayout(chosen_box)
        for label, field in ((self.tr("&Nieuwe wachtwoordzin"), self.new_passphrase),
                             (self.tr("Nieuwe wachtwoordzin h&erhalen"), self.new_repeat)):
            chosen_form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.close_button)
        chosen_form.addRow(buttons)
        self.recovery_button = QPushButton(self.tr("Nieuwe herstels&leutel maken…"))
        self.recovery_button.setToolTip(self.tr("Opent de databank als elke wachtwoordzin verloren is; "
                                                "de vorige herstelsleutel werkt dan niet meer."))
        self.recovery_button.clicked.connect(self.make_recovery_key)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        parts = QVBoxLayout()
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(self.table, 1)
        parts.addWidget(chosen_box)
        parts.addWidget(new_box)
        parts.addWidget(self.recovery_button)
        parts.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(parts), 1)     # scrolls on a short screen (1280×720 at 150 %)
        layout.addWidget(self.error)
        self.open_button.clicked.connect(self.open_account)
        self.set_button.clicked.connect(self.set_passphrase)
        self.close_button.clicked.connect(self.close_account)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._ctx.service(Accounts).accounts())
        except DomainError as error:
            self.error.show_error(error)

    def chosen(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_account(self) -> None:
        try:
            passphrase = typed_passphrase(self.passphrase, self.repeat)
        except DomainError as error:
            self.error.show_error(error)
            return
        login, name = self.login.text(), self.full_name.text()
        self._run(lambda: self._ctx.service(Accounts).open_account(login, name, self.role.chosen("role"), passphrase),
                  self.tr("Account {login} geopend.").format(login=login.strip()),
                  (self.login, self.full_name, self.passphrase, self.repeat))

    def set_passphrase(self) -> None:
        person = self.chosen()
        if person is None:
            return
        try:
            passphrase = typed_passphrase(self.new_passphrase, self.new_repeat)
        except DomainError as error:
            self.error.show_error(error)
            return
        self._run(lambda: self._ctx.service(Accounts).set_passphrase(person.id, passphrase),
                  self.tr("Nieuwe wachtwoordzin voor {login}: kan aanmelden.").format(login=person.login),
                  (self.new_passphrase, self.new_repeat))

    def close_account(self) -> None:
        person = self.chosen()
        if person is not None:
            self._run(lambda: self._ctx.service(Accounts).close_account(person.id),
                      self.tr("Account {login} afgesloten: aanmelden en de sleutel tot de databank zijn "
                              "weg. Een nieuwe wachtwoordzin opent het weer.").format(login=person.login), ())

    def make_recovery_key(self) -> None:
        """A new recovery key (audited), shown once with its sheet to print."""
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

        def make() -> RecoveryPrint:
            sheet = self._ctx.service(RecoveryKeys).make()
            return RecoveryPrint(sheet.code, PdfLetters.for_database(self._ctx.db).recovery_sheet(sheet))

        def show(made: RecoveryPrint) -> None:
            self.recovery_dialog = RecoveryKeyDialog(made, self)
            self.recovery_dialog.open()

        self._run(make, self.tr("Nieuwe herstelsleutel gemaakt; de vorige werkt niet meer."), (), show)

    def _run(self, work: Callable[[], object], done_text: str, clear: tuple[QLineEdit, ...],
             then: Callable[[Any], None] | None = None) -> None:
        """The service call in the background (Argon2id takes a moment); the form stays as typed on failure."""
        self.status.setText(self.tr("Bezig…"))
        self.setEnabled(False)

        def done(result: object) -> None:
            self.setEnabled(True)
            for field in clear:
                field.clear()
            self.status.setText(done_text)
            self.refresh()
            if then is not None:
                then(result)

        def refused() -> None:
            self.setEnabled(True)
            self.status.clear()

        perform_later(self._ctx.operations, self._ctx.jobs, work, self.error, None, done, refused)
