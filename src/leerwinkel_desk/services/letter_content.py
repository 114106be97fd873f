"""What a printed letter may show, as plain read models for the renderer (the ReportLab one is in
`reports/`, a layer above): the office heading and the counsellor who signs, the client summary's
parts (`SummaryData`) and the warm-handover letter's (`HandoverData`); and `LetterRenderer`, what
turns them into PDF bytes. `services/letters.py` gathers them, has them rendered and files the result."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    ConsentMethod,
    DataItem,
    Delivery,
    DutchLevel,
    Qualification,
    Role,
    Tier,
)
from leerwinkel_desk.domain.errors import NotFound
from leerwinkel_desk.store.models import Office


@dataclass(frozen=True)
class OfficeHeading:
    """The office as its letterhead shows it."""

    code: str
    name: str
    street: str | None
    postcode: str | None
    municipality: str | None
    phone: str | None
    email: str | None
    website: str | None


@dataclass(frozen=True)
class CounsellorContact:
    """Who signs the letter and how to reach them."""

    full_name: str
    role: Role
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class CourseFacts:
    """What an adult needs to know of a course: where, when, how long, cost and support, entry."""

    provider_name: str
    municipality: str | None
    delivery: Delivery
    daytime: bool
    evenings: bool
    weekends: bool
    modular: bool
    duration_hours: int | None
    duration_text: str | None
    cost_eur: Decimal | None
    training_vouchers: bool
    educational_leave: bool
    fee_exemption: bool
    dutch_level_required: DutchLevel | None
    entry_requirements: str | None
    next_start: date | None
    recognised_qualification: bool
    qualification_name: str | None
    eqf_level: int | None


@dataclass(frozen=True)
class OptionFacts:
    """An option weighed with the client; `course` is None for a free-text option, whose `label` is "" once its
    words were erased (the letters say so: reports/course_facts.py's `option_label`)."""

    label: str
    course: CourseFacts | None
    note: str | None
    chosen_on: date | None


@dataclass(frozen=True)
class SessionHeld:
    at: datetime                  # local time in Belgium
    minutes: int | None
    place: str | None             # the loket
    summary: str | None


@dataclass(frozen=True)
class Appointment:
    at: datetime                  # local time in Belgium
    place: str | None


@dataclass(frozen=True)
class ReferralNote:
    """Where the client was referred and whom to ask there (not the counsellor's reason: that is internal)."""

    partner: str
    contact: str | None
    phone: str | None


@dataclass(frozen=True)
class LearningQuestion:
    topic: str | None
    question: str | None


@dataclass(frozen=True)
class SummaryData:
    """Everything the client summary shows, for the client: plain values only."""

    office: OfficeHeading
    produced_at: datetime
    dossier_no: str
    request_no: str | None
    first_name: str | None
    last_name: str | None
    question: LearningQuestion | None
    sessions: tuple[SessionHeld, ...]
    options: tuple[OptionFacts, ...]
    appointments: tuple[Appointment, ...]
    follow_up_due: date | None
    counsellor: CounsellorContact | None
    referrals: tuple[ReferralNote, ...] = ()       # referrals out whose outcome is not known yet


@dataclass(frozen=True)
class RecipientHeading:
    """The addressee block of a handover letter."""

    organisation: str | None
    person: str | None
    function: str | None
    street: str | None
    postcode: str | None
    municipality: str | None

    @property
    def label(self) -> str:
        """`Karel Vandenberghe, CVO Miras`: how the letter record names the recipient."""
        return ", ".join(part for part in (self.person, self.organisation) if part)


@dataclass(frozen=True)
class ConsentReference:
    """The consent printed on a handover letter: when and how it was given, until when it holds."""

    given_on: date
    method: ConsentMethod
    expires_on: date | None


@dataclass(frozen=True)
class Identity:
    first_name: str | None
    last_name: str | None
    birth_date: date | None


@dataclass(frozen=True)
class ContactDetails:
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class StudyHistory:
    highest_qualification: Qualification | None
    foreign_diploma: bool | None
    text: str | None


@dataclass(frozen=True)
class TrajectorySummary:
    tier: Tier
    opened_on: date
    sessions: tuple[SessionHeld, ...]


@dataclass(frozen=True)
class HandoverData:
    """A warm-handover letter: each item is filled only when it is in `items` (consented and relevant)."""

    office: OfficeHeading
    produced_at: datetime
    dossier_no: str
    request_no: str
    recipient: RecipientHeading
    consent: ConsentReference
    items: frozenset[DataItem]
    counsellor: CounsellorContact | None
    identity: Identity | None = None
    contact_details: ContactDetails | None = None
    question: LearningQuestion | None = None
    study_history: StudyHistory | None = None
    dutch_level: DutchLevel | None = None
    practical_barriers: str | None = None
    options: tuple[OptionFacts, ...] = ()
    choice: OptionFacts | None = None
    trajectory: TrajectorySummary | None = None


class LetterRenderer(Protocol):
    """Turns a letter's read model into PDF bytes; the same data must give the same bytes."""

    def summary(self, data: SummaryData) -> bytes: ...

    def handover(self, data: HandoverData) -> bytes: ...


def office_heading(session: Session, office_id: uuid.UUID) -> OfficeHeading:
    """The office as its letterhead shows it."""
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("office", office_id)
    return OfficeHeading(code=office.code, name=office.name, street=office.street, postcode=office.postcode,
                         municipality=office.municipality, phone=office.phone, email=office.email,
                         website=office.website)
