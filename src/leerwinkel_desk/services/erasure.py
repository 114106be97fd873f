"""Erasing a person (GDPR art. 17): their data leaves every table, the search index, letters and drafts.

What stays is the client's UUID and a tombstone, and the requests and contacts stripped of
every free text, so the monitoring figures keep counting and sync can pass the erasure on.
Their work still to do ends with them (`work_ended`: open requests closed, booked sessions
cancelled), since nobody can do it without the dossier; the sync service ends it the same way.
The freed pages are overwritten (`secure_delete`), the planner's samples of the person's keys
removed, and the WAL is checkpointed (waiting for readers to finish), so the bytes are gone from
the files too (see store/scrub.py). Every erasure is registered (who and when, nothing else), so a
restore from an older backup erases the person again.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.enums import ContactStatus, Outcome, Phase, Tier
from leerwinkel_desk.domain.errors import Conflict
from leerwinkel_desk.domain.numbers import erased_marker
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.rules import outcome_when_erased
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.letters import filed_letters
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.erased import PERSONAL_CLIENT_FIELDS, PERSONAL_COLUMNS, cleared
from leerwinkel_desk.store.models import (
    Client,
    ClientMerge,
    Contact,
    Draft,
    Erasure,
    Handover,
    LearningRequest,
    Letter,
    OptionConsidered,
    ReferralOut,
    RequestChange,
)
from leerwinkel_desk.store.raw import driver
from leerwinkel_desk.store.scrub import forget_samples

# the records of a person's requests that can hold anything about them, with the column naming the request; the
# columns and what they hold once emptied are the erasure's one rule (store/erased.py)
FREE_TEXT: tuple[tuple[type[Base], InstrumentedAttribute[uuid.UUID], tuple[str, ...]], ...] = tuple(
    (model, owner, PERSONAL_COLUMNS[model.__tablename__]) for model, owner in (
        (LearningRequest, LearningRequest.id),
        (Contact, Contact.request_id),
        (ReferralOut, ReferralOut.request_id),
        (OptionConsidered, OptionConsidered.request_id),
        (Handover, Handover.request_id),
        (RequestChange, RequestChange.request_id),
    ))
# the person's work still to do, with the column naming the request: what an erasure does to it is `work_ended`
OPEN_WORK: tuple[tuple[type[LearningRequest | Contact], InstrumentedAttribute[uuid.UUID]], ...] = (
    (LearningRequest, LearningRequest.id),
    (Contact, Contact.request_id),
)


@dataclass(frozen=True)
class ErasureRow:
    client_id: uuid.UUID
    erased_at: datetime
    letters_removed: int


@dataclass(frozen=True)
class ErasureOutlook:
    """What an erasure would end of a person's work, for the question before it."""

    open_requests: int          # closed (see work_ended)
    booked_sessions: int        # cancelled
    open_loops: int             # referrals whose outcome is not known: they stay so


def work_ended(model: type[Base], row: Mapping[str, Any], day: date) -> dict[str, object]:
    """What an erasure on `day` changes in one row of OPEN_WORK (nothing: empty), given the row's values.
    The one rule: the laptop applies it (`end_open_work`), and the sync service to its rows (`erase_centrally`).

    - A request still open (aftercare too) is closed that day, keeping an outcome it had, else with
      `outcome_when_erased`; its follow-up ends. Nobody can work on it without the dossier, and left open it
      would count as "open" in the monitoring figures for ever and stay on Vandaag and in Aanvragen.
    - A session still booked is cancelled, also one whose hour has passed: nobody can write it down any more,
      its zitdag slot is free again, and it leaves Vandaag and the agenda. The figures count held sessions only.
    A referral's loop is left open: whether the client arrived is not known, and a closed loop is one whose
    outcome is known (the figures' "opgevolgd" and "aangekomen"); Vandaag lists no loop of an erased
    client (`Referrals.open_loops`).
    """
    if model is LearningRequest and row["phase"] != Phase.CLOSED:
        outcome = (Outcome(row["outcome"]) if row["outcome"]
                   else outcome_when_erased(Tier(row["tier"]), row["enrolled_on"] is not None))
        return {"phase": Phase.CLOSED, "closed_on": row["closed_on"] or day, "outcome": outcome,
                "follow_up": False, "follow_up_due": None}
    if model is Contact and row["status"] == ContactStatus.PLANNED:
        return {"status": ContactStatus.CANCELLED}
    return {}


def end_open_work(session: Session, actor: Actor, client_id: uuid.UUID, at: datetime) -> None:
    """The person's work still to do ended (`work_ended`)."""
    for row, values in work_to_end(session, client_id, local_date(at)):
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at, row.updated_by = at, actor.counsellor_id


def work_to_end(session: Session, client_id: uuid.UUID, day: date) -> list[tuple[Any, dict[str, object]]]:
    """The rows of OPEN_WORK an erasure on `day` changes, with their new values, on the person's own requests
    (not on those a merge moved to another record: that record's work is not theirs to end)."""
    own = select(LearningRequest.id).where(LearningRequest.client_id == client_id)
    return [(row, values) for model, owner in OPEN_WORK
            for row in session.scalars(select(model).where(owner.in_(own), model.deleted_at.is_(None)))
            if (values := work_ended(model, row_values(row), day))]


