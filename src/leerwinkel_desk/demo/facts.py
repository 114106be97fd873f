"""What a demo generation carries between its parts: the office's references and the facts of a case.

Only keys and the few facts later steps depend on; the rows themselves go to the bulk writer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from leerwinkel_desk.domain.enums import (
    Channel,
    DutchLevel,
    OrganisationType,
    Outcome,
    Phase,
    SocialStatus,
    Tier,
)


@dataclass(frozen=True)
class SessionDay:
    """A weekly zitdag, in Brussels wall-clock minutes."""

    loket_id: uuid.UUID
    starts: int
    ends: int
    slot: int


@dataclass(frozen=True)
class Partner:
    id: uuid.UUID
    org_type: OrganisationType
    name: str
    contact_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class CourseChoice:
    id: uuid.UUID
    theme: str | None
    provider_name: str


@dataclass
class OfficeRefs:
    """What the case load refers to: the office's staff, lokets, partners and catalogue."""

    office_id: uuid.UUID
    coordinator_id: uuid.UUID | None
    info_officers: list[uuid.UUID]
    counsellors: list[uuid.UUID]
    office_loket_id: uuid.UUID
    week_schedule: dict[uuid.UUID, list[list[SessionDay]]]    # counsellor -> weekday -> days
    partners: list[Partner]
    partners_by_type: dict[OrganisationType, list[Partner]]
    partner_by_name: dict[str, Partner]
    courses: list[CourseChoice]
    courses_by_theme: dict[str, list[CourseChoice]]


@dataclass(slots=True)
class ClientFacts:
    """What later requests need to know about a client."""

    id: uuid.UUID
    status: SocialStatus | None
    dutch_level: DutchLevel | None
    newcomer: bool
    young: bool
    needs_follow_up: bool
    theme: str
    foreign_diploma: bool = False
    owner_id: uuid.UUID | None = None


@dataclass(slots=True)
class PlannedRequest:
    opened_at: datetime
    tier: Tier
    client: ClientFacts | None
    registered_by: uuid.UUID


@dataclass(slots=True)
class Case:
    """One request while its history is being generated; only what happened by `now` is kept."""

    id: uuid.UUID
    plan: PlannedRequest
    theme: str
    first_channel: Channel
    referrer: Partner | None
    referrer_contact_id: uuid.UUID | None
    tier: Tier | None = None
    phase: Phase | None = None
    owner_id: uuid.UUID | None = None
    loket_id: uuid.UUID | None = None
    last_change_at: datetime | None = None
    in_future: bool = False
    updated_at: datetime | None = None
    updated_by: uuid.UUID | None = None
    closed_at: datetime | None = None
    outcome: Outcome | None = None
    has_planned_session: bool = False
    held_session_minutes: list[int] = field(default_factory=list)
    held_session_days: list[date] = field(default_factory=list)
    first_held_session_at: datetime | None = None
    chosen_provider: str | None = None
    choice_at: datetime | None = None
    follow_up_started: bool = False
