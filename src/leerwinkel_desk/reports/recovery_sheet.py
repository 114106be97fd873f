"""The recovery key on paper (A4 under the letterhead): the key in large, well-spaced characters, what it
opens, how to use it and where to keep it. The only copy: the app stores the key nowhere."""

from __future__ import annotations

from datetime import UTC, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.reports.layout import build_pdf, fact_table, letter_styles, paragraph
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import dutch_date
from leerwinkel_desk.services.recovery import RecoverySheet

KEY_SIZE = 18


def recovery_sheet_pdf(sheet: RecoverySheet, letterhead: Letterhead) -> bytes:
    styles = letter_styles(letterhead.accent)
    key_style = styles.title.clone("recovery_key", fontSize=KEY_SIZE, leading=KEY_SIZE * 1.6)
    story: list[Flowable] = [
        paragraph("Herstelsleutel van de databank", styles.title), Spacer(1, 3 * mm),
        paragraph("Met deze sleutel opent een coördinator de databank van het kantoor en kiest een nieuwe "
                  "wachtwoordzin, als elke wachtwoordzin van de coördinatoren verloren is.", styles.body),
        Spacer(1, 4 * mm),
        paragraph("  ".join(sheet.code.split("-")[:4]), key_style),
        paragraph("  ".join(sheet.code.split("-")[4:]), key_style),
        Spacer(1, 4 * mm),
        fact_table([("Kantoor", f"{sheet.office.name} ({sheet.office.code})"), ("Databank", sheet.database),
                    ("Gemaakt op", dutch_date(sheet.made_on))], styles),
        Spacer(1, 4 * mm),
        paragraph("Gebruiken: start Leerwinkel Desk, kies bij het aanmelden 'Wachtwoordzin vergeten "
                  "(herstelsleutel)', typ uw gebruikersnaam, deze sleutel en een nieuwe wachtwoordzin. "
                  "Op de opdrachtregel: leerwinkel-desk recover --login GEBRUIKERSNAAM. Het gebruik wordt "
                  "in de audittrail bewaard.", styles.body),
        Spacer(1, 3 * mm),
        paragraph("Bewaren: op papier, in een kluis of een afgesloten kast, niet bij de laptop en niet in een "
                  "bestand of e-mail. Wie deze sleutel en de databank heeft, kan alle gegevens lezen. Een nieuwe "
                  "herstelsleutel maken (Gebruikers, Ctrl+Shift+G) maakt deze ongeldig.", styles.body),
    ]
    produced = datetime.combine(sheet.made_on, time(12), BRUSSELS).astimezone(UTC)
    return build_pdf(story, letterhead, "Herstelsleutel", produced)
