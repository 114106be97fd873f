"""The warm-handover letter to a study counsellor or partner counsellor: only what consent allows.

A section is printed only for an item in `data.items` (consented and relevant for the study
path); the consent reference (when and how it was given) is printed on the letter. Texts in
`resources/templates/handover_letter.nl.txt`; a pure function of `HandoverData` and the
letterhead, no database and no Qt.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import DataItem
from leerwinkel_desk.reports.course_facts import option_flowables
from leerwinkel_desk.reports.layout import (
    TEXT_WIDTH,
    Grid,
    Styles,
    boxed,
    build_pdf,
    fact_table,
    heading,
    letter_styles,
    paragraph,
    paragraphs,
    signature,
)
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import dutch_date, dutch_list, label, letter_text, unbreakable
from leerwinkel_desk.services.letter_content import HandoverData

TEMPLATE = "handover_letter.nl"


def handover_letter_pdf(data: HandoverData, letterhead: Letterhead) -> bytes:
    text = letter_text(TEMPLATE)
    styles = letter_styles(letterhead.accent)
    client_name = _client_name(data)
    letter_date = dutch_date(data.produced_at.astimezone(BRUSSELS).date())
    story: list[Flowable] = [_address_block(data, styles), Spacer(1, 8 * mm)]
    story.append(paragraph(text("date_line", place=data.office.municipality, date=letter_date)
                           if data.office.municipality else text("date_line_no_place", date=letter_date),
                           styles.body))
    story.append(paragraph(text("subject_named", client_name=client_name) if client_name
                           else text("subject_anonymous", dossier_no=data.dossier_no), styles.subject))
    person = (data.recipient.person or "").strip()
    story.append(paragraph(text("salutation_person", person=person) if person
                           else text("salutation_team"), styles.body))
    reference = (text("client_reference_named", client_name=client_name) if client_name
                 else text("client_reference_anonymous"))
    story += paragraphs(text("intro", client_reference=reference), styles)
    story += [Spacer(1, 1 * mm), _consent_box(data, styles)]
    story += _about(data, styles)
    story += _item_sections(data, styles)
    counsellor = data.counsellor
    contact = "  ·  ".join(part for part in (unbreakable(counsellor.phone or ""), counsellor.email)
                           if part) if counsellor else ""
    closing = paragraphs(text("closing_with_contact", contact=contact) if contact else text("closing"),
                         styles)
    story.append(signature(closing, text("greeting"), letterhead.signature_lines(counsellor), styles))
    return build_pdf(story, letterhead, text("document_title", dossier_no=data.dossier_no),
                     data.produced_at, footer_note=text("footer_note"))


def _client_name(data: HandoverData) -> str:
    """The client's name only when identity may be shared; otherwise the letter stays anonymous."""
    if data.identity is None:
        return ""
    return " ".join(part for part in (data.identity.first_name, data.identity.last_name) if part)


def _address_block(data: HandoverData, styles: Styles) -> Grid:
    """Our reference on the left, the addressee on the right (window of a Belgian envelope)."""
    recipient = data.recipient
    town = " ".join(part for part in (recipient.postcode, recipient.municipality) if part)
    lines = [line for line in (recipient.person, recipient.function, recipient.organisation,
                               recipient.street, town) if line]
    address = [(line, styles.strong if index == 0 else styles.value)
               for index, line in enumerate(lines)]
    ours = [(label("reference.ours"), styles.label),
            (f"{data.dossier_no} / {data.request_no}", styles.value)]
    return Grid([[ours, address]], [TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.5], padding=(0, 0, 3, 3))


def _consent_box(data: HandoverData, styles: Styles) -> Grid:
    consent = data.consent
    rows = [(label("consent.given_on"), dutch_date(consent.given_on)),
            (label("consent.method"), label(f"consent_method.{consent.method.value}"))]
    if consent.expires_on is not None:
        rows.append((label("consent.expires_on"), dutch_date(consent.expires_on)))
    shared = [label(f"data_item.{item.value}") for item in DataItem if item in data.items]
    rows.append((label("consent.items"), ", ".join(shared)))
    return boxed(rows, letter_text(TEMPLATE)("consent_title"), styles)


def _about(data: HandoverData, styles: Styles) -> list[Flowable]:
    """Identity, contact details, Dutch level and diploma: short facts, each only if shared."""
    missing = label("not_recorded")
    rows: list[tuple[str, str]] = []
    if data.identity is not None:
        rows.append((label("field.name"), _client_name(data) or missing))
        birth = data.identity.birth_date
        rows.append((label("field.birth_date"), dutch_date(birth) if birth else missing))
    if data.contact_details is not None:
        rows.append((label("field.phone"), unbreakable(data.contact_details.phone or "") or missing))
        rows.append((label("field.email"), data.contact_details.email or missing))
    if DataItem.DUTCH_LEVEL in data.items:
        rows.append((label("field.dutch_level"), label(f"dutch_level.{data.dutch_level.value}")
                     if data.dutch_level else missing))
    if data.study_history is not None:
        qualification = data.study_history.highest_qualification
        rows.append((label("field.qualification"),
                     label(f"qualification.{qualification.value}") if qualification else missing))
        foreign = data.study_history.foreign_diploma
        rows.append((label("field.foreign_diploma"),
                     missing if foreign is None else label("yes" if foreign else "no")))
    if not rows:
        return []
    return [heading(letter_text(TEMPLATE)("about_heading"), styles), fact_table(rows, styles)]


def _item_sections(data: HandoverData, styles: Styles) -> list[Flowable]:
    """The longer items as sections of text, in the order a study counsellor reads them."""
    text = letter_text(TEMPLATE)
    missing = label("not_recorded")
    story: list[Flowable] = []
    if data.question is not None:
        story.append(heading(text("question_heading"), styles))
        if data.question.topic:
            story.append(paragraph(data.question.topic, styles.subheading))
        story += paragraphs(data.question.question or ("" if data.question.topic else missing), styles)
    if data.study_history is not None and data.study_history.text:
        story.append(heading(text("study_history_heading"), styles))
        story += paragraphs(data.study_history.text, styles)
    if DataItem.PRACTICAL_BARRIERS in data.items:
        story.append(heading(text("barriers_heading"), styles))
        story += paragraphs(data.practical_barriers or missing, styles)
    if DataItem.CHOICE in data.items:
        story.append(heading(text("choice_heading"), styles))
        story += (option_flowables(data.choice, text("entry_caption"), styles) if data.choice
                  else paragraphs(missing, styles))
    others = [o for o in data.options if DataItem.CHOICE not in data.items or o.chosen_on is None]
    if DataItem.OPTIONS in data.items and (others or not data.options):
        story.append(heading(text("options_heading"), styles))
        for option in others:
            story += option_flowables(option, text("entry_caption"), styles)
        if not others:
            story += paragraphs(missing, styles)
    if data.trajectory is not None:
        sessions = data.trajectory.sessions
        dates = list(dict.fromkeys(dutch_date(held.at.date()) for held in sessions))
        story.append(heading(text("trajectory_heading"), styles))
        story.append(fact_table([
            (label("field.tier"), label(f"tier.{data.trajectory.tier.value}")),
            (label("field.opened_on"), dutch_date(data.trajectory.opened_on)),
            (label("field.sessions"), str(len(sessions))),
            *([(label("field.session_dates"), dutch_list(dates))] if dates else []),
        ], styles))
        for held in sessions:                   # a heading only where a summary follows it
            if held.summary and held.summary.strip():
                story.append(paragraph(text("session", date=dutch_date(held.at.date())), styles.subheading))
                story += paragraphs(held.summary, styles)
    return story
