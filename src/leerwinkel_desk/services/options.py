"""Options weighed with the client: courses of the catalogue or free text (the choice is in requests).

An option added by mistake is removed as a tombstone (`deleted_at`), as every row the laptops share: the
change capture sends it as an update (store/sync_capture.py) and the service lets a delete beat an edit, so it
goes from every laptop's comparison and from the client summary, which read live options only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.rules import check_option_removable
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Course, LearningRequest, OptionConsidered


@dataclass(frozen=True)
class OptionRow:
    id: uuid.UUID
    request_id: uuid.UUID
    course_id: uuid.UUID | None
    label: str                      # the course title or the free text ("": its words erased, services/erasure.py)
    note: str | None
    considered_on: date
    chosen_on: date | None


class Options(UseCase):
    def consider(self, request_id: uuid.UUID, course_id: uuid.UUID | None = None,
                 free_text: str | None = None, note: str | None = None) -> OptionRow:
        if course_id is None and not (free_text or "").strip():
            raise InvalidValue("option", "course_or_text")
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            label = free_text or ""
            if course_id is not None:
                label = self._load(session, Course, course_id).title
            option = self._new(OptionConsidered(
                request_id=request.id, course_id=course_id, free_text=free_text, note=note,
                considered_on=self._today(),
            ), now)
            session.add(option)
            session.flush()
            audit.record(session, self._actor, now, "option.create", "option_considered", option.id,
                         ("course_id" if course_id else "free_text", *(["note"] if note else [])),
                         subject_client_id=request.client_id)
            return OptionRow(id=option.id, request_id=request.id, course_id=course_id, label=label, note=note,
                             considered_on=option.considered_on, chosen_on=None)

    def remove(self, option_id: uuid.UUID) -> None:
        """An option added by mistake out of the comparison, with its audit event; the client's choice is
        refused (`check_option_removable`)."""
        now = self._now()
        with self._db.write() as session:
            option = self._load(session, OptionConsidered, option_id)
            request = self._load(session, LearningRequest, option.request_id)
            self._require_on_request(session, request)
            check_option_removable(option.chosen_on is not None)
            option.deleted_at = now
            self._touch(option, now)
            audit.record(session, self._actor, now, "option.remove", "option_considered", option.id,
                         ("deleted_at",), subject_client_id=request.client_id)

    def for_request(self, request_id: uuid.UUID) -> list[OptionRow]:
        with self._db.read() as session:
            rows = session.execute(
                select(OptionConsidered, Course.title)
                .outerjoin(Course, Course.id == OptionConsidered.course_id)
                .where(OptionConsidered.request_id == request_id, OptionConsidered.deleted_at.is_(None))
                .order_by(OptionConsidered.considered_on, OptionConsidered.id)
            )
            return [OptionRow(id=o.id, request_id=o.request_id, course_id=o.course_id,
                              label=title or o.free_text or "", note=o.note, considered_on=o.considered_on,
                              chosen_on=o.chosen_on) for o, title in rows]
