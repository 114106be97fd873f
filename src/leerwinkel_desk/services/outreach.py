"""Work beyond the single client: second-line support to partner staff and signals to policy."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from leerwinkel_desk.domain.enums import SecondLineKind, SignalKind, SignalTheme
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import (
    LearningRequest,
    PartnerOrganisation,
    SecondLineActivity,
    Signal,
    SignalRequest,
)


@dataclass(frozen=True)
class SecondLineRow:
    id: uuid.UUID
    kind: SecondLineKind
    partner_id: uuid.UUID | None
    topic: str
    held_on: date
    minutes: int | None
    participants: int | None


@dataclass(frozen=True)
class SignalRow:
    id: uuid.UUID
    kind: SignalKind
    theme: SignalTheme
    region: str | None
    description: str
    raised_on: date
    request_ids: tuple[uuid.UUID, ...]


class Outreach(UseCase):
    def log_second_line(self, kind: SecondLineKind, topic: str, held_on: date,
                        partner_id: uuid.UUID | None = None, minutes: int | None = None,
                        participants: int | None = None) -> SecondLineRow:
        """An information session for partner staff, or a question of a partner counsellor answered."""
        self._require(Permission.SECOND_LINE)
        if not topic.strip():
            raise InvalidValue("topic", "required")
        if minutes is not None and not 0 <= minutes <= 600:
            raise InvalidValue("minutes", "range")
        if participants is not None and participants < 0:
            raise InvalidValue("participants", "range")
        now = self._now()
        with self._db.write() as session:
            if partner_id is not None:
                self._load(session, PartnerOrganisation, partner_id)
            row = self._new(SecondLineActivity(
                kind=kind, partner_id=partner_id, counsellor_id=self._actor.counsellor_id,
                topic=topic, held_on=held_on, minutes=minutes, participants=participants,
            ), now)
            session.add(row)
            session.flush()
            audit.record(session, self._actor, now, "second_line.create", "second_line_activity",
                         row.id, ("kind", "topic", "held_on"))
            return SecondLineRow(id=row.id, kind=kind, partner_id=partner_id, topic=topic, held_on=held_on,
                                 minutes=minutes, participants=participants)

    def second_line(self, start: date, end: date) -> list[SecondLineRow]:
        with self._db.read() as session:
            rows = session.scalars(select(SecondLineActivity).where(
                SecondLineActivity.office_id == self._actor.office_id,
                SecondLineActivity.deleted_at.is_(None),
                SecondLineActivity.held_on.between(start, end),
            ).order_by(SecondLineActivity.held_on, SecondLineActivity.id))
            return [SecondLineRow(id=r.id, kind=r.kind, partner_id=r.partner_id, topic=r.topic,
                                  held_on=r.held_on, minutes=r.minutes, participants=r.participants)
                    for r in rows]

    def raise_signal(self, kind: SignalKind, theme: SignalTheme, description: str,
                     region: str | None = None,
                     request_ids: tuple[uuid.UUID, ...] = ()) -> SignalRow:
        """A gap in the offer or a barrier (e.g. losing a benefit when starting a course)."""
        self._require(Permission.SECOND_LINE)
        if not description.strip():
            raise InvalidValue("description", "required")
        now = self._now()
        with self._db.write() as session:
            signal = self._new(Signal(
                kind=kind, theme=theme, region=region, description=description,
                raised_on=self._today(), counsellor_id=self._actor.counsellor_id,
            ), now)
            session.add(signal)
            session.flush()
            for request_id in dict.fromkeys(request_ids):
                self._load(session, LearningRequest, request_id)
                session.add(self._new(SignalRequest(signal_id=signal.id, request_id=request_id), now))
            audit.record(session, self._actor, now, "signal.create", "signal", signal.id,
                         ("kind", "theme", "region", "description"))
            return SignalRow(id=signal.id, kind=kind, theme=theme, region=region, description=description,
                             raised_on=signal.raised_on, request_ids=tuple(dict.fromkeys(request_ids)))

    def signals(self, start: date, end: date) -> list[SignalRow]:
        with self._db.read() as session:
            signals = session.scalars(select(Signal).where(
                Signal.office_id == self._actor.office_id, Signal.deleted_at.is_(None),
                Signal.raised_on.between(start, end),
            ).order_by(Signal.raised_on, Signal.id)).all()
            links: dict[uuid.UUID, list[uuid.UUID]] = {}
            for link in session.scalars(select(SignalRequest).where(
                    SignalRequest.signal_id.in_([s.id for s in signals]),
                    SignalRequest.deleted_at.is_(None)).order_by(SignalRequest.id)):
                links.setdefault(link.signal_id, []).append(link.request_id)
            return [SignalRow(id=s.id, kind=s.kind, theme=s.theme, region=s.region, description=s.description,
                              raised_on=s.raised_on, request_ids=tuple(links.get(s.id, []))) for s in signals]
