"""Applying a laptop's pushed ops on the central database, as the pushing person, field by field.

A push is one PostgreSQL transaction. One device's pushes take turns (a transaction-level advisory lock on
the device: two app instances on one laptop may send the same outbox at once, and the second must find the
first's answers, not apply them again). Its rows are locked next (one statement per table: `Locked`),
then its ops are looked up in `sync_applied_op` (one statement), so a batch replayed after a lost
response, or sent twice at once, gives the same answers and changes nothing; the answers are kept with one
statement at the end (and before an erasure, which scrubs the kept answers of the person). Each op is then:
- applied (possibly with inbox items: a field someone else changed meanwhile),
- rejected (a rule refused it; it goes to the laptop's conflict inbox with the reason), or
- retryable (the database was busy; it stays queued on the laptop, and the ops after it too).

Conflicts are decided per field against the value the laptop last saw, never by device clocks:
if the server still has that value, the change applies; if not, free text, tier/phase, consent and
owner keep the server's value and the laptop's goes to the inbox; any other field takes the later
arrival, and the laptop whose value it replaced is told at its next sync (notices.py); the search keys
follow the fields they are made from and are never an item. A delete (tombstone) beats an edit;
an edit of a deleted row is rejected into the inbox. Append-only rows (contacts, audit events...)
never conflict. A row created under a parent deleted meanwhile is kept and flagged. Nothing of an
erased person comes back: ops that would write their values are refused (with no values kept); their
work still to do ends here as on the laptops (services.erasure.work_ended), also work that arrives for
them later from a laptop that was offline (a request it opened is closed at once).
A merge arrives as its `client_merge` row and is carried out here (merges.py); the services' rules
on phases and consent are checked again (rules.py). Each office's audit events arrive in one chain
of arrivals; a push is answered with its head and the last event of the pushing laptop held here
(`anchor`), which the laptop anchors its own chain to. `arrival_problems` checks the chain of arrivals,
each laptop's events as they arrived (each against its own hash and the one before it), and the anchors
laptops sent back against the chain.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import psycopg
from psycopg.types.json import Json
from sqlalchemy import JSON

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.numbers import erased_marker, format_number, is_erased_marker, is_provisional, parse_number
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services.audit import CHAINED, SYNC_ANCHOR, event_hash, parse_anchor
from leerwinkel_desk.services.clients import DETAIL_FIELDS, keys_of
from leerwinkel_desk.services.erasure import FREE_TEXT, OPEN_WORK, work_ended
from leerwinkel_desk.store.base import Base, kept_value, table_of
from leerwinkel_desk.store.erased import PERSONAL_COLUMNS, cleared
from leerwinkel_desk.sync.server import merges, notices, rules, vacuum
from leerwinkel_desk.sync.server.devices import Claims, Rejected
from leerwinkel_desk.sync.wire import APPEND_ONLY, DERIVED, STAMPS, column, from_wire, goes_to_inbox, to_wire

NUMBERED = {"client": "dossier_no", "learning_request": "request_no"}
OFFICE_TABLES = frozenset({"office", "counsellor", "loket", "zitdag"})
GENESIS = "0" * 64


def push(conn: Any, claims: Claims, ops: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Every op's result, in order; the first retryable op ends the batch (the rest stay queued)."""
    results: list[dict[str, Any]] = []
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [f"push {claims.device_id}"])
    erased = {row["client_id"] for row in conn.execute("SELECT client_id FROM erasure").fetchall()}
    try:
        with conn.transaction():
            locked = Locked(conn, ops)
    except psycopg.errors.OperationalError:
        return [{"op": ops[0]["op"], "status": "retryable", "inbox": []}] if ops else []
    done = {row["op"]: row["result"] for row in conn.execute(      # after the device's lock: a twin has ended
        "SELECT op, result FROM sync_applied_op WHERE device_id = %s AND op = ANY(%s)",
        [claims.device_id, [op["op"] for op in ops]]).fetchall()}
    answered: list[dict[str, Any]] = []
    writers = notices.Writers(claims, now)
    for index, op in enumerate(ops):
        op["person"] = claims.person_id.hex
        if op["op"] in done:
            results.append(done[op["op"]])
            continue
        if op["tbl"] == "erasure":      # the answers so far are kept before the erasure scrubs them of the person
            _keep(conn, claims, answered)
        try:
            with conn.transaction():
                rules.check_act(conn, claims.device_id, op, results)
                rules.check_step(conn, claims.device_id, op, results, ops[index + 1:index + 1 + rules.STEP_OPS])
                inbox = _apply(conn, claims, op, erased, now, locked, writers)
            result = {"op": op["op"], "status": "applied", "inbox": inbox}
        except rules.NotInForce:       # its change waits in the inbox (its item says it): the laptop drops it
            result = {"op": op["op"], "status": "rejected", "inbox": []}
            _gone(conn, claims, op["tbl"], op["row_id"])
        except Rejected as refused:
            result = {"op": op["op"], "status": "rejected", "inbox": [_item(op, "rejected", refused.reason, erased)]}
            _touch(conn, op["tbl"], op["row_id"])
            if op["tbl"] == "client_merge":
                merges.touch_refused(conn, _python("client_merge", op.get("new") or {}), _touch)
        except psycopg.errors.OperationalError:
            results.append({"op": op["op"], "status": "retryable", "inbox": []})
            break
        except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as error:
            reason = getattr(error.diag, "constraint_name", None) or type(error).__name__
            result = {"op": op["op"], "status": "rejected", "inbox": [_item(op, "rejected", reason, erased)]}
        if result["status"] != "applied" or op["kind"] == "D" or op["tbl"] in ("erasure", "client_merge"):
            locked.forget()             # it may have changed other rows of the batch (cascades, merges, erasures)
        answered.append(result)
        results.append(result)
    _keep(conn, claims, answered)
    writers.keep(conn)
    return results


