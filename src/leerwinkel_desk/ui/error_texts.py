"""Typed errors from the services as one clear sentence in the UI language (never a traceback), and the
form labels of the fields they name."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS
from leerwinkel_desk.domain.contact_moments import LATE_RECORDING_DAYS
from leerwinkel_desk.domain.errors import ChangedElsewhere, DomainError, MomentOutOfRange
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, format_number
from leerwinkel_desk.ui.texts import enum_label, format_date, format_euro, format_moment, weekday_label

SAME_AS = {"end_before_start": "before_start", "out_of_range": "range"}   # reasons said in the same words


def error_text(error: DomainError, name_the_field: bool = True) -> str:
    """A clear sentence for a typed error from the services (never a traceback); without the
    field's name in front when it is shown right at that field."""
    field = getattr(error, "field", "")
    reason = SAME_AS.get(getattr(error, "reason", ""), getattr(error, "reason", ""))
    messages = {
        ("value.invalid", "required"): QCoreApplication.translate("Vocabulary", "Dit veld is verplicht."),
        ("value.invalid", "format"): format_text(field),
        ("value.invalid", "range"): QCoreApplication.translate(
            "Vocabulary", "Deze waarde ligt buiten het toegelaten bereik."),
        ("value.invalid", "too_long"): too_long_text(getattr(error, "limit", None)),
        ("value.invalid", "duplicate"): QCoreApplication.translate(
            "Vocabulary", "Deze zitdag bestaat al: zelfde begeleider, loket, dag en uren."),
        ("value.invalid", "overlap"): QCoreApplication.translate(
            "Vocabulary", "Deze begeleider heeft op die dag al een zitdag in deze uren."),
        ("value.invalid", "past"): QCoreApplication.translate(
            "Vocabulary", "Deze zitdag is al voorbij: wat gebeurd is, blijft zoals het was."),
        ("value.invalid", "ended"): QCoreApplication.translate(
            "Vocabulary", "Deze zitdag is al afgelopen: voeg een nieuwe zitdag toe."),
        ("value.invalid", "closed"): QCoreApplication.translate(
            "Vocabulary", "Dit account is afgesloten: het krijgt geen nieuw werk meer."),
        ("value.invalid", "control_character"): QCoreApplication.translate(
            "Vocabulary", "Deze tekst bevat een onzichtbaar stuurteken (zoals NUL) dat niet bewaard kan worden. "
                          "Typ hem opnieuw, of plak hem zonder opmaak; regeleinden en tabs kunnen wel."),
        ("value.invalid", "not_relevant"): QCoreApplication.translate(
            "Vocabulary", "Deze gegevens zijn niet relevant voor het studietraject."),
        ("value.invalid", "empty"): QCoreApplication.translate("Vocabulary", "Kies minstens één gegeven."),
        ("value.invalid", "beyond_handover"): QCoreApplication.translate(
            "Vocabulary", "De brief deelt nooit meer dan bij de warme overdracht aan deze ontvanger beslist werd."),
        ("value.invalid", "required_for_intake"): QCoreApplication.translate(
            "Vocabulary", "Een intake kan enkel voor een geregistreerde cliënt: kies wie het is, of registreer de "
                          "persoon eerst als nieuwe cliënt (Ctrl+Shift+N)."),
        ("value.invalid", "not_chosen"): QCoreApplication.translate(
            "Vocabulary", "Deze naam is niet uit de lijst gekozen: kies de cliënt (pijl omlaag, Enter), registreer "
                          "een nieuwe cliënt (Ctrl+Shift+N), of maak het veld leeg voor een vraag zonder cliënt."),
        ("value.invalid", "not_the_slots"): QCoreApplication.translate(
            "Vocabulary", "Dit vrije moment is aan een ander loket dan het gekozen loket."),
        ("value.invalid", "anonymous"): QCoreApplication.translate(
            "Vocabulary", "Koppel eerst een cliënt aan deze leervraag."),
        ("value.invalid", "tier1"): QCoreApplication.translate(
            "Vocabulary", "Een vraag op niveau 1 wordt beantwoord of doorverwezen."),
        ("value.invalid", "too_short"): QCoreApplication.translate(
            "Vocabulary", "Een wachtwoordzin heeft minstens 10 tekens."),
        ("value.invalid", "weak"): QCoreApplication.translate(
            "Vocabulary", "Deze wachtwoordzin is makkelijk te raden: neem een paar ongewone woorden."),
        ("value.invalid", "mismatch"): QCoreApplication.translate(
            "Vocabulary", "De twee wachtwoordzinnen verschillen."),
        ("value.invalid", "wrong"): QCoreApplication.translate(
            "Vocabulary", "Dit klopt niet. Er is niets gewijzigd."),
        ("value.invalid", "unchanged"): QCoreApplication.translate(
            "Vocabulary", "Kies een andere wachtwoordzin dan de huidige."),
        ("value.invalid", "taken"): QCoreApplication.translate("Vocabulary", "Deze gebruikersnaam bestaat al."),
        ("value.invalid", "not_a_word"): QCoreApplication.translate(
            "Vocabulary", "Een gebruikersnaam is één woord: letters, cijfers en . - _ (geen spaties of andere "
                          "tekens)."),
        ("value.invalid", "not_staged"): QCoreApplication.translate(
            "Vocabulary", "Intussen werd een nieuwere herstelsleutel gemaakt: deze wordt niet gebruikt."),
        ("value.invalid", "not_yet"): QCoreApplication.translate(
            "Vocabulary", "Dit moment ligt nog in de toekomst: het kan nog niet als gehouden worden geregistreerd."),
        ("value.invalid", "not_a_date"): QCoreApplication.translate(
            "Vocabulary", "Geen bestaande datum: typ de dag eerst, bv. 02/04/1990 of 02041990."),
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
        ("value.invalid", "not_writable"): QCoreApplication.translate(
            "Vocabulary", "In deze map kan geen back-up geschreven worden (bestaat ze, en is de schijf aangesloten?)."),
        ("value.invalid", "unreadable"): QCoreApplication.translate(
            "Vocabulary", "De back-up in deze map kon niet nagelezen worden: kies een andere map of schijf."),
        ("value.invalid", "not_utf8"): QCoreApplication.translate(
            "Vocabulary", "Het bestand is geen UTF-8: bewaar het in Excel als 'CSV UTF-8'."),
        ("value.invalid", "client_busy"): QCoreApplication.translate(
            "Vocabulary", "Deze cliënt heeft op dat moment al een geboekt gesprek: kies een ander moment."),
        ("value.invalid", "channel_letter"): QCoreApplication.translate(
            "Vocabulary", "Kies eerst het kanaal met zijn letter, bijvoorbeeld T voor telefoon."),
        ("value.invalid", "no_exchange_files"): QCoreApplication.translate(
            "Vocabulary", "In deze map staan geen clients.csv, requests.csv of contacts.csv."),
        ("value.invalid", "course_or_text"): QCoreApplication.translate(
            "Vocabulary", "Typ eerst de vrije optie, of kies een opleiding in de lijst en voeg die toe."),
        ("value.invalid", "chosen"): QCoreApplication.translate(
            "Vocabulary", "Dit is de keuze van de cliënt: die blijft in de vergelijking. Markeer eerst de juiste "
                          "optie als keuze; daarna kan deze weg."),
        ("value.invalid", "before_given"): QCoreApplication.translate(
            "Vocabulary", "Een toestemming kan niet vervallen voor ze gegeven werd."),
        ("value.invalid", "own_account"): QCoreApplication.translate(
            "Vocabulary", "U kunt uw eigen account niet afsluiten: een andere coördinator doet dat."),
        ("value.invalid", "micro_face_to_face"): QCoreApplication.translate(
            "Vocabulary", "Een gesprek van aangezicht tot aangezicht is geen microcontact: registreer het als "
                          "gesprek (Ctrl+G)."),
        ("value.invalid", "same_client"): QCoreApplication.translate(
            "Vocabulary", "Kies twee verschillende cliënten om samen te voegen."),
        ("value.invalid", "info_officer"): QCoreApplication.translate(
            "Vocabulary", "Een informatieconsulent neemt enkel vragen op niveau 1: kies een begeleider."),
        ("value.invalid", "ambiguous"): QCoreApplication.translate(
            "Vocabulary", "Meer dan één ontvanger op de sociale kaart heeft deze naam: kies er één uit de lijst."),
        ("value.invalid", "weekday_or_date"): QCoreApplication.translate(
            "Vocabulary", "Kies een weekdag, of één datum."),
        ("value.invalid", "damaged"): QCoreApplication.translate(
            "Vocabulary", "Het sleutelbestand van de monitoringexport naast de databank is beschadigd: er werd niets "
                          "geëxporteerd. Zet het terug uit een back-up."),
    }
    unknown = {         # what was named is not there, by what the field names
        "login": QCoreApplication.translate("Vocabulary", "Er is geen collega met deze gebruikersnaam."),
        "recipient": QCoreApplication.translate("Vocabulary", "Deze ontvanger staat niet op de sociale kaart."),
        "request_no": QCoreApplication.translate("Vocabulary", "Er is geen leervraag met dit nummer."),
    }
    if reason == "unknown" and field in unknown:
        messages[(error.code, reason)] = unknown[field]
    if (error.code, reason) == ("backup.unusable", "empty"):
        return QCoreApplication.translate(
            "Vocabulary", "{name} is een leeg bestand: het is geen back-up van Leerwinkel Desk. Er is niets "
            "veranderd.").format(name=getattr(error, "name", ""))
    if isinstance(error, ChangedElsewhere):
        return changed_elsewhere_text(error)
    label = field_label(field) if field and name_the_field and error.code == "value.invalid" else ""
    prefix = f"{label}: " if label else ""
    if isinstance(error, MomentOutOfRange):
        return prefix + moment_out_of_range_text(error)
    if (error.code, reason) in messages:
        return prefix + messages[(error.code, reason)]
    if error.code == "permission.denied" and getattr(error, "action", "") == "request.not_own":
        owner = getattr(error, "owner", None) or QCoreApplication.translate("Vocabulary", "een collega")
        return QCoreApplication.translate(
            "Vocabulary", "Deze leervraag is van {owner}. U kunt ze lezen; om er iets in te registreren vraagt u "
            "{owner} of een coördinator om ze aan u toe te wijzen (Toewijzen, Ctrl+Shift+W).").format(owner=owner)
    return {
        "consent.missing": QCoreApplication.translate(
            "Vocabulary", "Er is geen geldige toestemming van de cliënt voor deze ontvanger en "
                          "deze gegevens. Registreer eerst de toestemming."),
        "client.possible_duplicates": QCoreApplication.translate(
            "Vocabulary", "Deze persoon lijkt al geregistreerd. Kijk de mogelijke "
                          "dubbels na of bevestig dat het iemand anders is."),
        "reason.required": QCoreApplication.translate("Vocabulary", "Geef een reden op."),
        "request.transition": QCoreApplication.translate(
            "Vocabulary", "Deze stap kan niet in de huidige fase van de leervraag."),
        "permission.denied": QCoreApplication.translate("Vocabulary", "Uw rol laat deze actie niet toe."),
        "state.conflict": QCoreApplication.translate(
            "Vocabulary", "Dit kan niet meer: de toestand is intussen veranderd."),
        "record.not_found": QCoreApplication.translate("Vocabulary", "Dit gegeven bestaat niet (meer)."),
        "login.failed": QCoreApplication.translate(
            "Vocabulary", "Aanmelden mislukt. Controleer gebruikersnaam en wachtwoordzin."),
        "login.closed": QCoreApplication.translate(
            "Vocabulary", "Dit account werd afgesloten door een coördinator van het kantoor: aanmelden kan nu niet. "
            "Opent een coördinator het weer, dan lukt het hier met dezelfde wachtwoordzin zodra de laptop de "
            "synchronisatieserver bereikt."),
        "laptop.revoked": QCoreApplication.translate(
            "Vocabulary", "Deze laptop werd ingetrokken door een coördinator van het kantoor: hier aanmelden kan niet "
            "meer."),
        "operation.cancelled": QCoreApplication.translate("Vocabulary", "Gestopt: er werd niets bewaard."),
        "database.key_changed": QCoreApplication.translate(
            "Vocabulary", "De databank kreeg elders een nieuwe sleutel: er is niets bewaard. Meld u opnieuw aan "
            "en bewaar dan opnieuw; uw tekst blijft staan."),
        "database.replaced": QCoreApplication.translate(
            "Vocabulary", "Een ander programma heeft het databankbestand intussen vervangen of verplaatst: er is "
            "niets bewaard. Kopieer wat u typte, sluit Leerwinkel Desk en start het opnieuw."),
        "backup.unusable": QCoreApplication.translate(
            "Vocabulary", "Deze back-up kan niet teruggezet worden: ze is weg of beschadigd, of ze hoort bij een "
            "andere installatie. Er is niets veranderd."),
        "backup.folder": QCoreApplication.translate(
            "Vocabulary", "De back-upmap naast de databank („backups”) is geen map maar een bestand: er kan geen "
            "back-up in. Hernoem of verplaats dat bestand; de app maakt de map dan zelf opnieuw. Er is niets "
            "veranderd."),
        "database.open_elsewhere": QCoreApplication.translate(
            "Vocabulary", "De databank is nog elders open (een tweede venster of een collega-programma): sluit "
            "dat eerst en zet dan de back-up terug. Er is niets veranderd."),
        "disk.full": QCoreApplication.translate(
            "Vocabulary", "De schijf is vol: er is niets bewaard. Maak ruimte vrij en probeer opnieuw; "
            "uw tekst blijft staan."),
        "recovery.failed": QCoreApplication.translate(
            "Vocabulary", "Deze herstelsleutel opent de databank niet, of de gebruiker is geen coördinator. "
            "Controleer de sleutel op het afgedrukte blad."),
    }.get(error.code, prefix + QCoreApplication.translate(
        "Vocabulary", "De actie kon niet worden uitgevoerd ({code}).").format(code=error.code))


