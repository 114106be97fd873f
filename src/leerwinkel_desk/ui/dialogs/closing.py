"""Closing a request with its outcome and, when asked, the client's satisfaction. The outcome starts from the
one that fits the request (`fitting_outcome`): after an enrolment "Ingeschreven", a tier-1 question
"Beantwoord"; otherwise nothing is chosen and saving asks for it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from leerwinkel_desk.domain.enums import Outcome
from leerwinkel_desk.domain.rules import fitting_outcome
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import text_label
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import format_moment, outcome_label
from leerwinkel_desk.ui.widgets import EnumCombo


class CloseRequestDialog(FormDialog):
    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.setWindowTitle(self.tr("Leervraag afsluiten"))
        request = ctx.service(Requests).get(request_id)
        self.outcome = EnumCombo(Outcome, [(None, self.tr("— kies het resultaat —")),
                                           *((o, outcome_label(o)) for o in Outcome)])
        self.outcome.select(fitting_outcome(request.tier, request.enrolled_on is not None))
        self.outcome.setAccessibleName(self.tr("Resultaat"))
        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(self.tr("niet gevraagd"))
        self.satisfaction.setAccessibleName(self.tr("Tevredenheid (1-5)"))
        form = QFormLayout()
        form.addRow(self.tr("&Resultaat"), self.outcome)
        form.addRow(self.tr("&Tevredenheid (1-5)"), self.satisfaction)
        booked = ctx.service(Contacts).next_booked(request_id)      # closing cancels it (Requests.close)
        self.cancels = text_label("caption", self.tr(
            "Afsluiten annuleert het geboekte gesprek van {moment}: laat het de cliënt weten.").format(
            moment=format_moment(booked.at)) if booked else "")
        self.cancels.setWordWrap(True)
        self.cancels.setVisible(booked is not None)
        form.addRow(self.cancels)
        self.lay_out(form, self.tr("&Afsluiten"))

    def save(self) -> None:
        if perform(self._ctx.operations, lambda: self._ctx.service(Requests).close(
                self._request_id, self.outcome.chosen("outcome"), self.satisfaction.value() or None), self.error,
                OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, None, self.tr("Leervraag afgesloten")),
                {"outcome": self.outcome, "satisfaction": self.satisfaction}):
            self.accept()