class Locked:
    """The batch's rows, locked at its start with one `SELECT ... WHERE id = ANY(...) ORDER BY id FOR UPDATE`
    per table. An op takes its row from here the first time the batch touches it and nothing of the batch
    may have changed it since (after a delete, a merge, an erasure or a refused op all are read again)."""

    def __init__(self, conn: Any, ops: list[dict[str, Any]]) -> None:
        self._conn = conn
        wanted: dict[str, set[uuid.UUID]] = {}
        for op in ops:
            if op["tbl"] in Base.metadata.tables and op["tbl"] != "audit_event":
                wanted.setdefault(op["tbl"], set()).add(uuid.UUID(op["row_id"]))
        self._rows: dict[tuple[str, uuid.UUID], Any] = {}
        for table in sorted(wanted):
            ids = sorted(wanted[table])
            found = {row["id"]: row for row in conn.execute(
                f'SELECT * FROM "{table}" WHERE id = ANY(%s) ORDER BY id FOR UPDATE', [ids]).fetchall()}
            self._rows.update({(table, row_id): found.get(row_id) for row_id in ids})

    def current(self, table: str, row_id: uuid.UUID) -> Any:
        key = (table, row_id)
        if key in self._rows:
            return self._rows.pop(key)  # once: the op may change it
        return self._conn.execute(f'SELECT * FROM "{table}" WHERE id = %s FOR UPDATE', [row_id]).fetchone()

    def forget(self) -> None:
        self._rows.clear()


def _keep(conn: Any, claims: Claims, answered: list[dict[str, Any]]) -> None:
    """The answers, kept for replays in one statement (and the list emptied)."""
    if answered:
        conn.execute("INSERT INTO sync_applied_op (device_id, op, office_id, result) "
                     "SELECT %s, op, %s, result FROM unnest(%s::bigint[], %s::jsonb[]) AS a(op, result)",
                     [claims.device_id, claims.office_id, [a["op"] for a in answered],
                      [Json(a) for a in answered]])
        answered.clear()


