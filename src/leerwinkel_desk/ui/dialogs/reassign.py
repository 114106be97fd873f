"""Ctrl+Shift+W: give a trajectory to another counsellor (the owner or a coordinator does it), with a reason."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.widgets import choose_data, show_placeholder


class ReassignDialog(FormDialog):
    """The new owner and why: a new counsellor is an exception for the client, kept in the history."""

    def __init__(self, ctx: DeskContext, request: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request.id
        self.setWindowTitle(self.tr("Traject toewijzen — {number}").format(number=request.request_no))
        self.counsellor = QComboBox()
        for person in ctx.service(OfficeSetup).counsellors():
            if person.role is not Role.INFO_OFFICER and person.id != request.owner_id:
                self.counsellor.addItem(person.full_name, person.id)
        if ctx.actor.counsellor_id is not None:            # taking it over oneself comes first
            choose_data(self.counsellor, ctx.actor.counsellor_id)
        self.reason = QLineEdit()
        show_placeholder(self.reason, self.tr("bv. langdurige afwezigheid, verhuis van de cliënt"))
        form = QFormLayout()
        form.addRow(self.tr("&Nieuwe begeleider"), self.counsellor)
        form.addRow(self.tr("&Reden"), self.reason)
        self.lay_out(form, self.tr("&Toewijzen"))

    def save(self) -> None:
        counsellor: uuid.UUID | None = self.counsellor.currentData()
        if counsellor is not None and perform(
                self._ctx.operations,
                lambda: self._ctx.service(Requests).reassign(self._request_id, counsellor, self.reason.text()),
                self.error, OpChanges(Change.REQUESTS | Change.AGENDA, None, self.tr(
                    "Traject toegewezen aan {name}").format(name=self.counsellor.currentText())),
                {"reason": self.reason, "owner": self.counsellor}):
            self.accept()
