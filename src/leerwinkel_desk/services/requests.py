"""A learning request through its life: intake, tiers, phases, owner, choice, follow-up, closing, aftercare."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    ContactStatus,
    DutchLevel,
    Outcome,
    Phase,
    Qualification,
    Role,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import Conflict, InvalidValue
from leerwinkel_desk.domain.rules import (
    check_closing,
    check_owner_change,
    check_phase_change,
    check_satisfaction,
    check_tier_change,
    phase_after_tier_move,
    phase_of_follow_up,
)
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    OptionConsidered,
    RequestChange,
)


@dataclass(frozen=True)
class RequestRow:
    """A learning request as the dossier and the lists show it."""

    id: uuid.UUID
    request_no: str
    client_id: uuid.UUID | None
    tier: Tier
    phase: Phase
    owner_id: uuid.UUID | None
    topic: str | None
    question: str | None
    opened_on: date
    closed_on: date | None
    outcome: Outcome | None
    satisfaction: int | None
    follow_up: bool
    follow_up_due: date | None
    enrolled_on: date | None


ROW_COLUMNS = (LearningRequest.id, LearningRequest.request_no, LearningRequest.client_id, LearningRequest.tier,
               LearningRequest.phase, LearningRequest.owner_id, LearningRequest.topic, LearningRequest.question,
               LearningRequest.opened_on, LearningRequest.closed_on, LearningRequest.outcome,
               LearningRequest.satisfaction, LearningRequest.follow_up, LearningRequest.follow_up_due,
               LearningRequest.enrolled_on)      # the fields of RequestRow, in order: lists read only these


def request_row(request: LearningRequest) -> RequestRow:
    return RequestRow(id=request.id, request_no=request.request_no, client_id=request.client_id,
                      tier=request.tier, phase=request.phase, owner_id=request.owner_id, topic=request.topic,
                      question=request.question, opened_on=request.opened_on, closed_on=request.closed_on,
                      outcome=request.outcome, satisfaction=request.satisfaction, follow_up=request.follow_up,
                      follow_up_due=request.follow_up_due, enrolled_on=request.enrolled_on)


@dataclass(frozen=True)
class ListedRequest:
    """An open request as the list Aanvragen shows it: for whom ("" for an anonymous question) and whose."""

    request: RequestRow
    client_name: str
    owner_name: str


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    by: uuid.UUID | None
    field: str
    old_value: str | None
    new_value: str
    reason: str | None


@dataclass(frozen=True)
class IntakeInput:
    """What the intake maps (blueprint 3.3); None leaves a field as it is, an empty text empties it."""

    question: str | None = None
    topic: str | None = None
    personal_situation: str | None = None
    study_history: str | None = None
    highest_qualification: Qualification | None = None
    foreign_diploma: bool | None = None
    status: SocialStatus | None = None
    dutch_level: DutchLevel | None = None
    practical_barriers: str | None = None
    support_network: str | None = None
    interests: str | None = None
    difficult_school_past: bool | None = None
    weak_network: bool | None = None


_REQUEST_FIELDS = {"question", "topic"}


@dataclass(frozen=True)
class FollowUpRow:
    request_id: uuid.UUID
    request_no: str
    client_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    due: date
    overdue: bool
    topic: str | None
    phase: Phase


def record_change(session: Session, request: LearningRequest, by: uuid.UUID | None, at: datetime, *,
                  field: str, old: object, new: object, reason: str | None = None) -> None:
    """Append one step to the request's history (tier, phase, owner, client, or the enrolment confirmed)."""
    session.add(RequestChange(
        office_id=request.office_id, request_id=request.id, at=at, by=by, field=field,
        old_value=None if old is None else str(old), new_value=str(new), reason=reason,
    ))