def _item(op: dict[str, Any], kind: str, reason: str, erased: set[uuid.UUID],
          field: str | None = None, mine: Any = None, theirs: Any = None, row: dict[str, Any] | None = None,
          writer: tuple[str | None, str] | None = None) -> dict[str, Any]:
    """An inbox item for the pushing laptop; about an erased person it carries no values. The other version is
    by `writer` (who made the field's value here, and when: notices.writer) when known, else by whoever changed
    `row` last."""
    values = reason != "erased"
    new = op.get("new") or {}
    table = op["tbl"]
    their_author, their_at = writer or ((to_wire(table, "updated_by", row.get("updated_by")),
                                         to_wire(table, "updated_at", row.get("updated_at"))) if row else (None, None))
    return {"kind": kind, "tbl": op["tbl"], "row_id": op["row_id"], "field": field, "reason": reason,
            "mine": json.dumps(mine if field else new) if values and (mine is not None or not field) else None,
            "theirs": json.dumps(theirs) if values and theirs is not None else None,
            "my_author": author_of(op), "my_at": new.get("updated_at") or op.get("at"),
            "their_author": their_author, "their_at": their_at}


def author_of(op: dict[str, Any]) -> str:
    """Who made an op's change: the laptop sends `updated_by` when it changed, else (`by`) whom its row named then
    (sync/client.py); an older laptop sends neither, and the person who pushes answers for it."""
    return str((op.get("new") or {}).get("updated_by") or op.get("by") or op["person"])


def edited_at(op: dict[str, Any], now: datetime) -> datetime:
    """When the laptop's person made the op's change (its own stamp, or when it was captured), never later than
    its arrival here: shown beside a value, never used to order anything (the service stamps `updated_at`)."""
    stamp = (op.get("new") or {}).get("updated_at") or op.get("at")
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return now
    return min(moment if moment.tzinfo else moment.replace(tzinfo=UTC), now)


def _touch(conn: Any, table: str, row_id: str) -> None:
    """Send the server's version of a row out again (the laptop that pushed gets it back at its pull)."""
    conn.execute("UPDATE sync_row SET txid = pg_current_xact_id(), seq = nextval('sync_row_seq') "
                 "WHERE tbl = %s AND row_id = %s", [table, uuid.UUID(row_id)])


def _gone(conn: Any, claims: Claims, table: str, row_id: str) -> None:
    """A row the laptop made that the office never takes: its next pull finds it gone (a tombstone in the change
    index), so it leaves the laptop too, without a full resync."""
    conn.execute("INSERT INTO sync_row (tbl, row_id, office_id) VALUES (%s, %s, %s) ON CONFLICT (tbl, row_id) "
                 "DO UPDATE SET txid = pg_current_xact_id(), seq = nextval('sync_row_seq')",
                 [table, uuid.UUID(row_id), claims.office_id])


def _param(table: str, name: str, value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    col = column(table, name)
    if col is not None and isinstance(col.type, JSON) and value is not None:
        return Json(value)
    return value


def _python(table: str, values: dict[str, Any]) -> dict[str, Any]:
    mapped = Base.metadata.tables[table].columns
    return {name: from_wire(table, name, value) for name, value in values.items() if name in mapped}


def _apply(conn: Any, claims: Claims, op: dict[str, Any], erased: set[uuid.UUID], now: datetime, locked: Locked,
           writers: notices.Writers) -> list[dict[str, Any]]:
    table, kind = op["tbl"], op["kind"]
    if table not in Base.metadata.tables:
        raise Rejected("unknown_table")
    row_id = uuid.UUID(op["row_id"])
    if table == "audit_event":
        _arrive(conn, claims, op)
        return []
    if kind == "U" and set(op.get("new") or {}) <= STAMPS:
        return []                        # only the stamps moved (a change kept on the laptop, e.g. a passphrase)
    if table in OFFICE_TABLES and not allowed(claims.role, Permission.MANAGE_OFFICE):
        raise Rejected("not_allowed")
    if kind == "D":
        conn.execute(f'DELETE FROM "{table}" WHERE id = %s', [row_id])
        return []
    new = _python(table, op.get("new") or {})
    current = locked.current(table, row_id)
    if table == "erasure":
        return _erasure(conn, claims, new, now)
    if table == "client_merge" and kind == "I" and current is None:
        merges.merge(conn, claims, new, erased, now)
        return []
    if table == "client_merge" and new.get("undone_at") is not None and current is not None:
        merges.undo(conn, claims, dict(current), new, now)
        return []
    _refuse_texts(table, new)
    merges.follow(conn, table, row_id, new)
    rules.check(conn, op, new, current)
    person = _person(conn, table, row_id, new, current) if erased else None
    _refuse_revival(table, new, person, erased)
    if table in NUMBERED and NUMBERED[table] in new:
        if kind == "I" and current is None and is_provisional(new[NUMBERED[table]]):
            prefix, year, _seq = new[NUMBERED[table]].split("-")       # the real number, given here
            first, _last = lease_numbers(conn, claims, prefix, int(year), 1)
            new[NUMBERED[table]] = format_number(prefix, int(year), first)
        _check_number(conn, claims, new[NUMBERED[table]])
    if kind == "I" and current is None:
        inbox = _insert(conn, op, table, new, erased)
    elif current is None:
        raise Rejected("missing")
    else:
        inbox = _update(conn, op, table, row_id, new, dict(current), erased, now, writers)
    if person in erased and table in WORK_TABLES:
        end_work_centrally(conn, person, local_date(now), now, None)    # work for someone erased ends at once
    return inbox


def _insert(conn: Any, op: dict[str, Any], table: str, new: dict[str, Any], erased: set[uuid.UUID]
            ) -> list[dict[str, Any]]:
    names = list(new)
    conn.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                 f'VALUES ({", ".join(["%s"] * len(names))})', [_param(table, n, new[n]) for n in names])
    inbox = []
    for fk in Base.metadata.tables[table].foreign_keys:
        parent_id = new.get(fk.parent.name)
        parent = fk.column.table.name
        if parent_id is None or parent == "office" or "deleted_at" not in fk.column.table.columns:
            continue
        found = conn.execute(f'SELECT deleted_at FROM "{parent}" WHERE id = %s', [parent_id]).fetchone()
        if found is not None and found["deleted_at"] is not None:
            inbox.append(_item(op, "parent_deleted", parent, erased))
    return inbox


