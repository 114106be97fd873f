"""Colleagues who may sign in (coordinators): open an account, set a passphrase, close an account. A passphrase
set here for a colleague is theirs to replace: they choose their own at their next sign-in (the table says so).

Every passphrase also wraps the database key (see services/accounts.py), so the slow Argon2id
work runs in the background. Closing an account (asked first, naming the person) removes its key
entry and gives the database a new key, which this window goes on with; setting a new passphrase
opens it again. A new recovery key (asked first) replaces the printed one only once its sheet is
saved (ui/dialogs/recovery.py); one the app was stopped with before its sheet was saved is dropped at the
next opening, and a line above the button says so (which day's sheet opens nothing) until a new key is
made. Enter presses the button of the part it is typed in (ui/enter_keys.py): in the new colleague's
fields it opens the account, never sets the chosen colleague's passphrase. The users' table keeps a few
rows and the message line stays in sight below the scrolling parts on a short screen (1280×720 at 150 %).
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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.accounts import AccountRow, Accounts
from leerwinkel_desk.services.recovery import RecoveryKeys, RecoveryPrint
from leerwinkel_desk.sync import state
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.recovery import RecoveryKeyDialog
from leerwinkel_desk.ui.enter_keys import enter_by_part
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import perform_later
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_date, role_label
from leerwinkel_desk.ui.widgets import (
    EnumCombo,
    compact_rows,
    keep_rows,
    passphrase_fields,
    scroll_area,
    typed_passphrase,
)

TABLE_ROWS = 4         # the users' table shows at least this many before the forms below it scroll


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
            Column(lambda: self.tr("Aanmelden"), self.sign_in_text),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Gebruikers"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        keep_rows(self.table, TABLE_ROWS)
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
        self.recovery_button.clicked.connect(self.ask_recovery_key)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.recovery_note = PlainLabel()
        self.recovery_note.setWordWrap(True)
        self.confirm_box: QMessageBox | None = None
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        parts = QVBoxLayout()
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(self.table, 1)
        parts.addWidget(chosen_box)
        parts.addWidget(new_box)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(parts), 1)     # scrolls on a short screen (1280×720 at 150 %)
        layout.addWidget(self.error)                # the outcome and the button below it always in sight
        layout.addWidget(self.status)
        layout.addWidget(self.recovery_note)
        layout.addWidget(self.recovery_button)
        self.open_button.clicked.connect(self.open_account)
        self.set_button.clicked.connect(self.set_passphrase)
        self.close_button.clicked.connect(self.ask_close_account)
        enter_by_part(self, {self.open_button: (self.login, self.full_name, self.role, self.passphrase, self.repeat),
                             self.set_button: (self.new_passphrase, self.new_repeat)})
        self.refresh()
        self.show_recovery_note()

    def sign_in_text(self, account: AccountRow) -> str:
        if not account.can_log_in:
            return self.tr("afgesloten")
        if account.passphrase_given:        # chosen by a coordinator: they choose their own at the next sign-in
            return self.tr("wachtwoordzin gekregen")
        return self.tr("kan aanmelden")

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._ctx.service(Accounts).accounts())
        except DomainError as error:
            self.error.show_error(error)

    def show_recovery_note(self) -> None:
        """The line on a new recovery key dropped without its sheet (services/recovery.py), while there is one."""
        try:
            dropped = self._ctx.service(RecoveryKeys).dropped_unsheeted()
        except (DomainError, OSError):
            dropped = None
        if dropped is not None:
            text = self.tr("⚠ De nieuwe herstelsleutel van {day} is nooit in gebruik genomen: de app werd gestopt "
                           "voor het blad bewaard was. Een blad van die dag opent de databank niet.").format(
                day=format_date(dropped.made_on))
            self.recovery_note.setText(text + " " + (self.tr("De eerder afgedrukte herstelsleutel werkt nog.")
                                                     if dropped.earlier_in_use else
                                                     self.tr("Er is geen herstelsleutel in gebruik.")))
        self.recovery_note.setVisible(dropped is not None)

    def chosen(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_account(self) -> None:
        try:
            passphrase = typed_passphrase(self.passphrase, self.repeat)
        except DomainError as error:
            self.error.show_error(error, self.repeat)
            return
        login, name = self.login.text(), self.full_name.text()
        self._run(lambda: self._ctx.service(Accounts).open_account(login, name, self.role.chosen("role"), passphrase),
                  self.tr("Account {login} geopend: bij het eerste aanmelden kiest {login} een eigen "
                          "wachtwoordzin.").format(login=login.strip()),
                  (self.login, self.full_name, self.passphrase, self.repeat),
                  focus={"login": self.login, "full_name": self.full_name, "passphrase": self.passphrase})

    def set_passphrase(self) -> None:
        person = self.chosen()
        if person is None:
            return
        try:
            passphrase = typed_passphrase(self.new_passphrase, self.new_repeat)
        except DomainError as error:
            self.error.show_error(error, self.new_repeat)
            return
        own = person.id == self._ctx.actor.counsellor_id
        done = (self.tr("Nieuwe wachtwoordzin voor {login}: kan aanmelden.") if own else
                self.tr("Nieuwe wachtwoordzin voor {login}: kan aanmelden en kiest dan een eigen wachtwoordzin."))
        self._run(lambda: self._ctx.service(Accounts).set_passphrase(person.id, passphrase),
                  done.format(login=person.login),
                  (self.new_passphrase, self.new_repeat), focus={"passphrase": self.new_passphrase})

    def ask_close_account(self) -> None:
        """Asked first, naming the person; Enter and Escape keep the account."""
        person = self.chosen()
        if person is None or self.confirm_box is not None:
            return
        question = self.tr("Het account van {name} ({login}) afsluiten? {name} kan dan niet meer aanmelden en de "
                           "databank krijgt een nieuwe sleutel. Een nieuwe wachtwoordzin opent het account weer."
                           ).format(name=person.full_name, login=person.login)
        if state.status(self._ctx.db).enrolled:         # the office's laptops: theirs locks at its next contact
            question += " " + self.tr(
                "Wat {name} op een eigen laptop deed en nog niet verstuurde, blijft op die laptop en bereikt het "
                "kantoor alleen als u het account weer opent; trekt u die laptop in, dan komt het nooit aan."
            ).format(name=person.full_name)
        requests = self._ctx.service(Accounts).open_requests(person.id)
        if requests == 1:
            question += " " + self.tr(
                "{name} blijft begeleider van 1 open aanvraag: geef ze in het dossier aan een collega (Toewijzen, "
                "Ctrl+Shift+W).").format(name=person.full_name)
        elif requests:
            question += " " + self.tr(
                "{name} blijft begeleider van {n} open aanvragen: geef ze elk in het dossier aan een collega "
                "(Toewijzen, Ctrl+Shift+W); de lijst Aanvragen toont wie begeleider is.").format(
                name=person.full_name, n=requests)
        self._ask(question, self.tr("Account af&sluiten"), self.tr("Account &behouden"),
                  lambda: self.close_account(person))

    def close_account(self, person: AccountRow) -> None:
        self._run(lambda: self._ctx.service(Accounts).close_account(person.id),
                  self.tr("Account {login} afgesloten: aanmelden en de sleutel tot de databank zijn "
                          "weg. Een nieuwe wachtwoordzin opent het weer.").format(login=person.login), ())

    def ask_recovery_key(self) -> None:
        """Asked first: the printed key stops working once the new one's sheet is saved; Enter keeps it."""
        if self.confirm_box is not None:
            return
        self._ask(self.tr("Een nieuwe herstelsleutel maken? Zodra het blad met de nieuwe sleutel bewaard is, werkt "
                          "het afgedrukte blad in de kluis niet meer."),
                  self.tr("Nieuwe sleutel &maken"), self.tr("&Niet maken"), self.make_recovery_key)

    def make_recovery_key(self) -> None:
        """A new recovery key staged beside the printed one, shown once with its sheet to save: in use (and
        audited) only once the sheet is saved; closed without it, the printed key keeps working."""
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

        keys = self._ctx.service(RecoveryKeys)

        def make() -> RecoveryPrint:
            sheet = keys.propose()
            return RecoveryPrint(sheet.code, PdfLetters.for_database(self._ctx.db).recovery_sheet(sheet))

        def show(made: RecoveryPrint) -> None:
            self.show_recovery_note()           # a new key is under way: the note of the dropped one went
            self.recovery_dialog = RecoveryKeyDialog(made, self, lambda: keys.put_in_use(made.code),
                                                     lambda: keys.drop(made.code))
            self.recovery_dialog.finished.connect(self._recovery_closed)
            self.recovery_dialog.open()

        self._run(make, self.tr("Nieuwe herstelsleutel gemaakt: hij vervangt de afgedrukte zodra het blad "
                                "bewaard is."), (), then=show)

    def _recovery_closed(self, _result: int) -> None:
        shown, self.recovery_dialog = self.recovery_dialog, None
        if shown is not None and shown.saved_to is not None:
            self.status.setText(self.tr("Nieuwe herstelsleutel in gebruik; de vorige werkt niet meer."))
            return
        try:
            earlier = self._ctx.service(RecoveryKeys).in_use()
        except (DomainError, OSError):
            earlier = True
        self.status.setText(self.tr("Geen nieuwe herstelsleutel: de afgedrukte werkt nog.") if earlier else
                            self.tr("Geen nieuwe herstelsleutel: er is nog geen herstelsleutel in gebruik."))

    def _ask(self, question: str, do: str, keep: str, then: Callable[[], None]) -> None:
        self.confirm_box = ask_first(self, self.windowTitle(), question, do, keep, then, do_by_default=False)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def _run(self, work: Callable[[], object], done_text: str, clear: tuple[QLineEdit, ...],
             then: Callable[[Any], None] | None = None, focus: dict[str, QWidget] | None = None) -> None:
        """The service call in the background (Argon2id takes a moment); the form stays as typed on failure,
        with the focus on the field at fault (`focus`: by the field the service names)."""
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

        perform_later(self._ctx.operations, self._ctx.jobs, work, self.error, None, done, refused, focus)
