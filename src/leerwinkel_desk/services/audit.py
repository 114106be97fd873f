"""The audit trail: events appended in the same transaction as the change, hash-chained per office.

Each event records who, when, what action on which record and which field names (never
values). Events are numbered per office (`seq`) and each carries the SHA-256 of the previous
event's hash and its own content, so changing or removing any event breaks the chain, which
`check` verifies. The table itself refuses UPDATE and DELETE (triggers in the migration).
A restore from a backup keeps the events made after the backup: they are appended again, in
their order, at the end of the restored chain (`events_missing_from`, `append_again`).

An enrolled laptop's chain is anchored to the sync service's chain of arrivals: after a push that
carried its events, the service answers with the head of that chain and the last event of this laptop
it holds, and the laptop appends both as a `sync.anchor` event of its own chain (`record_anchor`),
which goes up at once. `anchor_problems` then finds an anchored event that is gone or differs here;
the service checks the anchors it received against its chain (sync/server/push.py `arrival_problems`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.store.backup import audit_event_ids
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.engine import ConnectionStatements, Database, Statements
from leerwinkel_desk.store.models import AuditEvent, Office

GENESIS = "0" * 64
SYNC_ANCHOR = "sync.anchor"
ANCHOR_KEYS = ("arrival", "hash", "seq", "event")    # the service's head; the laptop's last event it holds
CHAINED = ("office_id", "seq", "at", "actor_id", "action", "entity", "record_id",
           "subject_client_id", "fields")
_TABLE = table_of(AuditEvent)


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's chained fields, in a fixed JSON form."""
    payload = json.dumps([prev_hash, *(_canonical(event.get(name)) for name in CHAINED)],
                         separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


# built once: each append reuses their compiled form (the micro-contact's budget, issue 17)
_HEAD = select(_TABLE.c.seq, _TABLE.c.hash).where(_TABLE.c.office_id == bindparam("office_id")) \
    .order_by(_TABLE.c.seq.desc()).limit(1)
_INSERT = insert(_TABLE)


def append(db: Session | Connection | Statements, events: list[dict[str, Any]]) -> None:
    """Append events (dicts of AuditEvent columns without seq/hash) to their office's chain.

    Runs inside the caller's write transaction, which holds the write lock on SQLite, so the
    last event read here is still the last one when the new ones are inserted. A session's
    pending changes are written first (as its autoflush would), then the chain is read and
    extended on its connection.
    """
    if isinstance(db, Session):
        db.flush()
        db = db.connection()
    statements = ConnectionStatements(db) if isinstance(db, Connection) else db
    last: dict[uuid.UUID, tuple[int, str]] = {}
    for event in events:
        office_id = event["office_id"]
        if office_id not in last:
            found = statements.rows(_HEAD, {"office_id": office_id})
            last[office_id] = (found[0].seq, found[0].hash) if found else (0, GENESIS)
        seq, prev_hash = last[office_id]
        event.setdefault("id", uuid7())
        event["seq"], event["prev_hash"] = seq + 1, prev_hash
        event["hash"] = event_hash(prev_hash, event)
        last[office_id] = (seq + 1, event["hash"])
    if events:
        statements.run(_INSERT, events[0] if len(events) == 1 else events)


def record(
    session: Session | Statements,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    record_id: uuid.UUID | None,
    fields: Iterable[str] = (),
    subject_client_id: uuid.UUID | None = None,
) -> None:
    """Append one audit event: who, when, what, which record, which field names (never values)."""
    append(session, [{
        "office_id": actor.office_id, "at": at, "actor_id": actor.counsellor_id, "action": action,
        "entity": entity, "record_id": record_id, "subject_client_id": subject_client_id,
        "fields": ",".join(sorted(fields)) or None,
    }])


def events_missing_from(db: Database, backup: Path, key: bytes | None) -> list[dict[str, Any]]:
    """The events of `db` that the backup file (opened with `key`) lacks, made after it was taken,
    in chain order. Empty when the backup cannot be read: the restore itself then refuses it."""
    in_backup = audit_event_ids(backup, key)
    if in_backup is None:
        return []
    with db.read() as session:
        rows = session.execute(select(_TABLE).order_by(_TABLE.c.office_id, _TABLE.c.seq)
                               .execution_options(yield_per=5000)).mappings()
        return [{name: row[name] for name in ("id", *CHAINED) if name not in ("seq",)}
                for row in rows if row["id"].hex not in in_backup]


def append_again(session: Session, events: list[dict[str, Any]]) -> None:
    """After a restore: the events made since the backup, at the end of their office's chain again.

    They keep their ids, times, actors and field names; they get new places in the chain. Events
    of an office the backup does not know are left out.
    """
    offices = set(session.scalars(select(Office.id)))
    append(session, [dict(event) for event in events if event["office_id"] in offices])


def chain_problems(session: Session) -> list[str]:
    """Where the chain is broken: a missing, inserted, changed or reordered event."""
    problems: list[str] = []
    expected: dict[uuid.UUID, tuple[int, str]] = {}
    rows = session.execute(select(_TABLE).order_by(_TABLE.c.office_id, _TABLE.c.seq)
                           .execution_options(yield_per=5000))
    for row in rows.mappings():
        seq, prev_hash = expected.get(row["office_id"], (0, GENESIS))
        if row["seq"] != seq + 1 or row["prev_hash"] != prev_hash or row["hash"] != event_hash(prev_hash, dict(row)):
            problems.append(f"audit chain: event {row['seq']} of office {row['office_id']} does not "
                            f"follow event {seq}")
            if len(problems) >= 5:
                break
        expected[row["office_id"]] = (row["seq"], row["hash"])
    return problems


def anchor_fields(anchor: dict[str, Any]) -> str:
    """An anchor as an event's `fields`: `arrival=N,hash=H,seq=S,event=E` (hashes, nothing about a person)."""
    return ",".join(f"{key}={anchor[key]}" for key in ANCHOR_KEYS)


def parse_anchor(fields: str | None) -> dict[str, str] | None:
    """The anchor an event's `fields` hold, or None when they hold none."""
    try:
        found = dict(part.split("=", 1) for part in (fields or "").split(","))
        int(found["arrival"]), int(found["seq"])
    except (ValueError, KeyError):
        return None
    return found if set(found) == set(ANCHOR_KEYS) else None


def record_anchor(session: Session, office_id: uuid.UUID, at: datetime, anchor: dict[str, Any]) -> None:
    """Append the service's answer to a push as a `sync.anchor` event of this laptop's chain."""
    append(session, [{"office_id": office_id, "at": at, "actor_id": None, "action": SYNC_ANCHOR,
                      "entity": "sync_audit", "record_id": None, "subject_client_id": None,
                      "fields": anchor_fields(anchor)}])


def anchor_problems(session: Session) -> list[str]:
    """Where this laptop's chain lost or rewrote an event the sync service holds and anchored.

    The chain alone only proves it is consistent: with the key, its tail can be cut or the chain
    made again without an event. Each anchor names the last event of this laptop the service held,
    with its hash, so that very event must still be here, unchanged (and with it every earlier one).
    """
    problems: list[str] = []
    anchors = session.execute(select(_TABLE.c.office_id, _TABLE.c.seq, _TABLE.c.fields)
                              .where(_TABLE.c.action == SYNC_ANCHOR).order_by(_TABLE.c.seq))
    for office_id, own_seq, fields in anchors:
        anchor = parse_anchor(fields)
        if anchor is None:
            problems.append(f"audit anchor: event {own_seq} of office {office_id} cannot be read")
            continue
        seq = int(anchor["seq"])
        if seq == 0:                     # the service held no event of this laptop yet
            continue
        held = session.execute(select(_TABLE.c.hash).where(_TABLE.c.office_id == office_id,
                                                           _TABLE.c.seq == seq)).scalar()
        where = f"event {seq} of office {office_id}, held by the sync service (anchored in event {own_seq}),"
        if held is None:
            problems.append(f"audit chain: {where} is gone (the chain was cut)")
        elif held != anchor["event"]:
            problems.append(f"audit chain: {where} differs here (the chain was rewritten)")
    return problems
