"""The appointment card (A6, or A5 for people who see less well): in plain Dutch (B1), short sentences, the
facts in large type; the key sentence also in a second language when asked (Arabic drawn right to left
by `right_to_left`, through `layout.paragraph`). The office's name and accent colour from the letterhead."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A5, A6
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.reports.fonts import register_fonts
from leerwinkel_desk.reports.layout import letter_styles, paragraph
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import MONTHS, dutch_time
from leerwinkel_desk.services.appointment_card import AppointmentCard, CardLanguage, CardSize

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
KEY_SENTENCE = {   # the appointment in one sentence: {weekday} {day}/{month}, {time} as HH:MM
    CardLanguage.ENGLISH: ("You have an appointment on {weekday} {day}/{month} at {time}.",
                           ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    CardLanguage.FRENCH: ("Vous avez un rendez-vous le {weekday} {day}/{month} à {time}.",
                          ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    CardLanguage.ARABIC: ("لديك موعد يوم {weekday} {day}/{month} الساعة {time}",     # no stop: it would stand first
                          ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")),
}
SIZES = {CardSize.A6: (A6, 8 * mm, 1.0), CardSize.A5: (A5, 12 * mm, 1.35)}   # page, margin, type scale


def key_sentence(card: AppointmentCard) -> str | None:
    """The appointment in the card's second language (None: Dutch only)."""
    if card.language is None:
        return None
    template, weekdays = KEY_SENTENCE[card.language]
    local = card.at.astimezone(BRUSSELS)
    return template.format(weekday=weekdays[local.weekday()], day=local.day, month=local.month,
                           time=f"{local.hour:02d}:{local.minute:02d}")


def appointment_card_pdf(card: AppointmentCard, letterhead: Letterhead, size: CardSize = CardSize.A6) -> bytes:
    register_fonts()
    page, margin, scale = SIZES[size]
    base = letter_styles(letterhead.accent)
    title = base.title.clone("card_title", fontSize=16 * scale, leading=20 * scale)
    label = base.label.clone("card_label", fontSize=8.5 * scale, leading=11 * scale, spaceBefore=4 * scale)
    value = base.strong.clone("card_value", fontSize=11 * scale, leading=14.5 * scale)
    plain = base.value.clone("card_plain", fontSize=10 * scale, leading=13.5 * scale)
    local = card.at.astimezone(BRUSSELS)
    when = (f"{WEEKDAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]} {local.year}, "
            f"om\xa0{dutch_time(local)}")     # "om 13.30 uur" kept together where the line breaks
    story: list[Flowable] = [paragraph(letterhead.name, base.small), paragraph("Uw afspraak", title),
                             paragraph("Wanneer?", label), paragraph(when, value)]
    if card.minutes:
        story.append(paragraph(f"Het gesprek duurt ongeveer {card.minutes} minuten.", plain))
    story += [paragraph("Waar?", label)]
    story += [paragraph(line, value) for line in (card.loket_name, card.street, card.town) if line]
    if card.directions:
        story += [paragraph("Hoe komt u er?", label), paragraph(card.directions, plain)]
    if card.counsellor or card.phone:
        story += [paragraph("Met wie?", label)]
        story += [paragraph(line, value) for line in (card.counsellor, f"Tel. {card.phone}" if card.phone else None)
                  if line]
    story += [Spacer(1, 3 * mm * scale),
              paragraph("Kunt u niet komen? Bel ons dan. Dan maken we samen een nieuwe afspraak.", plain),
              paragraph(f"Neem deze kaart mee. Uw nummer: {card.request_no}.", plain)]
    second = key_sentence(card)
    if second:
        story += [Spacer(1, 3 * mm * scale), paragraph(second, value)]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin, title="Afsprakenkaart", author=letterhead.name, creator="Leerwinkel Desk",
                      lang="nl-BE", invariant=True).build(story)
    return out.getvalue()
