"""Registering clients and finding them again by name, dossier number, phone or e-mail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Select, select

from leerwinkel_desk.domain.enums import DutchLevel, Gender, Qualification, SocialStatus
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, looks_like_number
from leerwinkel_desk.domain.text import fold, name_key, phone_key
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.context import Actor, Clock, local_today
from leerwinkel_desk.services.numbering import next_number
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Client


@dataclass(frozen=True)
class ClientInput:
    """What a counsellor types to register a client; only a name is required."""

    first_name: str
    last_name: str
    birth_date: date | None = None
    gender: Gender | None = None
    phone: str | None = None
    email: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    highest_qualification: Qualification | None = None
    status: SocialStatus | None = None
    dutch_level: DutchLevel | None = None


@dataclass(frozen=True)
class ClientRow:
    """A client as lists and search results show it."""

    id: uuid.UUID
    dossier_no: str
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    phone: str | None
    email: str | None
    municipality: str | None


def _row(client: Client) -> ClientRow:
    return ClientRow(
        client.id, client.dossier_no, client.first_name, client.last_name, client.birth_date,
        client.phone, client.email, client.municipality,
    )


def _validate(data: ClientInput) -> None:
    if not data.first_name.strip() and not data.last_name.strip():
        raise InvalidValue("last_name", "required")
    if data.email and ("@" not in data.email or data.email.startswith("@")):
        raise InvalidValue("email", "format")


class Clients:
    """The client register of one office."""

    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None:
        self._db, self._clock, self._actor = db, clock, actor

    def create(self, data: ClientInput) -> ClientRow:
        _validate(data)
        now = self._clock.now()
        with self._db.write() as session:
            number = next_number(
                session, self._actor.office_id, CLIENT_PREFIX, local_today(self._clock).year
            )
            client = Client(
                office_id=self._actor.office_id,
                dossier_no=number,
                name_key=name_key(data.first_name, data.last_name),
                phone_key=phone_key(data.phone) or None,
                email_key=data.email.casefold() if data.email else None,
                created_at=now, created_by=self._actor.counsellor_id,
                updated_at=now, updated_by=self._actor.counsellor_id,
                **{f.name: getattr(data, f.name) for f in fields(data)},
            )
            session.add(client)
            session.flush()
            audit.record(
                session, self._actor, now, "client.create", "client", client.id,
                (f.name for f in fields(data) if getattr(data, f.name) is not None),
                subject_client_id=client.id,
            )
            return _row(client)

    def get(self, client_id: uuid.UUID) -> ClientRow:
        with self._db.read() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound("client", client_id)
            return _row(client)

    def search(self, text: str, limit: int = 50, offset: int = 0) -> list[ClientRow]:
        """Clients matching a dossier number, an e-mail, a phone number or the words of a name."""
        query = self._search_query(text)
        if query is None:
            return []
        with self._db.read() as session:
            clients = session.scalars(query.limit(limit).offset(offset)).all()
            return [_row(c) for c in clients]

    def _search_query(self, text: str) -> Select[tuple[Client]] | None:
        base = select(Client).where(
            Client.office_id == self._actor.office_id,
            Client.deleted_at.is_(None),
            Client.merged_into_id.is_(None),
        )
        text = text.strip()
        if not text:
            return None
        if looks_like_number(text):
            return base.where(Client.dossier_no == text.upper())
        if "@" in text:
            return base.where(Client.email_key == text.casefold())
        digits = phone_key(text)
        if len(digits) >= 6 and len(digits) >= len(text.replace(" ", "")) - 3:
            return base.where(Client.phone_key.startswith(digits, autoescape=True))
        words = fold(text).split()
        if not words:
            return None
        for word in words:
            base = base.where(Client.name_key.contains(word, autoescape=True))
        return base.order_by(Client.name_key, Client.id)
