"""The counsellor's agenda outside the app: booked sessions and zitdagen as an iCalendar (.ics) file that
Outlook or a phone can import or subscribe to. No client names leave the laptop: a session is shown by its
dossier number (or request number, when anonymous) and loket only. Once a counsellor's subscribable file
exists, it is written again whenever sessions or zitdagen change (`refresh`), not only on export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from leerwinkel_desk.domain.enums import ContactStatus
from leerwinkel_desk.services.agenda import Agenda, day_bounds, local_moment
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.letters import data_folder
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.store.models import Client, Contact, Counsellor, LearningRequest, Loket
from leerwinkel_desk.store.owner_only import make_owner_only_folder
from leerwinkel_desk.store.paths import AGENDA_FOLDER

FEED_DAYS = 120                     # how far ahead the file reaches
LINE_OCTETS = 75                    # RFC 5545 3.1: lines longer than this are folded


@dataclass(frozen=True)
class AgendaEvent:
    uid: str
    starts: datetime                # UTC
    ends: datetime
    summary: str
    location: str


class AgendaFeed(UseCase):
    def events(self, counsellor_id: uuid.UUID, start: date | None = None, days: int = FEED_DAYS) -> list[AgendaEvent]:
        """The counsellor's booked sessions and zitdagen from `start` (today) for `days` days, in time order."""
        first = start or self._today()
        begin, _ = day_bounds(first)
        _, end = day_bounds(first + timedelta(days=days - 1))
        with self._db.read() as session:
            # keyed also by None: a session without a loket has no place
            lokets: dict[uuid.UUID | None, tuple[str, str | None]] = {
                x.id: (x.name, x.municipality)
                for x in session.scalars(select(Loket).where(Loket.office_id == self._actor.office_id))}
            rows = session.execute(select(Contact, LearningRequest.request_no, Client.dossier_no).join(
                LearningRequest, LearningRequest.id == Contact.request_id).outerjoin(
                Client, Client.id == LearningRequest.client_id).where(
                Contact.office_id == self._actor.office_id, Contact.counsellor_id == counsellor_id,
                Contact.deleted_at.is_(None), Contact.status == ContactStatus.PLANNED,
                Contact.at >= begin, Contact.at < end)).all()
        events = [AgendaEvent(f"session-{c.id}@leerwinkel-desk", c.at, c.at + timedelta(minutes=c.minutes or 60),
                              f"Gesprek {dossier or request_no}", _place(lokets.get(c.loket_id)))
                  for c, request_no, dossier in rows]
        agenda = Agenda(self._db, self._clock, self._actor)
        for offset in range(days):
            day = first + timedelta(days=offset)
            for z in agenda.zitdagen(day, counsellor_id):
                events.append(AgendaEvent(f"zitdag-{z.id}-{day:%Y%m%d}@leerwinkel-desk", local_moment(day, z.starts),
                                          local_moment(day, z.ends), f"Zitdag {z.loket_name}",
                                          _place(lokets.get(z.loket_id))))
        return sorted(events, key=lambda e: (e.starts, e.uid))

    def write(self, counsellor_id: uuid.UUID, path: Path | None = None) -> Path:
        """The .ics file at `path`, or the subscribable one in the data folder (`agenda/<login>.ics`)."""
        if path is None:
            with self._db.read() as session:
                login = session.scalar(select(Counsellor.login).where(Counsellor.id == counsellor_id)) or "agenda"
            path = data_folder(self._db) / AGENDA_FOLDER / f"{login}.ics"
            path.parent.parent.mkdir(parents=True, exist_ok=True)
            make_owner_only_folder(path.parent)
        # the owner's only, as every file the app writes (store/durable.py): no names in it, but when and where
        # a client comes, and a dossier number
        write_whole(path, to_ics(self.events(counsellor_id), self._now()).encode("utf-8"))
        return path


    def refresh(self) -> list[Path]:
        """The subscribable files already in the data folder written again (after sessions or zitdagen
        changed), for each colleague of the office who has one; returns them."""
        folder = data_folder(self._db) / AGENDA_FOLDER
        if not folder.is_dir():
            return []
        with self._db.read() as session:
            people = session.execute(select(Counsellor.id, Counsellor.login).where(
                Counsellor.office_id == self._actor.office_id, Counsellor.deleted_at.is_(None))).all()
        return [self.write(person_id) for person_id, login in people if (folder / f"{login}.ics").is_file()]


def _place(loket: tuple[str, str | None] | None) -> str:
    if loket is None:
        return ""
    return f"{loket[0]}, {loket[1]}" if loket[1] else loket[0]


def to_ics(events: list[AgendaEvent], stamp: datetime) -> str:
    """RFC 5545 text: CRLF line ends, long lines folded, text values escaped, times in UTC."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerwinkel Desk//agenda//NL", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:Leerwinkel Desk"]
    for event in events:
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{_utc(stamp)}", f"DTSTART:{_utc(event.starts)}",
                  f"DTEND:{_utc(event.ends)}", f"SUMMARY:{_escaped(event.summary)}"]
        if event.location:
            lines.append(f"LOCATION:{_escaped(event.location)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space, never splitting a character."""
    parts: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode("utf-8")) > (LINE_OCTETS if not parts else LINE_OCTETS - 1):
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return "\r\n ".join(parts)

