"""The client contribution for a trajectory: the office's hourly amount, the fee rule applied with the
exemption the client's status gives, recorded on the request; and what a receipt shows."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.enums import Exemption, Tier
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.domain.fees import PaidBy, contribution, exemption_for
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.services.letter_content import OfficeHeading, office_heading
from leerwinkel_desk.store.models import Client, Contribution, LearningRequest, Office


@dataclass(frozen=True)
class ContributionRow:
    id: uuid.UUID
    request_id: uuid.UUID
    hourly_rate: Decimal
    hours: Decimal
    exemption: Exemption | None
    career_voucher: bool
    amount: Decimal
    paid_by: PaidBy


@dataclass(frozen=True)
class ContributionTerms:
    """What the form shows before anything is recorded: the tier, the office's amount, the status's exemption."""

    tier: Tier
    hourly_rate: Decimal | None         # None: no coordinator set the office's amount yet
    status_exemption: Exemption | None


@dataclass(frozen=True)
class Receipt:
    """What the client takes home: no name, no status, no ground of exemption (minimal personal data)."""

    office: OfficeHeading
    request_no: str
    recorded_on: date
    hours: Decimal
    hourly_rate: Decimal
    amount: Decimal
    paid_by: PaidBy


def _row(c: Contribution) -> ContributionRow:
    return ContributionRow(id=c.id, request_id=c.request_id, hourly_rate=c.hourly_rate, hours=c.hours,
                           exemption=c.exemption, career_voucher=c.career_voucher, amount=c.amount,
                           paid_by=c.paid_by)


class Contributions(UseCase):
    def office_rate(self) -> Decimal | None:
        """The hourly amount a tier-3 client contributes at this office (None: not set yet)."""
        with self._db.read() as session:
            return session.scalar(select(Office.hourly_contribution).where(Office.id == self._actor.office_id))

    def set_office_rate(self, amount: Decimal, loaded: Mapping[str, Any] | None = None) -> None:
        """A coordinator sets the office's hourly amount (the government's figure). `loaded`: the office's
        settings as the form showed them, by field (`hourly_contribution`); one someone else saved meanwhile
        is not overwritten unseen (services.common.edited_fields)."""
        self._require(Permission.MANAGE_OFFICE)
        if amount < 0:
            raise InvalidValue("hourly_rate", "negative")
        now = self._now()
        with self._db.write() as session:
            office = session.get(Office, self._actor.office_id)
            if office is None:
                raise NotFound("office", self._actor.office_id)
            if not edited_fields(office, {"hourly_contribution": amount}, loaded):
                return
            office.hourly_contribution = amount
            audit.record(session, self._actor, now, "office.hourly_contribution", "office", office.id,
                         ("hourly_contribution",))

    def terms(self, request_id: uuid.UUID) -> ContributionTerms:
        with self._db.read() as session:
            request = self._load(session, LearningRequest, request_id)
            client = session.get(Client, request.client_id) if request.client_id else None
            rate = session.scalar(select(Office.hourly_contribution).where(Office.id == self._actor.office_id))
            return ContributionTerms(request.tier, rate, exemption_for(client.status if client else None))

    def record(self, request_id: uuid.UUID, hours: Decimal, hourly_rate: Decimal | None = None,
               exemption: Exemption | None = None, career_voucher: bool = False) -> ContributionRow:
        """Apply the fee rule to the request's tier: tiers 1-2 free, exemptions free, vouchers pay.

        Without `hourly_rate` the office's amount applies; without `exemption` the one the client's
        status gives (job seeker, leefloon), so social correction never depends on remembering it.
        """
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            if hourly_rate is None:
                hourly_rate = session.scalar(select(Office.hourly_contribution).where(
                    Office.id == self._actor.office_id))
                if hourly_rate is None:
                    raise InvalidValue("hourly_rate", "not_set")
            if exemption is None and request.client_id is not None:
                exemption = exemption_for(self._load(session, Client, request.client_id).status)
            due = contribution(request.tier, hours, hourly_rate, exemption, career_voucher)
            row = self._new(Contribution(
                request_id=request.id, hourly_rate=hourly_rate, hours=hours, exemption=exemption,
                career_voucher=career_voucher, amount=due.amount, paid_by=due.paid_by,
            ), now)
            session.add(row)
            session.flush()
            audit.record(session, self._actor, now, "contribution.create", "contribution", row.id,
                         ("hours", "hourly_rate", "exemption", "career_voucher", "amount"),
                         subject_client_id=request.client_id)
            return _row(row)

    def for_request(self, request_id: uuid.UUID) -> list[ContributionRow]:
        with self._db.read() as session:
            rows = session.scalars(select(Contribution).where(
                Contribution.request_id == request_id, Contribution.deleted_at.is_(None),
            ).order_by(Contribution.created_at, Contribution.id))
            return [_row(c) for c in rows]

    def receipt(self, contribution_id: uuid.UUID) -> Receipt:
        with self._db.read() as session:
            row = self._load(session, Contribution, contribution_id)
            request = self._load(session, LearningRequest, row.request_id)
            return Receipt(office_heading(session, self._actor.office_id), request.request_no,
                           local_date(row.created_at), row.hours, row.hourly_rate, row.amount, row.paid_by)
