"""Zitdagen and the day's work: session days per loket, bookable slots, a counsellor's agenda."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from math import lcm
from typing import TypeVarTuple

from sqlalchemy import Row, Select, or_, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.calendar import BRUSSELS, local_date
from leerwinkel_desk.domain.enums import ContactStatus, Phase
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.services.contacts import ContactRow, contact_row
from leerwinkel_desk.services.requests import ROW_COLUMNS as REQUEST_COLUMNS
from leerwinkel_desk.services.requests import FollowUpRow, RequestRow, Requests
from leerwinkel_desk.store.models import Client, Contact, Counsellor, LearningRequest, Loket, Zitdag

QUIET_DAYS = 30
DAY_ROWS = 100          # rows per list of the day (see Agenda.day)
OPEN_PHASES = tuple(p for p in Phase if p is not Phase.CLOSED)     # a range of the phase index, not a scan
_Ts = TypeVarTuple("_Ts")


def oldest_open_first(session: Session, requests: Select[*_Ts], limit: int) -> list[Row[*_Ts]]:
    """The first `limit` open requests of `requests` (the columns of REQUEST_COLUMNS), oldest opened first.

    Read phase by phase, each from its oldest on (index office, phase, opened on), so each stops at its
    first `limit`: one query over every open phase read all the office's open requests (each with its
    conditions checked) to sort them, the sign-in's slowest step at 3x (migration 0011).
    """
    found = [row for phase in OPEN_PHASES for row in session.execute(requests.where(
        LearningRequest.phase == phase).order_by(LearningRequest.opened_on, LearningRequest.id).limit(limit))]
    return sorted(found, key=lambda row: (row.opened_on, row.id))[:limit]


@dataclass(frozen=True)
class ZitdagRow:
    id: uuid.UUID
    loket_id: uuid.UUID
    loket_name: str
    counsellor_id: uuid.UUID
    weekday: int | None
    on_date: date | None
    starts: time
    ends: time
    slot_minutes: int
    every_weeks: int = 1
    valid_from: date | None = None
    valid_until: date | None = None

    def falls_on(self, on: date) -> bool:
        """A single day on its date; a recurring one on its weekday, every `every_weeks` weeks from valid_from."""
        if self.on_date is not None:
            return self.on_date == on
        if self.weekday != on.weekday() or (self.valid_from and on < self.valid_from) \
                or (self.valid_until and on > self.valid_until):
            return False
        return self.every_weeks == 1 or self.valid_from is None or \
            ((on - self.valid_from).days // 7) % self.every_weeks == 0

    def first_shared_day(self, other: ZitdagRow, today: date) -> date | None:
        """The first day from `today` on that both fall on (None: they never meet). Two recurring ones meet,
        if ever, within the least common multiple of their weeks (at most 8 × 7 weeks) from the later start."""
        single: date | None = self.on_date or other.on_date
        if single is not None:
            return single if single >= today and self.falls_on(single) and other.falls_on(single) else None
        if self.weekday is None or self.weekday != other.weekday:
            return None
        start = max(today, self.valid_from or today, other.valid_from or today)
        day = start + timedelta(days=(self.weekday - start.weekday()) % 7)
        for _ in range(lcm(self.every_weeks, other.every_weeks)):
            if self.falls_on(day) and other.falls_on(day):
                return day
            day += timedelta(weeks=1)
        return None

    def first_day(self) -> date | None:
        """The first day it falls on (None: a recurring one without a start, in force from always)."""
        if self.on_date is not None or self.valid_from is None:
            return self.on_date
        return self.valid_from + timedelta(days=((self.weekday or 0) - self.valid_from.weekday()) % 7)

    def changed_from(self, typed: ZitdagRow, today: date) -> ZitdagRow:
        """`typed` as the new zitdag that takes over from this one (held before today) once the change takes
        effect: today, or typed's start when later; a single day on its date. Every n weeks on the same weekday
        and rhythm, it starts on this one's first day from then on, so the weeks stay as they were. It ends
        when this one would have (if after its start)."""
        if typed.on_date is not None:
            return replace(typed, id=uuid.uuid4(), valid_from=None, valid_until=None)
        start = max(today, typed.valid_from or today)
        if typed.every_weeks > 1 and (typed.weekday, typed.every_weeks) == (self.weekday, self.every_weeks):
            rhythm = replace(self, valid_until=None)
            start += timedelta(days=((self.weekday or 0) - start.weekday()) % 7)
            while not rhythm.falls_on(start):
                start += timedelta(weeks=1)
        until = self.valid_until if self.valid_until is not None and self.valid_until >= start else None
        return replace(typed, id=uuid.uuid4(), valid_from=start, valid_until=until)

    def clashes_with(self, other: ZitdagRow, today: date) -> bool:
        """The same counsellor at two places (or twice at one) at the same time of a day both fall on."""
        return self.counsellor_id == other.counsellor_id and self.starts < other.ends and other.starts < self.ends \
            and self.first_shared_day(other, today) is not None


_ZITDAG_FIELDS = ("loket_id", "counsellor_id", "weekday", "on_date", "starts", "ends", "slot_minutes", "every_weeks",
                  "valid_from", "valid_until")      # what a zitdag is, as kept (ZitdagRow names them alike)
_TYPED_FIELDS = tuple(name for name in _ZITDAG_FIELDS if name != "valid_until")    # what its form shows


def _checked_zitdag(wanted: ZitdagRow) -> ZitdagRow:
    """`wanted` if it is a zitdag at all: on a weekday or a date, its end after its start, a rhythm of 1 to 8
    weeks (more than one counted from its start, so with one), slots of some minutes; else InvalidValue."""
    if not 1 <= wanted.every_weeks <= 8 or (
            wanted.every_weeks > 1 and (wanted.weekday is None or wanted.valid_from is None)):
        raise InvalidValue("every_weeks", "range")
    if (wanted.weekday is None) == (wanted.on_date is None):
        raise InvalidValue("weekday", "weekday_or_date")
    if wanted.weekday is not None and not 0 <= wanted.weekday <= 6:
        raise InvalidValue("weekday", "range")
    if wanted.ends <= wanted.starts:
        raise InvalidValue("ends", "before_start")
    if wanted.slot_minutes <= 0:
        raise InvalidValue("slot_minutes", "range")
    return wanted


@dataclass(frozen=True)
class Slot:
    """A bookable time at a loket with a counsellor (`at` in UTC)."""

    loket_id: uuid.UUID
    counsellor_id: uuid.UUID
    at: datetime
    minutes: int


@dataclass(frozen=True)
class DayAgenda:
    on: date
    zitdagen: list[ZitdagRow]
    sessions: list[ContactRow]
    follow_ups: list[FollowUpRow]
    quiet_requests: list[RequestRow]
    session_requests: dict[uuid.UUID, RequestRow]     # the request of each planned session
    people: dict[uuid.UUID, str]                      # the name of each client on the day's lists


def local_moment(on: date, at: time) -> datetime:
    """A Belgian wall-clock time on a date, as UTC."""
    return datetime.combine(on, at, BRUSSELS).astimezone(UTC)


def day_bounds(on: date) -> tuple[datetime, datetime]:
    return local_moment(on, time(0)), local_moment(on + timedelta(days=1), time(0))


class Agenda(UseCase):
    def add_zitdag(self, loket_id: uuid.UUID, counsellor_id: uuid.UUID, starts: time, ends: time,
                   weekday: int | None = None, on_date: date | None = None, slot_minutes: int = 60,
                   valid_from: date | None = None, valid_until: date | None = None,
                   every_weeks: int = 1) -> ZitdagRow:
        """A recurring session day (on a weekday, 0 = Monday; every `every_weeks` weeks counted from
        `valid_from`, which that needs) or a single one (on a date), of a counsellor who can sign in.

        A counsellor is at one place at a time: a zitdag that takes hours of another of theirs on a day both
        fall on is refused (InvalidValue "starts": `duplicate` when it is the same zitdag again, else
        `overlap`); a closed account gets none (InvalidValue "counsellor_id", `closed`)."""
        self._require(Permission.MANAGE_OFFICE)
        wanted = _checked_zitdag(ZitdagRow(uuid.uuid4(), loket_id, "", counsellor_id, weekday, on_date, starts, ends,
                                           slot_minutes, every_weeks, valid_from, valid_until))
        now = self._now()
        with self._db.write() as session:
            loket_name = self._refuse_clash(session, wanted)
            zitdag = self._add(session, wanted, now)
            return self._zitdag_row(zitdag, loket_name)

    def change_zitdag(self, zitdag_id: uuid.UUID, loket_id: uuid.UUID, counsellor_id: uuid.UUID, starts: time,
                      ends: time, weekday: int | None = None, on_date: date | None = None, slot_minutes: int = 60,
                      valid_from: date | None = None, every_weeks: int = 1,
                      loaded: ZitdagRow | None = None) -> ZitdagRow:
        """The zitdag corrected to these values (as `add_zitdag` takes them; the clash check passes over the
        zitdag itself), without rewriting its history: returns the zitdag in force with them. With `loaded`
        (the row the form showed) only what the form changed, and never a field someone else saved meanwhile
        unseen (services.common.edited_fields); without it (the command line) the values are the whole zitdag.

        One not held before today (its first day is today or later, or it was entered today) is changed where
        it is (zitdag.update, the fields that changed). One held before keeps its past (Vandaag of a past day,
        the agenda of then): it ends the day before the change takes effect (zitdag.update, valid_until), and
        the changed one is a new zitdag from then on (zitdag.create), ending when the old one would have. The
        change takes effect today, or from `valid_from` when that is later; every n weeks on the same weekday
        and rhythm, the weeks stay as they were. A single day already past cannot be changed (InvalidValue
        "on_date", `past`), nor a zitdag ended before today (InvalidValue "valid_from", `ended`). Sessions booked
        on its days stay as they are, as when a zitdag is ended. Nothing changed: nothing written."""
        self._require(Permission.MANAGE_OFFICE)
        today, now = self._today(), self._now()
        with self._db.write() as session:
            zitdag = self._load(session, Zitdag, zitdag_id)
            old = self._zitdag_row(zitdag, "")
            if old.on_date is not None and old.on_date < today:
                raise InvalidValue("on_date", "past")
            if old.valid_until is not None and old.valid_until < today:
                raise InvalidValue("valid_from", "ended")
            typed = ZitdagRow(zitdag_id, loket_id, "", counsellor_id, weekday, on_date, starts, ends, slot_minutes,
                              every_weeks, valid_from, old.valid_until)
            if loaded is not None:
                edited = edited_fields(old, {name: getattr(typed, name) for name in _TYPED_FIELDS}, loaded)
                typed = replace(old, **{name: getattr(typed, name) for name in edited})
            first_day = old.first_day()
            if (first_day is None or first_day < today) and local_date(zitdag.created_at) < today:
                return self._change_from(session, zitdag, old.changed_from(typed, today), now)
            wanted = _checked_zitdag(typed)
            if wanted == old:
                return self._zitdag_row(zitdag, self._load(session, Loket, loket_id).name)
            loket_name = self._refuse_clash(session, wanted, zitdag_id)
            changed = [name for name in _ZITDAG_FIELDS if getattr(zitdag, name) != getattr(wanted, name)]
            for name in changed:
                setattr(zitdag, name, getattr(wanted, name))
            self._touch(zitdag, now)
            audit.record(session, self._actor, now, "zitdag.update", "zitdag", zitdag.id, changed)
            return self._zitdag_row(zitdag, loket_name)

    def _change_from(self, session: Session, zitdag: Zitdag, wanted: ZitdagRow, now: datetime) -> ZitdagRow:
        """A zitdag held before today changed from `wanted`'s start on (today for a single day): it ends the
        day before, and `wanted` is added. Only its start differing, nothing is written."""
        old = self._zitdag_row(zitdag, "")
        if replace(_checked_zitdag(wanted), id=old.id, valid_from=old.valid_from) == old:
            return self._zitdag_row(zitdag, self._load(session, Loket, old.loket_id).name)
        loket_name = self._refuse_clash(session, wanted, zitdag.id)
        takes_over = self._today() if wanted.valid_from is None else wanted.valid_from
        if old.valid_until is None or old.valid_until >= takes_over:
            zitdag.valid_until = takes_over - timedelta(days=1)
            self._touch(zitdag, now)
            audit.record(session, self._actor, now, "zitdag.update", "zitdag", zitdag.id, ("valid_until",))
        return self._zitdag_row(self._add(session, wanted, now), loket_name)

    def _refuse_clash(self, session: Session, wanted: ZitdagRow, itself: uuid.UUID | None = None) -> str:
        """`wanted` refused when its counsellor's account is closed or it takes hours of another zitdag of
        theirs (not `itself`, the one it corrects) on a day both fall on; returns its loket's name."""
        today = self._today()
        loket = self._load(session, Loket, wanted.loket_id)
        if not self._load(session, Counsellor, wanted.counsellor_id).can_log_in:
            raise InvalidValue("counsellor_id", "closed")
        for other in self._schedule(session, today, wanted.counsellor_id):
            if other.id != itself and wanted.clashes_with(other, today):
                same = (other.loket_id, other.weekday, other.on_date, other.starts, other.ends) == \
                    (wanted.loket_id, wanted.weekday, wanted.on_date, wanted.starts, wanted.ends)
                raise InvalidValue("starts", "duplicate" if same else "overlap")
        return loket.name

    def _add(self, session: Session, wanted: ZitdagRow, now: datetime) -> Zitdag:
        zitdag = self._new(Zitdag(**{name: getattr(wanted, name) for name in _ZITDAG_FIELDS}), now)
        session.add(zitdag)
        session.flush()
        audit.record(session, self._actor, now, "zitdag.create", "zitdag", zitdag.id,
                     ("loket_id", "counsellor_id", "starts", "ends"))
        return zitdag

    def zitdagen(self, on: date, counsellor_id: uuid.UUID | None = None) -> list[ZitdagRow]:
        """The session days that fall on a date, per loket."""
        with self._db.read() as session:
            query = select(Zitdag, Loket.name).join(Loket, Loket.id == Zitdag.loket_id).where(
                Zitdag.office_id == self._actor.office_id,
                Zitdag.deleted_at.is_(None),
                or_(Zitdag.on_date == on, Zitdag.weekday == on.weekday()),
                or_(Zitdag.valid_from.is_(None), Zitdag.valid_from <= on),
                or_(Zitdag.valid_until.is_(None), Zitdag.valid_until >= on),
            ).order_by(Loket.name, Zitdag.starts, Zitdag.id)
            if counsellor_id is not None:
                query = query.where(Zitdag.counsellor_id == counsellor_id)
            rows = [self._zitdag_row(z, name) for z, name in session.execute(query)]
        return [z for z in rows if z.falls_on(on)]

    def schedule(self) -> list[ZitdagRow]:
        """Every zitdag not ended before today: the recurring ones and the single days to come."""
        with self._db.read() as session:
            return self._schedule(session, self._today())

    def _schedule(self, session: Session, today: date, counsellor_id: uuid.UUID | None = None) -> list[ZitdagRow]:
        query = select(Zitdag, Loket.name).join(Loket, Loket.id == Zitdag.loket_id).where(
            Zitdag.office_id == self._actor.office_id, Zitdag.deleted_at.is_(None),
            or_(Zitdag.valid_until.is_(None), Zitdag.valid_until >= today),
            or_(Zitdag.on_date.is_(None), Zitdag.on_date >= today),
        ).order_by(Loket.name, Zitdag.weekday, Zitdag.on_date, Zitdag.starts, Zitdag.id)
        if counsellor_id is not None:
            query = query.where(Zitdag.counsellor_id == counsellor_id)
        return [self._zitdag_row(z, name) for z, name in session.execute(query)]

    def end_zitdag(self, zitdag_id: uuid.UUID) -> None:
        """The zitdag stops after today (sessions booked on it stay as they are)."""
        self._edit(Permission.MANAGE_OFFICE, Zitdag, zitdag_id, {"valid_until": self._today()})

    def free_slots(self, on: date, loket_id: uuid.UUID | None = None,
                   counsellor_id: uuid.UUID | None = None) -> list[Slot]:
        """Slots of the day's zitdagen that no planned session occupies yet."""
        zitdagen = [z for z in self.zitdagen(on, counsellor_id)
                    if loket_id is None or z.loket_id == loket_id]
        start, end = day_bounds(on)
        with self._db.read() as session:
            taken = {(row.counsellor_id, row.at) for row in session.execute(select(
                Contact.counsellor_id, Contact.at).where(
                Contact.office_id == self._actor.office_id,
                Contact.status == ContactStatus.PLANNED,
                Contact.deleted_at.is_(None),
                Contact.at >= start, Contact.at < end,
            ))}
        slots = []
        for z in zitdagen:
            moment = local_moment(on, z.starts)
            finish = local_moment(on, z.ends)
            while moment + timedelta(minutes=z.slot_minutes) <= finish:
                if (z.counsellor_id, moment) not in taken:
                    slots.append(Slot(z.loket_id, z.counsellor_id, moment, z.slot_minutes))
                moment += timedelta(minutes=z.slot_minutes)
        return sorted(slots, key=lambda s: (s.at, str(s.loket_id)))

    def day(self, counsellor_id: uuid.UUID | None, on: date, limit: int = DAY_ROWS) -> DayAgenda:
        """A counsellor's day (the whole office's when None): zitdagen, sessions planned,
        follow-ups due, requests quiet for 30 days.

        The follow-ups and the quiet requests are the first `limit` of each (the signed-in person's
        own first, then the most overdue or the oldest): office-wide they grow with the office (4,000
        quiet requests on a 100,000-client file), what a person can work through in a day does not.
        Only the columns the lists show are read.
        """
        start, end = day_bounds(on)
        quiet_since = local_moment(on - timedelta(days=QUIET_DAYS), time(0))
        with self._db.read() as session:
            mine = (Contact.counsellor_id == counsellor_id if counsellor_id is not None
                    else Contact.office_id == self._actor.office_id)
            owned = (LearningRequest.owner_id == counsellor_id if counsellor_id is not None
                     else LearningRequest.office_id == self._actor.office_id)
            sessions = session.scalars(select(Contact).where(
                mine, Contact.deleted_at.is_(None),
                Contact.status == ContactStatus.PLANNED,
                Contact.at >= start, Contact.at < end,
            ).order_by(Contact.at, Contact.id)).all()
            recent_contact = select(Contact.id).where(
                Contact.request_id == LearningRequest.id, Contact.deleted_at.is_(None),
                Contact.at >= quiet_since).exists()
            any_contact = select(Contact.id).where(
                Contact.request_id == LearningRequest.id, Contact.deleted_at.is_(None)).exists()
            quiet = self._own_first(session, select(*REQUEST_COLUMNS).where(
                owned,
                LearningRequest.deleted_at.is_(None),
                ~recent_contact,
                or_(any_contact, LearningRequest.opened_on < on - timedelta(days=QUIET_DAYS)),
            ), LearningRequest.owner_id, limit, lambda r: r.id,
                lambda query, count: oldest_open_first(session, query, count))
            session_requests = {r.id: RequestRow(**r._asdict()) for r in session.execute(select(*REQUEST_COLUMNS).where(
                LearningRequest.id.in_({c.request_id for c in sessions})))}
            session_rows = [contact_row(c) for c in sessions]
            quiet_rows = [RequestRow(**r._asdict()) for r in quiet]
            follow_ups = Requests(self._db, self._clock, self._actor).follow_ups(counsellor_id, on, 0, limit)
            named = ({row.client_id for row in session_requests.values()} | {row.client_id for row in follow_ups}
                     | {row.client_id for row in quiet_rows})
            named.discard(None)
            people = {client_id: " ".join(part for part in (first, last) if part)
                      for client_id, first, last in session.execute(select(
                          Client.id, Client.first_name, Client.last_name).where(Client.id.in_(named)))}
        return DayAgenda(on=on, zitdagen=self.zitdagen(on, counsellor_id), sessions=session_rows,
                         follow_ups=follow_ups, quiet_requests=quiet_rows, session_requests=session_requests,
                         people=people)

    @staticmethod
    def _zitdag_row(z: Zitdag, loket_name: str) -> ZitdagRow:
        return ZitdagRow(id=z.id, loket_id=z.loket_id, loket_name=loket_name, counsellor_id=z.counsellor_id,
                         weekday=z.weekday, on_date=z.on_date, starts=z.starts, ends=z.ends,
                         slot_minutes=z.slot_minutes, every_weeks=z.every_weeks or 1,
                         valid_from=z.valid_from, valid_until=z.valid_until)
