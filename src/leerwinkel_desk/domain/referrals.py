"""Referral out: which kind of partner usually takes each reason, so the form proposes it first.

Recognition is two reasons, as it goes to two places. A foreign diploma (diplomagelijkschakeling) is recognised
by NARIC-Vlaanderen, a body of the Flemish government, on the papers of a diploma the client has. Competences
learned at work or elsewhere, or earlier qualifications (EVC/EVK), are recognised by the training provider the
client would enrol with (a CVO, a hogeschool, SYNTRA, the VDAB), towards a certificate or exemptions, and this
is asked as much by a low-qualified client with no diploma at all as by a newcomer. The monitoring report counts
them apart, so a gap in either reaches policy on its own.
"""

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
    ReferralReason.DIPLOMA: OrganisationType.RECOGNITION,
    ReferralReason.EVC: OrganisationType.SCHOOL,
}


def usual_partner(reason: ReferralReason) -> OrganisationType | None:
    """The kind of organisation a referral for `reason` usually goes to (None: any kind)."""
    return USUAL_PARTNER.get(reason)
