"""The monitoring report as data: the figures of one office over a period (defined in
services/monitoring.py, which counts them) and their JSON form, shared by the screens, the PDF,
XLSX and CSV writers and the exchange with other offices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from leerwinkel_desk.domain.enums import (
    Channel,
    Exemption,
    SecondLineKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.domain.fees import PaidBy

SESSION_BUCKETS = (("0-1", 0, 1), ("2-3", 2, 3), ("4-8", 4, 8), ("9+", 9, None))
UNSPECIFIED = "unspecified"         # a referral reason or referrer type not recorded


def rounded(numerator: int, denominator: int) -> float:
    """numerator / denominator rounded half up to 2 decimals, exactly; 0.0 for nothing."""
    if denominator == 0:
        return 0.0
    return ((200 * numerator + denominator) // (2 * denominator)) / 100


def session_bucket(sessions: int) -> str:
    return next(name for name, low, high in SESSION_BUCKETS
                if sessions >= low and (high is None or sessions <= high))


@dataclass(frozen=True)
class SecondLineFigures:
    activities: int
    participants: int
    minutes: int


@dataclass(frozen=True)
class ReferralFigures:
    count: int
    loops_closed: int
    arrived: int


@dataclass(frozen=True)
class ContributionFigures:
    count: int
    hours: Decimal
    amount: Decimal


@dataclass(frozen=True)
class MonitoringReport:
    """The spec's figures (first block) and the extras; `to_json_dict()` gives the spec's JSON."""

    period_from: date
    period_to: date
    office: str                         # the office's code (the exchange's key)
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
    trajectories_with_outcome: int      # the rate's denominator: with none, the rate is not applicable
    # extras
    sessions_distribution: dict[int, int]       # sessions per trajectory -> trajectories
    referrers_by_org_type: dict[str, int]
    target_groups: dict[str, int]
    second_line: dict[SecondLineKind, SecondLineFigures]
    signals_by_theme: dict[SignalTheme, int]
    minutes_by_tier: dict[Tier, int]
    cost_per_request: dict[Tier, Decimal]
    contacts_by_month: dict[str, dict[Channel, int]]    # "YYYY-MM" -> channel -> contacts
    referrals_by_reason: dict[str, ReferralFigures]     # each ReferralReason value, and "unspecified"
    contributions_by_payer: dict[PaidBy, ContributionFigures]
    exemptions: dict[Exemption, int]
    office_name: str = ""               # what people call the office (the documents print it); the code if none
    counted_on: date | None = None      # the office's day it was counted (None: read from another office's file)

    @property
    def office_title(self) -> str:
        """The office as the documents name it: its name, else its code."""
        return self.office_name or self.office

    @property
    def running(self) -> bool:
        """Whether the period had not ended when it was counted (its last day the day counted, as the Rapporten
        page's first period: this year up to today): its figures still grow, and the chart's month of that day
        (and any after it) is not a whole month yet, though it looks like a drop."""
        return self.counted_on is not None and self.counted_on <= self.period_to

    @property
    def not_begun(self) -> bool:
        """Whether it was counted before the period's first day (a running period that has nothing yet)."""
        return self.counted_on is not None and self.counted_on < self.period_from

    def period_months(self) -> list[str]:
        """Every month ("YYYY-MM") the period touches, in order: the months a chart of the period shows."""
        months, year, month = [], self.period_from.year, self.period_from.month
        while (year, month) <= (self.period_to.year, self.period_to.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def contacts_in_month(self, month: str) -> int:
        return sum(self.contacts_by_month.get(month, {}).values())

    def contacts_outside_period(self) -> tuple[int, int]:
        """The contacts (before, after) the period's months: the counted requests are those opened in the
        period, with all their contacts whatever their date (services/monitoring.py), so the key figures
        count these too while a chart of the period's months does not show them."""
        first, last = self.period_months()[0], self.period_months()[-1]
        before = sum(sum(per.values()) for month, per in self.contacts_by_month.items() if month < first)
        after = sum(sum(per.values()) for month, per in self.contacts_by_month.items() if month > last)
        return before, after

    @property
    def enrolment_rate_applies(self) -> bool:
        """False while no trajectory has an outcome: the spec's JSON still says 0.0, the screen and the
        documents say "n.v.t." rather than a rate of 0 %."""
        return self.trajectories_with_outcome > 0

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
                "trajectories_with_outcome": self.trajectories_with_outcome,
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
                "referrals_out": {reason: {"count": f.count, "loops_closed": f.loops_closed,
                                           "arrived": f.arrived}
                                  for reason, f in self.referrals_by_reason.items()},
                "contributions": {
                    "by_payer": {payer.value: {"count": f.count, "hours": float(f.hours),
                                               "amount": float(f.amount)}
                                 for payer, f in self.contributions_by_payer.items()},
                    "exemptions": {ground.value: n for ground, n in self.exemptions.items()},
                },
            }
        return core
