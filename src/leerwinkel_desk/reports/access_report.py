"""The readable answer to a GDPR access request: everything the dossier holds about the person.

A pure function of `AccessRequest` (the same export that goes along as JSON) and the letterhead.
Every stored fact about the person is printed with Dutch words for fields, codes and audit
actions (`resources/templates/access_report.nl.txt`, `Words`): a field or code without words is
an error, never printed as it is stored. Counsellors, partners, lokets and courses are named (the
export carries their names); amounts are in euro, hours as people say them; sessions still planned
are listed apart from the contacts held. Only technical columns (row ids, search keys, checksums,
stamps of the rows themselves) stay in the JSON. Long texts flow as paragraphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
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
from leerwinkel_desk.reports.texts import (
    LetterText,
    dutch_date,
    dutch_time,
    euro,
    hours_in_words,
    hours_text,
    labels,
    letter_text,
    unbreakable,
)
from leerwinkel_desk.services.dossier import NAMED_IN_EXPORT, AccessRequest
from leerwinkel_desk.services.erasure import EMPTIED_TO_TEXT
from leerwinkel_desk.store.durable import write_together

TEMPLATE = "access_report.nl"
SHORT = 90                      # longer values are printed as paragraphs under their label
TECHNICAL = {"id", "office_id", "client_id", "request_id", "consent_id", "merged_into_id", "survivor_id",
             "merged_id", "name_key", "phone_key", "email_key", "import_ref", "import_key", "file_name", "sha256",
             "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "target_id", "subject_client_id"}
# ids that point at a counsellor, partner, loket or course are printed as its name (the export names them)
REFERENCES = {column: kind for kind, columns in NAMED_IN_EXPORT.items() for column in columns} | {
    "client_id": "dossiers"}
SAME_WORDS = {"first_channel": "channel"}      # a field whose codes are another field's
CHANGED = {"tier": "tier", "phase": "phase", "owner": "owner_id", "client": "client_id",   # a change: its column
           "enrolled_on": "enrolled_on"}
CHANGE_PARTS = ("field", "old_value", "new_value")
MONEY = ("hourly_rate", "amount")
SUB_LISTS = (("options", "options_heading"), ("referrals", "referrals_heading"),
             ("handovers", "handovers_heading"), ("contributions", "contributions_heading"),
             ("changes", "changes_heading"))


def word_map(text: LetterText, section: str) -> dict[str, str]:
    """A `code = words` section of the template as a mapping."""
    pairs = (line.split("=", 1) for line in text(section).splitlines() if "=" in line)
    return {code.strip(): words.strip() for code, words in pairs}


class Words:
    """Dutch words for the export's field names, codes and audit actions (the template's `[fields]`, `[values]`
    as `field.code`, `[actions]`), and the names of what its ids point at. No words, no print: a field or
    code without them raises KeyError, never reaches the paper as English (the tests ask words of every
    column and code a client reads). Only an audit action a newer version recorded is "another action"."""

    def __init__(self, dossier: Mapping[str, Any] | None = None) -> None:
        self.text = letter_text(TEMPLATE)
        self.fields, self.values, self.actions = (word_map(self.text, name) for name in ("fields", "values", "actions"))
        self._vocabularies = {code.split(".", 1)[0] for code in self.values if "." in code}
        self._names: dict[str, Mapping[str, Any]] = {kind: (dossier or {}).get(kind, {}) for kind in NAMED_IN_EXPORT}
        self._names["dossiers"] = {record["id"]: record["dossier_no"] for record in (
            [dossier["client"], *dossier["merged_records"]] if dossier else [])}

    def field(self, name: str) -> str:
        return self.fields[name]

    def action(self, code: str) -> str:
        """An audit action in words; one a newer version recorded (it came in through the sync) is still listed,
        as "another action", so the person's right of access is never refused for it."""
        return self.actions.get(code) or self.text("other_action")

    def value(self, name: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.values[str(value).lower()]
        if isinstance(value, list):             # data items of a consent or a letter, in the letters' words
            return ", ".join(labels()[f"data_item.{item}"] for item in value)
        text = str(value)
        vocabulary = SAME_WORDS.get(name, name)
        if vocabulary in self._vocabularies:
            return self.values[f"{vocabulary}.{text}"]
        if name in REFERENCES:
            named = self._names[REFERENCES[name]][text]
            return self.text("course", **named) if REFERENCES[name] == "courses" else str(named)
        if name in MONEY:
            return euro(Decimal(text), always_cents=True)
        if name == "hours":
            hours = Decimal(text)
            in_words = hours_in_words(hours)
            return in_words if hours == hours.to_integral_value() else self.text(
                "hours", words=in_words, hours=hours_text(hours))
        if name == "satisfaction":
            return self.text("satisfaction", score=text)
        if name == "phone":
            return unbreakable(text)
        if name.endswith(("_on", "_date", "_due")) or name in ("at", "produced_at", "withdrawn_at"):
            return _day(text)
        return text

    def change(self, change: Mapping[str, Any], name: str) -> str:
        """A part of a change of the request: what changed (its column's label), or a value in that column's words."""
        column = CHANGED[change["field"]]
        return self.field(column) if name == "field" else self.value(column, change[name])

    def shown(self, record: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The record's fields a person reads, each with its label, in words."""
        shown: list[tuple[str, str]] = []
        for name, value in record.items():
            if name in TECHNICAL or value in (None, []) or (value == "" and name not in EMPTIED_TO_TEXT):
                continue
            if value == "":                     # a text the retention period (or an erasure) emptied
                shown.append((self.field(name), self.text("erased")))
                continue
            text = (self.change(record, name) if "new_value" in record and name in CHANGE_PARTS
                    else self.value(name, value))
            if name == "recipient_name" and any(text == other for _, other in shown):
                continue                        # the partner or its contact person named it already
            shown.append((self.field(name), text))
        return shown


def _day(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    day = moment.astimezone(BRUSSELS).date() if "T" in iso else moment.date()
    return day.strftime("%d/%m/%Y")


def _record(record: Mapping[str, Any], words: Words, styles: Styles) -> list[Flowable]:
    """A stored row in words: short values in a fact table, long ones as paragraphs under their label."""
    shown = words.shown(record)
    short = [(name, text) for name, text in shown if len(text) <= SHORT]
    story: list[Flowable] = [fact_table(short, styles)] if short else []
    for name, text in shown:
        if len(text) > SHORT:
            story.append(paragraph(name, styles.subheading))
            story += paragraphs(text, styles)
    return [*story, Spacer(1, 2 * mm)]         # one row apart from the next


def _draft(draft: Mapping[str, Any]) -> dict[str, Any]:
    """A draft as one record: who typed it in which form, and what they typed (its fields left empty left out)."""
    typed = {name: value for name, value in draft["payload"].items() if value not in (None, "")}
    return {**{name: value for name, value in draft.items() if name != "payload"}, **typed}


def _what(contact: Mapping[str, Any], words: Words) -> str:
    """A contact in words: which conversation, how, who reached out, how long, with whom, where, what became
    of it (when not held) and its summary."""
    def said(name: str) -> str:
        return words.value(name, contact[name]) if contact[name] not in (None, "") else ""

    parts = (said("session_type") or (said("kind") if contact["kind"] == "session" else ""),
             said("channel"), said("direction"), f"{contact['minutes']} min" if contact["minutes"] else "",
             words.text("contact_with", person=said("counsellor_id")) if contact["counsellor_id"] else "",
             said("loket_id"), said("status") if contact["status"] not in ("held", "planned") else "",
             contact["summary"] or "")
    return " · ".join(part for part in parts if part)


def _contacts(contacts: Iterable[Mapping[str, Any]], words: Words, styles: Styles) -> list[Flowable]:
    """The contacts held (or cancelled, missed) under their heading, then the sessions still planned under
    theirs, each in the order of their moment; a contact's notes follow it as paragraphs."""
    contacts = sorted(contacts, key=lambda contact: datetime.fromisoformat(contact["at"]))
    story: list[Flowable] = []
    for planned in (False, True):
        listed = [contact for contact in contacts if (contact["status"] == "planned") is planned]
        if listed:
            story.append(paragraph(words.text("planned_heading" if planned else "contacts_heading"),
                                   styles.subheading))
        for contact in listed:
            moment = datetime.fromisoformat(contact["at"]).astimezone(BRUSSELS)
            line = (words.text("planned", date=_day(contact["at"]), time=dutch_time(moment), what=_what(contact, words))
                    if planned else words.text("contact", date=_day(contact["at"]), what=_what(contact, words)))
            story.append(paragraph(line, styles.body))
            if contact["notes"]:
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
    write_together([(json_path, access_request_json(request).encode("utf-8")), (pdf_path, pdf)])   # 0600, both
    return json_path, pdf_path


def access_report_pdf(request: AccessRequest, letterhead: Letterhead) -> bytes:
    dossier = request.dossier
    words = Words(dossier)
    text = words.text
    styles = letter_styles(letterhead.accent)
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
        story += _contacts(entry["contacts"], words, styles)
        for key, title in SUB_LISTS:
            if not entry[key]:
                continue
            story.append(paragraph(text(title), styles.subheading))
            for row in entry[key]:
                story += _record(row, words, styles)

    for key, title in (("consents", "consents_heading"), ("letters", "letters_heading")):
        story.append(heading(text(title), styles))
        story += [f for row in dossier[key] for f in _record(row, words, styles)] or [
            paragraph(text("nothing"), styles.body)]

    if dossier["drafts"]:
        story.append(heading(text("drafts_heading"), styles))
        for draft in dossier["drafts"]:
            story += _record(_draft(draft), words, styles)

    story.append(heading(text("events_heading"), styles))
    for event in dossier["audit_events"]:
        moment = datetime.fromisoformat(event["at"]).astimezone(BRUSSELS)
        story.append(paragraph(text(
            "event", moment=f"{moment:%d/%m/%Y %H.%M}",
            person=words.value("actor_id", event["actor_id"]) if event["actor_id"] else "—",
            action=words.action(event["action"])), styles.body))
    return build_pdf(story, letterhead, text("document_title", dossier_no=client["dossier_no"]),
                     request.produced_at)
