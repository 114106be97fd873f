"""The client contribution: tiers 1-2 free, tier 3 an hourly amount with social correction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from leerwinkel_desk.domain.enums import Exemption, SocialStatus, Tier
from leerwinkel_desk.domain.errors import InvalidValue


class PaidBy(StrEnum):
    FREE = "free"                   # tier 1 or 2: always free
    EXEMPT = "exempt"               # tier 3, social correction
    CAREER_VOUCHER = "career_voucher"   # loopbaancheques
    CLIENT = "client"


@dataclass(frozen=True)
class Contribution:
    amount: Decimal
    paid_by: PaidBy


CENT = Decimal("0.01")
STATUS_EXEMPTION: dict[SocialStatus, Exemption] = {    # the client's status that exempts by itself
    SocialStatus.JOB_SEEKER: Exemption.JOB_SEEKER,
    SocialStatus.LEEFLOON: Exemption.LEEFLOON,
}


def exemption_for(status: SocialStatus | None) -> Exemption | None:
    """The ground of exemption the client's recorded status gives (None: the counsellor may name one)."""
    return STATUS_EXEMPTION.get(status) if status is not None else None


def contribution(
    tier: Tier,
    hours: Decimal,
    hourly_rate: Decimal,
    exemption: Exemption | None = None,
    career_voucher: bool = False,
) -> Contribution:
    """What a client owes for `hours` of guidance at `tier`.

    The hourly amount is set by the government (blueprint 7.2), so it is a parameter. Exempt
    clients (the categories exempt from enrolment fees in adult education) enter for free;
    career vouchers pay instead of the client.
    """
    if hours < 0:
        raise InvalidValue("hours", "negative")
    if hourly_rate < 0:
        raise InvalidValue("hourly_rate", "negative")
    if tier is not Tier.TRAJECTORY:
        return Contribution(Decimal("0.00"), PaidBy.FREE)
    if exemption is not None:
        return Contribution(Decimal("0.00"), PaidBy.EXEMPT)
    amount = (hours * hourly_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return Contribution(amount, PaidBy.CAREER_VOUCHER if career_voucher else PaidBy.CLIENT)
