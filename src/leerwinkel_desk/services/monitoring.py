"""The monitoring report: the figures every office shares (exchange-format.md) and the extras of issue 6.

Counted: the live requests of the office whose `opened_on` lies in the period (both ends
inclusive), optionally only those at one loket or owned by one counsellor, with all their contacts
that took place (status `held`), whatever their date. The extras:

- referrers by organisation type: requests referred by a partner, by the partner's type
  (`unspecified` when no organisation is recorded);
- target groups reached, as distinct clients: low-qualified (highest qualification none, primary
  or lower secondary), job seekers, leefloon, newcomers (a foreign diploma, or Dutch below B2:
  A1, A2 or B1), NEET 17-25 (aged 17 to 25 at the opening of one of their requests, and a known
  status other than employed or student). Unknown values count in no group;
- second-line activities and signals raised in the period (the loket filter does not apply to
  them, the counsellor filter does);
- time per tier: the sum of the minutes of the contacts of the requests at that tier;
- indicative cost per tier: requests at the tier times a cost per request (blueprint: €16, €42,
  €114; a parameter);
- contacts per month (Brussels time) by channel, for the charts.

Averages are rounded half up to 2 decimals; `enrolment_rate_trajectories` is the average of
"enrolled" over the trajectories with an outcome, rounded the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, distinct, func, or_, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    DutchLevel,
    OrganisationType,
    Outcome,
    Qualification,
    ReferrerType,
    SecondLineKind,
    SignalTheme,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import BRUSSELS
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    Office,
    PartnerOrganisation,
    SecondLineActivity,
    Signal,
)

DEFAULT_COSTS: Mapping[Tier, Decimal] = {
    Tier.INFORMATION: Decimal(16), Tier.MEDIATION: Decimal(42), Tier.TRAJECTORY: Decimal(114)}
SESSION_BUCKETS = (("0-1", 0, 1), ("2-3", 2, 3), ("4-8", 4, 8), ("9+", 9, None))
LOW_QUALIFIED = (Qualification.NONE, Qualification.PRIMARY, Qualification.LOWER_SECONDARY)
BELOW_B2 = (DutchLevel.A1, DutchLevel.A2, DutchLevel.B1)
NEET_AGES = (17, 25)
NOT_NEET = (SocialStatus.EMPLOYED, SocialStatus.STUDENT)
TARGET_GROUPS = ("low_qualified", "job_seekers", "leefloon", "newcomers", "neet_17_25")
UNSPECIFIED = "unspecified"


def rounded(numerator: int, denominator: int) -> float:
    """numerator / denominator rounded half up to 2 decimals, exactly; 0.0 for nothing."""
    if denominator == 0:
        return 0.0
    return ((200 * numerator + denominator) // (2 * denominator)) / 100


def session_bucket(sessions: int) -> str:
    return next(name for name, low, high in SESSION_BUCKETS
                if sessions >= low and (high is None or sessions <= high))


@dataclass(frozen=True)
class ReportFilter:
    """The period (both ends inclusive) and the optional filters, by name as people give them."""

    start: date
    end: date
    office: str | None = None           # code or name; the actor's office when None
    loket: str | None = None
    counsellor: str | None = None       # login or full name of the owner of the requests


@dataclass(frozen=True)
class SecondLineFigures:
    activities: int
    participants: int
    minutes: int


@dataclass(frozen=True)
class MonitoringReport:
    """The spec's figures (first block) and the extras; `to_json_dict()` gives the spec's JSON."""

    period_from: date
    period_to: date
    office: str
    loket: str | None
    counsellor: str | None
    requests_total: int
    by_tier: dict[Tier, int]
    anonymous: int
    referred_by_partner: int
    clients_distinct: int
    trajectories: int
    sessions_avg: float
    sessions_buckets: dict[str, int]
    contacts_avg: float
    sessions_count: int
    session_avg_minutes: float
    micro_count: int
    micro_by_channel: dict[Channel, int]
    outcomes: dict[str, int]            # each Outcome value, and "open"
    enrolment_rate_trajectories: float
    # extras
    sessions_distribution: dict[int, int]       # sessions per trajectory -> trajectories
    referrers_by_org_type: dict[str, int]
    target_groups: dict[str, int]
    second_line: dict[SecondLineKind, SecondLineFigures]
    signals_by_theme: dict[SignalTheme, int]
    minutes_by_tier: dict[Tier, int]
    cost_per_request: dict[Tier, Decimal]
    contacts_by_month: dict[str, dict[Channel, int]]    # "YYYY-MM" -> channel -> contacts

    @property
    def cost_by_tier(self) -> dict[Tier, Decimal]:
        return {tier: self.cost_per_request[tier] * self.by_tier[tier] for tier in Tier}

    def to_json_dict(self, extras: bool = True) -> dict[str, Any]:
        """The JSON of the spec, key for key; with `extras`, one more key `extras` at the end."""
        core: dict[str, Any] = {
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "requests": {
                "total": self.requests_total,
                "by_tier": {tier.value: self.by_tier[tier] for tier in Tier},
                "anonymous": self.anonymous,
                "referred_by_partner": self.referred_by_partner,
            },
            "clients": {"distinct": self.clients_distinct},
            "trajectories": {
                "count": self.trajectories, "sessions_avg": self.sessions_avg,
                "sessions_buckets": dict(self.sessions_buckets), "contacts_avg": self.contacts_avg,
            },
            "sessions": {"count": self.sessions_count, "avg_minutes": self.session_avg_minutes},
            "micro_contacts": {
                "count": self.micro_count,
                "by_channel": {channel.value: n for channel, n in self.micro_by_channel.items()},
            },
            "outcomes": dict(self.outcomes),
            "enrolment_rate_trajectories": self.enrolment_rate_trajectories,
        }
        if extras:
            core["extras"] = {
                "filters": {"office": self.office, "loket": self.loket,
                            "counsellor": self.counsellor},
                "sessions_distribution": {str(k): v for k, v in self.sessions_distribution.items()},
                "referrers_by_org_type": dict(self.referrers_by_org_type),
                "target_groups": dict(self.target_groups),
                "second_line": {kind.value: {"activities": f.activities,
                                             "participants": f.participants,
                                             "minutes": f.minutes}
                                for kind, f in self.second_line.items()},
                "signals_by_theme": {theme.value: n for theme, n in self.signals_by_theme.items()},
                "minutes_by_tier": {tier.value: n for tier, n in self.minutes_by_tier.items()},
                "cost_per_request": {t.value: float(c) for t, c in self.cost_per_request.items()},
                "cost_by_tier": {t.value: float(c) for t, c in self.cost_by_tier.items()},
                "contacts_by_month": {month: {c.value: n for c, n in counts.items()}
                                      for month, counts in self.contacts_by_month.items()},
            }
        return core


@dataclass(frozen=True)
class Scope:
    """A report filter resolved to ids: the conditions on `learning_request` (and their labels)."""

    office_id: uuid.UUID
    office: str
    loket_ids: tuple[uuid.UUID, ...] | None
    counsellor_ids: tuple[uuid.UUID, ...] | None
    start: date
    end: date

    def requests(self) -> ColumnElement[bool]:
        r = LearningRequest
        conditions = [r.office_id == self.office_id, r.deleted_at.is_(None),
                      r.opened_on.between(self.start, self.end)]
        if self.loket_ids is not None:
            conditions.append(r.loket_id.in_(self.loket_ids))
        if self.counsellor_ids is not None:
            conditions.append(r.owner_id.in_(self.counsellor_ids))
        return and_(*conditions)


def held_contacts() -> ColumnElement[bool]:
    """The join of a request to its contacts that took place."""
    return and_(Contact.request_id == LearningRequest.id, Contact.deleted_at.is_(None),
                Contact.status == ContactStatus.HELD)


def age_at(session: Session, on: Any, birth: Any) -> ColumnElement[int]:
    """Whole years from `birth` to `on`, in SQL (as services/dossier.age_on does)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date_part("year", func.age(on, birth))
    years = cast(func.strftime("%Y", on), Integer) - cast(func.strftime("%Y", birth), Integer)
    return years - case((func.strftime("%m-%d", on) < func.strftime("%m-%d", birth), 1), else_=0)


