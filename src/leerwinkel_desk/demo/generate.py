"""The demo generation: one write transaction that adds the office (if needed) and its case load.

The same (clients, seed, until) on the same database always gives the same rows, keys included
(see `run`). Rows go in with Core bulk inserts inside one write transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from leerwinkel_desk.demo.casework import Casework
from leerwinkel_desk.demo.office import ensure_office, load_refs
from leerwinkel_desk.demo.population import write_clients
from leerwinkel_desk.demo.run import DemoRun, utc
from leerwinkel_desk.demo.second_line import write_second_line, write_signals
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services import audit
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import AuditEvent, Office


@dataclass(frozen=True)
class DemoSummary:
    """What one generation added: the office and the number of rows per kind."""

    office_id: uuid.UUID
    clients: int
    requests: int
    contacts: int
    planned_sessions: int
    referrals_out: int
    options_considered: int
    consents: int
    handovers: int
    contributions: int
    second_line_activities: int
    signals: int


DEMO_ACTION = "demo.generate"       # the audit event every demo run leaves


def holds_only_demo(db: Database) -> bool:
    """Whether demo data may be added here: the database holds no office yet, or the demo's (it has a
    demo run in its audit trail). An office's own database never gets made-up clients in its figures."""
    with db.read() as session:
        if session.scalar(select(Office.id).limit(1)) is None:
            return True
        return session.scalar(select(AuditEvent.id).where(AuditEvent.action == DEMO_ACTION).limit(1)) is not None


def generate_demo(db: Database, clients: int, seed: int, until: date) -> DemoSummary:
    """Add `clients` demo clients with their requests and casework over the two years up to `until`.

    On a database without an office the demo office, its staff, lokets, social map and catalogue
    are made first; otherwise the single office's own are used (and completed where missing).
    """
    if clients < 0:
        raise InvalidValue("clients", "negative")
    with db.write() as session:
        run = DemoRun(session, clients, seed, until)
        office_id = ensure_office(run)
        refs = load_refs(run, office_id)
        plans = write_clients(run, refs)
        casework = Casework(run, refs)
        casework.write_requests(plans)
        records = casework.records
        write_second_line(run, refs)
        write_signals(run, refs, records.client_request_days, records.client_request_ids)
        run.writer.flush()
        audit.append(session, [{
            "id": run.new_id(run.now), "office_id": office_id, "at": utc(run.now),
            "actor_id": refs.coordinator_id, "action": DEMO_ACTION, "entity": "office",
            "record_id": office_id, "subject_client_id": None, "fields": None,
        }])
        counts = run.writer.counts
        return DemoSummary(
            office_id=office_id, clients=counts["client"], requests=counts["learning_request"],
            contacts=counts["contact"], planned_sessions=records.planned_sessions,
            referrals_out=counts["referral_out"], options_considered=counts["option_considered"],
            consents=counts["consent"], handovers=counts["handover"],
            contributions=counts["contribution"],
            second_line_activities=counts["second_line_activity"], signals=counts["signal"],
        )
