"""The social map (sociale kaart): partner organisations and the people there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, checked_texts
from leerwinkel_desk.store.models import PartnerContact, PartnerOrganisation


@dataclass(frozen=True)
class PartnerRow:
    id: uuid.UUID
    name: str
    org_type: OrganisationType
    municipality: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class PartnerContactRow:
    id: uuid.UUID
    partner_id: uuid.UUID
    full_name: str
    function: str | None
    phone: str | None
    email: str | None


def partner_row(p: PartnerOrganisation) -> PartnerRow:
    return PartnerRow(id=p.id, name=p.name, org_type=p.org_type, municipality=p.municipality, phone=p.phone,
                      email=p.email)


def contact_row(c: PartnerContact) -> PartnerContactRow:
    return PartnerContactRow(id=c.id, partner_id=c.partner_id, full_name=c.full_name, function=c.function,
                             phone=c.phone, email=c.email)


def _partner_texts(name: str, municipality: str | None, phone: str | None, email: str | None) \
        -> dict[str, str | None]:
    return checked_texts(PartnerOrganisation, {"name": name, "municipality": municipality, "phone": phone,
                                               "email": email}, required=("name",))


def _contact_texts(full_name: str, function: str | None, phone: str | None, email: str | None) \
        -> dict[str, str | None]:
    return checked_texts(PartnerContact, {"full_name": full_name, "function": function, "phone": phone,
                                          "email": email}, required=("full_name",))


class SocialMap(UseCase):
    """Refused (InvalidValue): a partner or person without a name, a text longer than its column, an e-mail
    or phone not of its shape (services.common.checked_texts)."""

    def add_partner(self, name: str, org_type: OrganisationType, municipality: str | None = None,
                    phone: str | None = None, email: str | None = None) -> PartnerRow:
        self._require(Permission.MANAGE_PARTNERS)
        texts = _partner_texts(name, municipality, phone, email)
        now = self._now()
        with self._db.write() as session:
            partner = self._new(PartnerOrganisation(org_type=org_type, **texts), now)
            session.add(partner)
            session.flush()
            audit.record(session, self._actor, now, "partner.create", "partner_organisation",
                         partner.id, ("name", "org_type"))
            return partner_row(partner)

    def add_contact(self, partner_id: uuid.UUID, full_name: str, function: str | None = None,
                    phone: str | None = None, email: str | None = None) -> PartnerContactRow:
        self._require(Permission.MANAGE_PARTNERS)
        texts = _contact_texts(full_name, function, phone, email)
        now = self._now()
        with self._db.write() as session:
            self._load(session, PartnerOrganisation, partner_id)
            contact = self._new(PartnerContact(partner_id=partner_id, **texts), now)
            session.add(contact)
            session.flush()
            audit.record(session, self._actor, now, "partner_contact.create", "partner_contact",
                         contact.id, ("full_name", "function"))
            return contact_row(contact)

    def update_partner(self, partner_id: uuid.UUID, name: str, org_type: OrganisationType,
                       municipality: str | None = None, phone: str | None = None,
                       email: str | None = None, loaded: PartnerRow | None = None) -> PartnerRow:
        """Correct a partner; with `loaded` (the row the form showed) only what the form changed, and never a
        field someone else saved meanwhile unseen (services.common.edited_fields)."""
        return partner_row(self._edit(Permission.MANAGE_PARTNERS, PartnerOrganisation, partner_id, {
            "org_type": org_type, **_partner_texts(name, municipality, phone, email)}, loaded))

    def retire_partner(self, partner_id: uuid.UUID) -> None:
        """Off the social map for new work; referrals, consents and letters that named it keep it."""
        self._retire(Permission.MANAGE_PARTNERS, PartnerOrganisation, partner_id)

    def update_contact(self, contact_id: uuid.UUID, full_name: str, function: str | None = None,
                       phone: str | None = None, email: str | None = None,
                       loaded: PartnerContactRow | None = None) -> PartnerContactRow:
        """Correct a contact person; `loaded` as for `update_partner`."""
        return contact_row(self._edit(Permission.MANAGE_PARTNERS, PartnerContact, contact_id,
                                      _contact_texts(full_name, function, phone, email), loaded))

    def retire_contact(self, contact_id: uuid.UUID) -> None:
        self._retire(Permission.MANAGE_PARTNERS, PartnerContact, contact_id)

    def partners(self, text: str = "", org_type: OrganisationType | None = None,
                 include_retired: bool = False) -> list[PartnerRow]:
        """Partners whose name or municipality contains the words typed (type-ahead), by name as a person
        reads it (case and accents aside: "Centrum" before "CVO"); retired partners only when asked (to name
        them on the records that used them)."""
        words = fold(text).split()
        with self._db.read() as session:
            query = select(PartnerOrganisation).where(
                PartnerOrganisation.office_id == self._actor.office_id,
                PartnerOrganisation.deleted_at.is_(None),
            ).order_by(PartnerOrganisation.name, PartnerOrganisation.id)
            if not include_retired:
                query = query.where(PartnerOrganisation.retired_on.is_(None))
            if org_type is not None:
                query = query.where(PartnerOrganisation.org_type == org_type)
            rows = [partner_row(p) for p in session.scalars(query)]
        rows.sort(key=lambda p: fold(p.name))      # stable: the same name stays in the order of its id
        return [p for p in rows if all(w in fold(f"{p.name} {p.municipality or ''}") for w in words)]

    def partner_names(self) -> dict[uuid.UUID, str]:
        """Every partner's name by id, the retired too (to name them on the records that used them)."""
        with self._db.read() as session:
            return {partner_id: name for partner_id, name in session.execute(
                select(PartnerOrganisation.id, PartnerOrganisation.name).where(
                    PartnerOrganisation.office_id == self._actor.office_id,
                    PartnerOrganisation.deleted_at.is_(None)))}

    def contacts(self, partner_id: uuid.UUID) -> list[PartnerContactRow]:
        with self._db.read() as session:
            rows = session.scalars(select(PartnerContact).where(
                PartnerContact.partner_id == partner_id, PartnerContact.deleted_at.is_(None),
                PartnerContact.retired_on.is_(None),
            ).order_by(PartnerContact.full_name, PartnerContact.id))
            return [contact_row(c) for c in rows]
