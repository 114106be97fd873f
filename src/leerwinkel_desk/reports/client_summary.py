"""The client summary: what was discussed, the options, the choice and the next steps, for the client.

Plain Dutch at B1 level (texts in `resources/templates/client_summary.nl.txt`); a pure
function of `SummaryData` and the letterhead, no database and no Qt. Only sessions with a
summary are told; when none has one, a sentence says how many there were and when.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.reports.course_facts import option_flowables, option_label
from leerwinkel_desk.reports.layout import (
    Styles,
    build_pdf,
    fact_table,
    heading,
    letter_styles,
    paragraph,
    paragraphs,
    signature,
)
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import (
    dutch_date,
    dutch_list,
    dutch_time,
    label,
    letter_text,
    unbreakable,
)
from leerwinkel_desk.services.letter_content import OptionFacts, SessionHeld, SummaryData

TEMPLATE = "client_summary.nl"


def client_summary_pdf(data: SummaryData, letterhead: Letterhead) -> bytes:
    text = letter_text(TEMPLATE)
    styles = letter_styles(letterhead.accent)
    name = " ".join(part for part in (data.first_name, data.last_name) if part)
    letter_date = data.produced_at.astimezone(BRUSSELS).date()
    story: list[Flowable] = [paragraph(text("title"), styles.title), Spacer(1, 2 * mm)]
    reference = [(label("reference.for"), name)] if name else []
    reference += [(label("reference.dossier"), data.dossier_no),
                  (label("reference.date"), dutch_date(letter_date))]
    story += [fact_table(reference, styles), Spacer(1, 5 * mm)]
    first_name = (data.first_name or "").strip()
    story.append(paragraph(text("salutation", first_name=first_name)
                           if first_name else text("salutation_no_name"), styles.body))
    story += paragraphs(text("intro"), styles)

    if data.question is not None and (data.question.topic or data.question.question):
        story.append(heading(text("question_heading"), styles))
        if data.question.topic:
            story.append(paragraph(data.question.topic, styles.subheading))
        story += paragraphs(data.question.question, styles)

    if data.sessions:
        story.append(heading(text("sessions_heading"), styles))
        story += _sessions(data.sessions, styles)

    if data.options:
        story.append(heading(text("options_heading"), styles))
        story += paragraphs(text("options_intro"), styles)
        for option in data.options:
            story += option_flowables(option, text("entry_caption"), styles)

    chosen = next((o for o in data.options if o.chosen_on is not None), None)
    if data.options:
        story.append(heading(text("choice_heading"), styles))
        story += paragraphs(text("choice", option=option_label(chosen)) if chosen else text("no_choice"),
                            styles)

    story.append(heading(text("next_heading"), styles))
    story += _next_steps(data, chosen, styles)

    story.append(heading(text("contact_heading"), styles))
    story += paragraphs(text("contact"), styles)
    if data.counsellor is not None:
        rows = [(label("field.name"), data.counsellor.full_name)]
        rows += ([(label("field.phone"), unbreakable(data.counsellor.phone))]
                 if data.counsellor.phone else [])
        rows += [(label("field.email"), data.counsellor.email)] if data.counsellor.email else []
        story.append(fact_table(rows, styles))
        story.append(Spacer(1, 2 * mm))
    office_contact = "  ·  ".join(part for part in (
        unbreakable(data.office.phone or ""), data.office.email) if part)
    if office_contact:
        story += paragraphs(text("contact_office", office_name=letterhead.name,
                                 office_contact=office_contact), styles)
    story.append(signature([], text("closing"), letterhead.signature_lines(data.counsellor), styles))
    return build_pdf(story, letterhead, text("document_title", dossier_no=data.dossier_no),
                     data.produced_at)


def _sessions(sessions: tuple[SessionHeld, ...], styles: Styles) -> list[Flowable]:
    """Each session with a summary under its date; if none has one, how many and when."""
    text = letter_text(TEMPLATE)
    told = [held for held in sessions if held.summary and held.summary.strip()]
    if not told:
        dates = list(dict.fromkeys(dutch_date(held.at.date()) for held in sessions))
        return paragraphs(text("sessions_dates_one", date=dates[0]) if len(sessions) == 1 else
                          text("sessions_dates_many", count=str(len(sessions)),
                               dates=dutch_list(dates)), styles)
    story: list[Flowable] = []
    for held in told:
        when = dutch_date(held.at.date())
        line = (text("session_at_place", date=when, place=held.place) if held.place
                else text("session", date=when))
        story.append(paragraph(line, styles.subheading))
        story += paragraphs(held.summary, styles)
    return story


def _next_steps(data: SummaryData, chosen: OptionFacts | None, styles: Styles) -> list[Flowable]:
    """Appointments, the follow-up call and the start of the chosen course, each with its date."""
    text = letter_text(TEMPLATE)
    lines = []
    for appointment in data.appointments:
        values = {"date": dutch_date(appointment.at.date()), "time": dutch_time(appointment.at)}
        lines.append(text("appointment_at_place", place=appointment.place, **values)
                     if appointment.place else text("appointment", **values))
    for referral in data.referrals:
        known = [part for part, value in (("person", referral.contact), ("phone", referral.phone)) if value]
        lines.append(text("_".join(["referral", *known]), partner=referral.partner, person=referral.contact or "",
                          phone=unbreakable(referral.phone or "")))
    if data.follow_up_due is not None:
        lines.append(text("follow_up", date=dutch_date(data.follow_up_due)))
    if chosen is not None and chosen.course is not None and chosen.course.next_start is not None:
        lines.append(text("course_start", course=chosen.label, date=dutch_date(chosen.course.next_start)))
    return [flowable for line in lines or [text("no_next_steps")]
            for flowable in paragraphs(line, styles)]
