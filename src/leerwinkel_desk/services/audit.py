"""Writing audit events in the same transaction as the change they describe."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.store.models import AuditEvent


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    record_id: uuid.UUID | None,
    fields: Iterable[str] = (),
    subject_client_id: uuid.UUID | None = None,
) -> None:
    """Append one audit event: who, when, what, which record, which field names (never values)."""
    session.add(
        AuditEvent(
            office_id=actor.office_id,
            at=at,
            actor_id=actor.counsellor_id,
            action=action,
            entity=entity,
            record_id=record_id,
            subject_client_id=subject_client_id,
            fields=",".join(sorted(fields)) or None,
        )
    )
