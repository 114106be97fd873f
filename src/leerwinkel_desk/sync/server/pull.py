"""A pull: the current rows behind the change index since the laptop's cursor, never past the oldest open transaction.

The read runs in one REPEATABLE READ snapshot (a hot standby can serve it). It returns the rows
whose `(txid, seq)` is past the cursor and whose transaction id is below `pg_snapshot_xmin` of the
snapshot: every transaction below it has ended, and any later change gets a larger id, so a
transaction that commits late is picked up at a later pull instead of being skipped (a plain
sequence cursor would skip it). Erasures come first in every page. When the page ends the changes
and no transaction was running (the snapshot's xmin equals its xmax), the answer also carries a
digest of the row ids per table, which the laptop compares with its own. The last page's cursor is
never before what was pruned (sync/server/prune.py), so a laptop that pulled it all is not sent back.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from typing import Any

from leerwinkel_desk.store.sync_capture import NOT_SYNCED_COLUMNS
from leerwinkel_desk.sync.wire import as_previous_schema, to_wire

PAGE = 2000


def pull(conn: Any, office_id: uuid.UUID, cursor: tuple[int, int] | None, tables: list[str],
         limit: int = PAGE, pruned: tuple[int, int] = (0, 0), previous_schema: bool = False) -> dict[str, Any]:
    """A page of changed rows; for a laptop on the previous app version (`previous_schema`), with the values its
    schema cannot hold as it holds them (sync/wire.py `NEWER_VALUES`)."""
    txid, seq = cursor or (0, 0)
    snapshot = conn.execute("SELECT pg_snapshot_xmin(s)::text::bigint AS xmin, "
                            "pg_snapshot_xmax(s)::text::bigint AS xmax FROM pg_current_snapshot() AS s").fetchone()
    changed = conn.execute(        # a range of ix_sync_row_cursor (office_id, txid, seq): no scan, no sort
        "SELECT tbl, row_id, r.txid::text::bigint AS txid, seq FROM sync_row AS r WHERE office_id = %s "
        "AND (r.txid, r.seq) > (%s::text::xid8, %s::bigint) "
        "AND r.txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY r.txid, r.seq LIMIT %s",
        [office_id, txid, seq, limit]).fetchall()
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for row in changed:
        by_table[row["tbl"]].append(row["row_id"])
    rows: list[dict[str, Any]] = []
    for table, ids in sorted(by_table.items(), key=lambda item: item[0] != "erasure"):
        found = {row["id"]: row for row in conn.execute(f'SELECT * FROM "{table}" WHERE id = ANY(%s)', [ids])}
        for row_id in ids:
            current = found.get(row_id)
            values = None if current is None else {
                name: to_wire(table, name, value) for name, value in current.items() if name not in NOT_SYNCED_COLUMNS}
            if values is not None and previous_schema:
                values = as_previous_schema(table, values)
            rows.append({"tbl": table, "row_id": row_id.hex, "row": values})
    more = len(changed) == limit
    answer: dict[str, Any] = {"rows": rows, "more": more,
                              "cursor": [changed[-1]["txid"], changed[-1]["seq"]] if changed else [txid, seq]}
    if not more:                # a laptop that has everything is past what was pruned, whatever changed last
        answer["cursor"] = list(max(tuple(answer["cursor"]), pruned))
    if not more and snapshot["xmin"] == snapshot["xmax"]:
        answer["digest"] = digest(conn, tables)
    return answer


def digest(conn: Any, tables: list[str]) -> dict[str, str]:
    """Per table: the count and a hash of the sorted row ids visible to this office."""
    result = {}
    for table in tables:
        ids = [row["id"].hex for row in conn.execute(f'SELECT id FROM "{table}" ORDER BY id')]
        result[table] = f"{len(ids)}:{hashlib.sha256(','.join(ids).encode()).hexdigest()}"
    return result
