"""The monitoring report: the figures every office shares (docs/exchange-format.md) and the office's extras,
counted here (the report as data: services/monitoring_report.py).

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
- indicative cost per tier: requests at the tier times a cost per request (the office's, set in the
  Settings; else the blueprint's €16, €42, €114: services/office_settings.py);
- contacts per month (Brussels time) by channel, for the charts;
- referrals out made on the counted requests, per reason code (`unspecified` for referrals made before
  the code existed), with how many loops were closed and how many clients arrived at the partner;
- the client contributions recorded on the counted requests, per payer (client, career voucher,
  exempt, free: hours and euros), and the exempt ones per ground of exemption.

Averages are rounded half up to 2 decimals; `enrolment_rate_trajectories` is the average of
"enrolled" over the trajectories with an outcome, rounded the same way.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    Exemption,
    OrganisationType,
    Outcome,
    ReferralReason,
    ReferrerType,
    SecondLineKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.monitoring_report import (
    SESSION_BUCKETS,
    UNSPECIFIED,
    ContributionFigures,
    MonitoringReport,
    ReferralFigures,
    SecondLineFigures,
    rounded,
    session_bucket,
)
from leerwinkel_desk.services.office_settings import tier_costs
from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Contribution,
    Counsellor,
    LearningRequest,
    Loket,
    Office,
    PartnerOrganisation,
    ReferralOut,
    SecondLineActivity,
    Signal,
)
from leerwinkel_desk.store.report_figures import TARGET_GROUPS, target_groups

CENT = Decimal("0.01")
TOKEN_FIELDS = "/"                  # kind/channel/month of a contact, in `_Figures.per_request`


@dataclass(frozen=True)
class ReportFilter:
    """The period (both ends inclusive) and the optional filters, by name as people give them."""

    start: date
    end: date
    office: str | None = None           # code or name; the actor's office when None
    loket: str | None = None
    counsellor: str | None = None       # login or full name of the owner of the requests


@dataclass(frozen=True)
class Scope:
    """A report filter resolved to ids: the conditions on `learning_request` (and their labels)."""

    office_id: uuid.UUID
    office: str                         # its code
    loket_ids: tuple[uuid.UUID, ...] | None
    counsellor_ids: tuple[uuid.UUID, ...] | None
    start: date
    end: date
    office_name: str = ""

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
               costs: Mapping[Tier, Decimal] | None = None) -> MonitoringReport:
        self._require(Permission.REPORTS)
        if wanted.end < wanted.start:
            raise InvalidValue("period", "end_before_start")
        with self._db.read() as session:
            scope = self.scope(session, wanted)
            counted = _Figures(session, scope).report(wanted, costs or tier_costs(session, scope.office_id))
        return replace(counted, counted_on=self._today())

    def scope(self, session: Session, wanted: ReportFilter) -> Scope:
        """Resolve the names of a filter within the office; NotFound for a name nobody has."""
        if wanted.office is None:
            office_id = self._actor.office_id
        else:
            office_id = _one_of(session, "office", wanted.office, select(Office.id).where(
                or_(Office.code == wanted.office.strip().upper(), Office.name == wanted.office)))
        code, name = session.execute(select(Office.code, Office.name).where(Office.id == office_id)).first() \
            or ("", "")
        lokets = counsellors = None
        if wanted.loket is not None:
            lokets = _named(session, "loket", wanted.loket, office_id, Loket.id, Loket.name)
        if wanted.counsellor is not None:
            counsellors = _named(session, "counsellor", wanted.counsellor, office_id,
                                 Counsellor.id, Counsellor.login, Counsellor.full_name)
        return Scope(office_id=office_id, office=code or "", loket_ids=lokets, counsellor_ids=counsellors,
                     start=wanted.start, end=wanted.end, office_name=name or "")


def _one_of(session: Session, entity: str, name: str, query: Select[uuid.UUID]) -> uuid.UUID:
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


class _Tally:
    """The figures of the requests and contacts as they are added up, from whichever source (`_Figures`).

    The codes as stored (enum values) are counted per code and turned into enums at the end. A group of
    requests comes with what the report splits by and its sums; `trajectory_sessions` is the held
    sessions of each trajectory in the group (None for the other tiers).
    """

    def __init__(self) -> None:
        self.per_tier = dict.fromkeys((t.value for t in Tier), 0)
        self.outcomes = {**{o.value: 0 for o in Outcome}, "open": 0}
        self.anonymous = self.partner = self.enrolled = self.trajectories_closed = 0
        self.referrers = {**{t.value: 0 for t in OrganisationType}, UNSPECIFIED: 0}
        self.distribution: dict[int, int] = {}
        self.sessions = self.session_minutes = self.timed_sessions = 0
        self.minutes_per_tier = dict.fromkeys(self.per_tier, 0)
        self.contacts_per_tier = dict.fromkeys(self.per_tier, 0)
        self.micro_by_channel: dict[Channel, int] = {}
        self.contacts_by_month: dict[str, dict[Channel, int]] = {}

    def requests(self, tier: str, outcome: str | None, referrer: str, org_type: str | None, anonymous: bool,
                 trajectory_sessions: int | None, requests: int, contacts: int, sessions: int, minutes: int,
                 session_minutes: int, timed_sessions: int) -> None:
        self.per_tier[tier] += requests
        self.outcomes[outcome or "open"] += requests
        if referrer == ReferrerType.PARTNER.value:
            self.partner += requests
            self.referrers[org_type or UNSPECIFIED] += requests
        self.anonymous += requests if anonymous else 0
        if trajectory_sessions is not None:
            self.distribution[trajectory_sessions] = self.distribution.get(trajectory_sessions, 0) + requests
            if outcome:
                self.trajectories_closed += requests
                self.enrolled += requests if outcome == Outcome.ENROLLED.value else 0
        self.minutes_per_tier[tier] += minutes
        self.contacts_per_tier[tier] += contacts
        self.sessions += sessions
        self.session_minutes += session_minutes
        self.timed_sessions += timed_sessions

    def contacts(self, kind: str, channel_code: str, month: str, count: int) -> None:
        channel = Channel(channel_code)
        if kind == ContactKind.MICRO.value:
            self.micro_by_channel[channel] = self.micro_by_channel.get(channel, 0) + count
        per_channel = self.contacts_by_month.setdefault(month, {})
        per_channel[channel] = per_channel.get(channel, 0) + count


class _Figures:
    """The queries of one report: the requests with their contacts, then the rest.

    On SQLite, a report without a loket or counsellor filter reads the figures kept by triggers
    (store/report_figures.py): the requests added up per opening day, their clients and groups, and the
    contacts per opening day, kind, channel and month. Otherwise (PostgreSQL, or a filter the kept figures
    are not split by) the requests and their contacts are counted in one pass (`per_request`).
    """

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session, self.scope = session, scope
        self.where = scope.requests()
        self.dialect = session.get_bind().dialect.name
        self._items: dict[str, dict[str, tuple[int, int, int]]] | None = None

    def kept(self) -> bool:
        """Whether the kept figures answer this report (the one home of the choice)."""
        return (report_figures.kept(self.dialect) and self.scope.loket_ids is None
                and self.scope.counsellor_ids is None)

    def report(self, wanted: ReportFilter, costs: Mapping[Tier, Decimal]) -> MonitoringReport:
        tally = _Tally()
        clients, groups = self.from_kept(tally) if self.kept() else self.one_pass(tally)
        by_tier = {tier: tally.per_tier[tier.value] for tier in Tier}
        minutes_by_tier = {tier: tally.minutes_per_tier[tier.value] for tier in Tier}
        contacts_by_tier = {tier: tally.contacts_per_tier[tier.value] for tier in Tier}
        trajectories = by_tier[Tier.TRAJECTORY]
        distribution = {held: n for held, n in tally.distribution.items() if n}
        buckets = {name: 0 for name, _, _ in SESSION_BUCKETS}
        for held, count in distribution.items():
            buckets[session_bucket(held)] += count
        micro, by_month = tally.micro_by_channel, tally.contacts_by_month
        return MonitoringReport(
            period_from=wanted.start, period_to=wanted.end, office=self.scope.office,
            loket=wanted.loket, counsellor=wanted.counsellor,
            requests_total=sum(by_tier.values()), by_tier=by_tier, anonymous=tally.anonymous,
            referred_by_partner=tally.partner, clients_distinct=clients,
            trajectories=trajectories,
            sessions_avg=rounded(sum(s * n for s, n in distribution.items()), trajectories),
            sessions_buckets=buckets,
            contacts_avg=rounded(contacts_by_tier[Tier.TRAJECTORY], trajectories),
            sessions_count=tally.sessions,
            session_avg_minutes=rounded(tally.session_minutes, tally.timed_sessions),
            micro_count=sum(contacts_by_tier.values()) - tally.sessions,
            micro_by_channel={c: micro[c] for c in Channel if micro.get(c)},
            outcomes=tally.outcomes,
            enrolment_rate_trajectories=rounded(tally.enrolled, tally.trajectories_closed),
            trajectories_with_outcome=tally.trajectories_closed,
            sessions_distribution=dict(sorted(distribution.items())),
            referrers_by_org_type=tally.referrers,
            target_groups=groups,
            second_line=self.second_line(), signals_by_theme=self.signals(),
            minutes_by_tier=minutes_by_tier,
            cost_per_request={tier: Decimal(costs[tier]) for tier in Tier},
            contacts_by_month={m: {c: per[c] for c in Channel if per.get(c)}
                               for m, per in sorted(by_month.items()) if any(per.values())},
            referrals_by_reason=self.referrals(), contributions_by_payer=self.contributions(),
            exemptions=self.exemptions(), office_name=self.scope.office_name,
        )

    def from_kept(self, tally: _Tally) -> tuple[int, dict[str, int]]:
        """Add the kept figures of the scope to `tally`; the distinct clients and those per target group."""
        days, months = report_figures.report_request_days, report_figures.report_contact_months
        connection = self.session.connection()

        def of_scope(table: Any) -> ColumnElement[bool]:
            return and_(table.c.office_id == self.scope.office_id.hex,
                        table.c.opened_on.between(self.scope.start.isoformat(), self.scope.end.isoformat()))

        split = [days.c[name] for name in report_figures.SPLIT]
        sums = [func.sum(days.c[name]) for name in ("requests", *report_figures.COUNTS)]
        for tier, outcome, referrer, org_type, anonymous, trajectory_sessions, *counts in connection.execute(
                select(*split, *sums).where(of_scope(days)).group_by(*split)):
            tally.requests(tier, outcome, referrer, org_type, bool(anonymous),
                           None if trajectory_sessions < 0 else trajectory_sessions, *counts)
        for kind, channel, month, count in connection.execute(
                select(months.c.kind, months.c.channel, months.c.month, func.sum(months.c.contacts))
                .where(of_scope(months)).group_by(months.c.kind, months.c.channel, months.c.month)):
            tally.contacts(kind, channel, month, count)
        return self.kept_clients()

    def kept_clients(self) -> tuple[int, dict[str, int]]:
        """The distinct clients of the scope and those per target group, from the kept figures: each client
        once, on their first request in the period (store/report_figures.py, `earlier_on`)."""
        x = report_figures.report_requests
        start = self.scope.start.isoformat()
        first = and_(x.c.client_id.is_not(None), or_(x.c.earlier_on.is_(None), x.c.earlier_on < start))
        neet = TARGET_GROUPS.index("neet_17_25")
        in_group = [and_(first, x.c.groups.op("&")(1 << bit) != 0) if bit != neet else
                    and_(x.c.client_id.is_not(None), x.c.groups.op("&")(1 << bit) != 0,
                         or_(x.c.earlier_neet_on.is_(None), x.c.earlier_neet_on < start))
                    for bit in range(len(TARGET_GROUPS))]
        counts = self.session.connection().execute(
            select(*(func.count().filter(condition) for condition in (first, *in_group)))
            .where(x.c.office_id == self.scope.office_id.hex,
                   x.c.opened_on.between(start, self.scope.end.isoformat()))).one()
        return counts[0], dict(zip(TARGET_GROUPS, counts[1:], strict=True))

    def one_pass(self, tally: _Tally) -> tuple[int, dict[str, int]]:
        """Add the requests of the scope and their contacts, counted from the rows in one pass, to `tally`;
        the distinct clients and those per target group."""
        clients: set[object] = set()
        groups: dict[str, set[object]] = {name: set() for name in TARGET_GROUPS}
        tokens: list[str] = []
        trajectory = Tier.TRAJECTORY.value
        for (tier, outcome, referrer, org_type, client, *flags, contacts, held_sessions, minutes,
             minutes_of_sessions, timed, request_tokens) in self.session.connection().execute(
                self.per_request()):
            tally.requests(tier, outcome, referrer, org_type, client is None,
                           held_sessions if tier == trajectory else None, 1, contacts, held_sessions, minutes,
                           minutes_of_sessions, timed)
            if client is not None:
                clients.add(client)
                for name, flag in zip(TARGET_GROUPS, flags, strict=True):
                    if flag:
                        groups[name].add(client)
            if request_tokens:
                tokens.append(request_tokens)
        for token, count in Counter(",".join(tokens).split(",") if tokens else ()).items():
            kind, channel_code, key = token.split(TOKEN_FIELDS)
            tally.contacts(kind, channel_code, month_of_key(key), count)
        return len(clients), {name: len(members) for name, members in groups.items()}

    def per_request(self) -> Select[*tuple[Any, ...]]:   # the codes, the groups asked for, the counts
        """One row per request of the scope: its fields, its client's groups, its contacts.

        The pass reads one row per request of the scope (in the order of the index on office and
        opening date, so the contacts are counted per request as they are read, without sorting):
        the request's own fields, its client's target groups, and its contacts counted in SQL. The
        contacts per month and channel come with it as one string per request, `kind/channel/month`
        tokens joined by commas, which are counted together at the end: SQLite sorts every input
        row of a GROUP BY, and over a year's 600,000 contacts that sort costs more than the rest of
        the report.
        """
        r, c, p = LearningRequest, Client, PartnerOrganisation
        is_session = Contact.kind == ContactKind.SESSION
        token = (type_coerce(Contact.kind, String) + TOKEN_FIELDS
                 + type_coerce(Contact.channel, String) + TOKEN_FIELDS
                 + local_month(self.session, Contact.at))
        # In the order of the index on office and opening date, so SQLite groups without sorting;
        # PostgreSQL also wants the ids of the one partner and client row each request joins.
        grouped = [r.opened_on, r.id]
        if self.dialect == "postgresql":
            grouped += [p.id, c.id]
        return (
            select(*(type_coerce(code, String) for code in (
                       r.tier, r.outcome, r.referrer_type, p.org_type, r.client_id)),
                   *target_groups(self.dialect),
                   func.count(Contact.request_id), func.count(Contact.request_id).filter(is_session),
                   func.coalesce(func.sum(Contact.minutes), 0),
                   func.coalesce(func.sum(Contact.minutes).filter(is_session), 0),
                   func.count(Contact.minutes).filter(is_session),
                   func.aggregate_strings(token, ","))
            .select_from(r)
            .outerjoin(p, p.id == r.referrer_org_id)
            .outerjoin(c, c.id == r.client_id)
            .outerjoin(Contact, held_contacts())
            .where(self.where)
            .group_by(*grouped)
        )

    def counted(self, item: str) -> dict[str, tuple[int, int, int]]:
        """Per code, the rows `n` and the sums `a` and `b` of an item of the counted requests
        (store/report_figures.ITEM_KINDS: referrals, contributions, exemptions); '' for no code."""
        if self.kept():
            if self._items is None:
                x = report_figures.report_request_items
                self._items = {}
                for name, code, n, a, b in self.session.connection().execute(
                        select(x.c.item, x.c.code, func.sum(x.c.n), func.sum(x.c.a), func.sum(x.c.b))
                        .where(x.c.office_id == self.scope.office_id.hex,
                               x.c.opened_on.between(self.scope.start.isoformat(), self.scope.end.isoformat()))
                        .group_by(x.c.item, x.c.code)):
                    self._items.setdefault(name, {})[code] = (n, a, b)
            return self._items.get(item, {})
        model: Any = ReferralOut if item == "referral" else Contribution
        if item == "referral":
            code, a, b = (model.reason_code, func.count(model.loop_closed_on),
                          func.count().filter(model.happened.is_(True)))
        else:
            code = model.paid_by if item == "contribution" else model.exemption
            a, b = func.sum(func.round(model.hours * 100)), func.sum(func.round(model.amount * 100))
        query = (select(type_coerce(code, String), func.count(), a, b)
                 .join(LearningRequest, LearningRequest.id == model.request_id)
                 .where(self.where, model.deleted_at.is_(None), code.is_not(None) if item == "exemption" else true())
                 .group_by(code))
        return {code or "": (n, int(a or 0), int(b or 0)) for code, n, a, b in self.session.execute(query)}

    def referrals(self) -> dict[str, ReferralFigures]:
        """Referrals out on the counted requests, per reason code."""
        found = {code or UNSPECIFIED: ReferralFigures(*counts) for code, counts in self.counted("referral").items()}
        return {code: found.get(code, ReferralFigures(0, 0, 0))
                for code in (*(r.value for r in ReferralReason), UNSPECIFIED)}

    def contributions(self) -> dict[PaidBy, ContributionFigures]:
        """The client contributions recorded on the counted requests, per payer (hours and euros summed in
        hundredths, exactly)."""
        found = {PaidBy(payer): ContributionFigures(n, Decimal(hours) / 100, (Decimal(cents) / 100).quantize(CENT))
                 for payer, (n, hours, cents) in self.counted("contribution").items()}
        return {payer: found.get(payer, ContributionFigures(0, Decimal(0), Decimal("0.00"))) for payer in PaidBy}

    def exemptions(self) -> dict[Exemption, int]:
        found = {Exemption(ground): n for ground, (n, _, _) in self.counted("exemption").items()}
        return {ground: found.get(ground, 0) for ground in Exemption}

    def second_line(self) -> dict[SecondLineKind, SecondLineFigures]:
        s = SecondLineActivity
        query = select(s.kind, func.count(), func.sum(s.participants), func.sum(s.minutes)).where(
            s.office_id == self.scope.office_id, s.deleted_at.is_(None),
            s.held_on.between(self.scope.start, self.scope.end)).group_by(s.kind)
        if self.scope.counsellor_ids is not None:
            query = query.where(s.counsellor_id.in_(self.scope.counsellor_ids))
        found = {kind: SecondLineFigures(n, p or 0, m or 0) for kind, n, p, m in self.session.execute(query)}
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