def local_month(session: Session, moment: Any) -> ColumnElement[str]:
    """A grouping key of a stored UTC moment that `month_of_key` turns into its Brussels month.

    PostgreSQL converts in SQL. SQLite stores UTC text: before 22:00 UTC the Brussels date is the
    UTC date (the offset is +1 or +2 hours), so the key is the UTC day, and for 22:00 and 23:00
    the UTC hour, converted exactly in Python.
    """
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("Europe/Brussels", moment), "YYYY-MM")
    return case((func.substr(moment, 12, 2) >= "22", func.substr(moment, 1, 13)),
                else_=func.substr(moment, 1, 7))


def month_of_key(key: str) -> str:
    if len(key) == 7:                                   # YYYY-MM (PostgreSQL, or SQLite's day part)
        return key
    hour = datetime(int(key[:4]), int(key[5:7]), int(key[8:10]), int(key[11:13]), tzinfo=UTC)
    return hour.astimezone(BRUSSELS).strftime("%Y-%m")


class Monitoring(UseCase):
    """The monitoring figures of an office over a period."""

    def report(self, wanted: ReportFilter,
               costs: Mapping[Tier, Decimal] = DEFAULT_COSTS) -> MonitoringReport:
        self._require(Permission.REPORTS)
        if wanted.end < wanted.start:
            raise InvalidValue("period", "end_before_start")
        with self._db.read() as session:
            scope = self.scope(session, wanted)
            return _Figures(session, scope).report(wanted, costs)

    def scope(self, session: Session, wanted: ReportFilter) -> Scope:
        """Resolve the names of a filter within the office; NotFound for a name nobody has."""
        if wanted.office is None:
            office_id = self._actor.office_id
        else:
            office_id = _one_of(session, "office", wanted.office, select(Office.id).where(
                or_(Office.code == wanted.office.strip().upper(), Office.name == wanted.office)))
        office = session.scalar(select(Office.code).where(Office.id == office_id)) or ""
        lokets = counsellors = None
        if wanted.loket is not None:
            lokets = _named(session, "loket", wanted.loket, office_id, Loket.id, Loket.name)
        if wanted.counsellor is not None:
            counsellors = _named(session, "counsellor", wanted.counsellor, office_id,
                                 Counsellor.id, Counsellor.login, Counsellor.full_name)
        return Scope(office_id, office, lokets, counsellors, wanted.start, wanted.end)


