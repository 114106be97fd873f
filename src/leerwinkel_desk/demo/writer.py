"""The bulk writer: buffers demo rows per table and inserts them with executemany, parents first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from leerwinkel_desk.store.base import Base

ROWS_PER_FLUSH = 20_000


class BulkWriter:
    """Buffers rows per table and inserts them with executemany, parent tables first."""

    def __init__(self, session: Session) -> None:
        self._connection = session.connection()
        self._buffers: dict[Table, list[dict[str, Any]]] = {t: [] for t in Base.metadata.sorted_tables}
        self._pending = 0
        self.counts: dict[str, int] = {t.name: 0 for t in Base.metadata.sorted_tables}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self._buffers[table].append(row)
        self._pending += 1
        self.counts[table.name] += 1

    def flush_if_full(self) -> None:
        """Call only between complete cases, so no child row goes in before its parent."""
        if self._pending >= ROWS_PER_FLUSH:
            self.flush()

    def flush(self) -> None:
        for table, rows in self._buffers.items():
            if rows:
                self._connection.execute(insert(table), rows)
                rows.clear()
        self._pending = 0
