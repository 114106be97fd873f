"""Referral out to a partner (VDAB, integration agency, welfare...), and closing the loop later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from leerwinkel_desk.domain.enums import ReferralReason
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Client, LearningRequest, PartnerContact, PartnerOrganisation, ReferralOut


@dataclass(frozen=True)
class ReferralRow:
    id: uuid.UUID
    request_id: uuid.UUID
    partner_id: uuid.UUID
    partner_contact_id: uuid.UUID | None
    reason_code: ReferralReason | None
    reason: str
    referred_on: date
    loop_closed_on: date | None
    happened: bool | None
    loop_note: str | None


def referral_row(r: ReferralOut) -> ReferralRow:
    return ReferralRow(id=r.id, request_id=r.request_id, partner_id=r.partner_id,
                       partner_contact_id=r.partner_contact_id, reason_code=r.reason_code, reason=r.reason,
                       referred_on=r.referred_on, loop_closed_on=r.loop_closed_on, happened=r.happened,
                       loop_note=r.loop_note)


@dataclass(frozen=True)
class OpenLoop:
    """A referral whose outcome is not known yet, with what Vandaag shows about it."""

    referral: ReferralRow
    request_no: str
    client_id: uuid.UUID | None
    person: str                     # the client's name ("" when anonymous or erased)
    owner_id: uuid.UUID | None
    partner_name: str


class Referrals(UseCase):
    def refer_out(self, request_id: uuid.UUID, partner_id: uuid.UUID, reason_code: ReferralReason, reason: str,
                  partner_contact_id: uuid.UUID | None = None) -> ReferralRow:
        """Refer the client to a partner for a reason (its code, and in words); the loop stays open."""
        if not reason.strip():
            raise InvalidValue("reason", "required")
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            self._load(session, PartnerOrganisation, partner_id)
            if partner_contact_id is not None:
                contact = self._load(session, PartnerContact, partner_contact_id)
                if contact.partner_id != partner_id:
                    raise InvalidValue("partner_contact", "other_organisation")
            referral = self._new(ReferralOut(
                request_id=request.id, partner_id=partner_id, partner_contact_id=partner_contact_id,
                reason_code=reason_code, reason=reason.strip(), referred_on=self._today(),
            ), now)
            session.add(referral)
            session.flush()
            audit.record(session, self._actor, now, "referral.create", "referral_out", referral.id,
                         ("partner_id", "reason_code", "reason"), subject_client_id=request.client_id)
            return referral_row(referral)

    def close_loop(self, referral_id: uuid.UUID, happened: bool, note: str | None = None) -> ReferralRow:
        """Did the referral happen? Closing the loop with the partner."""
        now = self._now()
        with self._db.write() as session:
            referral = self._load(session, ReferralOut, referral_id)
            self._require_on_request(session, self._load(session, LearningRequest, referral.request_id))
            if referral.loop_closed_on is not None:
                raise Conflict("referral.closed")
            referral.loop_closed_on, referral.happened, referral.loop_note = self._today(), happened, note
            self._touch(referral, now)
            request = self._load(session, LearningRequest, referral.request_id)
            audit.record(session, self._actor, now, "referral.close_loop", "referral_out", referral.id,
                         ("loop_closed_on", "happened", *(["loop_note"] if note else [])),
                         subject_client_id=request.client_id)
            return referral_row(referral)

    def open_loops(self, owner_id: uuid.UUID | None = None, limit: int | None = None) -> list[OpenLoop]:
        """Referrals whose outcome is not known yet, oldest first (on `owner_id`'s requests, or all), but none of
        an erased client (its loop stays open: services/erasure.py's `work_ended`); with
        `limit`, the first so many, the signed-in person's own first (Vandaag: see Agenda.day)."""
        with self._db.read() as session:
            query = select(ReferralOut, LearningRequest, Client.first_name, Client.last_name,
                           PartnerOrganisation.name).join(
                LearningRequest, LearningRequest.id == ReferralOut.request_id).join(
                PartnerOrganisation, PartnerOrganisation.id == ReferralOut.partner_id).outerjoin(
                Client, Client.id == LearningRequest.client_id).where(
                ReferralOut.office_id == self._actor.office_id, ReferralOut.deleted_at.is_(None),
                ReferralOut.loop_closed_on.is_(None), LearningRequest.deleted_at.is_(None),
                or_(LearningRequest.client_id.is_(None), Client.deleted_at.is_(None)),   # nobody asks after the erased
            ).order_by(ReferralOut.referred_on, ReferralOut.id)
            if owner_id is not None:
                query = query.where(LearningRequest.owner_id == owner_id)
            rows = (session.execute(query) if limit is None
                    else self._own_first(session, query, LearningRequest.owner_id, limit, lambda r: r[0].id))
            return [OpenLoop(referral_row(r), request.request_no, request.client_id,
                             " ".join(part for part in (first, last) if part), request.owner_id, partner)
                    for r, request, first, last, partner in rows]

    def for_request(self, request_id: uuid.UUID) -> list[ReferralRow]:
        with self._db.read() as session:
            rows = session.scalars(select(ReferralOut).where(
                ReferralOut.request_id == request_id, ReferralOut.deleted_at.is_(None),
            ).order_by(ReferralOut.referred_on, ReferralOut.id))
            return [referral_row(r) for r in rows]
