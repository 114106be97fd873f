"""The words of the service in the UI language: the labels of its codes (enums), and dates, figures and
amounts as the UI language writes them. (The sentences for typed errors are in ui/error_texts.py.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.code_words import CONTEXT as CODE_WORDS_CONTEXT
from leerwinkel_desk.domain.code_words import (
    DELIVERY_WORDS,
    DUTCH_LEVEL_WORDS,
    ORGANISATION_TYPE_WORDS,
    PROVIDER_TYPE_WORDS,
)
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
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.letters import LetterKind, LetterRow
from leerwinkel_desk.ui.i18n import language_locale


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
    """How a contact took place. Face to face is "Persoonlijk" wherever it was (a loket, the office): the place is
    the loket's field, and "Gesprek" is what a session is (the timeline's "Wat")."""
    return {
        Channel.FACE_TO_FACE: QCoreApplication.translate("Vocabulary", "Persoonlijk"),
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


def channel_key(channel: Channel) -> str:
    """The letter that picks a channel in every form that asks for one (the micro-contact, Nieuw contact, the
    reminder): one letter per channel in each language, so W is WhatsApp everywhere and never Website. The first
    letter of the channel's name where it is free (T telefoon, B brief; in English P phone, L letter); Website
    takes I (internet) as W is WhatsApp's (in English I is In person, so Website is O, online). Each form shows
    the letter beside the channel (`channel_choice`, `channel_mnemonic`)."""
    return {
        Channel.FACE_TO_FACE: QCoreApplication.translate("Vocabulary", "P", "channel key: persoonlijk"),
        Channel.PHONE: QCoreApplication.translate("Vocabulary", "T", "channel key: telefoon"),
        Channel.EMAIL: QCoreApplication.translate("Vocabulary", "E", "channel key: e-mail"),
        Channel.SMS: QCoreApplication.translate("Vocabulary", "S", "channel key: sms"),
        Channel.WHATSAPP: QCoreApplication.translate("Vocabulary", "W", "channel key: WhatsApp"),
        Channel.FACEBOOK: QCoreApplication.translate("Vocabulary", "F", "channel key: Facebook"),
        Channel.CHAT: QCoreApplication.translate("Vocabulary", "C", "channel key: chat"),
        Channel.VIDEO: QCoreApplication.translate("Vocabulary", "V", "channel key: videogesprek"),
        Channel.LETTER: QCoreApplication.translate("Vocabulary", "B", "channel key: brief"),
        Channel.WEBSITE: QCoreApplication.translate("Vocabulary", "I", "channel key: website (internet)"),
    }[channel]


def channel_choice(channel: Channel) -> str:
    """A channel as a list of channels offers it: its letter, then its name ("W  WhatsApp")."""
    return f"{channel_key(channel)}  {channel_label(channel)}"


def channel_mnemonic(channel: Channel) -> str:
    """A channel's name as a button's text whose Alt+letter is the channel's letter: underlined where a word of
    the name starts with it ("&WhatsApp", "&Sms"), else after it ("Text message (&S)")."""
    label, letter = channel_label(channel).replace("&", "&&"), channel_key(channel)
    for at, character in enumerate(label):
        if character.upper() == letter and (at == 0 or not label[at - 1].isalnum()):
            return f"{label[:at]}&{label[at:]}"
    return f"{label} (&{letter})"


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
    return code_word(DUTCH_LEVEL_WORDS[level])


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
    """The "what" of a dossier timeline row (the service's kinds: the contact kinds and the dossier's others)."""
    return {
        ContactKind.SESSION.value: QCoreApplication.translate("Vocabulary", "Gesprek"),
        ContactKind.MICRO.value: QCoreApplication.translate("Vocabulary", "Microcontact"),
        "referral": QCoreApplication.translate("Vocabulary", "Doorverwijzing"),
        "referral_loop": QCoreApplication.translate("Vocabulary", "Doorverwijzing opgevolgd"),
        "contribution": QCoreApplication.translate("Vocabulary", "Bijdrage"),
        "consent": QCoreApplication.translate("Vocabulary", "Toestemming"),
        "consent_withdrawn": QCoreApplication.translate("Vocabulary", "Toestemming ingetrokken"),
        "handover": QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        "letter": QCoreApplication.translate("Vocabulary", "Brief"),
    }[kind]


def change_field_label(field: str) -> str:
    """What a step in a request's history changed (the timeline's "Wat")."""
    return {
        "tier": QCoreApplication.translate("Vocabulary", "Niveau"),
        "phase": QCoreApplication.translate("Vocabulary", "Fase"),
        "owner": QCoreApplication.translate("Vocabulary", "Begeleider"),
        "enrolled_on": QCoreApplication.translate("Vocabulary", "Inschrijving"),
    }.get(field, field)


def record_label(table: str) -> str:
    """What kind of record a row of the app's tables is (the conflict inbox names a whole record so)."""
    return {
        "client": QCoreApplication.translate("Vocabulary", "Cliënt"),
        "learning_request": QCoreApplication.translate("Vocabulary", "Leervraag"),
        "consent": QCoreApplication.translate("Vocabulary", "Toestemming"),
        "contact": QCoreApplication.translate("Vocabulary", "Contact"),
        "contribution": QCoreApplication.translate("Vocabulary", "Bijdrage"),
        "counsellor": QCoreApplication.translate("Vocabulary", "Medewerker"),
        "course": QCoreApplication.translate("Vocabulary", "Opleiding"),
        "erasure": QCoreApplication.translate("Vocabulary", "Wissing (AVG)"),
        "handover": QCoreApplication.translate("Vocabulary", "Warme overdracht"),
        "letter": QCoreApplication.translate("Vocabulary", "Brief"),
        "loket": QCoreApplication.translate("Vocabulary", "Loket"),
        "office": QCoreApplication.translate("Vocabulary", "Kantoor"),
        "option_considered": QCoreApplication.translate("Vocabulary", "Besproken optie"),
        "partner_contact": QCoreApplication.translate("Vocabulary", "Contactpersoon"),
        "partner_organisation": QCoreApplication.translate("Vocabulary", "Partnerorganisatie"),
        "provider": QCoreApplication.translate("Vocabulary", "Aanbieder"),
        "referral_out": QCoreApplication.translate("Vocabulary", "Doorverwijzing"),
        "request_change": QCoreApplication.translate("Vocabulary", "Stap in de leervraag"),
        "second_line_activity": QCoreApplication.translate("Vocabulary", "Tweedelijnsactiviteit"),
        "signal": QCoreApplication.translate("Vocabulary", "Signaal"),
        "signal_request": QCoreApplication.translate("Vocabulary", "Signaal bij een leervraag"),
        "zitdag": QCoreApplication.translate("Vocabulary", "Zitdag"),
        "client_merge": QCoreApplication.translate("Vocabulary", "Samenvoeging van dossiers"),
        "audit_event": QCoreApplication.translate("Vocabulary", "Gebeurtenis in het auditspoor"),
    }.get(table, QCoreApplication.translate("Vocabulary", "Ander gegeven"))


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
        "handover": HandoverMode, "consent": ConsentPurpose, "consent_withdrawn": ConsentPurpose, "letter": LetterKind}
    text = enum_label(coded[kind](detail)) if kind in coded else detail
    return f"{words}: {text}" if words and text else (words or text)