def _update(conn: Any, op: dict[str, Any], table: str, row_id: uuid.UUID, new: dict[str, Any],
            current: dict[str, Any], erased: set[uuid.UUID], now: datetime, writers: notices.Writers
            ) -> list[dict[str, Any]]:
    old = op.get("old") or {}
    inbox: list[dict[str, Any]] = []
    if table == "client" and current.get("merged_into_id") is not None and "merged_into_id" not in new:
        new, inbox = _follow_merge(conn, op, row_id, new, current, erased, now, writers)
        if not set(new) - STAMPS:
            return inbox
    if current.get("deleted_at") is not None and "deleted_at" not in new:
        raise Rejected("deleted")                        # delete beats edit
    changes: dict[str, Any] = {}
    lost: dict[str, Any] = {}                           # the later arrival won: the value it replaced
    overruled: dict[str, Any] = {}                      # kept in the laptop's inbox over another's value
    kept = set(op.get("kept") or ())
    for name, value in new.items():
        seen = old.get(name)
        server = current.get(name)
        if name in STAMPS or table in APPEND_ONLY or server == value or to_wire(table, name, server) == seen:
            changes[name] = value
            if name in kept and server != value:
                overruled[name] = to_wire(table, name, server)
        elif goes_to_inbox(table, name):
            inbox.append(_item(op, "conflict", "changed_elsewhere", erased, name, (op.get("new") or {}).get(name),
                               to_wire(table, name, server), current, notices.writer(conn, table, row_id, name)))
        else:
            changes[name] = value
            if name not in DERIVED:
                lost[name] = to_wire(table, name, server)
    if (changes.get("deleted_at") is not None and current.get("deleted_at") is None
            and "updated_at" in old and to_wire(table, "updated_at", current.get("updated_at")) != old["updated_at"]):
        inbox.append(_item(op, "deleted_edited", "edited_elsewhere", erased, row=current))
    if not set(changes) - STAMPS and table not in APPEND_ONLY:
        changes = {}                                    # all of it waits in the inbox: the row stays as it was
    author = author_of(op)
    if changes and "updated_at" in current:
        changes["updated_at"] = now                     # the server stamps; device clocks order nothing
    if changes and "updated_by" in current:
        changes["updated_by"] = uuid.UUID(author)       # who made the change, also when the laptop's row named them
    if changes:
        sets = ", ".join(f'"{name}" = %s' for name in changes)
        conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = %s',
                     [*(_param(table, n, v) for n, v in changes.items()), row_id])
        at = edited_at(op, now)
        writers.tell_losers(conn, op, author, at, table, row_id, lost)
        writers.tell_losers(conn, op, author, at, table, row_id, overruled, notices.KEPT_ELSEWHERE)
        if table not in APPEND_ONLY:
            writers.wrote(author, at, table, row_id, [n for n in changes if n not in STAMPS | DERIVED])
    if inbox and any(item["kind"] == "conflict" for item in inbox):
        _touch(conn, table, op["row_id"])
    return inbox


