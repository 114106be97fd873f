"""Referral out (Ctrl+D) to a partner of the social map, and closing the loop (Ctrl+Shift+D): did the
client arrive? The loop stays on Vandaag until it is closed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSignalBlocker, Qt
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
from leerwinkel_desk.ui.design.components import PlainLabel, Tone, rich_tip
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import enum_label, format_date, partner_label, referral_reason_text
from leerwinkel_desk.ui.widgets import EnumCombo, popup_shows_whole, show_placeholder


def form_buttons(dialog: FormDialog, save_text: str) -> QDialogButtonBox:
    """OK (named `save_text`) saves, Cancel closes (asking first if something was typed)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(save_text)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReferralDialog(FormDialog):
    """The reason first: the partners of the kind that usually takes it come first in the list, the first of
    them proposed. A partner the person chose (or a contact person there) stays chosen whatever the reason."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self._map = ctx.service(SocialMap)
        self._chosen: uuid.UUID | None = None      # the partner the person chose
        self._proposing = True                      # until the person chooses, the reason proposes the partner
        self._names: dict[uuid.UUID, str] = {}      # the partners listed, by id
        self.setWindowTitle(self.tr("Doorverwijzen naar een partner"))
        self.reason_code = EnumCombo(ReferralReason, ((r, enum_label(r)) for r in ReferralReason))
        popup_shows_whole(self.reason_code)
        self.partner = QComboBox()
        self.partner.setPlaceholderText(self.tr("(kies een partner)"))
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
        self.partner.currentIndexChanged.connect(lambda: self.list_contacts())
        self.partner.activated.connect(self.partner_chosen)     # by the person (keys or mouse), never by code
        self.contact.activated.connect(self.partner_chosen)     # someone there: that partner is meant too
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

    def partner_chosen(self) -> None:
        """The person chose the partner shown: it stays when the reason changes; a warning about it goes."""
        self._chosen = self.partner.currentData()
        if self._chosen is not None:
            self._proposing = False
            self.error.clear_error()

    def list_partners(self) -> None:
        """Every partner, those of the kind that usually takes the reason first. The partner the person chose
        stays chosen, with its contact person; one no longer listed is said, and none is chosen in its place
        until the person chooses again (a partner put there silently referred the client to the wrong place).
        Before any choice the first partner of the usual kind is proposed, or none when the map has none."""
        usual = usual_partner(self.reason_code.value() or ReferralReason.OTHER)
        partners = sorted(self._map.partners(), key=lambda p: (p.org_type is not usual, p.name.casefold()))
        was_named, contact = self._names.get(self._chosen) if self._chosen else None, self.contact.currentData()
        self._names = {p.id: p.name for p in partners}
        ids = [p.id for p in partners]
        with QSignalBlocker(self.partner):
            self.partner.clear()
            for partner in partners:
                self.partner.addItem(partner_label(partner.name, partner.org_type), partner.id)
            if self._chosen in self._names:
                self.partner.setCurrentIndex(ids.index(self._chosen))
            elif self._chosen is not None:
                self._chosen, contact = None, None
                self.partner.setCurrentIndex(-1)
                self.error.show_message(self.tr("{partner} staat niet meer op de sociale kaart: kies een andere "
                                                "partner.").format(partner=was_named), Tone.WARNING)
            else:
                contact = None
                proposed = self._proposing and usual is not None and bool(partners) and partners[0].org_type is usual
                self.partner.setCurrentIndex(0 if proposed else -1)
        popup_shows_whole(self.partner)
        self.list_contacts(contact)

    def list_contacts(self, keep: uuid.UUID | None = None) -> None:
        """The people at the partner shown; `keep` chosen again when it is still one of them."""
        self.contact.clear()
        self.contact.addItem(self.tr("(niemand in het bijzonder)"), None)
        partner_id = self.partner.currentData()
        if partner_id is not None:
            for person in self._map.contacts(partner_id):
                self.contact.addItem(f"{person.full_name}" + (f" — {person.function}" if person.function else ""),
                                     person.id)
                if person.id == keep:
                    self.contact.setCurrentIndex(self.contact.count() - 1)
        popup_shows_whole(self.contact)

    def save(self) -> None:
        partner_id, reason_code = self.partner.currentData(), self.reason_code.value()
        if partner_id is None or reason_code is None:
            self.error.show_message(self.no_partners_text() if self.partner.count() == 0 else self.tr(
                "Kies eerst de partner naar wie u de cliënt doorverwijst."), Tone.DANGER)
            self.partner.setFocus()
            return
        if perform(self._ctx.operations, lambda: self._ctx.service(Referrals).refer_out(
                self._request_id, partner_id, reason_code, self.reason.text(), self.contact.currentData()),
                self.error, OpChanges(Change.TIMELINE | Change.AGENDA, None, self.tr(
                    "Doorverwezen naar {partner}").format(partner=self._names.get(partner_id, ""))),
                {"reason": self.reason, "partner_contact": self.contact}):
            self.accept()


REFERRAL_CHARS = 60     # Doorverwijzing opvolgen's list of referrals: an 'andere reden' by its explanation made it
                        # as wide as that, the dialog wider than a 1280 px screen at 150 % and its Bewaren off it


class CloseLoopDialog(FormDialog):
    """One open referral of the request: did the client arrive at the partner, and a note."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Doorverwijzing opvolgen"))
        partners = {p.id: p.name for p in ctx.service(SocialMap).partners(include_retired=True)}
        self.referral = QComboBox()
        self.referral.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.referral.setMinimumContentsLength(REFERRAL_CHARS)    # a long explanation is cut, whole in its tooltip
        for row in ctx.service(Referrals).for_request(request_id):
            if row.loop_closed_on is None:
                text = (f"{format_date(row.referred_on)}  {partners.get(row.partner_id, '')}  "
                        f"({referral_reason_text(row.reason_code, row.reason)})")
                self.referral.addItem(text, row.id)
                self.referral.setItemData(self.referral.count() - 1, rich_tip(text), Qt.ItemDataRole.ToolTipRole)
        self.referral.currentIndexChanged.connect(self.show_whole)
        self.show_whole()
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

    def show_whole(self) -> None:
        """The referral chosen, whole, in the field's tooltip: the field cuts a long explanation."""
        self.referral.setToolTip(self.referral.currentData(Qt.ItemDataRole.ToolTipRole) or "")

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
