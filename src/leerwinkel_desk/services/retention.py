"""Retention: requests closed longer than the retention period are anonymised, after a preview.

A request closed more than `years` ago loses its free texts (question, notes, summaries...);
when all of a client's requests are past the period, the client is erased (see erasure.py).
The figures keep counting: tiers, phases, outcomes, dates and minutes stay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, update

from leerwinkel_desk.domain.enums import Phase
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.erasure import FREE_TEXT, erase_in, scrub_files
from leerwinkel_desk.store.models import Client, Contact, LearningRequest

DEFAULT_YEARS = 5


@dataclass(frozen=True)
class RetentionPreview:
    """What an anonymisation run would take: request numbers and the clients erased whole."""

    cutoff: date
    requests: tuple[str, ...]
    clients: tuple[uuid.UUID, ...]


class Retention(UseCase):
    def preview(self, years: int = DEFAULT_YEARS) -> RetentionPreview:
        self._require(Permission.ERASE)
        cutoff = self._today() - timedelta(days=round(365.25 * years))
        with self._db.read() as session:
            closed_long_ago = (LearningRequest.office_id == self._actor.office_id,
                               LearningRequest.phase == Phase.CLOSED, LearningRequest.closed_on < cutoff)
            texts_left = select(Contact.id).where(
                Contact.request_id == LearningRequest.id,
                Contact.summary.is_not(None) | Contact.notes.is_not(None)).exists()
            expired = session.scalars(select(LearningRequest.request_no).where(
                *closed_long_ago,
                LearningRequest.question.is_not(None) | LearningRequest.topic.is_not(None) | texts_left,
            ).order_by(LearningRequest.request_no)).all()
            candidates = set(session.scalars(select(LearningRequest.client_id).where(
                *closed_long_ago, LearningRequest.client_id.is_not(None))))
            still_active = set(session.scalars(select(LearningRequest.client_id).where(
                LearningRequest.client_id.in_(candidates),
                (LearningRequest.phase != Phase.CLOSED) | (LearningRequest.closed_on >= cutoff))))
            live = set(session.scalars(select(Client.id).where(
                Client.id.in_(candidates - still_active), Client.deleted_at.is_(None))))
        return RetentionPreview(cutoff, tuple(expired), tuple(sorted(live)))

    def apply(self, years: int = DEFAULT_YEARS) -> RetentionPreview:
        """Anonymise what the preview shows, in one transaction."""
        plan = self.preview(years)
        now = self._now()
        with self._db.write() as session:
            ids = list(session.scalars(select(LearningRequest.id).where(
                LearningRequest.office_id == self._actor.office_id,
                LearningRequest.request_no.in_(plan.requests))))
            for model, fields in FREE_TEXT.items():
                owner = model.id if model is LearningRequest else model.request_id
                session.execute(update(model).where(owner.in_(ids)).values(dict.fromkeys(fields)))
            for client_id in plan.clients:
                erase_in(session, self._db, self._actor, client_id, now)
            audit.record(session, self._actor, now, "retention.apply", "learning_request", None,
                         ("requests", "clients"))
        scrub_files(self._db)
        return plan
