"""The audit trail's actions in words of the UI language: what a coordinator reads instead of `client.view`.

An action a newer version of the app records (it came in through the sync) is named as such, with its code,
rather than hidden: the trail keeps every event."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from leerwinkel_desk.ui.error_texts import field_label


def action_labels() -> dict[str, str]:
    """Every action the app records, with its words (tests/test_audit.py finds each one the services record)."""
    return {
        "login": QCoreApplication.translate("AuditAction", "Aangemeld"),
        "login.failed": QCoreApplication.translate("AuditAction", "Aanmelden mislukt"),
        "logout": QCoreApplication.translate("AuditAction", "Afgemeld"),
        "logout.lock": QCoreApplication.translate("AuditAction", "Afgemeld vanaf het vergrendelscherm"),
        "account.open": QCoreApplication.translate("AuditAction", "Account geopend"),
        "account.close": QCoreApplication.translate("AuditAction", "Account afgesloten"),
        "account.passphrase": QCoreApplication.translate("AuditAction", "Nieuwe wachtwoordzin ingesteld"),
        "account.recover": QCoreApplication.translate("AuditAction", "Wachtwoordzin hersteld met het herstelblad"),
        "account.join": QCoreApplication.translate("AuditAction", "Laptop aangesloten bij het kantoor"),
        "recovery.create": QCoreApplication.translate("AuditAction", "Herstelblad gemaakt"),
        "client.create": QCoreApplication.translate("AuditAction", "Dossier gemaakt"),
        "client.update": QCoreApplication.translate("AuditAction", "Gegevens van de cliënt aangepast"),
        "client.view": QCoreApplication.translate("AuditAction", "Dossier geopend"),
        "client.search": QCoreApplication.translate("AuditAction", "Cliënten gezocht"),
        "client.export": QCoreApplication.translate("AuditAction", "Inzage gemaakt"),
        "client.import": QCoreApplication.translate("AuditAction", "Cliënt ingelezen"),
        "client.merge": QCoreApplication.translate("AuditAction", "Dubbele dossiers samengevoegd"),
        "client.merge_undo": QCoreApplication.translate("AuditAction", "Samenvoeging ongedaan gemaakt"),
        "client.erase": QCoreApplication.translate("AuditAction", "Gegevens van de cliënt gewist"),
        "request.answer": QCoreApplication.translate("AuditAction", "Vraag beantwoord"),
        "request.book_intake": QCoreApplication.translate("AuditAction", "Intake gepland"),
        "request.intake": QCoreApplication.translate("AuditAction", "Intake gehouden"),
        "request.tier": QCoreApplication.translate("AuditAction", "Niveau van de leervraag gewijzigd"),
        "request.phase": QCoreApplication.translate("AuditAction", "Leervraag naar de volgende fase"),
        "request.reassign": QCoreApplication.translate("AuditAction", "Leervraag aan een andere begeleider gegeven"),
        "request.promote": QCoreApplication.translate("AuditAction", "Vraag op naam gezet"),
        "request.follow_up": QCoreApplication.translate("AuditAction", "Opvolging gepland"),
        "request.follow_up_due": QCoreApplication.translate("AuditAction", "Opvolgdatum gezet"),
        "request.enrolled": QCoreApplication.translate("AuditAction", "Inschrijving bevestigd"),
        "request.close": QCoreApplication.translate("AuditAction", "Leervraag afgesloten"),
        "request.aftercare": QCoreApplication.translate("AuditAction", "Nazorg genoteerd"),
        "request.import": QCoreApplication.translate("AuditAction", "Leervraag ingelezen"),
        "contact.create": QCoreApplication.translate("AuditAction", "Gesprek of bericht genoteerd"),
        "contact.hold": QCoreApplication.translate("AuditAction", "Gesprek gehouden"),
        "contact.cancel": QCoreApplication.translate("AuditAction", "Afspraak geannuleerd"),
        "contact.import": QCoreApplication.translate("AuditAction", "Contacten ingelezen"),
        "appointment_card.print": QCoreApplication.translate("AuditAction", "Afsprakenkaart gemaakt"),
        "option.create": QCoreApplication.translate("AuditAction", "Opleiding besproken"),
        "option.choose": QCoreApplication.translate("AuditAction", "Keuze genoteerd"),
        "option.remove": QCoreApplication.translate("AuditAction", "Besproken optie verwijderd"),
        "referral.create": QCoreApplication.translate("AuditAction", "Doorverwezen"),
        "referral.close_loop": QCoreApplication.translate("AuditAction", "Doorverwijzing opgevolgd"),
        "consent.grant": QCoreApplication.translate("AuditAction", "Toestemming gegeven"),
        "consent.withdraw": QCoreApplication.translate("AuditAction", "Toestemming ingetrokken"),
        "handover.create": QCoreApplication.translate("AuditAction", "Warme overdracht"),
        "letter.print": QCoreApplication.translate("AuditAction", "Brief gemaakt"),
        "letter.reprint": QCoreApplication.translate("AuditAction", "Brief opnieuw afgedrukt"),
        "contribution.create": QCoreApplication.translate("AuditAction", "Bijdrage genoteerd"),
        "draft.create": QCoreApplication.translate("AuditAction", "Concept bewaard"),
        "draft.discard": QCoreApplication.translate("AuditAction", "Concept weggegooid"),
        "signal.create": QCoreApplication.translate("AuditAction", "Signaal genoteerd"),
        "second_line.create": QCoreApplication.translate("AuditAction", "Tweedelijnsactiviteit genoteerd"),
        "office.create": QCoreApplication.translate("AuditAction", "Kantoor ingericht"),
        "office.address": QCoreApplication.translate("AuditAction", "Adres van het kantoor aangepast"),
        "office.costs": QCoreApplication.translate("AuditAction", "Kosten per niveau aangepast"),
        "office.backup_folder": QCoreApplication.translate("AuditAction", "Back-upmap gekozen"),
        "office.hourly_contribution": QCoreApplication.translate("AuditAction", "Uurbijdrage aangepast"),
        "counsellor.create": QCoreApplication.translate("AuditAction", "Medewerker toegevoegd"),
        "counsellor.import": QCoreApplication.translate("AuditAction", "Medewerker ingelezen"),
        "loket.create": QCoreApplication.translate("AuditAction", "Loket toegevoegd"),
        "loket.update": QCoreApplication.translate("AuditAction", "Loket aangepast"),
        "loket.import": QCoreApplication.translate("AuditAction", "Loket ingelezen"),
        "zitdag.create": QCoreApplication.translate("AuditAction", "Zitdag toegevoegd"),
        "zitdag.update": QCoreApplication.translate("AuditAction", "Zitdag aangepast"),
        "partner.create": QCoreApplication.translate("AuditAction", "Partnerorganisatie toegevoegd"),
        "partner.import": QCoreApplication.translate("AuditAction", "Partnerorganisatie ingelezen"),
        "partner_organisation.update": QCoreApplication.translate("AuditAction", "Partnerorganisatie aangepast"),
        "partner_organisation.retire": QCoreApplication.translate(
            "AuditAction", "Partnerorganisatie niet meer gebruikt"),
        "partner_contact.create": QCoreApplication.translate("AuditAction", "Contactpersoon toegevoegd"),
        "partner_contact.import": QCoreApplication.translate("AuditAction", "Contactpersoon ingelezen"),
        "partner_contact.update": QCoreApplication.translate("AuditAction", "Contactpersoon aangepast"),
        "partner_contact.retire": QCoreApplication.translate("AuditAction", "Contactpersoon niet meer gebruikt"),
        "provider.create": QCoreApplication.translate("AuditAction", "Aanbieder toegevoegd"),
        "provider.import": QCoreApplication.translate("AuditAction", "Aanbieder ingelezen"),
        "provider.update": QCoreApplication.translate("AuditAction", "Aanbieder aangepast"),
        "provider.retire": QCoreApplication.translate("AuditAction", "Aanbieder niet meer gebruikt"),
        "course.create": QCoreApplication.translate("AuditAction", "Opleiding toegevoegd"),
        "course.import": QCoreApplication.translate("AuditAction", "Opleiding ingelezen"),
        "course.update": QCoreApplication.translate("AuditAction", "Opleiding aangepast"),
        "course.retire": QCoreApplication.translate("AuditAction", "Opleiding niet meer gebruikt"),
        "backup.create": QCoreApplication.translate("AuditAction", "Back-up gemaakt"),
        "backup.restore": QCoreApplication.translate("AuditAction", "Back-up teruggezet"),
        "registration.export": QCoreApplication.translate("AuditAction", "Registratie uitgevoerd"),
        "monitoring.extract": QCoreApplication.translate("AuditAction", "Monitoringgegevens uitgevoerd"),
        "retention.period": QCoreApplication.translate("AuditAction", "Bewaartermijn gewijzigd"),
        "retention.apply": QCoreApplication.translate("AuditAction", "Bewaartermijn toegepast"),
        "retention.auto": QCoreApplication.translate("AuditAction", "Bewaartermijn vanzelf toegepast"),
        "sync.anchor": QCoreApplication.translate("AuditAction", "Bevestiging van de synchronisatie"),
        "sync.keep_mine": QCoreApplication.translate("AuditAction", "Eigen versie gehouden bij een conflict"),
        "demo.generate": QCoreApplication.translate("AuditAction", "Demogegevens gemaakt"),
    }


@cache
def _labels_in(locale_name: str) -> dict[str, str]:
    """The action words of one UI language (the language switch sets the default locale), built once, not per
    cell painted."""
    return action_labels()


def action_label(code: str) -> str:
    """An action in words; one the app does not know (a newer version's) says so, with its code."""
    return _labels_in(QLocale().name()).get(code) or QCoreApplication.translate(
        "AuditAction", "Handeling van een nieuwere versie ({code})").format(code=code)


def fields_label(fields: str | None) -> str:
    """The fields an event touched, by their form labels (never their values); a technical column (a search
    key, an import reference) has no label and is not named."""
    return ", ".join(dict.fromkeys(label for name in (fields or "").split(",") if (label := field_label(name))))
