"""Every mapped table of Leerwinkel Desk; importing this package registers them all on `Base.metadata`."""

from leerwinkel_desk.store.models.audit import AuditEvent
from leerwinkel_desk.store.models.casework import (
    Contact,
    Contribution,
    LearningRequest,
    OptionConsidered,
    ReferralOut,
    RequestChange,
)
from leerwinkel_desk.store.models.catalogue import Course, Provider
from leerwinkel_desk.store.models.client import Client, ClientMerge
from leerwinkel_desk.store.models.draft import Draft
from leerwinkel_desk.store.models.erasure import Erasure
from leerwinkel_desk.store.models.office import (
    Counsellor,
    Loket,
    NumberSequence,
    Office,
    PartnerContact,
    PartnerOrganisation,
    Zitdag,
)
from leerwinkel_desk.store.models.outreach import SecondLineActivity, Signal, SignalRequest
from leerwinkel_desk.store.models.sharing import Consent, Handover, Letter

__all__ = [
    "AuditEvent", "Client", "ClientMerge", "Consent", "Contact", "Contribution", "Counsellor",
    "Course", "Draft", "Erasure", "Handover", "LearningRequest", "Letter", "Loket", "NumberSequence", "Office",
    "OptionConsidered", "PartnerContact", "PartnerOrganisation", "Provider", "ReferralOut",
    "RequestChange", "SecondLineActivity", "Signal", "SignalRequest", "Zitdag",
]
