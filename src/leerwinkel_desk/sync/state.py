"""The laptop's sync state (device, key, cursor, last sync) and its conflict inbox, in the encrypted file."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, text
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.store.engine import Database


class LaptopRevoked(DomainError):
    """A coordinator revoked this laptop (sync/client.py `_revoked`): its desk stays locked, nobody signs in to it
    any more (ui/main_window.py), and what it did not send never arrives."""

    code = "laptop.revoked"


def get(db: Database, key: str) -> str | None:
    with db.read() as session:
        return session.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": key}).scalar()


def put(session: Session, **values: str) -> None:
    for key, value in values.items():
        session.execute(text("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"key": key, "value": value})


def office_asker(db: Database) -> Callable[[uuid.UUID], bool]:
    """What every sign-in (the app's, the lock screen's, the commands') gives services/accounts.py `sign_in` to ask
    when the right passphrase of an account the office closed is typed: whether the office opened it again
    (sync/client.py `opened_again`; httpx is loaded only when it is asked)."""
    def ask(person_id: uuid.UUID) -> bool:
        from leerwinkel_desk.sync.client import opened_again

        return opened_again(db, person_id)

    return ask


def forget(session: Session, key: str) -> None:
    session.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": key})


def add_inbox_item(session: Session, item: dict[str, Any], now: datetime, item_id: str | None = None) -> int:
    """An answer of the service about one op, or a notice (`item_id`: its own, so it is kept once), for a person
    to settle or take note of; returns 1 when it was added."""
    added = cast(CursorResult[Any], session.execute(text(
        "INSERT INTO sync_inbox (id, kind, tbl, row_id, field, mine, theirs, my_author, my_at, their_author, "
        "their_at, reason, arrived_at) VALUES (:id, :kind, :tbl, :row_id, :field, :mine, "
        ":theirs, :my_author, :my_at, :their_author, :their_at, :reason, :arrived_at) ON CONFLICT (id) DO NOTHING"),
        {**{key: item.get(key) for key in ("kind", "tbl", "row_id", "field", "mine", "theirs", "my_author", "my_at",
                                            "their_author", "their_at", "reason")},
         "id": item_id or uuid.uuid4().hex, "arrived_at": now.isoformat()}))
    return int(added.rowcount)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: enrolled or not, the last sync, changes waiting, conflicts to settle; and
    whether a full pull (a first sync) is still under way, the office's data here incomplete until it ends."""

    enrolled: bool
    locked: bool
    last_sync_at: datetime | None
    pending: int
    conflicts: int
    incomplete: bool = False


def status(db: Database) -> SyncStatus:
    if not db.is_sqlite:
        return SyncStatus(False, False, None, 0, 0)
    with db.read() as session:
        values: dict[str, str] = dict(session.execute(text("SELECT key, value FROM sync_state WHERE key IN "
                                           "('device_id', 'locked', 'last_sync_at', 'full_pull')")).all())
        pending = session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
        conflicts = session.execute(text("SELECT count(*) FROM sync_inbox WHERE resolved_at IS NULL")).scalar_one()
    last = values.get("last_sync_at")
    return SyncStatus("device_id" in values, bool(values.get("locked")),
                      datetime.fromisoformat(last) if last else None, int(pending), int(conflicts),
                      "full_pull" in values)
