"""Referral out: which kind of partner usually takes each reason, so the form proposes it first."""

from __future__ import annotations

from leerwinkel_desk.domain.enums import OrganisationType, ReferralReason

USUAL_PARTNER: dict[ReferralReason, OrganisationType] = {
    ReferralReason.WORK: OrganisationType.VDAB,
    ReferralReason.DUTCH: OrganisationType.INTEGRATION_AGENCY,
    ReferralReason.WELFARE: OrganisationType.CAW,
    ReferralReason.INCOME: OrganisationType.OCMW,
    ReferralReason.APPLYING: OrganisationType.JOB_SHOP,
    ReferralReason.YOUTH: OrganisationType.CLB,
    ReferralReason.SCHOOL: OrganisationType.SCHOOL,
}


def usual_partner(reason: ReferralReason) -> OrganisationType | None:
    """The kind of organisation a referral for `reason` usually goes to (None: any kind)."""
    return USUAL_PARTNER.get(reason)