def row_values(row: Base) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def erase_in(session: Session, db: Database, actor: Actor, client_id: uuid.UUID, at: datetime) -> ErasureRow:
    """The erasure itself, inside the caller's write transaction (also used by restore)."""
    client = session.get(Client, client_id)
    if client is None:
        raise Conflict("client.unknown")
    request_ids = requests_of(session, client_id)
    end_open_work(session, actor, client_id, at)
    forget_samples(session, [str(getattr(client, field)) for field in (*PERSONAL_CLIENT_FIELDS, "name_key",
                                                                        "dossier_no")
                             if getattr(client, field) is not None])
    dossier_prefix = f"{client.dossier_no}-"
    for field, value in cleared("client").items():      # name_key "": the triggers drop the name from the indexes
        setattr(client, field, value)
    client.dossier_no = erased_marker(client_id)
    client.difficult_school_past = client.weak_network = False
    client.deleted_at = client.deleted_at or at
    client.updated_at, client.updated_by = at, actor.counsellor_id
    clear_free_text(session, request_ids)
    files = filed_letters(db)
    letters = session.scalars(select(Letter).where(
        (Letter.client_id == client_id) | Letter.request_id.in_(request_ids))).all()
    removed = {letter.file_name for letter in letters}
    removed |= {name for name in files.names() if name.startswith(dossier_prefix)}   # also unrecorded ones
    for name in removed:
        files.remove(name)
    for letter in letters:
        letter.file_name = f"erased-{letter.id.hex}"
        for field, value in cleared("letter").items():
            setattr(letter, field, value)
    session.execute(delete(Draft).where(Draft.subject_client_id == client_id))
    session.flush()         # every change above lands before the erasure row, whose trigger scrubs the sync outbox
    if session.scalar(select(Erasure.id).where(Erasure.client_id == client_id)) is None:
        session.add(Erasure(office_id=client.office_id, client_id=client_id, erased_at=at,
                            erased_by=actor.counsellor_id))
    audit.record(session, actor, at, "client.erase", "client", client_id, PERSONAL_CLIENT_FIELDS,
                 subject_client_id=client_id)
    return ErasureRow(client_id, at, len(removed))


def requests_of(session: Session, client_id: uuid.UUID) -> list[uuid.UUID]:
    """A person's requests: those of their record, and those a merge (not undone) moved from it to the
    surviving record, which hold their words too (the sync service erases the same: erase_centrally)."""
    ids = set(session.scalars(select(LearningRequest.id).where(LearningRequest.client_id == client_id)))
    for moved in session.scalars(select(ClientMerge.moved).where(ClientMerge.merged_id == client_id,
                                                                 ClientMerge.undone_at.is_(None))):
        ids |= {uuid.UUID(i) for i in moved.get("learning_request", [])}
    return sorted(ids)


def clear_free_text(session: Session, request_ids: Collection[uuid.UUID]) -> None:
    """The FREE_TEXT columns of these requests and their linked records emptied."""
    for model, owner, fields in FREE_TEXT:
        columns = model.__table__.columns
        session.execute(update(model).where(owner.in_(request_ids)).values(
            {field: value if value is None else case((columns[field].is_(None), None), else_=value)
             for field, value in cleared(model.__tablename__, fields).items()}))


# the free-text columns an erasure empties to "" rather than NULL: there "" is words erased (screens, letters, export)
EMPTIED_TO_TEXT = frozenset(field for model, _owner, fields in FREE_TEXT
                            for field, value in cleared(model.__tablename__, fields).items() if value == "")


def scrub_files(db: Database) -> None:
    """After an erasure: merge the search index and checkpoint the WAL, so no old page survives."""
    if not db.is_sqlite:
        return
    raw = db.engine.raw_connection()
    try:
        driver(raw).execute("INSERT INTO client_name_fts(client_name_fts) VALUES ('optimize')")
        driver(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


class Erasures(UseCase):
    def was_erased(self, client_id: uuid.UUID) -> bool:
        """Whether this person was erased here (the register: who and when, nothing else about them)."""
        with self._db.read() as session:
            return session.scalar(select(Erasure.id).where(Erasure.client_id == client_id,
                                                           Erasure.office_id == self._actor.office_id)) is not None

    def outlook(self, client_id: uuid.UUID) -> ErasureOutlook:
        """What erasing this person would end of their work (coordinators only): the erasure's own rule."""
        self._require(Permission.ERASE)
        with self._db.read() as session:
            self._load(session, Client, client_id)
            ended = [type(row) for row, _values in work_to_end(session, client_id, self._today())]
            loops = session.scalar(select(func.count()).select_from(ReferralOut).join(
                LearningRequest, LearningRequest.id == ReferralOut.request_id).where(
                LearningRequest.client_id == client_id, ReferralOut.deleted_at.is_(None),
                ReferralOut.loop_closed_on.is_(None)))
            return ErasureOutlook(ended.count(LearningRequest), ended.count(Contact), loops or 0)

    def erase(self, client_id: uuid.UUID) -> ErasureRow:
        """Erase one person (coordinators only); cannot be undone, except from a backup."""
        self._require(Permission.ERASE)
        with self._db.write() as session:
            self._load(session, Client, client_id)
            row = erase_in(session, self._db, self._actor, client_id, self._now())
        scrub_files(self._db)
        return row
