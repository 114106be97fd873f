"""Autosaved drafts of forms, offered back after a crash, a lock or a closed laptop."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Draft


class Drafts(UseCase):
    """Drafts belong to the counsellor who typed them. Saving one is cheap: it runs every few seconds.

    The first save and the discard are audited; the keystrokes in between are not events.
    """

    def save(self, form: str, target_id: uuid.UUID | None, payload: dict[str, Any],
             subject_client_id: uuid.UUID | None = None) -> None:
        now = self._now()
        with self._db.write() as session:
            draft = self._find(session, form, target_id)
            if draft is None:
                draft = self._new(Draft(counsellor_id=self._actor.counsellor_id, form=form,
                                        target_id=target_id, subject_client_id=subject_client_id,
                                        payload=payload), now)
                session.add(draft)
                session.flush()
                audit.record(session, self._actor, now, "draft.create", "draft", draft.id,
                             sorted(payload), subject_client_id=subject_client_id)
            else:
                draft.payload = payload
                self._touch(draft, now)

    def load(self, form: str, target_id: uuid.UUID | None) -> dict[str, Any] | None:
        with self._db.read() as session:
            draft = self._find(session, form, target_id)
            return dict(draft.payload) if draft is not None else None

    def discard(self, form: str, target_id: uuid.UUID | None) -> None:
        """Drop the draft (after the real record was saved, or when the counsellor throws it away)."""
        now = self._now()
        with self._db.write() as session:
            draft = self._find(session, form, target_id)
            if draft is None:
                return
            session.execute(delete(Draft).where(Draft.id == draft.id))
            audit.record(session, self._actor, now, "draft.discard", "draft", draft.id,
                         subject_client_id=draft.subject_client_id)

    def _find(self, session: Session, form: str, target_id: uuid.UUID | None) -> Draft | None:
        query = select(Draft).where(
            Draft.office_id == self._actor.office_id, Draft.form == form,
            Draft.counsellor_id.is_(None) if self._actor.counsellor_id is None
            else Draft.counsellor_id == self._actor.counsellor_id,
            Draft.target_id.is_(None) if target_id is None else Draft.target_id == target_id,
        )
        return session.scalar(query)