class Requests(UseCase):
    """Casework on one learning request; every change is audited and kept in its history."""

    def get(self, request_id: uuid.UUID) -> RequestRow:
        with self._db.read() as session:
            return request_row(self._load(session, LearningRequest, request_id))

    def by_number(self, request_no: str) -> RequestRow:
        with self._db.read() as session:
            request_id = session.scalar(select(LearningRequest.id).where(
                LearningRequest.request_no == request_no.strip().upper(),
                LearningRequest.office_id == self._actor.office_id,
            ))
            if request_id is None:
                raise InvalidValue("request_no", "unknown")
            return request_row(self._load(session, LearningRequest, request_id))

    def for_client(self, client_id: uuid.UUID) -> list[RequestRow]:
        with self._db.read() as session:
            rows = session.scalars(select(LearningRequest).where(
                LearningRequest.client_id == client_id, LearningRequest.deleted_at.is_(None),
            ).order_by(LearningRequest.opened_on, LearningRequest.id))
            return [request_row(r) for r in rows]

    def listed_requests(self, owner_id: uuid.UUID | None = None, with_closed: bool = False,
                        limit: int = 500) -> list[ListedRequest]:
        """Requests not closed, or all of them `with_closed` (an answered question too), of `owner_id` (all
        owners when None), newest first, with the client's and the owner's name (the list named neither: a
        counsellor opened each to see whose it was)."""
        with self._db.read() as session:
            query = select(LearningRequest).where(
                LearningRequest.office_id == self._actor.office_id,
                LearningRequest.deleted_at.is_(None),
            ).order_by(LearningRequest.opened_on.desc(), LearningRequest.id.desc()).limit(limit)
            if not with_closed:
                query = query.where(LearningRequest.phase != Phase.CLOSED)
            if owner_id is not None:
                query = query.where(LearningRequest.owner_id == owner_id)
            rows = [request_row(r) for r in session.scalars(query)]
            clients = {row.id: " ".join(part for part in (row.first_name, row.last_name) if part)
                       for row in session.execute(select(Client.id, Client.first_name, Client.last_name).where(
                           Client.id.in_({r.client_id for r in rows if r.client_id is not None})))}
            owners = dict(session.execute(select(Counsellor.id, Counsellor.full_name).where(
                Counsellor.id.in_({r.owner_id for r in rows if r.owner_id is not None}))).all())
        return [ListedRequest(r, clients.get(r.client_id, "") if r.client_id else "",
                              owners.get(r.owner_id, "") if r.owner_id else "") for r in rows]

    def check_may_work(self, request_id: uuid.UUID) -> None:
        """The refusal a save would give (a colleague's trajectory, with their name), asked before a
        form opens so that nobody types a long note for nothing."""
        with self._db.read() as session:
            self._require_on_request(session, self._load(session, LearningRequest, request_id))

    def history(self, request_id: uuid.UUID) -> list[ChangeRow]:
        with self._db.read() as session:
            self._load(session, LearningRequest, request_id)
            rows = session.scalars(select(RequestChange).where(
                RequestChange.request_id == request_id).order_by(RequestChange.at, RequestChange.id))
            return [ChangeRow(at=r.at, by=r.by, field=r.field, old_value=r.old_value, new_value=r.new_value,
                              reason=r.reason) for r in rows]

    def record_intake(self, request_id: uuid.UUID, intake: IntakeInput,
                      loaded: Mapping[str, Any] | None = None) -> RequestRow:
        """Store the intake on the request and its client; the counsellor doing it becomes owner. `loaded`: the
        fields as the form showed them (a session form's question and the client's notes, by name); one of them
        someone else saved meanwhile is not overwritten unseen (services.common.edited_fields)."""
        now = self._now()
        given = {f.name: getattr(intake, f.name) for f in fields(intake)
                 if getattr(intake, f.name) is not None}
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_open(session, request)
            if request.client_id is None:
                raise InvalidValue("client", "anonymous")
            client = self._load(session, Client, request.client_id)
            values = {name: None if isinstance(value, str) and not value.strip() else value
                      for name, value in given.items()}
            if loaded is not None:
                stored = {name: getattr(request if name in _REQUEST_FIELDS else client, name) for name in values}
                values = {name: values[name] for name in edited_fields(stored, values, loaded)}
            for name, value in values.items():
                setattr(request if name in _REQUEST_FIELDS else client, name, value)
            if request.owner_id is None and self._actor.counsellor_id is not None:
                record_change(session, request, self._actor.counsellor_id, now, field="owner",
                              old=None, new=self._actor.counsellor_id)
                request.owner_id = self._actor.counsellor_id
            self._touch(request, now)
            self._touch(client, now)
            audit.record(session, self._actor, now, "request.intake", "learning_request",
                         request.id, given, subject_client_id=client.id)
            return request_row(request)

    def move_tier(self, request_id: uuid.UUID, tier: Tier, reason: str | None = None) -> RequestRow:
        """Up a tier freely, down only with a reason; the phase follows where the tier demands it."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_open(session, request)
            check_tier_change(request.tier, tier, reason)
            record_change(session, request, self._actor.counsellor_id, now, field="tier",
                          old=request.tier, new=tier, reason=reason)
            request.tier = tier
            landing = phase_after_tier_move(tier, request.phase)
            if landing != request.phase:
                record_change(session, request, self._actor.counsellor_id, now, field="phase",
                              old=request.phase, new=landing)
                request.phase = landing
            if tier is Tier.TRAJECTORY and request.owner_id is None:
                request.owner_id = self._actor.counsellor_id
            self._touch(request, now)
            audit.record(session, self._actor, now, "request.tier", "learning_request",
                         request.id, ("tier", "phase"), subject_client_id=request.client_id)
            return request_row(request)

    def set_phase(self, request_id: uuid.UUID, phase: Phase) -> RequestRow:
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            self._set_phase(session, request, phase, now)
            audit.record(session, self._actor, now, "request.phase", "learning_request",
                         request.id, ("phase",), subject_client_id=request.client_id)
            return request_row(request)

    def reassign(self, request_id: uuid.UUID, counsellor_id: uuid.UUID, reason: str | None) -> RequestRow:
        """A new owner is an exception (clients feel sent away): it needs a reason, kept in the history."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            counsellor = self._load(session, Counsellor, counsellor_id)
            if counsellor.role is Role.INFO_OFFICER and request.tier is not Tier.INFORMATION:
                raise InvalidValue("owner", "info_officer")
            check_owner_change(request.owner_id, counsellor_id, reason)
            if request.owner_id == counsellor_id:
                return request_row(request)
            record_change(session, request, self._actor.counsellor_id, now, field="owner",
                          old=request.owner_id, new=counsellor_id, reason=reason)
            request.owner_id = counsellor_id
            self._touch(request, now)
            audit.record(session, self._actor, now, "request.reassign", "learning_request",
                         request.id, ("owner_id",), subject_client_id=request.client_id)
            return request_row(request)

    def choose(self, option_id: uuid.UUID) -> RequestRow:
        """The client's choice among the options weighed; the request enters the choice phase."""
        now = self._now()
        with self._db.write() as session:
            option = self._load(session, OptionConsidered, option_id)
            request = self._load(session, LearningRequest, option.request_id)
            self._require_open(session, request)
            for other in session.scalars(select(OptionConsidered).where(
                    OptionConsidered.request_id == request.id,
                    OptionConsidered.chosen_on.is_not(None))):
                other.chosen_on = None
                self._touch(other, now)
            option.chosen_on = self._today()
            self._touch(option, now)
            if request.phase is not Phase.CHOICE:
                self._set_phase(session, request, Phase.CHOICE, now)
            audit.record(session, self._actor, now, "option.choose", "option_considered",
                         option.id, ("chosen_on",), subject_client_id=request.client_id)
            return request_row(request)

    def start_follow_up(self, request_id: uuid.UUID, due: date) -> RequestRow:
        """Keep contact until enrolment (difficult school past, weak network): the next contact due on `due`, the
        date the counsellor chose. The phase moves to follow-up only forward (`phase_of_follow_up`): a request
        past it (warm handover) keeps its phase."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            phase = phase_of_follow_up(request.tier, request.phase)
            if phase is not request.phase:
                self._set_phase(session, request, phase, now)
            request.follow_up, request.follow_up_due = True, due
            self._touch(request, now)
            audit.record(session, self._actor, now, "request.follow_up", "learning_request",
                         request.id, ("follow_up", "follow_up_due"), subject_client_id=request.client_id)
            return request_row(request)

    def follow_ups(self, counsellor_id: uuid.UUID | None, on: date, horizon_days: int = 7,
                   limit: int | None = None) -> list[FollowUpRow]:
        """Follow-ups due within `horizon_days` of `on` or overdue, per owner (all owners when None);
        with `limit`, the first so many: the signed-in person's own first, then the most overdue."""
        with self._db.read() as session:
            query = select(LearningRequest.id, LearningRequest.request_no, LearningRequest.client_id,
                           LearningRequest.owner_id, LearningRequest.follow_up_due, LearningRequest.topic,
                           LearningRequest.phase).where(
                LearningRequest.office_id == self._actor.office_id,
                LearningRequest.follow_up.is_(True),
                LearningRequest.deleted_at.is_(None),
                LearningRequest.follow_up_due <= on + timedelta(days=horizon_days),
            ).order_by(LearningRequest.follow_up_due, LearningRequest.id)
            if counsellor_id is not None:
                query = query.where(LearningRequest.owner_id == counsellor_id)
            rows = (session.execute(query) if limit is None
                    else self._own_first(session, query, LearningRequest.owner_id, limit, lambda r: r.id))
            return [
                FollowUpRow(request_id=r.id, request_no=r.request_no, client_id=r.client_id,
                            owner_id=r.owner_id, due=due, overdue=due < on, topic=r.topic, phase=r.phase)
                for r in rows if (due := r.follow_up_due) is not None
            ]

    def confirm_enrolment(self, request_id: uuid.UUID, on: date) -> RequestRow:
        """Enrolment confirmed: the follow-up ends (the school's study counsellor takes over)."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_open(session, request)
            record_change(session, request, self._actor.counsellor_id, now, field="enrolled_on",
                          old=request.enrolled_on, new=on)      # a step of the request: the timeline shows it
            request.enrolled_on = on
            request.follow_up, request.follow_up_due = False, None
            self._touch(request, now)
            audit.record(session, self._actor, now, "request.enrolled", "learning_request",
                         request.id, ("enrolled_on", "follow_up"), subject_client_id=request.client_id)
            return request_row(request)

    def close(self, request_id: uuid.UUID, outcome: Outcome, satisfaction: int | None = None) -> RequestRow:
        """The request ends with its outcome; the sessions still booked on it from now on are cancelled.

        Cancelled, not left planned nor deleted: a closed request has no intake or session to come, so the
        booking leaves Vandaag, the letters and the appointment card, and its zitdag slot is free again for
        someone else; the dossier's timeline keeps it, as cancelled. Each is audited (`contact.cancel`). A
        booked session already past stays planned: it may have been held, and can still be written down."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_open(session, request)
            check_closing(request.tier, outcome)
            check_satisfaction(satisfaction)
            if request.phase is not Phase.CLOSED:
                self._set_phase(session, request, Phase.CLOSED, now)
            request.outcome, request.closed_on = outcome, self._today()
            request.satisfaction = satisfaction
            request.follow_up, request.follow_up_due = False, None
            audit.record(session, self._actor, now, "request.close", "learning_request", request.id,
                         ("outcome", "closed_on", "satisfaction"), subject_client_id=request.client_id)
            for booked in session.scalars(select(Contact).where(
                    Contact.request_id == request.id, Contact.status == ContactStatus.PLANNED,
                    Contact.deleted_at.is_(None), Contact.at >= now).order_by(Contact.at, Contact.id)):
                booked.status = ContactStatus.CANCELLED
                self._touch(booked, now)
                audit.record(session, self._actor, now, "contact.cancel", "contact", booked.id, ("status",),
                             subject_client_id=request.client_id)
            return request_row(request)

    def reopen_for_aftercare(self, request_id: uuid.UUID) -> RequestRow:
        """Nazorg: the counsellor stays available; the closed request enters aftercare."""
        now = self._now()
        with self._db.write() as session:
            request = self._load(session, LearningRequest, request_id)
            self._require_on_request(session, request)
            self._set_phase(session, request, Phase.AFTERCARE, now)
            audit.record(session, self._actor, now, "request.aftercare", "learning_request",
                         request.id, ("phase",), subject_client_id=request.client_id)
            return request_row(request)

    def _set_phase(self, session: Session, request: LearningRequest, phase: Phase, now: datetime) -> None:
        check_phase_change(request.tier, request.phase, phase)
        record_change(session, request, self._actor.counsellor_id, now,
                      field="phase", old=request.phase, new=phase)
        request.phase = phase
        self._touch(request, now)

    def _require_open(self, session: Session, request: LearningRequest) -> None:
        if request.phase is Phase.CLOSED:
            raise Conflict("request.closed")
        self._require_on_request(session, request)
