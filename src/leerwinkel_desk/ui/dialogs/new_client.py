"""Registering a client, with the likely duplicates shown inline before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QMessageBox, QVBoxLayout, QWidget

from leerwinkel_desk.services.clients import ClientInput, ClientRow, Clients
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.client_form import ClientIdentity
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform


class NewClientDialog(FormDialog):
    """A new client; `name` (first name, last name) prefills what was typed elsewhere (Nieuw contact's
    Cliënt field), and typing goes on in the first field still empty."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, name: tuple[str, str] = ("", ""),
                 for_contact: bool = False) -> None:
        super().__init__(parent)
        self._ctx, self._for_contact = ctx, for_contact
        self.created: ClientRow | None = None
        self.existing: ClientRow | None = None      # a likely duplicate chosen instead (Enter in its list)
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Nieuwe cliënt"))
        self.identity = ClientIdentity(ctx, self, self.tr("Dit is iemand &anders: toch aanmaken"), choosable=True)
        form = QFormLayout()
        for label, widget in self.identity.rows():
            form.addRow(label, widget)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.identity.panel)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.identity.first_name.setText(name[0])
        self.identity.last_name.setText(name[1])
        self.identity.duplicate_chosen.connect(self.choose_existing)
        self.first_field = next((field for field in (self.identity.first_name, self.identity.last_name)
                                 if not field.text()), self.identity.birth_date)

    def save(self) -> None:
        if not self.identity.ready():
            return
        self.identity.refresh_duplicates()
        done = perform(self._ctx.operations, lambda: self._ctx.service(Clients).create(
                ClientInput(**self.identity.values()),
                duplicates_checked=self.identity.confirm_other.isChecked()), self.error,
            lambda client: OpChanges(Change.CLIENT, client.id, self.tr("Cliënt {number} aangemaakt").format(
                number=client.dossier_no)), focus=self.identity.fields())
        if done is not None:
            self.created = done.value
            self.accept()

    def choose_existing(self, client: ClientRow) -> None:
        """Enter on a likely duplicate: it is that person. Their dossier opens (from Nieuw contact: they are
        chosen for the contact) once the form typed here is let go, asked first when something was typed."""
        def take() -> None:
            self.existing = client
            self.accept()

        name = f"{client.first_name or ''} {client.last_name or ''}".strip()
        if not self.typed_text():
            take()
            return
        question = (self.tr("Wat u hier typte wordt niet bewaard. {name} ({number}) kiezen voor het contact?")
                    if self._for_contact else
                    self.tr("Wat u hier typte wordt niet bewaard. Het dossier van {name} ({number}) openen?"))
        self.confirm_box = ask_first(self, self.windowTitle(), question.format(name=name, number=client.dossier_no),
                                     self.tr("&Kiezen") if self._for_contact else self.tr("&Openen"),
                                     self.tr("Annuleren"), take, do_by_default=True)