def changed_elsewhere_text(error: ChangedElsewhere) -> str:
    """A save refused because someone else saved the same fields meanwhile: which, what is stored now, and
    that saving again keeps what this person typed (the form took the stored values as its starting point)."""
    now = "; ".join(QCoreApplication.translate("Vocabulary", "{field} is nu {value}").format(
        field=field_label(name) or name,
        value=stored_value_text(weekday_label(value) if name == "weekday" and isinstance(value, int) else value))
        for name, value in error.stored.items())
    return QCoreApplication.translate(
        "Vocabulary", "Intussen elders gewijzigd (in een ander venster of door een collega): {now}. Er is niets "
        "bewaard en uw tekst blijft staan. Kijk het na; bewaart u opnieuw, dan vervangt uw tekst wat er nu "
        "staat.").format(now=now)


def moment_out_of_range_text(error: MomentOutOfRange) -> str:
    """A moment refused for a contact that took place, with the moments it may have: from the earliest day to now
    (or to today, for a day typed alone)."""
    earliest = format_date(error.earliest)
    if error.reason == "too_long_ago":
        return QCoreApplication.translate(
            "Vocabulary", "Dit ligt meer dan {days} dagen terug: kies een datum vanaf {earliest}.").format(
            days=LATE_RECORDING_DAYS, earliest=earliest)
    if isinstance(error.latest, datetime):
        return QCoreApplication.translate(
            "Vocabulary", "Dit ligt nog in de toekomst: kies een moment van {earliest} tot nu ({now}).").format(
            earliest=earliest, now=format_moment(error.latest))
    return QCoreApplication.translate(
        "Vocabulary", "Dit ligt nog in de toekomst: kies een datum van {earliest} tot vandaag ({today}).").format(
        earliest=earliest, today=format_date(error.latest))


