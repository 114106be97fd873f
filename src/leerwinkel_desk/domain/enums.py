"""The vocabulary of the service as enums; stored values are the exchange-format codes."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a person using the app may do (see docs/domain.md, "Who uses the app")."""

    INFO_OFFICER = "info_officer"   # informatieconsulent: dispatch and tier 1
    COUNSELLOR = "counsellor"       # leerloopbaanbegeleider
    COORDINATOR = "coordinator"     # coördinator


class Tier(StrEnum):
    """The three tiers of the getrapt dienstverleningsmodel, lightest first."""

    INFORMATION = "information"     # 1 informatieverstrekking
    MEDIATION = "mediation"         # 2 informatiebemiddeling
    TRAJECTORY = "trajectory"       # 3 begeleidingstraject

    @property
    def level(self) -> int:
        return _TIER_LEVEL[self]

    @classmethod
    def from_level(cls, level: int) -> Tier:
        return _TIER_BY_LEVEL[level]


_TIER_LEVEL = {Tier.INFORMATION: 1, Tier.MEDIATION: 2, Tier.TRAJECTORY: 3}
_TIER_BY_LEVEL = {v: k for k, v in _TIER_LEVEL.items()}


class Phase(StrEnum):
    """The phases of guidance, in the order of the blueprint (section 3.3, see docs/domain.md)."""

    REFERRAL_IN = "referral_in"     # toeleiding
    DISPATCH = "dispatch"           # aanmelding en dispatching
    INTAKE = "intake"               # intake en informatiebemiddeling
    TRAJECTORY = "trajectory"       # begeleidingstraject
    CHOICE = "choice"               # keuze
    FOLLOW_UP = "follow_up"         # opvolging
    HANDOVER = "handover"           # warme overdracht
    CLOSED = "closed"               # afgesloten
    AFTERCARE = "aftercare"         # nazorg


class Outcome(StrEnum):
    """How a learning request ended."""

    ANSWERED = "answered"
    ENROLLED = "enrolled"
    REFERRED_OUT = "referred_out"
    NO_CHOICE = "no_choice"
    DROPPED_OUT = "dropped_out"


class ContactKind(StrEnum):
    SESSION = "session"             # a planned face-to-face guidance conversation
    MICRO = "micro"                 # microcontact: a quick message or call


class SessionType(StrEnum):
    """Which conversation a session is."""

    INFORMATION = "information"     # tier-1 answer at the desk
    INTAKE = "intake"               # intake en informatiebemiddeling
    TRAJECTORY = "trajectory"       # a session of the begeleidingstraject
    AFTERCARE = "aftercare"


class ContactStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Channel(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    FACEBOOK = "facebook"
    CHAT = "chat"
    VIDEO = "video"
    LETTER = "letter"
    WEBSITE = "website"


class Direction(StrEnum):
    INBOUND = "inbound"             # the client (or a partner) reached out
    OUTBOUND = "outbound"           # the counsellor reached out


class ReferrerType(StrEnum):
    SELF = "self"
    PARTNER = "partner"


class OrganisationType(StrEnum):
    """Kinds of partner organisation on the social map."""

    VDAB = "vdab"
    JOB_SHOP = "job_shop"                       # werkwinkel
    OCMW = "ocmw"                               # OCMW / sociaal huis
    INTEGRATION_AGENCY = "integration_agency"   # agentschap inburgering en integratie
    CLB = "clb"
    CAW = "caw"
    SCHOOL = "school"                           # school / training provider
    YOUTH_WORK = "youth_work"
    PRISON_EDUCATION = "prison_education"
    RECOGNITION = "recognition"                 # recognises foreign diplomas: NARIC-Vlaanderen
    OTHER = "other"


class ProviderType(StrEnum):
    """Kinds of training provider in the opleidingsaanbod (docs/domain.md)."""

    CBE = "cbe"                     # centrum voor basiseducatie
    CVO = "cvo"                     # centrum voor volwassenenonderwijs
    UNIVERSITY_COLLEGE = "university_college"   # hogeschool
    UNIVERSITY = "university"
    VDAB = "vdab"
    SYNTRA = "syntra"
    VORMINGPLUS = "vormingplus"
    DKO = "dko"                     # deeltijds kunstonderwijs
    LIGO = "ligo"
    SOCIO_CULTURAL = "socio_cultural"
    SECTOR_FUND = "sector_fund"
    PRIVATE = "private"


class Delivery(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    HYBRID = "hybrid"


class Gender(StrEnum):
    F = "f"
    M = "m"
    X = "x"


class Qualification(StrEnum):
    """Highest qualification obtained."""

    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    SECONDARY = "secondary"
    HIGHER = "higher"


class SocialStatus(StrEnum):
    EMPLOYED = "employed"
    JOB_SEEKER = "job_seeker"
    LEEFLOON = "leefloon"
    STUDENT = "student"
    OTHER = "other"


class DutchLevel(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"
    NATIVE = "native"

    @property
    def rank(self) -> int:
        """Order of the levels, so a client's level can be compared with a course's requirement."""
        return list(DutchLevel).index(self)


class ConsentMethod(StrEnum):
    """How the client gave consent."""

    SPOKEN = "spoken"
    SIGNED_FORM = "signed_form"
    DIGITAL = "digital"


class ConsentPurpose(StrEnum):
    """What the client agreed the data may be used for."""

    WARM_HANDOVER = "warm_handover"         # brief the study counsellor of the school
    PARTNER_FOLLOW_UP = "partner_follow_up" # keep the partner's counsellor informed of progress
    REFERRAL = "referral"                   # refer out to a partner


class HandoverMode(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    LETTER = "letter"


class DataItem(StrEnum):
    """Items of a dossier that a consent may allow to share."""

    IDENTITY = "identity"                   # name and birth date
    CONTACT_DETAILS = "contact_details"     # phone, e-mail
    QUESTION = "question"                   # the learning question
    STUDY_HISTORY = "study_history"
    DUTCH_LEVEL = "dutch_level"
    SOCIAL_STATUS = "social_status"
    PRACTICAL_BARRIERS = "practical_barriers"
    SUPPORT_NETWORK = "support_network"
    OPTIONS = "options"                     # options weighed
    CHOICE = "choice"
    TRAJECTORY_SUMMARY = "trajectory_summary"


class Exemption(StrEnum):
    """Grounds on which a tier-3 client pays no contribution (as in adult education)."""

    JOB_SEEKER = "job_seeker"
    LEEFLOON = "leefloon"
    INTEGRATION = "integration"     # inburgeraar on a civic integration path
    DETAINEE = "detainee"
    INCOME_SUPPORT = "income_support"   # other income-replacement benefit
    DISABILITY = "disability"


class ReferralReason(StrEnum):
    """Why a client is referred out: each reason has the partner that usually takes it (domain/referrals.py)."""

    WORK = "work"                   # the question is about finding work: VDAB
    DUTCH = "dutch"                 # Dutch too weak for the offer: integration agency (NT2)
    WELFARE = "welfare"             # debts, housing, wellbeing first: CAW
    INCOME = "income"               # financial support during training: OCMW
    APPLYING = "applying"           # CV and letters: job shop
    YOUTH = "youth"                 # under 18: CLB
    SCHOOL = "school"               # exemptions, the school's own guidance
    DIPLOMA = "diploma"             # a foreign diploma recognised first (diplomagelijkschakeling): NARIC-Vlaanderen
    EVC = "evc"                     # competences or earlier qualifications recognised (EVC/EVK): the training provider
    OTHER = "other"


class SecondLineKind(StrEnum):
    INFO_SESSION = "info_session"   # informatiesessie voor partnerpersoneel
    QUESTION = "question"           # vraag van een partnerbegeleider


class SignalKind(StrEnum):
    GAP = "gap"                     # a gap in the training offer
    BARRIER = "barrier"             # a barrier to learning


class SignalTheme(StrEnum):
    OFFER = "offer"
    COST = "cost"
    BENEFITS = "benefits"           # e.g. losing a benefit when starting a course
    MOBILITY = "mobility"
    CHILDCARE = "childcare"
    LANGUAGE = "language"
    RECOGNITION = "recognition"     # diploma recognition, EVC
    SCHEDULE = "schedule"
    DIGITAL = "digital"
    OTHER = "other"
