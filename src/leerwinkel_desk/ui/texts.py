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
    Tier,
)
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.context import BRUSSELS


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def tier_label(tier: Tier) -> str:
    return {
        Tier.INFORMATION: _t("1 · Informatie"),
        Tier.MEDIATION: _t("2 · Informatiebemiddeling"),
        Tier.TRAJECTORY: _t("3 · Begeleidingstraject"),
    }[tier]


def phase_label(phase: Phase) -> str:
    return {
        Phase.REFERRAL_IN: _t("Toeleiding"),
        Phase.DISPATCH: _t("Aanmelding"),
        Phase.INTAKE: _t("Intake"),
        Phase.TRAJECTORY: _t("Traject"),
        Phase.CHOICE: _t("Keuze"),
        Phase.FOLLOW_UP: _t("Opvolging"),
        Phase.HANDOVER: _t("Warme overdracht"),
        Phase.CLOSED: _t("Afgesloten"),
        Phase.AFTERCARE: _t("Nazorg"),
    }[phase]


def channel_label(channel: Channel) -> str:
    return {
        Channel.FACE_TO_FACE: _t("Gesprek"),
        Channel.PHONE: _t("Telefoon"),
        Channel.EMAIL: _t("E-mail"),
        Channel.SMS: _t("Sms"),
        Channel.WHATSAPP: _t("WhatsApp"),
        Channel.FACEBOOK: _t("Facebook"),
        Channel.CHAT: _t("Chat"),
        Channel.VIDEO: _t("Videogesprek"),
        Channel.LETTER: _t("Brief"),
        Channel.WEBSITE: _t("Website"),
    }[channel]


def outcome_label(outcome: Outcome | None) -> str:
    if outcome is None:
        return _t("Lopend")
    return {
        Outcome.ANSWERED: _t("Beantwoord"),
        Outcome.ENROLLED: _t("Ingeschreven"),
        Outcome.REFERRED_OUT: _t("Doorverwezen"),
        Outcome.NO_CHOICE: _t("Geen keuze"),
        Outcome.DROPPED_OUT: _t("Afgehaakt"),
    }[outcome]


def data_item_label(item: DataItem) -> str:
    return {
        DataItem.IDENTITY: _t("Naam en geboortedatum"),
        DataItem.CONTACT_DETAILS: _t("Contactgegevens"),
        DataItem.QUESTION: _t("Leervraag"),
        DataItem.STUDY_HISTORY: _t("Studieverleden"),
        DataItem.DUTCH_LEVEL: _t("Niveau Nederlands"),
        DataItem.SOCIAL_STATUS: _t("Sociale situatie"),
        DataItem.PRACTICAL_BARRIERS: _t("Praktische drempels"),
        DataItem.SUPPORT_NETWORK: _t("Netwerk"),
        DataItem.OPTIONS: _t("Besproken opties"),
        DataItem.CHOICE: _t("Keuze"),
        DataItem.TRAJECTORY_SUMMARY: _t("Verloop van het traject"),
    }[item]


def purpose_label(purpose: ConsentPurpose) -> str:
    return {
        ConsentPurpose.WARM_HANDOVER: _t("Warme overdracht"),
        ConsentPurpose.PARTNER_FOLLOW_UP: _t("Partner op de hoogte houden"),
        ConsentPurpose.REFERRAL: _t("Doorverwijzing"),
    }[purpose]


def method_label(method: ConsentMethod) -> str:
    return {
        ConsentMethod.SPOKEN: _t("Mondeling"),
        ConsentMethod.SIGNED_FORM: _t("Ondertekend formulier"),
        ConsentMethod.DIGITAL: _t("Digitaal"),
    }[method]


def mode_label(mode: HandoverMode) -> str:
    return {
        HandoverMode.CALL: _t("Telefoongesprek"),
        HandoverMode.MEETING: _t("Overleg"),
        HandoverMode.LETTER: _t("Brief"),
    }[mode]


def timeline_kind_label(kind: str) -> str:
    return {
        "session": _t("Gesprek"),
        "micro": _t("Microcontact"),
        "referral": _t("Doorverwijzing"),
        "consent": _t("Toestemming"),
        "handover": _t("Warme overdracht"),
        "letter": _t("Brief"),
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
        ("value.invalid", "required"): _t("Dit veld is verplicht."),
        ("value.invalid", "format"): _t("Dit ziet er niet uit als een geldig adres."),
        ("value.invalid", "range"): _t("Deze waarde ligt buiten het toegelaten bereik."),
        ("value.invalid", "too_long"): _t("Deze tekst is te lang."),
        ("value.invalid", "not_relevant"): _t("Deze gegevens zijn niet relevant voor het studietraject."),
        ("value.invalid", "empty"): _t("Kies minstens één gegeven."),
        ("value.invalid", "anonymous"): _t("Koppel eerst een cliënt aan deze leervraag."),
        ("value.invalid", "tier1"): _t("Een vraag op niveau 1 wordt beantwoord of doorverwezen."),
    }
    if (error.code, reason) in messages:
        return messages[(error.code, reason)]
    return {
        "consent.missing": _t("Er is geen geldige toestemming van de cliënt voor deze ontvanger en "
                              "deze gegevens. Registreer eerst de toestemming."),
        "client.possible_duplicates": _t("Deze persoon lijkt al geregistreerd. Kijk de mogelijke "
                                         "dubbels na of bevestig dat het iemand anders is."),
        "reason.required": _t("Geef een reden op."),
        "request.transition": _t("Deze stap kan niet in de huidige fase van de leervraag."),
        "permission.denied": _t("Uw rol laat deze actie niet toe."),
        "state.conflict": _t("Dit kan niet meer: de toestand is intussen veranderd."),
        "record.not_found": _t("Dit gegeven bestaat niet (meer)."),
    }.get(error.code, _t("De actie kon niet worden uitgevoerd ({code}).").format(code=error.code)) + (
        f" [{field}]" if field and error.code == "value.invalid" else "")
