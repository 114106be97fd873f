"""Referral out (Ctrl+D) to a partner of the social map, and closing the loop (Ctrl+Shift+D): did the
client arrive? The loop stays on Vandaag until it is closed."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import ReferralReason
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.domain.referrals import usual_partner
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import enum_label, format_date
from leerwinkel_desk.ui.widgets import EnumCombo, show_placeholder


def form_buttons(dialog: FormDialog, save_text: str) -> QDialogButtonBox:
    """OK (named `save_text`) saves, Cancel closes (asking first if something was typed)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(save_text)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReferralDialog(FormDialog):
    """The reason first: the partners of the kind that usually takes it come first in the list."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self._map = ctx.service(SocialMap)
        self.setWindowTitle(self.tr("Doorverwijzen naar een partner"))
        self.reason_code = EnumCombo(ReferralReason, ((r, enum_label(r)) for r in ReferralReason))
        self.partner = QComboBox()
        self.contact = QComboBox()
        self.reason = QLineEdit()
        show_placeholder(self.reason, self.tr("bv. zoekt eerst werk; afspraak met de bemiddelaar op dinsdag"))
        form = QFormLayout()
        form.addRow(self.tr("&Reden"), self.reason_code)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("&Contactpersoon (optioneel)"), self.contact)
        form.addRow(self.tr("&Toelichting"), self.reason)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(form_buttons(self, self.tr("&Doorverwijzen")))
        self.reason_code.currentIndexChanged.connect(self.list_partners)
        self.partner.currentIndexChanged.connect(self.list_contacts)
        self.list_partners()
        self.first_field = self.reason_code
        if self.partner.count() == 0:       # nothing to choose: said at once, not at the save
            self.error.show_message(self.no_partners_text())

    def no_partners_text(self) -> str:
        """An office whose social map is empty: who adds the partners, with the keys the role may use."""
        if allowed(self._ctx.actor.role, Permission.MANAGE_PARTNERS):
            return self.tr("Er staan nog geen partners op de sociale kaart. Sluit dit venster en voeg er een toe "
                           "met Ctrl+Shift+S, of lees ze in met Ctrl+I.")
        return self.tr("Er staan nog geen partners op de sociale kaart: een coördinator voegt ze toe.")

    def list_partners(self) -> None:
        """Every partner; those of the kind that usually takes the reason first, the first of them chosen."""
        usual = usual_partner(self.reason_code.value() or ReferralReason.OTHER)
        partners = sorted(self._map.partners(), key=lambda p: (p.org_type is not usual, p.name.casefold()))
        self.partner.clear()
        for partner in partners:
            self.partner.addItem(f"{partner.name} ({enum_label(partner.org_type)})", partner.id)
        self.list_contacts()

    def list_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(niemand in het bijzonder)"), None)
        partner_id = self.partner.currentData()
        if partner_id is not None:
            for person in self._map.contacts(partner_id):
                self.contact.addItem(f"{person.full_name}" + (f" — {person.function}" if person.function else ""),
                                     person.id)

    def save(self) -> None:
        partner_id, reason_code = self.partner.currentData(), self.reason_code.value()
        if partner_id is None or reason_code is None:
            if self.partner.count() == 0:
                self.error.show_message(self.no_partners_text())
            self.partner.setFocus()
            return
        if perform(self._ctx.operations, lambda: self._ctx.service(Referrals).refer_out(
                self._request_id, partner_id, reason_code, self.reason.text(), self.contact.currentData()),
                self.error, OpChanges(Change.TIMELINE | Change.AGENDA, None, self.tr(
                    "Doorverwezen naar {partner}").format(partner=self.partner.currentText())),
                {"reason": self.reason, "partner_contact": self.contact}):
            self.accept()


class CloseLoopDialog(FormDialog):
    """One open referral of the request: did the client arrive at the partner, and a note."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Doorverwijzing opvolgen"))
        partners = {p.id: p.name for p in ctx.service(SocialMap).partners(include_retired=True)}
        self.referral = QComboBox()
        for row in ctx.service(Referrals).for_request(request_id):
            if row.loop_closed_on is None:
                self.referral.addItem(f"{format_date(row.referred_on)}  {partners.get(row.partner_id, '')}  "
                                      f"({enum_label(row.reason_code) if row.reason_code else row.reason})", row.id)
        self.arrived = QRadioButton(self.tr("&Aangekomen bij de partner"))
        self.not_arrived = QRadioButton(self.tr("&Niet aangekomen"))
        self.arrived.setChecked(True)
        self.note = QLineEdit()
        show_placeholder(self.note, self.tr("bv. partner bevestigt het eerste gesprek"))
        form = QFormLayout()
        form.addRow(self.tr("&Doorverwijzing"), self.referral)
        form.addRow(self.arrived)
        form.addRow(self.not_arrived)
        form.addRow(self.tr("N&otitie (optioneel)"), self.note)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        if self.referral.count() == 0:
            layout.addWidget(PlainLabel(self.tr("Deze leervraag heeft geen open doorverwijzing.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(form_buttons(self, self.tr("&Bewaren")))
        self.first_field = self.arrived

    def save(self) -> None:
        referral_id = self.referral.currentData()
        if referral_id is None:
            return
        arrived = self.arrived.isChecked()
        if perform(self._ctx.operations, lambda: self._ctx.service(Referrals).close_loop(
                referral_id, arrived, self.note.text().strip() or None), self.error,
                OpChanges(Change.TIMELINE | Change.AGENDA, None, self.tr("Doorverwijzing opgevolgd")),
                {"loop_note": self.note}):
            self.accept()
