"""Registering a client, with the likely duplicates shown inline before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.clients import ClientInput, ClientRow, Clients
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.texts import format_date

NO_DATE = QDate(1900, 1, 1)
DUPLICATE_CHECK_DELAY_MS = 250      # look up duplicates once typing pauses


class NewClientDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.created: ClientRow | None = None
        self.setWindowTitle(self.tr("Nieuwe cliënt"))
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.birth_date = QDateEdit()
        self.birth_date.setDisplayFormat("dd/MM/yyyy")
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setSpecialValueText(self.tr("onbekend"))
        self.birth_date.setDate(NO_DATE)
        self.phone, self.email = QLineEdit(), QLineEdit()
        form = QFormLayout()
        for label, widget in ((self.tr("&Voornaam"), self.first_name), (self.tr("&Naam"), self.last_name),
                              (self.tr("&Geboortedatum"), self.birth_date), (self.tr("&Telefoon"), self.phone),
                              (self.tr("&E-mail"), self.email)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.duplicates_title = QLabel(self.tr("Mogelijk al geregistreerd:"))
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Mogelijke dubbels"))
        self.confirm_other = QCheckBox(self.tr("Dit is iemand &anders: toch aanmaken"))
        for widget in (self.duplicates_title, self.duplicates, self.confirm_other):
            widget.hide()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.duplicates_title, self.duplicates, self.confirm_other, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_duplicates)
        for edit in (self.first_name, self.last_name, self.phone, self.email):
            edit.textChanged.connect(self._debounce.start)
        self.birth_date.dateChanged.connect(self._debounce.start)

    def data(self) -> ClientInput:
        born = self.birth_date.date()
        return ClientInput(
            self.first_name.text(), self.last_name.text(),
            birth_date=None if born == NO_DATE else born.toPython(),
            phone=self.phone.text() or None, email=self.email.text() or None)

    def refresh_duplicates(self) -> None:
        """Show who this might already be, as soon as a name, birth date, phone or e-mail is typed."""
        data = self.data()
        if not (data.first_name.strip() or data.last_name.strip() or data.phone or data.email):
            return
        candidates = self._ctx.service(Clients).likely_duplicates(data)
        self.duplicates.clear()
        for candidate in candidates:
            c = candidate.client
            self.duplicates.addItem(f"{c.dossier_no}  {c.first_name or ''} {c.last_name or ''}  "
                                    f"{format_date(c.birth_date)}  ({', '.join(candidate.reasons)})")
        visible = bool(candidates)
        for widget in (self.duplicates_title, self.duplicates, self.confirm_other):
            widget.setVisible(visible)

    def save(self) -> None:
        self.refresh_duplicates()
        try:
            self.created = self._ctx.service(Clients).create(
                self.data(), duplicates_checked=self.confirm_other.isChecked())
        except DomainError as error:
            self.error.show_error(error)
            return
        self.accept()
