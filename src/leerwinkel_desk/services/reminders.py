"""A reminder of a booked session for the client (WhatsApp or sms), in plain Dutch like the letters, and its
sending logged as a micro-contact. The text holds the day, hour and place; never the client's name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.contacts import ContactRow, Contacts
from leerwinkel_desk.store.models import Counsellor, Loket, Office

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class Reminder:
    session: ContactRow
    text: str


def reminder_text(office: str, at: datetime, place: str, counsellor: str) -> str:
    local = at.astimezone(BRUSSELS)
    return (f"Herinnering: u hebt een afspraak bij {office} op {WEEKDAYS[local.weekday()]} "
            f"{local.day}/{local.month} om {local.hour}.{local.minute:02d} uur, in {place}. "
            f"Kunt u niet komen? Laat het ons weten. Groeten, {counsellor}")


class Reminders(UseCase):
    def for_request(self, request_id: uuid.UUID) -> Reminder | None:
        """The reminder of the request's next booked session (None: nothing is booked)."""
        booked = Contacts(self._db, self._clock, self._actor).next_booked(request_id)
        if booked is None:
            return None
        with self._db.read() as session:
            office = session.scalar(select(Office.name).where(Office.id == self._actor.office_id)) or ""
            loket = session.get(Loket, booked.loket_id) if booked.loket_id else None
            counsellor = session.scalar(select(Counsellor.full_name).where(
                Counsellor.id == booked.counsellor_id)) if booked.counsellor_id else None
        place = f"{loket.name}, {loket.municipality}" if loket and loket.municipality else (
            loket.name if loket else office)
        return Reminder(booked, reminder_text(office, booked.at, place, counsellor or office))

    def sent(self, reminder: Reminder, channel: Channel) -> ContactRow:
        """The reminder went out (copied to WhatsApp or sms): a micro-contact on the request."""
        local = reminder.session.at.astimezone(BRUSSELS)
        return Contacts(self._db, self._clock, self._actor).log_micro(
            reminder.session.request_id, channel, f"Herinnering afspraak {local:%d/%m/%Y %H:%M} gestuurd")