def stored_value_text(value: object) -> str:
    """A stored value as a person reads it in a sentence: a text between quotes, a code in words, a date,
    yes or no, (leeg)."""
    if value is None or value == "":
        return QCoreApplication.translate("Vocabulary", "(leeg)")
    if isinstance(value, bool):
        return QCoreApplication.translate("Vocabulary", "ja") if value else QCoreApplication.translate(
            "Vocabulary", "nee")
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, Decimal):
        return format_euro(value)
    if isinstance(value, uuid.UUID):
        return QCoreApplication.translate("Vocabulary", "een andere keuze")
    return f"“{value}”"


# What kind of value each field holds that a service (or a form) can refuse as `format`: the sentence says
# what such a value looks like. tests/test_ui_error_texts.py finds every `InvalidValue(field, "format")` in the
# source and asks for its kind here.
FORMAT_KINDS = {
    **dict.fromkeys(("cost_eur", "max_cost_eur", "amount", "hourly_rate", "hourly_contribution", "cost_information",
                     "cost_mediation", "cost_trajectory"), "amount"),
    **dict.fromkeys(("birth_date", "expires_on", "opened_on", "closed_on", "next_start", "held_on", "raised_on",
                     "given_on", "valid_from", "valid_until", "enrolled_on", "chosen_on", "referred_on",
                     "on_date", "follow_up_due"), "date"),
    "phone": "phone",
    "email": "email",
    "postcode": "postcode",
    "street": "address",
    **dict.fromkeys(("website", "url"), "web_address"),
    **dict.fromkeys(("number", "dossier_no", "request_no"), "case_number"),
    **dict.fromkeys(("minutes", "hours", "participants", "eqf_level", "duration_hours", "slot_minutes",
                     "every_weeks", "retention_years"), "whole_number"),
}


