"""Merges travel as commands: a laptop's `client_merge` row is applied here as a merge of the central rows.

A coordinator's merge on a laptop re-points only what that laptop holds, while rows other laptops
created under the duplicate meanwhile are only here. So the laptop sends the merge row alone (its
own re-pointing is not captured, see services/client_merges.py) and the service merges in the push's
transaction with the service layer's rule (`check_mergeable`) and list of what moves (`MERGE_MOVES`):
every request, consent and letter of the duplicate moves to the survivor, the survivor's empty
identity fields are filled, the duplicate points to the survivor (`merged_into_id`), and the merge
row records what moved here, so an undo gives back exactly that. Ops that arrive later and still
point at the merged-away record follow `merged_into_id` (and join the merge's record); so does an edit of
the merged-away record itself (push.py `_follow_merge`: the survivor's empty fields are filled, a field
it holds otherwise waits in the laptop's inbox). Every laptop,
the merging one included, gets the result at its next pull. A merge the rule refuses (merged
elsewhere meanwhile) sends the rows it touched out again, so the merging laptop takes the office's.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from psycopg.types.json import Json

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services.client_merges import MERGE_MOVES, check_mergeable
from leerwinkel_desk.services.clients import IDENTITY_FIELDS, keys_of
from leerwinkel_desk.sync.server.devices import Claims, Rejected


def _set(conn: Any, client_id: uuid.UUID, values: dict[str, Any], claims: Claims, now: datetime) -> None:
    values = {**values, "updated_at": now, "updated_by": claims.person_id}
    conn.execute(f'UPDATE client SET {", ".join(f"{chr(34)}{n}{chr(34)} = %s" for n in values)} WHERE id = %s',
                 [*values.values(), client_id])


def merge(conn: Any, claims: Claims, new: dict[str, Any], erased: set[uuid.UUID], now: datetime) -> None:
    """A `client_merge` row arrives: merge the duplicate into the survivor here, then record the merge."""
    if not allowed(claims.role, Permission.MERGE_CLIENTS):
        raise Rejected("not_allowed")
    survivor_id, merged_id = new["survivor_id"], new["merged_id"]
    clients = {row["id"]: dict(row) for row in conn.execute(
        "SELECT * FROM client WHERE id = ANY(%s) FOR UPDATE", [[survivor_id, merged_id]]).fetchall()}
    if survivor_id not in clients or merged_id not in clients:
        raise Rejected("missing")
    if {survivor_id, merged_id} & erased:
        raise Rejected("erased")
    survivor, merged = clients[survivor_id], clients[merged_id]
    moved: dict[str, list[str]] = dict(new.get("moved") or {})
    already = merged["merged_into_id"] == survivor_id and survivor["merged_into_id"] is None
    if new.get("undone_at") is None and not already:          # (an undone or already made merge is only recorded)
        try:
            check_mergeable(survivor_id, merged_id, survivor["merged_into_id"], merged["merged_into_id"])
        except DomainError as refused:
            raise Rejected(getattr(refused, "what", None) or refused.code) from None    # e.g. client.already_merged
        for name in MERGE_MOVES:
            ids = conn.execute(f'UPDATE "{name}" SET client_id = %s, updated_at = %s, updated_by = %s '
                               "WHERE client_id = %s RETURNING id",
                               [survivor_id, now, claims.person_id, merged_id]).fetchall()
            moved[name] = [str(row["id"]) for row in ids]
        filled = [n for n in IDENTITY_FIELDS if survivor[n] is None and merged[n] is not None]
        identity = {**survivor, **{n: merged[n] for n in filled}}
        _set(conn, survivor_id, {**{n: merged[n] for n in filled}, **keys_of(identity)}, claims, now)
        _set(conn, merged_id, {"merged_into_id": survivor_id}, claims, now)
        moved["filled_fields"] = filled
    conn.execute("INSERT INTO client_merge (id, office_id, survivor_id, merged_id, merged_at, merged_by, moved, "
                 "undone_at, undone_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                 [new["id"], claims.office_id, survivor_id, merged_id, new.get("merged_at") or now,
                  new.get("merged_by"), Json(moved), new.get("undone_at"), new.get("undone_by")])


def undo(conn: Any, claims: Claims, current: dict[str, Any], new: dict[str, Any], now: datetime) -> None:
    """A merge's undo arrives: give back to the merged record exactly what the merge moved here."""
    if not allowed(claims.role, Permission.MERGE_CLIENTS):
        raise Rejected("not_allowed")
    if current["undone_at"] is not None:
        return
    survivor_id, merged_id, moved = current["survivor_id"], current["merged_id"], current["moved"] or {}
    for name in MERGE_MOVES:
        ids = [uuid.UUID(i) for i in moved.get(name, [])]
        conn.execute(f'UPDATE "{name}" SET client_id = %s, updated_at = %s, updated_by = %s WHERE id = ANY(%s)',
                     [merged_id, now, claims.person_id, ids])
    survivor = dict(conn.execute("SELECT * FROM client WHERE id = %s FOR UPDATE", [survivor_id]).fetchone())
    emptied = dict.fromkeys(moved.get("filled_fields", []))
    _set(conn, survivor_id, {**emptied, **keys_of({**survivor, **emptied})}, claims, now)
    _set(conn, merged_id, {"merged_into_id": None}, claims, now)
    conn.execute("UPDATE client_merge SET undone_at = %s, undone_by = %s WHERE id = %s",
                 [new.get("undone_at") or now, new.get("undone_by") or claims.person_id, current["id"]])


def survivor(conn: Any, client_id: uuid.UUID) -> uuid.UUID:
    """The record a client was merged into, at the end of a chain of merges (itself when not merged)."""
    for _hop in range(16):
        found = conn.execute("SELECT merged_into_id FROM client WHERE id = %s", [client_id]).fetchone()
        if found is None or found["merged_into_id"] is None:
            break
        client_id = found["merged_into_id"]
    return client_id


def follow(conn: Any, table: str, row_id: uuid.UUID, new: dict[str, Any]) -> None:
    """A row that still points at a merged-away client moves to the survivor, and joins that merge's record."""
    if table not in MERGE_MOVES or new.get("client_id") is None:
        return
    client_id = new["client_id"]
    for _hop in range(16):                          # a chain of merges ends at the record that survived all
        found = conn.execute("SELECT merged_into_id FROM client WHERE id = %s", [client_id]).fetchone()
        if found is None or found["merged_into_id"] is None:
            break
        record = conn.execute("SELECT id, moved FROM client_merge WHERE merged_id = %s AND undone_at IS NULL "
                              "ORDER BY merged_at DESC LIMIT 1 FOR UPDATE", [client_id]).fetchone()
        if record is not None:
            moved = dict(record["moved"] or {})
            moved[table] = sorted({*moved.get(table, []), str(row_id)})
            conn.execute("UPDATE client_merge SET moved = %s WHERE id = %s", [Json(moved), record["id"]])
        client_id = found["merged_into_id"]
    new["client_id"] = client_id


def touch_refused(conn: Any, new: dict[str, Any], touch: Any) -> None:
    """A refused merge: the clients and the rows the laptop moved go out again as the office has them."""
    for client_id in (new.get("survivor_id"), new.get("merged_id")):
        if client_id is not None:
            touch(conn, "client", str(client_id))
    for name in MERGE_MOVES:
        for row_id in (new.get("moved") or {}).get(name, []):
            touch(conn, name, row_id)
