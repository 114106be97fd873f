"""The readable answer to a GDPR access request: everything the dossier holds about the person.

A pure function of `AccessRequest` (the same export that goes along as JSON) and the letterhead.
Every stored fact about the person is printed with Dutch words for fields, codes and audit
actions (`resources/templates/access_report.nl.txt`); only technical columns (ids, search keys,
checksums, stamps of the rows themselves) stay in the JSON. Long texts flow as paragraphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.reports.layout import (
    Styles,
    build_pdf,
    fact_table,
    heading,
    letter_styles,
    paragraph,
    paragraphs,
)
from leerwinkel_desk.reports.letterhead import Letterhead
from leerwinkel_desk.reports.texts import LetterText, dutch_date, labels, letter_text, unbreakable
from leerwinkel_desk.services.dossier import AccessRequest
from leerwinkel_desk.store.durable import write_whole

TEMPLATE = "access_report.nl"
SHORT = 90                      # longer values are printed as paragraphs under their label
TECHNICAL = {"id", "office_id", "client_id", "request_id", "owner_id", "counsellor_id", "loket_id",
             "referrer_org_id", "referrer_contact_id", "recipient_org_id", "recipient_contact_id",
             "partner_id", "partner_contact_id", "consent_id", "course_id", "merged_into_id",
             "survivor_id", "merged_id", "name_key", "phone_key", "email_key", "import_ref",
             "import_key", "file_name", "sha256", "created_at", "created_by", "updated_at",
             "updated_by", "deleted_at", "by"}
SUB_LISTS = (("contacts", "contacts_heading"), ("options", "options_heading"),
             ("referrals", "referrals_heading"), ("handovers", "handovers_heading"),
             ("contributions", "contributions_heading"), ("changes", "changes_heading"))


def word_map(text: LetterText, section: str) -> dict[str, str]:
    """A `code = words` section of the template as a mapping."""
    pairs = (line.split("=", 1) for line in text(section).splitlines() if "=" in line)
    return {code.strip(): words.strip() for code, words in pairs}


class _Words:
    """Dutch words for field names, codes and values."""

    def __init__(self, text: LetterText) -> None:
        self.fields, self.values = word_map(text, "fields"), word_map(text, "values")

    def field(self, name: str) -> str:
        return self.fields.get(name, name.replace("_", " "))

    def value(self, name: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.values[str(value).lower()]
        if isinstance(value, list):             # data items of a consent or a letter, in the letters' words
            return ", ".join(labels().get(f"data_item.{v}") or self.values.get(str(v), str(v)) for v in value)
        text = str(value)
        if name == "field":                     # a change names the field that changed
            return self.field(text)
        if name == "phone":
            return unbreakable(text)
        if name.endswith(("_on", "_date", "_due")) or name in ("at", "produced_at", "withdrawn_at"):
            return _day(text)
        return self.values.get(text, text)


def _day(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    day = moment.astimezone(BRUSSELS).date() if "T" in iso else moment.date()
    return day.strftime("%d/%m/%Y")


def _record(record: Mapping[str, Any], words: _Words, styles: Styles) -> list[Flowable]:
    """A stored row in words: short values in a fact table, long ones as paragraphs under their label."""
    shown = [(words.field(name), words.value(name, value)) for name, value in record.items()
             if name not in TECHNICAL and value not in (None, "", [])]
    short = [(name, text) for name, text in shown if len(text) <= SHORT]
    story: list[Flowable] = [fact_table(short, styles)] if short else []
    for name, text in shown:
        if len(text) > SHORT:
            story.append(paragraph(name, styles.subheading))
            story += paragraphs(text, styles)
    return [*story, Spacer(1, 2 * mm)]         # one row apart from the next


def _contacts(contacts: Iterable[Mapping[str, Any]], text: LetterText, words: _Words,
              styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for contact in contacts:
        what = " · ".join(part for part in (
            words.value("channel", contact["channel"]),
            f"{contact['minutes']} min" if contact.get("minutes") else "",
            contact.get("summary") or "") if part)
        story.append(paragraph(text("contact", date=_day(contact["at"]), what=what), styles.body))
        if contact.get("notes"):
            story += paragraphs(contact["notes"], styles)
    return story


def access_request_json(request: AccessRequest) -> str:
    """The export as the machine-readable file that goes with the PDF."""
    return json.dumps(request.dossier, ensure_ascii=False, indent=2)


def save_access_request(request: AccessRequest, pdf: bytes, folder: Path) -> tuple[Path, Path]:
    """`<dossier number>-inzage.json` and `.pdf` in `folder` (no name in the file names)."""
    stem = folder / f"{request.dossier['client']['dossier_no']}-inzage"
    folder.mkdir(parents=True, exist_ok=True)
    json_path, pdf_path = stem.with_suffix(".json"), stem.with_suffix(".pdf")
    write_whole(json_path, access_request_json(request).encode("utf-8"))    # owner only (0600)
    write_whole(pdf_path, pdf)
    return json_path, pdf_path


def access_report_pdf(request: AccessRequest, letterhead: Letterhead) -> bytes:
    text = letter_text(TEMPLATE)
    words = _Words(text)
    styles = letter_styles(letterhead.accent)
    dossier = request.dossier
    client = dossier["client"]
    produced_on: date = request.produced_at.astimezone(BRUSSELS).date()
    story: list[Flowable] = [paragraph(text("title", office=request.office.name), styles.title),
                             Spacer(1, 2 * mm)]
    name = " ".join(part for part in (client.get("first_name"), client.get("last_name")) if part)
    story.append(fact_table([*([(words.field("for"), name)] if name else []),
                             (words.field("dossier_no"), client["dossier_no"]),
                             (words.field("produced_at"), dutch_date(produced_on))], styles))
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(text("intro"), styles)
    story += paragraphs(text("rights"), styles)

    story.append(heading(text("about_heading"), styles))
    story += _record(client, words, styles)
    if dossier["merged_records"]:
        story.append(heading(text("merged_heading"), styles))
        for merged in dossier["merged_records"]:
            story += _record(merged, words, styles)

    for entry in dossier["requests"]:
        story.append(heading(text("request_heading", request_no=entry["request_no"]), styles))
        story += _record({k: v for k, v in entry.items() if not isinstance(v, list)}, words, styles)
        for key, title in SUB_LISTS:
            if not entry[key]:
                continue
            story.append(paragraph(text(title), styles.subheading))
            if key == "contacts":
                story += _contacts(entry[key], text, words, styles)
            else:
                for row in entry[key]:
                    story += _record(row, words, styles)

    for key, title in (("consents", "consents_heading"), ("letters", "letters_heading")):
        story.append(heading(text(title), styles))
        story += [f for row in dossier[key] for f in _record(row, words, styles)] or [
            paragraph(text("nothing"), styles.body)]

    story.append(heading(text("events_heading"), styles))
    actions, people = word_map(text, "actions"), dossier["people"]
    for event in dossier["audit_events"]:
        moment = datetime.fromisoformat(event["at"]).astimezone(BRUSSELS)
        story.append(paragraph(text(
            "event", moment=f"{moment:%d/%m/%Y %H.%M}", person=people.get(event["actor_id"] or "", "—"),
            action=actions.get(event["action"], event["action"])), styles.body))
    return build_pdf(story, letterhead, text("document_title", dossier_no=client["dossier_no"]),
                     request.produced_at)