def format_text(field: str) -> str:
    """Why a value was refused as `format`, for the kind of value `field` holds (FORMAT_KINDS)."""
    kind = FORMAT_KINDS.get(field, "")
    return {
        "amount": QCoreApplication.translate(
            "Vocabulary", "Dit is geen bedrag: typ een getal in euro, zoals 12,50 (zonder letters of €-teken)."),
        "date": QCoreApplication.translate("Vocabulary", "Dit is geen datum: typ de dag zoals 02/04/2025."),
        "phone": QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een telefoonnummer: typ cijfers, eventueel met + vooraan, "
                          "zoals 0470 12 34 56."),
        "email": QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een e-mailadres: één @ met iets ervoor en erna, zonder spaties, "
                          "zoals naam@voorbeeld.be."),
        "postcode": QCoreApplication.translate(
            "Vocabulary", "Dit is geen Belgische postcode: vier cijfers, zoals 8500."),
        "address": QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een adres: straat en huisnummer, zoals Kerkstraat 12."),
        "web_address": QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een webadres: zoals www.voorbeeld.be."),
        "case_number": QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een dossier- of leervraagnummer: zoals {example}.").format(
            example=format_number(CLIENT_PREFIX, date.today().year, 54)),     # this year's, as the search's hint
        "whole_number": QCoreApplication.translate("Vocabulary", "Dit is geen getal: typ alleen cijfers."),
    }.get(kind, QCoreApplication.translate("Vocabulary", "Deze waarde heeft niet de vorm die hier verwacht wordt."))