def organisation_type_label(kind: OrganisationType) -> str:
    return code_word(ORGANISATION_TYPE_WORDS[kind])


def partner_label(name: str, kind: OrganisationType) -> str:
    """A partner of the social map in a list: its name, then its kind after a dash, unless the name says it
    already ("Agentschap Integratie en Inburgering Kortrijk"). A dash, not brackets: an English kind has its
    own ("VDAB Kortrijk (VDAB (employment service))")."""
    kind_words = organisation_type_label(kind)
    return name if kind_words.casefold() in name.casefold() else f"{name} — {kind_words}"


def referral_reason_text(code: ReferralReason | None, explanation: str) -> str:
    """A referral's reason in a list of one line: the reason in words, or for 'andere reden' the explanation
    typed (those words say nothing of it); a referral from before the reasons had codes: its explanation."""
    if code is None or (code is ReferralReason.OTHER and explanation.strip()):
        return explanation.strip()
    return enum_label(code)


def provider_type_label(kind: ProviderType) -> str:
    return code_word(PROVIDER_TYPE_WORDS[kind])


def code_word(words: tuple[str, ...]) -> str:
    """A code of the reference data by the word the app shows for it (domain/code_words.py, the one home of
    those words, which the reference import reads too), in the UI language."""
    return QCoreApplication.translate(CODE_WORDS_CONTEXT, words[0])


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
    Delivery: lambda delivery: code_word(DELIVERY_WORDS[delivery]),
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
        ReferralReason.DIPLOMA: QCoreApplication.translate("Vocabulary", "diplomagelijkschakeling"),
        ReferralReason.EVC: QCoreApplication.translate("Vocabulary", "erkenning van competenties (EVC/EVK)"),
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


