"""Telling the laptop whose value lost: "the later arrival wins, and the loser is kept in the inbox history".

When a pushed field meets a server value the laptop did not see, and the field is one where the later
arrival wins (push.py), the pushing laptop's value is kept and nobody needs to choose. The laptop that
wrote the value it replaced must still learn it, or a correction made there is gone without a word. So:
- every applied change of a field records which device and person wrote it, and when that person made it
  (the laptop's own moment of the edit, never later than its arrival; `sync_field_writer`: no values; one
  statement per push, `Writers.keep`). A conflict item names the colleague who made the office's version
  from here (`writer`), not whoever touched the row last;
- a later arrival that replaces a value another device wrote leaves that device a notice (`sync_notice`):
  an inbox item of kind `overwritten` with its value (mine), the value that replaced it (theirs), both
  authors and both times (reason `later_arrival`);
- so does a colleague's "keep mine" in their conflict inbox (the op says which fields it keeps: `kept`),
  which replaces, deliberately, the value another device wrote (reason `kept_elsewhere`): the overruled
  colleague learns it and whom to ask;
- at its next sync the laptop fetches its notices into its conflict inbox and acknowledges them
  (`fetch`: the ones it names as seen are deleted, the rest are sent; a lost answer only sends them again,
  and the laptop keeps each notice once, by its id).
Derived columns (the search keys) follow the fields they are made from and are never an item; the
winning laptop gets no item either (its value is the office's). A value written by no laptop (a merge on
the service) or longer ago than the office's maximum offline period leaves no notice. Notices hold a
person's values only until their laptop fetched them: an erasure removes the person's notices (`scrub`),
and pruning drops what is older than the office's maximum offline period (`prune`).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from psycopg.types.json import Json

from leerwinkel_desk.sync.server.devices import Claims

PAGE = 500
LATER_ARRIVAL, KEPT_ELSEWHERE = "later_arrival", "kept_elsewhere"
REASONS = (LATER_ARRIVAL, KEPT_ELSEWHERE)     # why a notice's value was replaced (ui/conflict_inbox.py says each)


class Writers:
    """Who wrote which field during one push, and when they made it: kept with one statement at its end (`keep`)."""

    def __init__(self, claims: Claims, now: datetime) -> None:
        self._claims, self._now = claims, now
        self._wrote: dict[tuple[str, uuid.UUID, str], tuple[str, datetime]] = {}    # the field's author and moment

    def wrote(self, author: str, at: datetime, table: str, row_id: uuid.UUID, fields: list[str]) -> None:
        self._wrote.update(dict.fromkeys(((table, row_id, field) for field in fields), (author, at)))

    def keep(self, conn: Any) -> None:
        if not self._wrote:
            return
        tables, rows, fields = (list(column) for column in zip(*self._wrote, strict=True))
        conn.execute("INSERT INTO sync_field_writer (tbl, row_id, field, office_id, device_id, person_id, written_at) "
                     "SELECT tbl, row_id, field, %s, %s, person_id, written_at FROM unnest(%s::text[], %s::uuid[], "
                     "%s::text[], %s::uuid[], %s::timestamptz[]) AS w(tbl, row_id, field, person_id, written_at) "
                     "ON CONFLICT (tbl, row_id, field) "
                     "DO UPDATE SET office_id = EXCLUDED.office_id, device_id = EXCLUDED.device_id, "
                     "person_id = EXCLUDED.person_id, written_at = EXCLUDED.written_at",
                     [self._claims.office_id, self._claims.device_id, tables, rows, fields,
                      [uuid.UUID(person) for person, _at in self._wrote.values()],
                      [at for _person, at in self._wrote.values()]])
        self._wrote.clear()

    def tell_losers(self, conn: Any, op: dict[str, Any], author: str, at: datetime, table: str, row_id: uuid.UUID,
                    lost: dict[str, Any], reason: str = LATER_ARRIVAL) -> None:
        """`lost`: the fields this op (made by `author` at `at`) replaced, with the server's value before it: a
        later arrival's (`later_arrival`), or a value kept in a conflict inbox (`kept_elsewhere`). The device that
        wrote each of them (another than this one) gets a notice."""
        if not lost:
            return
        writers = conn.execute("SELECT field, device_id, person_id, written_at FROM sync_field_writer "
                               "WHERE tbl = %s AND row_id = %s AND field = ANY(%s)",
                               [table, row_id, list(lost)]).fetchall()
        new = op.get("new") or {}
        for writer in writers:
            field = writer["field"]
            if writer["device_id"] == self._claims.device_id or (table, row_id, field) in self._wrote:
                continue
            item = {"kind": "overwritten", "tbl": table, "row_id": op["row_id"], "field": field,
                    "reason": reason, "mine": json.dumps(lost[field]), "theirs": json.dumps(new.get(field)),
                    "my_author": writer["person_id"].hex if writer["person_id"] else None,
                    "my_at": moment(writer["written_at"]),
                    "their_author": author,
                    "their_at": moment(at)}
            conn.execute("INSERT INTO sync_notice (office_id, device_id, row_id, item, created_at) "
                         "VALUES (%s, %s, %s, %s, %s)",
                         [self._claims.office_id, writer["device_id"], row_id, Json(item), self._now])


def writer(conn: Any, table: str, row_id: uuid.UUID, field: str) -> tuple[str | None, str] | None:
    """Who made the office's value of a field, and when (as a moment travels), when a laptop's change of it was
    recorded here; None for a value no change recorded (made with its row, or longer ago than kept)."""
    found = conn.execute("SELECT person_id, written_at FROM sync_field_writer WHERE tbl = %s AND row_id = %s "
                         "AND field = %s", [table, row_id, field]).fetchone()
    if found is None:
        return None
    return (found["person_id"].hex if found["person_id"] else None), moment(found["written_at"])


def moment(at: datetime) -> str:
    """A moment as it travels (UTC, `YYYY-MM-DD HH:MM:SS.ffffff`, as the laptops store moments)."""
    return (at.astimezone(UTC) if at.tzinfo else at).strftime("%Y-%m-%d %H:%M:%S.%f")


def fetch(conn: Any, claims: Claims, seen: list[int]) -> list[dict[str, Any]]:
    """This device's notices: those it saw (kept in its inbox) deleted, the next ones (at most PAGE) sent."""
    if seen:
        conn.execute("DELETE FROM sync_notice WHERE device_id = %s AND id = ANY(%s)", [claims.device_id, seen])
    rows = conn.execute("SELECT id, item FROM sync_notice WHERE device_id = %s ORDER BY id LIMIT %s",
                        [claims.device_id, PAGE]).fetchall()
    return [{"id": row["id"], "item": row["item"]} for row in rows]


def scrub(conn: Any, rows: list[uuid.UUID]) -> int:
    """An erased person's notices go (they hold values of theirs); how many went."""
    return int(conn.execute("DELETE FROM sync_notice WHERE row_id = ANY(%s)", [rows]).rowcount)


def prune(conn: Any, office_id: uuid.UUID, horizon: datetime) -> None:
    """Notices and writers older than the office's maximum offline period: no device can still need them."""
    conn.execute("DELETE FROM sync_notice WHERE office_id = %s AND created_at < %s", [office_id, horizon])
    conn.execute("DELETE FROM sync_field_writer WHERE office_id = %s AND written_at < %s", [office_id, horizon])
