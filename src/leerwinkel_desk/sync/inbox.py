"""The conflict inbox: what the service did not take as this laptop sent it, for a person to settle.

An item shows both values, both authors and both times. "Keep mine" writes this laptop's value
again (the capture trigger queues it with the service's value as the last seen, so it applies at
the next push); "take theirs" leaves the service's value, which the pull already brought. Items that
need no choice (the later arrival won; a whole op refused) are only acknowledged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from leerwinkel_desk.store.engine import Database

_COLUMNS = ("id, kind, tbl, row_id, field, mine, theirs, my_author, my_at, their_author, their_at, reason, "
            "resolution")


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

    @property
    def choosable(self) -> bool:
        return self.kind == "conflict" and self.field is not None


def _item(row: Any) -> InboxItem:
    values = list(row)
    for index in (5, 6):
        values[index] = json.loads(values[index]) if values[index] is not None else None
    return InboxItem(*values)


def open_items(db: Database) -> list[InboxItem]:
    with db.read() as session:
        rows = session.execute(text(f"SELECT {_COLUMNS} FROM sync_inbox WHERE resolved_at IS NULL "
                                    "ORDER BY arrived_at, id")).all()
    return [_item(row) for row in rows]


def resolve(db: Database, item_id: str, keep_mine: bool, now: datetime) -> None:
    """Settle one item: keep this laptop's value (queued to go up) or take the service's."""
    with db.write() as session:
        row = session.execute(text(f"SELECT {_COLUMNS} FROM sync_inbox WHERE id = :id AND resolved_at IS NULL"),
                              {"id": item_id}).first()
        if row is None:
            return
        item = _item(row)
        if keep_mine and item.choosable:
            columns = {r[1] for r in session.execute(text(f'PRAGMA table_info("{item.table}")'))}
            if item.field in columns:
                session.execute(text(f'UPDATE "{item.table}" SET "{item.field}" = :value WHERE id = :id'),
                                {"value": item.mine, "id": item.row_id})
        session.execute(text("UPDATE sync_inbox SET resolved_at = :at, resolution = :how WHERE id = :id"),
                        {"at": now.isoformat(), "how": "mine" if keep_mine and item.choosable else "theirs",
                         "id": item_id})
