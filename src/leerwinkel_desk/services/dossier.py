"""The whole dossier of one person, as a GDPR access request needs it."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.models import (
    AuditEvent,
    Client,
    ClientMerge,
    Consent,
    Contact,
    Contribution,
    Handover,
    LearningRequest,
    Letter,
    OptionConsidered,
    ReferralOut,
    RequestChange,
    SignalRequest,
)

EXPORT_FORMAT = "leerwinkel-desk/client-export/1"
_PER_REQUEST = {
    "changes": RequestChange, "contacts": Contact, "referrals": ReferralOut,
    "options": OptionConsidered, "contributions": Contribution, "handovers": Handover,
    "signal_links": SignalRequest,
}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _record(row: Base) -> dict[str, Any]:
    """Every column of a row, as JSON-ready values."""
    return {attr.key: _plain(getattr(row, attr.key)) for attr in sa_inspect(type(row)).column_attrs}


class Dossiers(UseCase):
    def export(self, client_id: uuid.UUID) -> dict[str, Any]:
        """Identity, requests with everything on them, consents, letters, merges and the audit events.

        Records of duplicates merged into this client are included, so nothing about the
        person is left out. The export itself is audited.
        """
        now = self._now()
        with self._db.write() as session:
            client = self._load(session, Client, client_id)
            ids = self._identities(session, client.id)
            requests = session.scalars(select(LearningRequest).where(
                LearningRequest.client_id.in_(ids)).order_by(LearningRequest.opened_on,
                                                             LearningRequest.id)).all()
            request_ids = [r.id for r in requests]
            exported_requests = []
            for request in requests:
                entry = _record(request)
                for name, model in _PER_REQUEST.items():
                    entry[name] = [_record(r) for r in session.scalars(select(model).where(
                        model.request_id == request.id).order_by(model.id))]
                exported_requests.append(entry)
            result = {
                "format": EXPORT_FORMAT,
                "exported_at": now.isoformat(),
                "client": _record(client),
                "merged_records": [_record(c) for c in session.scalars(select(Client).where(
                    Client.id.in_(ids), Client.id != client.id).order_by(Client.id))],
                "requests": exported_requests,
                "consents": [_record(c) for c in session.scalars(select(Consent).where(
                    Consent.client_id.in_(ids)).order_by(Consent.given_on, Consent.id))],
                "letters": [_record(x) for x in session.scalars(select(Letter).where(or_(
                    Letter.client_id.in_(ids), Letter.request_id.in_(request_ids))).order_by(Letter.id))],
                "merges": [_record(m) for m in session.scalars(select(ClientMerge).where(or_(
                    ClientMerge.survivor_id.in_(ids), ClientMerge.merged_id.in_(ids))).order_by(ClientMerge.id))],
            }
            audit.record(session, self._actor, now, "client.export", "client", client.id, (),
                         subject_client_id=client.id)
            session.flush()
            result["audit_events"] = [_record(e) for e in session.scalars(select(AuditEvent).where(
                or_(AuditEvent.subject_client_id.in_(ids), AuditEvent.record_id.in_(ids + request_ids))
            ).order_by(AuditEvent.at, AuditEvent.id))]
            return result

    def _identities(self, session: Session, client_id: uuid.UUID) -> list[uuid.UUID]:
        """The client and every record merged into it (following merges of merges)."""
        found, frontier = [client_id], [client_id]
        while frontier:
            frontier = list(session.scalars(select(Client.id).where(Client.merged_into_id.in_(frontier))))
            found.extend(frontier)
        return found
