"""The receipt of a client contribution (A4 under the letterhead): what was counted and who pays.

Minimal personal data: the request number, never the client's name, status or ground of exemption
(an exemption reads "sociale correctie" only), so the paper tells nobody why the client paid nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.reports.layout import build_pdf, fact_table, letter_styles, paragraph
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import dutch_date, euro, hours_text
from leerwinkel_desk.services.contributions import Receipt

PAYER_LINES = {
    PaidBy.CLIENT: "Te betalen door de cliënt",
    PaidBy.CAREER_VOUCHER: "Betaald met loopbaancheques",
    PaidBy.EXEMPT: "Vrijgesteld (sociale correctie): niets te betalen",
    PaidBy.FREE: "Gratis: informatie en bemiddeling kosten niets",
}


def contribution_receipt_pdf(receipt: Receipt, letterhead: Letterhead) -> bytes:
    styles = letter_styles(letterhead.accent)
    story: list[Flowable] = [
        paragraph("Ontvangstbewijs bijdrage loopbaanbegeleiding", styles.title), Spacer(1, 3 * mm),
        fact_table([("Leervraag", receipt.request_no), ("Datum", dutch_date(receipt.recorded_on)),
                    ("Uren begeleiding", hours_text(receipt.hours)),
                    ("Uurbedrag", euro(receipt.hourly_rate)),
                    (PAYER_LINES[receipt.paid_by], euro(receipt.amount))], styles),
        Spacer(1, 5 * mm),
        paragraph(f"{receipt.office.name} bewaart dit gegeven bij uw leervraag. Vragen? Bel of mail ons; "
                  "de gegevens staan bovenaan.", styles.small),
    ]
    produced = datetime.combine(receipt.recorded_on, time(12), BRUSSELS).astimezone(UTC)
    return build_pdf(story, letterhead, f"Ontvangstbewijs {receipt.request_no}", produced)
