"""The words of the service in the UI language: enum labels and messages for typed errors."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    DataItem,
    HandoverMode,
    Outcome,
    Phase,
    Role,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.context import BRUSSELS


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
        SocialStatus.LEEFLOON: QCoreApplication.translate("Vocabulary", "leefloon"),
        SocialStatus.STUDENT: QCoreApplication.translate("Vocabulary", "student"),
        SocialStatus.OTHER: QCoreApplication.translate("Vocabulary", "andere"),
    }[status]


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
    return {
        "session": QCoreApplication.translate("Vocabulary", "Gesprek"),
        "micro": QCoreApplication.translate("Vocabulary", "Microcontact"),
        "referral": QCoreApplication.translate("Vocabulary", "Doorverwijzing"),
        "consent": QCoreApplication.translate("Vocabulary", "Toestemming"),
        "handover": QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        "letter": QCoreApplication.translate("Vocabulary", "Brief"),
    }.get(kind, kind)


def format_date(value: date | None) -> str:
    """Dates as dd/mm/jjjj, as Flemish counsellors write them."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_moment(value: datetime | None) -> str:
    return value.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M") if value else ""


def error_text(error: DomainError) -> str:
    """A clear sentence for a typed error from the services (never a traceback)."""
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
    }
    if field and error.code == "value.invalid":
        prefix = field_label(field) + ": "
    else:
        prefix = ""
    if (error.code, reason) in messages:
        return prefix + messages[(error.code, reason)]
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
        "name": QCoreApplication.translate("Vocabulary", "Naam van het kantoor"),
        "code": QCoreApplication.translate("Vocabulary", "Code"),
        "login": QCoreApplication.translate("Vocabulary", "Gebruikersnaam"),
        "full_name": QCoreApplication.translate("Vocabulary", "Volledige naam"),
        "passphrase": QCoreApplication.translate("Vocabulary", "Wachtwoordzin"),
    }.get(field, field)