def _one_of(session: Session, entity: str, name: str, query: Any) -> uuid.UUID:
    found = session.scalars(query).first()
    if found is None:
        raise NotFound(entity, name)
    return found


def _named(session: Session, entity: str, name: str, office_id: uuid.UUID, id_column: Any,
           *name_columns: Any) -> tuple[uuid.UUID, ...]:
    """Every record of the office with exactly this name, else with this name folded."""
    model = id_column.class_
    rows = session.execute(select(id_column, *name_columns).where(
        model.office_id == office_id, model.deleted_at.is_(None))).all()
    for same in (lambda text: text == name, lambda text: fold(text) == fold(name)):
        ids = tuple(sorted(row[0] for row in rows if any(same(text) for text in row[1:])))
        if ids:
            return ids
    raise NotFound(entity, name)


class _Figures:
    """The aggregate queries of one report; each is one statement over the scoped requests."""

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session, self.scope = session, scope
        self.where = scope.requests()

    def report(self, wanted: ReportFilter, costs: Mapping[Tier, Decimal]) -> MonitoringReport:
        r = LearningRequest
        by_tier = dict.fromkeys(Tier, 0)
        outcomes = {**{o.value: 0 for o in Outcome}, "open": 0}
        anonymous = partner = enrolled = trajectories_closed = 0
        for tier, outcome, referrer, is_anonymous, count in self.session.execute(
                select(r.tier, r.outcome, r.referrer_type, r.client_id.is_(None), func.count())
                .where(self.where).group_by(r.tier, r.outcome, r.referrer_type,
                                            r.client_id.is_(None))):
            by_tier[tier] += count
            outcomes["open" if outcome is None else outcome.value] += count
            anonymous += count if is_anonymous else 0
            partner += count if referrer is ReferrerType.PARTNER else 0
            if tier is Tier.TRAJECTORY and outcome is not None:
                trajectories_closed += count
                enrolled += count if outcome is Outcome.ENROLLED else 0

        clients, target_groups = self.clients_and_groups()
        trajectories = by_tier[Tier.TRAJECTORY]
        distribution = self.trajectory_sessions()
        if trajectories > sum(distribution.values()):
            distribution[0] = trajectories - sum(distribution.values())
        buckets = {name: 0 for name, _, _ in SESSION_BUCKETS}
        for sessions, count in distribution.items():
            buckets[session_bucket(sessions)] += count

        sessions = session_minutes = timed_sessions = micro = 0
        micro_by_channel: dict[Channel, int] = {}
        minutes_by_tier = dict.fromkeys(Tier, 0)
        contacts_by_tier = dict.fromkeys(Tier, 0)
        contacts_by_month: dict[str, dict[Channel, int]] = {}
        month = local_month(self.session, Contact.at)
        for tier, kind, channel, key, count, timed, minutes in self.session.execute(
                select(r.tier, Contact.kind, Contact.channel, month, func.count(),
                       func.count(Contact.minutes), func.coalesce(func.sum(Contact.minutes), 0))
                .join(Contact, held_contacts()).where(self.where)
                .group_by(r.tier, Contact.kind, Contact.channel, month)):
            minutes_by_tier[tier] += minutes
            contacts_by_tier[tier] += count
            if kind is ContactKind.SESSION:
                sessions += count
                timed_sessions += timed
                session_minutes += minutes
            else:
                micro += count
                micro_by_channel[channel] = micro_by_channel.get(channel, 0) + count
            per_channel = contacts_by_month.setdefault(month_of_key(key), {})
            per_channel[channel] = per_channel.get(channel, 0) + count

        return MonitoringReport(
            period_from=wanted.start, period_to=wanted.end, office=self.scope.office,
            loket=wanted.loket, counsellor=wanted.counsellor,
            requests_total=sum(by_tier.values()), by_tier=by_tier, anonymous=anonymous,
            referred_by_partner=partner, clients_distinct=clients,
            trajectories=trajectories,
            sessions_avg=rounded(sum(s * n for s, n in distribution.items()), trajectories),
            sessions_buckets=buckets,
            contacts_avg=rounded(contacts_by_tier[Tier.TRAJECTORY], trajectories),
            sessions_count=sessions, session_avg_minutes=rounded(session_minutes, timed_sessions),
            micro_count=micro,
            micro_by_channel={c: micro_by_channel[c] for c in Channel if c in micro_by_channel},
            outcomes=outcomes,
            enrolment_rate_trajectories=rounded(enrolled, trajectories_closed),
            sessions_distribution=dict(sorted(distribution.items())),
            referrers_by_org_type=self.referrers(),
            target_groups=target_groups,
            second_line=self.second_line(), signals_by_theme=self.signals(),
            minutes_by_tier=minutes_by_tier,
            cost_per_request={tier: Decimal(costs[tier]) for tier in Tier},
            contacts_by_month={m: {c: per[c] for c in Channel if c in per}
                               for m, per in sorted(contacts_by_month.items())},
        )

    def trajectory_sessions(self) -> dict[int, int]:
        """Trajectories per number of sessions, for those with at least one session."""
        r = LearningRequest
        per_request = (
            select(func.count().label("sessions")).select_from(r)
            .join(Contact, and_(held_contacts(), Contact.kind == ContactKind.SESSION))
            .where(self.where, r.tier == Tier.TRAJECTORY).group_by(r.id).subquery())
        return dict(self.session.execute(
            select(per_request.c.sessions, func.count()).group_by(per_request.c.sessions))
            .all())

    def clients_and_groups(self) -> tuple[int, dict[str, int]]:
        """Distinct clients of the requests, and how many of them are in each target group."""
        r, c = LearningRequest, Client
        age = age_at(self.session, r.opened_on, c.birth_date)
        groups = {
            "low_qualified": c.highest_qualification.in_(LOW_QUALIFIED),
            "job_seekers": c.status == SocialStatus.JOB_SEEKER,
            "leefloon": c.status == SocialStatus.LEEFLOON,
            "newcomers": or_(c.foreign_diploma.is_(True), c.dutch_level.in_(BELOW_B2)),
            "neet_17_25": and_(age.between(*NEET_AGES), c.status.is_not(None),
                               c.status.not_in(NOT_NEET)),
        }
        row = self.session.execute(
            select(func.count(distinct(r.client_id)),
                   *[func.count(distinct(r.client_id)).filter(condition)
                     for condition in groups.values()])
            .select_from(r).join(c, c.id == r.client_id).where(self.where)).one()
        return row[0], dict(zip(groups, row[1:], strict=True))

    def referrers(self) -> dict[str, int]:
        r, p = LearningRequest, PartnerOrganisation
        counts = {**{t.value: 0 for t in OrganisationType}, UNSPECIFIED: 0}
        for org_type, count in self.session.execute(
                select(p.org_type, func.count()).select_from(r)
                .outerjoin(p, p.id == r.referrer_org_id)
                .where(self.where, r.referrer_type == ReferrerType.PARTNER).group_by(p.org_type)):
            counts[UNSPECIFIED if org_type is None else org_type.value] += count
        return counts

    def second_line(self) -> dict[SecondLineKind, SecondLineFigures]:
        s = SecondLineActivity
        query = select(s.kind, func.count(), func.coalesce(func.sum(s.participants), 0),
                       func.coalesce(func.sum(s.minutes), 0)).where(
            s.office_id == self.scope.office_id, s.deleted_at.is_(None),
            s.held_on.between(self.scope.start, self.scope.end)).group_by(s.kind)
        if self.scope.counsellor_ids is not None:
            query = query.where(s.counsellor_id.in_(self.scope.counsellor_ids))
        found = {kind: SecondLineFigures(n, p, m) for kind, n, p, m in self.session.execute(query)}
        return {kind: found.get(kind, SecondLineFigures(0, 0, 0)) for kind in SecondLineKind}

    def signals(self) -> dict[SignalTheme, int]:
        s = Signal
        query = select(s.theme, func.count()).where(
            s.office_id == self.scope.office_id, s.deleted_at.is_(None),
            s.raised_on.between(self.scope.start, self.scope.end)).group_by(s.theme)
        if self.scope.counsellor_ids is not None:
            query = query.where(s.counsellor_id.in_(self.scope.counsellor_ids))
        found = dict(self.session.execute(query).all())
        return {theme: found.get(theme, 0) for theme in SignalTheme}

