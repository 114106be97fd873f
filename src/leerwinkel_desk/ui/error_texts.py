"""Typed errors from the services as one clear sentence in the UI language (never a traceback), and the
form labels of the fields they name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS
from leerwinkel_desk.domain.errors import DomainError


def error_text(error: DomainError, name_the_field: bool = True) -> str:
    """A clear sentence for a typed error from the services (never a traceback); without the
    field's name in front when it is shown right at that field."""
    field = getattr(error, "field", "")
    reason = getattr(error, "reason", "")
    messages = {
        ("value.invalid", "required"): QCoreApplication.translate("Vocabulary", "Dit veld is verplicht."),
        ("value.invalid", "format"): QCoreApplication.translate(
            "Vocabulary", "Dit ziet er niet uit als een geldig adres."),
        ("value.invalid", "range"): QCoreApplication.translate(
            "Vocabulary", "Deze waarde ligt buiten het toegelaten bereik."),
        ("value.invalid", "too_long"): QCoreApplication.translate("Vocabulary", "Deze tekst is te lang."),
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
    }
    label = field_label(field) if field and name_the_field and error.code == "value.invalid" else ""
    prefix = f"{label}: " if label else ""
    if (error.code, reason) in messages:
        return prefix + messages[(error.code, reason)]
    if error.code == "permission.denied" and getattr(error, "action", "") == "request.not_own":
        owner = getattr(error, "owner", None) or QCoreApplication.translate("Vocabulary", "een collega")
        return QCoreApplication.translate(
            "Vocabulary", "Dit traject is van {owner}. U kunt het lezen; om er iets in te registreren vraagt u "
            "{owner} of een coördinator om het aan u toe te wijzen (Toewijzen, Ctrl+Shift+W).").format(owner=owner)
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
            "Vocabulary", "Dit account werd afgesloten door een coördinator van het kantoor: aanmelden kan hier niet "
            "meer. Klopt dat niet, vraag het dan aan een coördinator."),
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
        "disk.full": QCoreApplication.translate(
            "Vocabulary", "De schijf is vol: er is niets bewaard. Maak ruimte vrij en probeer opnieuw; "
            "uw tekst blijft staan."),
        "recovery.failed": QCoreApplication.translate(
            "Vocabulary", "Deze herstelsleutel opent de databank niet, of de gebruiker is geen coördinator. "
            "Controleer de sleutel op het afgedrukte blad."),
    }.get(error.code, prefix + QCoreApplication.translate(
        "Vocabulary", "De actie kon niet worden uitgevoerd ({code}).").format(code=error.code))


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
    }.get(field, "")        # a field with no label here is not named: never its code in front of a sentence
