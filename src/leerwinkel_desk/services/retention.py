"""Retention: requests closed longer than the retention period are anonymised, after a preview.

A request closed more than `years` ago loses its free texts (question, notes, summaries...);
when all of a client's requests are past the period, the client is erased (see erasure.py).
The figures keep counting: tiers, phases, outcomes, dates and minutes stay.

The period is the office's (default 5 years, set by a coordinator after a preview). The app
applies it by itself at every start, after the daily backup (`apply_due`), whoever signs in:
the coordinator decided the policy, the laptop carries it out; unless the computer's date looks
wrong (services/retention_hold.py): then it holds until a coordinator applies the period by hand.
A preview always shows what the next run will take.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from leerwinkel_desk.domain.enums import Phase
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit, retention_hold
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.services.erasure import clear_free_text, erase_in, scrub_files
from leerwinkel_desk.services.retention_hold import Hold
from leerwinkel_desk.store.models import Client, Contact, LearningRequest, Office

YEARS_RANGE = range(1, 31)            # the default, 5 years, is the column's (migration 0003)


@dataclass(frozen=True)
class RetentionPreview:
    """What an anonymisation run would take: request numbers and the clients erased whole."""

    cutoff: date
    requests: tuple[str, ...]
    clients: tuple[uuid.UUID, ...]


class RetentionHeld(Exception):
    """The automatic run took nothing: the computer's date looks wrong (`hold`, services/retention_hold.py)."""

    def __init__(self, hold: Hold) -> None:
        super().__init__(f"held: today {hold.today}, last trusted {hold.trusted}")
        self.hold = hold


def _check_years(years: int) -> None:
    if years not in YEARS_RANGE:
        raise InvalidValue("retention_years", "out_of_range")


class Retention(UseCase):
    def period(self) -> int:
        """The office's retention period in years."""
        with self._db.read() as session:
            return session.execute(
                select(Office.retention_years).where(Office.id == self._actor.office_id)).scalar_one()

    def set_period(self, years: int, loaded: Mapping[str, Any] | None = None) -> int:
        """Store the period the app applies at every start (coordinators; audited); returns it. `loaded`: the
        office's settings as the form showed them, by field (`retention_years`); one someone else saved
        meanwhile is not overwritten unseen (services.common.edited_fields)."""
        self._require(Permission.ERASE)
        _check_years(years)
        with self._db.write() as session:
            office = session.get_one(Office, self._actor.office_id)
            if not edited_fields(office, {"retention_years": years}, loaded):
                return years
            office.retention_years = years
            audit.record(session, self._actor, self._now(), "retention.period", "office", office.id,
                         ("retention_years",))
        return years

    def preview(self, years: int | None = None) -> RetentionPreview:
        """What a run with `years` (default: the office's period) would anonymise and erase."""
        self._require(Permission.ERASE)
        return self._plan(self.period() if years is None else years)

    def apply(self, years: int | None = None) -> RetentionPreview:
        """Anonymise what the preview shows now (coordinators), in one transaction. It confirms today's date:
        a hold of the automatic run ends (services/retention_hold.py)."""
        self._require(Permission.ERASE)
        done = self._apply(self._plan(self.period() if years is None else years), "retention.apply")
        retention_hold.ran(self._db, self._today(), by_hand=True)
        return done

    def apply_due(self) -> RetentionPreview:
        """The automatic run at start: the office's own period, for whoever is signed in. RetentionHeld, and
        nothing taken, while the computer's date looks wrong (services/retention_hold.py)."""
        today = self._today()
        hold = retention_hold.check(self._db, today)
        if hold is not None:
            raise RetentionHeld(hold)
        done = self._apply(self._plan(self.period()), "retention.auto")
        retention_hold.ran(self._db, today)
        return done

    def held(self) -> Hold | None:
        """The hold of the automatic run, when it holds (shown where the period is; coordinators)."""
        self._require(Permission.ERASE)
        return retention_hold.held(self._db, self._today())

    def _plan(self, years: int) -> RetentionPreview:
        _check_years(years)
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

    def _apply(self, plan: RetentionPreview, action: str) -> RetentionPreview:
        if not plan.requests and not plan.clients:
            return plan
        now = self._now()
        with self._db.write() as session:
            ids = list(session.scalars(select(LearningRequest.id).where(
                LearningRequest.office_id == self._actor.office_id,
                LearningRequest.request_no.in_(plan.requests))))
            clear_free_text(session, ids)
            for client_id in plan.clients:
                erase_in(session, self._db, self._actor, client_id, now)
            audit.record(session, self._actor, now, action, "learning_request", None,
                         ("requests", "clients"))
        scrub_files(self._db)
        return plan
