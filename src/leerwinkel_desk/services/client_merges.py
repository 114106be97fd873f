"""Merging duplicates (coordinators): one person registered twice becomes one record, and a merge
can be undone exactly, because it keeps what it moved and which empty fields of the survivor it filled.

On an enrolled laptop a merge (and its undo) travels as a command: only its `client_merge` row is
queued for the sync service, which merges the office's rows there (sync/server/merges.py, with
`check_mergeable` and `MERGE_MOVES` from here), so rows other laptops created under the duplicate
meanwhile follow too. What the merge moves on this laptop is therefore not captured."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from leerwinkel_desk.domain.errors import Conflict, InvalidValue, NotFound
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.clients import IDENTITY_FIELDS, apply_keys
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Client, ClientMerge, Consent, LearningRequest, Letter
from leerwinkel_desk.store.sync_capture import muted

# what a merge moves to the survivor, by table name: the records of the person (their key, their client column)
MERGE_MOVES: dict[str, tuple[type[Base], InstrumentedAttribute[uuid.UUID], InstrumentedAttribute[uuid.UUID | None]]] = {
    "learning_request": (LearningRequest, LearningRequest.id, LearningRequest.client_id),
    "consent": (Consent, Consent.id, Consent.client_id),
    "letter": (Letter, Letter.id, Letter.client_id),
}


def check_mergeable(survivor_id: uuid.UUID, merged_id: uuid.UUID, survivor_merged_into: uuid.UUID | None,
                    merged_merged_into: uuid.UUID | None) -> None:
    """Two different records, neither merged already (here and on the sync service)."""
    if survivor_id == merged_id:
        raise InvalidValue("merged", "same_client")
    if survivor_merged_into is not None or merged_merged_into is not None:
        raise Conflict("client.already_merged")


@contextmanager
def _as_command(db: Database, session: Session) -> Iterator[None]:
    """The re-pointing of a merge or undo, not captured for sync: its `client_merge` row carries it."""
    if not db.is_sqlite:
        yield
        return
    with muted(session.connection()):
        yield
        session.flush()


@dataclass(frozen=True)
class MergeRow:
    id: uuid.UUID
    survivor_id: uuid.UUID
    merged_id: uuid.UUID
    moved: dict[str, list[str]]


class ClientMerges(UseCase):
    """The merges of the office's client register."""

    def merge(self, survivor_id: uuid.UUID, merged_id: uuid.UUID) -> MergeRow:
        """Fold a duplicate into the surviving record, keeping every request, consent and letter.

        Audit events stay as written (the trail is append-only) and still name the merged
        record, which now points to the survivor. The merge records what moved and which empty
        fields of the survivor it filled, so a coordinator can undo it exactly.
        """
        self._require(Permission.MERGE_CLIENTS)
        now = self._now()
        with self._db.write() as session:
            survivor = self._load(session, Client, survivor_id)
            merged = self._load(session, Client, merged_id)
            check_mergeable(survivor.id, merged.id, survivor.merged_into_id, merged.merged_into_id)
            moved: dict[str, list[str]] = {}
            with _as_command(self._db, session):
                for name, (model, key, owner) in MERGE_MOVES.items():
                    ids = session.scalars(select(key).where(owner == merged.id)).all()
                    moved[name] = [str(i) for i in ids]
                    if ids:
                        session.execute(update(model).where(key.in_(ids)).values(
                            client_id=survivor.id, updated_at=now, updated_by=self._actor.counsellor_id))
                filled = [n for n in IDENTITY_FIELDS
                          if getattr(survivor, n) is None and getattr(merged, n) is not None]
                for name in filled:
                    setattr(survivor, name, getattr(merged, name))
                moved["filled_fields"] = filled
                apply_keys(survivor)
                merged.merged_into_id = survivor.id
                self._touch(survivor, now)
                self._touch(merged, now)
            record = ClientMerge(office_id=self._actor.office_id, survivor_id=survivor.id,
                                 merged_id=merged.id, merged_at=now,
                                 merged_by=self._actor.counsellor_id, moved=moved)
            session.add(record)
            session.flush()
            for subject in (survivor.id, merged.id):
                audit.record(session, self._actor, now, "client.merge", "client_merge", record.id,
                             ("client_id", *filled), subject_client_id=subject)
            return MergeRow(record.id, survivor.id, merged.id, moved)

    def recent_merges(self, limit: int = 20) -> list[MergeRow]:
        """Merges not undone, newest first (what a coordinator may want to take back)."""
        with self._db.read() as session:
            rows = session.scalars(select(ClientMerge).where(
                ClientMerge.office_id == self._actor.office_id, ClientMerge.undone_at.is_(None),
            ).order_by(ClientMerge.merged_at.desc(), ClientMerge.id.desc()).limit(limit))
            return [MergeRow(m.id, m.survivor_id, m.merged_id, m.moved) for m in rows]

    def undo_merge(self, merge_id: uuid.UUID) -> None:
        """Give back to the merged record exactly what the merge moved (coordinators only)."""
        self._require(Permission.MERGE_CLIENTS)
        now = self._now()
        with self._db.write() as session:
            record = session.get(ClientMerge, merge_id)
            if record is None or record.office_id != self._actor.office_id:
                raise NotFound("client_merge", merge_id)
            if record.undone_at is not None:
                raise Conflict("merge.undone")
            survivor = self._load(session, Client, record.survivor_id)
            merged = session.get(Client, record.merged_id)
            assert merged is not None
            with _as_command(self._db, session):
                for name, (model, key, _) in MERGE_MOVES.items():
                    ids = [uuid.UUID(i) for i in record.moved.get(name, [])]
                    if ids:
                        session.execute(update(model).where(key.in_(ids)).values(
                            client_id=merged.id, updated_at=now, updated_by=self._actor.counsellor_id))
                for name in record.moved.get("filled_fields", []):
                    setattr(survivor, name, None)
                apply_keys(survivor)
                merged.merged_into_id = None
                self._touch(survivor, now)
                self._touch(merged, now)
            record.undone_at, record.undone_by = now, self._actor.counsellor_id
            for subject in (survivor.id, merged.id):
                audit.record(session, self._actor, now, "client.merge_undo", "client_merge",
                             record.id, ("client_id",), subject_client_id=subject)
