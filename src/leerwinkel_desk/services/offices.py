"""The office the app works for: creating it, finding it, and setting up its staff and loketten."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.logins import check_login
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, checked_texts
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import (
    Counsellor,
    Loket,
    Office,
    PartnerOrganisation,
)


def create_office(
    db: Database, clock: Clock, name: str, code: str, coordinator_login: str,
    coordinator_name: str,
) -> Actor:
    """Create an office with its first coordinator (what a first-run wizard does); returns that actor."""
    if not name.strip():
        raise InvalidValue("name", "required")
    if not code.strip():
        raise InvalidValue("code", "required")
    coordinator_login = check_login(coordinator_login)
    now = clock.now()
    with db.write() as session:
        office = Office(name=name, code=code.strip().upper(), created_at=now, updated_at=now)
        session.add(office)
        session.flush()
        coordinator = Counsellor(
            office_id=office.id, login=coordinator_login, full_name=coordinator_name,
            role=Role.COORDINATOR, created_at=now, updated_at=now,
        )
        session.add(coordinator)
        session.flush()
        actor = Actor(office.id, coordinator.id, Role.COORDINATOR)
        audit.record(session, actor, now, "office.create", "office", office.id, ("name", "code"))
        audit.record(session, actor, now, "counsellor.create", "counsellor", coordinator.id,
                     ("login", "full_name", "role"))
        return actor


def find_office(db: Database) -> uuid.UUID | None:
    """The office of a local database (a laptop serves one office); None before the first start."""
    with db.read() as session:
        return session.scalars(select(Office.id).order_by(Office.created_at).limit(1)).first()


def default_actor(db: Database, office_id: uuid.UUID) -> Actor:
    """The first coordinator of the office, used until accounts and login exist."""
    with db.read() as session:
        coordinator = session.execute(
            select(Counsellor.id, Counsellor.role)
            .where(Counsellor.office_id == office_id, Counsellor.role == "coordinator")
            .order_by(Counsellor.created_at)
            .limit(1)
        ).first()
    if coordinator is None:
        return Actor(office_id, None, "system")
    return Actor(office_id, coordinator.id, coordinator.role)


def office_name(db: Database, office_id: uuid.UUID) -> str:
    with db.read() as session:
        return session.scalar(select(Office.name).where(Office.id == office_id)) or ""


def office_staff(session: Session, office_id: uuid.UUID) -> list[Counsellor]:
    """Everyone working for the office (not removed), by name."""
    return list(session.scalars(select(Counsellor).where(
        Counsellor.office_id == office_id, Counsellor.deleted_at.is_(None),
    ).order_by(Counsellor.full_name, Counsellor.id)))


@dataclass(frozen=True)
class CounsellorRow:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    can_log_in: bool = True         # False: the account was closed (named on older records, given no new work)


@dataclass(frozen=True)
class LoketRow:
    id: uuid.UUID
    name: str
    host_partner_id: uuid.UUID | None
    municipality: str | None
    street: str | None = None
    postcode: str | None = None
    directions: str | None = None       # how to get there (bus, entrance, floor)


@dataclass(frozen=True)
class LoketPlace:
    """Where a loket is, beyond its name and municipality: what the appointment card prints."""

    street: str | None = None
    postcode: str | None = None
    directions: str | None = None


def loket_row(loket: Loket) -> LoketRow:
    return LoketRow(loket.id, loket.name, loket.host_partner_id, loket.municipality, loket.street, loket.postcode,
                    loket.directions)


def _loket_texts(name: str, municipality: str | None, place: LoketPlace) -> dict[str, str | None]:
    """A loket's name and place as kept (services.common.checked_texts); an address (a street or a
    postcode) needs its municipality, or the appointment card sends people to half an address."""
    values = checked_texts(Loket, {"name": name, "municipality": municipality, "street": place.street,
                                   "postcode": place.postcode, "directions": place.directions}, required=("name",))
    if (values["street"] or values["postcode"]) and values["municipality"] is None:
        raise InvalidValue("municipality", "required")
    return values


class OfficeSetup(UseCase):
    """A coordinator's set-up of the office: its staff and its loketten."""

    def add_counsellor(self, login: str, full_name: str, role: Role) -> CounsellorRow:
        self._require(Permission.MANAGE_OFFICE)
        login = check_login(login)
        if not full_name.strip():
            raise InvalidValue("full_name", "required")
        now = self._now()
        with self._db.write() as session:
            taken = session.scalar(select(Counsellor.id).where(
                Counsellor.office_id == self._actor.office_id, Counsellor.login == login))
            if taken is not None:
                raise InvalidValue("login", "taken")
            counsellor = self._new(Counsellor(login=login, full_name=full_name, role=role), now)
            session.add(counsellor)
            session.flush()
            audit.record(session, self._actor, now, "counsellor.create", "counsellor",
                         counsellor.id, ("login", "full_name", "role"))
            return CounsellorRow(counsellor.id, login, full_name, role)

    def add_loket(self, name: str, municipality: str | None = None,
                  host_partner_id: uuid.UUID | None = None, place: LoketPlace = LoketPlace()) -> LoketRow:
        self._require(Permission.MANAGE_OFFICE)
        texts = _loket_texts(name, municipality, place)
        now = self._now()
        with self._db.write() as session:
            if host_partner_id is not None:
                self._load(session, PartnerOrganisation, host_partner_id)
            loket = self._new(Loket(host_partner_id=host_partner_id, **texts), now)
            session.add(loket)
            session.flush()
            audit.record(session, self._actor, now, "loket.create", "loket", loket.id, ("name",))
            return loket_row(loket)

    def update_loket(self, loket_id: uuid.UUID, name: str, municipality: str | None = None,
                     host_partner_id: uuid.UUID | None = None, place: LoketPlace = LoketPlace(),
                     loaded: LoketRow | None = None) -> LoketRow:
        """Correct a loket; with `loaded` (the row the form showed) only what the form changed, and never a
        field someone else saved meanwhile unseen (services.common.edited_fields)."""
        loket = self._edit(Permission.MANAGE_OFFICE, Loket, loket_id, {
            "host_partner_id": host_partner_id, **_loket_texts(name, municipality, place)}, loaded)
        return loket_row(loket)

    def retire_loket(self, loket_id: uuid.UUID) -> None:
        """No new sessions or zitdagen there; sessions held there keep their loket."""
        self._edit(Permission.MANAGE_OFFICE, Loket, loket_id, {"active": False})

    def staff_names(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """The names of these people of the office (not removed), by id: only those a screen names,
        two columns (a dossier read the whole staff, hundreds of rows in a large office, to name a few)."""
        with self._db.read() as session:
            return {person_id: name for person_id, name in session.execute(
                select(Counsellor.id, Counsellor.full_name).where(
                    Counsellor.id.in_(set(ids)), Counsellor.office_id == self._actor.office_id,
                    Counsellor.deleted_at.is_(None)))}

    def counsellors(self) -> list[CounsellorRow]:
        with self._db.read() as session:
            return [CounsellorRow(c.id, c.login, c.full_name, c.role, c.can_log_in)
                    for c in office_staff(session, self._actor.office_id)]

    def lokets(self, include_retired: bool = False) -> list[LoketRow]:
        """The lokets in use (and the retired ones when asked, to name them on older records)."""
        with self._db.read() as session:
            query = select(Loket).where(
                Loket.office_id == self._actor.office_id, Loket.deleted_at.is_(None),
            ).order_by(Loket.name, Loket.id)
            if not include_retired:
                query = query.where(Loket.active.is_(True))
            rows = session.scalars(query)
            return [loket_row(x) for x in rows]
