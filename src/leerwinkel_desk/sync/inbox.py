"""The conflict inbox: what the service did not take as this laptop sent it, for a person to settle.

An item shows both values, both authors and both times. "Keep mine" writes this laptop's value
again, made by the person who chose it, now (the capture trigger queues it with the service's value as
the last seen, so it applies at the next push; a client's search keys follow a new name, phone or
e-mail; a request's phase, tier or owner gets its step in the request's history, from what is in force
here). The ops it queued are noted (`KEPT`, in `sync_state`) and go up saying which field they keep, so
the colleague whose value it replaces is told (sync/server/notices.py, `kept_elsewhere`). "Take theirs"
leaves the service's value, which the pull already brought. A value of this laptop that a later arrival
replaced (`overwritten`, told by the service) can be kept the same way. Items that need no choice (a
whole op refused, a row kept under a deleted parent) are only acknowledged.

`open_items` also says whom each item is about, as far as the dossier header shows it (`About`: a
client's dossier number and name; a request's number and its client; a thing of the office by its
name), and the names of the people and things its values and authors point at (`names`), so the inbox
never shows an internal id.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from leerwinkel_desk.services import audit
from leerwinkel_desk.services.clients import keys_of
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.requests import record_change
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import LearningRequest
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.wire import column, from_wire, to_wire

_COLUMNS = ("id, kind, tbl, row_id, field, mine, theirs, my_author, my_at, their_author, their_at, reason, "
            "resolution")


CHOOSABLE = frozenset({"conflict", "overwritten"})    # a field's two values: keep mine or take theirs
KEYED = ("first_name", "last_name", "phone", "email")    # a client's search keys are made from these
NAMED = {"counsellor": "full_name", "loket": "name", "partner_organisation": "name", "partner_contact": "full_name",
         "course": "title", "provider": "name", "office": "name"}    # the things of an office, by their name


@dataclass(frozen=True)
class About:
    """Whom or what an item is about: a client's dossier number and name, a request's number (with its client's),
    or a thing of the office by its name; never more than the dossier header shows."""

    dossier_no: str | None = None
    client_name: str | None = None
    request_no: str | None = None
    thing: str | None = None


@dataclass(frozen=True)
class InboxItem:
    id: str
    kind: str                  # conflict | rejected | deleted_edited | parent_deleted | overwritten
    table: str
    row_id: str
    field: str | None
    mine: Any
    theirs: Any
    my_author: str | None
    my_at: str | None
    their_author: str | None
    their_at: str | None
    reason: str | None
    resolution: str | None
    about: About = About()
    names: Mapping[str, str] = dataclasses.field(default_factory=dict)   # whom its values point at, by hex id

    @property
    def choosable(self) -> bool:
        return self.kind in CHOOSABLE and self.field is not None


def _item(row: Any) -> InboxItem:
    values = list(row)
    for index in (5, 6):
        values[index] = json.loads(values[index]) if values[index] is not None else None
    return InboxItem(*values)


def open_items(db: Database) -> list[InboxItem]:
    """The items still to settle, each with whom it is about and the names its values point at."""
    with db.read() as session:
        rows = session.execute(text(f"SELECT {_COLUMNS} FROM sync_inbox WHERE resolved_at IS NULL "
                                    "ORDER BY arrived_at, id")).all()
        return [replace(item, about=_about(session, item), names=_names(session, item))
                for item in map(_item, rows)]


def _row(session: Session, table: str, row_id: str | None) -> Mapping[str, Any] | None:
    if not row_id or column(table, "id") is None:
        return None
    found = session.execute(text(f'SELECT * FROM "{table}" WHERE id = :id'), {"id": row_id}).mappings().first()
    return dict(found) if found is not None else None


def _about(session: Session, item: InboxItem) -> About:
    """The client (dossier number, name) and request (number) the item's row is about, from the row here or,
    when it is not here (refused when it was made), from the values sent."""
    sent = item.mine if isinstance(item.mine, dict) else {}
    source = {**sent, **(_row(session, item.table, item.row_id) or {})}
    client_id, request_id = None, None
    if item.table == "client":
        client_id = item.row_id
    elif item.table == "learning_request":
        request_id = item.row_id
    else:
        request_id = source.get("request_id")
        client_id = source.get("client_id") or source.get("subject_client_id") or source.get("survivor_id")
    request = _row(session, "learning_request", request_id)
    if request is not None:
        client_id = request["client_id"]
    client = _row(session, "client", client_id)
    if client is None and request is None:
        return About(thing=source.get(NAMED[item.table]) if item.table in NAMED else None)
    name = " ".join(part for part in (client["first_name"], client["last_name"]) if part) if client else None
    return About(client["dossier_no"] if client else None, name or None,
                 request["request_no"] if request else None)


def _names(session: Session, item: InboxItem) -> dict[str, str]:
    """The names of the colleagues and things the item's authors and values point at (by hex id)."""
    wanted: dict[str, set[str]] = {"counsellor": {a for a in (item.my_author, item.their_author) if a}}
    fields = [item.field] if item.field else list(item.mine) if isinstance(item.mine, dict) else []
    for name in fields:
        col = column(item.table, name)
        for key in (col.foreign_keys if col is not None else ()):
            target = key.column.table.name
            values = [item.mine.get(name) if isinstance(item.mine, dict) else item.mine,
                      item.theirs.get(name) if isinstance(item.theirs, dict) else item.theirs]
            if target in NAMED:
                wanted.setdefault(target, set()).update(str(v) for v in values if isinstance(v, str))
    names: dict[str, str] = {}
    for table, ids in wanted.items():
        found = session.execute(text(f'SELECT id, "{NAMED[table]}" FROM "{table}" WHERE id IN '
                                     "(SELECT value FROM json_each(:ids))"), {"ids": json.dumps(sorted(ids))})
        names.update({row_id: label for row_id, label in found if label})
    return names


KEEP_MINE_ACTION = "sync.keep_mine"


def resolve(db: Database, item_id: str, keep_mine: bool, now: datetime, actor: Actor) -> None:
    """Settle one item: keep this laptop's value (queued to go up, made by `actor` now, audited as a change of
    that field) or take the service's (the value already in force here: nothing changes)."""
    by = actor.counsellor_id
    with db.write() as session:
        row = session.execute(text(f"SELECT {_COLUMNS} FROM sync_inbox WHERE id = :id AND resolved_at IS NULL"),
                              {"id": item_id}).first()
        if row is None:
            return
        item = _item(row)
        if keep_mine and item.choosable:
            columns = {r[1] for r in session.execute(text(f'PRAGMA table_info("{item.table}")'))}
            last_op = session.execute(text("SELECT coalesce(max(op), 0) FROM sync_outbox")).scalar_one()
            if item.field is not None and item.field in columns:
                _step_kept(session, item, by, now)
                stamps = {"updated_at": to_wire(item.table, "updated_at", now),
                          "updated_by": to_wire(item.table, "updated_by", by)} if by and "updated_by" in columns else {}
                session.execute(text(f'UPDATE "{item.table}" SET "{item.field}" = :value'
                                     f'{"".join(f", {name} = :{name}" for name in stamps)} WHERE id = :id'),
                                {"value": item.mine, "id": item.row_id, **stamps})
                audit.record(session, actor, now, KEEP_MINE_ACTION, item.table, uuid.UUID(item.row_id),
                             [item.field], subject_client_id=_client_of(session, item.table, item.row_id, columns))
            if item.table == "client" and item.field in KEYED:
                names = session.execute(text(f"SELECT {', '.join(KEYED)} FROM client WHERE id = :id"),
                                        {"id": item.row_id}).mappings().first()
                if names is not None:
                    session.execute(text("UPDATE client SET name_key = :name_key, phone_key = :phone_key, "
                                         "email_key = :email_key WHERE id = :id"),
                                    {**keys_of(dict(names)), "id": item.row_id})
            queued = session.execute(text("SELECT op FROM sync_outbox WHERE op > :last AND tbl = :tbl AND "
                                          "row_id = :row_id"), {"last": last_op, "tbl": item.table,
                                                                 "row_id": item.row_id}).scalars().all()
            if queued:
                kept = kept_fields(session)
                state.put(session, **{KEPT: json.dumps({**{str(op): fields for op, fields in kept.items()},
                                                        **{str(op): [item.field] for op in queued}})})
        session.execute(text("UPDATE sync_inbox SET resolved_at = :at, resolution = :how WHERE id = :id"),
                        {"at": now.isoformat(), "how": "mine" if keep_mine and item.choosable else "theirs",
                         "id": item_id})


def _client_of(session: Session, table: str, row_id: str, columns: set[str]) -> uuid.UUID | None:
    """The client a row is about, for the audit event of a value kept in it: the client's own row, or the one
    its `client_id` or its request's names."""
    found: str | None = None
    if table == "client":
        found = row_id
    elif "client_id" in columns:
        found = session.execute(text(f'SELECT client_id FROM "{table}" WHERE id = :id'), {"id": row_id}).scalar()
    elif "request_id" in columns:
        found = session.execute(text(f'SELECT r.client_id FROM "{table}" t JOIN learning_request r '
                                     "ON r.id = t.request_id WHERE t.id = :id"), {"id": row_id}).scalar()
    return uuid.UUID(found) if found else None


KEPT = "kept_ops"      # sync_state: the queued ops a "keep mine" made, with the field each keeps (JSON)
HISTORY = {"phase": "phase", "tier": "tier", "owner_id": "owner"}    # a request's fields with a step in its history


def kept_fields(session: Session) -> dict[int, list[str]]:
    """The queued ops that keep a value chosen in the inbox, and the field each keeps (they go up saying so)."""
    value = session.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": KEPT}).scalar()
    return {int(op): fields for op, fields in json.loads(value or "{}").items()}


def forget_kept(session: Session, ops: list[int]) -> None:
    """Ops answered by the service: no longer waiting to say what they keep."""
    kept = kept_fields(session)
    if any(op in kept for op in ops):
        left = {str(op): fields for op, fields in kept.items() if op not in ops}
        if left:
            state.put(session, **{KEPT: json.dumps(left)})
        else:
            state.forget(session, KEPT)


def _step_kept(session: Session, item: InboxItem, by: uuid.UUID | None, now: datetime) -> None:
    """A request's phase, tier or owner kept in the inbox is a step of its own in the request's history: from the
    value in force here (the office's, which its history shows) to the one kept, by whom and when it was kept."""
    if item.table != "learning_request" or item.field not in HISTORY:
        return
    request = session.get(LearningRequest, uuid.UUID(item.row_id))
    if request is None:
        return
    kept = from_wire("learning_request", item.field, item.mine)
    before = getattr(request, item.field)
    if kept != before:
        record_change(session, request, by, now, field=HISTORY[item.field], old=before, new=kept)
        session.flush()
