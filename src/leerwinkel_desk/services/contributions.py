"""The client contribution for a trajectory: the fee rule applied and recorded on the request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from leerwinkel_desk.domain.enums import Exemption
from leerwinkel_desk.domain.fees import PaidBy, contribution
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Contribution, LearningRequest


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


def _row(c: Contribution) -> ContributionRow:
    return ContributionRow(id=c.id, request_id=c.request_id, hourly_rate=c.hourly_rate, hours=c.hours,
                           exemption=c.exemption, career_voucher=c.career_voucher, amount=c.amount,
                           paid_by=c.paid_by)


class Contributions(UseCase):
    def record(self, request_id: uuid.UUID, hours: Decimal, hourly_rate: Decimal,
               exemption: Exemption | None = None, career_voucher: bool = False) -> ContributionRow:
        """Apply the fee rule to the request's tier: tiers 1-2 free, exemptions free, vouchers pay."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
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
