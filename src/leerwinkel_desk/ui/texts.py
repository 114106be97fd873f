"""The words of the service in the UI language: enum labels and messages for typed errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    Delivery,
    Direction,
    DutchLevel,
    Exemption,
    Gender,
    HandoverMode,
    OrganisationType,
    Outcome,
    Phase,
    ProviderType,
    Qualification,
    ReferralReason,
    ReferrerType,
    Role,
    SecondLineKind,
    SessionType,
    SignalKind,
    SignalTheme,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.letters import LetterKind


def tier_label(tier: Tier) -> str:
    return {
        Tier.INFORMATION: QCoreApplication.translate("Vocabulary", "1 · Informatie"),
        Tier.MEDIATION: QCoreApplication.translate("Vocabulary", "2 · Informatiebemiddeling"),
        Tier.TRAJECTORY: QCoreApplication.translate("Vocabulary", "3 · Begeleidingstraject"),
    }[tier]


def phase_label(phase: Phase) -> str:
    return {
        Phase.REFERRAL_IN: QCoreApplication.translate("Vocabulary", "Toeleiding"),
        Phase.DISPATCH: QCoreApplication.translate("Vocabulary", "Aanmelding"),
        Phase.INTAKE: QCoreApplication.translate("Vocabulary", "Intake"),
        Phase.TRAJECTORY: QCoreApplication.translate("Vocabulary", "Traject"),
        Phase.CHOICE: QCoreApplication.translate("Vocabulary", "Keuze"),
        Phase.FOLLOW_UP: QCoreApplication.translate("Vocabulary", "Opvolging"),
        Phase.HANDOVER: QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        Phase.CLOSED: QCoreApplication.translate("Vocabulary", "Afgesloten"),
        Phase.AFTERCARE: QCoreApplication.translate("Vocabulary", "Nazorg"),
    }[phase]


def role_label(role: Role) -> str:
    return {
        Role.INFO_OFFICER: QCoreApplication.translate("Vocabulary", "Informatieconsulent"),
        Role.COUNSELLOR: QCoreApplication.translate("Vocabulary", "Leerloopbaanbegeleider"),
        Role.COORDINATOR: QCoreApplication.translate("Vocabulary", "Coördinator"),
    }[role]


def channel_label(channel: Channel) -> str:
    return {
        Channel.FACE_TO_FACE: QCoreApplication.translate("Vocabulary", "Gesprek"),
        Channel.PHONE: QCoreApplication.translate("Vocabulary", "Telefoon"),
        Channel.EMAIL: QCoreApplication.translate("Vocabulary", "E-mail"),
        Channel.SMS: QCoreApplication.translate("Vocabulary", "Sms"),
        Channel.WHATSAPP: QCoreApplication.translate("Vocabulary", "WhatsApp"),
        Channel.FACEBOOK: QCoreApplication.translate("Vocabulary", "Facebook"),
        Channel.CHAT: QCoreApplication.translate("Vocabulary", "Chat"),
        Channel.VIDEO: QCoreApplication.translate("Vocabulary", "Videogesprek"),
        Channel.LETTER: QCoreApplication.translate("Vocabulary", "Brief"),
        Channel.WEBSITE: QCoreApplication.translate("Vocabulary", "Website"),
    }[channel]


def outcome_label(outcome: Outcome | None) -> str:
    if outcome is None:
        return QCoreApplication.translate("Vocabulary", "Lopend")
    return {
        Outcome.ANSWERED: QCoreApplication.translate("Vocabulary", "Beantwoord"),
        Outcome.ENROLLED: QCoreApplication.translate("Vocabulary", "Ingeschreven"),
        Outcome.REFERRED_OUT: QCoreApplication.translate("Vocabulary", "Doorverwezen"),
        Outcome.NO_CHOICE: QCoreApplication.translate("Vocabulary", "Geen keuze"),
        Outcome.DROPPED_OUT: QCoreApplication.translate("Vocabulary", "Afgehaakt"),
    }[outcome]


def data_item_label(item: DataItem) -> str:
    return {
        DataItem.IDENTITY: QCoreApplication.translate("Vocabulary", "Naam en geboortedatum"),
        DataItem.CONTACT_DETAILS: QCoreApplication.translate("Vocabulary", "Contactgegevens"),
        DataItem.QUESTION: QCoreApplication.translate("Vocabulary", "Leervraag"),
        DataItem.STUDY_HISTORY: QCoreApplication.translate("Vocabulary", "Studieverleden"),
        DataItem.DUTCH_LEVEL: QCoreApplication.translate("Vocabulary", "Niveau Nederlands"),
        DataItem.SOCIAL_STATUS: QCoreApplication.translate("Vocabulary", "Sociale situatie"),
        DataItem.PRACTICAL_BARRIERS: QCoreApplication.translate("Vocabulary", "Praktische drempels"),
        DataItem.SUPPORT_NETWORK: QCoreApplication.translate("Vocabulary", "Netwerk"),
        DataItem.OPTIONS: QCoreApplication.translate("Vocabulary", "Besproken opties"),
        DataItem.CHOICE: QCoreApplication.translate("Vocabulary", "Keuze"),
        DataItem.TRAJECTORY_SUMMARY: QCoreApplication.translate("Vocabulary", "Verloop van het traject"),
    }[item]


def status_label(status: SocialStatus) -> str:
    return {
        SocialStatus.EMPLOYED: QCoreApplication.translate("Vocabulary", "werkend"),
        SocialStatus.JOB_SEEKER: QCoreApplication.translate("Vocabulary", "werkzoekend"),
        SocialStatus.LEEFLOON: QCoreApplication.translate("Vocabulary", "met leefloon"),
        SocialStatus.STUDENT: QCoreApplication.translate("Vocabulary", "studerend"),
        SocialStatus.OTHER: QCoreApplication.translate("Vocabulary", "andere"),
    }[status]


def gender_label(gender: Gender) -> str:
    return {
        Gender.F: QCoreApplication.translate("Vocabulary", "vrouw"),
        Gender.M: QCoreApplication.translate("Vocabulary", "man"),
        Gender.X: QCoreApplication.translate("Vocabulary", "x (anders of niet gezegd)"),
    }[gender]


def qualification_label(qualification: Qualification) -> str:
    return {
        Qualification.NONE: QCoreApplication.translate("Vocabulary", "geen diploma"),
        Qualification.PRIMARY: QCoreApplication.translate("Vocabulary", "lager onderwijs"),
        Qualification.LOWER_SECONDARY: QCoreApplication.translate("Vocabulary", "lager secundair"),
        Qualification.SECONDARY: QCoreApplication.translate("Vocabulary", "secundair onderwijs"),
        Qualification.HIGHER: QCoreApplication.translate("Vocabulary", "hoger onderwijs"),
    }[qualification]


def dutch_level_label(level: DutchLevel) -> str:
    """The European levels as they are (A1 … C2); Dutch as a first language in words."""
    if level is DutchLevel.NATIVE:
        return QCoreApplication.translate("Vocabulary", "moedertaal")
    return level.value


def purpose_label(purpose: ConsentPurpose) -> str:
    return {
        ConsentPurpose.WARM_HANDOVER: QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        ConsentPurpose.PARTNER_FOLLOW_UP: QCoreApplication.translate("Vocabulary", "Partner op de hoogte houden"),
        ConsentPurpose.REFERRAL: QCoreApplication.translate("Vocabulary", "Doorverwijzing"),
    }[purpose]


def method_label(method: ConsentMethod) -> str:
    return {
        ConsentMethod.SPOKEN: QCoreApplication.translate("Vocabulary", "Mondeling"),
        ConsentMethod.SIGNED_FORM: QCoreApplication.translate("Vocabulary", "Ondertekend formulier"),
        ConsentMethod.DIGITAL: QCoreApplication.translate("Vocabulary", "Digitaal"),
    }[method]


def mode_label(mode: HandoverMode) -> str:
    return {
        HandoverMode.CALL: QCoreApplication.translate("Vocabulary", "Telefoongesprek"),
        HandoverMode.MEETING: QCoreApplication.translate("Vocabulary", "Overleg"),
        HandoverMode.LETTER: QCoreApplication.translate("Vocabulary", "Brief"),
    }[mode]


def timeline_kind_label(kind: str) -> str:
    """The "what" of a dossier timeline row (the service's kinds: the contact kinds and four more)."""
    return {
        ContactKind.SESSION.value: QCoreApplication.translate("Vocabulary", "Gesprek"),
        ContactKind.MICRO.value: QCoreApplication.translate("Vocabulary", "Microcontact"),
        "referral": QCoreApplication.translate("Vocabulary", "Doorverwijzing"),
        "referral_loop": QCoreApplication.translate("Vocabulary", "Doorverwijzing opgevolgd"),
        "contribution": QCoreApplication.translate("Vocabulary", "Bijdrage"),
        "consent": QCoreApplication.translate("Vocabulary", "Toestemming"),
        "handover": QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        "letter": QCoreApplication.translate("Vocabulary", "Brief"),
    }[kind]


def weekday_label(day: int) -> str:
    """0 = Monday, as the zitdag schedule counts."""
    return (QCoreApplication.translate("Vocabulary", "maandag"), QCoreApplication.translate("Vocabulary", "dinsdag"),
            QCoreApplication.translate("Vocabulary", "woensdag"), QCoreApplication.translate("Vocabulary", "donderdag"),
            QCoreApplication.translate("Vocabulary", "vrijdag"), QCoreApplication.translate("Vocabulary", "zaterdag"),
            QCoreApplication.translate("Vocabulary", "zondag"))[day]


def loop_outcome_label(arrived: bool) -> str:
    """Whether a referred client arrived at the partner (the loop closed)."""
    return (QCoreApplication.translate("Vocabulary", "aangekomen") if arrived
            else QCoreApplication.translate("Vocabulary", "niet aangekomen"))


def timeline_detail(kind: str, detail: str | None, code: str | None = None) -> str:
    """The description of a timeline row: typed text as it is; a code (mode, purpose, letter, a referral's
    reason or outcome) in words, before the typed text."""
    words = ""
    if kind == "referral" and code:
        words = enum_label(ReferralReason(code))
    elif kind == "referral_loop" and code:
        words = loop_outcome_label(code == "arrived")
    elif kind == "contribution" and code and detail:
        return f"{enum_label(PaidBy(code))}: {format_euro(Decimal(detail))}"
    if detail is None:
        return words
    coded: dict[str, Callable[[str], StrEnum]] = {
        "handover": HandoverMode, "consent": ConsentPurpose, "letter": LetterKind}
    text = enum_label(coded[kind](detail)) if kind in coded else detail
    return f"{words}: {text}" if words and text else (words or text)


def organisation_type_label(kind: OrganisationType) -> str:
    return {
        OrganisationType.VDAB: QCoreApplication.translate("Vocabulary", "VDAB"),
        OrganisationType.JOB_SHOP: QCoreApplication.translate("Vocabulary", "Werkwinkel"),
        OrganisationType.OCMW: QCoreApplication.translate("Vocabulary", "OCMW / sociaal huis"),
        OrganisationType.INTEGRATION_AGENCY: QCoreApplication.translate("Vocabulary", "Agentschap Integratie en Inburgering"),
        OrganisationType.CLB: QCoreApplication.translate("Vocabulary", "CLB"),
        OrganisationType.CAW: QCoreApplication.translate("Vocabulary", "CAW"),
        OrganisationType.SCHOOL: QCoreApplication.translate("Vocabulary", "School of opleidingscentrum"),
        OrganisationType.YOUTH_WORK: QCoreApplication.translate("Vocabulary", "Jeugdwerk"),
        OrganisationType.PRISON_EDUCATION: QCoreApplication.translate("Vocabulary", "Onderwijs in de gevangenis"),
        OrganisationType.OTHER: QCoreApplication.translate("Vocabulary", "Andere organisatie"),
    }[kind]


def provider_type_label(kind: ProviderType) -> str:
    return {
        ProviderType.CBE: QCoreApplication.translate("Vocabulary", "Centrum voor basiseducatie"),
        ProviderType.CVO: QCoreApplication.translate("Vocabulary", "Centrum voor volwassenenonderwijs"),
        ProviderType.UNIVERSITY_COLLEGE: QCoreApplication.translate("Vocabulary", "Hogeschool"),
        ProviderType.UNIVERSITY: QCoreApplication.translate("Vocabulary", "Universiteit"),
        ProviderType.VDAB: QCoreApplication.translate("Vocabulary", "VDAB-opleiding"),
        ProviderType.SYNTRA: QCoreApplication.translate("Vocabulary", "Syntra"),
        ProviderType.VORMINGPLUS: QCoreApplication.translate("Vocabulary", "Vormingplus"),
        ProviderType.DKO: QCoreApplication.translate("Vocabulary", "Deeltijds kunstonderwijs"),
        ProviderType.LIGO: QCoreApplication.translate("Vocabulary", "Ligo"),
        ProviderType.SOCIO_CULTURAL: QCoreApplication.translate("Vocabulary", "Sociaal-cultureel werk"),
        ProviderType.SECTOR_FUND: QCoreApplication.translate("Vocabulary", "Sectorfonds"),
        ProviderType.PRIVATE: QCoreApplication.translate("Vocabulary", "Private opleider"),
    }[kind]


def second_line_kind_label(kind: SecondLineKind) -> str:
    return {
        SecondLineKind.INFO_SESSION: QCoreApplication.translate("Vocabulary", "Infosessie voor partnerpersoneel"),
        SecondLineKind.QUESTION: QCoreApplication.translate("Vocabulary", "Vraag van een partnerbegeleider"),
    }[kind]


def signal_kind_label(kind: SignalKind) -> str:
    return {
        SignalKind.GAP: QCoreApplication.translate("Vocabulary", "Hiaat in het aanbod"),
        SignalKind.BARRIER: QCoreApplication.translate("Vocabulary", "Drempel"),
    }[kind]


def signal_theme_label(theme: SignalTheme) -> str:
    return {
        SignalTheme.OFFER: QCoreApplication.translate("Vocabulary", "Aanbod"),
        SignalTheme.COST: QCoreApplication.translate("Vocabulary", "Kostprijs"),
        SignalTheme.BENEFITS: QCoreApplication.translate("Vocabulary", "Uitkering"),
        SignalTheme.MOBILITY: QCoreApplication.translate("Vocabulary", "Mobiliteit"),
        SignalTheme.CHILDCARE: QCoreApplication.translate("Vocabulary", "Kinderopvang"),
        SignalTheme.LANGUAGE: QCoreApplication.translate("Vocabulary", "Taal"),
        SignalTheme.RECOGNITION: QCoreApplication.translate("Vocabulary", "Erkenning van diploma's"),
        SignalTheme.SCHEDULE: QCoreApplication.translate("Vocabulary", "Uurrooster"),
        SignalTheme.DIGITAL: QCoreApplication.translate("Vocabulary", "Digitale vaardigheden"),
        SignalTheme.OTHER: QCoreApplication.translate("Vocabulary", "Ander thema"),
    }[theme]


def session_type_label(kind: SessionType) -> str:
    return {
        SessionType.INFORMATION: QCoreApplication.translate("Vocabulary", "Informatie aan het loket"),
        SessionType.INTAKE: QCoreApplication.translate("Vocabulary", "Intake en informatiebemiddeling"),
        SessionType.TRAJECTORY: QCoreApplication.translate("Vocabulary", "Trajectgesprek"),
        SessionType.AFTERCARE: QCoreApplication.translate("Vocabulary", "Nazorg"),
    }[kind]


def contact_status_label(status: ContactStatus) -> str:
    return {
        ContactStatus.PLANNED: QCoreApplication.translate("Vocabulary", "gepland"),
        ContactStatus.HELD: QCoreApplication.translate("Vocabulary", "gehouden"),
        ContactStatus.CANCELLED: QCoreApplication.translate("Vocabulary", "geannuleerd"),
        ContactStatus.NO_SHOW: QCoreApplication.translate("Vocabulary", "niet gekomen"),
    }[status]


def _labels(table: Callable[[], dict[Any, str]]) -> Callable[[Any], str]:
    return lambda member: table()[member]


ENUM_LABELS: dict[type[StrEnum], Callable[[Any], str]] = {
    Role: role_label, Tier: tier_label, Phase: phase_label, Outcome: outcome_label,
    Channel: channel_label, DataItem: data_item_label, SocialStatus: status_label,
    ConsentPurpose: purpose_label, ConsentMethod: method_label, HandoverMode: mode_label,
    OrganisationType: organisation_type_label, ProviderType: provider_type_label,
    SecondLineKind: second_line_kind_label, SignalKind: signal_kind_label, SignalTheme: signal_theme_label,
    DutchLevel: dutch_level_label, SessionType: session_type_label, ContactStatus: contact_status_label,
    ContactKind: lambda kind: timeline_kind_label(kind.value),
    Direction: _labels(lambda: {
        Direction.INBOUND: QCoreApplication.translate("Vocabulary", "binnenkomend"),
        Direction.OUTBOUND: QCoreApplication.translate("Vocabulary", "uitgaand")}),
    ReferrerType: _labels(lambda: {
        ReferrerType.SELF: QCoreApplication.translate("Vocabulary", "zelf gekomen"),
        ReferrerType.PARTNER: QCoreApplication.translate("Vocabulary", "via een partner")}),
    Delivery: _labels(lambda: {
        Delivery.ON_SITE: QCoreApplication.translate("Vocabulary", "ter plaatse"),
        Delivery.ONLINE: QCoreApplication.translate("Vocabulary", "volledig online"),
        Delivery.HYBRID: QCoreApplication.translate("Vocabulary", "hybride")}),
    Gender: _labels(lambda: {
        Gender.F: QCoreApplication.translate("Vocabulary", "vrouw"),
        Gender.M: QCoreApplication.translate("Vocabulary", "man"),
        Gender.X: QCoreApplication.translate("Vocabulary", "anders (X)")}),
    Qualification: _labels(lambda: {
        Qualification.NONE: QCoreApplication.translate("Vocabulary", "geen diploma"),
        Qualification.PRIMARY: QCoreApplication.translate("Vocabulary", "lager onderwijs"),
        Qualification.LOWER_SECONDARY: QCoreApplication.translate("Vocabulary", "lager secundair"),
        Qualification.SECONDARY: QCoreApplication.translate("Vocabulary", "secundair onderwijs"),
        Qualification.HIGHER: QCoreApplication.translate("Vocabulary", "hoger onderwijs")}),
    ReferralReason: _labels(lambda: {
        ReferralReason.WORK: QCoreApplication.translate("Vocabulary", "werk zoeken"),
        ReferralReason.DUTCH: QCoreApplication.translate("Vocabulary", "Nederlands nog te zwak"),
        ReferralReason.WELFARE: QCoreApplication.translate("Vocabulary", "welzijn, schulden of wonen"),
        ReferralReason.INCOME: QCoreApplication.translate("Vocabulary", "financiële steun"),
        ReferralReason.APPLYING: QCoreApplication.translate("Vocabulary", "cv en solliciteren"),
        ReferralReason.YOUTH: QCoreApplication.translate("Vocabulary", "jongere onder 18"),
        ReferralReason.SCHOOL: QCoreApplication.translate("Vocabulary", "begeleiding door de school"),
        ReferralReason.OTHER: QCoreApplication.translate("Vocabulary", "andere reden")}),
    Exemption: _labels(lambda: {
        Exemption.JOB_SEEKER: QCoreApplication.translate("Vocabulary", "werkzoekend"),
        Exemption.LEEFLOON: QCoreApplication.translate("Vocabulary", "recht op leefloon"),
        Exemption.INTEGRATION: QCoreApplication.translate("Vocabulary", "inburgeringstraject"),
        Exemption.DETAINEE: QCoreApplication.translate("Vocabulary", "gedetineerd"),
        Exemption.INCOME_SUPPORT: QCoreApplication.translate("Vocabulary", "andere vervangingsuitkering"),
        Exemption.DISABILITY: QCoreApplication.translate("Vocabulary", "handicap")}),
    PaidBy: _labels(lambda: {
        PaidBy.CLIENT: QCoreApplication.translate("Vocabulary", "betaald door de cliënt"),
        PaidBy.CAREER_VOUCHER: QCoreApplication.translate("Vocabulary", "met loopbaancheques"),
        PaidBy.EXEMPT: QCoreApplication.translate("Vocabulary", "vrijgesteld (sociale correctie)"),
        PaidBy.FREE: QCoreApplication.translate("Vocabulary", "gratis (niveau 1-2)")}),
    LetterKind: _labels(lambda: {
        LetterKind.SUMMARY: QCoreApplication.translate("Vocabulary", "Samenvatting voor de cliënt"),
        LetterKind.HANDOVER: QCoreApplication.translate("Vocabulary", "Overdrachtsbrief")}),
}


def enum_label(member: StrEnum) -> str:
    """Any code of the service in words of the UI language; a person never reads the code itself."""
    return ENUM_LABELS[type(member)](member)


def format_date(value: date | None) -> str:
    """Dates as dd/mm/jjjj, as Flemish counsellors write them."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_number(value: float | Decimal, decimals: int = 0) -> str:
    """A figure as the UI language writes it: 1.234,5 in Flemish, 1,234.5 in English."""
    return figures_locale().toString(float(value), "f", decimals)


def format_euro(amount: Decimal | None) -> str:
    """An amount in euro as the UI language writes it ("€ 1.100,00"); nothing when unknown."""
    return "" if amount is None else f"€ {format_number(amount, 2)}"


def format_month(key: str) -> str:
    """A "YYYY-MM" month of the figures as words: "mrt 2026" in Flemish, "Mar 2026" in English."""
    year, month = int(key[:4]), int(key[5:7])
    return f"{figures_locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {year}"


def figures_locale() -> QLocale:
    """The locale of the UI language (a translated string, so figures follow the language of the texts)."""
    return QLocale(QCoreApplication.translate("Vocabulary", "nl_BE", "locale of the figures on screen"))


def format_moment(value: datetime | None) -> str:
    return value.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M") if value else ""


def error_text(error: DomainError, name_the_field: bool = True) -> str:
    """A clear sentence for a typed error from the services (never a traceback); without the
    field's name in front when it is shown right at that field."""
    field = getattr(error, "field", "")
    reason = getattr(error, "reason", "")
    messages = {
        ("value.invalid", "required"): QCoreApplication.translate("Vocabulary", "Dit veld is verplicht."),
        ("value.invalid", "format"): QCoreApplication.translate("Vocabulary", "Dit ziet er niet uit als een geldig adres."),
        ("value.invalid", "range"): QCoreApplication.translate("Vocabulary", "Deze waarde ligt buiten het toegelaten bereik."),
        ("value.invalid", "too_long"): QCoreApplication.translate("Vocabulary", "Deze tekst is te lang."),
        ("value.invalid", "not_relevant"): QCoreApplication.translate("Vocabulary", "Deze gegevens zijn niet relevant voor het studietraject."),
        ("value.invalid", "empty"): QCoreApplication.translate("Vocabulary", "Kies minstens één gegeven."),
        ("value.invalid", "anonymous"): QCoreApplication.translate("Vocabulary", "Koppel eerst een cliënt aan deze leervraag."),
        ("value.invalid", "tier1"): QCoreApplication.translate("Vocabulary", "Een vraag op niveau 1 wordt beantwoord of doorverwezen."),
        ("value.invalid", "too_short"): QCoreApplication.translate("Vocabulary", "Een wachtwoordzin heeft minstens 10 tekens."),
        ("value.invalid", "weak"): QCoreApplication.translate("Vocabulary", "Deze wachtwoordzin is makkelijk te raden: neem een paar ongewone woorden."),
        ("value.invalid", "mismatch"): QCoreApplication.translate("Vocabulary", "De twee wachtwoordzinnen verschillen."),
        ("value.invalid", "taken"): QCoreApplication.translate("Vocabulary", "Deze gebruikersnaam bestaat al."),
        ("value.invalid", "not_yet"): QCoreApplication.translate(
            "Vocabulary", "Dit moment ligt nog in de toekomst: het kan nog niet als gehouden worden geregistreerd."),
        ("value.invalid", "not_a_date"): QCoreApplication.translate(
            "Vocabulary", "Typ de dag eerst, bv. 02/04/1990 of 02041990."),
        ("value.invalid", "future"): QCoreApplication.translate("Vocabulary", "Deze datum ligt in de toekomst."),
        ("value.invalid", "negative"): QCoreApplication.translate("Vocabulary", "Dit kan niet negatief zijn."),
        ("value.invalid", "before_start"): QCoreApplication.translate("Vocabulary", "Het einde ligt voor het begin."),
        ("value.invalid", "not_set"): QCoreApplication.translate(
            "Vocabulary", "Het uurbedrag van het kantoor is nog niet ingesteld: een coördinator stelt het in."),
        ("value.invalid", "other_organisation"): QCoreApplication.translate(
            "Vocabulary", "Deze contactpersoon werkt bij een andere organisatie."),
        ("value.invalid", "outside_folder"): QCoreApplication.translate(
            "Vocabulary", "Het logo moet een bestand in de map van het briefhoofd zelf zijn."),
        ("value.invalid", "too_large"): QCoreApplication.translate(
            "Vocabulary", "Het logo is te groot: hoogstens 1 MB en 2000 beeldpunten breed en hoog."),
        ("value.invalid", "not_an_image"): QCoreApplication.translate(
            "Vocabulary", "Het logo is geen PNG- of JPEG-afbeelding."),
        ("value.invalid", "too_old"): QCoreApplication.translate(
            "Vocabulary", "Deze datum ligt meer dan {years} jaar terug.").format(years=MAX_AGE_YEARS),
    }
    if field and name_the_field and error.code == "value.invalid":
        prefix = field_label(field) + ": "
    else:
        prefix = ""
    if (error.code, reason) in messages:
        return prefix + messages[(error.code, reason)]
    if error.code == "permission.denied" and getattr(error, "action", "") == "request.not_own":
        owner = getattr(error, "owner", None) or QCoreApplication.translate("Vocabulary", "een collega")
        return QCoreApplication.translate(
            "Vocabulary", "Dit traject is van {owner}. U kunt het lezen; om er iets in te registreren vraagt u "
            "{owner} of een coördinator om het aan u toe te wijzen (Toewijzen, Ctrl+Shift+W).").format(owner=owner)
    return {
        "consent.missing": QCoreApplication.translate("Vocabulary", "Er is geen geldige toestemming van de cliënt voor deze ontvanger en "
                              "deze gegevens. Registreer eerst de toestemming."),
        "client.possible_duplicates": QCoreApplication.translate("Vocabulary", "Deze persoon lijkt al geregistreerd. Kijk de mogelijke "
                                         "dubbels na of bevestig dat het iemand anders is."),
        "reason.required": QCoreApplication.translate("Vocabulary", "Geef een reden op."),
        "request.transition": QCoreApplication.translate("Vocabulary", "Deze stap kan niet in de huidige fase van de leervraag."),
        "permission.denied": QCoreApplication.translate("Vocabulary", "Uw rol laat deze actie niet toe."),
        "state.conflict": QCoreApplication.translate("Vocabulary", "Dit kan niet meer: de toestand is intussen veranderd."),
        "record.not_found": QCoreApplication.translate("Vocabulary", "Dit gegeven bestaat niet (meer)."),
        "login.failed": QCoreApplication.translate("Vocabulary", "Aanmelden mislukt. Controleer gebruikersnaam en wachtwoordzin."),
        "database.key_changed": QCoreApplication.translate(
            "Vocabulary", "De databank kreeg elders een nieuwe sleutel: er is niets bewaard. Meld u opnieuw aan "
            "en bewaar dan opnieuw; uw tekst blijft staan."),
        "disk.full": QCoreApplication.translate(
            "Vocabulary", "De schijf is vol: er is niets bewaard. Maak ruimte vrij en probeer opnieuw; "
            "uw tekst blijft staan."),
    }.get(error.code, prefix + QCoreApplication.translate("Vocabulary", "De actie kon niet worden uitgevoerd ({code}).").format(code=error.code))


def field_label(field: str) -> str:
    """The form label a service's field name stands for."""
    return {
        "first_name": QCoreApplication.translate("Vocabulary", "Voornaam"),
        "last_name": QCoreApplication.translate("Vocabulary", "Naam"),
        "email": QCoreApplication.translate("Vocabulary", "E-mail"),
        "birth_date": QCoreApplication.translate("Vocabulary", "Geboortedatum"),
        "summary": QCoreApplication.translate("Vocabulary", "Samenvatting"),
        "minutes": QCoreApplication.translate("Vocabulary", "Minuten"),
        "question": QCoreApplication.translate("Vocabulary", "Vraag"),
        "answer": QCoreApplication.translate("Vocabulary", "Antwoord"),
        "client": QCoreApplication.translate("Vocabulary", "Cliënt"),
        "items": QCoreApplication.translate("Vocabulary", "Gegevens"),
        "data_items": QCoreApplication.translate("Vocabulary", "Gegevens"),
        "recipient": QCoreApplication.translate("Vocabulary", "Ontvanger"),
        "expires_on": QCoreApplication.translate("Vocabulary", "Geldig tot"),
        "topic": QCoreApplication.translate("Vocabulary", "Onderwerp"),
        "description": QCoreApplication.translate("Vocabulary", "Omschrijving"),
        "option": QCoreApplication.translate("Vocabulary", "Optie"),
        "outcome": QCoreApplication.translate("Vocabulary", "Resultaat"),
        "satisfaction": QCoreApplication.translate("Vocabulary", "Tevredenheid"),
        "owner": QCoreApplication.translate("Vocabulary", "Begeleider"),
        "name": QCoreApplication.translate("Vocabulary", "Naam"),
        "code": QCoreApplication.translate("Vocabulary", "Code"),
        "login": QCoreApplication.translate("Vocabulary", "Gebruikersnaam"),
        "full_name": QCoreApplication.translate("Vocabulary", "Volledige naam"),
        "passphrase": QCoreApplication.translate("Vocabulary", "Wachtwoordzin"),
        "at": QCoreApplication.translate("Vocabulary", "Moment"),
        "reason": QCoreApplication.translate("Vocabulary", "Toelichting"),
        "partner_contact": QCoreApplication.translate("Vocabulary", "Contactpersoon"),
        "hours": QCoreApplication.translate("Vocabulary", "Uren"),
        "hourly_rate": QCoreApplication.translate("Vocabulary", "Uurbedrag"),
        "ends": QCoreApplication.translate("Vocabulary", "Tijd tot"),
        "every_weeks": QCoreApplication.translate("Vocabulary", "Om de … weken"),
        "title": QCoreApplication.translate("Vocabulary", "Titel"),
        "provider": QCoreApplication.translate("Vocabulary", "Aanbieder"),
        "eqf_level": QCoreApplication.translate("Vocabulary", "Niveau (EQF)"),
        "cost_eur": QCoreApplication.translate("Vocabulary", "Prijs"),
    }.get(field, field)
