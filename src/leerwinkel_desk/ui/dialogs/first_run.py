"""The first start on a computer: set up the office with its first coordinator (the default), the demo, or join
an existing office with a one-time code a coordinator made for you (sync/join.py).

Setting up makes the encrypted database, its random key wrapped by the coordinator's
passphrase, the office and the coordinator's account. Nothing is written before the form is
complete and valid, and a failure removes what was made; Escape leaves without a file. The
demo is a database of its own beside the office's; from the demo, a coordinator sets up the
office later with this same form (File menu), without the demo choice. Joining asks the sync server's
address, the code, the login it was made for and a new passphrase twice; the file is made, filled with
the office's data and given that passphrase on the background worker, and a failure leaves no file, but for
a join the service already knows that stopped half-way (the connection or the disk): started again with the
same code and passphrase it goes on where it stopped (sync/join.py), and the form says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError, InvalidValue
from leerwinkel_desk.log import log_error
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, MIN_PASSPHRASE, check_passphrase
from leerwinkel_desk.services.recovery import RecoveryPrint
from leerwinkel_desk.store.location import DatabaseExists, EarlierDatabaseLeft
from leerwinkel_desk.sync.client import SyncRefused, Unreachable
from leerwinkel_desk.sync.join import JoinStopped
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.design.style import FORM_LABELS
from leerwinkel_desk.ui.dialogs.recovery import RecoveryKeyDialog
from leerwinkel_desk.ui.feedback import ErrorLabel, make_room
from leerwinkel_desk.ui.start import DEMO_LOGIN
from leerwinkel_desk.ui.widgets import passphrase_fields, typed_passphrase
from leerwinkel_desk.ui.worker import BackgroundJobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewOffice:
    name: str
    code: str
    login: str
    full_name: str
    passphrase: str
    recovery: bool = True           # a recovery key to print is made with the database


@dataclass(frozen=True)
class Joining:
    server_url: str
    code: str
    login: str
    passphrase: str


class FirstRunDialog(QDialog):
    """The office (the default) or the demo beside it; `login` is who signs in next.

    Without `make_demo` only the office's form is shown (setting up the office from the demo).
    """

    Makers = tuple[Callable[[], None], Callable[[NewOffice], RecoveryPrint | None],
                   Callable[[Joining], object]]                                     # what app.py hands over

    def __init__(self, make_demo: Callable[[], None] | None,
                 make_office: Callable[[NewOffice], RecoveryPrint | None],
                 parent: QWidget | None = None, *, make_join: Callable[[Joining], object] | None = None) -> None:
        super().__init__(parent)
        self._make_demo, self._make_office, self._make_join = make_demo, make_office, make_join
        self._jobs = BackgroundJobs(self)
        self.login = ""
        self.setWindowTitle(self.tr("Welkom bij Leerwinkel Desk"))
        self.setMinimumWidth(600)                   # the wrapped notes stay readable, the fields wide
        self.office = QRadioButton(self.tr("&Ons kantoor inrichten: een lege, versleutelde databank"))
        self.demo = QRadioButton(self.tr("Eerst de &demo verkennen: een aparte oefendatabank"))
        self.demo_note = PlainLabel(self.tr("Aanmelden als {login} met de wachtwoordzin {passphrase}. Uw kantoor "
                                             "richt u later in via Bestand > Ons kantoor inrichten; de demo blijft "
                                             "apart.").format(login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE))
        self.demo_note.setWordWrap(True)
        self.demo_note.setIndent(24)
        self.office.setChecked(True)
        self.office_name, self.code = QLineEdit(), QLineEdit("LW")
        self.user, self.full_name = QLineEdit(), QLineEdit()
        self.passphrase, self.repeat = passphrase_fields()
        self.form = QWidget()
        office_fields = QVBoxLayout(self.form)       # the wrapped note below the fields gets its full height
        office_fields.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        office_fields.addLayout(form)
        form.setLabelAlignment(FORM_LABELS)
        for label, field in ((self.tr("&Naam van het kantoor"), self.office_name), (self.tr("&Code"), self.code),
                             (self.tr("&Gebruikersnaam"), self.user), (self.tr("&Volledige naam"), self.full_name),
                             (self.tr("&Wachtwoordzin (minstens {n} tekens)").format(n=MIN_PASSPHRASE),
                              self.passphrase),
                             (self.tr("Wachtwoordzin &herhalen"), self.repeat)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        self.recovery = QCheckBox(self.tr("Een her&stelsleutel maken om af te drukken (aanbevolen)"))
        self.recovery.setChecked(True)
        recovery_note = PlainLabel(self.tr("Voor als elke wachtwoordzin verloren is: met de afgedrukte sleutel "
                                            "kiest een coördinator een nieuwe wachtwoordzin."))
        recovery_note.setWordWrap(True)
        recovery_note.setIndent(24)
        office_fields.addWidget(self.recovery)
        office_fields.addWidget(recovery_note)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.office.toggled.connect(self.form.setEnabled)
        self.join = QRadioButton(self.tr("&Aansluiten bij een kantoor (met een code van de coördinator)"))
        self.server, self.join_code, self.join_user = QLineEdit(), QLineEdit(), QLineEdit()
        self.join_passphrase, self.join_repeat = passphrase_fields()
        self.join_form = QWidget()
        joining = QFormLayout(self.join_form)
        joining.setLabelAlignment(FORM_LABELS)
        for label, field in ((self.tr("Adres van de se&rver"), self.server),
                             (self.tr("Een&malige code"), self.join_code),
                             (self.tr("&Uw gebruikersnaam (waarvoor de code gemaakt is)"), self.join_user),
                             (self.tr("Nieuwe wach&twoordzin (minstens {n} tekens)").format(n=MIN_PASSPHRASE),
                              self.join_passphrase),
                             (self.tr("Nieuwe wachtwoordzin nog &eens"), self.join_repeat)):
            joining.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        self.join_form.setEnabled(False)
        self.join_form.hide()                   # one choice's fields at a time: the dialog fits 720 px at 150 %
        self.join.toggled.connect(self.join_form.setEnabled)
        self.join.toggled.connect(self._show_choice)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Starten"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if make_demo is None:
            self.setWindowTitle(self.tr("Ons kantoor inrichten"))
            intro = self.tr("Een lege, versleutelde databank voor uw kantoor, naast de demo. Daarna meldt u "
                            "zich aan bij uw kantoor; de demo blijft apart.")
            for choice in (self.office, self.demo, self.demo_note, self.join, self.join_form):
                choice.hide()
        else:
            intro = self.tr("Er is nog geen databank op deze computer. Wat wilt u doen?")
        layout.addWidget(PlainLabel(intro))
        layout.addWidget(self.office)
        layout.addWidget(self.form)
        note = PlainLabel(self.tr("De wachtwoordzin ontgrendelt de versleutelde databank. Zonder "
                                   "wachtwoordzin kan niemand de gegevens lezen, ook wij niet."))
        note.setWordWrap(True)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.join)
        layout.addWidget(self.join_form)
        layout.addWidget(note)                  # below every choice: a laptop that joins gets a passphrase too
        if make_join is None:
            self.join.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.office_name.setFocus()

    def new_office(self) -> NewOffice:
        """The form as typed; a clear error for the first field that is not right."""
        for field, widget in (("name", self.office_name), ("code", self.code), ("login", self.user),
                              ("full_name", self.full_name)):
            if not widget.text().strip():
                widget.setFocus()
                raise InvalidValue(field, "required")
        try:
            check_passphrase(self.passphrase.text())
        except InvalidValue:
            self.passphrase.setFocus()
            raise
        return NewOffice(self.office_name.text().strip(), self.code.text().strip(), self.user.text().strip(),
                         self.full_name.text().strip(), typed_passphrase(self.passphrase, self.repeat),
                         self.recovery.isChecked())

    def joining(self) -> Joining:
        """The join form as typed; a clear error for the first field that is not right."""
        for field, widget in (("server", self.server), ("code", self.join_code), ("login", self.join_user)):
            if not widget.text().strip():
                widget.setFocus()
                raise InvalidValue(field, "required")
        try:
            check_passphrase(self.join_passphrase.text(), (self.join_user.text(),))
        except InvalidValue:
            self.join_passphrase.setFocus()
            raise
        return Joining(self.server.text().strip(), self.join_code.text().strip(), self.join_user.text().strip(),
                       typed_passphrase(self.join_passphrase, self.join_repeat))

    def start(self) -> None:
        """Make the database in the background; the dialog closes when it is ready."""
        self.error.clear_error()
        work: Callable[[Callable[[int, int], None]], object]
        try:
            office = self.new_office() if self.office.isChecked() else None
            joining = self.joining() if self.join.isChecked() else None
        except DomainError as error:
            self.error.show_error(error)
            return
        if office is not None:
            login, work = office.login, lambda _progress: self._make_office(office)
        elif joining is not None:
            make_join = self._make_join
            assert make_join is not None, "joining is offered only when there is a maker for it"
            login, work = joining.login, lambda _progress: make_join(joining)
        else:
            make_demo = self._make_demo
            assert make_demo is not None, "the demo is offered only when there is a maker for it"
            login, work = DEMO_LOGIN, lambda _progress: make_demo()
        self._busy(True)

        def ready(result: object) -> None:
            self.login = login
            if not isinstance(result, RecoveryPrint):
                self.accept()
                return
            self.recovery_dialog = RecoveryKeyDialog(result, self)      # shown once; the wizard closes after
            self.recovery_dialog.finished.connect(lambda _result: self.accept())
            self.recovery_dialog.open()

        def failed(error: Exception) -> None:
            log_error(log, "the first database could not be made", error)
            self._busy(False)
            if isinstance(error, DomainError):
                self.error.show_error(error)
                return
            if isinstance(error, SyncRefused | Unreachable | DatabaseExists | JoinStopped):
                self.error.setText(self._join_problem(error))
            else:
                self.error.setText(self.tr("⚠ De databank kon niet worden gemaakt ({kind}). Er werd niets "
                                           "bewaard.").format(kind=type(error).__name__))
            self.error.show()
            make_room(self.error)           # a wrapped line gets its height, the fields keep theirs

        self._jobs.run(work, ready, failed)

    def _join_problem(self, error: Exception) -> str:
        """One line on why joining failed (nothing was made), or stopped (started again, it goes on)."""
        if isinstance(error, JoinStopped):
            why = {"disk_full": self.tr("De schijf liep vol; maak eerst ruimte vrij."),
                   "unreachable": self.tr("De verbinding met de server viel weg."),
                   "unavailable": self.tr("De server is nu niet beschikbaar.")}.get(
                error.reason, self.tr("Het aansluiten stopte ({reason}).").format(reason=error.reason))
            return self.tr("⚠ {why} Start opnieuw met dezelfde code en wachtwoordzin: het aansluiten gaat verder "
                           "waar het stopte. De gegevens van het kantoor verschijnen pas als ze er allemaal "
                           "zijn.").format(why=why)
        if isinstance(error, Unreachable):
            return self.tr("⚠ De server is niet bereikbaar; controleer het adres en de verbinding. Er werd niets "
                           "bewaard.")
        if isinstance(error, EarlierDatabaseLeft):
            return self.tr("⚠ {file} is de sleutel van een eerdere databank, die hier ontbreekt. Er werd niets "
                           "gemaakt: zet de databank terug, of verplaats dat bestand.").format(file=error.found)
        if isinstance(error, DatabaseExists):
            return self.tr("⚠ Er staat al een databank op deze computer. Er werd niets bewaard.")
        code = getattr(error, "code", "")
        if code == "code_unknown":
            return self.tr("⚠ De code is onbekend, al gebruikt, verlopen of voor een andere login gemaakt; vraag "
                           "de coördinator een nieuwe. Er werd niets bewaard.")
        if code == "login_unknown":
            return self.tr("⚠ Het kantoor heeft geen actieve gebruiker met deze login. Er werd niets bewaard.")
        return self.tr("⚠ De server weigerde ({code}). Er werd niets bewaard.").format(code=code)

    def _show_choice(self, joining: bool) -> None:
        """Joining shows its own fields instead of the new office's; the dialog takes the height it needs."""
        self.form.setHidden(joining)
        self.join_form.setVisible(joining)
        self.adjustSize()

    def _busy(self, busy: bool) -> None:
        """While the database is made: nothing to click, a progress bar."""
        self.progress.setVisible(busy)
        for widget in (self.buttons, self.demo, self.office, self.join):
            widget.setEnabled(not busy)
        self.form.setEnabled(not busy and self.office.isChecked())
        self.join_form.setEnabled(not busy and self.join.isChecked())

    def reject(self) -> None:
        if self.buttons.isEnabled():            # not while the database is being made
            super().reject()