def too_long_text(limit: int | None) -> str:
    """A text longer than its field holds, with how long it may be when the service said so."""
    if limit is None:
        return QCoreApplication.translate("Vocabulary", "Deze tekst is te lang.")
    return QCoreApplication.translate("Vocabulary", "Deze tekst is te lang: hoogstens {limit} tekens.").format(
        limit=limit)


def field_label(field: str) -> str:
    """The form label a service's field name (a column of the records) stands for: one home for the names of
    the fields, also where the conflict inbox names them."""
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
        "passphrase_hash": QCoreApplication.translate("Vocabulary", "Wachtwoordzin"),
        "current_passphrase": QCoreApplication.translate("Vocabulary", "Huidige wachtwoordzin"),
        "clients": QCoreApplication.translate("Vocabulary", "Cliënten"),
        "requests": QCoreApplication.translate("Vocabulary", "Leervragen"),
        "contacts": QCoreApplication.translate("Vocabulary", "Contacten"),
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
        "max_cost_eur": QCoreApplication.translate("Vocabulary", "Maximale kostprijs"),
        "street": QCoreApplication.translate("Vocabulary", "Straat en nummer"),
        "postcode": QCoreApplication.translate("Vocabulary", "Postcode"),
        "municipality": QCoreApplication.translate("Vocabulary", "Gemeente"),
        "phone": QCoreApplication.translate("Vocabulary", "Telefoon"),
        "website": QCoreApplication.translate("Vocabulary", "Website"),
        "cost_information": QCoreApplication.translate("Vocabulary", "Kost per aanvraag niveau 1"),
        "cost_mediation": QCoreApplication.translate("Vocabulary", "Kost per aanvraag niveau 2"),
        "cost_trajectory": QCoreApplication.translate("Vocabulary", "Kost per aanvraag niveau 3"),
        "retention_years": QCoreApplication.translate("Vocabulary", "Bewaartermijn"),
        "backup_folder": QCoreApplication.translate("Vocabulary", "Back-upmap"),
        "slot": QCoreApplication.translate("Vocabulary", "Moment"),
        "loket": QCoreApplication.translate("Vocabulary", "Loket"),
        "active": QCoreApplication.translate("Vocabulary", "Actief"),
        "amount": QCoreApplication.translate("Vocabulary", "Bedrag"),
        "can_log_in": QCoreApplication.translate("Vocabulary", "Mag aanmelden"),
        "career_voucher": QCoreApplication.translate("Vocabulary", "Met loopbaancheques"),
        "channel": QCoreApplication.translate("Vocabulary", "Kanaal"),
        "chosen_on": QCoreApplication.translate("Vocabulary", "Gekozen op"),
        "client_id": QCoreApplication.translate("Vocabulary", "Cliënt"),
        "closed_on": QCoreApplication.translate("Vocabulary", "Afgesloten op"),
        "consent_id": QCoreApplication.translate("Vocabulary", "Toestemming"),
        "considered_on": QCoreApplication.translate("Vocabulary", "Besproken op"),
        "counsellor_id": QCoreApplication.translate("Vocabulary", "Medewerker"),
        "course_id": QCoreApplication.translate("Vocabulary", "Opleiding"),
        "daytime": QCoreApplication.translate("Vocabulary", "Overdag"),
        "deleted_at": QCoreApplication.translate("Vocabulary", "Verwijderd op"),
        "delivery": QCoreApplication.translate("Vocabulary", "Lesvorm"),
        "difficult_school_past": QCoreApplication.translate("Vocabulary", "Moeizaam schoolverleden"),
        "direction": QCoreApplication.translate("Vocabulary", "Richting"),
        "directions": QCoreApplication.translate("Vocabulary", "Wegbeschrijving"),
        "dossier_no": QCoreApplication.translate("Vocabulary", "Dossiernummer"),
        "duration_hours": QCoreApplication.translate("Vocabulary", "Duur in uren"),
        "duration_text": QCoreApplication.translate("Vocabulary", "Duur"),
        "dutch_level": QCoreApplication.translate("Vocabulary", "Niveau Nederlands"),
        "dutch_level_required": QCoreApplication.translate("Vocabulary", "Vereist niveau Nederlands"),
        "educational_leave": QCoreApplication.translate("Vocabulary", "Opleidingsverlof"),
        "enrolled_on": QCoreApplication.translate("Vocabulary", "Ingeschreven op"),
        "entry_requirements": QCoreApplication.translate("Vocabulary", "Toelatingsvoorwaarden"),
        "evenings": QCoreApplication.translate("Vocabulary", "'s Avonds"),
        "exemption": QCoreApplication.translate("Vocabulary", "Vrijstelling"),
        "fee_exemption": QCoreApplication.translate("Vocabulary", "Vrijstelling van inschrijvingsgeld"),
        "first_channel": QCoreApplication.translate("Vocabulary", "Eerste kanaal"),
        "follow_up": QCoreApplication.translate("Vocabulary", "Opvolgen"),
        "follow_up_due": QCoreApplication.translate("Vocabulary", "Opvolgen tegen"),
        "foreign_diploma": QCoreApplication.translate("Vocabulary", "Buitenlands diploma"),
        "free_text": QCoreApplication.translate("Vocabulary", "Optie (eigen tekst)"),
        "function": QCoreApplication.translate("Vocabulary", "Functie"),
        "gender": QCoreApplication.translate("Vocabulary", "Geslacht"),
        "given_on": QCoreApplication.translate("Vocabulary", "Gegeven op"),
        "happened": QCoreApplication.translate("Vocabulary", "Aangekomen"),
        "held_on": QCoreApplication.translate("Vocabulary", "Gehouden op"),
        "highest_qualification": QCoreApplication.translate("Vocabulary", "Hoogste diploma"),
        "host_partner_id": QCoreApplication.translate("Vocabulary", "Gastorganisatie"),
        "hourly_contribution": QCoreApplication.translate("Vocabulary", "Uurbijdrage"),
        "interests": QCoreApplication.translate("Vocabulary", "Interesses"),
        "kind": QCoreApplication.translate("Vocabulary", "Soort"),
        "loket_id": QCoreApplication.translate("Vocabulary", "Loket"),
        "loop_closed_on": QCoreApplication.translate("Vocabulary", "Opgevolgd op"),
        "loop_note": QCoreApplication.translate("Vocabulary", "Notitie bij de opvolging"),
        "method": QCoreApplication.translate("Vocabulary", "Vorm van de toestemming"),
        "mode": QCoreApplication.translate("Vocabulary", "Manier van overdragen"),
        "modular": QCoreApplication.translate("Vocabulary", "Modulair"),
        "next_start": QCoreApplication.translate("Vocabulary", "Volgende start"),
        "note": QCoreApplication.translate("Vocabulary", "Notitie"),
        "notes": QCoreApplication.translate("Vocabulary", "Notities"),
        "on_date": QCoreApplication.translate("Vocabulary", "Datum"),
        "opened_on": QCoreApplication.translate("Vocabulary", "Geopend op"),
        "org_type": QCoreApplication.translate("Vocabulary", "Soort organisatie"),
        "owner_id": QCoreApplication.translate("Vocabulary", "Begeleider"),
        "paid_by": QCoreApplication.translate("Vocabulary", "Betaling"),
        "participants": QCoreApplication.translate("Vocabulary", "Deelnemers"),
        "partner_contact_id": QCoreApplication.translate("Vocabulary", "Contactpersoon"),
        "partner_id": QCoreApplication.translate("Vocabulary", "Partner"),
        "personal_situation": QCoreApplication.translate("Vocabulary", "Persoonlijke situatie"),
        "phase": QCoreApplication.translate("Vocabulary", "Fase"),
        "practical_barriers": QCoreApplication.translate("Vocabulary", "Praktische drempels"),
        "produced_at": QCoreApplication.translate("Vocabulary", "Gemaakt op"),
        "provider_id": QCoreApplication.translate("Vocabulary", "Aanbieder"),
        "provider_type": QCoreApplication.translate("Vocabulary", "Soort aanbieder"),
        "purpose": QCoreApplication.translate("Vocabulary", "Doel"),
        "qualification_name": QCoreApplication.translate("Vocabulary", "Naam van het diploma"),
        "raised_on": QCoreApplication.translate("Vocabulary", "Gemeld op"),
        "reason_code": QCoreApplication.translate("Vocabulary", "Reden"),
        "recipient_contact_id": QCoreApplication.translate("Vocabulary", "Contactpersoon van de ontvanger"),
        "recipient_name": QCoreApplication.translate("Vocabulary", "Ontvanger"),
        "recipient_org_id": QCoreApplication.translate("Vocabulary", "Ontvangende organisatie"),
        "recognised_qualification": QCoreApplication.translate("Vocabulary", "Erkend diploma"),
        "referred_on": QCoreApplication.translate("Vocabulary", "Doorverwezen op"),
        "referrer_contact_id": QCoreApplication.translate("Vocabulary", "Contactpersoon van de verwijzer"),
        "referrer_org_id": QCoreApplication.translate("Vocabulary", "Verwijzende organisatie"),
        "referrer_type": QCoreApplication.translate("Vocabulary", "Aangemeld door"),
        "region": QCoreApplication.translate("Vocabulary", "Regio"),
        "request_id": QCoreApplication.translate("Vocabulary", "Leervraag"),
        "request_no": QCoreApplication.translate("Vocabulary", "Leervraagnummer"),
        "retired_on": QCoreApplication.translate("Vocabulary", "Niet meer gebruikt sinds"),
        "role": QCoreApplication.translate("Vocabulary", "Rol"),
        "session_type": QCoreApplication.translate("Vocabulary", "Soort gesprek"),
        "shared_items": QCoreApplication.translate("Vocabulary", "Gedeelde gegevens"),
        "signal_id": QCoreApplication.translate("Vocabulary", "Signaal"),
        "slot_minutes": QCoreApplication.translate("Vocabulary", "Duur van een gesprek"),
        "starts": QCoreApplication.translate("Vocabulary", "Tijd van"),
        "status": QCoreApplication.translate("Vocabulary", "Status"),
        "study_history": QCoreApplication.translate("Vocabulary", "Studieverleden"),
        "support_network": QCoreApplication.translate("Vocabulary", "Netwerk"),
        "theme": QCoreApplication.translate("Vocabulary", "Thema"),
        "tier": QCoreApplication.translate("Vocabulary", "Niveau"),
        "training_vouchers": QCoreApplication.translate("Vocabulary", "Opleidingscheques"),
        "url": QCoreApplication.translate("Vocabulary", "Webadres"),
        "valid_from": QCoreApplication.translate("Vocabulary", "Geldig vanaf"),
        "valid_until": QCoreApplication.translate("Vocabulary", "Geldig tot"),
        "weak_network": QCoreApplication.translate("Vocabulary", "Zwak netwerk"),
        "weekday": QCoreApplication.translate("Vocabulary", "Weekdag"),
        "weekends": QCoreApplication.translate("Vocabulary", "In het weekend"),
        "withdrawn_at": QCoreApplication.translate("Vocabulary", "Ingetrokken op"),
    }.get(field, "")        # a field with no label here is not named: never its code in front of a sentence