def _follow_merge(conn: Any, op: dict[str, Any], row_id: uuid.UUID, new: dict[str, Any], current: dict[str, Any],
                  erased: set[uuid.UUID], now: datetime, writers: notices.Writers
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """An edit of a client merged away meanwhile (the laptop had not seen the merge): what it says about the
    person (`DETAIL_FIELDS`) follows `merged_into_id` to the record that survived. A field the survivor lacks,
    or holds as the laptop last saw it on the duplicate, takes the laptop's value (as the merge fills the
    survivor's empty fields); one it holds otherwise is not replaced by a value typed for another record: it
    waits in the laptop's inbox against the survivor's (keep mine / take theirs). The merged record keeps its
    values, and goes back out as the office has it. Returns the rest of the edit (about the record itself) and
    the inbox items."""
    survivor_id = merges.survivor(conn, row_id)
    if survivor_id in erased:
        raise Rejected("erased")
    survivor = dict(conn.execute("SELECT * FROM client WHERE id = %s FOR UPDATE", [survivor_id]).fetchone())
    sent, old = op.get("new") or {}, op.get("old") or {}
    about = {**op, "row_id": survivor_id.hex}
    inbox, changes = [], {}
    for name in [n for n in new if n in DETAIL_FIELDS]:
        theirs = to_wire("client", name, survivor[name])
        if theirs == sent[name]:
            continue
        if theirs in (None, "") or theirs == old.get(name):
            changes[name] = new[name]
        else:
            inbox.append(_item(about, "conflict", "merged", erased, name, sent[name], theirs, survivor,
                               notices.writer(conn, "client", survivor_id, name)))
    if changes:
        author = author_of(op)
        changes |= keys_of({**survivor, **changes}) | {"updated_at": now, "updated_by": uuid.UUID(author)}
        conn.execute(f'UPDATE client SET {", ".join(f"{chr(34)}{n}{chr(34)} = %s" for n in changes)} WHERE id = %s',
                     [*(_param("client", n, v) for n, v in changes.items()), survivor_id])
        writers.wrote(author, edited_at(op, now), "client", survivor_id,
                      [n for n in changes if n not in STAMPS | DERIVED])
    _touch(conn, "client", op["row_id"])
    if inbox:
        _touch(conn, "client", survivor_id.hex)
    return {n: v for n, v in new.items() if n not in DETAIL_FIELDS}, inbox


def _person(conn: Any, table: str, row_id: uuid.UUID, new: dict[str, Any], current: Any) -> uuid.UUID | None:
    if table == "client":
        return row_id
    source = {**(dict(current) if current else {}), **new}
    for name in ("client_id", "subject_client_id"):
        if source.get(name) is not None:
            return uuid.UUID(str(source[name]))
    if source.get("request_id") is not None:
        found = conn.execute("SELECT client_id FROM learning_request WHERE id = %s", [source["request_id"]]).fetchone()
        return found["client_id"] if found else None
    return None


def _refuse_texts(table: str, new: dict[str, Any]) -> None:
    """What a laptop pushes passes the one rule for text a laptop's own writes pass (store.base.kept_value):
    a control character, a name or title that shows nothing or that holds bidirectional controls is refused
    (`value.invalid`, to the laptop's inbox). Only spaces and line breaks a name would lose are let through
    (an older laptop kept `Partner ` as typed)."""
    columns = Base.metadata.tables[table].columns
    for name, value in new.items():
        if name in columns and isinstance(value, str):
            try:
                kept = kept_value(columns[name], value)
            except InvalidValue as refused:
                raise Rejected(refused.code) from None
            if kept.split() != value.split():
                raise Rejected(InvalidValue.code)


def _refuse_revival(table: str, new: dict[str, Any], person: uuid.UUID | None, erased: set[uuid.UUID]) -> None:
    """An erased person's values (the personal columns of the table: store/erased.py) never come back; a
    scrubbed insert of their row may still arrive, and is let in."""
    if person in erased and any(new.get(name) not in (None, "") for name in PERSONAL_COLUMNS.get(table, ())):
        raise Rejected("erased")


def _check_number(conn: Any, claims: Claims, number: str) -> None:
    """A dossier or request number must lie in a block leased to this device (or be an erased marker)."""
    if is_erased_marker(number):
        return
    try:
        prefix, year, seq = parse_number(number)
    except InvalidValue:
        raise Rejected("number_format") from None
    if conn.execute("SELECT 1 FROM sync_number_lease WHERE device_id = %s AND prefix = %s AND year = %s "
                    "AND first <= %s AND %s <= last", [claims.device_id, prefix, year, seq, seq]).fetchone() is None:
        raise Rejected("number_outside_block")


def _erasure(conn: Any, claims: Claims, new: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    """An erasure arrives: the person's values leave the central tables too, and the erasure is registered."""
    if not allowed(claims.role, Permission.ERASE):
        raise Rejected("not_allowed")
    client_id = new["client_id"]
    if conn.execute("SELECT 1 FROM client WHERE id = %s", [client_id]).fetchone() is None:
        # not a client of this office (row security shows no other): an erasure stored under another
        # office would take the one erasure a client has, and the office's own would not be registered
        raise Rejected("missing")
    conn.execute("INSERT INTO erasure (id, office_id, client_id, erased_at, erased_by) VALUES (%s, %s, %s, %s, %s) "
                 "ON CONFLICT (client_id) DO NOTHING",
                 [new["id"], claims.office_id, client_id, new.get("erased_at") or now, new.get("erased_by")])
    erase_centrally(conn, client_id, now, new.get("erased_at") or now, new.get("erased_by"))
    return []


def erase_centrally(conn: Any, client_id: uuid.UUID, now: datetime, erased_at: datetime,
                    erased_by: uuid.UUID | None) -> None:
    """The person erased here as `erase_in` erases on a laptop: their work still to do ended the day they were
    erased (as the laptop that erased them did), then their values gone; the tables written are noted to be
    rewritten once this commits (vacuum.py: the old row versions hold the values)."""
    written = end_work_centrally(conn, client_id, local_date(erased_at), now, erased_by) | {"client"}
    personal = cleared("client")          # as erase_in: the one rule (store/erased.py)
    conn.execute(f"UPDATE client SET {', '.join(f'{chr(34)}{name}{chr(34)} = %s' for name in personal)}, "
                 "dossier_no = %s, difficult_school_past = false, weak_network = false, "
                 "deleted_at = coalesce(deleted_at, %s), updated_at = %s WHERE id = %s",
                 [*personal.values(), erased_marker(client_id), now, now, client_id])
    requests = [row["id"] for row in conn.execute(      # as services.erasure.requests_of: merged away ones too
        "SELECT id FROM learning_request WHERE client_id = %s UNION SELECT (jsonb_array_elements_text("
        "moved::jsonb->'learning_request'))::uuid FROM client_merge WHERE merged_id = %s AND undone_at IS NULL",
        [client_id, client_id]).fetchall()]
    for model, owner_column, fields in FREE_TEXT:     # as services.erasure.clear_free_text: a NULL stays NULL
        name, owner = table_of(model).name, owner_column.key
        values = cleared(name, fields)
        sets = ", ".join(f'"{f}" = NULL' if v is None else f'"{f}" = CASE WHEN "{f}" IS NULL THEN NULL ELSE %s END'
                         for f, v in values.items())
        if conn.execute(f'UPDATE "{name}" SET {sets} WHERE {owner} = ANY(%s)',
                        [*(v for v in values.values() if v is not None), requests]).rowcount:
            written.add(name)
    letter = cleared("letter")
    if conn.execute(f"UPDATE letter SET {''.join(f'{chr(34)}{name}{chr(34)} = %s, ' for name in letter)}"
                    "file_name = 'erased-' || replace(id::text, '-', '') WHERE client_id = %s OR request_id = ANY(%s)",
                    [*letter.values(), client_id, requests]).rowcount:
        written.add("letter")
    rows = [client_id, *requests]
    for table in Base.metadata.tables.values():
        for name in ("client_id", "request_id", "subject_client_id"):
            if name in table.columns and table.name != "audit_event":
                rows += [r["id"] for r in conn.execute(f'SELECT id FROM "{table.name}" WHERE {name} = ANY(%s)',
                                                       [[client_id, *requests]]).fetchall()]
    if notices.scrub(conn, rows):              # what a laptop was still to be told about the person
        written.add("sync_notice")
    hexes = [row.hex for row in rows]          # the answers kept for replays lose their inbox values about the person
    if conn.execute("UPDATE sync_applied_op SET result = jsonb_set(result, '{inbox}', '[]') WHERE EXISTS "
                    "(SELECT 1 FROM jsonb_array_elements(result->'inbox') AS item WHERE item->>'row_id' = ANY(%s))",
                    [hexes]).rowcount:
        written.add("sync_applied_op")
    vacuum.note(conn, written)


WORK_TABLES = frozenset(table_of(model).name for model, _owner in OPEN_WORK)


def end_work_centrally(conn: Any, client_id: uuid.UUID, day: date, now: datetime, by: uuid.UUID | None
                       ) -> set[str]:
    """The person's work still to do on their own requests ended here by the laptops' rule (`work_ended`); the
    tables written."""
    written = set()
    for model, owner in OPEN_WORK:
        table = table_of(model).name
        for row in conn.execute(f'SELECT * FROM "{table}" WHERE deleted_at IS NULL AND {owner.key} IN '
                                "(SELECT id FROM learning_request WHERE client_id = %s)", [client_id]).fetchall():
            values = work_ended(model, row, day)
            if values:
                values |= {"updated_at": now, "updated_by": by}
                conn.execute(f'UPDATE "{table}" SET {", ".join(f"{chr(34)}{n}{chr(34)} = %s" for n in values)} '
                             "WHERE id = %s", [*(_param(table, n, v) for n, v in values.items()), row["id"]])
                written.add(table)
    return written


def _arrive(conn: Any, claims: Claims, op: dict[str, Any]) -> None:
    """A device's audit event joins the office's chain of arrivals (each device keeps its own chain)."""
    event = op.get("new") or {}
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [str(claims.office_id)])
    last = conn.execute("SELECT arrival, hash FROM sync_audit WHERE office_id = %s ORDER BY arrival DESC LIMIT 1",
                        [claims.office_id]).fetchone()
    arrival, prev = (last["arrival"] + 1, last["hash"]) if last else (1, GENESIS)
    digest = arrival_hash(prev, claims.device_id, event)
    conn.execute("INSERT INTO sync_audit (office_id, arrival, device_id, device_seq, event, prev_hash, hash) "
                 "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (office_id, device_id, device_seq) DO NOTHING",
                 [claims.office_id, arrival, claims.device_id, event.get("seq", 0), Json(event), prev, digest])


def arrival_hash(prev: str, device_id: uuid.UUID, event: dict[str, Any]) -> str:
    """One link of an office's chain of arrivals: the previous hash, the device and its event."""
    body = json.dumps({"device": str(device_id), "event": event}, sort_keys=True)
    return hashlib.sha256((prev + body).encode()).hexdigest()


def anchor(conn: Any, claims: Claims) -> dict[str, Any]:
    """The head of the office's chain of arrivals and the last event of this device held in it."""
    head = conn.execute("SELECT arrival, hash FROM sync_audit WHERE office_id = %s ORDER BY arrival DESC LIMIT 1",
                        [claims.office_id]).fetchone()
    mine = conn.execute("SELECT device_seq, event->>'hash' AS hash FROM sync_audit WHERE office_id = %s "
                        "AND device_id = %s ORDER BY device_seq DESC LIMIT 1",
                        [claims.office_id, claims.device_id]).fetchone()
    return {"arrival": head["arrival"] if head else 0, "hash": head["hash"] if head else GENESIS,
            "seq": mine["device_seq"] if mine else 0, "event": mine["hash"] if mine else GENESIS}


def arrival_problems(conn: Any, office_id: uuid.UUID) -> list[str]:
    """Where an office's chain of arrivals is broken: a missing, changed or reordered arrival; a device's event
    that does not follow its previous one; an arrival or a device's event that differs from what a laptop
    anchored (a chain of arrivals made again after a change is found there)."""
    problems, prev, expected = [], GENESIS, 1
    last: dict[uuid.UUID, tuple[int, str]] = {}
    anchors: list[tuple[int, uuid.UUID, dict[str, str]]] = []
    for row in conn.execute("SELECT arrival, device_id, event, prev_hash, hash FROM sync_audit WHERE office_id = %s "
                            "ORDER BY arrival", [office_id]).fetchall():
        if row["arrival"] != expected or row["prev_hash"] != prev or row["hash"] != arrival_hash(
                prev, row["device_id"], row["event"]):
            problems.append(f"arrival {row['arrival']} does not follow arrival {expected - 1}")
        prev, expected = row["hash"], row["arrival"] + 1
        event, device = row["event"], row["device_id"]
        seq, before = event.get("seq", 0), last.get(device)
        if event.get("hash") != event_hash(event.get("prev_hash") or "", {
                name: from_wire("audit_event", name, event.get(name)) for name in CHAINED}):
            problems.append(f"arrival {row['arrival']}: event {seq} of device {device} differs from its own hash")
        elif before is not None and seq == before[0] + 1 and event.get("prev_hash") != before[1]:
            problems.append(f"arrival {row['arrival']}: event {seq} of device {device} does not follow its event "
                            f"{before[0]}")
        last[device] = (seq, event.get("hash"))
        anchored = parse_anchor(event.get("fields")) if event.get("action") == SYNC_ANCHOR else None
        if anchored is not None:
            anchors.append((row["arrival"], device, anchored))
    arrivals = {r["arrival"]: r["hash"] for r in conn.execute(
        "SELECT arrival, hash FROM sync_audit WHERE office_id = %s AND arrival = ANY(%s)",
        [office_id, [int(a["arrival"]) for _at, _device, a in anchors]]).fetchall()}
    events = {(r["device_id"], r["device_seq"]): r["hash"] for r in conn.execute(
        "SELECT device_id, device_seq, event->>'hash' AS hash FROM sync_audit WHERE office_id = %s AND "
        "(device_id, device_seq) IN (SELECT * FROM unnest(%s::uuid[], %s::bigint[]))",
        [office_id, [device for _at, device, _a in anchors], [int(a["seq"]) for _at, _device, a in anchors]]
    ).fetchall()}
    for at, device, anchored in anchors:
        if int(anchored["arrival"]) and arrivals.get(int(anchored["arrival"])) != anchored["hash"]:
            problems.append(f"arrival {anchored['arrival']} differs from the one a laptop anchored (arrival {at})")
        if int(anchored["seq"]) and events.get((device, int(anchored["seq"]))) != anchored["event"]:
            problems.append(f"event {anchored['seq']} of device {device} differs from the one it anchored "
                            f"(arrival {at})")
    return problems


def lease_numbers(conn: Any, claims: Claims, prefix: str, year: int, count: int) -> tuple[int, int]:
    """A block of `count` numbers of the office's series for one device (first, last)."""
    conn.execute("INSERT INTO number_sequence (office_id, prefix, year, last_value) VALUES (%s, %s, %s, "
                 "coalesce((SELECT max(last) FROM sync_number_lease WHERE office_id = %s AND prefix = %s "
                 "AND year = %s), 0)) ON CONFLICT DO NOTHING",
                 [claims.office_id, prefix, year, claims.office_id, prefix, year])
    last = conn.execute("UPDATE number_sequence SET last_value = last_value + %s WHERE office_id = %s AND prefix = %s "
                        "AND year = %s RETURNING last_value", [count, claims.office_id, prefix, year]).fetchone()
    first = last["last_value"] - count + 1
    conn.execute("INSERT INTO sync_number_lease (office_id, device_id, prefix, year, first, last) "
                 "VALUES (%s, %s, %s, %s, %s, %s)", [claims.office_id, claims.device_id, prefix, year, first,
                                                     last["last_value"]])
    return first, last["last_value"]
