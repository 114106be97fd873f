"""Pruning the central change index: tombstones and replay answers no device can still need.

A device silent for longer than its office's maximum offline period is revoked when it comes back,
so nothing older than that period can still be waited for. Once a day per office (at the first
token of the day) the service drops the `sync_row` tombstones (rows gone from their table) whose
change is older than that, the `sync_applied_op` answers kept for replays of that age, and the notices
and field writers of that age (notices.py). It records how far it pruned (the last pruned tombstone's
place in the change index): a laptop whose cursor lies before that may have missed a deletion, so its
pull is answered "resync" and it pulls everything again, removing what the office no longer has
(sync/client.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from leerwinkel_desk.sync.server import notices

EVERY = timedelta(days=1)


def due(conn: Any, office_id: uuid.UUID, now: datetime, tables: list[str]) -> None:
    """Prune the office when it was not pruned during the last day (in the caller's transaction, its office)."""
    found = conn.execute("SELECT pruned_at FROM sync_office WHERE office_id = %s", [office_id]).fetchone()
    if found is not None and (found["pruned_at"] is None or found["pruned_at"] < now - EVERY):
        prune(conn, office_id, now, tables)


def prune(conn: Any, office_id: uuid.UUID, now: datetime, tables: list[str]) -> tuple[int, int]:
    """Drop the office's tombstones and replay answers older than its maximum offline period:
    (tombstones, answers) dropped."""
    days = conn.execute("SELECT max_offline_days FROM sync_office WHERE office_id = %s", [office_id]).fetchone()
    if days is None:
        return 0, 0
    horizon = now - timedelta(days=days["max_offline_days"])
    last = (0, 0)
    dropped = 0
    for table in tables:
        gone = conn.execute(
            f'DELETE FROM sync_row s WHERE s.office_id = %s AND s.tbl = %s AND s.changed_at < %s AND NOT EXISTS '
            f'(SELECT 1 FROM "{table}" t WHERE t.id = s.row_id) RETURNING txid::text::bigint AS txid, seq',
            [office_id, table, horizon]).fetchall()
        dropped += len(gone)
        last = max([last, *((row["txid"], row["seq"]) for row in gone)])
    answers = conn.execute("DELETE FROM sync_applied_op WHERE office_id = %s AND applied_at < %s",
                           [office_id, horizon]).rowcount
    notices.prune(conn, office_id, horizon)
    conn.execute("UPDATE sync_office SET pruned_at = %s, pruned_txid = greatest(pruned_txid, %s), "
                 "pruned_seq = CASE WHEN %s > pruned_txid THEN %s WHEN %s = pruned_txid "
                 "THEN greatest(pruned_seq, %s) ELSE pruned_seq END WHERE office_id = %s",
                 [now, last[0], last[0], last[1], last[0], last[1], office_id])
    return dropped, answers


def horizon(conn: Any, office_id: uuid.UUID) -> tuple[int, int]:
    """How far the office's change index was pruned: a cursor before it needs a full resync."""
    found = conn.execute("SELECT pruned_txid, pruned_seq FROM sync_office WHERE office_id = %s",
                         [office_id]).fetchone()
    return (found["pruned_txid"], found["pruned_seq"]) if found else (0, 0)