def letter_file_name(letter: LetterRow) -> str:
    """A filed letter's file name as the screens show it and *Opslaan als PDF* proposes it: its kind in a word of
    the UI language (`LW-2026-000123-overdracht-1.pdf`). The dossier files it under the kind's code
    (`LW-2026-000123-handover-1.pdf`, services/letters.py: the name `leerwinkel-desk reprint` takes), the same in
    every language. Either holds the dossier number, never a name: no personal data."""
    word = {LetterKind.SUMMARY: QCoreApplication.translate("LetterFileName", "samenvatting"),
            LetterKind.HANDOVER: QCoreApplication.translate("LetterFileName", "overdracht")}[letter.kind]
    safe = "-".join(re.findall(r"[^\W_]+", word)) or letter.kind.value     # letters and digits: a safe file name
    return letter.file_name.replace(f"-{letter.kind.value}-", f"-{safe}-", 1)


def enum_label(member: StrEnum) -> str:
    """Any code of the service in words of the UI language; a person never reads the code itself."""
    return ENUM_LABELS[type(member)](member)


def format_date(value: date | None) -> str:
    """Dates as dd/mm/jjjj, as Flemish counsellors write them. Not by `strftime`: it imports the time
    module at each call, through PySide's import hook (a list of 100 clients formats 100 dates)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else ""


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
    """The locale of the UI language (ui/i18n.py)."""
    return language_locale()


def format_moment(value: datetime | None, seconds: bool = False) -> str:
    return value.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M") \
        if value else ""


def format_time_of_day(value: datetime) -> str:
    """A moment's hour as a sentence in the UI language says it ("9.30 uur" in Flemish, "9:30" in English), in
    Brussels time, as one unbreakable unit (no-break spaces): a line never ends between the hour and its "uur"."""
    local = value.astimezone(BRUSSELS)
    return QCoreApplication.translate("Vocabulary", "{hour}.{minute:02d} uur").format(
        hour=local.hour, minute=local.minute).replace(" ", "\xa0")


def import_problem_text(code: str, value: str, detail: str) -> str:
    """A problem an import found (services/registration/report.py's codes and the reference import's
    reasons), as a short Dutch sentence; `value` is the cell, `detail` what was expected."""
    texts = {
        "encoding": QCoreApplication.translate(
            "Import", "niet leesbaar als {detail}; bewaar het in Excel als 'CSV UTF-8 (door komma's gescheiden)'"),
        "encoding_unsure": QCoreApplication.translate(
            "Import", "geen UTF-8 en ook geen gewone West-Europese tekst (Windows-1252); bewaar het in Excel als "
            "'CSV UTF-8 (door komma's gescheiden)'"),
        "csv_syntax": QCoreApplication.translate("Import", "geen geldige CSV: {detail}"),
        "utf16": QCoreApplication.translate(
            "Import", "UTF-16 (‘Unicode-tekst’ van Excel), geen CSV-bestand: bewaar het in Excel als 'CSV UTF-8 (door "
            "komma's gescheiden)'"),
        "empty_file": QCoreApplication.translate("Import", "het bestand is leeg"),
        "too_large": QCoreApplication.translate("Import", "groter dan de grens van {detail} MB voor één bestand; "
                                                "splits het in kleinere bestanden en importeer die na elkaar"),
        "missing_column": QCoreApplication.translate("Import", "verplichte kolom ontbreekt"),
        "no_header": QCoreApplication.translate(
            "Import", "de eerste regel noemt geen enkele kolom van dit bestand: ontbreekt de kopregel? (die regel "
            "wordt niet getoond: er kunnen gegevens van een persoon in staan)"),
        "duplicate_column": QCoreApplication.translate("Import", "kolom staat er twee keer"),
        "cell_count": QCoreApplication.translate("Import", "{value} cellen waar de kop er {detail} heeft"),
        "required": QCoreApplication.translate("Import", "verplicht, maar leeg"),
        "invalid_code": QCoreApplication.translate("Import", "geen van: {detail}"),
        "invalid_date": QCoreApplication.translate("Import", "geen datum ({detail})"),
        "invalid_datetime": QCoreApplication.translate("Import", "geen datum en uur ({detail})"),
        "invalid_number": QCoreApplication.translate("Import", "geen geheel getal ({detail})"),
        "invalid_email": QCoreApplication.translate("Import", "geen e-mailadres"),
        "invalid_phone": QCoreApplication.translate("Import", "geen telefoonnummer (cijfers, bv. 056 12 34 56)"),
        "invalid_postcode": QCoreApplication.translate("Import", "geen Belgische postcode (4 cijfers)"),
        "out_of_range": QCoreApplication.translate("Import", "buiten het bereik ({detail})"),
        "too_long": QCoreApplication.translate("Import", "langer dan {detail} tekens"),
        "control_character": QCoreApplication.translate(
            "Import", "bevat een stuurteken (zoals NUL) dat niet bewaard kan worden; alleen regeleinden en tabs "
            "kunnen"),
        "duplicate_ref": QCoreApplication.translate("Import", "al gebruikt op regel {detail}"),
        "unknown_ref": QCoreApplication.translate("Import", "niet in de bestanden en niet in de databank"),
        "required_with": QCoreApplication.translate("Import", "verplicht als {detail} ingevuld is"),
        "before": QCoreApplication.translate("Import", "ligt voor {detail}"),
        "not_for_tier": QCoreApplication.translate("Import", "geen resultaat van niveau {detail}"),
        "anonymous_above_tier_1": QCoreApplication.translate("Import", "zonder cliënt kan alleen niveau 1"),
        "conflicts_with": QCoreApplication.translate("Import", "past niet bij {detail} 'self'"),
        "unknown_column": QCoreApplication.translate("Import", "onbekende kolom"),
        "not_a_column": QCoreApplication.translate(
            "Import", "geen kolom van dit bestand: bedoelt u ‘{detail}’? Alle kolommen staan onder Kolommen (Alt+K)")
        if detail else QCoreApplication.translate(
            "Import", "geen kolom van dit bestand (een tikfout?); alle kolommen staan onder Kolommen (Alt+K)"),
        "shows_nothing": QCoreApplication.translate(
            "Import", "toont niets: alleen onzichtbare tekens (zoals een spatie zonder breedte)"),
        "invalid_web_address": QCoreApplication.translate("Import", "geen webadres (http:// of https://)"),
        "invalid_amount": QCoreApplication.translate("Import", "geen bedrag in euro ({detail})"),
        "deleted_record": QCoreApplication.translate("Import", "in de app verwijderd; regel overgeslagen"),
        "provider_type_required": QCoreApplication.translate(
            "Import", "verplicht voor een aanbieder die nog niet in het aanbod staat"),
    }
    return texts.get(code, code).format(value=value, detail=detail)
