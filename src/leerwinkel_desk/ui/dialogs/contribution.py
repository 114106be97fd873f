"""Ctrl+Shift+K: the client contribution of a trajectory. The office's hourly amount applies, the exemption
the client's status gives is chosen already with its reason shown, and what is due is shown as it is typed."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import Exemption, Tier
from leerwinkel_desk.domain.fees import PaidBy, contribution
from leerwinkel_desk.services.contributions import ContributionRow, Contributions
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.referral import form_buttons
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import enum_label, format_euro
from leerwinkel_desk.ui.widgets import EnumCombo

MAX_HOURS = 200


class ContributionDialog(FormDialog):
    """Hours, exemption, career vouchers; `saved` holds the recorded contribution once saved."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.saved: ContributionRow | None = None
        self.terms = ctx.service(Contributions).terms(request_id)
        self.setWindowTitle(self.tr("Bijdrage van de cliënt"))
        rate = self.terms.hourly_rate
        self.rate = PlainLabel(self.tr("Uurbedrag van het kantoor: {amount}").format(amount=format_euro(rate)) if rate
                                is not None else self.tr("Het uurbedrag van het kantoor is nog niet ingesteld."))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.exemption = EnumCombo(Exemption, [(None, self.tr("geen vrijstelling")),
                                               *((e, enum_label(e)) for e in Exemption)])
        self.exemption.select(self.terms.status_exemption)
        self.why = PlainLabel()
        self.why.setWordWrap(True)
        self.voucher = QCheckBox(self.tr("Betaald met &loopbaancheques"))
        self.due = PlainLabel()
        self.due.setProperty("role", "strong")
        self.due.setAccessibleName(self.tr("Te betalen"))
        self.receipt = QCheckBox(self.tr("Ontvangstbewijs &afdrukken (PDF)"))
        self.receipt.setChecked(True)
        form = QFormLayout()
        form.addRow(self.rate)
        form.addRow(self.tr("&Uren begeleiding"), self.hours)
        form.addRow(self.tr("&Vrijstelling"), self.exemption)
        form.addRow(self.why)
        form.addRow(self.voucher)
        form.addRow(self.due)
        form.addRow(self.receipt)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(form_buttons(self, self.tr("&Bewaren")))
        self.hours.valueChanged.connect(self.show_due)
        self.exemption.currentIndexChanged.connect(self.show_due)
        self.voucher.toggled.connect(self.show_due)
        self.show_due()
        self.first_field = self.hours

    def show_due(self) -> None:
        """What the fee rule gives for what is typed now, and why an exemption applies."""
        exemption = self.exemption.value()
        if exemption is not None and exemption is self.terms.status_exemption:
            self.why.setText(self.tr("Vrijgesteld: {ground}, volgens de status van de cliënt.").format(
                ground=enum_label(exemption)))
        elif exemption is not None:
            self.why.setText(self.tr("Vrijgesteld: {ground}, door u gekozen.").format(ground=enum_label(exemption)))
        else:
            self.why.setText("")
        if self.terms.tier is not Tier.TRAJECTORY:
            self.due.setText(self.tr("Gratis: informatie en bemiddeling (niveau 1-2) kosten niets."))
            return
        if self.terms.hourly_rate is None:
            self.due.setText("")
            return
        due = contribution(self.terms.tier, Decimal(str(self.hours.value())), self.terms.hourly_rate,
                           exemption or self.terms.status_exemption, self.voucher.isChecked())
        self.due.setText({
            PaidBy.CLIENT: self.tr("Te betalen door de cliënt: {amount}"),
            PaidBy.CAREER_VOUCHER: self.tr("Te betalen met loopbaancheques: {amount}"),
            PaidBy.EXEMPT: self.tr("Niets te betalen (sociale correctie): {amount}"),
            PaidBy.FREE: self.tr("Gratis: {amount}"),
        }[due.paid_by].format(amount=format_euro(due.amount)))

    def save(self) -> None:
        hours, exemption, voucher = Decimal(str(self.hours.value())), self.exemption.value(), self.voucher.isChecked()
        done = perform(self._ctx.operations, lambda: self._ctx.service(Contributions).record(
            self._request_id, hours, exemption=exemption, career_voucher=voucher), self.error,
            OpChanges(Change.TIMELINE, None, self.tr("Bijdrage bewaard")),
            {"hours": self.hours, "hourly_rate": self.hours})
        if done is not None:
            self.saved = done.value
            self.accept()
