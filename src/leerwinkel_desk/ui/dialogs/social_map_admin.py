"""Ctrl+Shift+S (coordinators): the social map kept up to date — partner organisations and the people there."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.services.social_map import PartnerContactRow, PartnerRow, SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.reference_base import ReferenceDialog, text_or_none
from leerwinkel_desk.ui.texts import enum_label, partner_label
from leerwinkel_desk.ui.widgets import EnumCombo


class PartnersDialog(ReferenceDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._map = ctx.service(SocialMap)
        self.setWindowTitle(self.tr("Sociale kaart beheren"))
        self.name, self.municipality, self.phone, self.email = (QLineEdit() for _ in range(4))
        self.org_type = EnumCombo(OrganisationType, ((t, enum_label(t)) for t in OrganisationType))
        self.form.addRow(self.tr("N&aam"), self.name)
        self.form.addRow(self.tr("&Soort"), self.org_type)
        self.form.addRow(self.tr("&Gemeente"), self.municipality)
        self.form.addRow(self.tr("&Telefoon"), self.phone)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.contacts_button = QPushButton(self.tr("&Contactpersonen…"))
        self.extra_buttons.insertWidget(3, self.contacts_button)
        self.contacts_button.clicked.connect(self.edit_contacts)
        self.first_field = self.name
        self.reload()

    def rows(self) -> list[PartnerRow]:
        return self._map.partners()

    def label(self, row: PartnerRow) -> str:
        return partner_label(row.name, row.org_type)

    def fill(self, row: PartnerRow | None) -> None:
        self.name.setText(row.name if row else "")
        self.org_type.select(row.org_type if row else OrganisationType.OTHER)
        self.municipality.setText(row.municipality or "" if row else "")
        self.phone.setText(row.phone or "" if row else "")
        self.email.setText(row.email or "" if row else "")
        self.contacts_button.setEnabled(row is not None)

    def store(self) -> PartnerRow:
        values = (self.name.text(), self.org_type.value() or OrganisationType.OTHER,
                  text_or_none(self.municipality.text()), text_or_none(self.phone.text()),
                  text_or_none(self.email.text()))
        if self.chosen is None:
            return self._map.add_partner(*values)
        return self._map.update_partner(self.chosen, *values, loaded=self.loaded)

    def retire(self, row_id: uuid.UUID) -> None:
        self._map.retire_partner(row_id)

    def saved_text(self) -> str:
        return self.tr("Partner bewaard: {name}").format(name=self.name.text().strip())

    def focus_fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "municipality": self.municipality, "phone": self.phone, "email": self.email}

    def edit_contacts(self) -> None:
        partner = self.chosen
        if partner is not None:
            self.open_child(lambda: ContactsDialog(self._ctx, partner, self.name.text(), self))


class ContactsDialog(ReferenceDialog):
    """The people at one partner."""

    def __init__(self, ctx: DeskContext, partner_id: uuid.UUID, partner_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._map, self._partner_id = ctx.service(SocialMap), partner_id
        self.setWindowTitle(self.tr("Contactpersonen bij {partner}").format(partner=partner_name))
        self.full_name, self.function, self.phone, self.email = (QLineEdit() for _ in range(4))
        self.form.addRow(self.tr("N&aam"), self.full_name)
        self.form.addRow(self.tr("&Functie"), self.function)
        self.form.addRow(self.tr("&Telefoon"), self.phone)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.first_field = self.full_name
        self.reload()

    def rows(self) -> list[PartnerContactRow]:
        return self._map.contacts(self._partner_id)

    def label(self, row: PartnerContactRow) -> str:
        return row.full_name + (f" — {row.function}" if row.function else "")

    def fill(self, row: PartnerContactRow | None) -> None:
        self.full_name.setText(row.full_name if row else "")
        self.function.setText(row.function or "" if row else "")
        self.phone.setText(row.phone or "" if row else "")
        self.email.setText(row.email or "" if row else "")

    def store(self) -> PartnerContactRow:
        values = (self.full_name.text(), text_or_none(self.function.text()), text_or_none(self.phone.text()),
                  text_or_none(self.email.text()))
        if self.chosen is None:
            return self._map.add_contact(self._partner_id, *values)
        return self._map.update_contact(self.chosen, *values, loaded=self.loaded)

    def retire(self, row_id: uuid.UUID) -> None:
        self._map.retire_contact(row_id)

    def saved_text(self) -> str:
        return self.tr("Contactpersoon bewaard: {name}").format(name=self.full_name.text().strip())

    def focus_fields(self) -> dict[str, QWidget]:
        return {"full_name": self.full_name, "function": self.function, "phone": self.phone, "email": self.email}
