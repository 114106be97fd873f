"""The appointment card for the client (A6 or A5, printed): the next booked session of a request, where the
loket is and how to get there, and who the counsellor is and how to reach them, in plain Dutch (B1); the
key sentence optionally also in English, French or Arabic. No client name: a card left on a table tells
nobody whose it is. Printing one is audited on the request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.letter_content import OfficeHeading, office_heading
from leerwinkel_desk.store.models import Counsellor, LearningRequest, Loket


class CardLanguage(StrEnum):
    """The second language of the key sentence (Dutch is always there)."""

    ENGLISH = "en"
    FRENCH = "fr"
    ARABIC = "ar"


class CardSize(StrEnum):
    A6 = "a6"
    A5 = "a5"


@dataclass(frozen=True)
class AppointmentCard:
    office: OfficeHeading
    request_no: str
    at: datetime
    minutes: int | None
    loket_name: str | None          # None: at the office itself (its address from the letterhead)
    street: str | None
    town: str | None
    directions: str | None
    counsellor: str | None
    phone: str | None               # the counsellor's, else the office's
    language: CardLanguage | None


class AppointmentCards(UseCase):
    def for_request(self, request_id: uuid.UUID, language: CardLanguage | None = None) -> AppointmentCard | None:
        """The card of the request's next booked session (None: nothing is booked); audited."""
        self._require(Permission.CASEWORK)
        booked = Contacts(self._db, self._clock, self._actor).next_booked(request_id)
        if booked is None:
            return None
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            office = office_heading(session, self._actor.office_id)
            loket = session.get(Loket, booked.loket_id) if booked.loket_id else None
            person = session.execute(select(Counsellor.full_name, Counsellor.phone).where(
                Counsellor.id == booked.counsellor_id)).one_or_none() if booked.counsellor_id else None
            audit.record(session, self._actor, self._now(), "appointment_card.print", "learning_request",
                         request.id, ("at",), subject_client_id=request.client_id)
            place = loket if loket is not None else office
            town = " ".join(part for part in (place.postcode, place.municipality) if part) or None
            return AppointmentCard(
                office=office, request_no=request.request_no, at=booked.at, minutes=booked.minutes,
                loket_name=loket.name if loket else None, street=place.street, town=town,
                directions=loket.directions if loket else None, counsellor=person.full_name if person else None,
                phone=(person.phone if person and person.phone else office.phone), language=language)
